//! Draws a Scene. The canvas renderer uses plotters; hit-testing never reads pixels,
//! it asks the Scene.

pub mod canvas;

/// Font stack for canvas text: covers Hangul on Windows, macOS/iOS, Android and Linux.
pub const FONT_STACK: &str =
    "\"Noto Sans KR\", \"Apple SD Gothic Neo\", \"Malgun Gothic\", \"Noto Sans CJK KR\", system-ui, sans-serif";
