//! The URL follows the route one frame later. Writing it (`location.hash`, or
//! `history.replaceState` for a zoom step) takes a measurable part of every chart switch
//! and selection (docs/performance.md), and the reader sees nothing of it. So an
//! action's hash is queued and written after the frame that shows the action is
//! painted: in order, one history entry per action. A hashchange that comes while newer hashes of the app's own are
//! queued is ignored: the URL is behind the route, not ahead of it.

use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How a queued hash is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// A new history entry (`location.hash`), so back steps through it.
    Push,
    /// In place of the current entry (`history.replaceState`).
    Replace,
}

thread_local! {
    static QUEUE: RefCell<Vec<(Write, String)>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// If a frame does not come this soon (a page in a hidden frame gets none), the queue is
/// written anyway, in ms.
const FALLBACK_MS: u32 = 100;

/// Queues `hash` to be written after the next frame.
pub fn write_soon(how: Write, hash: String) {
    QUEUE.with(|q| q.borrow_mut().push((how, hash)));
    if SCHEDULED.replace(true) {
        return;
    }
    // An animation frame runs before the frame is painted; a task queued from it runs
    // after. A page in a hidden frame gets no frames: the fallback writes it anyway.
    let _ = gloo::utils::window().request_animation_frame(once(after_frame).unchecked_ref());
    after(FALLBACK_MS as i32);
}

/// `f` as a function for JavaScript to call once.
fn once(f: fn()) -> wasm_bindgen::JsValue {
    Closure::once_into_js(f)
}

/// Writes the queue `ms` from now.
fn after(ms: i32) {
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(once(flush).unchecked_ref(), ms);
}

fn after_frame() {
    after(0);
}

/// True while hashes are queued: the URL is behind the route, and will catch up.
pub fn behind() -> bool {
    QUEUE.with(|q| !q.borrow().is_empty())
}

/// Writes every queued hash now, in order.
fn flush() {
    SCHEDULED.set(false);
    let queued = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if queued.is_empty() {
        return;
    }
    let win = gloo::utils::window();
    for (how, hash) in queued {
        match how {
            Write::Push => {
                let _ = win.location().set_hash(&hash);
            }
            Write::Replace => {
                if let Ok(h) = win.history() {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
                }
            }
        }
    }
}
