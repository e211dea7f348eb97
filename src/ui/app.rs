//! The app: the route, the language, the one context ([`Store`]), and the shell the
//! route asks for (src/ui/shell.rs).
//!
//! The route lives in the URL hash, so every view and selection is a link and back
//! and forward work: actions write the hash (after the frame that shows them:
//! src/ui/url.rs), and the app follows `hashchange`.

use super::briefing::{slide_route, use_briefing_keys, use_briefing_sync};
use super::defer::{use_after_first_chart, use_complete};
use super::embed::{use_embed_frame, Reached};
use super::lazy::{self, Chunk, Status};
use super::shell::{briefing_faces, briefing_shell, embed_shell, full_shell, view_parts, Notices};
use super::store::Store;
use super::url::{self, Write};
use crate::data::korean::ready as korean_ready;
use crate::i18n::{Key, Lang};
use crate::layout::accent::accent_style;
use crate::state::{parse_hash, to_hash, Action, Route, Theme};
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

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let (route, notice) = use_route();
    // In a briefing, the slide's own state drives the views.
    let shown = slide_route(&route);
    // Korean waits for the Korean text (src/ui/korean.rs); until it is there, English.
    let wanted = effective_lang(&shown);
    let korean = use_korean(wanted);
    let lang = korean.lang;
    use_page_classes(lang, &route);
    let dispatch = use_dispatch(&route);
    let on_view = use_memo((), {
        let dispatch = dispatch.clone();
        move |_| dispatch.reform(Action::View)
    });
    // The presenter's window draws no chart and asks for no view chunk: nothing to wait for.
    let tables_ready = use_after_first_chart(!route.presenter && lazy::waiting(shown.view));
    let rerender = use_force_update();
    use_briefing_keys(route.slide.is_some(), dispatch.clone());
    use_briefing_sync(route.slide, dispatch.clone());
    let store = Store::new(lang, dispatch.clone());
    let provide = |body: Html| {
        html! { <ContextProvider<Store> context={store.clone()}>{ body }</ContextProvider<Store>> }
    };
    let changed = Callback::from(move |_| rerender.force_update());
    // The funding view's tables come in the details chunk once the first chart is drawn:
    // the page is complete when they are in (or failed to come, which they say).
    let funding_tables =
        lazy::of(shown.view).is_none() && route.slide.is_none() && !route.presenter;
    let tables_on_their_way = tables_ready
        && funding_tables
        && matches!(
            lazy::status(Chunk::Details, changed.clone()),
            Status::Loading
        );
    use_complete(tables_ready && !tables_on_their_way);
    // The briefing's faces come in a chunk of their own (src/ui/slides.rs).
    let faces = (route.slide.is_some() || route.presenter)
        .then(|| briefing_faces(&shown, lang, changed.clone()));
    if let (true, Some((_, presenter))) = (route.presenter, &faces) {
        return provide(presenter.clone());
    }
    let dark = super::header::is_dark(route.theme);
    let reached = Reached {
        view: route.view,
        selected: route.selected,
        lang,
        dark,
    };
    use_embed_frame(route.embed, reached, dispatch);

    let parts = view_parts(&shown, lang, changed, tables_ready);
    let accent = accent_style(route.accent, dark);
    if let Some((slide, _)) = faces {
        return provide(briefing_shell(lang, &shown, accent, slide, parts));
    }
    let notices = Notices {
        korean: korean.failed.filter(|_| wanted != lang),
        retry_korean: korean.retry,
        unknown: (*notice).clone(),
        dismiss: Callback::from(move |_: MouseEvent| notice.set(Vec::new())),
    };
    if route.embed {
        return provide(embed_shell(lang, &route, accent, notices, parts));
    }
    // The tables come once the first chart is on screen (src/ui/defer.rs).
    provide(full_shell(
        &store,
        &shown,
        accent,
        notices,
        (*on_view).clone(),
        parts,
        tables_ready,
    ))
}

/// The route the URL says, and the parts of it that were not understood (for a notice);
/// both follow back/forward and hand-edited links.
#[hook]
fn use_route() -> (UseStateHandle<Route>, UseStateHandle<Vec<String>>) {
    let parsed = use_memo((), |_| parse_hash(&current_hash()));
    let route = use_state_eq(|| parsed.route.clone());
    let notice = use_state(|| parsed.ignored.clone());
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
    (route, notice)
}

/// The language shown, and why Korean is missing (with a callback that tries again).
struct Korean {
    lang: Lang,
    failed: Option<String>,
    retry: Callback<MouseEvent>,
}

/// Brings the Korean text when `wanted` is Korean; English is shown until it is there.
#[hook]
fn use_korean(wanted: Lang) -> Korean {
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
    Korean {
        lang,
        failed: (*ko_failed).clone(),
        retry: Callback::from(move |_: MouseEvent| bring_korean()),
    }
}

/// `<html lang>`, the briefing, contrast and theme classes, and the document's title.
#[hook]
fn use_page_classes(lang: Lang, route: &Route) {
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
}

/// Applies an action to the route and queues its hash. Made once, so the store that
/// carries it stays equal while the route changes; it acts on the route of the latest
/// render, as a callback made in that render would.
#[hook]
fn use_dispatch(route: &UseStateHandle<Route>) -> Callback<Action> {
    let latest = use_mut_ref(|| (**route).clone());
    *latest.borrow_mut() = (**route).clone();
    let dispatch = use_memo((), {
        let set_route = route.setter();
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
    (*dispatch).clone()
}
