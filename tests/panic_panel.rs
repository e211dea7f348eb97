//! The error panel is drawn by a script in index.html (the release wasm traps on a panic
//! and runs no Rust hook; see src/ui/panic.rs), so its strings live there as well as in
//! src/i18n. This holds the two to the same text, in both languages.

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

#[test]
fn panel_strings_are_the_i18n_strings() {
    let script = panel_script();
    for lang in Lang::ALL {
        let strings = [Key::ErrorTitle, Key::ErrorBody, Key::ErrorReload].map(|k| lang.t(k));
        for s in strings {
            assert!(
                !s.contains(['"', '\\']),
                "{s} would need escaping in the script"
            );
        }
        let entry = format!(
            "\"{}\": [\"{}\", \"{}\", \"{}\"]",
            lang.code(),
            strings[0],
            strings[1],
            strings[2]
        );
        assert!(
            script.contains(&entry),
            "index.html's error panel script should carry, for {}:\n{entry}",
            lang.code()
        );
    }
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
