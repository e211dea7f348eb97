//! The regions, timeline and economy views, the briefing's faces, the embed builder, the
//! steps since the report, and the funding view's tables with every view's detail panels,
//! as wasm chunks, fetched the first time they are shown.
//!
//! Most readers see one view (a newsroom embeds one), so the first load carries only the
//! funding view. `scripts/split-wasm.mjs` cuts the built wasm at each
//! `#[wasm_split]` function below: the code and data only that function reaches (the view,
//! its layout, its tables, the map's outlines) become a chunk of their own, and the
//! function's first call fetches it. Code two chunks share goes into a third that both
//! wait for. Once a chunk is in, its view renders synchronously like the funding view.
//! In native builds (the unit tests) the functions are called directly.

use crate::i18n::Lang;
use crate::state::{Route, View};
use std::cell::{Cell, RefCell};
use wasm_split_helpers::SplitLoaderError;
use yew::prelude::*;

/// What a chunk gives the app: its view of a route and its tables, in a language.
pub type Body = fn(Lang, &Route) -> (Html, Html);

/// The views that come as chunks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// The regional map, the tile grid and their tables.
    Regions,
    /// The milestone timeline and its tables.
    Timeline,
    /// The economic figures and their tables.
    Economy,
    /// The briefing's faces (src/ui/slides.rs): the slide, and the presenter's window.
    Briefing,
    /// The Embed dialog's builder (src/ui/embed/builder.rs): its body is the builder.
    Embed,
    /// The steps since the report (src/ui/steps.rs): ladders, later amounts, the change list.
    Steps,
    /// The funding view's tables and every view's detail panels (src/ui/details.rs).
    Details,
}

/// Where a chunk stands.
#[derive(Clone, Copy, Debug)]
pub enum Status {
    /// Asked for and on its way.
    Loading,
    /// The fetch or the instantiation failed; [`retry`] asks again.
    Failed,
    /// In: render with it.
    Ready(Body),
}

#[wasm_split_helpers::wasm_split(regions, fallible)]
fn regions() -> Result<Body, SplitLoaderError> {
    Ok(|lang, route| {
        (
            html! { <super::views::RegionsView route={route.clone()} /> },
            super::tables::region_tables(lang),
        )
    })
}

#[wasm_split_helpers::wasm_split(timeline, fallible)]
fn timeline() -> Result<Body, SplitLoaderError> {
    Ok(|lang, route| {
        (
            html! { <super::views::TimelineView route={route.clone()} /> },
            super::tables::timeline_tables(lang),
        )
    })
}

#[wasm_split_helpers::wasm_split(economy, fallible)]
fn economy() -> Result<Body, SplitLoaderError> {
    Ok(|lang, route| {
        (
            html! { <super::views::EconomyView route={route.clone()} /> },
            super::tables::economy_tables(lang),
        )
    })
}

/// The briefing's [`Body`] gives its two faces for a slide's route: the slide (title,
/// takeaways, QR code, counter and buttons) first, the presenter's window second. Most
/// readers never start a briefing, so neither the faces nor the QR encoder are in the
/// first load.
#[wasm_split_helpers::wasm_split(briefing, fallible)]
fn briefing() -> Result<Body, SplitLoaderError> {
    Ok(|_lang, route| {
        (
            html! { <super::slides::SlideBar route={route.clone()} /> },
            html! { <super::slides::PresenterView route={route.clone()} /> },
        )
    })
}

/// The Embed dialog's builder, its snippet writers and its words: most readers never
/// embed, so none of it is in the first load. Its [`Body`]'s second part is empty.
#[wasm_split_helpers::wasm_split(embed, fallible)]
fn embed() -> Result<Body, SplitLoaderError> {
    Ok(|lang, route| {
        (
            html! { <super::embed::EmbedBuilder route={route.clone()} {lang} /> },
            Html::default(),
        )
    })
}

/// The steps' [`Body`] gives, for a route, the ladder of its selected programme or target
/// (empty without one) and what is later than the report for it: the selected programme's
/// later amounts, or, with nothing selected, the change list. The steps and the code that
/// writes them are not in the first load; the funding view marks each programme's
/// furthest rung without them.
#[wasm_split_helpers::wasm_split(steps, fallible)]
fn steps() -> Result<Body, SplitLoaderError> {
    Ok(|lang, route| super::steps::parts(lang, route.selected))
}

/// The funding view's tables and every view's detail panels. The tables follow the first
/// chart and a panel follows a reader's choice, so neither is in the first load: the
/// chunk is asked for once the first chart is drawn, or when a panel opens first. Its
/// [`Body`] gives, for a route, the panel of its selection (nothing without one) and the
/// funding tables.
#[wasm_split_helpers::wasm_split(details, fallible)]
fn details() -> Result<Body, SplitLoaderError> {
    Ok(|lang, route| {
        (
            html! { <super::details::Detail id={route.selected} /> },
            html! { <super::tables::FundingTables {lang} selected={route.selected} since={route.since} /> },
        )
    })
}

