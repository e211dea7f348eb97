//! The "Embed" button and the dialog that shows the code for the current view.

use super::code::embed_code;
use crate::i18n::Key;
use crate::state::Route;
use crate::ui::store::use_store;
use wasm_bindgen::JsCast;
use yew::prelude::*;

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
        let what = summary.unwrap_or_else(|| {
            lang.t(crate::ui::tabs::view_key(props.route.view))
                .to_owned()
        });
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
