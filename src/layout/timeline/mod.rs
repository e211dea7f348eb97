//! The timeline as a Scene: horizontal lanes on wide screens, a vertical axis on narrow
//! ones.
//!
//! Labels never overlap. In each lane, entries take the first sub-row in which their
//! mark and label fit after the entries before them. A label with no room is dropped,
//! and counted, so the reader can be told how many are hidden. Marks always show: the
//! keyboard and the list reach every entry.
//!
//! Each part uses only parts listed before it: `model` (what is drawn), `marks` (entry
//! marks and ticks), `items` (keyboard order, conflicts, outlines), then the two
//! layouts, `horizontal` and `vertical`.

mod horizontal;
mod items;
mod marks;
mod model;
mod vertical;

pub use self::marks::ticks;
pub use self::model::{row_colour, TimeFrame, TimeItem};

use crate::layout::scene::Scene;

/// Lays out the timeline.
pub fn timeline(items: &[TimeItem], frame: &TimeFrame) -> Scene {
    if frame.horizontal() {
        horizontal::horizontal(items, frame)
    } else {
        vertical::vertical(items, frame)
    }
}

#[cfg(test)]
mod tests;
