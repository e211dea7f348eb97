//! The error panel's text, for the script in index.html that shows it when the wasm traps
//! (src/ui/panic.rs). The strings are the interface's `ErrorTitle`, `ErrorBody` and
//! `ErrorReload` in both languages; `seedcheck panel` prints them and the build
//! (`scripts/postbuild.mjs`) writes them into the script in place of `ERROR_PANEL_TEXT`,
//! so the strings table is their one source.

use atlas_model::strings::{Key, KO};

/// The placeholder in index.html's panel script that the build replaces.
pub const PLACEHOLDER: &str = "ERROR_PANEL_TEXT";

/// The panel's strings in the order the script reads them: title, body, reload link.
const KEYS: [Key; 3] = [Key::ErrorTitle, Key::ErrorBody, Key::ErrorReload];

/// A JavaScript object literal (JSON) mapping each language code to its three strings:
/// `{"en":["Something went wrong",…],"ko":[…]}`.
pub fn text() -> String {
    let en = KEYS.map(Key::en);
    let ko = KEYS.map(|k| KO[k as usize]);
    let mut map = serde_json::Map::new();
    map.insert("en".into(), en.to_vec().into());
    map.insert("ko".into(), ko.to_vec().into());
    serde_json::Value::Object(map).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_three_strings_in_the_script_s_order() {
        let v: serde_json::Value = serde_json::from_str(&text()).expect("JSON");
        assert_eq!(v["en"][0], "Something went wrong");
        assert_eq!(v["en"][2], "Reload");
        assert_eq!(v["ko"][0], "문제가 발생했습니다");
        assert_eq!(v["ko"][2], "새로 고침");
        for (lang, strings) in v.as_object().expect("an object") {
            assert_eq!(strings.as_array().map(Vec::len), Some(3), "{lang}");
        }
        assert_eq!(v["en"][1], Key::ErrorBody.en());
        assert_eq!(v["ko"][1], KO[Key::ErrorBody as usize]);
    }

    /// Inside an inline `<script>`, the text must not close the element.
    #[test]
    fn the_text_cannot_end_the_script_element() {
        assert!(!text().to_ascii_lowercase().contains("</"));
    }
}
