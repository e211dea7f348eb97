//! The "Embed" button and its dialog. The builder inside (src/ui/embed/builder.rs) is a
//! chunk fetched when the dialog first opens; until it is in, the dialog says so.

use crate::i18n::Key;
use crate::state::Route;
use crate::ui::lazy::{self, Chunk, Status};
use crate::ui::store::use_store;
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
    let arrived = use_force_update();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let changed = Callback::from(move |()| arrived.force_update());
    let body = if *open {
        match lazy::status(Chunk::Embed, changed.clone()) {
            Status::Ready(make) => make(lang, &props.route).0,
            Status::Loading => html! {
                <p class="chunk-status" role="status" data-testid="embed-loading">{ lang.t(Key::EmbedLoading) }</p>
            },
            Status::Failed => html! {
                <p class="export-error" role="status" data-testid="embed-failed">
                    { lang.t(Key::EmbedFailed) }{ " " }
                    <button type="button" class="tool" onclick={Callback::from(move |_: MouseEvent| lazy::retry(Chunk::Embed, changed.clone()))}>{ lang.t(Key::TryAgain) }</button>
                </p>
            },
        }
    } else {
        Html::default()
    };
    html! {
        <div class="embed-tools">
            <button type="button" class="tool" aria-expanded={if *open { "true" } else { "false" }} aria-controls="embed-panel"
                onclick={toggle} onpointerenter={Callback::from(|_: PointerEvent| lazy::warm(Chunk::Embed))}>
                { lang.t(Key::EmbedButton) }
            </button>
            if *open {
                <section id="embed-panel" class="embed-panel" aria-labelledby="embed-h" data-testid="embed-panel">
                    <h2 id="embed-h">{ lang.t(Key::EmbedHeading) }</h2>
                    { body }
                </section>
            }
        </div>
    }
}
