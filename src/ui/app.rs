//! The shell: header, view switcher, the current view's panel, footer.
//!
//! The route lives in the URL hash, so every view and selection is a link and back
//! and forward work: actions write the hash (after the frame that shows them:
//! src/ui/url.rs), and the app follows `hashchange`.

use super::briefing::{slide_route, use_briefing_keys, use_briefing_sync, PresenterView, SlideBar};
use super::defer::use_after_first_chart;
use super::embed::{full_view_href, use_height_reporter, EmbedDialog};
use super::funding::FundingView;
use super::header::Header;
use super::lazy::{self, Status};
use super::markup::Markup;
use super::store::{Actions, AppCtx};
use super::tables::FundingTables;
use super::tabs::{view_key, Tabs};
use super::url::{self, Write};
use crate::data::korean::ready as korean_ready;
use crate::data::DATASET;
use crate::i18n::{Key, Lang};
use crate::layout::colour::{Rgb, PAPER};
use crate::state::{parse_hash, to_hash, Action, Route, Theme, View};
use gloo::events::EventListener;
use yew::prelude::*;

pub(super) fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The language for a route: the link's, else the browser's preference, else English.
pub(super) fn effective_lang(route: &Route) -> Lang {
    route.lang.unwrap_or_else(|| {
        let pref = gloo::utils::window()
            .navigator()
            .language()
            .unwrap_or_default();
        if pref.starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    })
}

