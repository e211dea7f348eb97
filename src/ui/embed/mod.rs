//! Embedding: the compact shell a newsroom's iframe shows (`frame`), the code an editor
//! pastes into an article (`code`), the dialog (`dialog`) and the builder inside it
//! (`builder`, a chunk: src/ui/lazy.rs).
//!
//! The embedded page never relies on storage, cookies or top-level navigation, so it
//! works inside `<iframe sandbox="allow-scripts">`; where the browser refuses something
//! (copying to the clipboard, opening a new window) the page carries on.

mod builder;
mod code;
mod dialog;
mod frame;

pub use builder::EmbedBuilder;
pub use code::full_view_href;
pub use dialog::EmbedDialog;
pub use frame::{fit_or_grow, frame_height, use_embed_frame, Reached};
