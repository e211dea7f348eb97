//! The steps since the report on screen: each programme's furthest rung in the funding
//! table, a programme's ladder in its detail panel and under the timeline filtered to it,
//! a facility's steps in its panel, the later amounts beside the report's figures, and
//! the change list, newest first.
//!
//! The ladder, the later amounts and the change list come in the steps chunk
//! (src/ui/lazy.rs: [`parts`] is what it reaches). The first load holds only the furthest
//! rung's mark, which the build works out, and [`FromSteps`], which shows a part of the
//! chunk once it is in. Every step shows its source addresses and the phrase of the
//! later report it stands in; a step from a single secondary source says so. A later
//! amount is shown beside the report's figure, never added to it.

use super::lazy::{self, Chunk, Status};
use super::markup::{cite_into, Markup};
use crate::data::steps::{self, furthest, ladder, later_amounts, since_report};
use crate::data::{programme, Amount, Basis, Rung, Step, DATASET};
use crate::i18n::{self, step_kind_name, Key, Lang};
use crate::state::Route;
use yew::prelude::*;

/// The mark of programme `id`'s furthest rung: "Furthest stage reached: Launched or in
/// force, 11 December 2025", with the single-secondary-source mark where it applies, or
/// that no later step is reported.
pub fn mark_into(m: &mut Markup, lang: Lang, id: &str) {
    let Some(f) = furthest(id) else {
        return;
    };
    let text = if f.later {
        lang.tf(
            Key::StepMark,
            &[step_kind_name(lang, f.kind), &i18n::date(lang, f.date)],
        )
    } else {
        lang.t(Key::StepMarkNone).to_owned()
    };
    m.open(
        "span",
        &[
            ("class", "step-mark"),
            ("data-testid", "step-mark"),
            ("data-kind", f.kind.slug()),
        ],
    )
    .text(&text);
    if f.single_secondary {
        m.text(" ")
            .el("span", &[("class", "single")], lang.t(Key::StepSingle));
    }
    m.close("span");
}

/// What the steps chunk gives for a selection: the ladder of the selected programme or
/// target (nothing without one), and its later amounts; with nothing selected, the change
/// list.
pub fn parts(lang: Lang, selected: Option<&'static str>) -> (Html, Html) {
    match selected {
        Some(id) => (ladder_html(lang, id), later_html(lang, id)),
        None => (Html::default(), changes_html(lang)),
    }
}

/// The name of the programme or target a step is of.
fn record_name(lang: Lang, id: &str) -> &'static str {
    programme(id).map(|p| lang.pick(p.name)).unwrap_or_else(|| {
        crate::data::TARGETS
            .iter()
            .find(|t| t.id == id)
            .map_or("", |t| lang.pick(t.metric))
    })
}

/// A step's amount as the later report states it; where it names no share for the
/// programme, says so.
fn amount_into(m: &mut Markup, lang: Lang, a: Option<Amount>) {
    match a {
        Some(Amount::NotStated) => {
            m.text(" · ").el(
                "span",
                &[("class", "amount not-stated")],
                lang.t(Key::SinceShareNotStated),
            );
        }
        Some(Amount::Stated {
            quantity,
            basis: Basis::OneYear { year },
            approximate,
        }) => {
            // A budget line is a year's: "₩1.4 trillion in 2026", not a "2026 project".
            let sum = i18n::amount(
                lang,
                Amount::Stated {
                    quantity,
                    basis: Basis::Total {
                        years: None,
                        by: None,
                    },
                    approximate,
                },
            );
            m.text(" · ").el(
                "span",
                &[("class", "amount later")],
                &lang.tf(Key::StepAmountYear, &[&sum, &year.to_string()]),
            );
        }
        Some(a) => {
            m.text(" · ")
                .el("span", &[("class", "amount later")], &i18n::amount(lang, a));
        }
        None => {}
    }
}

/// A step's sources (links) and the phrase of the later report it stands in, and the
/// single-secondary-source mark.
fn source_into(m: &mut Markup, lang: Lang, s: &'static Step) {
    if s.single_secondary {
        m.text(" ").el(
            "span",
            &[("class", "single"), ("data-testid", "single-source")],
            lang.t(Key::StepSingle),
        );
    }
    m.open("small", &[("class", "cite")])
        .text(lang.t(Key::UpdateSources))
        .text(": ");
    for (i, url) in steps::sources(s).iter().enumerate() {
        if i > 0 {
            m.text(", ");
        }
        // The link reads as its site; the whole address is its target and its title.
        let site = url.split("//").nth(1).unwrap_or(url);
        let site = site.split('/').next().unwrap_or(site);
        m.el(
            "a",
            &[("href", url), ("title", url), ("rel", "noopener")],
            site.trim_start_matches("www."),
        );
    }
    m.text(" · ").quotation("en", s.quote);
    if lang == Lang::Ko {
        let ko = lang.pick(crate::data::Text {
            en: s.quote,
            ko: s.quote_ko,
        });
        m.text(&format!(" ({})", lang.tf(Key::QuoteTranslation, &[ko])));
    }
    m.close("small");
}

/// A step's date, kind and label.
fn head_into(m: &mut Markup, lang: Lang, s: &Step) {
    m.el("span", &[("class", "nowrap")], &i18n::date(lang, s.date))
        .text(" · ")
        .el(
            "span",
            &[("class", "step-kind")],
            step_kind_name(lang, s.kind),
        )
        .text(" · ");
}

