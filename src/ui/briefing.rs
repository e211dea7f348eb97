//! Briefing mode: the story's slides over the live views, driven by a keyboard or a
//! clicker (arrows, PageUp/PageDown, Space, Home, End; F for full screen), a slide
//! counter and progress bar, a URL per slide, and a presenter window kept in step
//! through a BroadcastChannel. Nothing needs a hover.

use super::store::use_store;
use crate::data::DATASET;
use crate::i18n::Key;
use crate::state::{parse_hash, Action, Route, SlideMove};
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

/// The move a key makes, if it is one a clicker sends.
pub fn clicker_move(key: &str) -> Option<SlideMove> {
    match key {
        "ArrowRight" | "PageDown" | " " | "ArrowDown" => Some(SlideMove::Next),
        "ArrowLeft" | "PageUp" | "ArrowUp" => Some(SlideMove::Previous),
        "Home" => Some(SlideMove::First),
        "End" => Some(SlideMove::Last),
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

/// Clicker keys, F for full screen, and the presenter link, for the whole page. One
/// listener for the whole briefing: a key says where to move (`Action::SlideMove`) and the
/// app applies that to the slide it shows, so a key pressed while a slide change is still
/// rendering is not lost to a listener of the slide before.
#[hook]
pub fn use_briefing_keys(briefing: bool, dispatch: Callback<Action>) {
    use_effect_with((briefing, dispatch), |(briefing, dispatch)| {
        let dispatch = dispatch.clone();
        let listener = briefing.then(|| {
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
                    if let Some(m) = clicker_move(&e.key()) {
                        e.prevent_default();
                        dispatch.emit(Action::SlideMove(m));
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

/// Props of the briefing's parts: the route they show.
#[derive(Properties, PartialEq)]
pub struct BriefingProps {
    /// The route of the slide shown.
    pub route: Route,
}

/// The slide's title and takeaway, counter, progress and controls.
#[function_component(SlideBar)]
pub fn slide_bar(props: &BriefingProps) -> Html {
    let app = use_store();
    let lang = app.lang;
    let contrast = props.route.contrast;
    let Some(n) = props.route.slide else {
        return html! {};
    };
    let total = DATASET.slides.len() as u16;
    let Some(slide) = DATASET.slides.get(n as usize - 1) else {
        return html! {};
    };
    let go = |to: u16| app.slide::<MouseEvent>(Some(to));
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
                <button type="button" aria-pressed={if contrast { "true" } else { "false" }}
                    onclick={app.contrast::<MouseEvent>(!contrast)}>{ lang.t(Key::HighContrast) }</button>
                <button type="button" onclick={presenter}>{ lang.t(Key::PresenterView) }</button>
                <button type="button" onclick={app.slide::<MouseEvent>(None)}>{ lang.t(Key::ExitBriefing) }</button>
            </div>
        </section>
    }
}

/// The presenter's window: current and next slide, notes, a timer.
#[function_component(PresenterView)]
pub fn presenter_view(props: &BriefingProps) -> Html {
    let app = use_store();
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
    let n = props.route.slide.unwrap_or(1);
    let total = DATASET.slides.len() as u16;
    let current = DATASET.slides.get(n as usize - 1);
    let next = DATASET.slides.get(n as usize);
    let go = |to: u16| app.slide::<MouseEvent>(Some(to));
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
        let to = |key: &str, n: u16| clicker_move(key).map(|m| m.from(n, 5));
        assert_eq!(to("ArrowRight", 1), Some(2));
        assert_eq!(to("PageDown", 5), Some(5));
        assert_eq!(to(" ", 2), Some(3));
        assert_eq!(to("PageUp", 1), Some(1));
        assert_eq!(to("ArrowLeft", 3), Some(2));
        assert_eq!(to("Home", 4), Some(1));
        assert_eq!(to("End", 1), Some(5));
        assert_eq!(to("x", 1), None);
    }

    #[test]
    fn two_moves_step_twice_from_the_slide_shown() {
        let total = DATASET.slides.len() as u16;
        assert!(total >= 3, "the briefing has at least three slides");
        let r = Route {
            slide: Some(3),
            ..Route::default()
        };
        let back = Action::SlideMove(SlideMove::Previous);
        assert_eq!(r.apply(back).apply(back).slide, Some(1));
        let on = Action::SlideMove(SlideMove::Next);
        assert_eq!(r.apply(on).apply(on).slide, Some(5.min(total)));
        // Outside a briefing a clicker key starts nothing.
        assert_eq!(Route::default().apply(on).slide, None);
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
