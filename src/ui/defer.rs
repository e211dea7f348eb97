//! The first chart before the tables below it. A first load builds only what a reader
//! sees first (header, tabs, intro, the chart and its controls); the view's tables, some
//! 400 elements of text alternative below the chart, follow once the browser is idle
//! after the chart's frame. So the first render stays short enough that yew does not
//! hand the browser a half-built page to lay out before the chart's effects run, the
//! chart's pixels are painted before the tables are laid out, and a key pressed in that
//! frame is handled before them.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the tables wait at most for a first chart once the view can draw it (one
/// that is never drawn: a view with no width, such as a page in a hidden frame), in ms.
/// The wait starts when the view's chunk is in, so a slow fetch does not bring the
/// tables ahead of the chart.
const FALLBACK_MS: u32 = 400;

/// What the tables wait for once the chart is drawn.
enum Pending {
    Nothing,
    /// A `requestIdleCallback` handle.
    Idle(u32),
    /// The next task, where there is no `requestIdleCallback` (Safari).
    Task(Timeout),
}

/// False until the first chart has been drawn (the app's `won-atlas:drawn` event) and the
/// browser has been idle after it, or until `FALLBACK_MS` after the view stops
/// `waiting` for its chunk; then true for good ([`use_complete`] says when all that follows
/// is built). Idle callbacks and timers rather than an animation frame: browsers pause
/// those in offscreen frames.
#[hook]
pub fn use_after_first_chart(waiting: bool) -> bool {
    let ready = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with(waiting, move |waiting| {
            let fallback = (!*waiting).then(|| Timeout::new(FALLBACK_MS, move || ready.set(true)));
            move || drop(fallback)
        });
    }
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let pending = Rc::new(Cell::new(Pending::Nothing));
            let drawn = {
                let pending = pending.clone();
                EventListener::once(&gloo::utils::window(), "won-atlas:drawn", move |_| {
                    let set = ready.clone();
                    // Called at most once. If it never is (the app is gone first), the
                    // closure is never freed: a few bytes, once.
                    let idle = Closure::once_into_js(move || set.set(true));
                    pending.set(
                        match gloo::utils::window().request_idle_callback(idle.unchecked_ref()) {
                            Ok(handle) => Pending::Idle(handle),
                            Err(_) => Pending::Task(Timeout::new(0, move || ready.set(true))),
                        },
                    );
                })
            };
            move || {
                drop(drawn);
                match pending.replace(Pending::Nothing) {
                    Pending::Idle(handle) => gloo::utils::window().cancel_idle_callback(handle),
                    Pending::Task(timeout) => drop(timeout.cancel()),
                    Pending::Nothing => {}
                }
            }
        });
    }
    *ready
}

/// `<html data-complete>` and a `won-atlas:complete` event once `done` (the first chart
/// is drawn and everything after it is built): the first load is finished, for tools that
/// wait for a finished page (the end-to-end tests, screenshot services) and for the
/// embed's height reporter.
#[hook]
pub fn use_complete(done: bool) {
    use_effect_with(done, |done| {
        if let (true, Some(html)) = (*done, gloo::utils::document().document_element()) {
            let _ = html.set_attribute("data-complete", "");
            // For an embed's height reporter: the tables just added change the height,
            // and a frame out of view gets no resize observations to say so.
            if let Ok(ev) = web_sys::Event::new("won-atlas:complete") {
                let _ = gloo::utils::window().dispatch_event(&ev);
            }
        }
    });
}
