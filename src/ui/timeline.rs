//! The timeline view: milestones from 2024 to 2030 (2050 within reach), lanes by theme,
//! later reports in their own lane and style, conflicting dates joined, a today line,
//! zoom and pan, filters, and an ordered list that stays in step.

use super::chart::{chart_zoom, tooltip, use_width, ChartCanvas};
use super::detail::panel;
use super::export::{CsvOf, ExportBar};
use super::markup::Markup;
use super::store::{use_actions, use_app, Actions};
use super::tables::cite_into;
use crate::data::timeline::{at_day, conflict_links, entries, Entry, Mark, Row};
use crate::data::{self, Conflict, Lane, MilestoneKind, Update, DATASET};
use crate::i18n::{self, Key, Lang};
use crate::layout::timeline::{row_colour, timeline, TimeFrame, TimeItem};
use crate::layout::Scene;
use crate::state::Action;
use yew::prelude::*;

/// The range the view opens on: 2024 to the end of 2030.
pub const DEFAULT_RANGE: (f64, f64) = (2024.0, 2031.0);
/// The widest range: the Bank of Korea's 2050 projections stay reachable.
const LIMITS: (f64, f64) = (2023.0, 2051.0);
/// Narrowest zoom: three months.
const MIN_SPAN: f64 = 0.25;

fn row_key(r: Row) -> Key {
    match r {
        Row::Report(Lane::Law) => Key::LaneLaw,
        Row::Report(Lane::Funding) => Key::LaneFunding,
        Row::Report(Lane::Infrastructure) => Key::LaneInfrastructure,
        Row::Report(Lane::International) => Key::LaneInternational,
        Row::Report(Lane::Talent) => Key::LaneTalent,
        Row::Report(Lane::Targets) => Key::LaneTargets,
        Row::Later => Key::LaneLater,
    }
}

fn kind_key(k: MilestoneKind) -> Key {
    match k {
        MilestoneKind::Law => Key::KindLaw,
        MilestoneKind::Launch => Key::KindLaunch,
        MilestoneKind::Agreement => Key::KindAgreement,
        MilestoneKind::Appointment => Key::KindAppointment,
        MilestoneKind::Opening => Key::KindOpening,
        MilestoneKind::Deadline => Key::KindDeadline,
        MilestoneKind::Projection => Key::KindProjection,
        MilestoneKind::Announcement => Key::KindAnnouncement,
    }
}

/// The entry's label in the reader's language.
fn label(lang: Lang, e: &Entry) -> String {
    if let Some(m) = DATASET.milestones.iter().find(|m| m.id == e.id) {
        return lang.pick(m.name).to_owned();
    }
    let u = DATASET.updates.iter().find(|u| u.id == e.record);
    let n: usize =
        e.id.rsplit('@')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
    u.and_then(|u| u.events.get(n - 1))
        .map(|ev| lang.pick(ev.text).to_owned())
        .unwrap_or_default()
}

/// Zooms `range` by `factor` around `at`, within the limits.
pub fn zoom(range: (f64, f64), factor: f64, at: f64) -> (f64, f64) {
    let span = ((range.1 - range.0) * factor).clamp(MIN_SPAN, LIMITS.1 - LIMITS.0);
    let rel = ((at - range.0) / (range.1 - range.0)).clamp(0.0, 1.0);
    let start = at - rel * span;
    clamp_range((start, start + span))
}

/// Moves `range` by `by` years, within the limits.
pub fn pan(range: (f64, f64), by: f64) -> (f64, f64) {
    clamp_range((range.0 + by, range.1 + by))
}

fn clamp_range((a, b): (f64, f64)) -> (f64, f64) {
    let span = (b - a).min(LIMITS.1 - LIMITS.0);
    let a = a.clamp(LIMITS.0, LIMITS.1 - span);
    (a, a + span)
}

/// The visible range from the route (months since year 0), or the default.
pub fn from_months(r: Option<(u32, u32)>) -> (f64, f64) {
    r.map(|(a, b)| clamp_range((a as f64 / 12.0, b as f64 / 12.0)))
        .unwrap_or(DEFAULT_RANGE)
}

