//! The funding view's two charts as Scenes: the report's programmes as ranked bars, and
//! the later-reported split of the National Growth Fund as a treemap.
//!
//! The programme figures are not parts of one whole (they cover different periods and
//! may overlap), so they are never drawn as areas. Each bar's length is its floor (an
//! "at least" or the low end of a range); a range is drawn from its low end to its high
//! end, an "at least" runs on as a dashed line, and a figure the report disputes carries
//! a "!" badge. The split's parts do make up one whole, so it is a treemap, with what
//! the parts leave drawn as a tile of its own. Labels come in already formatted (the UI
//! owns language); here they are fitted or left out, never cut off.
//!
//! `model` (the tiles, the frame, the shared marks) is used by `bars`; `split` stands
//! alone.

mod bars;
mod model;
mod split;

pub use self::bars::{bars, nice_ticks, ROW, ROW_NARROW};
pub use self::model::{category_fill, Frame, Tile, GROUPS};
pub use self::split::{
    split_tiles, split_treemap, split_won, SplitFrame, SplitTile, PART_FILL, REST_FILL, REST_ID,
};

#[cfg(test)]
mod tests;
