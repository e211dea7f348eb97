//! The frame every chart view shares: the store, the chart's width and zoom, the
//! focused (hovered or keyboard) item, and the chart area under the controls (the
//! canvas, its tooltip, the keyboard help and the export buttons).

use crate::i18n::{Key, Lang};
use crate::layout::Scene;
use crate::state::{Route, View};
use crate::ui::chart::{chart_zoom, use_size, ChartCanvas};
use crate::ui::export::{CsvOf, ExportBar};
use crate::ui::store::{use_store, Store};
use std::rc::Rc;
use yew::prelude::*;

/// Props of a view: the route it shows.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    /// What the reader looks at (in a briefing, the slide's own route).
    pub route: Route,
}

/// What a view's chart frame holds.
pub struct ChartFrame {
    /// The language and the actions.
    pub store: Store,
    /// The language.
    pub lang: Lang,
    /// The element around the chart, whose width the chart takes.
    pub wrap: NodeRef,
    /// The width the chart is laid out at, in CSS px; 0 until measured.
    pub width: f64,
    /// How many times larger the chart is drawn than laid out.
    pub zoom: f64,
    /// On a slide, the height the chart area has on screen, in CSS px; 0 elsewhere (the
    /// chart then takes the height its layout gives it).
    pub height: f64,
    /// In an embed, the height the chart area has in the frame, in CSS px (0 until
    /// measured; `None` outside an embed): the chart is drawn smaller to fit it, down to
    /// [`FIT_MIN`] of its size.
    pub room: Option<f64>,
    /// The wrap's natural height when `room` was measured (0 before any): a room measured
    /// against another natural height is stale.
    pub room_for: f64,
    /// Measures the wrap again now.
    pub measure: Callback<()>,
    /// The focused item.
    pub focused: UseStateHandle<Option<&'static str>>,
    /// What the view shows, said under its chart in the full app (an embed and a
    /// slide have their own titles).
    pub intro: Option<Key>,
    /// Whether the page is in the dark theme: the chart is drawn on its card.
    pub dark: bool,
}

/// How small an embed's chart may be drawn to fit its frame, as a share of its size:
/// below this its labels stop reading, and the frame scrolls instead.
pub const FIT_MIN: f64 = 0.6;

/// The i18n key of a view's intro.
fn intro_key(view: View) -> Key {
    match view {
        View::Funding => Key::FundingIntro,
        View::Regions => Key::RegionsIntro,
        View::Timeline => Key::TimelineIntro,
        View::Economy => Key::EconomyIntro,
    }
}

/// The frame of a chart view showing `route`.
#[hook]
pub fn use_chart_frame(route: &Route) -> ChartFrame {
    let store = use_store();
    let wrap = use_node_ref();
    let slide = route.slide.is_some();
    let (size, measure) = use_size(wrap.clone(), slide || route.embed);
    let (width, height) = (size.width, size.height);
    // In a briefing the chart is laid out narrower and drawn larger, so its text reads from afar.
    let zoom = chart_zoom(route, width);
    let focused = use_state_eq(|| None::<&'static str>);
    use_escape_closes_tooltip(&focused);
    ChartFrame {
        lang: store.lang,
        store,
        wrap,
        width: width / zoom,
        zoom,
        height: if slide { height } else { 0.0 },
        room: (route.embed && !slide).then_some(height),
        room_for: size.natural,
        measure,
        focused,
        intro: (!route.embed && route.slide.is_none()).then(|| intro_key(route.view)),
        dark: crate::ui::header::is_dark(route.theme),
    }
}

/// Escape anywhere on the page ends the focused item, whose tooltip shows over the
/// chart while the pointer hovers it, so the tooltip can be dismissed without moving
/// the pointer. Keys the chart or a panel already handled (`prevent_default`) are left
/// to them.
#[hook]
fn use_escape_closes_tooltip(focused: &UseStateHandle<Option<&'static str>>) {
    let focused = focused.clone();
    use_effect_with((), move |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                use wasm_bindgen::JsCast;
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.key() == "Escape" && !e.default_prevented() {
                    focused.set(None);
                }
            });
        move || drop(listener)
    });
}

/// Keys, wheel and pinch a view handles itself (the timeline's zoom and pan).
#[derive(Default)]
pub struct Gestures {
    /// Keys; the view calls `prevent_default` on those it handles.
    pub on_key: Callback<KeyboardEvent>,
    /// Wheel and trackpad pinch.
    pub on_wheel: Callback<WheelEvent>,
    /// Two-finger pinch.
    pub on_pinch: Option<Callback<(f64, f64)>>,
}

/// What the element around a chart carries beyond its class and width (the map's
/// layout, its inset for tests and tools, and the pointer tracking over the inset).
#[derive(Default)]
pub struct WrapExtras {
    /// A second class.
    pub class: Option<&'static str>,
    /// `data-layout`.
    pub layout: Option<&'static str>,
    /// `data-inset`.
    pub inset: Option<String>,
    /// `data-inset-at`.
    pub inset_at: Option<String>,
    /// Pointer moves over the chart.
    pub onmousemove: Option<Callback<MouseEvent>>,
    /// The pointer leaving the chart.
    pub onmouseleave: Option<Callback<MouseEvent>>,
}

