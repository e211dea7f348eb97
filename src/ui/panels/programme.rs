//! The panel of a selected programme.

use super::frame::{list, panel_with, section, update_into};
use crate::data::{self, updates_about, Actor, Note, Programme, DATASET};
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

/// Its goals and activities, what else the report says of it, and its targets.
fn what_into(m: &mut Markup, lang: Lang, p: &Programme) {
    if let Some(t) = data::PROGRAMME_TEXTS.iter().find(|t| t.id == p.id) {
        let notes_into = |m: &mut Markup, n: &Note| {
            m.open("li", &[]).text(lang.pick(n.text));
            cite_into(m, lang, n.source);
            m.close("li");
        };
        let empty = t.goals.is_empty() && t.activities.is_empty();
        section(m, lang, Key::DetailGoals, empty, |m| {
            list(m, t.goals.iter().chain(t.activities), notes_into)
        });
        section(m, lang, Key::DetailNotes, t.notes.is_empty(), |m| {
            list(m, t.notes, notes_into)
        });
    }
    let targets: Vec<_> = crate::data::TARGETS
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

/// Who is responsible, who else serves it, and where it happens. Each body comes with
/// what the report says it does, where it says so.
fn who_and_where_into(m: &mut Markup, lang: Lang, p: &Programme) {
    let responsible: Vec<&Actor> = p
        .responsible
        .iter()
        .filter_map(|a| data::actor(a))
        .collect();
    section(
        m,
        lang,
        Key::DetailResponsible,
        responsible.is_empty(),
        |m| bodies_into(m, lang, &responsible),
    );
    let serving: Vec<&Actor> = data::ACTORS
        .iter()
        .filter(|a| a.programmes.contains(&p.id) && !p.responsible.contains(&a.id))
        .collect();
    section(m, lang, Key::DetailActors, serving.is_empty(), |m| {
        bodies_into(m, lang, &serving)
    });
    let regions: Vec<&str> = p.regions.iter().map(|r| region_name(lang, r)).collect();
    let places: Vec<_> = crate::data::PLACES
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

/// Bodies as a list: each name, its role where the report gives one, and the report's
/// line naming it. Bodies the report names together, with the same role and line (the
/// five sovereign-model teams), share one item.
fn bodies_into(m: &mut Markup, lang: Lang, bodies: &[&Actor]) {
    let key = |a: &Actor| (a.role.map(|r| r.en), a.source.line, a.source.quote);
    let mut groups: Vec<Vec<&Actor>> = Vec::new();
    for &a in bodies {
        match groups.iter_mut().find(|g| key(g[0]) == key(a)) {
            Some(g) => g.push(a),
            None => groups.push(vec![a]),
        }
    }
    list(m, groups, |m, g| {
        m.open("li", &[]);
        for (i, a) in g.iter().enumerate() {
            if i > 0 {
                m.text(", ");
            }
            m.el("strong", &[("data-actor", a.id)], lang.pick(a.name));
        }
        if let Some(role) = g[0].role {
            m.text(": ").text(lang.pick(role));
        }
        m.text(" ");
        cite_into(m, lang, g[0].source);
        m.close("li");
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
    let mut milestones: Vec<_> = crate::data::MILESTONES
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::markup::escape;

    /// Every programme's panel writes its goals, activities and notes, each with the
    /// report's line, in both languages; the texts embedded apart are the programmes'
    /// own, one entry each, in order.
    #[test]
    fn each_goal_activity_and_note_is_written_with_its_source() {
        let ids: Vec<_> = data::PROGRAMME_TEXTS.iter().map(|t| t.id).collect();
        let want: Vec<_> = DATASET.programmes.iter().map(|p| p.id).collect();
        assert_eq!(ids, want);
        let mut notes = 0;
        for lang in Lang::ALL {
            for (p, t) in DATASET.programmes.iter().zip(data::PROGRAMME_TEXTS) {
                let mut m = Markup::new();
                what_into(&mut m, lang, p);
                let html = m.as_str();
                for n in t.goals.iter().chain(t.activities).chain(t.notes) {
                    let mut text = String::new();
                    escape(&mut text, lang.pick(n.text));
                    let at = html
                        .find(&format!("<li>{text}"))
                        .unwrap_or_else(|| panic!("{lang:?} {}: {text} is missing", p.id));
                    let item = &html[at..at + html[at..].find("</li>").unwrap()];
                    assert!(
                        item.contains("class=\"cite\"")
                            && item.contains(&format!(" {}", n.source.line)),
                        "{}: {item}",
                        p.id
                    );
                }
                notes += t.notes.len();
                let heading = format!("<h4>{}</h4>", lang.t(Key::DetailNotes));
                assert_eq!(html.contains(&heading), !t.notes.is_empty(), "{}", p.id);
            }
        }
        assert!(notes > 0, "some programme has notes");
    }

    /// Every body serving a programme is listed under it with what the report says it
    /// does and the report's line naming it, in both languages.
    #[test]
    fn each_body_comes_with_its_role_and_source() {
        let mut listed = 0;
        for lang in Lang::ALL {
            for p in DATASET.programmes {
                let mut m = Markup::new();
                who_and_where_into(&mut m, lang, p);
                let html = m.as_str();
                for a in data::ACTORS
                    .iter()
                    .filter(|a| p.responsible.contains(&a.id) || a.programmes.contains(&p.id))
                {
                    let at = html
                        .find(&format!("<strong data-actor=\"{}\">", a.id))
                        .unwrap_or_else(|| panic!("{lang:?} {}: {} is not listed", p.id, a.id));
                    let from = html[..at].rfind("<li>").unwrap();
                    let item = &html[from..at + html[at..].find("</li>").unwrap()];
                    let mut want = String::new();
                    escape(&mut want, lang.pick(a.name));
                    assert!(item.contains(&want), "{}: {item}", a.id);
                    if let Some(role) = a.role {
                        let mut want = String::new();
                        escape(&mut want, lang.pick(role));
                        assert!(item.contains(&want), "{} has no role: {item}", a.id);
                        listed += 1;
                    }
                    let mut line = String::new();
                    escape(&mut line, &a.source.line.to_string());
                    assert!(
                        item.contains("class=\"cite\"") && item.contains(&line),
                        "{} is not cited: {item}",
                        a.id
                    );
                }
            }
        }
        assert!(listed > 10, "roles shown: {listed}");
    }
}