/// The range as the route keeps it: whole months, and nothing for the default.
pub fn to_months(r: (f64, f64)) -> Option<(u32, u32)> {
    let (a, b) = ((r.0 * 12.0).round() as u32, (r.1 * 12.0).round() as u32);
    let default = (
        (DEFAULT_RANGE.0 * 12.0) as u32,
        (DEFAULT_RANGE.1 * 12.0) as u32,
    );
    ((a, b) != default && b > a).then_some((a, b))
}

/// The range as the view reads and sets it; it lives in the URL, so a zoomed view is a link.
#[derive(Clone)]
struct RangeHandle {
    now: (f64, f64),
    dispatch: Callback<Action>,
}

impl std::ops::Deref for RangeHandle {
    type Target = (f64, f64);
    fn deref(&self) -> &(f64, f64) {
        &self.now
    }
}

impl RangeHandle {
    fn set(&self, r: (f64, f64)) {
        self.dispatch.emit(Action::Range(to_months(r)));
    }
}

fn today() -> f64 {
    let d = js_sys::Date::new_0();
    at_day(
        d.get_full_year() as u16,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

/// The view.
#[function_component(TimelineView)]
pub fn timeline_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let wrap = use_node_ref();
    let width = use_width(wrap.clone());
    // In a briefing the chart is laid out narrower and drawn larger, so its text reads from afar.
    let scale = chart_zoom(&app.route, width);
    let width = width / scale;
    let focused = use_state_eq(|| None::<&'static str>);
    let range = RangeHandle {
        now: from_months(app.route.range),
        dispatch: app.dispatch.clone(),
    };
    let hidden_rows = use_state_eq(Vec::<Row>::new);
    let programme_filter = use_state_eq(|| None::<&'static str>);

    let shown: Vec<&Entry> = entries()
        .iter()
        .filter(|e| !hidden_rows.contains(&e.row))
        .filter(|e| programme_filter.is_none_or(|p| e.programmes.contains(&p)))
        .collect();
    let selected = app.route.selected;
    // A selected programme lights up its milestones.
    let highlighted: Vec<&'static str> = match selected.and_then(data::programme) {
        Some(p) => shown
            .iter()
            .filter(|e| e.programmes.contains(&p.id))
            .map(|e| e.id)
            .collect(),
        None => Vec::new(),
    };
    let shown_ids: Vec<&'static str> = shown.iter().map(|e| e.id).collect();
    // Laid out again only when what it shows changes: a hover or keyboard focus moves the
    // focus ring, which the chart draws on a layer of its own. Nothing is laid out before
    // the chart's width is measured (the chart is not shown then): a scene for 1 px was
    // alive beside the first real one.
    let scene = use_memo(
        (
            width,
            *range,
            today(),
            lang,
            (*hidden_rows).clone(),
            shown_ids,
            selected,
            highlighted.clone(),
        ),
        |(width, range, today, lang, hidden_rows, shown_ids, selected, highlighted)| {
            if *width <= 0.0 {
                return Scene {
                    width: 1.0,
                    ..Scene::default()
                };
            }
            let width = &width.max(1.0);
            let lang = *lang;
            let rows: Vec<(Row, String)> = Row::ALL
                .iter()
                .filter(|r| !hidden_rows.contains(r))
                .map(|r| (*r, lang.t(row_key(*r)).to_owned()))
                .collect();
            let shown = entries().iter().filter(|e| shown_ids.contains(&e.id));
            let items: Vec<TimeItem> = shown
                .map(|e| TimeItem {
                    id: e.id,
                    row: e.row,
                    when: e.when,
                    mark: e.mark,
                    label: label(lang, e),
                })
                .collect();
            let links: Vec<_> = conflict_links()
                .into_iter()
                .filter(|(_, a, b)| shown_ids.contains(a) && shown_ids.contains(b))
                .collect();
            let frame = TimeFrame {
                width: *width,
                range: *range,
                today: *today,
                today_label: lang.t(Key::Today).to_owned(),
                quarters: [1, 2, 3, 4].map(|q| lang.tf(Key::Quarter, &[&q.to_string()])),
                rows: &rows,
                links: &links,
                selected: *selected,
                highlighted,
            };
            timeline(&items, &frame)
        },
    );
    let outside = shown.iter().filter(|e| scene.item(e.id).is_none()).count();

    let set_range = |r: (f64, f64)| {
        let range = range.clone();
        Callback::from(move |_: MouseEvent| range.set(r))
    };
    let zoom_by = |f: f64| {
        let range = range.clone();
        Callback::from(move |_: MouseEvent| {
            let mid = (range.0 + range.1) / 2.0;
            range.set(zoom(*range, f, mid))
        })
    };
    let pan_by = |dir: f64| {
        let range = range.clone();
        Callback::from(move |_: MouseEvent| {
            range.set(pan(*range, dir * (range.1 - range.0) * 0.25))
        })
    };
    let on_key = {
        let range = range.clone();
        let focused = focused.clone();
        let scene = scene.clone();
        Callback::from(move |e: KeyboardEvent| {
            let span = range.1 - range.0;
            let mid = (range.0 + range.1) / 2.0;
            let next = match (e.key().as_str(), e.shift_key()) {
                ("+" | "=", _) => zoom(*range, 0.5, mid),
                ("-" | "_", _) => zoom(*range, 2.0, mid),
                ("ArrowLeft", true) => pan(*range, -span * 0.25),
                ("ArrowRight", true) => pan(*range, span * 0.25),
                ("0", _) => DEFAULT_RANGE,
                _ => return,
            };
            e.prevent_default();
            range.set(next);
            // Keep the keyboard on an entry that is still in view.
            if focused.is_some_and(|f| scene.item(f).is_none()) {
                focused.set(None);
            }
        })
    };
    let on_wheel = {
        let range = range.clone();
        let wrap = wrap.clone();
        Callback::from(move |e: WheelEvent| {
            let span = range.1 - range.0;
            if e.ctrl_key() {
                // Trackpad pinch and ctrl+wheel zoom around the pointer (horizontal layout).
                e.prevent_default();
                let w = wrap
                    .cast::<web_sys::Element>()
                    .map_or(1.0, |el| el.get_bounding_client_rect().width());
                let rel = (e.offset_x() as f64 / w).clamp(0.0, 1.0);
                let at = range.0 + rel * span;
                range.set(zoom(*range, if e.delta_y() > 0.0 { 1.25 } else { 0.8 }, at));
            } else if e.shift_key() || e.delta_x().abs() > e.delta_y().abs() {
                e.prevent_default();
                let d = if e.delta_x().abs() > e.delta_y().abs() {
                    e.delta_x()
                } else {
                    e.delta_y()
                };
                range.set(pan(*range, d.signum() * span * 0.1));
            }
        })
    };
    // Spreading two fingers zooms in around their midpoint; pinching them zooms out.
    let on_pinch = {
        let range = range.clone();
        Callback::from(move |(spread, at): (f64, f64)| {
            let t = range.0 + at * (range.1 - range.0);
            range.set(zoom(*range, 1.0 / spread, t));
        })
    };
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |id: Option<&'static str>| focused.set(id))
    };
    let on_select = {
        let app = app.clone();
        Callback::from(move |id: Option<&'static str>| app.select(id.map(selectable)))
    };

    let describe = |id: &str| -> Option<(String, String)> {
        if let Some(c) = DATASET.conflicts.iter().find(|c| c.id == id) {
            return Some((
                lang.pick(c.title).to_owned(),
                lang.t(Key::ConflictMarker).to_owned(),
            ));
        }
        let e = entries().iter().find(|e| e.id == id)?;
        let when = i18n::date(lang, e.date);
        let lane = lang.t(row_key(e.row));
        Some((label(lang, e), format!("{when} · {lane}")))
    };
    let announce = focused
        .and_then(|f| {
            let (name, meta) = describe(f)?;
            let pos = scene
                .items
                .iter()
                .position(|i| i.id == f)
                .map_or(0, |p| p + 1);
            Some(lang.tf(
                Key::Announce,
                &[
                    &name,
                    &meta,
                    &pos.to_string(),
                    &scene.items.len().to_string(),
                ],
            ))
        })
        .unwrap_or_default();
    let tooltip = focused.and_then(|f| {
        let item = scene.item(f)?;
        let (name, meta) = describe(f)?;
        let left = item.outline.x.clamp(0.0, (scene.width - 280.0).max(0.0));
        let top = item.outline.y + item.outline.h + 4.0;
        let mut body = Markup::new();
        body.el("strong", &[], &name).el("span", &[], &meta);
        if let Some(m) = DATASET.milestones.iter().find(|m| m.id == f) {
            cite_into(&mut body, lang, m.source);
        }
        let later = entries()
            .iter()
            .find(|e| e.id == f && e.mark == Mark::Later);
        if let Some(u) = later.and_then(|e| DATASET.updates.iter().find(|u| u.id == e.record)) {
            body.el(
                "small",
                &[("class", "cite")],
                &format!("{}: {}", lang.t(Key::LaterSource), u.sources.join(", ")),
            );
        }
        Some(tooltip(left, top, &[], body))
    });

    let toggle_row = |r: Row| {
        let hidden_rows = hidden_rows.clone();
        Callback::from(move |_: Event| {
            let mut v = (*hidden_rows).clone();
            if let Some(i) = v.iter().position(|x| *x == r) {
                v.remove(i);
            } else {
                v.push(r);
            }
            hidden_rows.set(v);
        })
    };
    let on_programme = {
        let programme_filter = programme_filter.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            programme_filter.set(data::programme(&v).map(|p| p.id));
        })
    };
    let range_text = format!(
        "{}–{}",
        range.0.floor() as i64,
        (range.1 - 1e-9).floor() as i64
    );

    html! {
        <section class="timeline" aria-labelledby="timeline-h">
            <h2 id="timeline-h" class="sr-only">{ lang.t(Key::ViewTimeline) }</h2>
            <div class="controls" role="group" aria-label={lang.t(Key::TimelineControls)}>
                <div class="toggle zoom">
                    <button type="button" onclick={zoom_by(0.5)} aria-label={lang.t(Key::ZoomIn)}>{ "+" }</button>
                    <button type="button" onclick={zoom_by(2.0)} aria-label={lang.t(Key::ZoomOut)}>{ "−" }</button>
                    <button type="button" onclick={pan_by(-1.0)} aria-label={lang.t(Key::PanEarlier)}>{ "←" }</button>
                    <button type="button" onclick={pan_by(1.0)} aria-label={lang.t(Key::PanLater)}>{ "→" }</button>
                </div>
                <div class="toggle">
                    <button type="button" aria-pressed={if *range == DEFAULT_RANGE { "true" } else { "false" }} onclick={set_range(DEFAULT_RANGE)}>{ lang.t(Key::Range2030) }</button>
                    <button type="button" aria-pressed={if *range == LIMITS { "true" } else { "false" }} onclick={set_range(LIMITS)}>{ lang.t(Key::Range2050) }</button>
                </div>
                <span class="range" data-testid="range" aria-live="polite">{ range_text.clone() }</span>
                <label class="select">{ lang.t(Key::FilterProgramme) }{ " " }
                    <select onchange={on_programme} data-testid="programme-filter">
                        <option value="" selected={programme_filter.is_none()}>{ lang.t(Key::AllProgrammes) }</option>
                        { for DATASET.programmes.iter().map(|p| html! {
                            <option value={p.id} selected={*programme_filter == Some(p.id)}>{ lang.pick(p.name) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <fieldset class="lanes">
                <legend>{ lang.t(Key::FilterLanes) }</legend>
                { for Row::ALL.iter().map(|r| html! {
                    <label class="check">
                        <input type="checkbox" checked={!hidden_rows.contains(r)} onchange={toggle_row(*r)} />
                        <span class="swatch" style={format!("background:{}", row_colour(*r).hex())}></span>
                        { lang.t(row_key(*r)) }
                    </label>
                }) }
            </fieldset>
            <div class="chart-wrap" ref={wrap}>
                if width > 0.0 {
                    <ChartCanvas zoom={scale} scene={scene.clone()} label={lang.tf(Key::TimelineLabel, &[&shown.len().to_string(), &range_text.clone()])}
                        help_id="timeline-help" focused={*focused} {on_focus} {on_select} announce={announce}
                        testid="timeline-chart" {on_key} {on_wheel} on_pinch={Some(on_pinch)} highlighted={highlighted.join(" ")} />
                }
                { tooltip.unwrap_or_default() }
            </div>
            <p id="timeline-help" class="help">{ lang.t(Key::TimelineHelp) }</p>
            <ExportBar scene={scene.clone()} name="timeline" title={lang.t(Key::ViewTimeline)} csv={CsvOf::Timeline} />
            if scene.hidden_labels > 0 || outside > 0 {
                <p class="help" data-testid="hidden-count">{ lang.tf(Key::TimelineHidden, &[&scene.hidden_labels.to_string(), &outside.to_string()]) }</p>
            }
            { legend(lang) }
            if let Some(id) = selected.filter(|s| entries().iter().any(|e| e.record == *s) || DATASET.conflicts.iter().any(|c| c.id == *s)) {
                { entry_detail(&app.actions(), id) }
            }
            <EntryList ids={shown.iter().map(|e| e.id).collect::<Vec<_>>()} {selected} />
        </section>
    }
}

/// What the timeline's marks mean.
fn legend(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend")]);
    for (swatch, mark, key) in [
        ("swatch dot", "", Key::LegendEvent),
        ("swatch bar", "", Key::LegendSpan),
        ("swatch diamond", "", Key::LegendDeadline),
        ("swatch later", "", Key::LegendLater),
        ("swatch bang", "!", Key::LegendConflict),
        ("swatch today", "", Key::Today),
    ] {
        m.legend_item(swatch, "", mark, lang.t(key));
    }
    m.close("ul");
    m.html()
}

/// Props of the entry list: which entries it shows, and the selection.
#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    /// The ids of the entries the filters keep, in time order.
    pub ids: Vec<&'static str>,
    /// The selected record, if any.
    pub selected: Option<&'static str>,
}

/// The entries the filters keep, as an ordered list in time order, each a button that
/// selects its record. A component of its own so that zooming or panning the chart (which
/// changes none of its props) does not rebuild a hundred rows.
#[function_component(EntryList)]
fn entry_list(props: &EntryListProps) -> Html {
    let app = use_actions();
    let lang = app.lang;
    let selected = props.selected;
    html! {
        <section class="entry-list" aria-labelledby="entry-list-h">
            <h3 id="entry-list-h">{ lang.t(Key::MilestonesCaption) }</h3>
            <ol data-testid="milestone-list">
                { for entries().iter().filter(|e| props.ids.contains(&e.id)).map(|e| {
                    let record = selectable(e.id);
                    let is = selected == Some(record);
                    html! {
                        <li data-id={e.id} class={classes!(is.then_some("selected"), (e.mark == Mark::Later).then_some("later"))}
                            aria-current={if is { "true" } else { "false" }}>
                            <span class="nowrap when">{ i18n::date(lang, e.date) }</span>{ " " }
                            <button type="button" class="link" onclick={app.on::<MouseEvent>(Action::Select(Some(record)))}>{ label(lang, e) }</button>
                            <small class="lane">{ " · " }{ lang.t(row_key(e.row)) }</small>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// The record an entry selects: a milestone itself, an update for its events.
fn selectable(id: &'static str) -> &'static str {
    entries()
        .iter()
        .find(|e| e.id == id)
        .map_or(id, |e| e.record)
}

/// The detail panel of a milestone, a later report, or a conflict (a function, as the
/// other panels: `detail::panel`).
fn entry_detail(app: &Actions, id: &str) -> Html {
    let lang = app.lang;
    let programme_buttons = |m: &mut Markup, ids: &[&'static str]| {
        m.open("p", &[]);
        for p in ids.iter().filter_map(|id| data::programme(id)) {
            m.select_button("link chip", p.id, lang.pick(p.name));
        }
        m.close("p");
    };
    let claims = |m: &mut Markup, c: &Conflict| {
        m.open("ol", &[]);
        for cl in c.claims {
            m.open("li", &[]).text(lang.pick(cl.says));
            cite_into(m, lang, cl.source);
            m.close("li");
        }
        m.close("ol").el("p", &[], lang.pick(c.note));
    };
    let mut m = Markup::new();
    let (title, record) = if let Some(ms) = DATASET.milestones.iter().find(|m| m.id == id) {
        m.open("p", &[])
            .el("strong", &[], &i18n::date(lang, ms.date))
            .text(&format!(
                " · {} · {}",
                lang.t(kind_key(ms.kind)),
                lang.t(row_key(Row::Report(ms.lane)))
            ))
            .close("p");
        cite_into(&mut m, lang, ms.source);
        if !ms.programmes.is_empty() {
            m.el("h4", &[], lang.t(Key::DetailProgrammes));
            programme_buttons(&mut m, ms.programmes);
        }
        if !ms.actors.is_empty() {
            m.el("h4", &[], lang.t(Key::DetailActors)).el(
                "p",
                &[],
                &ms.actors
                    .iter()
                    .filter_map(|a| data::actor(a))
                    .map(|a| lang.pick(a.name))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        for c in data::conflicts_about(ms.id) {
            m.open("div", &[("class", "conflict")])
                .el("h4", &[], lang.pick(c.title));
            claims(&mut m, c);
            m.close("div");
        }
        for u in data::updates_about(ms.id) {
            m.open("div", &[("class", "update")])
                .el(
                    "h4",
                    &[],
                    &format!("{}: {}", lang.t(Key::DetailUpdates), lang.pick(u.topic)),
                )
                .el("p", &[], lang.pick(u.says));
            sources(&mut m, lang, u);
            m.close("div");
        }
        (lang.pick(ms.name), ms.id)
    } else if let Some(u) = DATASET.updates.iter().find(|u| u.id == id) {
        m.el("p", &[("class", "badge later")], lang.t(Key::LaneLater))
            .el("p", &[], lang.pick(u.says))
            .open("ul", &[]);
        for e in u.events {
            m.open("li", &[])
                .el("strong", &[], &i18n::date(lang, e.date))
                .text(" · ")
                .text(lang.pick(e.text))
                .close("li");
        }
        m.close("ul");
        sources(&mut m, lang, u);
        programme_buttons(
            &mut m,
            &u.concerns
                .iter()
                .copied()
                .filter(|c| data::programme(c).is_some())
                .collect::<Vec<_>>(),
        );
        (lang.pick(u.topic), u.id)
    } else if let Some(c) = DATASET.conflicts.iter().find(|c| c.id == id) {
        claims(&mut m, c);
        (lang.pick(c.title), c.id)
    } else {
        return html! {};
    };
    panel(app, record, "entry-h", title, m)
}

/// "Sources: …" under a later report.
fn sources(m: &mut Markup, lang: Lang, u: &Update) {
    m.el(
        "p",
        &[("class", "sources")],
        &format!("{}: {}", lang.t(Key::UpdateSources), u.sources.join(", ")),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_point_under_the_cursor_and_stays_in_limits() {
        let r = zoom(DEFAULT_RANGE, 0.5, 2025.0);
        assert!((r.1 - r.0 - 3.5).abs() < 1e-9);
        let rel_before = (2025.0 - DEFAULT_RANGE.0) / 7.0;
        let rel_after = (2025.0 - r.0) / (r.1 - r.0);
        assert!((rel_before - rel_after).abs() < 1e-9);
        let wide = zoom(DEFAULT_RANGE, 100.0, 2025.0);
        assert_eq!(wide, LIMITS);
        let narrow = zoom(DEFAULT_RANGE, 0.0001, 2025.0);
        assert!((narrow.1 - narrow.0 - MIN_SPAN).abs() < 1e-9);
    }

    #[test]
    fn ranges_survive_the_trip_through_months() {
        assert_eq!(to_months(DEFAULT_RANGE), None);
        assert_eq!(from_months(None), DEFAULT_RANGE);
        let r = zoom(DEFAULT_RANGE, 0.5, 2025.0);
        let back = from_months(to_months(r));
        assert!((back.0 - r.0).abs() <= 1.0 / 24.0 && (back.1 - r.1).abs() <= 1.0 / 24.0);
        assert_eq!(from_months(to_months(LIMITS)), LIMITS);
    }

    #[test]
    fn pan_stops_at_the_limits() {
        assert_eq!(pan(DEFAULT_RANGE, -100.0).0, LIMITS.0);
        assert_eq!(pan(DEFAULT_RANGE, 100.0).1, LIMITS.1);
        let r = pan(DEFAULT_RANGE, 1.0);
        assert_eq!(r, (2025.0, 2032.0));
    }
}
