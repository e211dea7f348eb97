//! The hatching that tells macro-regions apart without colour: each region's provinces
//! are hatched at an angle of their own (the legend's swatches carry the same stripes),
//! so a reader who cannot tell the fills apart still matches a province to its region.

use super::model::fade;
use crate::layout::colour::Rgb;
use crate::layout::scene::{Ring, Shape};

/// The stripes' colour: dark, at 3:1 or more on every region fill (which the dark theme
/// keeps, so the stripes keep it there too).
pub const HATCH: Rgb = Rgb(0x33, 0x3a, 0x45);
/// Distance between stripes, CSS px.
const GAP: f64 = 6.0;

/// The stripes' direction for the dataset's `i`-th macro-region, in degrees from the
/// x axis, counter-clockwise as the eye sees it: "/", "\", "—", "|", then the halves
/// between. The stylesheet's `.swatch.hatch-i` draws the same.
pub fn region_angle(i: usize) -> f64 {
    const ANGLES: [f64; 6] = [45.0, 135.0, 0.0, 90.0, 22.5, 157.5];
    ANGLES[i % ANGLES.len()]
}

/// Pushes the stripes of region `i`'s hatching over `rings` (even-odd), faded with the
/// fill when `faded`. Stripes lie on one grid for the whole canvas, so neighbouring
/// provinces of one region read as one pattern.
pub(super) fn hatch(shapes: &mut Vec<Shape>, rings: &[Ring], i: usize, faded: bool) {
    let colour = if faded { fade(HATCH) } else { HATCH };
    for (from, to) in stripes(rings, region_angle(i), GAP) {
        shapes.push(Shape::Line {
            from,
            to,
            colour,
            width: 1.0,
            dashed: false,
        });
    }
}

/// The pieces of the lines at `angle` degrees, `gap` px apart, that lie inside `rings`
/// (even-odd), each at least a pixel long.
pub fn stripes(rings: &[Ring], angle: f64, gap: f64) -> Vec<((f64, f64), (f64, f64))> {
    let a = angle.to_radians();
    // Along the stripes (y runs down the screen), and across them.
    let d = (a.cos(), -a.sin());
    let n = (-d.1, d.0);
    let along = |p: (f64, f64)| p.0 * d.0 + p.1 * d.1;
    let across = |p: (f64, f64)| p.0 * n.0 + p.1 * n.1;
    let (lo, hi) = rings
        .iter()
        .flat_map(|r| r.iter())
        .map(|p| across(*p))
        .fold((f64::MAX, f64::MIN), |(l, h), c| (l.min(c), h.max(c)));
    if lo > hi {
        return Vec::new();
    }
    let k0 = (lo / gap).ceil() as i64;
    let k1 = (hi / gap).floor() as i64;
    if k1 < k0 {
        return Vec::new();
    }
    // Where each edge crosses each stripe, by stripe.
    let mut hits: Vec<Vec<f64>> = vec![Vec::new(); (k1 - k0 + 1) as usize];
    for r in rings {
        for (i, p) in r.iter().enumerate() {
            let q = r[(i + 1) % r.len()];
            let (cp, cq) = (across(*p), across(q));
            if cp == cq {
                continue;
            }
            let (cl, ch) = (cp.min(cq), cp.max(cq));
            // Half-open ([low, high)), so a vertex on a stripe counts once where the
            // outline passes through it, and twice or not at all where it turns.
            let mut k = (cl / gap).ceil() as i64;
            while (k as f64) * gap < ch {
                let c = k as f64 * gap;
                if k >= k0 && k <= k1 {
                    let t = (c - cp) / (cq - cp);
                    let x = (p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t);
                    hits[(k - k0) as usize].push(along(x));
                }
                k += 1;
            }
        }
    }
    let mut out = Vec::new();
    for (j, mut s) in hits.into_iter().enumerate() {
        let c = (k0 + j as i64) as f64 * gap;
        s.sort_by(f64::total_cmp);
        for pair in s.chunks_exact(2) {
            if pair[1] - pair[0] >= 1.0 {
                let at = |t: f64| (c * n.0 + t * d.0, c * n.1 + t * d.1);
                out.push((at(pair[0]), at(pair[1])));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> Vec<Ring> {
        vec![Ring::from([
            (0.0, 0.0),
            (60.0, 0.0),
            (60.0, 60.0),
            (0.0, 60.0),
        ])]
    }

    #[test]
    fn stripes_stay_inside_and_run_at_their_angle() {
        for angle in [0.0, 45.0, 90.0, 135.0, 22.5] {
            let s = stripes(&square(), angle, 6.0);
            assert!(s.len() >= 8, "{angle}: {}", s.len());
            for (a, b) in &s {
                for p in [a, b] {
                    assert!(
                        p.0 >= -1e-6 && p.0 <= 60.0 + 1e-6 && p.1 >= -1e-6 && p.1 <= 60.0 + 1e-6,
                        "{angle}: {p:?}"
                    );
                }
                // Screen y runs down: an angle up from the x axis is a negative dy.
                let seen = (-(b.1 - a.1))
                    .atan2(b.0 - a.0)
                    .to_degrees()
                    .rem_euclid(180.0);
                assert!((seen - angle).abs() < 1e-6, "{angle}: {seen}");
            }
        }
    }

    #[test]
    fn a_hole_is_left_unstriped() {
        let mut rings = square();
        rings.push(Ring::from([
            (20.0, 20.0),
            (40.0, 20.0),
            (40.0, 40.0),
            (20.0, 40.0),
        ]));
        for (a, b) in stripes(&rings, 0.0, 6.0) {
            let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            assert!(
                !(mid.0 > 20.0 && mid.0 < 40.0 && mid.1 > 20.0 && mid.1 < 40.0),
                "{mid:?}"
            );
        }
    }
}
