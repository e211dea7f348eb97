//! The yew interface: the app and its one context (`store`), the shell with its header
//! and view switcher, the three views (`views`) with their detail panels (`panels`),
//! and the tables that stand in for (and later accompany) the charts.

mod app;
mod briefing;
mod chart;
mod defer;
mod details;
mod embed;
mod export;
mod header;
mod korean;
mod lazy;
mod markup;
mod names;
mod panels;
mod panic;
mod shell;
mod slides;
mod steps;
mod store;
mod tables;
mod tabs;
mod url;
mod views;

pub use app::App;

/// Installs the panic hook and mounts the app on `#app` (or the body, if missing); for a
/// Korean reader, once the Korean text is there (or has failed to come: the app then
/// says so and shows English), so the page never flashes English first.
pub fn start() {
    panic::install();
    let route = crate::state::parse_hash(&app::current_hash()).route;
    if app::effective_lang(&route) == crate::i18n::Lang::Ko {
        korean::before_mount(mount);
    } else {
        mount();
    }
}

fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
