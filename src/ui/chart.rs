//! A canvas that shows a Scene and makes it operable: pointer hover and click,
//! and a keyboard model (arrows move, Enter selects, Escape clears) with a live
//! region that announces the focused item. Used by every chart view.

use super::markup::Markup;
use crate::layout::{theme, Scene};
use crate::render::canvas;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of a chart canvas.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// What to draw.
    pub scene: Rc<Scene>,
    /// Accessible name of the chart.
    pub label: AttrValue,
    /// Ids of the elements that describe the chart (its summary and keyboard help).
    pub help_id: AttrValue,
    /// The focused (hovered or keyboard) item.
    pub focused: Option<&'static str>,
    /// Called when the focused item changes.
    pub on_focus: Callback<Option<&'static str>>,
    /// Called to select an item, or with `None` to clear.
    pub on_select: Callback<Option<&'static str>>,
    /// What the live region says about the focused item.
    pub announce: AttrValue,
    /// A test id for the canvas.
    #[prop_or_default]
    pub testid: AttrValue,
    /// Keys the view handles itself (zoom, pan); it calls `prevent_default` on those.
    #[prop_or_default]
    pub on_key: Callback<KeyboardEvent>,
    /// Wheel and trackpad-pinch events (pinch arrives as ctrl+wheel).
    #[prop_or_default]
    pub on_wheel: Callback<WheelEvent>,
    /// Ids drawn as highlighted (linked from another view), exposed for tests and tools.
    #[prop_or_default]
    pub highlighted: AttrValue,
    /// Drawn this many times the scene's size (briefing mode).
    #[prop_or(1.0)]
    pub zoom: f64,
    /// Two-finger pinch: (how much the fingers spread since the last move, their midpoint
    /// as a fraction of the canvas width). Views that zoom (the timeline) listen.
    #[prop_or_default]
    pub on_pinch: Option<Callback<(f64, f64)>>,
    /// Drawn on the dark theme's card (src/layout/theme.rs).
    #[prop_or_default]
    pub dark: bool,
    /// Set while the chart's frame does not yet know how large the chart fits (an embed
    /// whose chart has just got its size): the canvas is not drawn, and calls this once
    /// rendered, to have the room measured. The chart is then drawn once, at the size it
    /// fits, rather than at another size first.
    #[prop_or_default]
    pub hold: Option<Callback<()>>,
}

/// The box that follows the focused item: `body` at (`left`, `top`) CSS px over the
/// chart, with `attrs` (what tests read) on it. Text only, so it is markup.
pub fn tooltip(left: f64, top: f64, attrs: &[(&str, &str)], body: Markup) -> Html {
    use crate::decimal::fixed;
    let style = format!("left:{}px;top:{}px", fixed(left, 0), fixed(top, 0));
    let mut all = vec![
        ("class", "tooltip"),
        ("role", "tooltip"),
        ("data-testid", "tooltip"),
    ];
    all.extend_from_slice(attrs);
    all.push(("style", &style));
    let mut m = Markup::new();
    m.open("div", &all).append(body).close("div");
    m.html()
}

/// How much larger charts are drawn: 1 normally; in a briefing, enough that their text
/// reads from the back of the room at the width `width` the view has.
pub fn chart_zoom(route: &crate::state::Route, width: f64) -> f64 {
    if route.slide.is_some() {
        (width / 1000.0).clamp(1.0, 2.2)
    } else {
        1.0
    }
}

fn dpr() -> f64 {
    gloo::utils::window().device_pixel_ratio()
}

/// Pointer position in scene px: relative to the canvas, divided by its zoom.
fn local(e: &MouseEvent, zoom: f64) -> Option<(f64, f64)> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let r = target.get_bounding_client_rect();
    Some((
        (e.client_x() as f64 - r.left()) / zoom,
        (e.client_y() as f64 - r.top()) / zoom,
    ))
}

