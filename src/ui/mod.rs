//! The yew interface: the shell, its header and view switcher, and the tables that
//! stand in for (and later accompany) the charts.

mod app;
mod briefing;
mod chart;
mod defer;
mod detail;
mod embed;
mod export;
mod funding;
mod header;
mod markup;
mod panic;
mod regions;
mod store;
mod tables;
mod tabs;
mod timeline;

pub use app::App;

/// Installs the panic hook and mounts the app on `#app` (or the body, if missing).
pub fn start() {
    panic::install();
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
