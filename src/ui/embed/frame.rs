//! Inside the embedded frame: what the page says to the page that embeds it, and what it
//! takes from it. docs/embedding.md documents every message.
//!
//! - To the host: `{type: "won-atlas:height", height}` and AMP's
//!   `{sentinel: "amp", type: "embed-size", height}` whenever the height the page needs
//!   changes, and `{type: "won-atlas:state", view, selection, lang, theme}` whenever the
//!   reader reaches another state.
//! - From the host: `{type: "won-atlas:ping"}` (report the height again) and
//!   `{type: "won-atlas:set", theme?, lang?, accent?}`. Only the parent window is
//!   listened to, and only these exact shapes and values are acted on; anything else is
//!   dropped without a word, so a hostile page cannot make the frame fail or log.
//!
//! The page needs no answer from the host: it always fits its frame's height (the
//! stylesheet and `ui::views::frame` shrink the chart), and the height it reports is the
//! one at which its chart is drawn full size, so a sizer script or AMP that grants it
//! ends the shrinking, and a frame whose height nobody changes still shows everything.

use crate::i18n::Lang;
use crate::state::host::{read_host_message, HostRequest, Value, MAX_VALUE};
use crate::state::{Action, Chart, MapStyle, Route, View};
use crate::ui::views::FIT_MIN;
use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The height, in CSS px, at which a frame shows `route`'s embed without a scrollbar at
/// every width from 320 to 1280 px: the height the pasted code writes, which a host that
/// strips the sizer script keeps. Where the frame is narrow and the chart tall, the chart
/// is drawn smaller to fit: to no less than three quarters of its size at 390 px (a
/// phone), and no less than `FIT_MIN` at 320 px. Measured on the built page, in English
/// (Korean runs shorter); e2e/embed-host.test.mjs holds every view to it. A selected
/// record's panel opens under the chart and is not counted: in a fixed frame it is
/// reached by scrolling the frame.
pub fn frame_height(route: &Route) -> u32 {
    match route.view {
        View::Funding if route.chart == Chart::Split => 860,
        View::Funding if route.grouped => 980,
        View::Funding => 940,
        View::Regions if route.map == Some(MapStyle::Geographic) => 1120,
        View::Regions => 940,
        View::Timeline => 1490,
        View::Economy => 1420,
    }
}

/// The state a reader has reached, as the host hears it.
#[derive(Clone, Copy, PartialEq)]
pub struct Reached {
    /// The view shown.
    pub view: View,
    /// The selected record, if any.
    pub selected: Option<&'static str>,
    /// The language shown.
    pub lang: Lang,
    /// Whether the page is dark.
    pub dark: bool,
}

/// Posts `{key: value, …}` to the parent page. "*": the page does not know, and must not
/// need to know, who embeds it; nothing it posts is private.
fn post(fields: &[(&str, JsValue)]) {
    let msg = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&msg, &JsValue::from_str(k), v);
    }
    if let Ok(Some(parent)) = gloo::utils::window().parent() {
        let _ = parent.post_message(&msg, "*");
    }
}

/// The height the page needs to show everything with its charts full size: the bottom
/// of its footer, plus what the panel (or the view's section in it) holds below its own
/// bottom when even the smallest charts do not fit the frame, plus what each chart gave
/// up to fit (its wrap's `--natural` height less the height it has). It is the whole need at once, whatever
/// the frame's height, so a sizer or AMP sets the frame in one step; and the charts'
/// full heights, which the page may take back to fit.
fn needed_height() -> (f64, f64) {
    let doc = gloo::utils::document();
    let Ok(Some(foot)) = doc.query_selector(".embed-foot") else {
        let h = doc.document_element().map_or(0, |r| r.scroll_height());
        return (h as f64, 0.0);
    };
    let scrolled = gloo::utils::window().scroll_y().unwrap_or(0.0);
    let mut h = foot.get_bounding_client_rect().bottom() + scrolled;
    let mut charts = 0.0;
    // What overflows the panel, or the view's section inside it: with its charts at their
    // smallest, the section shrinks below its content and runs into what follows it
    // within the panel, which the panel's own overflow does not show. What overflows the
    // section and what overflows the panel are mostly the same content; the larger of the
    // two is what the page lacks.
    let overflow = |selector: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .map_or(0, |el| (el.scroll_height() - el.client_height()).max(0))
    };
    h += overflow("main.panel").max(overflow("main.panel > section")) as f64;
    if let Ok(wraps) = doc.query_selector_all(".chart-wrap[style]") {
        for i in 0..wraps.length() {
            let Some(el) = wraps
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            if let Some(n) = crate::ui::chart::natural_height(&el) {
                h += n - el.get_bounding_client_rect().height();
                charts += n;
            }
        }
    }
    (h.ceil(), charts)
}

