//! Squarified treemap (Bruls, Huizing and van Wijk, 2000): areas proportional to
//! weights, tiles as close to square as the order allows, no gaps and no overlaps.

use crate::geo::Rect;

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
    order.sort_by(|&a, &b| weights[b].total_cmp(&weights[a]).then(a.cmp(&b)));
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
        // A column on the left, as wide as the row needs; where the space is taller than
        // wide, the same along the top (laid out as a column of the transposed space).
        if rest.w >= rest.h {
            rest = column(&areas[start..end], sum, rest, last_row, |k, r| {
                out[order[start + k]] = r
            });
        } else {
            rest = column(
                &areas[start..end],
                sum,
                rest.transposed(),
                last_row,
                |k, r| out[order[start + k]] = r.transposed(),
            )
            .transposed();
        }
        start = end;
    }
    out
}

/// Lays `areas` (summing to `sum`) out as a column along the left of `rest`, the last
/// one taking what is left of its height; the whole width where it is the `last` row.
/// Gives each rectangle to `put` with its index, and returns the space to its right.
fn column(
    areas: &[f64],
    sum: f64,
    rest: Rect,
    last: bool,
    mut put: impl FnMut(usize, Rect),
) -> Rect {
    let cw = if last { rest.w } else { sum / rest.h };
    let mut y = rest.y;
    for (k, a) in areas.iter().enumerate() {
        let h = if k + 1 == areas.len() {
            rest.y + rest.h - y
        } else {
            a / cw
        };
        put(k, Rect::new(rest.x, y, cw, h));
        y += h;
    }
    Rect::new(rest.x + cw, rest.y, rest.w - cw, rest.h)
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
mod tests;
