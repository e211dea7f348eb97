//! Detail panels: the frame every view's panel shares (heading, close button, one
//! listener for the buttons in its markup), and the panel of a selected programme:
//! everything the dataset knows about it, each figure with the phrase of the report it
//! stands in.

use super::markup;
use super::markup::Markup;
use super::store::Actions;
use super::tables::cite_into;
use crate::data::{self, conflicts_about, updates_about, Update, DATASET};
use crate::i18n::{self, Key, Lang};
use yew::prelude::*;

/// `<section><h4>heading</h4>` … written by `body` … `</section>`, unless `empty`.
fn section(m: &mut Markup, lang: Lang, key: Key, empty: bool, body: impl FnOnce(&mut Markup)) {
    if empty {
        return;
    }
    m.open("section", &[]).el("h4", &[], lang.t(key));
    body(m);
    m.close("section");
}

/// A detail panel: its heading (`heading_id`, which labels the panel) and close
/// button, then `body`, whose `data-select` buttons select through one listener
/// ([`markup::on_select`]). Panels are functions, not components: their text is markup,
/// which yew leaves alone while it is unchanged.
pub(super) fn panel(
    app: &Actions,
    id: &'static str,
    heading_id: &'static str,
    name: &str,
    body: Markup,
) -> Html {
    let lang = app.lang;
    let close = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.select(None))
    };
    html! {
        <aside class="detail" aria-labelledby={heading_id} data-testid="detail" data-id={id}
            onclick={markup::on_select(app)}>
            <div class="detail-head">
                <h3 id={heading_id}>{ name.to_owned() }</h3>
                <button type="button" class="close" onclick={close} aria-label={lang.t(Key::CloseDetail)}>{ "×" }</button>
            </div>
            { body.html() }
        </aside>
    }
}

/// The panel of a selected programme.
pub fn programme_detail(app: &Actions, id: &str) -> Html {
    let lang = app.lang;
    let Some(p) = data::programme(id) else {
        return html! {};
    };
    let actor_name =
        |id: &str| data::actor(id).map_or(id.to_owned(), |a| lang.pick(a.name).to_owned());
    let targets: Vec<_> = DATASET
        .targets
        .iter()
        .filter(|t| t.programme == Some(p.id))
        .collect();
    let serving: Vec<_> = DATASET
        .actors
        .iter()
        .filter(|a| a.programmes.contains(&p.id) && !p.responsible.contains(&a.id))
        .collect();
    let mut milestones: Vec<_> = DATASET
        .milestones
        .iter()
        .filter(|m| m.programmes.contains(&p.id))
        .collect();
    crate::order::sort_by_key(&mut milestones, |m| m.date);
    let conflicts: Vec<_> = conflicts_about(p.id).collect();
    let updates: Vec<_> = updates_about(p.id).collect();
    let places: Vec<_> = DATASET
        .places
        .iter()
        .filter(|pl| p.places.contains(&pl.id))
        .collect();
    let region_names: Vec<String> = p
        .regions
        .iter()
        .map(|r| {
            DATASET
                .regions
                .iter()
                .find(|x| x.id == *r)
                .map(|x| lang.pick(x.name))
                .or_else(|| {
                    DATASET
                        .provinces
                        .iter()
                        .find(|x| x.id == *r)
                        .map(|x| lang.pick(x.name))
                })
                .unwrap_or(r)
                .to_owned()
        })
        .collect();

    // Everything below the heading is passive text.
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "alt-name")],
        match lang {
            Lang::En => Lang::Ko.pick(p.name),
            Lang::Ko => p.name.en,
        },
    );
    section(&mut m, lang, Key::DetailAmounts, false, |m| {
        m.open("ul", &[]);
        for a in p.amounts {
            m.open("li", &[]).el(
                "span",
                &[("class", "amount")],
                &i18n::amount(lang, a.amount),
            );
            cite_into(m, lang, a.source);
            m.close("li");
        }
        m.close("ul");
    });
    section(
        &mut m,
        lang,
        Key::DetailGoals,
        p.goals.is_empty() && p.activities.is_empty(),
        |m| {
            m.open("ul", &[]);
            for n in p.goals.iter().chain(p.activities) {
                m.open("li", &[]).text(lang.pick(n.text));
                cite_into(m, lang, n.source);
                m.close("li");
            }
            m.close("ul");
        },
    );
    section(&mut m, lang, Key::DetailTargets, targets.is_empty(), |m| {
        m.open("ul", &[]);
        for t in &targets {
            m.open("li", &[]).text(lang.pick(t.metric));
            if let Some(d) = t.deadline {
                m.text(" · ").text(&lang.tf(Key::ByYear, &[&d.to_string()]));
            }
            cite_into(m, lang, t.source);
            m.close("li");
        }
        m.close("ul");
    });
    section(
        &mut m,
        lang,
        Key::DetailResponsible,
        p.responsible.is_empty(),
        |m| {
            m.el(
                "p",
                &[],
                &p.responsible
                    .iter()
                    .map(|a| actor_name(a))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        },
    );
    section(&mut m, lang, Key::DetailActors, serving.is_empty(), |m| {
        m.el(
            "p",
            &[],
            &serving
                .iter()
                .map(|a| lang.pick(a.name))
                .collect::<Vec<_>>()
                .join(", "),
        );
    });
    section(
        &mut m,
        lang,
        Key::DetailWhere,
        region_names.is_empty() && places.is_empty(),
        |m| {
            m.open("p", &[]).text(&region_names.join(", "));
            for pl in &places {
                m.open("span", &[("class", "place")])
                    .text(" · ")
                    .text(lang.pick(pl.name))
                    .close("span");
            }
            m.close("p");
        },
    );
    section(
        &mut m,
        lang,
        Key::DetailMilestones,
        milestones.is_empty(),
        |m| {
            m.open("ul", &[]);
            for ms in &milestones {
                m.open("li", &[])
                    .el("span", &[("class", "nowrap")], &i18n::date(lang, ms.date))
                    .text(" · ")
                    .text(lang.pick(ms.name));
                cite_into(m, lang, ms.source);
                m.close("li");
            }
            m.close("ul");
        },
    );
    section(
        &mut m,
        lang,
        Key::DetailConflicts,
        conflicts.is_empty(),
        |m| {
            m.open("ul", &[]);
            for c in &conflicts {
                m.open("li", &[("class", "conflict")])
                    .el("strong", &[], lang.pick(c.title))
                    .open("ol", &[]);
                for cl in c.claims {
                    m.open("li", &[]).text(lang.pick(cl.says));
                    cite_into(m, lang, cl.source);
                    m.close("li");
                }
                m.close("ol").el("p", &[], lang.pick(c.note)).close("li");
            }
            m.close("ul");
        },
    );
    section(&mut m, lang, Key::DetailUpdates, updates.is_empty(), |m| {
        m.open("ul", &[]);
        for u in &updates {
            update_into(m, lang, u);
        }
        m.close("ul");
    });

    panel(app, p.id, "detail-h", lang.pick(p.name), m)
}

/// A later report about a record, as a detail panel lists it.
pub(super) fn update_into(m: &mut Markup, lang: Lang, u: &Update) {
    m.open("li", &[("class", "update")])
        .el("strong", &[], lang.pick(u.topic))
        .el("p", &[], lang.pick(u.says))
        .el(
            "p",
            &[("class", "sources")],
            &format!("{}: {}", lang.t(Key::UpdateSources), u.sources.join(", ")),
        )
        .close("li");
}
