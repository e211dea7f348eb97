//! The `[[step]]` table: what has happened to a programme or target since the report,
//! each step sourced by an `[[update]]` and a phrase of its row in `later-reports.md`.

use super::{leak, sub, what, Checker, Ctx, Kind};
use crate::raw::{RawAmount, RawStep};
use atlas_model::{Amount, Ko, Quantity, Step, StepKind};
use toml::Spanned;

/// The table rows of `later-reports.md`: what later reports say, and their sources, as
/// written (addresses without their scheme).
pub(super) struct LaterRows {
    rows: Vec<(String, String, String)>,
}

impl LaterRows {
    /// The rows of the file's table: `| topic | the report says | later reports say |
    /// source |`, without its header and rule.
    pub(super) fn parse(text: &str) -> LaterRows {
        let rows = text
            .lines()
            .filter(|l| l.starts_with('|'))
            .skip(2)
            .filter_map(|l| {
                let cells: Vec<&str> = l.trim().trim_matches('|').split('|').collect();
                match cells.as_slice() {
                    [topic, _, says, sources] => Some((
                        topic.trim().to_owned(),
                        says.trim().to_owned(),
                        sources.trim().to_owned(),
                    )),
                    _ => None,
                }
            })
            .collect();
        LaterRows { rows }
    }

    /// Whether `quote` stands in what a row citing one of `sources` says; else what is
    /// wrong.
    fn find(&self, quote: &str, sources: &[String]) -> Result<(), String> {
        let cites = |cell: &str| {
            sources
                .iter()
                .any(|s| cell.contains(s.trim_start_matches("https://")))
        };
        if self
            .rows
            .iter()
            .any(|(_, says, src)| says.contains(quote) && cites(src))
        {
            return Ok(());
        }
        let elsewhere: Vec<&str> = self
            .rows
            .iter()
            .filter(|(_, says, _)| says.contains(quote))
            .map(|(topic, _, _)| topic.as_str())
            .collect();
        Err(if elsewhere.is_empty() {
            format!("{quote:?} stands in no row of later-reports.md; copy a phrase of its “later reports say” column exactly")
        } else {
            format!(
                "{quote:?} stands in the row {:?} of later-reports.md, whose sources are not the update's; name that row's update",
                elsewhere.join(", ")
            )
        })
    }
}

