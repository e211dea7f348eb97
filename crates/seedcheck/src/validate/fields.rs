//! The values the tables share: bilingual texts, sources (a section and a phrase that
//! stands in it), references to other records, dates, years, counts, sums of money, notes
//! and bounds.

use super::{leak, leak_vec, sub, what, Checker, Ctx, Kind};
use crate::forms::{parse_date, parse_money};
use crate::raw::{RawNote, RawSource, RawText, S};
use atlas_model::glyph::width_em;
use atlas_model::{Currency, DateSpec, Ko, Money, Note, Section, Source, Text, SHORT_LABEL_EM};
use std::collections::HashSet;
use toml::Spanned;

impl Checker {
    /// A text in both languages, each present and the Korean on one line (the Korean pack
    /// holds one text per line).
    pub(super) fn text(
        &self,
        cx: &mut Ctx,
        span: std::ops::Range<usize>,
        w: &str,
        t: &RawText,
    ) -> Text {
        if t.en.trim().is_empty() {
            cx.err(span.clone(), w, "English text (`en`) is empty".into());
        }
        if t.ko.trim().is_empty() {
            cx.err(span.clone(), w, "Korean text (`ko`) is empty".into());
        }
        // The Korean pack the app fetches holds one text per line (atlas_model::ko).
        if t.ko.contains(['\n', '\r']) {
            cx.err(
                span,
                w,
                "Korean text (`ko`) has a line break; write it on one line".into(),
            );
        }
        Text {
            en: leak(&t.en),
            ko: Ko::new(leak(&t.ko)),
        }
    }

    /// A timeline label: a text as [`Checker::text`] checks it, present, and narrow
    /// enough to stand whole beside its mark on a phone (at most [`SHORT_LABEL_EM`] wide,
    /// by the estimate the timeline's layout fits labels with). `span` is the record's,
    /// for a label that is missing.
    pub(super) fn short(
        &self,
        cx: &mut Ctx,
        span: std::ops::Range<usize>,
        w: &str,
        t: &Option<Spanned<RawText>>,
    ) -> Text {
        let Some(t) = t else {
            cx.err(
                span,
                w,
                "the timeline's short label is missing: add `short = { en = \"…\", ko = \"…\" }`, a few words that say only what the full text says".into(),
            );
            return Text {
                en: "",
                ko: Ko::new(""),
            };
        };
        let raw = t.get_ref();
        for (lang, text) in [("en", &raw.en), ("ko", &raw.ko)] {
            let em = width_em(text);
            if em > SHORT_LABEL_EM {
                cx.err(
                    t.span(),
                    w,
                    format!(
                        "`{lang}` {text:?} is {em:.1} em wide; a short label is at most {SHORT_LABEL_EM} em (about {} px at the timeline's 13 px), so shorten it",
                        (SHORT_LABEL_EM * 13.0).round()
                    ),
                );
            }
            if text.ends_with(['…', '.']) {
                cx.err(
                    t.span(),
                    w,
                    format!(
                        "`{lang}` ends in {:?}; a short label is a whole phrase",
                        text.chars().last().unwrap_or('.')
                    ),
                );
            }
        }
        self.text(cx, t.span(), w, raw)
    }

    /// The placeholder for a source that is missing (its error stops the build).
    pub(super) fn no_source(&self) -> Source {
        Source {
            section: Box::leak(Box::new(Section {
                id: "",
                heading: "",
                line: 0,
            })),
            quote: "",
            ko: Ko::new(""),
            line: 0,
        }
    }

    /// A source: a section of the report and a phrase that stands verbatim in it.
    pub(super) fn source(&self, cx: &mut Ctx, w: &str, s: &Spanned<RawSource>) -> Source {
        let raw = s.get_ref();
        let section_id = raw.section.get_ref();
        let quote = raw.quote.get_ref();
        // A section that is not in the report gets a placeholder (the error stops the build).
        let placeholder = |heading: &str, line| {
            &*Box::leak(Box::new(Section {
                id: leak(section_id),
                heading: leak(heading),
                line,
            }))
        };
        let mut out = Source {
            section: placeholder("", 0),
            quote: leak(quote),
            ko: Ko::new(""),
            line: 0,
        };
        match self.quotes.of(quote) {
            Some(ko) => out.ko = ko,
            None if quote.trim().is_empty() => {}
            None => cx.err(
                raw.quote.span(),
                &sub(w, ".quote"),
                format!(
                    "{quote:?} has no Korean rendering: add [[quote]] en = {quote:?} and its ko to quotes-ko.toml"
                ),
            ),
        }
        let Some(section) = self.report.section(section_id) else {
            let known: Vec<&str> = self.report.sections.iter().map(|s| s.id.as_str()).collect();
            cx.err(
                raw.section.span(),
                &sub(w, ".section"),
                format!(
                    "{section_id:?} is not a section of report.toml (known: {})",
                    known.join(", ")
                ),
            );
            return out;
        };
        out.section = placeholder(&section.heading, section.line);
        if quote.trim().is_empty() {
            cx.err(
                raw.quote.span(),
                &sub(w, ".quote"),
                "provenance is missing: give a short phrase that stands verbatim in the section"
                    .into(),
            );
            return out;
        }
        match self.report.find(section, quote) {
            Some(line) => out.line = line,
            None => {
                let elsewhere = self.report.sections_containing(quote);
                let hint = if elsewhere.is_empty() {
                    "it stands nowhere in the report; copy it exactly (curly quotes ’ “ ”, dashes –, ₩)".to_owned()
                } else {
                    format!("it stands in section {} instead", elsewhere.join(", "))
                };
                cx.err(
                    raw.quote.span(),
                    &sub(w, ".quote"),
                    format!(
                        "{quote:?} is not in section {section_id:?} ({:?}); {hint}",
                        section.heading
                    ),
                );
            }
        }
        out
    }

