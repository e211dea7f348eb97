//! The timeline view: milestones from 2024 to 2030 (2050 within reach), lanes by theme,
//! later reports in their own lane and style, conflicting dates joined, a today line,
//! zoom and pan, filters, and an ordered list that stays in step; filtered to one
//! programme, its steps since the report.

mod controls;
mod gestures;
mod group;
mod list;
mod range;

use super::frame::{position, use_chart_frame, Chart, ViewProps};
use crate::data::highlight::Highlight;
use crate::data::timeline::{at_day, conflict_links, entries, Entry, Mark, Row};
use crate::i18n::{self, Key, Lang};
use crate::layout::timeline::{timeline, TimeFrame, TimeItem, GROUP_PREFIX};
use crate::layout::Scene;
use crate::state::range::{from_months, years_text};
use crate::ui::chart::tooltip;
use crate::ui::details::FromDetails;
use crate::ui::export::CsvOf;
use crate::ui::markup::{cite_into, Markup};
use crate::ui::names::{entry_label, entry_short, row_key, selectable};
use crate::ui::steps::FromSteps;
use controls::{controls, lanes};
use group::{focus_first, group_list};
use list::{legend, EntryList};
use range::RangeHandle;
use std::rc::Rc;
use yew::prelude::*;

/// The view.
#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    let frame = use_chart_frame(&props.route);
    let lang = frame.lang;
    let range = RangeHandle::new(from_months(props.route.range), &frame.store);
    let hidden_rows = use_state_eq(Vec::<Row>::new);
    let programme_filter = use_state_eq(|| None::<&'static str>);
    let shown: Vec<&Entry> = entries()
        .iter()
        .filter(|e| !hidden_rows.contains(&e.row))
        .filter(|e| programme_filter.is_none_or(|p| e.programmes.contains(&p)))
        .collect();
    let shown_ids: Vec<&'static str> = shown.iter().map(|e| e.id).collect();
    let selected = props.route.selected;
    // A selected programme lights up its milestones.
    let mut highlighted = Highlight::of(selected).entries();
    highlighted.retain(|id| shown_ids.contains(id));
    let scene = use_timeline_scene(Shows {
        width: frame.width,
        range: *range,
        lang,
        hidden_rows: (*hidden_rows).clone(),
        ids: shown_ids.clone(),
        selected,
        highlighted: highlighted.clone(),
    });
    let outside = shown
        .iter()
        .filter(|e| scene.holder(e.id).is_none())
        .count();
    let range_text = years_text(lang, *range);
    // A count mark opens the list of what it holds; anything else is selected.
    let open_group = use_state_eq(|| None::<&'static str>);
    let on_select = {
        let select = frame.store.on_select();
        let open_group = open_group.clone();
        Callback::from(move |id: Option<&'static str>| match id {
            Some(g) if g.starts_with(GROUP_PREFIX) => open_group.set(Some(g)),
            other => {
                open_group.set(None);
                select.emit(other.map(selectable));
            }
        })
    };
    let group_ids = (*open_group)
        .and_then(|g| scene.group(g))
        .map(<[_]>::to_vec);
    // The list takes focus when it opens, so the keyboard lands on what it holds.
    use_effect_with(*open_group, |g| {
        if g.is_some() {
            focus_first();
        }
    });
    let close_group = {
        let open_group = open_group.clone();
        Callback::from(move |()| open_group.set(None))
    };
    let focused = *frame.focused;
    let chart = frame.area(Chart {
        name: "timeline",
        scene: scene.clone(),
        label: lang.tf(Key::TimelineLabel, &[&shown.len().to_string(), &range_text]),
        summary: crate::summary::timeline::timeline(
            lang,
            &shown,
            *range,
            |e| entry_label(lang, e),
            selected
                .and_then(|s| entries().iter().find(|e| e.record == s || e.id == s))
                .map(|e| entry_label(lang, e))
                .as_deref(),
        ),
        announce: focused
            .and_then(|f| announce(lang, &scene, f))
            .unwrap_or_default(),
        highlighted: highlighted.join(" "),
        tooltip: focused.and_then(|f| focus_tooltip(lang, &scene, f)),
        on_select,
        help: Key::TimelineHelp,
        title: Key::ViewTimeline,
        csv: CsvOf::Timeline,
        gestures: gestures::gestures(&range, &frame.focused, &scene, &frame.wrap),
        wrap: Default::default(),
    });
    html! {
        <section class="timeline" aria-labelledby="timeline-h">
            <h2 id="timeline-h" class="sr-only">{ lang.t(Key::ViewTimeline) }</h2>
            // A slide shows its story's state: no controls to change it.
            if props.route.slide.is_none() {
                { controls(lang, &range, range_text, &programme_filter) }
                { lanes(lang, &hidden_rows) }
            }
            { chart }
            if let Some(ids) = group_ids {
                { group_list(lang, &frame.store, &ids, &close_group) }
            }
            if scene.hidden_labels > 0 || outside > 0 {
                <p class="help" data-testid="hidden-count">{ lang.tf(Key::TimelineHidden, &[&scene.hidden_labels.to_string(), &outside.to_string()]) }</p>
            }
            { legend(lang) }
            // Filtered to one programme: its steps from the report on, each dated and sourced.
            if let Some(p) = *programme_filter {
                <div class="timeline-steps" data-testid="timeline-steps">
                    <FromSteps {lang} id={Some(p)} ladder=true />
                </div>
            }
            if let Some(id) = selected.filter(|s| entries().iter().any(|e| e.record == *s) || crate::data::CONFLICTS.iter().any(|c| c.id == *s)) {
                <FromDetails {lang} id={Some(id)} />
            }
            <EntryList ids={shown_ids} {selected} />
        </section>
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

/// What the timeline's scene shows.
#[derive(Clone, PartialEq)]
struct Shows {
    /// The chart's width; 0 until measured.
    width: f64,
    /// The visible range.
    range: (f64, f64),
    lang: Lang,
    /// The lanes the reader has hidden.
    hidden_rows: Vec<Row>,
    /// The entries the filters keep.
    ids: Vec<&'static str>,
    selected: Option<&'static str>,
    highlighted: Vec<&'static str>,
}

/// The timeline's scene, laid out again only when what it shows changes: a hover or
/// keyboard focus moves the focus ring, which the chart draws on a layer of its own.
/// Nothing is laid out before the chart's width is measured (the chart is not shown
/// then), so no scene for 1 px is alive beside the first real one.
#[hook]
fn use_timeline_scene(shows: Shows) -> Rc<Scene> {
    use_memo((shows, today()), |(s, today)| {
        if s.width <= 0.0 {
            return Scene {
                width: 1.0,
                ..Scene::default()
            };
        }
        let lang = s.lang;
        let rows: Vec<(Row, String)> = Row::ALL
            .iter()
            .filter(|r| !s.hidden_rows.contains(r))
            .map(|r| (*r, lang.t(row_key(*r)).to_owned()))
            .collect();
        let items: Vec<TimeItem> = entries()
            .iter()
            .filter(|e| s.ids.contains(&e.id))
            .map(|e| TimeItem {
                id: e.id,
                row: e.row,
                when: e.when,
                mark: e.mark,
                label: entry_short(lang, e),
            })
            .collect();
        let links: Vec<_> = conflict_links()
            .into_iter()
            .filter(|(_, a, b)| s.ids.contains(a) && s.ids.contains(b))
            .collect();
        let frame = TimeFrame {
            width: s.width.max(1.0),
            range: s.range,
            today: *today,
            today_label: lang.t(Key::Today).to_owned(),
            quarters: [1, 2, 3, 4].map(|q| lang.tf(Key::Quarter, &[&q.to_string()])),
            rows: &rows,
            links: &links,
            selected: s.selected,
            highlighted: &s.highlighted,
        };
        timeline(&items, &frame)
    })
}

/// A record's name and what the tooltip and live region say under it.
fn describe(lang: Lang, id: &str) -> Option<(String, String)> {
    if let Some(c) = crate::data::CONFLICTS.iter().find(|c| c.id == id) {
        return Some((
            lang.pick(c.title).to_owned(),
            lang.t(match c.kind {
                crate::data::ConflictKind::Contradiction => Key::ConflictMarker,
                crate::data::ConflictKind::Ambiguity => Key::AmbiguityMarker,
            })
            .to_owned(),
        ));
    }
    let e = entries().iter().find(|e| e.id == id)?;
    let when = i18n::date(lang, e.date);
    let lane = lang.t(row_key(e.row));
    Some((entry_label(lang, e), format!("{when} · {lane}")))
}

/// A count mark's name and the full names of what it holds.
fn describe_group(lang: Lang, scene: &Scene, id: &str) -> Option<(String, String)> {
    let ids = scene.group(id)?;
    let names: Vec<String> = ids
        .iter()
        .filter_map(|m| entries().iter().find(|e| e.id == *m))
        .map(|e| entry_label(lang, e))
        .collect();
    Some((
        lang.tf(Key::TimelineGroup, &[&ids.len().to_string()]),
        names.join("; "),
    ))
}

/// What the live region says about the focused entry.
fn announce(lang: Lang, scene: &Scene, id: &str) -> Option<String> {
    let (name, meta) = describe_group(lang, scene, id).or_else(|| describe(lang, id))?;
    let (pos, n) = position(scene, id);
    Some(lang.tf(Key::Announce, &[&name, &meta, &pos, &n]))
}

/// The tooltip of the focused entry: its name, date and lane, and its source.
fn focus_tooltip(lang: Lang, scene: &Scene, id: &str) -> Option<Html> {
    let item = scene.item(id)?;
    let (name, meta) = describe_group(lang, scene, id).or_else(|| describe(lang, id))?;
    let left = item.outline.x.clamp(0.0, (scene.width - 280.0).max(0.0));
    let top = item.outline.y + item.outline.h + 4.0;
    let mut body = Markup::new();
    body.el("strong", &[], &name).el("span", &[], &meta);
    if let Some(m) = crate::data::MILESTONES.iter().find(|m| m.id == id) {
        cite_into(&mut body, lang, m.source);
    }
    let later = entries()
        .iter()
        .find(|e| e.id == id && e.mark == Mark::Later);
    if let Some(u) = later.and_then(|e| crate::data::UPDATES.iter().find(|u| u.id == e.record)) {
        body.el(
            "small",
            &[("class", "cite")],
            &format!("{}: {}", lang.t(Key::LaterSource), u.sources.join(", ")),
        );
    }
    Some(tooltip(left, top, &[], body))
}
