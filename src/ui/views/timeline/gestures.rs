//! Zoom and pan from the keyboard (+, −, shift+arrows, 0), the wheel and trackpad, and
//! two-finger pinch.

use super::range::RangeHandle;
use crate::layout::Scene;
use crate::state::range::{pan, zoom, DEFAULT_RANGE};
use crate::ui::views::frame::Gestures;
use std::rc::Rc;
use yew::prelude::*;

/// The timeline's gestures over `range`. A key that moves the range out from under the
/// focused entry ends the focus, so the keyboard stays on an entry in view.
pub(super) fn gestures(
    range: &RangeHandle,
    focused: &UseStateHandle<Option<&'static str>>,
    scene: &Rc<Scene>,
    wrap: &NodeRef,
) -> Gestures {
    Gestures {
        on_key: on_key(range, focused, scene),
        on_wheel: on_wheel(range, wrap),
        on_pinch: Some(on_pinch(range)),
    }
}

fn on_key(
    range: &RangeHandle,
    focused: &UseStateHandle<Option<&'static str>>,
    scene: &Rc<Scene>,
) -> Callback<KeyboardEvent> {
    let range = range.clone();
    let focused = focused.clone();
    let scene = scene.clone();
    Callback::from(move |e: KeyboardEvent| {
        let span = range.1 - range.0;
        let mid = (range.0 + range.1) / 2.0;
        let next = match (e.key().as_str(), e.shift_key()) {
            ("+" | "=", _) => zoom(*range, 0.5, mid),
            ("-" | "_", _) => zoom(*range, 2.0, mid),
            ("ArrowLeft", true) => pan(*range, -span * 0.25),
            ("ArrowRight", true) => pan(*range, span * 0.25),
            ("0", _) => DEFAULT_RANGE,
            _ => return,
        };
        e.prevent_default();
        range.set(next);
        // Keep the keyboard on an entry that is still in view.
        if focused.is_some_and(|f| scene.item(f).is_none()) {
            focused.set(None);
        }
    })
}

fn on_wheel(range: &RangeHandle, wrap: &NodeRef) -> Callback<WheelEvent> {
    let range = range.clone();
    let wrap = wrap.clone();
    Callback::from(move |e: WheelEvent| {
        let span = range.1 - range.0;
        if e.ctrl_key() {
            // Trackpad pinch and ctrl+wheel zoom around the pointer (horizontal layout).
            e.prevent_default();
            let w = wrap
                .cast::<web_sys::Element>()
                .map_or(1.0, |el| el.get_bounding_client_rect().width());
            let rel = (e.offset_x() as f64 / w).clamp(0.0, 1.0);
            let at = range.0 + rel * span;
            range.set(zoom(*range, if e.delta_y() > 0.0 { 1.25 } else { 0.8 }, at));
        } else if e.shift_key() || e.delta_x().abs() > e.delta_y().abs() {
            e.prevent_default();
            let d = if e.delta_x().abs() > e.delta_y().abs() {
                e.delta_x()
            } else {
                e.delta_y()
            };
            range.set(pan(*range, d.signum() * span * 0.1));
        }
    })
}

/// Spreading two fingers zooms in around their midpoint; pinching them zooms out.
fn on_pinch(range: &RangeHandle) -> Callback<(f64, f64)> {
    let range = range.clone();
    Callback::from(move |(spread, at): (f64, f64)| {
        let t = range.0 + at * (range.1 - range.0);
        range.set(zoom(*range, 1.0 / spread, t));
    })
}
