//! The shell: header, view switcher, the current view's panel, footer.
//!
//! The route lives in the URL hash, so every view and selection is a link and back
//! and forward work: actions write the hash, and the app follows `hashchange`.

use super::funding::FundingView;
use super::header::Header;
use super::store::AppCtx;
use super::tables::{FundingTables, RegionTables, TimelineTables};
use super::tabs::Tabs;
use super::timeline::TimelineView;
use crate::data::DATASET;
use crate::i18n::{Key, Lang};
use crate::state::{parse_hash, to_hash, Action, Route, View};
use gloo::events::EventListener;
use yew::prelude::*;

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The language for a route: the link's, else the browser's preference, else English.
fn effective_lang(route: &Route) -> Lang {
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
    let parsed = use_memo((), |_| parse_hash(&current_hash()));
    let route = use_state_eq(|| parsed.route.clone());
    let notice = use_state(|| parsed.ignored.clone());

    // Follow back/forward and hand-edited links.
    {
        let route = route.clone();
        let notice = notice.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let p = parse_hash(&current_hash());
                route.set(p.route);
                if !p.ignored.is_empty() {
                    notice.set(p.ignored);
                }
            });
            move || drop(listener)
        });
    }

    let lang = effective_lang(&route);
    use_effect_with(lang, |lang| {
        let doc = gloo::utils::document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(lang.t(Key::DocTitle));
    });

    let dispatch = {
        let route = route.clone();
        Callback::from(move |action: Action| {
            let next = route.apply(action);
            if next != *route {
                // A new history entry per change: back steps through selections.
                let _ = gloo::utils::window().location().set_hash(&to_hash(&next));
                route.set(next);
            }
        })
    };
    let ctx = AppCtx {
        route: (*route).clone(),
        lang,
        dispatch: dispatch.clone(),
    };

    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| notice.set(Vec::new()))
    };
    let on_select = dispatch.reform(Action::View);

    let view = route.view;
    let panel = match view {
        View::Funding => html! { <><FundingView /><FundingTables /></> },
        View::Regions => html! { <RegionTables {lang} /> },
        View::Timeline => html! { <><TimelineView /><TimelineTables {lang} /></> },
    };
    let intro = match view {
        View::Funding => Key::FundingIntro,
        View::Regions => Key::RegionsIntro,
        View::Timeline => Key::TimelineIntro,
    };
    let report = &DATASET.report;

    html! {
        <ContextProvider<AppCtx> context={ctx}>
            <div class="shell">
                if !notice.is_empty() {
                    <div class="notice" role="status" data-testid="notice">
                        <p>{ lang.tf(Key::NoticeUnknownHash, &[&notice.join(", ")]) }</p>
                        <button type="button" onclick={dismiss}>{ lang.t(Key::Dismiss) }</button>
                    </div>
                }
                <Header {lang} />
                <Tabs {lang} selected={view} {on_select} />
                <main id={format!("panel-{}", view.slug())} class="panel" role="tabpanel"
                    aria-labelledby={format!("tab-{}", view.slug())}>
                    <p class="intro">{ lang.t(intro) }</p>
                    { panel }
                </main>
                <footer class="footer">
                    <p>{ lang.tf(Key::FooterSource, &[lang.pick(report.title), lang.pick(report.subtitle)]) }</p>
                    <p>{ lang.t(Key::FooterLater) }</p>
                </footer>
            </div>
        </ContextProvider<AppCtx>>
    }
}
