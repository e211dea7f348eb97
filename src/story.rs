//! The briefing story's text with its placeholders filled from the dataset, so a slide
//! never carries a figure of its own.

use crate::data::{programme, Amount, DATASET};
use crate::i18n::{self, Lang};
use crate::state::{to_hash, Route};

/// A headline amount as the header and the slides write it (the sum as stated, without
/// its period).
pub fn headline(lang: Lang, a: Amount) -> String {
    match a {
        Amount::Stated { quantity, .. } => i18n::quantity(lang, quantity),
        other => i18n::amount(lang, other),
    }
}

/// `text` with `{total}`, `{usd}`, `{projects}`, `{ai_projects}`,
/// `{innovation_projects}`, `{conflicts}`, `{updates}` and `{amount:<id>}` filled in.
/// seedcheck refuses any other placeholder at build time; one that still slips through
/// is left visible rather than hidden.
pub fn fill(lang: Lang, text: &str) -> String {
    let init = &DATASET.initiative;
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + len];
        let value = match name.split_once(':') {
            Some(("amount", id)) => programme(id)
                .and_then(|p| p.amounts.first())
                .map(|a| i18n::amount(lang, a.amount)),
            _ => match name {
                "total" => Some(headline(lang, init.total.amount)),
                "usd" => Some(headline(lang, init.usd.amount)),
                "projects" => Some(init.projects.to_string()),
                "ai_projects" => Some(init.ai_projects.to_string()),
                "innovation_projects" => Some(init.innovation_projects.to_string()),
                "conflicts" => Some(
                    crate::data::CONFLICTS
                        .iter()
                        .filter(|c| c.kind == crate::data::ConflictKind::Contradiction)
                        .count()
                        .to_string(),
                ),
                "updates" => Some(crate::data::UPDATES.len().to_string()),
                _ => None,
            },
        };
        match value {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[open..open + len + 1]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The link a slide's QR code carries: the page at `base` (its address without the hash)
/// showing the slide's view in the slide's state (`shown`), in `lang`, without the
/// briefing's own parts (the slide, the presenter window, high contrast), so a phone in
/// the audience opens the same view as an ordinary page.
pub fn permalink(base: &str, shown: &Route, lang: Lang) -> String {
    let route = Route {
        slide: None,
        presenter: false,
        contrast: false,
        lang: Some(lang),
        ..shown.clone()
    };
    format!("{base}{}", to_hash(&route))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::parse_hash;

    #[test]
    fn every_slide_fills_completely_in_both_languages() {
        assert!(
            crate::data::SLIDES.len() >= 5,
            "the default story has its five parts"
        );
        for s in crate::data::SLIDES {
            for lang in Lang::ALL {
                for t in std::iter::once(&s.title).chain(s.lines.iter()) {
                    let filled = fill(lang, lang.pick(*t));
                    assert!(
                        !filled.contains('{') && !filled.contains('}'),
                        "{}: {filled}",
                        s.id
                    );
                }
            }
            let p = parse_hash(s.state);
            assert!(
                p.ignored.is_empty(),
                "{}: the app ignores {:?}",
                s.id,
                p.ignored
            );
        }
    }

    #[test]
    fn placeholders_take_the_dataset_figures() {
        let init = &DATASET.initiative;
        assert_eq!(
            fill(Lang::En, "{projects} projects"),
            format!("{} projects", init.projects)
        );
        let total = fill(Lang::Ko, "{total}");
        assert!(total.contains('조'), "{total}");
        let p = &DATASET.programmes[1];
        assert_eq!(
            fill(Lang::En, &format!("{{amount:{}}}", p.id)),
            i18n::amount(Lang::En, p.amounts[0].amount)
        );
        assert_eq!(fill(Lang::En, "{nope} stays"), "{nope} stays");
    }
}
