//! What a count mark holds: the list it opens, each entry a button that selects it.

use crate::data::timeline::entries;
use crate::i18n::{self, Key, Lang};
use crate::ui::names::{entry_label, row_key, selectable};
use crate::ui::store::use_store;
use yew::prelude::*;

/// Props of a count mark's list.
#[derive(Properties, PartialEq)]
pub struct GroupListProps {
    /// The entries the count mark holds, in time order.
    pub ids: Vec<&'static str>,
    /// Closes the list (Escape, the close button, or a choice).
    pub on_close: Callback<()>,
}

/// The entries of a count mark, opened from it: focus moves to the first, Escape or the
/// close button closes the list, and choosing an entry selects it.
#[function_component(GroupList)]
pub(super) fn group_list(props: &GroupListProps) -> Html {
    let app = use_store();
    let lang: Lang = app.lang;
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with(props.ids.clone(), move |_| {
            if let Some(b) = first.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let on_close = props.on_close.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            on_close.emit(());
        }
    });
    let title = lang.tf(Key::TimelineGroup, &[&props.ids.len().to_string()]);
    html! {
        <div class="tl-group" role="group" aria-label={title.clone()} data-testid="group-list" {onkeydown}>
            <p class="tl-group-title" aria-live="polite">{ title }</p>
            <ul>
                { for props.ids.iter().enumerate().filter_map(|(i, id)| {
                    let e = entries().iter().find(|e| e.id == *id)?;
                    let record = selectable(e.id);
                    let select = app.selecting::<MouseEvent>(Some(record));
                    let close = props.on_close.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        select.emit(ev);
                        close.emit(());
                    });
                    let node = if i == 0 { first.clone() } else { NodeRef::default() };
                    Some(html! {
                        <li data-id={e.id}>
                            <span class="nowrap when">{ i18n::date(lang, e.date) }</span>{ " " }
                            <button type="button" class="link" ref={node} {onclick}>{ entry_label(lang, e) }</button>
                            <small class="lane">{ " · " }{ lang.t(row_key(e.row)) }</small>
                        </li>
                    })
                }) }
            </ul>
            <button type="button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ lang.t(Key::CloseDetail) }</button>
        </div>
    }
}
