//! The written forms of money and dates, and the rules they must follow.
//!
//! Each parser returns a message a person can act on: it says what was wrong and shows
//! the form that works.

use atlas_model::{DateSpec, Ymd};

/// Parses `"16T"`, `"0.53T"`, `"530B"`, `"62.7B"` into whole 억 (10^8 units).
pub fn parse_money(text: &str) -> Result<u64, String> {
    let hint = "write digits then T (trillion) or B (billion), e.g. \"16T\", \"0.53T\", \"62.7B\"";
    let (digits, shift) = match text.strip_suffix('T') {
        Some(d) => (d, 4), // 1 trillion = 10^12 = 10^4 억
        None => match text.strip_suffix('B') {
            Some(d) => (d, 1), // 1 billion = 10^9 = 10^1 억
            None => return Err(format!("{text:?} is not an amount; {hint}")),
        },
    };
    if digits.starts_with('-') {
        return Err(format!("{text:?} is negative; amounts are positive sums"));
    }
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(frac) || digits.ends_with('.') {
        return Err(format!("{text:?} is not an amount; {hint}"));
    }
    if frac.len() > shift && frac[shift..].bytes().any(|b| b != b'0') {
        return Err(format!(
            "{text:?} is finer than ₩100 million (1억); amounts must be whole 억"
        ));
    }
    let mut frac_padded: String = frac.chars().take(shift).collect();
    while frac_padded.len() < shift {
        frac_padded.push('0');
    }
    let value: u64 = format!("{whole}{frac_padded}")
        .parse()
        .map_err(|_| format!("{text:?} is too large"))?;
    if value == 0 {
        return Err(format!(
            "{text:?} is zero; an unknown amount is kind = \"not_stated\", never zero"
        ));
    }
    Ok(value)
}

/// Parses a won amount as later reporting writes it in English, `"₩30 trillion"` or
/// `"₩530 billion"`, into whole 억.
pub fn parse_won_words(text: &str) -> Result<u64, String> {
    let hint = "write ₩, digits, then \" trillion\" or \" billion\", e.g. \"₩20.9 trillion\"";
    let digits = text
        .strip_prefix('₩')
        .ok_or_else(|| format!("{text:?} does not start with ₩; {hint}"))?;
    let short = match (
        digits.strip_suffix(" trillion"),
        digits.strip_suffix(" billion"),
    ) {
        (Some(d), _) => format!("{d}T"),
        (_, Some(d)) => format!("{d}B"),
        _ => return Err(format!("{text:?} is not an amount; {hint}")),
    };
    parse_money(&short).map_err(|e| format!("{text:?}: {e}"))
}

/// Parses `"2025"`, `"2025-08"`, `"2024-12-26"` or a span `"2024-10/2025"`.
pub fn parse_date(text: &str) -> Result<DateSpec, String> {
    match text.split_once('/') {
        Some((a, b)) => {
            let start = parse_ymd(a)?;
            let end = parse_ymd(b)?;
            if end_key(&end) <= start_key(&start) {
                return Err(format!("span {text:?} ends before it starts"));
            }
            Ok(DateSpec {
                start,
                end: Some(end),
            })
        }
        None => Ok(DateSpec {
            start: parse_ymd(text)?,
            end: None,
        }),
    }
}

/// The earliest day a date can mean.
fn start_key(d: &Ymd) -> (u16, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

/// The latest day a date can mean.
fn end_key(d: &Ymd) -> (u16, u8, u8) {
    (d.year, d.month.unwrap_or(12), d.day.unwrap_or(31))
}

fn parse_ymd(text: &str) -> Result<Ymd, String> {
    let hint = "write \"2025\", \"2025-08\" or \"2025-08-04\"";
    let parts: Vec<&str> = text.split('-').collect();
    let num = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let bad = || format!("{text:?} is not a date; {hint}");
    let year = num(parts[0], 4).ok_or_else(bad)?;
    if !(2000..=2100).contains(&year) {
        return Err(format!("year {year} is outside 2000–2100"));
    }
    let month = match parts.get(1) {
        Some(m) => Some(num(m, 2).ok_or_else(bad)?),
        None => None,
    };
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return Err(format!("{text:?} has month {m}; months run 01–12"));
        }
    }
    let day = match parts.get(2) {
        Some(d) => Some(num(d, 2).ok_or_else(bad)?),
        None => None,
    };
    if parts.len() > 3 {
        return Err(bad());
    }
    if let (Some(m), Some(d)) = (month, day) {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if d == 0 || d > days {
            return Err(format!("{text:?} has day {d}; that month has {days} days"));
        }
    }
    Ok(Ymd {
        year: year as u16,
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
    })
}