/// A newsroom's accent, darkened until white text on it meets WCAG AA (4.5:1), so a
/// link's colour can never make the buttons unreadable.
pub fn readable_accent((r, g, b): (u8, u8, u8)) -> Rgb {
    let mut c = Rgb(r, g, b);
    for _ in 0..40 {
        if c.contrast(PAPER) >= 4.5 {
            break;
        }
        c = Rgb(
            (c.0 as f64 * 0.92) as u8,
            (c.1 as f64 * 0.92) as u8,
            (c.2 as f64 * 0.92) as u8,
        );
    }
    c
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
        .el("p", &[], lang.t(Key::FooterLater))
        .close("footer");
    m.html()
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let parsed = use_memo((), |_| parse_hash(&current_hash()));
    let route = use_state_eq(|| parsed.route.clone());
    let notice = use_state(|| parsed.ignored.clone());

    // Follow back/forward and hand-edited links.
    {
        let route = route.clone();
        let notice = notice.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                // The app's own hashes still to be written are newer than this one.
                if url::behind() {
                    return;
                }
                let p = parse_hash(&current_hash());
                route.set(p.route);
                if !p.ignored.is_empty() {
                    notice.set(p.ignored);
                }
            });
            move || drop(listener)
        });
    }

    // In a briefing, the slide's own state drives the views.
    let shown = slide_route(&route);
    // Korean waits for the Korean text (src/ui/korean.rs); until it is there, English.
    let wanted = effective_lang(&shown);
    let lang = if wanted == Lang::Ko && !korean_ready() {
        Lang::En
    } else {
        wanted
    };
    let ko_failed = use_state(|| None::<String>);
    let bring_korean = {
        let ko_failed = ko_failed.clone();
        let redraw = use_force_update();
        move || {
            let (ko_failed, redraw) = (ko_failed.clone(), redraw.clone());
            super::korean::when_ready(move |r| match r {
                Ok(()) => {
                    ko_failed.set(None);
                    redraw.force_update();
                }
                Err(e) => ko_failed.set(Some(e)),
            });
        }
    };
    {
        let (bring, ko_failed) = (bring_korean.clone(), ko_failed.clone());
        use_effect_with(wanted, move |wanted| {
            // A failure before the mount is said, not fetched again; a switch or the
            // notice's button tries again.
            if let Some(e) = super::korean::failed_at_start() {
                ko_failed.set(Some(e));
            } else if *wanted == Lang::Ko {
                bring();
            }
        });
    }
    let retry_korean = Callback::from(move |_: MouseEvent| bring_korean());
    use_effect_with(
        (lang, route.slide.is_some(), route.contrast, route.theme),
        |(lang, briefing, contrast, theme)| {
            let doc = gloo::utils::document();
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.code());
                // Large type for the back of the room; high contrast for projectors.
                let list = html.class_list();
                let _ = list.toggle_with_force("briefing", *briefing);
                let _ = list.toggle_with_force("high-contrast", *contrast);
                // A theme in the link wins; otherwise the stylesheet follows prefers-color-scheme.
                let _ = list.toggle_with_force("theme-dark", *theme == Some(Theme::Dark));
                let _ = list.toggle_with_force("theme-light", *theme == Some(Theme::Light));
            }
            doc.set_title(lang.t(Key::DocTitle));
        },
    );

    // `dispatch` is made once, so the contexts that carry it stay equal while the route
    // changes (see `Actions`); it acts on the route of the latest render, as a callback
    // made in that render would.
    let latest = use_mut_ref(|| (*route).clone());
    *latest.borrow_mut() = (*route).clone();
    let dispatch = use_memo((), {
        let set_route = route.setter();
        let latest = latest.clone();
        move |_| {
            Callback::from(move |action: Action| {
                let current = latest.borrow().clone();
                let next = current.apply(action);
                if next == current {
                    return;
                }
                // Selections and views add a history entry, so back steps through them;
                // zoom steps, and everything inside an embed (whose history is the host
                // article's), replace the current one. Written after the frame
                // (src/ui/url.rs).
                let how = if action.replaces_history() || next.embed {
                    Write::Replace
                } else {
                    Write::Push
                };
                url::write_soon(how, to_hash(&next));
                // The next action, if it comes before the next render, builds on this one.
                *latest.borrow_mut() = next.clone();
                set_route.set(next);
            })
        }
    });
    let dispatch = (*dispatch).clone();
    let on_select = use_memo((), {
        let dispatch = dispatch.clone();
        move |_| dispatch.reform(Action::View)
    });
    let on_select = (*on_select).clone();
    let tables_ready = use_after_first_chart();
    let rerender = use_force_update();
    use_briefing_keys(route.slide.is_some(), dispatch.clone());
    use_briefing_sync(route.slide, dispatch.clone());
    let ctx = AppCtx {
        route: shown.clone(),
        lang,
        dispatch: dispatch.clone(),
    };
    let actions = Actions {
        lang,
        dispatch: dispatch.clone(),
    };
    // Both contexts around `body`.
    let provide = |body: Html| {
        html! {
            <ContextProvider<Actions> context={actions.clone()}>
                <ContextProvider<AppCtx> context={ctx.clone()}>{ body }</ContextProvider<AppCtx>>
            </ContextProvider<Actions>>
        }
    };
    if route.presenter {
        return provide(html! { <PresenterView /> });
    }

    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| notice.set(Vec::new()))
    };

    use_height_reporter(route.embed);
    let accent_style = route
        .accent
        .map(|c| format!("--accent: {}", readable_accent(c).hex()));

    let view = shown.view;
    // The regions and timeline views come as chunks the first time they are shown
    // (src/ui/lazy.rs); until one is in, its panel says so.
    let chunk = lazy::of(view);
    let changed = Callback::from(move |_| rerender.force_update());
    let (body, chunk_tables) = match chunk.map(|c| (c, lazy::status(c, changed.clone()))) {
        None => (html! { <FundingView /> }, None),
        Some((_, Status::Ready(make))) => {
            let (body, tables) = make(lang);
            (body, Some(tables))
        }
        Some((_, Status::Loading)) => (
            html! { <p class="chunk-status" role="status" data-testid="chunk-loading">{ lang.t(Key::ChunkLoading) }</p> },
            Some(Html::default()),
        ),
        Some((c, Status::Failed)) => (
            html! {
                <div class="notice" role="status" data-testid="chunk-failed">
                    <p>{ lang.t(Key::ChunkFailed) }</p>
                    <button type="button" data-testid="chunk-retry"
                        onclick={Callback::from(move |_: MouseEvent| lazy::retry(c, changed.clone()))}>{ lang.t(Key::TryAgain) }</button>
                </div>
            },
            Some(Html::default()),
        ),
    };
    let tables = || match &chunk_tables {
        None => html! { <FundingTables {lang} selected={shown.selected} /> },
        Some(t) => t.clone(),
    };
    let panel_id = format!("panel-{}", view.slug());
    if route.slide.is_some() {
        return provide(html! {
            <div class="shell briefing-shell" style={accent_style}>
                <SlideBar />
                <main class="panel" id={panel_id}>{ body }</main>
                <p class="source-line">{ lang.tf(Key::EmbedSource, &[lang.pick(DATASET.report.title)]) }</p>
            </div>
        });
    }
    if route.embed {
        let report = &DATASET.report;
        let name = lang.pick(DATASET.initiative.name);
        let view_name = lang.t(view_key(view));
        return provide(html! {
            <div class="shell embed" style={accent_style}>
                <header class="embed-head">
                    <h1 data-testid="title">{ view_name }{ ": " }{ name }</h1>
                    <p class="source-line">{ lang.tf(Key::EmbedSource, &[lang.pick(report.title)]) }</p>
                </header>
                <main class="panel" id={panel_id}>
                    { body }
                    <details class="alt"><summary>{ lang.t(Key::DataTable) }</summary>{ tables() }</details>
                </main>
                <footer class="embed-foot">
                    <a href={full_view_href(&route)} target="_blank" rel="noopener" data-testid="open-full">{ lang.t(Key::OpenFullView) }</a>
                </footer>
            </div>
        });
    }
    // The tables come once the first chart is on screen (src/ui/defer.rs).
    let panel = html! { <>{ body }if tables_ready { { tables() } }</> };
    let intro = match view {
        View::Funding => Key::FundingIntro,
        View::Regions => Key::RegionsIntro,
        View::Timeline => Key::TimelineIntro,
    };

    provide(html! {
        <div class="shell" style={accent_style}>
            if let Some(why) = ko_failed.as_ref().filter(|_| wanted != lang) {
                <div class="notice" role="status" data-testid="ko-notice">
                    <p>{ lang.tf(Key::NoticeKoreanMissing, &[why]) }</p>
                    <button type="button" onclick={retry_korean} data-testid="ko-retry">{ lang.t(Key::TryAgain) }</button>
                </div>
            }
            if !notice.is_empty() {
                <div class="notice" role="status" data-testid="notice">
                    <p>{ lang.tf(Key::NoticeUnknownHash, &[&notice.join(", ")]) }</p>
                    <button type="button" onclick={dismiss}>{ lang.t(Key::Dismiss) }</button>
                </div>
            }
            <Header {lang} theme={shown.theme} />
            <div class="tabs-row">
                <Tabs {lang} selected={view} {on_select} />
                <div class="tools">
                    <button type="button" class="tool" data-testid="start-briefing"
                        onclick={dispatch.reform(|_: MouseEvent| Action::Slide(Some(1)))}>{ lang.t(Key::StartBriefing) }</button>
                    <EmbedDialog />
                </div>
            </div>
            <main>
                <div id={panel_id} class="panel" role="tabpanel"
                    aria-labelledby={format!("tab-{}", view.slug())}>
                    <p class="intro">{ lang.t(intro) }</p>
                    { panel }
                </div>
            </main>
            { footer(lang) }
        </div>
    })
}
