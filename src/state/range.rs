//! The timeline's visible range, in fractional years: the default, the limits, zoom
//! and pan within them, and the whole months the route keeps it in.

/// The range the view opens on: 2024 to the end of 2030.
pub const DEFAULT_RANGE: (f64, f64) = (2024.0, 2031.0);
/// The widest range: the Bank of Korea's 2050 projections stay reachable.
pub const LIMITS: (f64, f64) = (2023.0, 2051.0);
/// Narrowest zoom: three months.
const MIN_SPAN: f64 = 0.25;

/// Zooms `range` by `factor` around `at`, within the limits.
pub fn zoom(range: (f64, f64), factor: f64, at: f64) -> (f64, f64) {
    let span = ((range.1 - range.0) * factor).clamp(MIN_SPAN, LIMITS.1 - LIMITS.0);
    let rel = ((at - range.0) / (range.1 - range.0)).clamp(0.0, 1.0);
    let start = at - rel * span;
    clamp_range((start, start + span))
}

/// Moves `range` by `by` years, within the limits.
pub fn pan(range: (f64, f64), by: f64) -> (f64, f64) {
    clamp_range((range.0 + by, range.1 + by))
}

fn clamp_range((a, b): (f64, f64)) -> (f64, f64) {
    let span = (b - a).min(LIMITS.1 - LIMITS.0);
    let a = a.clamp(LIMITS.0, LIMITS.1 - span);
    (a, a + span)
}

/// The visible range from the route (months since year 0), or the default.
pub fn from_months(r: Option<(u32, u32)>) -> (f64, f64) {
    r.map(|(a, b)| clamp_range((a as f64 / 12.0, b as f64 / 12.0)))
        .unwrap_or(DEFAULT_RANGE)
}

/// The range as the route keeps it: whole months, and nothing for the default.
pub fn to_months(r: (f64, f64)) -> Option<(u32, u32)> {
    let (a, b) = ((r.0 * 12.0).round() as u32, (r.1 * 12.0).round() as u32);
    let default = (
        (DEFAULT_RANGE.0 * 12.0) as u32,
        (DEFAULT_RANGE.1 * 12.0) as u32,
    );
    ((a, b) != default && b > a).then_some((a, b))
}

/// "2024–2030" / "2024~2030년": the whole years the range shows.
pub fn years_text(lang: crate::i18n::Lang, r: (f64, f64)) -> String {
    let (a, b) = (r.0.floor() as i64, (r.1 - 1e-9).floor() as i64);
    match lang {
        crate::i18n::Lang::En => format!("{a}–{b}"),
        crate::i18n::Lang::Ko => format!("{a}~{b}년"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn zoom_keeps_the_point_under_the_cursor_and_stays_in_limits() {
        let r = zoom(DEFAULT_RANGE, 0.5, 2025.0);
        assert!((r.1 - r.0 - 3.5).abs() < 1e-9);
        let rel_before = (2025.0 - DEFAULT_RANGE.0) / 7.0;
        let rel_after = (2025.0 - r.0) / (r.1 - r.0);
        assert!((rel_before - rel_after).abs() < 1e-9);
        let wide = zoom(DEFAULT_RANGE, 100.0, 2025.0);
        assert_eq!(wide, LIMITS);
        let narrow = zoom(DEFAULT_RANGE, 0.0001, 2025.0);
        assert!((narrow.1 - narrow.0 - MIN_SPAN).abs() < 1e-9);
    }

    #[test]
    fn ranges_survive_the_trip_through_months() {
        assert_eq!(to_months(DEFAULT_RANGE), None);
        assert_eq!(from_months(None), DEFAULT_RANGE);
        let r = zoom(DEFAULT_RANGE, 0.5, 2025.0);
        let back = from_months(to_months(r));
        assert!((back.0 - r.0).abs() <= 1.0 / 24.0 && (back.1 - r.1).abs() <= 1.0 / 24.0);
        assert_eq!(from_months(to_months(LIMITS)), LIMITS);
    }

    #[test]
    fn pan_stops_at_the_limits() {
        assert_eq!(pan(DEFAULT_RANGE, -100.0).0, LIMITS.0);
        assert_eq!(pan(DEFAULT_RANGE, 100.0).1, LIMITS.1);
        let r = pan(DEFAULT_RANGE, 1.0);
        assert_eq!(r, (2025.0, 2032.0));
    }

    #[test]
    fn the_years_shown_end_before_the_range_does() {
        assert_eq!(years_text(Lang::En, DEFAULT_RANGE), "2024–2030");
        assert_eq!(years_text(Lang::En, (2024.5, 2026.25)), "2024–2026");
        assert_eq!(years_text(Lang::Ko, DEFAULT_RANGE), "2024~2030년");
    }
}
