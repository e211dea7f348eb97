//! Squarified treemap (Bruls, Huizing and van Wijk, 2000): areas proportional to
//! weights, tiles as close to square as the order allows, no gaps and no overlaps.

use super::scene::Rect;

/// Lays out `weights` (any order, all positive) in `bounds`; returns one rectangle
/// per weight, in the same order. Zero or negative weights get empty rectangles.
pub fn squarify(weights: &[f64], bounds: Rect) -> Vec<Rect> {
    let total: f64 = weights.iter().filter(|w| **w > 0.0).sum();
    let mut out = vec![Rect::new(bounds.x, bounds.y, 0.0, 0.0); weights.len()];
    if total <= 0.0 || bounds.area() <= 0.0 {
        return out;
    }
    // Largest first, as the algorithm wants; remember where each came from.
    let mut order: Vec<usize> = (0..weights.len()).filter(|&i| weights[i] > 0.0).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        weights[b].total_cmp(&weights[a]).then(a.cmp(&b))
    });
    let scale = bounds.area() / total;
    let areas: Vec<f64> = order.iter().map(|&i| weights[i] * scale).collect();

    let mut rest = bounds;
    let mut start = 0;
    while start < areas.len() {
        let side = rest.w.min(rest.h);
        let mut end = start + 1;
        let mut best = worst(&areas[start..end], side);
        while end < areas.len() {
            let next = worst(&areas[start..=end], side);
            if next > best {
                break;
            }
            best = next;
            end += 1;
        }
        let sum: f64 = areas[start..end].iter().sum();
        let last_row = end == areas.len();
        if rest.w >= rest.h {
            // A column on the left, as wide as the row needs.
            let cw = if last_row { rest.w } else { sum / rest.h };
            let mut y = rest.y;
            for k in start..end {
                let h = if k + 1 == end {
                    rest.y + rest.h - y
                } else {
                    areas[k] / cw
                };
                out[order[k]] = Rect::new(rest.x, y, cw, h);
                y += h;
            }
            rest = Rect::new(rest.x + cw, rest.y, rest.w - cw, rest.h);
        } else {
            // A row along the top.
            let rh = if last_row { rest.h } else { sum / rest.w };
            let mut x = rest.x;
            for k in start..end {
                let w = if k + 1 == end {
                    rest.x + rest.w - x
                } else {
                    areas[k] / rh
                };
                out[order[k]] = Rect::new(x, rest.y, w, rh);
                x += w;
            }
            rest = Rect::new(rest.x, rest.y + rh, rest.w, rest.h - rh);
        }
        start = end;
    }
    out
}

/// The worst aspect ratio in a row of `areas` laid along a side of length `side`.
fn worst(areas: &[f64], side: f64) -> f64 {
    let sum: f64 = areas.iter().sum();
    let max = areas.iter().cloned().fold(f64::MIN, f64::max);
    let min = areas.iter().cloned().fold(f64::MAX, f64::min);
    let s2 = sum * sum;
    let w2 = side * side;
    (w2 * max / s2).max(s2 / (w2 * min))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(weights: &[f64], b: Rect) {
        let rects = squarify(weights, b);
        let total: f64 = weights.iter().sum();
        for (w, r) in weights.iter().zip(&rects) {
            let share = r.area() / b.area();
            assert!(
                (share - w / total).abs() <= 0.005 * (w / total),
                "area {share} for weight share {}",
                w / total
            );
            assert!(r.x >= b.x - 1e-6 && r.y >= b.y - 1e-6);
            assert!(r.x + r.w <= b.x + b.w + 1e-6 && r.y + r.h <= b.y + b.h + 1e-6);
        }
        for i in 0..rects.len() {
            for j in i + 1..rects.len() {
                assert!(
                    rects[i].overlap(&rects[j]) < 1e-6,
                    "tiles {i} and {j} overlap"
                );
            }
        }
        let covered: f64 = rects.iter().map(|r| r.area()).sum();
        assert!((covered - b.area()).abs() < 1e-6 * b.area());
    }

    #[test]
    fn areas_are_proportional_without_overlap_or_gaps() {
        check(
            &[6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0],
            Rect::new(0.0, 0.0, 600.0, 400.0),
        );
        check(
            &[400.0, 160.0, 12.8, 5.3, 5.0, 1.6, 1.0, 0.946, 0.627],
            Rect::new(10.0, 20.0, 358.0, 420.0),
        );
        check(&[1.0], Rect::new(0.0, 0.0, 100.0, 50.0));
        check(&[3.0, 1.0, 2.0], Rect::new(0.0, 0.0, 50.0, 300.0));
    }

    #[test]
    fn output_keeps_the_input_order() {
        let r = squarify(&[1.0, 9.0], Rect::new(0.0, 0.0, 100.0, 100.0));
        assert!(r[1].area() > r[0].area() * 8.0);
    }

    #[test]
    fn empty_and_zero_inputs_give_empty_tiles() {
        assert!(squarify(&[], Rect::new(0.0, 0.0, 10.0, 10.0)).is_empty());
        let r = squarify(&[0.0, 1.0], Rect::new(0.0, 0.0, 10.0, 10.0));
        assert_eq!(r[0].area(), 0.0);
        assert!((r[1].area() - 100.0).abs() < 1e-9);
    }
}
