//! The view switcher: a WAI-ARIA tab list with roving focus.
//!
//! Arrow keys move between tabs and select them, Home and End jump to the ends; only
//! the selected tab is in the Tab order. A pointer over a tab starts the fetch of its
//! view's chunk (src/ui/lazy.rs), so it is often in by the click.

use crate::i18n::{Key, Lang};
use crate::state::View;
use yew::prelude::*;

/// Props: language, the selected view and what to do on selection.
#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// Interface language.
    pub lang: Lang,
    /// The selected view.
    pub selected: View,
    /// Called with the newly selected view.
    pub on_select: Callback<View>,
}

/// The i18n key of a view's name.
pub fn view_key(v: View) -> Key {
    match v {
        View::Funding => Key::ViewFunding,
        View::Regions => Key::ViewRegions,
        View::Timeline => Key::ViewTimeline,
        View::Economy => Key::ViewEconomy,
    }
}

fn label(lang: Lang, v: View) -> &'static str {
    lang.t(view_key(v))
}

fn focus_tab(v: View) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(&format!("tab-{}", v.slug()))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The tab list.
#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let selected = props.selected;
    let onkeydown = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => selected.next(),
                "ArrowLeft" | "ArrowUp" => selected.prev(),
                "Home" => View::ALL[0],
                "End" => View::ALL[View::ALL.len() - 1],
                _ => return,
            };
            e.prevent_default();
            on_select.emit(next);
            focus_tab(next);
        })
    };
    html! {
        <nav class="tabs" aria-label={props.lang.t(Key::ViewsLabel)}>
            <div role="tablist" aria-label={props.lang.t(Key::ViewsLabel)} {onkeydown}>
                { for View::ALL.iter().map(|&v| {
                    let on_select = props.on_select.clone();
                    let is = v == selected;
                    html! {
                        <button type="button" role="tab" id={format!("tab-{}", v.slug())}
                            aria-selected={if is { "true" } else { "false" }}
                            aria-controls={is.then(|| format!("panel-{}", v.slug()))}
                            tabindex={if is { "0" } else { "-1" }}
                            onclick={Callback::from(move |_: MouseEvent| on_select.emit(v))}
                            onpointerenter={super::lazy::of(v).map(|c| Callback::from(move |_: PointerEvent| super::lazy::warm(c)))}>
                            { label(props.lang, v) }
                        </button>
                    }
                }) }
            </div>
        </nav>
    }
}
