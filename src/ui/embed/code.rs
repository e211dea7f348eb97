//! The code an editor pastes into an article: the iframe and the sizer script.

use crate::state::{to_hash, Route};

/// The address of this page without its hash.
fn base_url() -> String {
    let loc = gloo::utils::window().location();
    let href = loc.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The folder of this page, for the sizer script's address.
fn base_dir() -> String {
    let base = base_url();
    match base.rfind('/') {
        Some(i) => base[..=i].to_owned(),
        None => base,
    }
}

/// The link that opens this view in the full app.
pub fn full_view_href(route: &Route) -> String {
    let full = Route {
        embed: false,
        ..route.clone()
    };
    format!("{}{}", base_url(), to_hash(&full))
}

/// The iframe code (and sizer script) for the current view.
///
/// The sandbox keeps `allow-same-origin`: the frame is another site's, so this grants it
/// nothing over the article, and it lets the app load its own module and wasm from any
/// static host. Under a stricter `sandbox="allow-scripts"` the app still works, but its
/// host must then send `Access-Control-Allow-Origin` (the frame's origin is opaque).
pub fn embed_code(route: &Route, title: &str) -> String {
    let embedded = Route {
        embed: true,
        ..route.clone()
    };
    let src = format!("{}{}", base_url(), to_hash(&embedded));
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;height:{}px;border:0\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-downloads\"></iframe>\n<script src=\"{}won-atlas-embed.js\" defer></script>",
        esc(&src),
        esc(title),
        super::frame_height(route),
        esc(&base_dir())
    )
}
