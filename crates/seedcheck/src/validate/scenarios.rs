//! The `[[scenario]]` table: the scenarios later reporting gives behind a range of the
//! report. Each value must be written in the English text of the update it cites, so a
//! figure mistyped in the seeds fails the build instead of reaching the screen.

use super::{leak, what, Checker, Ctx, Kind};
use crate::raw::RawScenario;
use atlas_model::Scenario;
use toml::Spanned;

impl Checker {
    /// A scenario: its update exists, and its productivity and GDP changes are numbers
    /// that update's English text states.
    pub(super) fn scenario(&self, cx: &mut Ctx, g: &Spanned<RawScenario>) -> Scenario {
        let r = g.get_ref();
        let id = r.id.get_ref().as_str();
        let w = |field: &str| what("scenario", id, field);
        let update = self.one_ref(cx, &w("update"), &r.update, &[Kind::Update]);
        let says = self.update_says.get(r.update.get_ref());
        for (field, v) in [("productivity", &r.productivity), ("gdp", &r.gdp)] {
            let n = *v.get_ref();
            if !n.is_finite() {
                cx.err(v.span(), &w(field), "not a finite number".into());
                continue;
            }
            if let Some(text) = says.filter(|t| !states_number(t, n)) {
                cx.err(
                    v.span(),
                    &w(field),
                    format!(
                        "{} is not stated in update {:?}, whose English text reads {text:?}",
                        abs_text(n),
                        r.update.get_ref()
                    ),
                );
            }
        }
        Scenario {
            id: leak(id),
            label: self.text(cx, g.span(), &w("label"), &r.label),
            productivity: *r.productivity.get_ref(),
            gdp: *r.gdp.get_ref(),
            period: self.text(cx, g.span(), &w("period"), &r.period),
            figures: self.refs(cx, &w("figures"), &r.figures, &[Kind::Figure]),
            update,
        }
    }
}

/// A number as a text writes its size: 8.4 → "8.4", -16.5 → "16.5", 12.0 → "12".
fn abs_text(n: f64) -> String {
    format!("{}", n.abs())
}

/// Whether `text` writes the size of `n` as a number of its own: "8.4" is in "+8.4 /" but
/// not in "18.4" or "8.45".
fn states_number(text: &str, n: f64) -> bool {
    let want = abs_text(n);
    let b = text.as_bytes();
    let part = |c: u8| c.is_ascii_digit() || c == b'.' || c == b',';
    text.match_indices(&want).any(|(i, _)| {
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + want.len()).copied();
        let after_next = b.get(i + want.len() + 1).copied();
        let ends = match after {
            None => true,
            // A full stop or comma ending a sentence or a list still ends the number.
            Some(b'.' | b',') => !after_next.is_some_and(|c| c.is_ascii_digit()),
            Some(c) => !part(c),
        };
        !before.is_some_and(part) && ends
    })
}

#[cfg(test)]
mod tests {
    use super::states_number;

    #[test]
    fn numbers_match_whole_tokens_only() {
        let t = "productivity +1.1 / 2.1 / 3.2% and GDP +8.4 / 4.2 / 12.6% within ten years.";
        assert!(states_number(t, 1.1));
        assert!(states_number(t, 12.6));
        assert!(states_number(t, 4.2));
        assert!(!states_number(t, 2.6), "inside 12.6");
        assert!(!states_number(t, 8.0));
        assert!(!states_number(t, 3.0));
        assert!(states_number("it fell 5.", -5.0));
        assert!(!states_number("it fell 5.5", 5.0));
    }
}
