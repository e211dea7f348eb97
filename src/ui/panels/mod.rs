//! Detail panels: everything the dataset knows about the selected record, each figure
//! with the phrase of the report it stands in. One frame for all (`frame::panel`: heading,
//! close button, one listener for the buttons in its markup), one panel per kind of
//! record. Each view shows the panels of the records it draws.
//!
//! Panels are functions, not components: their text is markup, which yew leaves alone
//! while it is unchanged. They come in the details chunk, none in the first load or in a
//! view's chunk: `Detail` (src/ui/details.rs) picks the one for a record's id.

mod entry;
mod figure;
mod frame;
mod place;
mod programme;

pub use entry::entry;
pub use figure::figure;
pub use place::{place, province};
pub use programme::programme;