    /// References to other records, each known, of one of `kinds`, and listed once.
    pub(super) fn refs(
        &self,
        cx: &mut Ctx,
        w: &str,
        list: &[S],
        kinds: &[Kind],
    ) -> &'static [&'static str] {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for (i, r) in list.iter().enumerate() {
            let id = r.get_ref();
            let field = sub(w, &format!("[{i}]"));
            if !seen.insert(id.clone()) {
                cx.err(r.span(), &field, format!("{id:?} is listed twice"));
            }
            match self.ids.get(id) {
                None => cx.err(r.span(), &field, format!("unknown id {id:?}")),
                Some((kind, _, _)) if !kinds.contains(kind) => {
                    let want: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
                    cx.err(
                        r.span(),
                        &field,
                        format!(
                            "{id:?} is a {}, but this field takes a {}",
                            kind.name(),
                            want.join(" or ")
                        ),
                    );
                }
                Some(_) => {}
            }
            out.push(leak(id));
        }
        leak_vec(out)
    }

    /// A reference to one record of one of `kinds` (see [`Checker::refs`]).
    pub(super) fn one_ref(&self, cx: &mut Ctx, w: &str, r: &S, kinds: &[Kind]) -> &'static str {
        self.refs(cx, w, std::slice::from_ref(r), kinds)[0]
    }

    /// A date at the report's precision (see `forms::parse_date`).
    pub(super) fn date(&self, cx: &mut Ctx, w: &str, d: &S) -> DateSpec {
        match parse_date(d.get_ref()) {
            Ok(v) => v,
            Err(m) => {
                cx.err(d.span(), w, m);
                parse_date("2000").expect("placeholder date parses")
            }
        }
    }

    /// A year from 2000 to 2100.
    pub(super) fn year(&self, cx: &mut Ctx, w: &str, y: &Spanned<i64>) -> u16 {
        let v = *y.get_ref();
        if !(2000..=2100).contains(&v) {
            cx.err(y.span(), w, format!("year {v} is outside 2000–2100"));
            return 2000;
        }
        v as u16
    }

    /// A positive count.
    pub(super) fn count(&self, cx: &mut Ctx, w: &str, n: &Spanned<i64>) -> u32 {
        let v = *n.get_ref();
        if v <= 0 {
            cx.err(n.span(), w, format!("{v} is not a positive count"));
            return 0;
        }
        v as u32
    }

    /// A sum of money, as the seeds write it (`"16T"`, `"62.7B"`), in whole 억.
    pub(super) fn money(&self, cx: &mut Ctx, w: &str, v: &S, currency: Currency) -> Money {
        let eok = parse_money(v.get_ref()).unwrap_or_else(|m| {
            cx.err(v.span(), w, m);
            1
        });
        Money { currency, eok }
    }

    /// Sentences of the report with their sources.
    pub(super) fn notes(
        &self,
        cx: &mut Ctx,
        kind: &str,
        id: &str,
        field: &str,
        list: &[Spanned<RawNote>],
    ) -> &'static [Note] {
        let out: Vec<Note> = list
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let w = what(kind, id, &format!("{field}[{i}]"));
                Note {
                    text: self.text(cx, n.span(), &sub(&w, ".text"), &n.get_ref().text),
                    source: self.source(cx, &w, &n.get_ref().source),
                }
            })
            .collect();
        leak_vec(out)
    }
    /// Reads a target or figure's bound: `kind` with `value`, or `min` and `max`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bound(
        &self,
        cx: &mut Ctx,
        w: &str,
        span: std::ops::Range<usize>,
        kind: &S,
        value: &Option<Spanned<f64>>,
        min: &Option<Spanned<f64>>,
        max: &Option<Spanned<f64>>,
        kinds: &[&str],
    ) -> (String, f64, f64) {
        let k = kind.get_ref().as_str();
        if !kinds.contains(&k) {
            cx.err(
                kind.span(),
                &sub(w, ".kind"),
                format!("{k:?} is not one of {}", kinds.join(", ")),
            );
        }
        let finite = |cx: &mut Ctx, f: &str, v: &Spanned<f64>| {
            if !v.get_ref().is_finite() {
                cx.err(
                    v.span(),
                    &sub(w, &format!(".{f}")),
                    "not a finite number".into(),
                );
            }
            *v.get_ref()
        };
        if k == "range" {
            match (min, max) {
                (Some(lo), Some(hi)) => {
                    let (a, b) = (finite(cx, "min", lo), finite(cx, "max", hi));
                    if a == b {
                        cx.err(hi.span(), &sub(w, ".max"), "a range's ends differ".into());
                    }
                    (k.to_owned(), a, b)
                }
                _ => {
                    cx.err(
                        span,
                        &sub(w, ".min"),
                        "a range needs both `min` and `max`".into(),
                    );
                    (k.to_owned(), 0.0, 0.0)
                }
            }
        } else {
            match value {
                Some(v) => {
                    let x = finite(cx, "value", v);
                    (k.to_owned(), x, x)
                }
                None => {
                    cx.err(
                        span,
                        &sub(w, ".value"),
                        format!("kind {k:?} needs a `value`"),
                    );
                    (k.to_owned(), 0.0, 0.0)
                }
            }
        }
    }
}
