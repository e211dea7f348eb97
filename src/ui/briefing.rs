//! Briefing mode: the story's slides over the live views, driven by a keyboard or a
//! clicker (arrows, PageUp/PageDown, Space, Home, End; F for full screen), a slide
//! counter and progress bar, a URL per slide, and a presenter window kept in step
//! through a BroadcastChannel. Nothing needs a hover.

use super::store::use_app;
use crate::data::DATASET;
use crate::i18n::Key;
use crate::state::{parse_hash, Action, Route};
use crate::story::fill;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The route a slide shows: its own state, with the briefing's settings kept.
pub fn slide_route(route: &Route) -> Route {
    let Some(n) = route.slide else {
        return route.clone();
    };
    let Some(slide) = DATASET.slides.get(n as usize - 1) else {
        return route.clone();
    };
    Route {
        slide: route.slide,
        presenter: route.presenter,
        contrast: route.contrast,
        lang: route.lang,
        accent: route.accent,
        ..parse_hash(slide.state).route
    }
}

/// The slide a key moves to from `n` of `total`, if the key is one a clicker sends.
pub fn key_target(key: &str, n: u16, total: u16) -> Option<u16> {
    match key {
        "ArrowRight" | "PageDown" | " " | "ArrowDown" => Some((n + 1).min(total)),
        "ArrowLeft" | "PageUp" | "ArrowUp" => Some(n.saturating_sub(1).max(1)),
        "Home" => Some(1),
        "End" => Some(total),
        _ => None,
    }
}

fn fullscreen() {
    let doc = gloo::utils::document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        // Refused in some frames and browsers: the briefing carries on windowed.
        let _ = root.request_fullscreen();
    }
}

