//! The timeline's controls: zoom and pan buttons, the two ranges, the programme filter,
//! and the lanes shown.

use super::range::RangeHandle;
use crate::data::timeline::Row;
use crate::data::{self, DATASET};
use crate::i18n::{Key, Lang};
use crate::layout::timeline::row_colour;
use crate::state::range::{pan, zoom, DEFAULT_RANGE, LIMITS};
use crate::ui::names::row_key;
use yew::prelude::*;

/// Zoom, pan, the 2030 and 2050 ranges, the years shown, and the programme filter.
pub(super) fn controls(
    lang: Lang,
    range: &RangeHandle,
    range_text: String,
    programme_filter: &UseStateHandle<Option<&'static str>>,
) -> Html {
    // One listener for the six buttons: each names what it does in `data-act`.
    let onclick = {
        let range = range.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let act = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("[data-act]").ok().flatten())
                .and_then(|b| b.get_attribute("data-act"))
                .unwrap_or_default();
            let r = *range;
            let (mid, span) = ((r.0 + r.1) / 2.0, r.1 - r.0);
            range.set(match act.as_str() {
                "zoom-in" => zoom(r, 0.5, mid),
                "zoom-out" => zoom(r, 2.0, mid),
                "earlier" => pan(r, -span * 0.25),
                "later" => pan(r, span * 0.25),
                "2030" => DEFAULT_RANGE,
                "2050" => LIMITS,
                _ => return,
            })
        })
    };
    let pressed = |r: (f64, f64)| Some(**range == r);
    html! {
        <div class="controls" role="group" aria-label={lang.t(Key::TimelineControls)} {onclick}>
            <div class="toggle zoom">
                { button(lang.t(Key::ZoomIn), "zoom-in", None) }
                { button(lang.t(Key::ZoomOut), "zoom-out", None) }
                { button(lang.t(Key::PanEarlier), "earlier", None) }
                { button(lang.t(Key::PanLater), "later", None) }
            </div>
            <div class="toggle">
                { button(lang.t(Key::Range2030), "2030", pressed(DEFAULT_RANGE)) }
                { button(lang.t(Key::Range2050), "2050", pressed(LIMITS)) }
            </div>
            <span class="range" data-testid="range" aria-live="polite">{ range_text }</span>
            { programme_select(lang, programme_filter) }
        </div>
    }
}

/// A button of the controls, `act` naming what it does (the controls' one listener reads
/// it), pressed or not where it is a toggle.
fn button(label: &str, act: &'static str, pressed: Option<bool>) -> Html {
    let pressed = pressed.map(|p| if p { "true" } else { "false" });
    html! {
        <button type="button" data-act={act} aria-pressed={pressed}>{ label.to_owned() }</button>
    }
}

/// The programme filter: all programmes, or one.
fn programme_select(lang: Lang, filter: &UseStateHandle<Option<&'static str>>) -> Html {
    let onchange = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            filter.set(data::programme(&v).map(|p| p.id));
        })
    };
    html! {
        <label class="select">{ lang.t(Key::FilterProgramme) }{ " " }
            <select {onchange} data-testid="programme-filter">
                <option value="" selected={filter.is_none()}>{ lang.t(Key::AllProgrammes) }</option>
                { for DATASET.programmes.iter().map(|p| html! {
                    <option value={p.id} selected={**filter == Some(p.id)}>{ lang.pick(p.name) }</option>
                }) }
            </select>
        </label>
    }
}

/// A check box per lane: unchecked lanes are hidden.
pub(super) fn lanes(lang: Lang, hidden_rows: &UseStateHandle<Vec<Row>>) -> Html {
    let toggle_row = |r: Row| {
        let hidden_rows = hidden_rows.clone();
        Callback::from(move |_: Event| {
            let mut v = (*hidden_rows).clone();
            if let Some(i) = v.iter().position(|x| *x == r) {
                v.remove(i);
            } else {
                v.push(r);
            }
            hidden_rows.set(v);
        })
    };
    html! {
        <fieldset class="lanes">
            <legend>{ lang.t(Key::FilterLanes) }</legend>
            { for Row::ALL.iter().map(|r| html! {
                <label class="check">
                    <input type="checkbox" checked={!hidden_rows.contains(r)} onchange={toggle_row(*r)} />
                    <span class="swatch" style={format!("background:{}", row_colour(*r).hex())}></span>
                    { lang.t(row_key(*r)) }
                </label>
            }) }
        </fieldset>
    }
}
