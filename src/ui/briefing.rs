//! Briefing mode's first-load part: the route a slide shows, the keys a keyboard or a
//! clicker sends (arrows, PageUp/PageDown, Space, Home, End; F for full screen), and the
//! BroadcastChannel that keeps a presenter window in step. The slide's face and the
//! presenter's window come in a chunk of their own (src/ui/slides.rs, src/ui/lazy.rs).
//! Nothing needs a hover.

use crate::state::{parse_hash, Action, Route, SlideMove};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The route a slide shows: its own state, with the briefing's settings kept.
pub fn slide_route(route: &Route) -> Route {
    let Some(n) = route.slide else {
        return route.clone();
    };
    let Some(slide) = crate::data::SLIDES.get(n as usize - 1) else {
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

/// Enters full screen, or leaves it.
pub(super) fn fullscreen() {
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
        let total = crate::data::SLIDES.len() as u16;
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
        for (i, s) in crate::data::SLIDES.iter().enumerate() {
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

    #[test]
    fn each_slide_links_its_own_view_without_the_briefing() {
        let base = "https://example.org/won-atlas/";
        for (i, s) in crate::data::SLIDES.iter().enumerate() {
            for lang in crate::i18n::Lang::ALL {
                // A presenter's window in high contrast: neither goes into the link.
                let r = Route {
                    slide: Some(i as u16 + 1),
                    presenter: true,
                    contrast: true,
                    ..Route::default()
                };
                let link = crate::story::permalink(base, &slide_route(&r), lang);
                let hash = link.strip_prefix(base).expect("the page's address first");
                for part in ["slide=", "presenter=", "contrast="] {
                    assert!(!hash.contains(part), "{}: {link}", s.id);
                }
                let parsed = parse_hash(hash);
                assert!(parsed.ignored.is_empty(), "{}: {:?}", s.id, parsed.ignored);
                let own = Route {
                    lang: Some(lang),
                    ..parse_hash(s.state).route
                };
                assert_eq!(parsed.route, own, "{}: {link}", s.id);
                let qr = crate::qr::Qr::of(&link).expect("a slide's link fits a QR code");
                // Small enough to read from the back of a room: version 10 or below.
                assert!(qr.size <= 57, "{}: {} modules", s.id, qr.size);
            }
        }
    }
}
