//! The funding view's two charts as Scenes: a treemap and a ranked bar chart.
//!
//! Both draw the same tiles. Sizes come from each tile's floor (an "at least" or the
//! low end of a range); what may be larger is marked with a dashed edge, and a figure
//! the report contradicts elsewhere carries a "!" badge. Labels come in already
//! formatted (the UI owns language); here they are fitted or left out, never cut off.
//!
//! `model` (the tiles, the frame, the shared marks) is used by the two charts,
//! `treemap` and `bars`, which do not use each other.

mod bars;
mod model;
mod treemap;

pub use self::bars::{bars, nice_ticks, ROW, ROW_NARROW};
pub use self::model::{category_fill, Frame, Tile, GROUPS};
pub use self::treemap::treemap;

#[cfg(test)]
mod tests;
