//! Markup that never changes once shown, written as escaped HTML text.
//!
//! Each element of an `html!` block compiles to its own inline code in the wasm (the
//! node, its attribute array, its child list, their drops), which every reader
//! downloads. The long, passive parts of the page (the tables, the citations, the
//! notes, the detail panels) have no listeners and no state, so they are written here
//! as text, one call per element, and yew inserts the text as it is
//! (`Html::from_html_unchecked`); it replaces it only when the text changes.
//!
//! This stays rather than `html!` because `html!` costs more than the first load can
//! spare: written with `html!`, only the funding view's tables, legend and the footer
//! already grow the first load by about the one per cent the size budget allows for
//! such a change (the measurement is in docs/performance.md).
//!
//! Everything from the dataset or the interface strings goes through [`escape`]; tag and
//! attribute names are the code's own literals. Markup here must parse the same inside
//! a `<div>` (yew parses it there), so no bare `<tr>`/`<td>`: whole tables, or what is
//! inside a cell.
//!
//! A button in such markup carries `data-select="<id>"`; one listener on the element
//! around it ([`on_select`]) selects that record, so the markup needs no listener of
//! its own.

use super::store::Store;
use crate::data::Source;
use crate::i18n::{Key, Lang};
use crate::state::known_id;
use wasm_bindgen::JsCast;
use yew::{AttrValue, Callback, Html, MouseEvent};

/// HTML text being written.
#[derive(Default)]
pub struct Markup {
    out: String,
}

/// Appends `s` to `out` with `&`, `<`, `>`, `"` and `'` escaped, so it is safe both as
/// text and inside a quoted attribute. The space between a Korean amount and its unit
/// ("1조 원", "4,000억 원") is written non-breaking, so a line never starts with "원".
pub fn escape(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'', ' ']) {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match rest.as_bytes()[i] {
            b' ' => {
                let amount = out
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit() || matches!(c, '조' | '억' | '만'));
                out.push(if amount && after.starts_with('원') {
                    '\u{a0}'
                } else {
                    ' '
                });
            }
            b'&' => out.push_str("&amp;"),
            b'<' => out.push_str("&lt;"),
            b'>' => out.push_str("&gt;"),
            b'"' => out.push_str("&quot;"),
            _ => out.push_str("&#39;"),
        }
        rest = after;
    }
    out.push_str(rest);
}