/// The canvas.
#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartProps) -> Html {
    let lang = super::store::use_store().lang;
    let node = use_node_ref();
    let overlay = use_node_ref();
    use_drawing(&node, &overlay, props);
    let pinch = use_pinch(props.on_pinch.clone());
    let (onpointerdown, onpointerup, onpointermove) = match pinch {
        Some((d, u, m)) => (Some(d), Some(u), Some(m)),
        None => (None, None, None),
    };
    let onpointercancel = onpointerup.clone();
    let onwheel = props.on_wheel.clone();
    let onmousemove = on_hover(props);
    let onmouseleave = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |_: MouseEvent| on_focus.emit(None))
    };
    let onclick = on_click(props);
    let onkeydown = on_keydown(props);
    let onfocus = {
        let scene = props.scene.clone();
        let on_focus = props.on_focus.clone();
        let focused = props.focused;
        Callback::from(move |_: FocusEvent| {
            if focused.is_none() {
                on_focus.emit(scene.step(None, 1));
            }
        })
    };
    html! {
        <>
            <canvas ref={node} {onwheel} {onpointerdown} {onpointerup} {onpointermove} {onpointercancel} class="chart" tabindex="0" role="application"
                aria-roledescription={lang.t(crate::i18n::Key::ChartRole)} aria-label={props.label.clone()}
                aria-describedby={props.help_id.clone()} data-testid={props.testid.clone()}
                data-highlighted={props.highlighted.clone()}
                {onmousemove} {onmouseleave} {onclick} {onkeydown} {onfocus} />
            // The focus ring, on its own layer over the chart (src/render/canvas.rs).
            <canvas ref={overlay} class="chart-focus" aria-hidden="true" />
            <p class="sr-only" aria-live="polite" data-testid="live">{ props.announce.clone() }</p>
        </>
    }
}

/// Draws the scene on the chart canvas when it (or the zoom) changes, and the focus
/// ring on the overlay whenever the focus moves.
#[hook]
fn use_drawing(node: &NodeRef, overlay: &NodeRef, props: &ChartProps) {
    // The scene (and zoom) the chart canvas shows now: a focus change alone leaves it be.
    let shown = use_mut_ref(|| None::<(Rc<Scene>, u64, bool)>);
    // The pixels of the scene's base shapes, kept off the page (src/render/layer.rs).
    let layer = use_mut_ref(canvas::Layer::default);
    {
        let layer = layer.clone();
        use_effect_with((), move |_| move || layer.borrow_mut().free());
    }
    let node = node.clone();
    let overlay = overlay.clone();
    let deps = (
        props.scene.clone(),
        props.zoom.to_bits(),
        props.focused,
        props.dark,
        props.hold.clone(),
    );
    use_effect_with(deps, move |(scene, zoom, focused, dark, hold)| {
        if let Some(measure) = hold {
            measure.emit(());
            return;
        }
        let (Some(c), Some(o)) = (
            node.cast::<web_sys::HtmlCanvasElement>(),
            overlay.cast::<web_sys::HtmlCanvasElement>(),
        ) else {
            return;
        };
        let current = matches!(&*shown.borrow(),
            Some((s, z, d)) if *z == *zoom && d == dark && (Rc::ptr_eq(s, scene) || **s == **scene));
        if !current {
            let z = f64::from_bits(*zoom);
            let dark_scene = dark.then(|| theme::themed(scene));
            let drawn = canvas::draw_zoomed(
                &c,
                dark_scene.as_ref().unwrap_or(scene),
                dpr(),
                z,
                &mut layer.borrow_mut(),
            );
            if let Err(e) = drawn {
                web_sys::console::error_1(&format!("chart draw failed: {e}").into());
            }
            *shown.borrow_mut() = Some((scene.clone(), *zoom, *dark));
            // For the benchmark: the first chart on screen, marked once per page.
            if let Some(perf) = gloo::utils::window().performance() {
                if perf.get_entries_by_name("won-atlas:first-chart").length() == 0 {
                    let _ = perf.mark("won-atlas:first-chart");
                }
            }
        }
        let marks = focused.map(|id| scene.focus_marks(id)).unwrap_or_default();
        let marks = if *dark {
            theme::dark_shapes(&marks, Vec::new())
        } else {
            marks
        };
        let zoom = f64::from_bits(*zoom);
        if let Err(e) = canvas::draw_overlay(&o, scene, &marks, dpr(), zoom) {
            web_sys::console::error_1(&format!("focus draw failed: {e}").into());
        }
        // The page's height may have changed: an embed reports it to its host. (The
        // host cannot rely on ResizeObserver: browsers pause it in offscreen frames.)
        // The benchmark counts these too.
        if let Ok(ev) = web_sys::Event::new("won-atlas:drawn") {
            let _ = gloo::utils::window().dispatch_event(&ev);
        }
    });
}

