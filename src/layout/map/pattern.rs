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

/// The unit vector along stripes at `angle` degrees (y runs down the screen).
fn direction(angle: f64) -> (f64, f64) {
    let a = angle.to_radians();
    (a.cos(), -a.sin())
}

/// Pushes region `i`'s hatching over `rings` (even-odd), faded with the fill when
/// `faded`. Stripes lie on one grid for the whole canvas, so neighbouring provinces of
/// one region read as one pattern. One shape holds them (painters draw each stripe), so
/// a scene keeps its rings rather than hundreds of lines.
pub(super) fn hatch(shapes: &mut Vec<Shape>, rings: &[Ring], i: usize, faded: bool) {
    shapes.push(Shape::Hatch {
        rings: rings.to_vec(),
        dir: direction(region_angle(i)),
        gap: GAP,
        colour: if faded { fade(HATCH) } else { HATCH },
        width: 1.0,
    });
}
