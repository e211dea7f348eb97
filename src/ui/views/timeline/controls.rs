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
    let set_range = |r: (f64, f64)| {
        let range = range.clone();
        Callback::from(move |_: MouseEvent| range.set(r))
    };
    let zoom_by = |f: f64| {
        let range = range.clone();
        Callback::from(move |_: MouseEvent| {
            let mid = (range.0 + range.1) / 2.0;
            range.set(zoom(*range, f, mid))
        })
    };
    let pan_by = |dir: f64| {
        let range = range.clone();
        Callback::from(move |_: MouseEvent| {
            range.set(pan(*range, dir * (range.1 - range.0) * 0.25))
        })
    };
    let pressed = |r: (f64, f64)| if **range == r { "true" } else { "false" };
    html! {
        <div class="controls" role="group" aria-label={lang.t(Key::TimelineControls)}>
            <div class="toggle zoom">
                <button type="button" onclick={zoom_by(0.5)}>{ lang.t(Key::ZoomIn) }</button>
                <button type="button" onclick={zoom_by(2.0)}>{ lang.t(Key::ZoomOut) }</button>
                <button type="button" onclick={pan_by(-1.0)}>{ lang.t(Key::PanEarlier) }</button>
                <button type="button" onclick={pan_by(1.0)}>{ lang.t(Key::PanLater) }</button>
            </div>
            <div class="toggle">
                <button type="button" aria-pressed={pressed(DEFAULT_RANGE)} onclick={set_range(DEFAULT_RANGE)}>{ lang.t(Key::Range2030) }</button>
                <button type="button" aria-pressed={pressed(LIMITS)} onclick={set_range(LIMITS)}>{ lang.t(Key::Range2050) }</button>
            </div>
            <span class="range" data-testid="range" aria-live="polite">{ range_text }</span>
            { programme_select(lang, programme_filter) }
        </div>
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
