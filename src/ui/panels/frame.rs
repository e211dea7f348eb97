//! What every detail panel shares: its frame (heading, close button, one listener for
//! the buttons in its markup) and the shapes its text is written in.

use crate::data::Update;
use crate::i18n::{Key, Lang};
use crate::ui::markup::{self, Markup};
use crate::ui::store::Store;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A detail panel: its heading (`heading_id`, which labels the panel) and close
/// button, then `body`, whose `data-select` buttons select through one listener
/// ([`markup::on_select`]).
pub(super) fn panel(
    app: &Store,
    id: &'static str,
    heading_id: &'static str,
    name: &str,
    body: Markup,
) -> Html {
    panel_with(
        app,
        id,
        heading_id,
        name,
        body,
        Html::default(),
        Markup::new(),
    )
}

/// A detail panel as [`panel`] makes it, with `more` (yew's) after `body`, then `rest`.
pub(super) fn panel_with(
    app: &Store,
    id: &'static str,
    heading_id: &'static str,
    name: &str,
    body: Markup,
    more: Html,
    rest: Markup,
) -> Html {
    let lang = app.lang;
    html! {
        <aside class="detail" aria-labelledby={heading_id} data-testid="detail" data-id={id}
            onclick={markup::on_select(app)} onkeydown={back_to_chart()}>
            <div class="detail-head">
                <h3 id={heading_id} tabindex="-1">{ name.to_owned() }</h3>
                <button type="button" class="close" onclick={app.selecting::<MouseEvent>(None)} aria-label={lang.t(Key::CloseDetail)}>{ "×" }</button>
            </div>
            { body.html() }
            { more }
            { rest.html() }
        </aside>
    }
}

/// Escape in a panel brings the focus back to the chart, on the item whose panel it is
/// (the chart keeps its focused item); the panel stays open.
fn back_to_chart() -> Callback<KeyboardEvent> {
    Callback::from(|e: KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        let chart = gloo::utils::document()
            .query_selector("canvas.chart")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(chart) = chart {
            e.prevent_default();
            let _ = chart.focus();
        }
    })
}

/// A later report about a record, as a detail panel lists it.
pub(super) fn update_into(m: &mut Markup, lang: Lang, u: &Update) {
    m.open("li", &[("class", "update")])
        .el("strong", &[], lang.pick(u.topic))
        .el("p", &[], lang.pick(u.says));
    sources_into(m, lang, u);
    m.close("li");
}

/// "Sources: …" under a later report.
pub(super) fn sources_into(m: &mut Markup, lang: Lang, u: &Update) {
    m.el(
        "p",
        &[("class", "sources")],
        &format!("{}: {}", lang.t(Key::UpdateSources), u.sources.join(", ")),
    );
}

/// `<section><h4>heading</h4>` … written by `body` … `</section>`, unless `empty`.
pub(super) fn section(
    m: &mut Markup,
    lang: Lang,
    key: Key,
    empty: bool,
    body: impl FnOnce(&mut Markup),
) {
    if empty {
        return;
    }
    m.open("section", &[]).el("h4", &[], lang.t(key));
    body(m);
    m.close("section");
}

/// `<ul>` with one `<li>` per item, each written by `item`.
pub(super) fn list<T>(
    m: &mut Markup,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut Markup, T),
) {
    m.open("ul", &[]);
    for it in items {
        item(m, it);
    }
    m.close("ul");
}

/// The points where the report makes more than one claim about record `id`, each with
/// every claim and its source.
pub(super) fn conflicts_into(m: &mut Markup, lang: Lang, id: &str) {
    let conflicts: Vec<_> = crate::data::conflicts_about(id).collect();
    section(m, lang, Key::DetailConflicts, conflicts.is_empty(), |m| {
        list(m, &conflicts, |m, c| {
            m.open("li", &[("class", "conflict")]);
            crate::ui::names::conflict_badge_into(m, lang, c);
            m.text(" ").el("strong", &[], lang.pick(c.title));
            super::entry::claims_into(m, lang, c);
            m.close("li");
        });
    });
}
