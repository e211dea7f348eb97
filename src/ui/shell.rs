//! The page around the current view: the full app (notices, header, view switcher,
//! intro, footer), the compact shell of an embed, and the briefing's.

use super::details::FromDetails;
use super::embed::{full_view_href, EmbedDialog};
use super::header::Header;
use super::lazy::{self, Chunk, Status};
use super::markup::Markup;
use super::store::Store;
use super::tabs::{view_key, Tabs};
use super::views::FundingView;
use crate::data::DATASET;
use crate::i18n::{Key, Lang};
use crate::state::{Route, View};
use yew::prelude::*;

/// The current view's two parts: its chart (with controls and panels) and its tables.
pub struct ViewParts {
    body: Html,
    tables: Html,
}

/// The view `route` shows, in `lang`. The regions, timeline and economy views come as
/// chunks the first time they are shown (src/ui/lazy.rs); until one is in, its panel says so, and
/// `changed` runs when its load ends. The funding view's tables come in the details chunk,
/// asked for once `tables_ready` (after the first chart).
pub fn view_parts(
    route: &Route,
    lang: Lang,
    changed: Callback<()>,
    tables_ready: bool,
) -> ViewParts {
    let Some(chunk) = lazy::of(route.view) else {
        let tables = if tables_ready {
            html! { <FromDetails {lang} id={route.selected} since={route.since} tables=true /> }
        } else {
            Html::default()
        };
        return ViewParts {
            body: html! { <FundingView route={route.clone()} /> },
            tables,
        };
    };
    chunk_parts(chunk, route, lang, changed).unwrap_or_else(|status| ViewParts {
        body: status,
        tables: Html::default(),
    })
}

/// The briefing's two faces for the slide `route` shows: the slide (title, takeaways, QR
/// code, counter, buttons) and the presenter's window. They come as a chunk the first
/// time a briefing starts; until it is in, each says so.
pub fn briefing_faces(route: &Route, lang: Lang, changed: Callback<()>) -> (Html, Html) {
    match chunk_parts(Chunk::Briefing, route, lang, changed) {
        Ok(faces) => (faces.body, faces.tables),
        Err(status) => (status.clone(), status),
    }
}

/// What a chunk gives for `route`; until it is in, the line that says it is on its way
/// (or that it failed, with a button that asks again).
fn chunk_parts(
    chunk: Chunk,
    route: &Route,
    lang: Lang,
    changed: Callback<()>,
) -> Result<ViewParts, Html> {
    let status = match lazy::status(chunk, changed.clone()) {
        Status::Ready(make) => {
            let (body, tables) = make(lang, route);
            return Ok(ViewParts { body, tables });
        }
        Status::Loading => html! {
            <p class="chunk-status" role="status" data-testid="chunk-loading">{ lang.t(Key::ChunkLoading) }</p>
        },
        Status::Failed => html! {
            <div class="notice" role="status" data-testid="chunk-failed">
                <p>{ lang.t(Key::ChunkFailed) }</p>
                <button type="button" data-testid="chunk-retry"
                    onclick={Callback::from(move |_: MouseEvent| lazy::retry(chunk, changed.clone()))}>{ lang.t(Key::TryAgain) }</button>
            </div>
        },
    };
    Err(status)
}

/// The id of a view's panel.
fn panel_id(view: View) -> String {
    format!("panel-{}", view.slug())
}

/// "Source: <the report>", under a briefing or an embed.
fn source_line(lang: Lang) -> Html {
    html! { <p class="source-line">{ lang.tf(Key::EmbedSource, &[lang.pick(DATASET.report.title)]) }</p> }
}

/// A briefing: the slide (`face`: its title and takeaways above the view, its counter
/// and buttons below) around the view's chart, which fills the rest of the screen.
pub fn briefing_shell(
    lang: Lang,
    shown: &Route,
    accent: Option<String>,
    face: Html,
    parts: ViewParts,
) -> Html {
    html! {
        <div class="shell briefing-shell" style={accent}>
            { face }
            <main class="panel" id={panel_id(shown.view)}>{ parts.body }</main>
            { source_line(lang) }
        </div>
    }
}