/// The pointer over an item focuses it.
fn on_hover(props: &ChartProps) -> Callback<MouseEvent> {
    let scene = props.scene.clone();
    let on_focus = props.on_focus.clone();
    let current = props.focused;
    let zoom = props.zoom;
    Callback::from(move |e: MouseEvent| {
        let hit = local(&e, zoom).and_then(|(x, y)| scene.hit(x, y));
        if hit != current {
            on_focus.emit(hit);
        }
    })
}

/// A click on an item selects it.
fn on_click(props: &ChartProps) -> Callback<MouseEvent> {
    let scene = props.scene.clone();
    let on_select = props.on_select.clone();
    let zoom = props.zoom;
    Callback::from(move |e: MouseEvent| {
        if let Some(id) = local(&e, zoom).and_then(|(x, y)| scene.hit(x, y)) {
            on_select.emit(Some(id));
        }
    })
}

/// Arrows, Home and End move the focus; Enter and Space select the focused item;
/// Escape clears the selection. The view's own keys come first.
fn on_keydown(props: &ChartProps) -> Callback<KeyboardEvent> {
    let scene = props.scene.clone();
    let on_focus = props.on_focus.clone();
    let on_select = props.on_select.clone();
    let focused = props.focused;
    let on_key = props.on_key.clone();
    Callback::from(move |e: KeyboardEvent| {
        on_key.emit(e.clone());
        if e.default_prevented() {
            return;
        }
        let step = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            "Home" => isize::MIN / 2,
            "End" => isize::MAX / 2,
            "Enter" | " " => {
                e.prevent_default();
                if let Some(id) = focused {
                    on_select.emit(Some(id));
                    focus_panel_soon(PANEL_TRIES);
                }
                return;
            }
            "Escape" => {
                // Clears the selection and closes the focused item's tooltip.
                e.prevent_default();
                on_select.emit(None);
                on_focus.emit(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        on_focus.emit(scene.step(focused, step));
    })
}

/// How many times [`focus_panel_soon`] looks for the panel before it gives up.
const PANEL_TRIES: u32 = 10;

/// Moves the keyboard focus to the detail panel's heading once the panel has rendered,
/// which scrolls it into view and has a screen reader read its name: the panel that
/// Enter opens is often below the chart, out of sight. Escape in the panel brings the
/// focus back to the chart (`ui::panels`).
fn focus_panel_soon(tries: u32) {
    gloo::timers::callback::Timeout::new(30, move || {
        let heading = gloo::utils::document()
            .query_selector("aside.detail h3")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(h) => {
                let _ = h.focus();
                h.scroll_into_view();
            }
            None if tries > 0 => focus_panel_soon(tries - 1),
            None => {}
        }
    })
    .forget();
}

/// The touch pointers down on the canvas: (pointer id, client x, client y).
type Pointers = Rc<std::cell::RefCell<Vec<(i32, f64, f64)>>>;

/// Two-finger pinch from touch screens, tracked with pointer events: the pointer down,
/// up (and cancel) and move handlers, for a view that listens.
#[hook]
fn use_pinch(
    on_pinch: Option<Callback<(f64, f64)>>,
) -> Option<(
    Callback<PointerEvent>,
    Callback<PointerEvent>,
    Callback<PointerEvent>,
)> {
    let pointers = use_mut_ref(Vec::<(i32, f64, f64)>::new);
    let on_pinch = on_pinch?;
    let down = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                let mut p = pointers.borrow_mut();
                p.retain(|(id, ..)| *id != e.pointer_id());
                p.push((e.pointer_id(), e.client_x() as f64, e.client_y() as f64));
            }
        })
    };
    let up = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers
                .borrow_mut()
                .retain(|(id, ..)| *id != e.pointer_id())
        })
    };
    Some((down, up, pinch_move(pointers, on_pinch)))
}