impl Markup {
    /// Empty markup.
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag k="v" …>`. Attributes with an empty name are left out, so a caller can
    /// make one optional with `("", "")`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (k, v) in attrs {
            if k.is_empty() {
                continue;
            }
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape(&mut self.out, v);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape(&mut self.out, s);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// A quotation: `<q lang>`, whose quotation marks the browser draws, with any quote
    /// within it in single marks ([`inner_quotes`]).
    pub fn quotation(&mut self, lang: &str, text: &str) -> &mut Self {
        self.open("q", &[("lang", lang)])
            .text(&inner_quotes(text))
            .close("q")
    }

    /// A legend entry: `<li>`, a swatch (`swatch` classes, a background colour if not
    /// empty, `mark` inside it), then `text`. No swatch where `swatch` is empty.
    pub fn legend_item(
        &mut self,
        swatch: &str,
        background: &str,
        mark: &str,
        text: &str,
    ) -> &mut Self {
        self.open("li", &[]);
        if !swatch.is_empty() {
            // The colour alone, so a class's pattern (a region's hatching) shows over it.
            let style = format!("background-color:{background}");
            let style = (
                if background.is_empty() { "" } else { "style" },
                style.as_str(),
            );
            self.el("span", &[("class", swatch), style], mark);
        }
        self.text(text).close("li")
    }

    /// `other`'s markup, after this one's.
    pub fn append(&mut self, other: Markup) -> &mut Self {
        self.out.push_str(&other.out);
        self
    }

    /// The text written so far.
    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// The markup as a node yew inserts as it is.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.out))
    }
}

/// `quote` as it reads inside the double quotation marks around it: a quote within it
/// (curly double marks, or straight ones in pairs) takes single curly marks, as a quote
/// within a quote is written, so the reader never sees “"doubled"” or ““doubled”” marks.
pub fn inner_quotes(quote: &str) -> String {
    let mut open = true;
    quote
        .chars()
        .map(|c| match c {
            '“' => '‘',
            '”' => '’',
            '"' => {
                open = !open;
                if open {
                    '’'
                } else {
                    '‘'
                }
            }
            c => c,
        })
        .collect()
}

/// "Report section “…”, line N: “quote”", written into `m`; for a Korean reader the
/// quote stays verbatim in English and its Korean rendering follows, marked "번역".
/// In Korean text, the report's section heading and its quote are marked
/// `lang="en"`, so a screen reader reads them in English.
pub fn cite_into(m: &mut Markup, lang: Lang, s: Source) {
    m.open("small", &[("class", "cite")]);
    if lang == Lang::En {
        m.text(&cite(lang, s)).close("small");
        return;
    }
    let line = s.line.to_string();
    let quote = inner_quotes(s.quote);
    let args: [(&str, bool); 3] = [(s.section.heading, true), (&line, false), (&quote, true)];
    let template = lang.t(Key::SourceLine);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        m.text(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        match after[..close]
            .parse::<usize>()
            .ok()
            .and_then(|i| args.get(i))
        {
            Some((arg, true)) => {
                m.el("span", &[("lang", "en")], arg);
            }
            Some((arg, false)) => {
                m.text(arg);
            }
            None => {
                m.text(&rest[open..open + close + 2]);
            }
        }
        rest = &after[close + 1..];
    }
    m.text(rest);
    let ko = lang.pick(crate::data::Text {
        en: s.quote,
        ko: s.ko,
    });
    m.text(&format!(" ({})", lang.tf(Key::QuoteTranslation, &[ko])))
        .close("small");
}

/// The citation of `s` as one line of text (also a tooltip's title).
pub fn cite(lang: Lang, s: Source) -> String {
    let line = lang.tf(
        Key::SourceLine,
        &[
            s.section.heading,
            &s.line.to_string(),
            &inner_quotes(s.quote),
        ],
    );
    match lang {
        Lang::En => line,
        Lang::Ko => {
            let ko = lang.pick(crate::data::Text {
                en: s.quote,
                ko: s.ko,
            });
            format!("{line} ({})", lang.tf(Key::QuoteTranslation, &[ko]))
        }
    }
}

/// A click on (or in) a `data-select` button inside markup selects its record; ids the
/// dataset does not know are ignored.
pub fn on_select(app: &Store) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |e: MouseEvent| {
        let id = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-select]").ok().flatten())
            .and_then(|b| b.get_attribute("data-select"))
            .and_then(|id| known_id(&id));
        if let Some(id) = id {
            app.select(Some(id));
        }
    })
}

impl Markup {
    /// A button of `class` that selects `id` (see [`on_select`]).
    pub fn select_button(&mut self, class: &str, id: &str, label: &str) -> &mut Self {
        self.el(
            "button",
            &[("type", "button"), ("class", class), ("data-select", id)],
            label,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::new();
        m.el(
            "p",
            &[("title", "a \"b\" & 'c'"), ("", "ignored"), ("lang", "ko")],
            "<script>x & y</script> 한국",
        );
        assert_eq!(
            m.as_str(),
            "<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\" lang=\"ko\">\
             &lt;script&gt;x &amp; y&lt;/script&gt; 한국</p>"
        );
    }

    #[test]
    fn legend_items_with_and_without_a_swatch() {
        let mut m = Markup::new();
        m.legend_item("swatch", "#ff0000", "", "Seoul & Gyeonggi")
            .legend_item("swatch bang", "", "!", "Disputed")
            .legend_item("", "", "", "Text only");
        assert_eq!(
            m.as_str(),
            "<li><span class=\"swatch\" style=\"background-color:#ff0000\"></span>Seoul &amp; Gyeonggi</li>\
             <li><span class=\"swatch bang\">!</span>Disputed</li>\
             <li>Text only</li>"
        );
    }

    #[test]
    fn a_korean_amount_keeps_its_unit_on_its_line() {
        let mut s = String::new();
        escape(&mut s, "국민성장펀드에 1조 원, 15조 4,000억 원 규모 원화");
        assert_eq!(
            s,
            "국민성장펀드에 1조\u{a0}원, 15조 4,000억\u{a0}원 규모 원화"
        );
        let mut s = String::new();
        escape(&mut s, "₩1 trillion & 2 원");
        assert_eq!(s, "₩1 trillion &amp; 2\u{a0}원");
    }

    #[test]
    fn a_quote_within_a_citation_takes_single_marks() {
        assert_eq!(
            inner_quotes("“K-AI Models” to be open source"),
            "‘K-AI Models’ to be open source"
        );
        assert_eq!(inner_quotes("no marks"), "no marks");
        let s = crate::data::PROGRAMME_TEXTS
            .iter()
            .flat_map(|t| t.goals.iter().chain(t.activities).chain(t.notes))
            .map(|n| n.source)
            .find(|s| s.quote.starts_with('“'))
            .expect("a source quote opens with a quote of its own");
        for lang in Lang::ALL {
            let line = cite(lang, s);
            assert!(!line.contains("““"), "{line}");
            let mut m = Markup::new();
            cite_into(&mut m, lang, s);
            assert!(!m.as_str().contains("““"), "{}", m.as_str());
        }
    }

    #[test]
    fn a_quote_within_a_quotation_takes_single_marks() {
        let mut m = Markup::new();
        m.quotation("en", "\"over 100 trillion\" on 22 Aug & \"later\"")
            .quotation("en", "no marks < here");
        assert_eq!(
            m.as_str(),
            "<q lang=\"en\">‘over 100 trillion’ on 22 Aug &amp; ‘later’</q>\
             <q lang=\"en\">no marks &lt; here</q>"
        );
    }

    #[test]
    fn leaves_plain_text_alone_and_nests() {
        let mut m = Markup::new();
        m.open("ul", &[]).el("li", &[], "₩100 trillion").close("ul");
        assert_eq!(m.as_str(), "<ul><li>₩100 trillion</li></ul>");
        let mut s = String::new();
        escape(&mut s, "");
        escape(&mut s, "&&");
        assert_eq!(s, "&amp;&amp;");
    }
}
