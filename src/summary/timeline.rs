//! The timeline's summary: how many entries the filters keep, how many fall in the
//! range shown, the first and last of them, and how many come from later reports.

use super::say;
use crate::data::timeline::{Entry, Mark};
use crate::i18n::{self, Lang};
use crate::state::range::years_text;

/// Whether `e` reaches into the range `r` (in fractional years).
fn in_range(e: &Entry, r: (f64, f64)) -> bool {
    e.when.start() < r.1 && e.when.end() >= r.0
}

/// The timeline's summary for the entries `shown` (after the lane and programme
/// filters) in the range `r`, each named by `name`, with the selected entry's name.
pub fn timeline(
    lang: Lang,
    shown: &[&Entry],
    r: (f64, f64),
    name: impl Fn(&Entry) -> String,
    selected: Option<&str>,
) -> String {
    let inside: Vec<&Entry> = shown.iter().copied().filter(|e| in_range(e, r)).collect();
    let mut out = say(
        lang,
        "Timeline of {0} milestones and later-report events in lanes by theme, showing {1}: {2} fall in that range and {3} outside it.",
        "이정표와 이후 보도 {0}건을 주제별로 나눠 배치한 타임라인으로, {1} 구간을 보여 줍니다. 이 구간에 {2}건, 구간 밖에 {3}건이 있습니다.",
        &[
            &shown.len().to_string(),
            &years_text(lang, r),
            &inside.len().to_string(),
            &(shown.len() - inside.len()).to_string(),
        ],
    );
    // The first and last to start in the range (a long span that began before it,
    // such as a projection to 2050, is counted in the range but named by neither).
    let starting: Vec<&Entry> = inside
        .iter()
        .copied()
        .filter(|e| e.when.start() >= r.0)
        .collect();
    let first = starting
        .iter()
        .min_by(|a, b| a.when.start().total_cmp(&b.when.start()));
    let last = starting
        .iter()
        .max_by(|a, b| a.when.start().total_cmp(&b.when.start()));
    if let (Some(&a), Some(&b)) = (first, last) {
        // Several entries may share the latest date (the report's 2030 deadlines): say so.
        let tied = starting
            .iter()
            .filter(|e| e.when.start() == b.when.start())
            .count();
        let (en, ko) = if tied > 1 {
            (
                "The earliest in range is {0} ({1}); the latest date, {3}, has {4} entries, among them {2}.",
                "구간 안에서 가장 이른 항목은 {0}({1})이고, 가장 늦은 {3}에는 {2} 등 {4}건이 있습니다.",
            )
        } else {
            (
                "The earliest in range is {0} ({1}); the latest is {2} ({3}).",
                "구간 안에서 가장 이른 항목은 {0}({1}), 가장 늦은 항목은 {2}({3})입니다.",
            )
        };
        out.push(' ');
        out.push_str(&say(
            lang,
            en,
            ko,
            &[
                &name(a),
                &i18n::date(lang, a.date),
                &name(b),
                &i18n::date(lang, b.date),
                &tied.to_string(),
            ],
        ));
    }
    let later = inside.iter().filter(|e| e.mark == Mark::Later).count();
    if later > 0 {
        out.push(' ');
        out.push_str(&say(
            lang,
            "{0} of them come from later reports, not the report, and are drawn in their own style.",
            "이 가운데 {0}건은 보고서가 아닌 이후 보도에서 나온 것으로, 따로 구분해 그렸습니다.",
            &[&later.to_string()],
        ));
    }
    super::selected(lang, &mut out, selected);
    out
}
