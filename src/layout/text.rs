//! Label widths without a browser, so layout can decide natively what fits.
//!
//! Widths are estimated per character class from the proportions of common sans
//! faces and rounded up, so an estimate is never narrower than the drawn text: a
//! label that is said to fit, fits. Hangul and other wide scripts count a full em.

/// Estimated width in px of `s` at `size` px.
pub fn width(s: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = s.chars().map(em).sum();
    scaled(em, size, bold)
}

/// A width in em at `size` px, bold text a little wider.
fn scaled(em: f64, size: f64, bold: bool) -> f64 {
    em * size * if bold { 1.08 } else { 1.0 }
}

/// The estimated width of one character, in em.
fn em(c: char) -> f64 {
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

/// `s` if it fits whole in `max` px. For figures: a cut-off number ("2027...") would
/// misread as another number, so a figure is shown whole or not at all.
pub fn fit_whole(s: &str, max: f64, size: f64, bold: bool) -> Option<String> {
    (width(s, size, bold) <= max).then(|| s.to_owned())
}

/// `s` as it fits in `max` px: whole, or cut at a word (or character) with "...";
/// `None` if not even a few characters fit.
///
/// Tries ever shorter heads of `s`, longest first. Each head's width comes from running
/// sums taken once (the same additions, in the same order, as [`width`] makes), so a
/// long label in a narrow lane costs one pass instead of one pass per character: the
/// timeline fits a few hundred labels on every redraw.
pub fn fit(s: &str, max: f64, size: f64, bold: bool) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    // ems[k]: the width in em of chars[..k]; bytes[k]: its length in bytes;
    // space[k]: where the last ' ' in chars[..k] is.
    let (mut ems, mut bytes, mut space) = (vec![-0.0f64], vec![0usize], vec![None]);
    for (i, c) in chars.iter().enumerate() {
        ems.push(ems[i] + em(*c));
        bytes.push(bytes[i] + c.len_utf8());
        space.push(if *c == ' ' { Some(i) } else { space[i] });
    }
    if scaled(ems[chars.len()], size, bold) <= max {
        return Some(s.to_owned());
    }
    // The length of chars[..k] without its trailing whitespace (str::trim_end).
    let trimmed = |mut k: usize| {
        while k > 0 && chars[k - 1].is_whitespace() {
            k -= 1;
        }
        k
    };
    let dots = em('.');
    for n in (1..chars.len()).rev() {
        let head = trimmed(n);
        // Prefer cutting at a space, unless that leaves too little.
        let cut = match space[head] {
            Some(sp) if bytes[sp] >= bytes[head] / 2 && n < chars.len() && chars[n] != ' ' => {
                trimmed(sp)
            }
            _ => head,
        };
        if cut < 3 {
            return None;
        }
        if scaled(ems[cut] + dots + dots + dots, size, bold) <= max {
            let mut out: String = chars[..cut].iter().collect();
            out.push_str("...");
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
        assert!(width("국민성장펀드", 16.0, false) > width("National", 16.0, false));
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

    /// `fit` as it was first written: every head built as a string and measured whole.
    fn fit_by_strings(s: &str, max: f64, size: f64, bold: bool) -> Option<String> {
        if width(s, size, bold) <= max {
            return Some(s.to_owned());
        }
        let chars: Vec<char> = s.chars().collect();
        for n in (1..chars.len()).rev() {
            let head: String = chars[..n].iter().collect::<String>().trim_end().to_owned();
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

    #[test]
    fn fit_cuts_exactly_where_measuring_every_head_would() {
        let labels = [
            "AI infrastructure (GPUs, data centres)",
            "국가 AI 컴퓨팅 센터와 데이터 클러스터",
            "Sovereign AI Model Project: five teams, two rounds",
            "  leading and trailing  spaces  ",
            "a b c d e f g h i j k l m n o p",
            "Wide\u{3000}ideographic space and\ttab",
            "₩530 billion by 2027 — 한국형 AI",
            "abc",
            "",
        ];
        let mut cut = 0;
        for label in labels {
            for max in (0..90).map(|i| f64::from(i) * 5.5) {
                for (size, bold) in [(11.0, false), (13.0, true), (16.0, false)] {
                    let fast = fit(label, max, size, bold);
                    assert_eq!(
                        fast,
                        fit_by_strings(label, max, size, bold),
                        "{label:?} in {max}"
                    );
                    cut += usize::from(fast.is_some_and(|f| f.ends_with("...")));
                }
            }
        }
        // The comparison covers labels that are cut, not only whole or dropped ones.
        assert!(cut > 200, "{cut}");
    }

    #[test]
    fn labels_are_shortened_then_dropped() {
        assert_eq!(fit("Talent", 500.0, 14.0, false).as_deref(), Some("Talent"));
        let short = fit("Artificial intelligence infrastructure", 120.0, 14.0, false).unwrap();
        assert!(short.ends_with("...") && short.len() < 40, "{short}");
        assert_eq!(fit("Artificial intelligence", 5.0, 14.0, false), None);
    }
}
