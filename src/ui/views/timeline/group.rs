//! What a count mark holds: the list it opens, each entry a button that selects it.
//! A function rather than a component of its own, which would weigh more in the
//! timeline's chunk; the view moves focus to it when it opens ([`focus_first`]).

use crate::data::timeline::entries;
use crate::i18n::{self, Key, Lang};
use crate::ui::names::{entry_label, row_key, selectable};
use crate::ui::store::Store;
use yew::prelude::*;

/// The list's id, which [`focus_first`] finds it by.
const ID: &str = "tl-group";

/// The entries of a count mark, in time order: choosing one selects it and closes the
/// list; Escape or the close button closes it.
pub(super) fn group_list(
    lang: Lang,
    store: &Store,
    ids: &[&'static str],
    on_close: &Callback<()>,
) -> Html {
    let close = on_close.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            close.emit(());
        }
    });
    let title = lang.tf(Key::TimelineGroup, &[&ids.len().to_string()]);
    html! {
        <div id={ID} class="tl-group" role="group" aria-label={title.clone()} data-testid="group-list" {onkeydown}>
            <p class="tl-group-title" aria-live="polite">{ title }</p>
            <ul>
                { for ids.iter().filter_map(|id| {
                    let e = entries().iter().find(|e| e.id == *id)?;
                    let select = store.selecting::<MouseEvent>(Some(selectable(e.id)));
                    let close = on_close.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        select.emit(ev);
                        close.emit(());
                    });
                    Some(html! {
                        <li data-id={e.id}>
                            <span class="nowrap when">{ i18n::date(lang, e.date) }</span>{ " " }
                            <button type="button" class="link" {onclick}>{ entry_label(lang, e) }</button>
                            <small class="lane">{ " · " }{ lang.t(row_key(e.row)) }</small>
                        </li>
                    })
                }) }
            </ul>
            <button type="button" onclick={on_close.reform(|_: MouseEvent| ())}>{ lang.t(Key::CloseDetail) }</button>
        </div>
    }
}

/// Moves focus to the open list's first entry.
pub(super) fn focus_first() {
    use wasm_bindgen::JsCast;
    if let Some(b) = gloo::utils::document()
        .query_selector(&format!("#{ID} li button"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = b.focus();
    }
}
