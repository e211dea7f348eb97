//! The briefing's faces, fetched as a chunk of their own (src/ui/lazy.rs): the slide
//! (its title as the page's h1, its takeaways, the QR code of its permalink, the counter,
//! progress and the presenter's buttons, and a live region that says each change) and
//! the presenter's window (current and next slide, notes, a timer, the QR code larger).

use super::briefing::fullscreen;
use super::store::use_store;
use crate::i18n::{Key, Lang};
use crate::qr::Qr;
use crate::state::Route;
use crate::story::{fill, permalink};
use yew::prelude::*;

/// Props of the briefing's faces: the route they show (the slide's own, from
/// `briefing::slide_route`).
#[derive(Properties, PartialEq)]
pub struct BriefingProps {
    /// The route of the slide shown.
    pub route: Route,
}

/// The page's address without its hash: what a slide's permalink starts with.
fn page_base() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// The QR code of the slide's permalink, dark on white whatever the theme, with its
/// quiet zone; drawn as one SVG path, so it stays crisp at any size. Its accessible name
/// says what it is for; the audience knows a QR code on sight, so it has no caption.
fn qr_code(lang: Lang, route: &Route, class: &'static str) -> Html {
    let link = permalink(&page_base(), route, lang);
    let Some(qr) = Qr::of(&link) else {
        return Html::default();
    };
    let side = qr.side().to_string();
    html! {
        <div class={classes!("slide-qr", class)} data-testid="slide-qr">
            <svg viewBox={format!("0 0 {side} {side}")} shape-rendering="crispEdges"
                role="img" aria-label={lang.t(Key::SlideQr)}>
                <rect width={side.clone()} height={side} fill="#ffffff" />
                <path d={qr.path()} fill="#000000" />
            </svg>
        </div>
    }
}

/// A button of the slide's or the presenter's controls: disabled where it has nowhere to
/// go, pressed or not where it is a toggle.
fn button(
    label: &str,
    onclick: Callback<MouseEvent>,
    disabled: bool,
    pressed: Option<bool>,
) -> Html {
    let pressed = pressed.map(|p| if p { "true" } else { "false" });
    html! {
        <button type="button" {onclick} {disabled} aria-pressed={pressed}>{ label.to_owned() }</button>
    }
}

/// The slide: title, takeaways and QR code above the view, the counter, progress and
/// buttons below it.
#[function_component(SlideBar)]
pub fn slide_bar(props: &BriefingProps) -> Html {
    let app = use_store();
    let lang = app.lang;
    let contrast = props.route.contrast;
    let Some(n) = props.route.slide else {
        return html! {};
    };
    let total = crate::data::SLIDES.len() as u16;
    let Some(slide) = crate::data::SLIDES.get(n as usize - 1) else {
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
    let title = fill(lang, lang.pick(slide.title));
    let count = lang.tf(Key::SlideCount, &[&n.to_string(), &total.to_string()]);
    html! {
        <>
            <header class="slide" data-testid="slide">
                <div class="slide-text">
                    <h1 id="slide-h" data-testid="slide-title">{ title.clone() }</h1>
                    { for slide.lines.iter().map(|l| html! { <p class="takeaway">{ fill(lang, lang.pick(*l)) }</p> }) }
                </div>
                { qr_code(lang, &props.route, "on-slide") }
            </header>
            // Said once per change, politely: the counter and the new title.
            <p class="sr-only" aria-live="polite" data-testid="slide-live">{ format!("{count}: {title}") }</p>
            <footer class="slide-foot">
                <div class="slide-progress" role="progressbar" aria-valuemin="1" aria-valuemax={total.to_string()}
                    aria-valuenow={n.to_string()} aria-label={lang.t(Key::SlideProgress)}>
                    <div style={format!("width:{}%", crate::decimal::fixed(percent, 1))}></div>
                </div>
                <p class="slide-count" data-testid="slide-count">{ count }</p>
                <nav class="slide-controls" aria-label={lang.t(Key::SlideProgress)}>
                    { button(lang.t(Key::SlidePrev), go(n.saturating_sub(1).max(1)), n == 1, None) }
                    { button(lang.t(Key::SlideNext), go((n + 1).min(total)), n == total, None) }
                    { button(lang.t(Key::FullScreen), Callback::from(|_: MouseEvent| fullscreen()), false, None) }
                    { button(lang.t(Key::HighContrast), app.contrast::<MouseEvent>(!contrast), false, Some(contrast)) }
                    { button(lang.t(Key::PresenterView), presenter, false, None) }
                    { button(lang.t(Key::ExitBriefing), app.slide::<MouseEvent>(None), false, None) }
                </nav>
            </footer>
        </>
    }
}

/// The presenter's window: current and next slide, notes, a timer, and the slide's QR
/// code drawn larger (to hold up to a camera, or to check before it is projected).
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
    let total = crate::data::SLIDES.len() as u16;
    let current = crate::data::SLIDES.get(n as usize - 1);
    let next = crate::data::SLIDES.get(n as usize);
    let go = |to: u16| app.slide::<MouseEvent>(Some(to));
    html! {
        <div class="presenter" data-testid="presenter">
            { qr_code(lang, &props.route, "in-presenter") }
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
                { button(lang.t(Key::SlidePrev), go(n.saturating_sub(1).max(1)), false, None) }
                { button(lang.t(Key::SlideNext), go((n + 1).min(total)), false, None) }
            </div>
        </div>
    }
}
