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

/// Where a marker of `size` px joining `a` and `b` sits clear of `boxes` and inside
/// `bounds`: on the line (its middle if free, else the free place nearest it), or, where
/// the line has no free place (its ends lie close together), beside the line's middle,
/// ever farther out. Returns the marker's centre and the point of the line it stands
/// for (the same where it sits on the line); the line's middle if nothing is free.
pub(super) fn clear_spot(
    a: (f64, f64),
    b: (f64, f64),
    size: f64,
    boxes: &[Rect],
    bounds: Rect,
) -> ((f64, f64), (f64, f64)) {
    const TRIES: [f64; 9] = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
    let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
    let free = |c: (f64, f64)| {
        let r = Rect::square(c, size);
        r.x >= bounds.x
            && r.y >= bounds.y
            && r.x + r.w <= bounds.x + bounds.w
            && r.y + r.h <= bounds.y + bounds.h
            && boxes.iter().all(|bx| r.overlap(bx) <= 0.0)
    };
    let mid = at(0.5);
    if let Some(c) = TRIES.into_iter().map(at).find(|c| free(*c)) {
        return (c, c);
    }
    // Beside the middle: across the line first, then round it, a ring at a time.
    // (Both ends in one count mark: no line, so any way round.)
    let len = (b.0 - a.0).hypot(b.1 - a.1);
    let across = if len < 1.0 {
        (0.0, -1.0)
    } else {
        (-(b.1 - a.1) / len, (b.0 - a.0) / len)
    };
    (1..=24)
        .flat_map(|ring| {
            let r = size / 2.0 + 4.0 * ring as f64;
            (0..16).map(move |k| {
                // Across the line (either side) first, then the other directions.
                const TURNS: [f64; 16] = [
                    0.0, 8.0, 1.0, 15.0, 7.0, 9.0, 2.0, 14.0, 6.0, 10.0, 3.0, 13.0, 5.0, 11.0, 4.0,
                    12.0,
                ];
                let turn = TURNS[k] / 16.0 * std::f64::consts::TAU;
                let (s, c) = turn.sin_cos();
                let dir = (across.0 * c - across.1 * s, across.0 * s + across.1 * c);
                (mid.0 + dir.0 * r, mid.1 + dir.1 * r)
            })
        })
        .find(|c| free(*c))
        .map_or((mid, mid), |c| (c, mid))
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
        let bounds = Rect::new(-100.0, -100.0, 300.0, 200.0);
        let boxes = [Rect::new(45.0, -8.0, 10.0, 16.0)];
        let (c, on) = clear_spot((0.0, 0.0), (100.0, 0.0), 24.0, &boxes, bounds);
        assert_eq!(c, on, "it stays on the line");
        assert!((c.0 - 50.0).abs() > 5.0 && c.1 == 0.0);
        assert_eq!(
            clear_spot((0.0, 0.0), (100.0, 0.0), 24.0, &[], bounds),
            ((50.0, 0.0), (50.0, 0.0))
        );
    }

    #[test]
    fn a_marker_between_two_close_marks_moves_beside_the_line() {
        let bounds = Rect::new(-100.0, -100.0, 300.0, 200.0);
        // Two marks 20 px apart: no place on the line is clear of both.
        let (a, b) = ((0.0, 0.0), (14.0, 14.0));
        let boxes = [Rect::square(a, 16.0), Rect::square(b, 16.0)];
        let (c, on) = clear_spot(a, b, 24.0, &boxes, bounds);
        assert_eq!(on, (7.0, 7.0), "it stands for the line's middle");
        let r = Rect::square(c, 24.0);
        assert!(boxes.iter().all(|bx| r.overlap(bx) <= 0.0), "{c:?}");
        assert!((c.0 - 7.0).hypot(c.1 - 7.0) <= 12.0 + 4.0 * 24.0);
    }
}
