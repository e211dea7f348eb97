//! Numbers with a fixed count of decimals ("12.5", "480") for CSS, SVG and CSV, written
//! with the integer formatter, and the power of ten a number falls in ([`decade`], shared
//! with the money formats). Formatting an `f64`
//! with a precision (`{:.2}`) links float formatting's exact-digits code into the wasm
//! (issue 11), and none of these needs it.

pub use atlas_model::format::decade;

/// `v` rounded to `places` decimals (at most 6, ties to even), written as
/// `format!("{v:.places$}")` writes it, except that a negative value that rounds to zero
/// is written without its sign. The scaling can move a value within a rounding error of a
/// tie to the other side of it, so the last digit may differ from `{:.N}`'s there.
pub fn fixed(v: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let n = (v.abs() * scale as f64).round_ties_even() as u64;
    let sign = if v < 0.0 && n != 0 { "-" } else { "" };
    if places == 0 {
        return format!("{sign}{n}");
    }
    let (whole, frac) = (n / scale, n % scale);
    format!("{sign}{whole}.{frac:0width$}", width = places as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::timeline::{at_day, entries};

    #[test]
    fn writes_what_the_float_formatter_writes() {
        // Every year fraction the timeline CSV writes, and a day-by-day sweep.
        let mut values: Vec<f64> = entries()
            .iter()
            .flat_map(|e| [e.when.start(), e.when.end()])
            .collect();
        for y in 2024..=2031 {
            for m in 1..=12 {
                values.extend((1..=28).map(|d| at_day(y, m, d)));
            }
        }
        // Canvas and SVG coordinates, percentages, either sign.
        values.extend((-3000..3000).map(|i| i as f64 * 0.7331));
        for v in values {
            for places in 0..=4 {
                let want = format!("{:.*}", places as usize, v);
                let want = if want.trim_start_matches(['-', '0', '.']).is_empty() {
                    want.trim_start_matches('-').to_owned()
                } else {
                    want
                };
                let got = fixed(v, places);
                // Only where the scaled value lands within a rounding error of a tie.
                let scaled = v.abs() * 10f64.powi(places as i32);
                let near_tie = (scaled.fract() - 0.5).abs() < 1e-6;
                assert!(
                    got == want || near_tie,
                    "{v} to {places} places: {got} {want}"
                );
            }
        }
    }

    #[test]
    fn examples() {
        assert_eq!(fixed(2030.0, 4), "2030.0000");
        assert_eq!(fixed(2024.99996, 4), "2025.0000");
        assert_eq!(fixed(12.345, 0), "12");
        assert_eq!(fixed(-7.25, 1), "-7.2");
        assert_eq!(fixed(2024.5, 0), "2024");
        assert_eq!(fixed(-0.2, 0), "0");
        assert_eq!(fixed(0.05, 2), "0.05");
    }
}
