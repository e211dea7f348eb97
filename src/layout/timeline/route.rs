//! Lines that keep off labels: the today line and the conflict links are cut where they
//! would cross a label's box, and a conflict's marker sits where it covers none.

use crate::geo::Rect;

/// Room kept between a line and a label, CSS px.
const CLEAR: f64 = 2.0;
/// Pieces shorter than this are dropped, CSS px.
const MIN_PIECE: f64 = 3.0;

/// The stretch of the segment `a`–`b` (as fractions of its length) inside `r`, if any
/// (Liang–Barsky clipping).
fn inside(a: (f64, f64), b: (f64, f64), r: &Rect) -> Option<(f64, f64)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - r.x),
        (dx, r.x + r.w - a.0),
        (-dy, a.1 - r.y),
        (dy, r.y + r.h - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else if p < 0.0 {
            t0 = t0.max(q / p);
        } else {
            t1 = t1.min(q / p);
        }
    }
    (t0 < t1).then_some((t0, t1))
}

/// The pieces of the segment `a`–`b` that cross none of `boxes` (each kept `CLEAR` px
/// off), in order from `a`.
pub(super) fn around(
    a: (f64, f64),
    b: (f64, f64),
    boxes: &[Rect],
) -> Vec<((f64, f64), (f64, f64))> {
    let mut cuts: Vec<(f64, f64)> = boxes
        .iter()
        .map(|r| {
            Rect::new(
                r.x - CLEAR,
                r.y - CLEAR,
                r.w + 2.0 * CLEAR,
                r.h + 2.0 * CLEAR,
            )
        })
        .filter_map(|r| inside(a, b, &r))
        .collect();
    cuts.sort_by(|p, q| p.0.total_cmp(&q.0));
    let len = (b.0 - a.0).hypot(b.1 - a.1);
    let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
    let mut out = Vec::new();
    let mut from = 0.0f64;
    for (c0, c1) in cuts.into_iter().chain([(1.0, 1.0)]) {
        if (c0 - from) * len >= MIN_PIECE {
            out.push((at(from), at(c0)));
        }
        from = from.max(c1);
    }
    out
}

/// Where along `a`–`b` (as a fraction) a marker of `size` px sits clear of `boxes`: the
/// middle if it is free, else the free place nearest it; the middle if none is.
pub(super) fn clear_spot(a: (f64, f64), b: (f64, f64), size: f64, boxes: &[Rect]) -> f64 {
    const TRIES: [f64; 9] = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
    TRIES
        .into_iter()
        .find(|t| {
            let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            let r = Rect::square((x, y), size);
            boxes.iter().all(|bx| r.overlap(bx) <= 0.0)
        })
        .unwrap_or(0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_cut_around_a_box_and_kept_elsewhere() {
        let boxes = [Rect::new(40.0, -5.0, 20.0, 10.0)];
        let pieces = around((0.0, 0.0), (100.0, 0.0), &boxes);
        assert_eq!(pieces.len(), 2);
        assert!((pieces[0].1 .0 - (40.0 - CLEAR)).abs() < 1e-9);
        assert!((pieces[1].0 .0 - (60.0 + CLEAR)).abs() < 1e-9);
        assert_eq!(pieces[1].1, (100.0, 0.0));
        // A line that misses the box stays whole.
        assert_eq!(around((0.0, 20.0), (100.0, 20.0), &boxes).len(), 1);
    }

    #[test]
    fn a_marker_moves_off_a_label_at_the_middle() {
        let boxes = [Rect::new(45.0, -8.0, 10.0, 16.0)];
        let t = clear_spot((0.0, 0.0), (100.0, 0.0), 24.0, &boxes);
        assert!((t - 0.5).abs() > 0.05);
        assert_eq!(clear_spot((0.0, 0.0), (100.0, 0.0), 24.0, &[]), 0.5);
    }
}
