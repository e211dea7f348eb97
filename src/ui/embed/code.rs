//! The code an editor pastes into an article: the iframe (with its text fallback and a
//! link to the full view), the sizer script, and the AMP snippet.
//!
//! The writers are pure (the page's address comes in as `base`), so they test natively;
//! only the builder (src/ui/embed/builder.rs, a chunk) reaches them, so they are not in the
//! first load. Every address they write is the app's own: the iframe, the link, the
//! script and the placeholder image all sit beside the page.

use crate::state::{to_hash, Route};

/// The address of this page without its hash.
pub fn base_url() -> String {
    let loc = gloo::utils::window().location();
    let href = loc.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The folder of a page's address, for the files beside it.
pub fn dir_of(base: &str) -> &str {
    match base.rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    }
}

/// The link that opens this view in the full app.
pub fn full_view_href(route: &Route) -> String {
    full_href(&base_url(), route)
}

/// `route` in the full app, at `base`.
pub fn full_href(base: &str, route: &Route) -> String {
    let full = Route {
        embed: false,
        ..route.clone()
    };
    format!("{base}{}", to_hash(&full))
}

/// How tall the frame is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Height {
    /// The view's default height ([`super::frame_height`]), then the sizer script (or AMP's
    /// `embed-size`) fits the frame to its content.
    Fit,
    /// A fixed height in CSS px; the embedded page lays itself out to fit it.
    Fixed(u32),
}

/// The fewest and most px a fixed height may be.
pub const HEIGHT_RANGE: (u32, u32) = (240, 3000);

/// What the editor chose: the route the frame opens (view, selection, chart settings,
/// language, theme, accent) and the height.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The frame's route; `embed` is set by the writers.
    pub route: Route,
    /// Fixed or self-sizing.
    pub height: Height,
}

/// The frame's hash: the route in embed mode (its accent by name among its parts).
pub fn frame_hash(choice: &Choice) -> String {
    to_hash(&Route {
        embed: true,
        ..choice.route.clone()
    })
}

/// The height a choice writes into the code.
pub fn height_of(choice: &Choice) -> u32 {
    match choice.height {
        Height::Fit => super::frame_height(&choice.route),
        Height::Fixed(px) => px.clamp(HEIGHT_RANGE.0, HEIGHT_RANGE.1),
    }
}

/// Text made safe inside an HTML attribute value or element (`markup::escape`, as a string).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::ui::markup::escape(&mut out, s);
    out
}

/// The words the code carries besides addresses, in the frame's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// The frame's title (the chart's summary, after the app's name).
    pub title: String,
    /// What a host without frames shows in the frame's place.
    pub fallback: String,
    /// The link to the full view, under the frame.
    pub link: String,
    /// AMP's button that shows the rest of a frame taller than AMP lets it grow.
    pub show_all: String,
}

/// The iframe, with the text fallback inside it (for feed readers and e-mail, which
/// show no frames) and the link to the full view after it. Lazy: a frame below the
/// fold loads when the reader nears it.
///
/// The sandbox keeps `allow-same-origin`: the frame is another site's, so this grants it
/// nothing over the article, and it lets the app load its own module and wasm from any
/// static host. Under a stricter `sandbox="allow-scripts"` the app still works, but its
/// host must then send `Access-Control-Allow-Origin` (the frame's origin is opaque).
pub fn iframe_code(base: &str, choice: &Choice, words: &Words) -> String {
    let src = format!("{base}{}", frame_hash(choice));
    let full = full_href(base, &choice.route);
    let h = height_of(choice);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{h}\" style=\"width:100%;height:{h}px;border:0\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-downloads\">{fallback} <a href=\"{full}\">{link}</a></iframe>\n<p class=\"won-atlas-link\"><a href=\"{full}\">{link}</a></p>",
        src = esc(&src),
        title = esc(&words.title),
        fallback = esc(&words.fallback),
        full = esc(&full),
        link = esc(&words.link),
    )
}

/// The sizer script: once per page, it fits every Won Atlas frame to its content.
pub fn script_code(base: &str) -> String {
    format!(
        "<script src=\"{}won-atlas-embed.js\" defer></script>",
        esc(dir_of(base))
    )
}

/// The placeholder image AMP shows while the frame loads: a file of the build, beside
/// the page.
pub const PLACEHOLDER: &str = "won-atlas-placeholder.svg";

