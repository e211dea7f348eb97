//! The economy view's summary: the report's figures by family, the Bank of Korea
//! scenarios from later reporting and the span of their GDP changes, and how many
//! figures are ranges or ceilings.

use super::say;
use crate::data::{FIGURES, SCENARIOS};
use crate::i18n::Lang;
use atlas_model::{FigureGroup, FigureValue};

/// A percentage as the summary writes it: the dataset's value, then "%".
fn pct(x: f64) -> String {
    format!("{x}%")
}

/// The economy charts' summary, with the selected figure's name.
pub fn economy(lang: Lang, selected: Option<&str>) -> String {
    let group = |g: FigureGroup| FIGURES.iter().filter(|f| f.group == g).count();
    let mut out = say(
        lang,
        "Charts of {0} economic figures from the report ({1} Bank of Korea projections, {2} shares of jobs, {3} figures of context) and {4} Bank of Korea scenarios from later reporting.",
        "보고서의 경제 수치 {0}개(한국은행 전망 {1}개, 일자리 비중 {2}개, 참고 수치 {3}개)와 이후 보도에 나온 한국은행 시나리오 {4}개를 나타낸 차트입니다.",
        &[
            &FIGURES.len().to_string(),
            &group(FigureGroup::BokProjection).to_string(),
            &group(FigureGroup::LabourShare).to_string(),
            &group(FigureGroup::Context).to_string(),
            &SCENARIOS.len().to_string(),
        ],
    );
    let gdp = SCENARIOS.iter().map(|s| s.gdp);
    let lo = gdp.clone().fold(f64::INFINITY, f64::min);
    let hi = gdp.fold(f64::NEG_INFINITY, f64::max);
    if lo.is_finite() {
        out.push(' ');
        let period = SCENARIOS
            .first()
            .map(|s| lang.pick(s.period))
            .unwrap_or_default();
        // Korean writes the unit once in a range: 4.2~12.6%.
        let low = pct(lo);
        let low = match lang {
            Lang::Ko => low.strip_suffix('%').unwrap_or(&low).to_owned(),
            Lang::En => low,
        };
        out.push_str(&say(
            lang,
            "The scenarios’ GDP change, {2}, runs from {0} to {1}.",
            "시나리오별 GDP 변화는 {2} {0}~{1}입니다.",
            &[&low, &pct(hi), period],
        ));
    }
    let count = |f: fn(&FigureValue) -> bool| FIGURES.iter().filter(|x| f(&x.value)).count();
    let ranges = count(|v| matches!(v, FigureValue::Range { .. }));
    let ceilings = count(|v| matches!(v, FigureValue::UpTo { .. }));
    if ranges + ceilings > 0 {
        out.push(' ');
        out.push_str(&say(
            lang,
            "Among the report’s figures, ranges: {0}; “up to” ceilings: {1}.",
            "보고서 수치 가운데 범위로 적힌 것은 {0}개, ‘최대’로 적힌 상한은 {1}개입니다.",
            &[&ranges.to_string(), &ceilings.to_string()],
        ));
    }
    super::selected(lang, &mut out, selected);
    out
}
