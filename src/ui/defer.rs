//! The first chart before the tables below it. A first load builds only what a reader
//! sees first (header, tabs, intro, the chart and its controls); the view's tables, some
//! 400 elements of text alternative below the chart, follow in a task of their own. So
//! the first render stays short enough that yew does not hand the browser a half-built
//! page to lay out before the chart's effects run, and the chart reaches the screen
//! sooner (issue 11: 303 ms median to the first chart before this, target 300 ms).

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the tables wait at most for a first chart (one that is never drawn: a view
/// with no width, such as a page in a hidden frame), in ms.
const FALLBACK_MS: u32 = 400;

/// False until the first chart has been drawn (the app's `won-atlas:drawn` event) and a
/// task has passed, or until `FALLBACK_MS`; then true for good, and `<html>` gets a
/// `data-complete` attribute. A timer rather than an animation frame: browsers pause
/// those in offscreen frames.
#[hook]
pub fn use_after_first_chart() -> bool {
    let ready = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let fallback = {
                let ready = ready.clone();
                Timeout::new(FALLBACK_MS, move || ready.set(true))
            };
            let next_task = std::rc::Rc::new(std::cell::Cell::new(None::<Timeout>));
            let drawn = {
                let next_task = next_task.clone();
                EventListener::once(&gloo::utils::window(), "won-atlas:drawn", move |_| {
                    next_task.set(Some(Timeout::new(0, move || ready.set(true))));
                })
            };
            move || {
                drop(drawn);
                drop(fallback);
                drop(next_task.take());
            }
        });
    }
    // `<html data-complete>`: the first load has built everything, for tools that wait
    // for a finished page (the end-to-end tests, screenshot services).
    use_effect_with(*ready, |ready| {
        if let (true, Some(html)) = (*ready, gloo::utils::document().document_element()) {
            let _ = html.set_attribute("data-complete", "");
        }
    });
    *ready
}