/// A view's chart area.
pub struct Chart {
    /// The view's slug: the canvas is `<name>-chart`, its help `<name>-help`.
    pub name: &'static str,
    /// What to draw.
    pub scene: Rc<Scene>,
    /// The chart's accessible name.
    pub label: String,
    /// What the chart shows, in sentences (`crate::summary`): its accessible
    /// description, the line under it and the exports' description.
    pub summary: String,
    /// What the live region says about the focused item.
    pub announce: String,
    /// Ids drawn highlighted, space-separated.
    pub highlighted: String,
    /// The box that follows the focused item.
    pub tooltip: Option<Html>,
    /// Selects a hit (or clears the selection).
    pub on_select: Callback<Option<&'static str>>,
    /// The keyboard help under the chart.
    pub help: Key,
    /// The view's title, for exports.
    pub title: Key,
    /// The data the CSV export carries.
    pub csv: CsvOf,
    /// Gestures the view handles itself.
    pub gestures: Gestures,
    /// The wrap's extras.
    pub wrap: WrapExtras,
}

impl ChartFrame {
    /// A callback that moves the focus.
    pub fn on_focus(&self) -> Callback<Option<&'static str>> {
        let focused = self.focused.clone();
        Callback::from(move |id: Option<&'static str>| focused.set(id))
    }

    /// How many times larger `scene` is drawn: the frame's zoom, less on a slide where
    /// the scene at that zoom would be taller than the chart area, so the slide never
    /// scrolls, and less in an embed whose frame is too short for it (not below
    /// [`FIT_MIN`]).
    pub fn fitted_zoom(&self, scene: &Scene) -> f64 {
        match self.room {
            _ if scene.height <= 0.0 => self.zoom,
            Some(room) if room > 0.0 => self.zoom.min(room / scene.height).max(FIT_MIN),
            _ if self.height > 0.0 => self.zoom.min(self.height / scene.height),
            _ => self.zoom,
        }
    }

    /// The chart, its tooltip, the view's intro, its keyboard help and its export
    /// buttons. The canvas waits for the chart's width. The intro follows the chart, so
    /// the chart starts in the first screen.
    pub fn area(&self, c: Chart) -> Html {
        let lang = self.lang;
        let zoom = self.fitted_zoom(&c.scene);
        let help_id = format!("{}-help", c.name);
        let summary_id = format!("{}-summary", c.name);
        let w = c.wrap;
        let g = c.gestures;
        // In an embed, the wrap's height at full size: the stylesheet lets it give up to
        // 1 - FIT_MIN of it to fit the frame, and the frame reports it to its host. Only
        // once the chart has its width: a height for a scene laid out before that would
        // size the wrap, be measured as the room, and have the first chart drawn smaller
        // than it fits, then again at its size.
        let natural = self
            .room
            .filter(|_| self.width > 0.0)
            .map(|_| (c.scene.height * self.zoom).ceil());
        // Until the room is measured with the wrap at this natural height, the chart waits
        // for it rather than be drawn at a size it may not fit.
        let hold = natural
            .filter(|n| (n - self.room_for).abs() >= 0.5)
            .map(|_| {
                let measure = self.measure.clone();
                Callback::from(move |()| {
                    // Whether the page fits its frame at all decides the room there is.
                    crate::ui::embed::fit_or_grow();
                    measure.emit(());
                })
            });
        let natural = natural.map(|n| format!("--natural:{}px", crate::decimal::fixed(n, 0)));
        html! {
            <>
                <div class={classes!("chart-wrap", w.class)} ref={self.wrap.clone()} style={natural} data-layout={w.layout}
                    data-inset={w.inset} data-inset-at={w.inset_at}
                    onmousemove={w.onmousemove} onmouseleave={w.onmouseleave}>
                    if self.width > 0.0 {
                        <ChartCanvas {zoom} scene={c.scene.clone()} label={c.label} help_id={format!("{summary_id} {help_id}")}
                            focused={*self.focused} on_focus={self.on_focus()} on_select={c.on_select}
                            announce={c.announce} testid={format!("{}-chart", c.name)}
                            on_key={g.on_key} on_wheel={g.on_wheel} on_pinch={g.on_pinch}
                            highlighted={c.highlighted} dark={self.dark} {hold} />
                    }
                    { c.tooltip.unwrap_or_default() }
                </div>
                <p id={summary_id} class="chart-summary" data-testid="chart-summary">
                    <strong>{ lang.t(Key::SummaryLead) }{ ": " }</strong><span class="summary-text">{ c.summary.clone() }</span>
                </p>
                if let Some(intro) = self.intro {
                    <p class="intro">{ lang.t(intro) }</p>
                }
                <p id={help_id} class="help">{ lang.t(c.help) }</p>
                <ExportBar scene={c.scene} name={c.name} title={lang.t(c.title)} summary={c.summary.clone()} csv={c.csv} />
            </>
        }
    }
}

/// The focused item's place among the scene's items, 1-based (0 if absent), and their
/// count, as the live region says them.
pub fn position(scene: &Scene, id: &str) -> (String, String) {
    let pos = scene
        .items
        .iter()
        .position(|i| i.id == id)
        .map_or(0, |p| p + 1);
    (pos.to_string(), scene.items.len().to_string())
}
