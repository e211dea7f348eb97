//! Numbers with a fixed count of decimals ("12.5", "480") for CSS, SVG and CSV, and the
//! power of ten a number falls in ([`decade`], shared with the money formats).

pub use atlas_model::format::decade;

/// `v` rounded to `places` decimals, as `format!("{v:.places$}")` writes it, except that a
/// negative value that rounds to zero is written without its sign ("0.0", not "-0.0").
pub fn fixed(v: f64, places: u32) -> String {
    let s = format!("{v:.*}", places as usize);
    match s.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
        _ => s,
    }
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
                assert_eq!(fixed(v, places), want, "{v} to {places} places");
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
