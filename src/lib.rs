//! Won Atlas: where South Korea's ₩100 trillion AI initiative puts its money, where in
//! the country, and when.
//!
//! Dependencies point one way: `data` (the embedded dataset) ← `i18n` (strings and
//! formats) ← `state` (what the reader sees, as a link) ← `layout` (pure geometry:
//! Scenes) ← `render` (draws a Scene) ← `ui` (yew components). The
//! first three never touch the DOM, so they test natively with `cargo test`. `geo` (plane
//! geometry and the map projection) depends on none of them; `layout` builds on it.

#![forbid(unsafe_code)]

pub mod data;
pub mod decimal;
pub mod export;
pub mod geo;
pub mod i18n;
pub mod layout;
pub mod qr;
pub mod render;
pub mod state;
pub mod story;
pub mod summary;
pub mod ui;
