//! The Korean renderings of the provenance phrases (`[[quote]]`, in `quotes-ko.toml`):
//! one for every phrase a source quotes, none for a phrase no source quotes, so a Korean
//! reader never meets an English quote without its translation.

use super::{line_of, Error, SeedText};
use atlas_model::Ko;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};

/// Every rendering by its English phrase, with where it stands; the phrases sources have
/// asked for so far.
#[derive(Default)]
pub(super) struct Quotes {
    by_en: BTreeMap<String, (Ko, String, u32)>,
    used: RefCell<HashSet<String>>,
}

impl Quotes {
    /// Reads every `[[quote]]`, adding an error for an empty or multi-line rendering and
    /// for a phrase rendered twice.
    pub(super) fn collect(files: &[SeedText], errors: &mut Vec<Error>) -> Quotes {
        let mut q = Quotes::default();
        for f in files {
            for r in &f.seeds.quote {
                let raw = r.get_ref();
                let (en, ko) = (raw.en.get_ref(), raw.ko.get_ref());
                let line = line_of(&f.text, raw.en.span().start);
                let mut err = |field: &str, message: String| {
                    errors.push(Error {
                        file: f.name.clone(),
                        line,
                        what: format!("quote {en:?}, field `{field}`"),
                        message,
                    })
                };
                if ko.trim().is_empty() {
                    err("ko", "the Korean rendering is empty".into());
                } else if ko.contains(['\n', '\r']) {
                    err(
                        "ko",
                        "the Korean rendering has a line break; write it on one line".into(),
                    );
                }
                if let Some((_, file, first)) = q.by_en.get(en.as_str()) {
                    err(
                        "en",
                        format!("this phrase is already rendered at {file}:{first}"),
                    );
                    continue;
                }
                let ko = Ko::new(super::leak(ko));
                q.by_en.insert(en.clone(), (ko, f.name.clone(), line));
            }
        }
        q
    }

    /// The rendering of `en`, marking it as used; `None` when there is none.
    pub(super) fn of(&self, en: &str) -> Option<Ko> {
        let (ko, _, _) = self.by_en.get(en)?;
        self.used.borrow_mut().insert(en.to_owned());
        Some(*ko)
    }

    /// An error for every rendering no source asked for (a phrase changed or removed).
    pub(super) fn unused(&self, errors: &mut Vec<Error>) {
        let used = self.used.borrow();
        for (en, (_, file, line)) in &self.by_en {
            if !used.contains(en) {
                errors.push(Error {
                    file: file.clone(),
                    line: *line,
                    what: format!("quote {en:?}, field `en`"),
                    message: "no source quotes this phrase; remove the rendering, or copy the phrase exactly as a source quotes it".into(),
                });
            }
        }
    }
}
