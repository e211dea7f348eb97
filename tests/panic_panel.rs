//! The error panel is drawn by a script in index.html (the release wasm traps on a panic
//! and runs no Rust hook; see src/ui/panic.rs). Its strings are the interface's, which the
//! build writes into that script; e2e/panic.test.mjs checks the built page in both
//! languages.

use won_atlas::i18n::{Key, Lang};

/// The inline script of index.html that shows the panel.
fn panel_script() -> String {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    html.split("<script>")
        .skip(1)
        .filter_map(|rest| rest.split("</script>").next())
        .find(|s| s.contains("WebAssembly.RuntimeError"))
        .expect("an inline script in index.html that handles WebAssembly.RuntimeError")
        .to_owned()
}

/// The strings table is the panel's one source: index.html's script holds the placeholder
/// the build fills (`seedcheck panel`, scripts/postbuild.mjs) and no copy of a string.
#[test]
fn panel_strings_come_from_the_strings_table_only() {
    let script = panel_script();
    assert!(
        script.contains("const text = 'ERROR_PANEL_TEXT';"),
        "index.html's error panel script should take its strings from the build:\n{script}"
    );
    assert!(script
        .contains("const [title, body, reload] = text[document.documentElement.lang] || text.en;"));
    for lang in Lang::ALL {
        for key in [Key::ErrorTitle, Key::ErrorBody, Key::ErrorReload] {
            let s = lang.t(key);
            assert!(
                !script.contains(s),
                "index.html repeats {key:?} ({}); the build writes it",
                lang.code()
            );
        }
    }
    let postbuild = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scripts/postbuild.mjs"
    ))
    .expect("scripts/postbuild.mjs");
    assert!(postbuild.contains("ERROR_PANEL_TEXT") && postbuild.contains("seedcheck('panel')"));
}

#[test]
fn panel_script_listens_for_traps_everywhere_they_surface() {
    let script = panel_script();
    // Event handlers and timers report an uncaught trap as `error`; promise jobs (futures)
    // as `unhandledrejection`.
    assert!(script.contains("addEventListener('error'"));
    assert!(script.contains("addEventListener('unhandledrejection'"));
    // Text only: a panic message must never become markup.
    assert!(!script.contains("innerHTML") && !script.contains("insertAdjacentHTML"));
}