/// Whether an id has the allowed form: lowercase ASCII, digits and `-`, or an ISO 3166-2 code.
pub fn valid_id(id: &str) -> bool {
    let kebab = !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let iso = id.len() > 3
        && id.as_bytes()[2] == b'-'
        && id[..2].bytes().all(|b| b.is_ascii_uppercase())
        && id[3..].bytes().all(|b| b.is_ascii_alphanumeric());
    kebab || iso
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_forms_convert_exactly_to_eok() {
        assert_eq!(parse_money("100T"), Ok(1_000_000));
        assert_eq!(parse_money("16T"), Ok(160_000));
        assert_eq!(parse_money("0.53T"), Ok(5_300));
        assert_eq!(parse_money("1.28T"), Ok(12_800));
        assert_eq!(parse_money("530B"), Ok(5_300));
        assert_eq!(parse_money("62.7B"), Ok(627));
        assert_eq!(parse_money("94.6B"), Ok(946));
        assert_eq!(parse_money("0.10T"), Ok(1_000));
    }

    #[test]
    fn won_words_convert_like_the_short_forms() {
        assert_eq!(parse_won_words("₩20.9 trillion"), parse_money("20.9T"));
        assert_eq!(parse_won_words("₩150 trillion"), Ok(1_500_000));
        assert_eq!(parse_won_words("₩530 billion"), Ok(5_300));
        assert!(parse_won_words("20.9 trillion").unwrap_err().contains("₩"));
        assert!(parse_won_words("₩20.9T").unwrap_err().contains("trillion"));
    }

    #[test]
    fn money_rejects_bad_forms_with_a_hint() {
        for bad in ["16", "16 T", "T", ".5T", "5.T", "1,000B", "16t", "abc"] {
            let err = parse_money(bad).unwrap_err();
            assert!(err.contains("not an amount"), "{bad}: {err}");
        }
        assert!(parse_money("-1T").unwrap_err().contains("negative"));
        assert!(parse_money("0T").unwrap_err().contains("not_stated"));
        assert!(parse_money("0.05B").unwrap_err().contains("whole 억"));
    }

    #[test]
    fn dates_keep_their_precision() {
        let d = parse_date("2025-08").unwrap();
        assert_eq!(
            (d.start.year, d.start.month, d.start.day),
            (2025, Some(8), None)
        );
        assert!(d.end.is_none());
        let y = parse_date("2025").unwrap();
        assert_eq!(y.start.month, None);
        let span = parse_date("2024-10/2025").unwrap();
        assert_eq!(span.start.month, Some(10));
        assert_eq!(span.end.unwrap().year, 2025);
    }

    #[test]
    fn bad_dates_are_refused() {
        assert!(parse_date("2025-13").unwrap_err().contains("month 13"));
        assert!(parse_date("2025-02-30").unwrap_err().contains("28 days"));
        assert!(parse_date("2024-02-29").is_ok());
        assert!(parse_date("August 2025")
            .unwrap_err()
            .contains("not a date"));
        assert!(parse_date("1999").unwrap_err().contains("outside"));
        assert!(parse_date("2025/2024").unwrap_err().contains("ends before"));
        assert!(parse_date("2025-8").is_err());
    }

    #[test]
    fn ids_are_kebab_or_iso_codes() {
        assert!(valid_id("ai-infrastructure"));
        assert!(valid_id("KR-11"));
        assert!(!valid_id("AI Infra"));
        assert!(!valid_id("ai_infra"));
        assert!(!valid_id("-x"));
        assert!(!valid_id(""));
    }
}
