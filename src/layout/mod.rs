//! Pure geometry: each view's layout returns a [`Scene`], the shapes it draws with the
//! data ids they stand for. The canvas renderer, the tooltip and hit-testing all read
//! the same Scene, so what is hit is what is drawn. No DOM here: tested natively.

pub mod accent;
pub mod colour;
pub mod economy;
pub mod export;
pub mod fingerprint;
pub mod funding;
pub mod map;
pub mod paint;
pub mod scene;
pub mod text;
pub mod theme;
pub mod timeline;
pub mod treemap;

pub use scene::*;
