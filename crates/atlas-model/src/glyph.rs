//! How wide text is drawn, estimated per character class without a browser: the app's
//! layout decides with it what fits, and the validator holds the timeline's short labels
//! to a width that layout draws whole.
//!
//! Widths come from the proportions of common sans faces, rounded up, so an estimate is
//! never narrower than the drawn text. Hangul and other wide scripts count a full em.

/// The estimated width of one character, in em.
pub fn em(c: char) -> f64 {
    match c {
        ' ' => 0.30,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' => 0.42,
        'm' | 'w' => 0.92,
        'M' | 'W' => 1.0,
        '0'..='9' => 0.60,
        'a'..='z' => 0.60,
        'A'..='Z' => 0.74,
        '₩' | '$' | '€' | '%' | '&' | '@' => 0.82,
        '–' | '—' | '…' | '×' | '+' => 0.72,
        c if is_wide(c) => 1.02,
        _ => 0.80,
    }
}

/// Hangul, CJK and other characters drawn a full em wide.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF | 0x26A0)
}

/// The estimated width of `s` in em.
pub fn width_em(s: &str) -> f64 {
    s.chars().map(em).sum()
}