/// The `<amp-iframe>` for AMP pages (which need `amp-iframe`'s script in their head).
/// Self-sizing, it is `resizable`: the embedded page sends AMP's `embed-size` message,
/// and the `overflow` button lets the reader grow a frame AMP will not resize on its own.
/// AMP loads every `amp-iframe` lazily itself and takes no `loading` attribute.
pub fn amp_code(base: &str, choice: &Choice, words: &Words) -> String {
    let src = format!("{base}{}", frame_hash(choice));
    let resizable = matches!(choice.height, Height::Fit);
    let overflow = if resizable {
        format!(
            "\n  <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{l}\">{l}</div>",
            l = esc(&words.show_all)
        )
    } else {
        String::new()
    };
    format!(
        "<amp-iframe src=\"{src}\" title=\"{title}\" layout=\"fixed-height\" height=\"{h}\"{r} sandbox=\"allow-scripts allow-same-origin allow-popups\" frameborder=\"0\">{overflow}\n  <amp-img placeholder layout=\"fill\" src=\"{img}\" alt=\"\"></amp-img>\n</amp-iframe>",
        src = esc(&src),
        title = esc(&words.title),
        h = height_of(choice),
        r = if resizable { " resizable" } else { "" },
        img = esc(&format!("{}{PLACEHOLDER}", dir_of(base))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::state::{Accent, Chart, Theme, View};

    const BASE: &str = "https://news.example/graphics/won-atlas/";

    fn words() -> Words {
        Words {
            title: "Won Atlas: bars \"ranked\" <by> size & period".into(),
            fallback: "A chart of <funding>.".into(),
            link: "Open the chart".into(),
            show_all: "Show all".into(),
        }
    }

    fn choice(view: View, height: Height) -> Choice {
        Choice {
            route: Route {
                view,
                ..Route::default()
            },
            height,
        }
    }

    /// Every address in the code: values of src= and href=.
    fn addresses(code: &str) -> Vec<&str> {
        code.split(['"'])
            .collect::<Vec<_>>()
            .windows(2)
            .filter(|w| w[0].ends_with("src=") || w[0].ends_with("href="))
            .map(|w| w[1])
            .collect()
    }

    #[test]
    fn the_iframe_escapes_its_title_and_fallback_and_keeps_every_address_on_the_site() {
        let code = iframe_code(BASE, &choice(View::Regions, Height::Fit), &words());
        assert!(code
            .contains("title=\"Won Atlas: bars &quot;ranked&quot; &lt;by&gt; size &amp; period\""));
        assert!(code.contains("A chart of &lt;funding&gt;."));
        assert!(!code.contains("<funding>") && !code.contains("\"ranked\""));
        assert!(code.contains("loading=\"lazy\""));
        let addrs = addresses(&code);
        assert_eq!(addrs.len(), 3, "{addrs:?}");
        assert!(addrs.iter().all(|a| a.starts_with(BASE)), "{addrs:?}");
        // The frame opens in embed mode; the link opens the full app.
        assert!(addrs[0].contains("#view=regions&amp;embed=1"));
        assert!(addrs[1..].iter().all(|a| !a.contains("embed=1")));
        // The fallback sits inside the iframe element, the link after it.
        let inside = &code[code.find('>').unwrap()..code.find("</iframe>").unwrap()];
        assert!(inside.contains("A chart of") && inside.contains("<a href="));
        assert!(code[code.find("</iframe>").unwrap()..].contains("<a href="));
    }

    #[test]
    fn the_height_is_the_views_default_or_the_fixed_one_within_its_range() {
        for view in View::ALL {
            let fit = iframe_code(BASE, &choice(view, Height::Fit), &words());
            let h = super::super::frame_height(&choice(view, Height::Fit).route);
            assert!(fit.contains(&format!("height=\"{h}\"")), "{view:?}");
            assert!(fit.contains(&format!("height:{h}px")), "{view:?}");
            assert!(
                (HEIGHT_RANGE.0..=HEIGHT_RANGE.1).contains(&h),
                "{view:?}: {h}"
            );
        }
        // Views whose chart is taller get a taller frame.
        let fit = |view, chart| {
            height_of(&Choice {
                route: Route {
                    view,
                    chart,
                    ..Route::default()
                },
                height: Height::Fit,
            })
        };
        assert!(fit(View::Timeline, Chart::Bars) > fit(View::Funding, Chart::Bars));
        let fixed = iframe_code(BASE, &choice(View::Funding, Height::Fixed(512)), &words());
        assert!(fixed.contains("height:512px"));
        let low = iframe_code(BASE, &choice(View::Funding, Height::Fixed(10)), &words());
        assert!(low.contains(&format!("height:{}px", HEIGHT_RANGE.0)));
    }

    #[test]
    fn the_frame_hash_carries_language_theme_selection_and_accent_by_name() {
        let mut c = choice(View::Funding, Height::Fit);
        c.route.lang = Some(Lang::Ko);
        c.route.theme = Some(Theme::Dark);
        c.route.selected = Some("talent");
        c.route.accent = Accent::Teal;
        let hash = frame_hash(&c);
        for part in [
            "view=funding",
            "sel=talent",
            "embed=1",
            "theme=dark",
            "lang=ko",
            "accent=teal",
        ] {
            assert!(
                hash.split(['#', '&']).any(|p| p == part),
                "{part} in {hash}"
            );
        }
        c.route.accent = Accent::Default;
        assert!(!frame_hash(&c).contains("accent"));
    }

    #[test]
    fn the_script_sits_beside_the_page() {
        assert_eq!(
            script_code("https://news.example/g/index.html"),
            "<script src=\"https://news.example/g/won-atlas-embed.js\" defer></script>"
        );
    }

    #[test]
    fn the_amp_snippet_resizes_only_when_self_sizing_and_has_a_placeholder_on_the_site() {
        let fit = amp_code(BASE, &choice(View::Timeline, Height::Fit), &words());
        assert!(fit.starts_with("<amp-iframe ") && fit.ends_with("</amp-iframe>"));
        for part in [
            " resizable",
            "layout=\"fixed-height\"",
            "sandbox=\"allow-scripts allow-same-origin allow-popups\"",
            "frameborder=\"0\"",
            "<div overflow tabindex=\"0\" role=\"button\" aria-label=\"Show all\">Show all</div>",
            "<amp-img placeholder layout=\"fill\"",
            "title=\"Won Atlas: bars &quot;ranked&quot;",
        ] {
            assert!(fit.contains(part), "{part} in {fit}");
        }
        let h = super::super::frame_height(&choice(View::Timeline, Height::Fit).route);
        assert!(fit.contains(&format!("height=\"{h}\"")));
        let addrs = addresses(&fit);
        assert_eq!(
            addrs,
            [
                format!("{BASE}#view=timeline&amp;embed=1"),
                format!("{BASE}{PLACEHOLDER}")
            ]
        );
        let fixed = amp_code(BASE, &choice(View::Timeline, Height::Fixed(600)), &words());
        assert!(!fixed.contains("resizable") && !fixed.contains("overflow"));
        assert!(fixed.contains("height=\"600\""));
    }
}
