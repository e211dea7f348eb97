//! Label widths without a browser, so layout can decide natively what fits.
//!
//! Widths are estimated per character class from the proportions of common sans
//! faces and rounded up, so an estimate is never narrower than the drawn text: a
//! label that is said to fit, fits. Hangul and other wide scripts count a full em.

/// Estimated width in px of `s` at `size` px.
pub fn width(s: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
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
        })
        .sum();
    em * size * if bold { 1.08 } else { 1.0 }
}

/// Hangul, CJK and other characters drawn a full em wide.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF | 0x26A0)
}

/// `s` if it fits whole in `max` px. For figures: a cut-off number ("2027...") would
/// misread as another number, so a figure is shown whole or not at all.
pub fn fit_whole(s: &str, max: f64, size: f64, bold: bool) -> Option<String> {
    (width(s, size, bold) <= max).then(|| s.to_owned())
}

/// `s` as it fits in `max` px: whole, or cut at a word (or character) with "...";
/// `None` if not even a few characters fit.
pub fn fit(s: &str, max: f64, size: f64, bold: bool) -> Option<String> {
    if width(s, size, bold) <= max {
        return Some(s.to_owned());
    }
    let chars: Vec<char> = s.chars().collect();
    for n in (1..chars.len()).rev() {
        let head: String = chars[..n].iter().collect::<String>().trim_end().to_owned();
        // Prefer cutting at a space, unless that leaves too little.
        let candidate = match head.rfind(' ') {
            Some(sp) if sp >= head.len() / 2 && n < chars.len() && chars[n] != ' ' => {
                head[..sp].trim_end().to_owned()
            }
            _ => head,
        };
        if candidate.chars().count() < 3 {
            return None;
        }
        let out = format!("{candidate}...");
        if width(&out, size, bold) <= max {
            return Some(out);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_is_wider_than_latin() {
        assert!(width("국가성장펀드", 16.0, false) > width("National", 16.0, false));
        assert!(is_wide('한') && !is_wide('a'));
    }

    #[test]
    fn fitted_labels_never_exceed_their_room() {
        for label in [
            "AI infrastructure (GPUs, data centres)",
            "국가 AI 컴퓨팅 센터와 데이터 클러스터",
            "Sovereign AI",
        ] {
            for max in [20.0, 40.0, 80.0, 120.0, 400.0] {
                if let Some(f) = fit(label, max, 14.0, true) {
                    assert!(width(&f, 14.0, true) <= max, "{f:?} overflows {max}");
                }
            }
        }
    }

    #[test]
    fn figures_are_whole_or_absent() {
        assert_eq!(
            fit_whole("₩530 billion by 2027", 500.0, 13.0, false).as_deref(),
            Some("₩530 billion by 2027")
        );
        assert_eq!(fit_whole("₩530 billion by 2027", 60.0, 13.0, false), None);
    }

    #[test]
    fn labels_are_shortened_then_dropped() {
        assert_eq!(fit("Talent", 500.0, 14.0, false).as_deref(), Some("Talent"));
        let short = fit("Artificial intelligence infrastructure", 120.0, 14.0, false).unwrap();
        assert!(short.ends_with("...") && short.len() < 40, "{short}");
        assert_eq!(fit("Artificial intelligence", 5.0, 14.0, false), None);
    }
}
