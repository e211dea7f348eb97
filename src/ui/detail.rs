//! The detail panel of a selected programme: everything the dataset knows about it,
//! each figure with the phrase of the report it stands in.

use super::store::use_actions;
use super::tables::cite;
use crate::data::{self, conflicts_about, updates_about, DATASET};
use crate::i18n::{self, Key, Lang};
use yew::prelude::*;

fn list<T>(items: Vec<T>, f: impl Fn(T) -> Html) -> Html {
    html! { <ul>{ for items.into_iter().map(f) }</ul> }
}

fn section(lang: Lang, key: Key, body: Html, empty: bool) -> Html {
    if empty {
        return html! {};
    }
    html! {
        <section>
            <h4>{ lang.t(key) }</h4>
            { body }
        </section>
    }
}

/// Props: the programme id.
#[derive(Properties, PartialEq)]
pub struct DetailProps {
    /// Selected programme.
    pub id: &'static str,
}

/// The panel.
#[function_component(ProgrammeDetail)]
pub fn programme_detail(props: &DetailProps) -> Html {
    let app = use_actions();
    let lang = app.lang;
    let Some(p) = data::programme(props.id) else {
        return html! {};
    };
    let close = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.select(None))
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
    milestones.sort_by_key(|m| m.date);
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

    html! {
        <aside class="detail" aria-labelledby="detail-h" data-testid="detail" data-id={p.id}>
            <div class="detail-head">
                <h3 id="detail-h">{ lang.pick(p.name) }</h3>
                <button type="button" class="close" onclick={close} aria-label={lang.t(Key::CloseDetail)}>{ "×" }</button>
            </div>
            <p class="alt-name">{ if lang == Lang::En { p.name.ko } else { p.name.en } }</p>
            { section(lang, Key::DetailAmounts, list(p.amounts.iter().collect(), |a| html! {
                <li><span class="amount">{ i18n::amount(lang, a.amount) }</span>{ cite(lang, a.source) }</li>
            }), false) }
            { section(lang, Key::DetailGoals, list(p.goals.iter().chain(p.activities).collect(), |n| html! {
                <li>{ lang.pick(n.text) }{ cite(lang, n.source) }</li>
            }), p.goals.is_empty() && p.activities.is_empty()) }
            { section(lang, Key::DetailTargets, list(targets.clone(), |t| html! {
                <li>{ lang.pick(t.metric) }
                    if let Some(d) = t.deadline { { " · " }{ lang.tf(Key::ByYear, &[&d.to_string()]) } }
                    { cite(lang, t.source) }</li>
            }), targets.is_empty()) }
            { section(lang, Key::DetailResponsible, html! {
                <p>{ p.responsible.iter().map(|a| actor_name(a)).collect::<Vec<_>>().join(", ") }</p>
            }, p.responsible.is_empty()) }
            { section(lang, Key::DetailActors, html! {
                <p>{ serving.iter().map(|a| lang.pick(a.name)).collect::<Vec<_>>().join(", ") }</p>
            }, serving.is_empty()) }
            { section(lang, Key::DetailWhere, html! {
                <p>{ region_names.join(", ") }
                   { for places.iter().map(|pl| html! { <span class="place">{ " · " }{ lang.pick(pl.name) }</span> }) }</p>
            }, region_names.is_empty() && places.is_empty()) }
            { section(lang, Key::DetailMilestones, list(milestones.clone(), |m| html! {
                <li><span class="nowrap">{ i18n::date(lang, m.date) }</span>{ " · " }{ lang.pick(m.name) }{ cite(lang, m.source) }</li>
            }), milestones.is_empty()) }
            { section(lang, Key::DetailConflicts, list(conflicts.clone(), |c| html! {
                <li class="conflict"><strong>{ lang.pick(c.title) }</strong>
                    <ol>{ for c.claims.iter().map(|cl| html! { <li>{ lang.pick(cl.says) }{ cite(lang, cl.source) }</li> }) }</ol>
                    <p>{ lang.pick(c.note) }</p></li>
            }), conflicts.is_empty()) }
            { section(lang, Key::DetailUpdates, list(updates.clone(), |u| html! {
                <li class="update"><strong>{ lang.pick(u.topic) }</strong><p>{ lang.pick(u.says) }</p>
                    <p class="sources">{ lang.t(Key::UpdateSources) }{ ": " }{ u.sources.join(", ") }</p></li>
            }), updates.is_empty()) }
        </aside>
    }
}
