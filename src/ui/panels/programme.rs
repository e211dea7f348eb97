//! The panel of a selected programme.

use super::frame::{list, panel_with, section, update_into};
use crate::data::{self, updates_about, Programme, DATASET};
use crate::i18n::{self, Key, Lang};
use crate::ui::markup::{cite_into, Markup};
use crate::ui::names::other;
use crate::ui::steps::FromSteps;
use crate::ui::store::Store;
use yew::prelude::*;

/// The panel of programme `id` (nothing if `id` is not a programme).
pub fn programme(app: &Store, id: &str) -> Html {
    let lang = app.lang;
    let Some(p) = data::programme(id) else {
        return html! {};
    };
    // Everything below the heading is passive text.
    let mut m = Markup::new();
    m.el("p", &[("class", "alt-name")], other(lang).pick(p.name));
    amounts_into(&mut m, lang, p);
    // Its ladder, under the report's amounts: the report's announcement and every later
    // step, from the steps chunk.
    let ladder = html! { <FromSteps {lang} id={Some(p.id)} ladder=true /> };
    let mut rest = Markup::new();
    what_into(&mut rest, lang, p);
    who_and_where_into(&mut rest, lang, p);
    when_and_since_into(&mut rest, lang, p);
    panel_with(app, p.id, "detail-h", lang.pick(p.name), m, ladder, rest)
}

/// Its amounts as the report states them.
fn amounts_into(m: &mut Markup, lang: Lang, p: &Programme) {
    section(m, lang, Key::DetailAmounts, false, |m| {
        list(m, p.amounts, |m, a| {
            m.open("li", &[]).el(
                "span",
                &[("class", "amount")],
                &i18n::amount(lang, a.amount),
            );
            cite_into(m, lang, a.source);
            m.close("li");
        });
    });
}

/// Its goals and activities, and targets.
fn what_into(m: &mut Markup, lang: Lang, p: &Programme) {
    let empty = p.goals.is_empty() && p.activities.is_empty();
    section(m, lang, Key::DetailGoals, empty, |m| {
        list(m, p.goals.iter().chain(p.activities), |m, n| {
            m.open("li", &[]).text(lang.pick(n.text));
            cite_into(m, lang, n.source);
            m.close("li");
        });
    });
    let targets: Vec<_> = DATASET
        .targets
        .iter()
        .filter(|t| t.programme == Some(p.id))
        .collect();
    section(m, lang, Key::DetailTargets, targets.is_empty(), |m| {
        list(m, &targets, |m, t| {
            m.open("li", &[]).text(lang.pick(t.metric)).text(": ").el(
                "strong",
                &[],
                &crate::i18n::target_value(lang, t.bound, t.unit),
            );
            if let Some(d) = t.deadline {
                m.text(" · ").text(&lang.tf(Key::ByYear, &[&d.to_string()]));
            }
            cite_into(m, lang, t.source);
            m.close("li");
        });
    });
}

/// Who is responsible, who else serves it, and where it happens.
fn who_and_where_into(m: &mut Markup, lang: Lang, p: &Programme) {
    let actor_name =
        |id: &str| data::actor(id).map_or(id.to_owned(), |a| lang.pick(a.name).to_owned());
    section(
        m,
        lang,
        Key::DetailResponsible,
        p.responsible.is_empty(),
        |m| {
            let names: Vec<_> = p.responsible.iter().map(|a| actor_name(a)).collect();
            m.el("p", &[], &names.join(", "));
        },
    );
    let serving: Vec<_> = DATASET
        .actors
        .iter()
        .filter(|a| a.programmes.contains(&p.id) && !p.responsible.contains(&a.id))
        .map(|a| lang.pick(a.name))
        .collect();
    section(m, lang, Key::DetailActors, serving.is_empty(), |m| {
        m.el("p", &[], &serving.join(", "));
    });
    let regions: Vec<&str> = p.regions.iter().map(|r| region_name(lang, r)).collect();
    let places: Vec<_> = DATASET
        .places
        .iter()
        .filter(|pl| p.places.contains(&pl.id))
        .collect();
    let empty = regions.is_empty() && places.is_empty();
    section(m, lang, Key::DetailWhere, empty, |m| {
        m.open("p", &[]).text(&regions.join(", "));
        for pl in &places {
            m.open("span", &[("class", "place")])
                .text(" · ")
                .text(lang.pick(pl.name))
                .close("span");
        }
        m.close("p");
    });
}

/// A region's or province's name; the id itself if it is neither.
fn region_name(lang: Lang, id: &str) -> &str {
    DATASET
        .regions
        .iter()
        .find(|x| x.id == id)
        .map(|x| lang.pick(x.name))
        .or_else(|| data::province(id).map(|x| lang.pick(x.name)))
        .unwrap_or(id)
}

/// Its milestones in time order, the contradictions about it, and later reports.
fn when_and_since_into(m: &mut Markup, lang: Lang, p: &Programme) {
    let mut milestones: Vec<_> = DATASET
        .milestones
        .iter()
        .filter(|m| m.programmes.contains(&p.id))
        .collect();
    milestones.sort_by_key(|m| m.date);
    section(m, lang, Key::DetailMilestones, milestones.is_empty(), |m| {
        list(m, &milestones, |m, ms| {
            m.open("li", &[])
                .el("span", &[("class", "nowrap")], &i18n::date(lang, ms.date))
                .text(" · ")
                .text(lang.pick(ms.name));
            cite_into(m, lang, ms.source);
            m.close("li");
        });
    });
    super::frame::conflicts_into(m, lang, p.id);
    let updates: Vec<_> = updates_about(p.id).collect();
    section(m, lang, Key::DetailUpdates, updates.is_empty(), |m| {
        list(m, &updates, |m, u| update_into(m, lang, u));
    });
}
