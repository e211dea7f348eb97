//! A panic shows a readable error panel instead of a blank or frozen page.
//!
//! The panel is built with plain DOM calls (no yew: yew may be what panicked) and
//! fills in text only, never markup, so a panic message cannot inject HTML.

use crate::i18n::{Key, Lang};

/// Installs the hook. Safe to call more than once.
pub fn install() {
    // Through yew, which otherwise installs its own console-only hook when it renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        show(&detail);
    }));
}

/// The page's language, read from `<html lang>`, which the app keeps current.
fn page_lang(doc: &web_sys::Document) -> Lang {
    doc.document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default()
}

fn show(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = page_lang(&doc);
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("error-panel").is_some() {
        return; // one panel is enough; the first panic is the one that matters
    }
    let build = || -> Option<web_sys::Element> {
        let panel = doc.create_element("section").ok()?;
        panel.set_id("error-panel");
        panel.set_attribute("role", "alert").ok()?;
        panel.set_attribute("data-testid", "error-panel").ok()?;
        panel.set_class_name("error-panel");
        let h = doc.create_element("h2").ok()?;
        h.set_text_content(Some(lang.t(Key::ErrorTitle)));
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(lang.t(Key::ErrorBody)));
        let pre = doc.create_element("pre").ok()?;
        pre.set_text_content(Some(detail));
        let a = doc.create_element("a").ok()?;
        a.set_attribute("href", "").ok()?;
        a.set_text_content(Some(lang.t(Key::ErrorReload)));
        for child in [&h, &p, &pre, &a] {
            panel.append_child(child).ok()?;
        }
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = body.insert_before(&panel, body.first_child().as_ref());
    }
}

/// Panics on purpose, so the browser suite can check that a panic shows the error panel
/// (`window.wasmBindings.won_atlas_selftest_panic()`). Nothing in the app calls it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn won_atlas_selftest_panic() {
    panic!("self-test: a deliberate panic to check the error panel");
}