/// The ladder of programme or target `id`, as a dated list of its rungs; for a facility,
/// the steps that concern it.
fn ladder_html(lang: Lang, id: &str) -> Html {
    let rungs: Vec<Rung> = match crate::data::place(id) {
        Some(_) => steps::of_place(id).into_iter().map(Rung::Later).collect(),
        None => ladder(id),
    };
    if rungs.is_empty() {
        return Html::default();
    }
    let data = steps::with_steps();
    let mut m = Markup::new();
    m.open("section", &[("class", "ladder"), ("data-testid", "ladder")])
        .el("h4", &[], lang.t(Key::StepsHeading))
        .open("ol", &[("class", "steps")]);
    for r in &rungs {
        let kind = r.kind().slug();
        m.open("li", &[("class", "step"), ("data-kind", kind)]);
        match r {
            Rung::Report(source) => {
                m.el(
                    "span",
                    &[("class", "nowrap")],
                    &i18n::date(lang, r.date(&data)),
                )
                .text(" · ")
                .el(
                    "span",
                    &[("class", "step-kind")],
                    step_kind_name(lang, r.kind()),
                )
                .text(" · ")
                .el("strong", &[], lang.t(Key::StepReport))
                .text(" ");
                cite_into(&mut m, lang, *source);
            }
            Rung::Later(s) => {
                head_into(&mut m, lang, s);
                // On a facility's or a programme's ladder, a step of another record
                // (the programme it serves, a target) names it.
                if s.of != id {
                    m.text(record_name(lang, s.of)).text(" — ");
                }
                m.text(lang.pick(s.label));
                amount_into(&mut m, lang, s.amount);
                source_into(&mut m, lang, s);
            }
        }
        m.close("li");
    }
    m.close("ol").close("section");
    m.html()
}

/// Programme `id`'s amounts in later reports, beside the report's.
fn later_html(lang: Lang, id: &str) -> Html {
    let later = later_amounts(id);
    let mut m = Markup::new();
    m.open("div", &[("class", "since"), ("data-testid", "since")]);
    if later.is_empty() {
        m.el("p", &[("class", "since-label")], lang.t(Key::SinceNone));
    } else {
        m.el("p", &[("class", "since-label")], lang.t(Key::SinceLabel))
            .open("ul", &[]);
        for s in later {
            m.open("li", &[("data-kind", s.kind.slug())]);
            head_into(&mut m, lang, s);
            m.text(lang.pick(s.label));
            amount_into(&mut m, lang, s.amount);
            source_into(&mut m, lang, s);
            m.close("li");
        }
        m.close("ul");
    }
    m.close("div");
    m.html()
}

/// Every step after the report's date, newest first, each with what it is a step of.
fn changes_html(lang: Lang) -> Html {
    let report = i18n::date(lang, atlas_model::report_date(&DATASET));
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "note")],
        &lang.tf(Key::ChangesIntro, &[&report]),
    )
    .open(
        "ol",
        &[("class", "changes"), ("data-testid", "change-list")],
    );
    for s in since_report() {
        m.open("li", &[("data-of", s.of), ("data-kind", s.kind.slug())]);
        head_into(&mut m, lang, s);
        m.el("strong", &[], record_name(lang, s.of))
            .text(" — ")
            .text(lang.pick(s.label));
        amount_into(&mut m, lang, s.amount);
        source_into(&mut m, lang, s);
        m.close("li");
    }
    m.close("ol");
    m.html()
}

/// Props of [`FromSteps`]: the language, the selection, which part, and whether it is
/// the folded change list.
#[derive(Properties, PartialEq)]
pub struct FromStepsProps {
    /// Interface language.
    pub lang: Lang,
    /// The programme or target (none: the change list).
    #[prop_or_default]
    pub id: Option<&'static str>,
    /// The ladder (else the later amounts, or the change list).
    #[prop_or_default]
    pub ladder: bool,
    /// Folded under "What changed since the report" and the date of the newest step; the
    /// chunk is asked for when the fold is first opened.
    #[prop_or_default]
    pub fold: bool,
}

/// A part of the steps chunk; until the chunk is in, a line that says it is on its way
/// (or that it failed, with a button that asks again).
#[function_component(FromSteps)]
pub fn from_steps(props: &FromStepsProps) -> Html {
    let redraw = use_force_update();
    let open = use_state(|| !props.fold);
    let changed = Callback::from(move |_| redraw.force_update());
    let lang = props.lang;
    let body = if !*open {
        Html::default()
    } else {
        match lazy::status(Chunk::Steps, changed.clone()) {
            Status::Ready(make) => {
                let route = Route {
                    selected: props.id,
                    ..Route::default()
                };
                let (ladder, rest) = make(lang, &route);
                if props.ladder {
                    ladder
                } else {
                    rest
                }
            }
            status => lazy::status_line(
                Chunk::Steps,
                lang,
                matches!(status, Status::Failed),
                changed,
                "steps-status",
            ),
        }
    };
    if !props.fold {
        return body;
    }
    let ontoggle = Callback::from(move |e: Event| {
        let details = e.target_dyn_into::<web_sys::Element>();
        open.set(details.is_some_and(|d| d.has_attribute("open")));
    });
    let mut summary = Markup::new();
    summary.el("strong", &[], lang.t(Key::ChangesHeading));
    if let Some(d) = steps::updated() {
        // The dot goes with the date, so a narrow screen breaks the line before both.
        let updated = lang.tf(Key::ChangesUpdated, &[&i18n::date(lang, d)]);
        summary.text(" ").el(
            "span",
            &[("class", "nowrap"), ("data-testid", "changes-updated")],
            &format!("· {updated}"),
        );
    }
    html! {
        <details class="changes-fold" data-testid="changes" {ontoggle}>
            <summary>{ summary.html() }</summary>
            { body }
        </details>
    }
}