/// Clicker keys, F for full screen, and the presenter link, for the whole page.
#[hook]
pub fn use_briefing_keys(slide: Option<u16>, dispatch: Callback<Action>) {
    use_effect_with((slide, dispatch), |(slide, dispatch)| {
        let slide = *slide;
        let dispatch = dispatch.clone();
        let total = DATASET.slides.len() as u16;
        let listener = slide.map(|n| {
            // Not passive: the keys a clicker sends must not also scroll the page.
            EventListener::new_with_options(
                &gloo::utils::window(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    // Typing in a form field is not a slide change.
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                        });
                    if typing {
                        return;
                    }
                    if e.key() == "f" || e.key() == "F" {
                        e.prevent_default();
                        fullscreen();
                        return;
                    }
                    if let Some(to) = key_target(&e.key(), n, total) {
                        e.prevent_default();
                        if to != n {
                            dispatch.emit(Action::Slide(Some(to)));
                        }
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// Keeps every window of a briefing on the same slide.
#[hook]
pub fn use_briefing_sync(slide: Option<u16>, dispatch: Callback<Action>) {
    let channel = use_memo((), |_| {
        web_sys::BroadcastChannel::new("won-atlas-briefing").ok()
    });
    {
        let channel = channel.clone();
        use_effect_with(dispatch, move |dispatch| {
            let dispatch = dispatch.clone();
            let closure = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |m: web_sys::MessageEvent| {
                    if let Some(n) = m.data().as_f64() {
                        dispatch.emit(Action::Slide(Some(n as u16)));
                    }
                },
            );
            if let Some(c) = channel.as_ref() {
                c.set_onmessage(Some(closure.as_ref().unchecked_ref()));
            }
            move || drop(closure)
        });
    }
    use_effect_with(slide, move |slide| {
        if let (Some(n), Some(c)) = (slide, channel.as_ref()) {
            let _ = c.post_message(&JsValue::from(*n as f64));
        }
    });
}

/// The slide's title and takeaway, counter, progress and controls.
#[function_component(SlideBar)]
pub fn slide_bar() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(n) = app.route.slide else {
        return html! {};
    };
    let total = DATASET.slides.len() as u16;
    let Some(slide) = DATASET.slides.get(n as usize - 1) else {
        return html! {};
    };
    let go = |to: u16| app.on::<MouseEvent>(Action::Slide(Some(to)));
    let presenter = Callback::from(move |_: MouseEvent| {
        let hash = crate::state::to_hash(&Route {
            slide: Some(n),
            presenter: true,
            ..Route::default()
        });
        // A second window; where pop-ups are refused the briefing goes on without it.
        let _ = gloo::utils::window().open_with_url_and_target(&hash, "won-atlas-presenter");
    });
    let percent = n as f64 / total as f64 * 100.0;
    html! {
        <section class="slide" aria-labelledby="slide-h" data-testid="slide">
            <div class="slide-progress" role="progressbar" aria-valuemin="1" aria-valuemax={total.to_string()}
                aria-valuenow={n.to_string()} aria-label={lang.t(Key::SlideProgress)}>
                <div style={format!("width:{}%", crate::decimal::fixed(percent, 1))}></div>
            </div>
            <p class="slide-count" data-testid="slide-count">{ lang.tf(Key::SlideCount, &[&n.to_string(), &total.to_string()]) }</p>
            <h2 id="slide-h" data-testid="slide-title">{ fill(lang, lang.pick(slide.title)) }</h2>
            { for slide.lines.iter().map(|l| html! { <p class="takeaway">{ fill(lang, lang.pick(*l)) }</p> }) }
            <div class="slide-controls">
                <button type="button" onclick={go(n.saturating_sub(1).max(1))} disabled={n == 1}>{ lang.t(Key::SlidePrev) }</button>
                <button type="button" onclick={go((n + 1).min(total))} disabled={n == total}>{ lang.t(Key::SlideNext) }</button>
                <button type="button" onclick={Callback::from(|_: MouseEvent| fullscreen())}>{ lang.t(Key::FullScreen) }</button>
                <button type="button" aria-pressed={if app.route.contrast { "true" } else { "false" }}
                    onclick={app.on::<MouseEvent>(Action::Contrast(!app.route.contrast))}>{ lang.t(Key::HighContrast) }</button>
                <button type="button" onclick={presenter}>{ lang.t(Key::PresenterView) }</button>
                <button type="button" onclick={app.on::<MouseEvent>(Action::Slide(None))}>{ lang.t(Key::ExitBriefing) }</button>
            </div>
        </section>
    }
}

/// The presenter's window: current and next slide, notes, a timer.
#[function_component(PresenterView)]
pub fn presenter_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let seconds = use_state(|| 0u32);
    {
        let seconds = seconds.clone();
        use_effect_with((), move |_| {
            let start = js_sys::Date::now();
            let interval = gloo::timers::callback::Interval::new(1000, move || {
                seconds.set(((js_sys::Date::now() - start) / 1000.0) as u32);
            });
            move || drop(interval)
        });
    }
    let n = app.route.slide.unwrap_or(1);
    let total = DATASET.slides.len() as u16;
    let current = DATASET.slides.get(n as usize - 1);
    let next = DATASET.slides.get(n as usize);
    let go = |to: u16| app.on::<MouseEvent>(Action::Slide(Some(to)));
    html! {
        <div class="presenter" data-testid="presenter">
            <p class="slide-count">{ lang.tf(Key::SlideCount, &[&n.to_string(), &total.to_string()]) }
                { " · " }<span class="timer" data-testid="timer">{ format!("{:02}:{:02}", *seconds / 60, *seconds % 60) }</span></p>
            if let Some(s) = current {
                <h1 data-testid="title">{ fill(lang, lang.pick(s.title)) }</h1>
                { for s.lines.iter().map(|l| html! { <p class="takeaway">{ fill(lang, lang.pick(*l)) }</p> }) }
                <h2>{ lang.t(Key::PresenterNotes) }</h2>
                <p class="notes" data-testid="notes">{ s.notes.map(|t| fill(lang, lang.pick(t))).unwrap_or_else(|| lang.t(Key::NoNotes).to_owned()) }</p>
            }
            <h2>{ lang.t(Key::NextSlide) }</h2>
            <p data-testid="next-title">{ next.map(|s| fill(lang, lang.pick(s.title))).unwrap_or_else(|| lang.t(Key::EndOfStory).to_owned()) }</p>
            <div class="slide-controls">
                <button type="button" onclick={go(n.saturating_sub(1).max(1))}>{ lang.t(Key::SlidePrev) }</button>
                <button type="button" onclick={go((n + 1).min(total))}>{ lang.t(Key::SlideNext) }</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_keys_step_and_stop_at_the_ends() {
        assert_eq!(key_target("ArrowRight", 1, 5), Some(2));
        assert_eq!(key_target("PageDown", 5, 5), Some(5));
        assert_eq!(key_target(" ", 2, 5), Some(3));
        assert_eq!(key_target("PageUp", 1, 5), Some(1));
        assert_eq!(key_target("ArrowLeft", 3, 5), Some(2));
        assert_eq!(key_target("Home", 4, 5), Some(1));
        assert_eq!(key_target("End", 1, 5), Some(5));
        assert_eq!(key_target("x", 1, 5), None);
    }

    #[test]
    fn a_slide_route_is_its_state_with_the_briefing_kept() {
        for (i, s) in DATASET.slides.iter().enumerate() {
            let r = Route {
                slide: Some(i as u16 + 1),
                contrast: true,
                lang: Some(crate::i18n::Lang::Ko),
                ..Route::default()
            };
            let shown = slide_route(&r);
            let own = parse_hash(s.state).route;
            assert_eq!(shown.view, own.view);
            assert_eq!(shown.selected, own.selected);
            assert_eq!(shown.slide, r.slide);
            assert!(shown.contrast);
            assert_eq!(shown.lang, r.lang);
        }
    }
}
