//! Detail panels: everything the dataset knows about the selected record, each figure
//! with the phrase of the report it stands in. One frame for all (`frame::panel`: heading,
//! close button, one listener for the buttons in its markup), one panel per kind of
//! record. Each view shows the panels of the records it draws.
//!
//! Panels are functions, not components: their text is markup, which yew leaves alone
//! while it is unchanged. Each kind is a function of its own, so a view's chunk carries
//! only the panels that view shows (src/ui/lazy.rs).

mod entry;
mod figure;
mod frame;
mod place;
mod programme;

pub use entry::entry;
pub use figure::figure;
pub use place::{place, province};
pub use programme::programme;
