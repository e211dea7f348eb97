//! Draws a Scene: on a canvas with plotters, or as SVG for export, each a
//! [`Painter`](crate::layout::paint::Painter) handed the scene's shapes by the one walk
//! over them. Hit-testing never reads pixels, it asks the Scene.

pub mod canvas;
pub mod layer;
pub mod png;
pub mod svg;

/// Font stack for canvas text: covers Hangul on Windows, macOS/iOS, Android and Linux.
pub const FONT_STACK: &str =
    "\"Noto Sans KR\", \"Apple SD Gothic Neo\", \"Malgun Gothic\", \"Noto Sans CJK KR\", system-ui, sans-serif";
