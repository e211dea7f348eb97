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

/// `fit` the plain way: every head built as a string and measured whole.
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

#[test]
fn wrapping_keeps_every_word_within_the_width() {
    let text = "The two shares sum to 51%, consistent with approximately 50%";
    let lines = wrap(text, 120.0, 12.0, false);
    assert!(lines.len() > 1);
    assert_eq!(lines.join(" "), text);
    for l in &lines {
        assert!(width(l, 12.0, false) <= 120.0 || !l.contains(' '));
    }
}
