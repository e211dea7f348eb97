//! Brings the Korean pack (`data::korean`) to the page the first time Korean is wanted:
//! from the single-file build's inline copy, else fetched from beside index.html.
//!
//! Callers queue on one fetch, so a start, a language switch and an export asked for at
//! once cost one request. A failure reaches every caller as a sentence naming the file
//! and the reason; the page stays in English and keeps working.

use crate::data::korean::{accept, ready};
use crate::data::KO_FILE;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The id of the `<script type="text/plain">` in which the single-file build carries the
/// pack (scripts/single-file.mjs).
pub const INLINE_PACK: &str = "won-atlas-ko";

type Waiter = Box<dyn FnOnce(Result<(), String>)>;

thread_local! {
    /// Who waits for the fetch under way; `None` when none is.
    static WAITING: RefCell<Option<Vec<Waiter>>> = const { RefCell::new(None) };
    /// Why the fetch made before the app was mounted failed, for the app to say.
    static AT_START: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Brings the pack before `mount` for a Korean reader, remembering a failure for
/// [`failed_at_start`] instead of fetching again.
pub fn before_mount(mount: impl FnOnce() + 'static) {
    when_ready(|r| {
        if let Err(e) = r {
            AT_START.with(|f| *f.borrow_mut() = Some(e));
        }
        mount();
    });
}

/// The failure of the fetch [`before_mount`] made, once.
pub fn failed_at_start() -> Option<String> {
    AT_START.with(|f| f.borrow_mut().take())
}

/// Calls `then` once the Korean text is there (at once, if it is), or with the reason
/// it could not be had.
pub fn when_ready(then: impl FnOnce(Result<(), String>) + 'static) {
    if ready() {
        return then(Ok(()));
    }
    let first = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let first = w.is_none();
        w.get_or_insert_with(Vec::new).push(Box::new(then));
        first
    });
    if first {
        wasm_bindgen_futures::spawn_local(async {
            let result = bring().await;
            let waiting = WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default();
            for then in waiting {
                then(result.clone());
            }
        });
    }
}

/// The inline copy, or one fetch; then the fingerprint check.
async fn bring() -> Result<(), String> {
    let inline = gloo::utils::document()
        .get_element_by_id(INLINE_PACK)
        .and_then(|el| el.text_content());
    let pack = match inline {
        Some(text) => text,
        None => fetch().await?,
    };
    accept(pack).map_err(|e| e.to_string())
}

/// The text index.html's prefetch read (`window.wonAtlasKo`, made at once for a Korean
/// reader while the wasm downloads: a promise of the text, or of the HTTP status it failed
/// with), taken once; else a fetch of our own.
async fn fetch() -> Result<String, String> {
    let failed = |why: &str| format!("{KO_FILE} could not be fetched ({why})");
    let offline = "no connection, or the page forbids it";
    let window = gloo::utils::window();
    let key = wasm_bindgen::JsValue::from_str("wonAtlasKo");
    let prefetched = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(p) = prefetched {
        let _ = js_sys::Reflect::delete_property(&window, &key);
        return match JsFuture::from(p).await {
            Ok(text) => text.as_string().ok_or_else(|| failed("unreadable")),
            Err(e) => Err(failed(&match e.as_f64() {
                Some(status) => format!("HTTP {status}"),
                None => offline.into(),
            })),
        };
    }
    let response = JsFuture::from(window.fetch_with_str(KO_FILE))
        .await
        .map_err(|_| failed(offline))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let text = response.text().map_err(|_| failed("unreadable"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| failed("unreadable"))
}
