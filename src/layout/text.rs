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

/// The estimated width of one character, in em (shared with the validator, which holds
/// the timeline's short labels to a width this layout draws whole).
fn em(c: char) -> f64 {
    atlas_model::glyph::em(c)
}

pub use atlas_model::glyph::is_wide;

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

/// `s` broken at spaces into lines no wider than `max` (a word wider than `max` gets a
/// line of its own; callers cut it with [`fit`] where it must fit).
pub fn wrap(s: &str, max: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let next = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && width(&next, size, bold) > max {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = next;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests;