/// An embed: one view, its tables folded away, and a link to the full app. The page fits
/// the height of its frame (styles/main.css): the chart, the first lines of its summary
/// and its legend show; the rest of the summary, the view's notes, lists, keyboard help
/// and downloads show when the footer's "More" disclosure is open, so that a frame of the
/// pasted code's height holds the page without a scrollbar. A `<details>` needs no state
/// of its own: the stylesheet reads whether it is open.
pub fn embed_shell(
    lang: Lang,
    route: &Route,
    accent: Option<String>,
    notices: Notices,
    parts: ViewParts,
) -> Html {
    let name = lang.pick(DATASET.initiative.name);
    html! {
        <div class="shell embed" style={accent}>
            { notices.html(lang) }
            <header class="embed-head">
                <h1 data-testid="title">{ lang.t(view_key(route.view)) }{ ": " }{ name }</h1>
                { source_line(lang) }
            </header>
            <main class="panel" id={panel_id(route.view)}>
                { parts.body }
                <details class="alt"><summary>{ lang.t(Key::DataTable) }</summary>{ parts.tables }</details>
            </main>
            <footer class="embed-foot">
                <details class="embed-more"><summary data-testid="embed-more">{ lang.t(Key::EmbedMore) }</summary></details>
                <a href={full_view_href(route)} target="_blank" rel="noopener" data-testid="open-full">{ lang.t(Key::OpenFullView) }</a>
            </footer>
        </div>
    }
}

/// What the full app tells the reader above the header.
pub struct Notices {
    /// Why the Korean text is missing, while it is.
    pub korean: Option<String>,
    /// Tries to bring the Korean text again.
    pub retry_korean: Callback<MouseEvent>,
    /// The parts of the link that were not understood.
    pub unknown: Vec<String>,
    /// Dismisses the notice about them.
    pub dismiss: Callback<MouseEvent>,
}

impl Notices {
    fn html(self, lang: Lang) -> Html {
        html! {
            <>
                if let Some(why) = self.korean {
                    <div class="notice" role="status" data-testid="ko-notice">
                        <p>{ lang.tf(Key::NoticeKoreanMissing, &[&why]) }</p>
                        <button type="button" onclick={self.retry_korean} data-testid="ko-retry">{ lang.t(Key::TryAgain) }</button>
                    </div>
                }
                if !self.unknown.is_empty() {
                    <div class="notice" role="status" data-testid="notice">
                        <p>{ lang.tf(Key::NoticeUnknownHash, &[&self.unknown.join(", ")]) }</p>
                        if self.unknown.iter().any(|u| u == "chart=treemap") {
                            <p data-testid="treemap-notice">{ lang.t(Key::NoticeTreemapRetired) }</p>
                        }
                        <button type="button" onclick={self.dismiss}>{ lang.t(Key::Dismiss) }</button>
                    </div>
                }
            </>
        }
    }
}

/// The full app: notices, header, the view switcher and tools, the view's panel (its
/// chart first, its intro under the chart: src/ui/views/frame.rs; its tables once
/// `tables_ready`), the footer.
pub fn full_shell(
    store: &Store,
    shown: &Route,
    accent: Option<String>,
    notices: Notices,
    on_view: Callback<View>,
    parts: ViewParts,
    tables_ready: bool,
) -> Html {
    let lang = store.lang;
    let view = shown.view;
    html! {
        <div class="shell" style={accent}>
            { notices.html(lang) }
            <Header {lang} theme={shown.theme} />
            <div class="tabs-row">
                <Tabs {lang} selected={view} on_select={on_view} />
                <div class="tools">
                    <button type="button" class="tool" data-testid="start-briefing"
                        onclick={store.slide::<MouseEvent>(Some(1))}>{ lang.t(Key::StartBriefing) }</button>
                    <EmbedDialog route={shown.clone()} />
                </div>
            </div>
            <main>
                <div id={panel_id(view)} class="panel" role="tabpanel"
                    aria-labelledby={format!("tab-{}", view.slug())}>
                    { parts.body }
                    if tables_ready { { parts.tables } }
                </div>
            </main>
            { footer(lang) }
        </div>
    }
}

/// The page's footer: the report it draws on, and the later reporting beside it.
fn footer(lang: Lang) -> Html {
    let report = &DATASET.report;
    let mut m = Markup::new();
    m.open("footer", &[("class", "footer")])
        .el(
            "p",
            &[],
            &lang.tf(
                Key::FooterSource,
                &[lang.pick(report.title), lang.pick(report.subtitle)],
            ),
        )
        .el("p", &[], lang.t(Key::FooterLater));
    if let Some(d) = crate::data::steps::updated() {
        m.el(
            "p",
            &[("data-testid", "steps-updated")],
            &lang.tf(Key::FooterSteps, &[&crate::i18n::date(lang, d)]),
        );
    }
    m.close("footer");
    m.html()
}
