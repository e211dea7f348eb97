//! What the reader is looking at: the route (the part of the app's state that lives in
//! the URL), the actions that change it, its link (the hash codec), and the timeline's
//! visible range ([`range`]), and what a page that embeds the app may ask of it ([`host`]).
//!
//! Every view is a link (`#view=regions`). Parsing never fails: parts it does not
//! understand are dropped and returned, so the app can say so and carry on.

mod action;
mod hash;
pub mod host;
pub mod range;
mod route;

pub use action::{Action, SlideMove};
pub use hash::{known_id, parse_hash, to_hash, Parsed};
pub use route::{Accent, Chart, MapStyle, Money, Route, Theme, View};