/// Whether the page fits its frame, with its charts drawn smaller down to [`FIT_MIN`], or
/// grows (`data-embed-grow` on the root, styles/main.css). Returns the height it needs
/// (`needed_height`). A chart frame asks this before it measures the room its chart
/// fits, so that the chart is drawn once, at the size the page will keep.
pub fn fit_or_grow() -> f64 {
    let (height, charts) = needed_height();
    let least = height - (1.0 - FIT_MIN) * charts;
    let inner = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = if least > inner + 1.0 {
            root.set_attribute("data-embed-grow", "")
        } else {
            root.remove_attribute("data-embed-grow")
        };
    }
    height
}

/// Reports the height the page needs: to a sizer script every time (it may have
/// loaded after the frame), to AMP when it changes. When even the smallest charts leave
/// the page taller than its frame (a record's panel is open, or the frame is short), the
/// page grows ([`fit_or_grow`]): the frame scrolls, and nothing overlaps.
fn report_height(last: &std::cell::Cell<f64>) {
    let height = fit_or_grow();
    post(&[
        ("type", "won-atlas:height".into()),
        ("height", height.into()),
    ]);
    if height != last.replace(height) {
        post(&[
            ("sentinel", "amp".into()),
            ("type", "embed-size".into()),
            ("height", height.into()),
        ]);
    }
}

/// A string of at most [`MAX_VALUE`] units; a longer one is never converted.
fn short_string(v: &JsValue) -> Option<String> {
    v.dyn_ref::<JsString>()
        .filter(|s| s.length() <= MAX_VALUE)
        .map(String::from)
}

/// What a host's message asks for, if anything: its own keys and values, when it is an
/// object of at most four keys, read by `state::host`, which knows the shapes.
fn host_request(data: &JsValue) -> Option<HostRequest> {
    // An array, a typed array, a Map or a Date has no own keys but indices or none, so
    // `state::host` refuses it like any other unknown shape.
    let keys = Object::keys(data.dyn_ref::<Object>()?);
    if keys.length() > 4 {
        return None;
    }
    let mut owned = Vec::new();
    for key in keys.iter() {
        let value = Reflect::get(data, &key).ok()?;
        owned.push((short_string(&key)?, short_string(&value)));
    }
    let fields: Vec<(&str, Value)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_deref().map_or(Value::Other, Value::Str)))
        .collect();
    read_host_message(&fields)
}

/// The embed's side of the conversation with its host (see the module's doc), while
/// `active`: the height, the state `reached`, and the host's requests, which
/// `dispatch` applies without a reload.
#[hook]
pub fn use_embed_frame(active: bool, reached: Reached, dispatch: Callback<Action>) {
    use_effect_with(active, move |active| {
        let mut held = None;
        if *active {
            let last = std::rc::Rc::new(std::cell::Cell::new(0.0));
            let post_height = move || report_height(&last);
            post_height();
            let on_ping = post_height.clone();
            let messages =
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    // Only the page that embeds this one speaks for it: another frame on
                    // that page (an ad, say) cannot restyle it.
                    let parent = gloo::utils::window().parent().ok().flatten();
                    let from_parent = match (e.source(), parent) {
                        (Some(s), Some(p)) => JsValue::from(s) == JsValue::from(p),
                        _ => false,
                    };
                    if !from_parent {
                        return;
                    }
                    match host_request(&e.data()) {
                        Some(HostRequest::Ping) => on_ping(),
                        Some(HostRequest::Set(actions)) => {
                            for a in actions {
                                dispatch.emit(a);
                            }
                        }
                        None => {}
                    }
                });
            // Every chart draw, and the tables that follow the first, may change the
            // height, even while the frame is offscreen (where resize observations wait).
            let on_draw = post_height.clone();
            let on_complete = post_height.clone();
            let drawn = [
                gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "won-atlas:drawn",
                    move |_| on_draw(),
                ),
                gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "won-atlas:complete",
                    move |_| on_complete(),
                ),
            ];
            let callback = Closure::<dyn FnMut()>::new(post_height);
            if let Ok(ro) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                if let Some(body) = gloo::utils::document().body() {
                    ro.observe(&body);
                }
                held = Some((ro, callback, messages, drawn));
            }
        }
        move || {
            if let Some((ro, _callback, _messages, _drawn)) = held {
                ro.disconnect();
            }
        }
    });
    use_effect_with((active, reached), |(active, r)| {
        if *active {
            post(&[
                ("type", "won-atlas:state".into()),
                ("view", r.view.slug().into()),
                ("selection", r.selected.map_or(JsValue::NULL, JsValue::from)),
                ("lang", r.lang.code().into()),
                ("theme", if r.dark { "dark" } else { "light" }.into()),
            ]);
        }
    });
}
