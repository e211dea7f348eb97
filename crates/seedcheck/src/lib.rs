//! Reads the Won Atlas seed files, checks them, and writes the dataset out for the app.
//!
//! The app's `build.rs` calls [`load`] and [`atlas_model::codegen::generate`], so
//! bad data fails the build with file, line and field; the `seedcheck` command runs the
//! same checks on their own, prints the dataset as JSON for the end-to-end tests, and
//! writes the Korean pack beside the built site (`seedcheck ko`), and prints the page's
//! `<noscript>` table and the error panel's strings.

#![forbid(unsafe_code)]

mod forms;
pub mod geometry;
pub mod noscript;
pub mod panel;
mod raw;
mod report;
mod validate;
pub mod version;

pub use forms::{parse_date, parse_money};
pub use validate::{load, Error};

/// The dataset as pretty JSON (the shape of `atlas_model`'s types, serde-tagged).
pub fn to_json(data: &atlas_model::Dataset) -> String {
    serde_json::to_string_pretty(data).expect("the dataset serialises")
}
