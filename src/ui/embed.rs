//! Embedding: the compact shell a newsroom's iframe shows, the height it reports to the
//! host page, and the dialog that writes the iframe code for the current view.
//!
//! The embedded page never relies on storage, cookies or top-level navigation, so it
//! works inside `<iframe sandbox="allow-scripts">`; where the browser refuses something
//! (copying to the clipboard, opening a new window) the page carries on.

use super::store::use_store;
use crate::i18n::Key;
use crate::state::{to_hash, Route};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Posts the document's height to the parent page whenever it changes.
#[hook]
pub fn use_height_reporter(active: bool) {
    use_effect_with(active, |active| {
        let mut observer = None;
        if *active {
            let post = || {
                let win = gloo::utils::window();
                let Some(root) = gloo::utils::document().document_element() else {
                    return;
                };
                let height = root
                    .scroll_height()
                    .max(root.get_bounding_client_rect().height() as i32);
                if let Ok(Some(parent)) = win.parent() {
                    let msg = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"won-atlas:height".into());
                    let _ = js_sys::Reflect::set(&msg, &"height".into(), &(height as f64).into());
                    // "*": the page does not know, and must not need to know, who embeds it.
                    let _ = parent.post_message(&msg, "*");
                }
            };
            post();
            // A host page whose sizer loaded after this frame asks again with a ping.
            let ping =
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |e| {
                    let data = e.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data());
                    let kind = data
                        .and_then(|d| js_sys::Reflect::get(&d, &"type".into()).ok())
                        .and_then(|t| t.as_string());
                    if kind.as_deref() == Some("won-atlas:ping") {
                        post();
                    }
                });
            // Every chart draw may change the height, even while the frame is offscreen.
            let drawn = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "won-atlas:drawn",
                move |_| post(),
            );
            let callback = Closure::<dyn FnMut()>::new(post);
            if let Ok(ro) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                if let Some(body) = gloo::utils::document().body() {
                    ro.observe(&body);
                }
                observer = Some((ro, callback, ping, drawn));
            }
        }
        move || {
            if let Some((ro, _callback, _ping, _drawn)) = observer {
                ro.disconnect();
            }
        }
    });
}

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
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;height:600px;border:0\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-downloads\"></iframe>\n<script src=\"{}won-atlas-embed.js\" defer></script>",
        esc(&src),
        esc(title),
        esc(&base_dir())
    )
}

/// Props of the embed dialog: the route it writes the code for.
#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    /// The route shown.
    pub route: Route,
}

/// The "Embed" button and its dialog.
#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedProps) -> Html {
    let lang = use_store().lang;
    let open = use_state(|| false);
    let copied = use_state(|| false);
    // Written only while the dialog is open: every change of the route renders this again.
    // The frame's title is the chart's summary, as the line under the chart has it.
    let code = if *open {
        let summary = gloo::utils::document()
            .query_selector(".chart-summary .summary-text")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .filter(|t| !t.is_empty());
        let what =
            summary.unwrap_or_else(|| lang.t(super::tabs::view_key(props.route.view)).to_owned());
        let title = format!("{}: {}", lang.t(Key::AppName), what);
        embed_code(&props.route, &title)
    } else {
        String::new()
    };
    let toggle = {
        let open = open.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(!*open);
            copied.set(false);
        })
    };
    let copy = {
        let code = code.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            // The clipboard may be refused (sandboxes, old browsers); the text stays selectable.
            let clipboard = gloo::utils::window().navigator().clipboard();
            let _ = clipboard.write_text(&code);
            copied.set(true);
            if let Some(t) = gloo::utils::document()
                .get_element_by_id("embed-code")
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                t.select();
            }
        })
    };
    html! {
        <div class="embed-tools">
            <button type="button" class="tool" aria-expanded={if *open { "true" } else { "false" }} aria-controls="embed-panel" onclick={toggle}>
                { lang.t(Key::EmbedButton) }
            </button>
            if *open {
                <section id="embed-panel" class="embed-panel" aria-labelledby="embed-h" data-testid="embed-panel">
                    <h2 id="embed-h">{ lang.t(Key::EmbedHeading) }</h2>
                    <p>{ lang.t(Key::EmbedHelp) }</p>
                    <label for="embed-code" class="sr-only">{ lang.t(Key::EmbedHeading) }</label>
                    <textarea id="embed-code" readonly=true rows="5" data-testid="embed-code" value={code.clone()} />
                    <button type="button" onclick={copy}>{ lang.t(Key::EmbedCopy) }</button>
                    if *copied { <span role="status" class="copied">{ lang.t(Key::EmbedCopied) }</span> }
                </section>
            }
        </div>
    }
}
