//! Inside the embedded frame: what the page tells the host page that embeds it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Posts the document's height to the parent page whenever it changes.
#[hook]
pub fn use_height_reporter(active: bool) {
    use_effect_with(active, |active| {
        let mut observer = None;
        if *active {
            let post = || {
                let win = gloo::utils::window();
                let Some(root) = gloo::utils::document().document_element() else {
                    return;
                };
                let height = root
                    .scroll_height()
                    .max(root.get_bounding_client_rect().height() as i32);
                if let Ok(Some(parent)) = win.parent() {
                    let msg = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"won-atlas:height".into());
                    let _ = js_sys::Reflect::set(&msg, &"height".into(), &(height as f64).into());
                    // "*": the page does not know, and must not need to know, who embeds it.
                    let _ = parent.post_message(&msg, "*");
                }
            };
            post();
            // A host page whose sizer loaded after this frame asks again with a ping.
            let ping =
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |e| {
                    let data = e.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data());
                    let kind = data
                        .and_then(|d| js_sys::Reflect::get(&d, &"type".into()).ok())
                        .and_then(|t| t.as_string());
                    if kind.as_deref() == Some("won-atlas:ping") {
                        post();
                    }
                });
            // Every chart draw, and the tables that follow the first, may change the
            // height, even while the frame is offscreen (where resize observations wait).
            let drawn = [
                gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "won-atlas:drawn",
                    move |_| post(),
                ),
                gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "won-atlas:complete",
                    move |_| post(),
                ),
            ];
            let callback = Closure::<dyn FnMut()>::new(post);
            if let Ok(ro) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                if let Some(body) = gloo::utils::document().body() {
                    ro.observe(&body);
                }
                observer = Some((ro, callback, ping, drawn));
            }
        }
        move || {
            if let Some((ro, _callback, _ping, _drawn)) = observer {
                ro.disconnect();
            }
        }
    });
}
