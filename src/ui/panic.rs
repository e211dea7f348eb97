//! A panic shows a readable error panel instead of a blank or frozen page.
//!
//! The panel is drawn by a small script in index.html when the wasm traps (an uncaught
//! `WebAssembly.RuntimeError`), not from Rust: the release wasm is built with
//! `-Cpanic=immediate-abort` (scripts/build.sh), where a panic traps at once and runs no
//! hook. Builds with a panic hook (the dev server's) still pass the panic message to that
//! script, for the panel's detail, before they trap. The script shows text only, never
//! markup; its strings are i18n's ErrorTitle, ErrorBody and ErrorReload, which the build
//! writes into it (`seedcheck panel`, scripts/postbuild.mjs).

/// Lets the script in index.html show the panic message. Safe to call more than once.
pub fn install() {
    // Through yew, which otherwise installs its own console-only hook when it renders.
    #[cfg(not(panic = "immediate-abort"))]
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        if let Some(window) = web_sys::window() {
            // The global index.html's script reads for the detail.
            let _ = js_sys::Reflect::set(&window, &"wonAtlasPanic".into(), &detail.into());
        }
    }));
}

/// Panics on purpose, so the browser suite can check that a panic shows the error panel
/// (`window.wasmBindings.won_atlas_selftest_panic()`). Nothing in the app calls it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn won_atlas_selftest_panic() {
    panic!("self-test: a deliberate panic to check the error panel");
}
