//! The dataset's Korean text: checked and installed when it arrives.
//!
//! The wasm carries the Korean names ([`KO_NAMES`], shown beside the English ones) but no
//! other Korean: not the dataset's sentences (most of an English reader's first load would
//! be Korean they never see), nor the interface's strings, which end the pack (`i18n::Lang::t`).
//! `build.rs` writes the rest as a pack, one text per line, which the build puts beside
//! the app as [`KO_FILE`] and the page fetches for a Korean reader (`ui::korean`). Native
//! builds and tests embed the same pack, so everything pure reads Korean as before.

use super::{KO_FILE, KO_FINGERPRINT, KO_NAMED, KO_NAMES};
use atlas_model::ko;
use std::fmt;

/// A pack that arrived and is not this build's: another build's (a stale cache), or a
/// host's error page served for a missing file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// The fingerprint of what arrived.
    pub found: u64,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{KO_FILE} is not this build's Korean text (fingerprint {:016x}, expected {KO_FINGERPRINT:016x})",
            self.found
        )
    }
}

/// Checks that `pack` is this build's Korean text (by its fingerprint, which covers every
/// byte) and, if so, installs it for good.
pub fn accept(pack: String) -> Result<(), PackError> {
    let found = ko::fingerprint(pack.as_bytes());
    if found != KO_FINGERPRINT {
        return Err(PackError { found });
    }
    names();
    if ko::lines() == KO_NAMED {
        ko::append(Box::leak(pack.into_boxed_str()));
    }
    Ok(())
}

/// The names' lines, first of all (once).
fn names() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| ko::install(KO_NAMES));
}

/// Whether all Korean text can be shown now, not only the names.
pub fn ready() -> bool {
    embedded();
    ko::lines() > KO_NAMED
}

/// Installs what the app embeds: the names; in native builds and tests, the pack too.
pub fn embedded() {
    names();
    #[cfg(not(target_arch = "wasm32"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let pack = include_str!(concat!(env!("OUT_DIR"), "/ko.txt"));
            accept(pack.to_owned()).expect("build.rs wrote this build's pack");
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn the_embedded_pack_gives_every_text_its_korean() {
        assert!(ready());
        let name = DATASET.initiative.name;
        let ko = name.ko.get().expect("installed");
        assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "{ko}");
        for p in DATASET.programmes {
            let ko = p.name.ko.get().expect("every line is there");
            assert!(!ko.is_empty() && ko != p.name.en, "{}", p.id);
        }
    }

    #[test]
    fn the_names_take_the_first_lines() {
        assert_eq!(KO_NAMES.split('\n').count(), KO_NAMED);
        assert!(ready());
        assert_eq!(atlas_model::Ko::at(0).get(), KO_NAMES.split('\n').next());
    }

    #[test]
    fn another_builds_pack_is_refused_by_name() {
        let e = accept("다른 빌드\n".into()).unwrap_err();
        assert_ne!(e.found, KO_FINGERPRINT);
        let msg = e.to_string();
        assert!(
            msg.starts_with(KO_FILE) && msg.contains("not this build's"),
            "{msg}"
        );
        // An HTML error page that a host serves for a missing file, likewise.
        let page = "<!DOCTYPE html><title>404</title>".to_owned();
        assert!(accept(page).is_err());
        // And the good pack is still the one installed.
        assert!(ready());
        assert_ne!(DATASET.initiative.name.ko.get(), Some("다른 빌드"));
    }
}