/// How many chunks there are: [`Chunk`]'s variants, each a slot. The match is
/// exhaustive, so a new variant does not compile until it is named here; it goes last in
/// the enum, and its index plus one is the count.
const CHUNKS: usize = match Chunk::Regions {
    Chunk::Regions
    | Chunk::Timeline
    | Chunk::Economy
    | Chunk::Briefing
    | Chunk::Embed
    | Chunk::Steps
    | Chunk::Details => Chunk::Details as usize + 1,
};

thread_local! {
    /// Each chunk's status; `None` until first asked for.
    static SLOTS: [Cell<Option<Status>>; CHUNKS] = const { [const { Cell::new(None) }; CHUNKS] };
    /// Who to tell when each chunk's load ends: the last to ask while it was on its way.
    /// The steps and the details come to several parts of a page at once (a panel, the rows
    /// of a table, the change list), so their slots keep everyone who asked.
    static WAITERS: [RefCell<Vec<Callback<()>>>; CHUNKS] = const { [const { RefCell::new(Vec::new()) }; CHUNKS] };
}

fn slot(chunk: Chunk) -> Option<Status> {
    SLOTS.with(|s| s[chunk as usize].get())
}

fn set(chunk: Chunk, status: Status) {
    SLOTS.with(|s| s[chunk as usize].set(Some(status)));
}

fn wait(chunk: Chunk, changed: Callback<()>) {
    WAITERS.with(|w| {
        let mut w = w[chunk as usize].borrow_mut();
        if !matches!(chunk, Chunk::Steps | Chunk::Details) {
            w.clear();
        }
        w.push(changed);
    });
}

/// The chunk's status. The first call starts its fetch; `changed` runs when a load that
/// is on its way ends, or one asked for again after a failure (by any part of the page).
pub fn status(chunk: Chunk, changed: Callback<()>) -> Status {
    let now = slot(chunk);
    if !matches!(now, Some(Status::Ready(_))) {
        wait(chunk, changed);
    }
    now.unwrap_or_else(|| {
        load(chunk);
        Status::Loading
    })
}

/// Starts a chunk's fetch ahead of its view (a pointer over its tab), if nothing has yet.
pub fn warm(chunk: Chunk) {
    if slot(chunk).is_none() {
        load(chunk);
    }
}

/// Asks again for a chunk whose load failed.
pub fn retry(chunk: Chunk, changed: Callback<()>) {
    if matches!(slot(chunk), Some(Status::Failed)) {
        wait(chunk, changed.clone());
        load(chunk);
        changed.emit(());
    }
}

fn load(chunk: Chunk) {
    set(chunk, Status::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        let got = match chunk {
            Chunk::Regions => regions().await,
            Chunk::Timeline => timeline().await,
            Chunk::Economy => economy().await,
            Chunk::Briefing => briefing().await,
            Chunk::Embed => embed().await,
            Chunk::Steps => steps().await,
            Chunk::Details => details().await,
        };
        set(chunk, got.map_or(Status::Failed, Status::Ready));
        for changed in WAITERS.with(|w| std::mem::take(&mut *w[chunk as usize].borrow_mut())) {
            changed.emit(());
        }
    });
}

/// The line a part of a page shows while its chunk is on its way, or that it failed,
/// with a button that asks again (`changed` runs when the new load ends).
pub fn status_line(
    chunk: Chunk,
    lang: Lang,
    failed: bool,
    changed: Callback<()>,
    testid: &'static str,
) -> Html {
    use crate::i18n::Key;
    let retry = Callback::from(move |_: MouseEvent| retry(chunk, changed.clone()));
    html! {
        <p class="steps-status" role="status" data-testid={testid}>
            { lang.t(if failed { Key::ChunkFailed } else { Key::StepsLoading }) }
            if failed { <button type="button" onclick={retry}>{ lang.t(Key::TryAgain) }</button> }
        </p>
    }
}

/// Whether `view` waits for its chunk: asked for and not yet in, or not yet asked for.
pub fn waiting(view: View) -> bool {
    of(view).is_some_and(|chunk| matches!(slot(chunk), None | Some(Status::Loading)))
}

/// The chunk a view comes in, if any.
pub fn of(view: View) -> Option<Chunk> {
    match view {
        View::Funding => None,
        View::Regions => Some(Chunk::Regions),
        View::Timeline => Some(Chunk::Timeline),
        View::Economy => Some(Chunk::Economy),
    }
}