/// A touch pointer's move: with two down, how much they spread since the last move and
/// their midpoint as a fraction of the canvas width.
fn pinch_move(pointers: Pointers, on_pinch: Callback<(f64, f64)>) -> Callback<PointerEvent> {
    Callback::from(move |e: PointerEvent| {
        let mut p = pointers.borrow_mut();
        if p.len() != 2 || !p.iter().any(|(id, ..)| *id == e.pointer_id()) {
            return;
        }
        let spread =
            |p: &[(i32, f64, f64)]| ((p[0].1 - p[1].1).powi(2) + (p[0].2 - p[1].2).powi(2)).sqrt();
        let before = spread(&p);
        for q in p.iter_mut().filter(|q| q.0 == e.pointer_id()) {
            q.1 = e.client_x() as f64;
            q.2 = e.client_y() as f64;
        }
        let after = spread(&p);
        let rect = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| el.get_bounding_client_rect());
        if let (Some(r), true) = (rect, before > 1.0 && after > 1.0) {
            let mid = ((p[0].1 + p[1].1) / 2.0 - r.left()) / r.width().max(1.0);
            on_pinch.emit((after / before, mid.clamp(0.0, 1.0)));
        }
    })
}

/// An element's size as [`use_size`] last measured it.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct Size {
    /// Width in CSS px (0 until measured).
    pub width: f64,
    /// Height in CSS px, if asked for (else 0).
    pub height: f64,
    /// The element's `--natural` height (an embed's chart wrap, src/ui/views/frame.rs)
    /// when it was measured, in CSS px; 0 without one. A height measured against another
    /// natural height than the one now set is stale.
    pub natural: f64,
}

/// The `--natural` height an embed's chart wrap carries (src/ui/views/frame.rs), in CSS
/// px, if it has one. Read with JavaScript's parseFloat ("283px" is 283): Rust's float
/// parser would add its tables to the first load for this one number.
pub fn natural_height(el: &web_sys::HtmlElement) -> Option<f64> {
    let value = el.style().get_property_value("--natural").ok()?;
    Some(js_sys::parse_float(&value)).filter(|n| n.is_finite())
}

/// The size of an element ([`Size`]), kept current whenever the element resizes (window
/// resizes, a scrollbar appearing, briefing type scaling the page), and a callback that
/// measures it again now. A slide's chart area takes its height from the screen, not from
/// the chart, so the chart can be drawn to fit it.
#[hook]
pub fn use_size(node: NodeRef, tall: bool) -> (Size, Callback<()>) {
    let size = use_state_eq(Size::default);
    let measure = {
        let size = size.clone();
        let node = node.clone();
        use_callback(tall, move |_: (), tall| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let r = el.get_bounding_client_rect();
                let width = r.width().floor();
                if width > 0.0 {
                    let natural = natural_height(&el).unwrap_or(0.0);
                    let height = if *tall { r.height().floor() } else { 0.0 };
                    size.set(Size {
                        width,
                        height,
                        natural,
                    });
                }
            }
        })
    };
    {
        let measure = measure.clone();
        use_effect_with((tall, measure), move |(_, measure)| {
            measure.emit(());
            let el = node.cast::<web_sys::Element>();
            let on_resize = measure.clone();
            let callback =
                wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || on_resize.emit(()));
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, &el) {
                o.observe(el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    (*size, measure)
}
