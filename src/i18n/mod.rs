//! Every user-visible string, in English and Korean, and the number formats.
//!
//! Strings with slots take whole sentences with numbered placeholders (`{0}`), so a
//! translation can put the slots where its grammar needs them; nothing is glued from
//! fragments. Money, numbers and dates are written by `atlas_model::format`, which the
//! build's page for readers without JavaScript shares; [`Lang`] is the language it writes in.

pub use atlas_model::format::{
    amount, amount_with, category_name, date, figure_value, fill, group_digits, money,
    money_at_least, money_range, percent_change, quantity, quantity_in_usd, step_kind_name,
    target_value, usd_range, whole, with_basis, ymd,
};
pub use atlas_model::strings::Key;
pub mod figure;

use crate::data::KO_UI;
use atlas_model::format::{Idiom, Language};
use atlas_model::{Ko, Text};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 code used in URLs and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language for a code; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The dataset text in this language. Korean comes from the Korean pack; before it
    /// has arrived (the app waits for it before it shows Korean) this falls back to English.
    pub fn pick(self, text: Text) -> &'static str {
        match self {
            Lang::En => text.en,
            Lang::Ko => {
                crate::data::korean::embedded();
                text.ko.get().unwrap_or(text.en)
            }
        }
    }

    /// Dataset texts in this language, comma-separated ("AI, data centres").
    pub fn join(self, texts: &[Text]) -> String {
        texts
            .iter()
            .map(|t| self.pick(*t))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The language's name in itself, for the language switch ("한국어" to every reader,
    /// so it is no translation and is kept in the app, not in the Korean pack).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// An interface string. The Korean ones are the Korean pack's last lines, from
    /// [`KO_UI`] on in key order; before the pack has arrived this falls back to English,
    /// as [`Lang::pick`] does.
    pub fn t(self, key: Key) -> &'static str {
        match self {
            Lang::En => key.en(),
            Lang::Ko => {
                crate::data::korean::embedded();
                Ko::at(KO_UI + key as u32).get().unwrap_or(key.en())
            }
        }
    }

    /// An interface sentence with its numbered slots filled.
    pub fn tf(self, key: Key, args: &[&str]) -> String {
        fill(self.t(key), args)
    }
}

/// The formats write English or Korean as the reader chose, with the Korean pack's strings.
/// Each method is inlined, so the formats call `Lang`'s own methods directly.
impl Language for Lang {
    #[inline(always)]
    fn idiom(self) -> Idiom {
        match self {
            Lang::En => Idiom::English,
            Lang::Ko => Idiom::Korean,
        }
    }

    #[inline(always)]
    fn t(self, key: Key) -> &'static str {
        Lang::t(self, key)
    }

    #[inline(always)]
    fn tf(self, key: Key, args: &[&str]) -> String {
        Lang::tf(self, key, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_lists_texts_in_one_language() {
        // A name (kept in the app) and a sentence (from the Korean pack).
        let p = &crate::data::DATASET.programmes[0];
        let goal = crate::data::PROGRAMME_TEXTS[0].goals[0].text;
        let texts = [p.name, goal];
        assert_eq!(Lang::En.join(&texts), format!("{}, {}", p.name.en, goal.en));
        assert!(crate::data::korean::ready());
        let (a, b) = (texts[0].ko.get().unwrap(), texts[1].ko.get().unwrap());
        assert!(b.chars().any(|c| ('가'..='힣').contains(&c)), "{b}");
        assert_eq!(Lang::Ko.join(&texts), format!("{a}, {b}"));
        assert_eq!(Lang::En.join(&[]), "");
    }

    #[test]
    fn every_key_has_both_languages_and_the_same_slots() {
        for key in Key::ALL {
            let en = Lang::En.t(*key);
            let ko = Lang::Ko.t(*key);
            assert!(!en.trim().is_empty(), "{key:?} has no English");
            // Korean has Hangul, or is a pattern of its own with no English word in it
            // ("{0}~{1}"), or is the same as the English ("{0}%").
            assert!(
                ko.chars().any(|c| ('가'..='힣').contains(&c))
                    || en == ko
                    || !ko.chars().any(|c| c.is_ascii_alphabetic()),
                "{key:?} has no Korean: {ko:?}"
            );
            for i in 0..5 {
                let slot = format!("{{{i}}}");
                assert_eq!(
                    en.contains(&slot),
                    ko.contains(&slot),
                    "{key:?}: slot {slot} differs"
                );
            }
        }
    }

    /// The Korean interface strings come from the pack's last lines, each key its own:
    /// the first, a middle and the last read back whole.
    #[test]
    fn korean_strings_are_read_from_the_pack_by_key() {
        assert!(crate::data::korean::ready());
        assert_eq!(Lang::Ko.t(Key::AppName), "원 아틀라스");
        assert_eq!(Lang::Ko.t(Key::Quarter), "{0}분기");
        assert_eq!(Lang::Ko.t(Key::DetailProgrammes), "관련 프로그램");
        assert_eq!(Lang::Ko.tf(Key::Quarter, &["3"]), "3분기");
        assert_eq!(Lang::En.t(Key::Quarter), "Q{0}");
        assert_eq!(Lang::Ko.endonym(), "한국어");
    }

    /// The formats write in the reader's language, Korean phrases from the Korean pack.
    #[test]
    fn formats_write_in_the_reader_s_language() {
        let m = atlas_model::Money {
            currency: atlas_model::Currency::Krw,
            eok: 12_800,
        };
        assert_eq!(money(Lang::En, m), "₩1.28 trillion");
        assert_eq!(money(Lang::Ko, m), "1조 2,800억 원");
        let a = atlas_model::Amount::InCore;
        assert_eq!(amount(Lang::Ko, a), Lang::Ko.t(Key::AmountInCore));
        assert_eq!(amount(Lang::Ko, a), "펀드 핵심 재원에 포함(금액 없음)");
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