impl Checker {
    /// A step: a programme or target, a kind of the closed list, a date, a label, an
    /// amount typed like the report's (or `not_stated`), and its source: an update and a
    /// phrase of that update's row in `later-reports.md`.
    pub(super) fn step(&self, cx: &mut Ctx, s: &Spanned<RawStep>) -> Step {
        let r = s.get_ref();
        let name = format!("{} {}", r.of.get_ref(), r.date.get_ref());
        let w = |field: &str| what("step", &name, field);
        let kind = StepKind::parse(r.kind.get_ref()).unwrap_or_else(|| {
            let known: Vec<&str> = StepKind::ALL.iter().map(|(_, n)| *n).collect();
            cx.err(
                r.kind.span(),
                &w("kind"),
                format!(
                    "{:?} is not a step kind; use one of {}",
                    r.kind.get_ref(),
                    known.join(", ")
                ),
            );
            StepKind::Announced
        });
        let quote = match &r.quote {
            Some(q) if !q.get_ref().trim().is_empty() => q.get_ref().as_str(),
            q => {
                let span = q.as_ref().map_or(s.span(), |q| q.span());
                cx.err(span, &w("quote"), "a step needs its source: `quote`, a phrase that stands verbatim in its update's row of later-reports.md".into());
                ""
            }
        };
        let update = match &r.update {
            Some(u) => self.one_ref(cx, &w("update"), u, &[Kind::Update]),
            None => {
                cx.err(
                    s.span(),
                    &w("update"),
                    "a step needs its source: `update`, the id of the [[update]] whose sources report it".into(),
                );
                ""
            }
        };
        let all = self.update_sources.get(update).cloned().unwrap_or_default();
        // `source` narrows the step to the one of the update's sources that reports it.
        let source = r.source.as_ref().and_then(|src| {
            let bare = |a: &str| a.trim_start_matches("https://").to_owned();
            let found = all.iter().find(|a| bare(a) == bare(src.get_ref()));
            if found.is_none() {
                cx.err(
                    src.span(),
                    &w("source"),
                    format!(
                        "{:?} is not a source of update {update:?} ({})",
                        src.get_ref(),
                        all.join(", ")
                    ),
                );
            }
            found.map(|a| leak(a))
        });
        let sources: Vec<String> = match source {
            Some(a) => vec![a.to_owned()],
            None => all,
        };
        if !quote.is_empty() && !sources.is_empty() {
            let span = r.quote.as_ref().map_or(s.span(), |q| q.span());
            match &self.later {
                None => cx.err(
                    span,
                    &w("quote"),
                    "later-reports.md is missing from the seed folder; a step's quote is checked against it".into(),
                ),
                Some(rows) => {
                    if let Err(m) = rows.find(quote, &sources) {
                        cx.err(span, &w("quote"), m);
                    }
                }
            }
        }
        let single_secondary = match (&r.single_secondary, sources.len()) {
            (Some(b), n) if *b.get_ref() && n > 1 => {
                cx.err(
                    b.span(),
                    &w("single_secondary"),
                    format!(
                        "update {update:?} has {n} sources, so the step is not from a single one; name the one that reports it with `source`"
                    ),
                );
                false
            }
            (None, 1) => {
                cx.err(
                    s.span(),
                    &w("single_secondary"),
                    "the step has one source: say whether it is secondary with `single_secondary = true` (a news or law-firm article) or `false` (an official release)".into(),
                );
                false
            }
            (b, _) => b.as_ref().is_some_and(|b| *b.get_ref()),
        };
        let amount = r
            .amount
            .as_ref()
            .map(|a| self.step_amount(cx, &w("amount"), a, quote));
        Step {
            of: self.one_ref(cx, &w("of"), &r.of, &[Kind::Programme, Kind::Target]),
            kind,
            date: self.date(cx, &w("date"), &r.date),
            label: self.text(cx, s.span(), &w("label"), &r.label),
            amount,
            update,
            quote: leak(quote),
            quote_ko: self.step_quote_ko(cx, &w("quote"), r, quote),
            source,
            single_secondary,
            places: self.refs(cx, &w("places"), &r.places, &[Kind::Place]),
        }
    }

    /// The Korean rendering of a step's quote, from `quotes-ko.toml` like every quoted
    /// phrase's.
    fn step_quote_ko(&self, cx: &mut Ctx, w: &str, r: &RawStep, quote: &str) -> Ko {
        if quote.is_empty() {
            return Ko::new("");
        }
        self.quotes.of(quote).unwrap_or_else(|| {
            let span = r.quote.as_ref().map_or(0..0, |q| q.span());
            cx.err(
                span,
                w,
                format!("{quote:?} has no Korean rendering: add [[quote]] en = {quote:?} and its ko to quotes-ko.toml"),
            );
            Ko::new("")
        })
    }

    /// A step's amount: typed like the report's, with no source of its own (the step's
    /// is its source), never "in core", and each figure written in the step's quote.
    fn step_amount(&self, cx: &mut Ctx, w: &str, a: &Spanned<RawAmount>, quote: &str) -> Amount {
        let raw = a.get_ref();
        if raw.source.is_some() {
            cx.err(
                a.span(),
                &sub(w, ".source"),
                "a step's amount is sourced by the step's `update` and `quote`; remove `source`"
                    .into(),
            );
        }
        let amount = self.stated(cx, w, a);
        match amount {
            Amount::InCore => cx.err(
                a.span(),
                &sub(w, ".kind"),
                "\"in_core\" is the report's; a later report states a sum or `not_stated`".into(),
            ),
            Amount::Stated { quantity, .. } => {
                let figures: Vec<&Spanned<String>> = match quantity {
                    Quantity::Range { .. } => raw.min.iter().chain(&raw.max).collect(),
                    _ => raw.value.iter().collect(),
                };
                for f in figures {
                    let number = f.get_ref().trim_end_matches(['T', 'B']);
                    if !quote.is_empty() && !quote.contains(number) {
                        cx.err(
                            f.span(),
                            w,
                            format!("{number} is not written in the step's quote {quote:?}; quote the phrase that states the amount"),
                        );
                    }
                }
            }
            Amount::NotStated => {}
        }
        amount
    }
}
