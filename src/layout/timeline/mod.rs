//! The timeline as a Scene: horizontal lanes on wide screens, a vertical axis on narrow
//! ones.
//!
//! Labels never overlap and are never cut short: each entry is drawn with its short
//! label whole. In each lane, entries take the first sub-row in which their mark and
//! label fit after the entries before them; where none is left, neighbours join into a
//! count mark ("+4") that opens the list of what it holds. A count mark holds entries
//! close together on the page: a denser stretch becomes several, on more sub-rows.
//! Marks always show: the keyboard and the list reach every entry. The today line and
//! the conflict links are broken where they would cross a label, and a conflict's
//! marker covers no mark.
//!
//! Each part uses only parts listed before it: `model` (what is drawn), `marks` (entry
//! marks and ticks), `groups` (count marks), `route` (lines around labels), `items`
//! (keyboard order, conflicts, outlines), then the two layouts, `horizontal` and
//! `vertical`.

mod groups;
mod horizontal;
mod items;
mod marks;
mod model;
mod route;
mod vertical;

pub use self::groups::GROUP_PREFIX;
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
