//! The economy view as a Scene: four small charts stacked, each on a scale that suits its
//! figures.
//!
//! 1. The Bank of Korea's projections on one percent axis: the report's productivity range
//!    and GDP ceiling filled, then the three scenarios later reporting gives behind them,
//!    hollow (productivity and GDP as a pair of dots per scenario), under a heading that
//!    names the date and source of that reporting.
//! 2. The 2050 pair (GDP without and with AI) as two bars on one axis of decline.
//! 3. The shares of jobs as three separate bars on a 0–100% axis (not stacked: the report
//!    gives the two shares and the rounded whole), with the note on why 24% + 27% is not
//!    50%.
//! 4. Figures of context, unlike quantities, each on a card of its own.
//!
//! Every figure of `seeds/economy.toml` and every scenario is an item carrying its id, in
//! reading order, so the keyboard reaches each one.

mod draw;

use crate::data::{Figure, FigureGroup, FigureValue, Scenario};
use crate::i18n::{Key, Lang};
use crate::layout::colour::{Rgb, INK, INK_SOFT, RULE};
use crate::layout::scene::{Rect, Scene, Shape};
use atlas_model::format::{figure_value, percent_change};
use draw::Pen;

/// Productivity marks.
pub const PRODUCTIVITY: Rgb = Rgb(0x1f, 0x5f, 0xa8);
/// GDP marks.
pub const GDP: Rgb = Rgb(0x0f, 0x6e, 0x66);
/// The decline without AI.
pub const DECLINE: Rgb = Rgb(0x8a, 0x2b, 0x2b);
/// The jobs bars.
pub const JOBS: Rgb = Rgb(0x4b, 0x4f, 0x9a);

/// Space around and between the charts, in CSS px.
const PAD: f64 = 12.0;

/// From a dot's centre to the value beside it: clear of the dot's ring and of the paper
/// the value sits on.
const DOT_GAP: f64 = 11.0;

/// What the economy scene shows.
pub struct EconomyFrame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// Language of its labels and figures.
    pub lang: Lang,
    /// The selected record.
    pub selected: Option<&'a str>,
}

/// The figures of one group, in the seed file's order.
pub fn group(g: FigureGroup) -> impl Iterator<Item = &'static Figure> {
    crate::data::FIGURES.iter().filter(move |f| f.group == g)
}

/// The figure with this id.
pub fn figure(id: &str) -> Option<&'static Figure> {
    crate::data::FIGURES.iter().find(|f| f.id == id)
}

/// A figure's value in words.
pub fn value_text(lang: Lang, f: &Figure) -> String {
    figure_value(lang, f.value, f.unit)
}

/// Lays out the economy view.
pub fn economy(frame: &EconomyFrame) -> Scene {
    let mut pen = Pen::new(frame.width.max(1.0), frame.lang);
    projections(&mut pen);
    decline(&mut pen);
    jobs(&mut pen);
    context(&mut pen);
    pen.finish(frame.selected)
}

/// The report's projections and the scenarios behind them, on one percent axis.
fn projections(pen: &mut Pen) {
    let lang = pen.lang;
    pen.heading(lang.t(Key::EconomyBok));
    pen.legend(&[
        (PRODUCTIVITY, lang.t(Key::LegendProductivity)),
        (GDP, lang.t(Key::LegendGdp)),
    ]);
    pen.note(lang.t(Key::LegendReportFigure));
    pen.note(lang.t(Key::LegendLaterFigure));
    pen.gap(6.0);
    let bok: Vec<&Figure> = group(FigureGroup::BokProjection)
        .filter(|f| f.period.is_none())
        .collect();
    let most = bok
        .iter()
        .map(|f| top(f.value))
        .chain(
            crate::data::SCENARIOS
                .iter()
                .flat_map(|s| [s.productivity, s.gdp]),
        )
        .fold(0.0, f64::max);
    let scale = axis_max(most);
    let (x0, x1) = (PAD, pen.width - PAD);
    let x = |v: f64| x0 + (x1 - x0) * v / scale;
    // The report's own figures: a range as a band, a ceiling as a line from zero.
    for f in &bok {
        let colour = if is_gdp(f) { GDP } else { PRODUCTIVITY };
        let top_y = pen.y;
        pen.wrapped(lang.pick(f.label), 12.0, false, INK);
        let cy = pen.y + 10.0;
        let text = value_text(lang, f);
        match f.value {
            FigureValue::Range { min, max } => {
                pen.shapes.push(Shape::Box {
                    rect: Rect::new(x(min), cy - 6.0, x(max) - x(min), 12.0),
                    fill: colour,
                    stroke: None,
                });
                pen.value_at(x(max), x(min), cy, text, true);
            }
            v => {
                let end = top(v);
                pen.shapes.push(Shape::Line {
                    from: (x(0.0), cy),
                    to: (x(end), cy),
                    colour,
                    width: 2.0,
                    dashed: matches!(v, FigureValue::UpTo { .. }),
                });
                pen.shapes.push(dot(x(end), cy, colour, true));
                pen.value_at(x(end) + DOT_GAP, x(end) - DOT_GAP, cy, text, true);
            }
        }
        pen.y = cy + 12.0;
        pen.item(f.id, top_y);
    }
    // The scenarios later reporting gives behind the range.
    let update = crate::data::SCENARIOS
        .first()
        .and_then(|s| crate::data::UPDATES.iter().find(|u| u.id == s.update));
    if let Some(u) = update {
        let date = u
            .events
            .first()
            .map(|e| crate::i18n::date(lang, e.date))
            .unwrap_or_default();
        let host = u.sources.first().map_or("", |s| host(s));
        pen.gap(6.0);
        pen.wrapped(
            &lang.tf(Key::EconomyScenarios, &[&date, host]),
            12.0,
            true,
            INK_SOFT,
        );
    }
    for s in crate::data::SCENARIOS {
        scenario(pen, s, &x);
    }
    pen.ticks(x0, x1, scale, &[0.0, scale / 2.0, scale], "%");
    pen.gap(PAD * 1.5);
}

/// One scenario: its name, then its productivity and GDP changes as a pair of hollow dots
/// joined by a dashed line.
fn scenario(pen: &mut Pen, s: &Scenario, x: &dyn Fn(f64) -> f64) {
    let lang = pen.lang;
    let top_y = pen.y;
    pen.wrapped(lang.pick(s.label), 12.0, false, INK);
    let cy = pen.y + 10.0;
    let (a, b) = (x(s.productivity), x(s.gdp));
    pen.shapes.push(Shape::Line {
        from: (a.min(b), cy),
        to: (a.max(b), cy),
        colour: RULE,
        width: 2.0,
        dashed: true,
    });
    pen.shapes.push(dot(a, cy, PRODUCTIVITY, false));
    pen.shapes.push(dot(b, cy, GDP, false));
    // Each value on the far side of its dot from the other.
    let (pt, gt) = (
        percent_change(lang, s.productivity),
        percent_change(lang, s.gdp),
    );
    if a <= b {
        pen.value_at(a + DOT_GAP, a - DOT_GAP, cy, pt, false);
        pen.value_at(b + DOT_GAP, b - DOT_GAP, cy, gt, true);
    } else {
        pen.value_at(b + DOT_GAP, b - DOT_GAP, cy, gt, false);
        pen.value_at(a + DOT_GAP, a - DOT_GAP, cy, pt, true);
    }
    pen.y = cy + 12.0;
    pen.item(s.id, top_y);
}

/// The 2050 pair: GDP without and with AI, as bars leftward from zero on one axis.
fn decline(pen: &mut Pen) {
    let lang = pen.lang;
    let pair: Vec<&Figure> = group(FigureGroup::BokProjection)
        .filter(|f| f.period.is_some())
        .collect();
    let Some(period) = pair.first().and_then(|f| f.period) else {
        return;
    };
    pen.heading(&lang.tf(Key::Economy2050, &[lang.pick(period)]));
    let deepest = pair.iter().map(|f| -top(f.value)).fold(0.0, f64::max);
    let scale = axis_max(deepest);
    let (x0, x1) = (PAD, pen.width - PAD);
    // Zero at the right, the deepest fall at the left.
    let x = |v: f64| x1 + (x1 - x0) * v / scale;
    for f in pair {
        let top_y = pen.y;
        pen.wrapped(lang.pick(f.label), 12.0, false, INK);
        let cy = pen.y + 10.0;
        let v = top(f.value);
        let colour = if v <= -10.0 { DECLINE } else { GDP };
        pen.shapes.push(Shape::Box {
            rect: Rect::new(x(v), cy - 8.0, x(0.0) - x(v), 16.0),
            fill: colour,
            stroke: None,
        });
        pen.value_at(x(0.0) + 4.0, x(v) - 5.0, cy, value_text(lang, f), false);
        pen.y = cy + 14.0;
        pen.item(f.id, top_y);
    }
    let ticks: Vec<f64> = [-1.0, -0.5, 0.0].iter().map(|t| t * scale).collect();
    pen.ticks(x0, x1, scale, &ticks, "%");
    pen.shapes.push(Shape::Line {
        from: (x1, pen.y - 60.0),
        to: (x1, pen.y - 18.0),
        colour: INK_SOFT,
        width: 1.0,
        dashed: false,
    });
    pen.gap(PAD * 1.5);
}

/// The shares of jobs: three bars on one 0–100% axis, then the note on their sum.
fn jobs(pen: &mut Pen) {
    let lang = pen.lang;
    pen.heading(lang.t(Key::EconomyJobs));
    let (x0, x1) = (PAD, pen.width - PAD);
    let x = |v: f64| x0 + (x1 - x0) * v / 100.0;
    for f in group(FigureGroup::LabourShare) {
        let top_y = pen.y;
        pen.wrapped(lang.pick(f.label), 12.0, false, INK);
        let cy = pen.y + 10.0;
        let v = top(f.value);
        pen.shapes.push(Shape::Box {
            rect: Rect::new(x0, cy - 8.0, x(v) - x0, 16.0),
            fill: JOBS,
            stroke: None,
        });
        pen.value_at(x(v) + 5.0, x(v) - 5.0, cy, value_text(lang, f), true);
        pen.y = cy + 14.0;
        pen.item(f.id, top_y);
    }
    pen.ticks(x0, x1, 100.0, &[0.0, 50.0, 100.0], "%");
    let note = crate::data::CONFLICTS
        .iter()
        .find(|c| group(FigureGroup::LabourShare).all(|f| c.about.contains(&f.id)));
    if let Some(c) = note {
        pen.gap(4.0);
        let top_y = pen.y;
        pen.wrapped(lang.pick(c.note), 12.0, false, INK_SOFT);
        pen.item(c.id, top_y);
    }
    pen.gap(PAD * 1.5);
}

/// Figures of context: a card each, its value large and its label under it.
fn context(pen: &mut Pen) {
    let lang = pen.lang;
    pen.heading(lang.t(Key::EconomyContext));
    let figures: Vec<&Figure> = group(FigureGroup::Context).collect();
    let gap = 8.0;
    let inner = pen.width - 2.0 * PAD;
    let cols = (((inner + gap) / (170.0 + gap)).floor() as usize).clamp(1, 3);
    let w = (inner - gap * (cols as f64 - 1.0)) / cols as f64;
    let h = 92.0;
    for (i, f) in figures.iter().enumerate() {
        let (c, r) = (i % cols, i / cols);
        let rect = Rect::new(
            PAD + c as f64 * (w + gap),
            pen.y + r as f64 * (h + gap),
            w,
            h,
        );
        pen.card(rect, f, &value_text(lang, f));
    }
    let rows = figures.len().div_ceil(cols);
    pen.y += rows as f64 * (h + gap) - gap;
    pen.gap(PAD);
}

/// The host of a source address, as a short name for it: "biz.chosun.com".
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/').next().unwrap_or(rest)
}

/// Whether a projection is of GDP rather than productivity.
fn is_gdp(f: &Figure) -> bool {
    f.id.contains("gdp")
}

/// The value a figure is drawn at: a range's upper end, a ceiling, an estimate.
fn top(v: FigureValue) -> f64 {
    match v {
        FigureValue::Exact { value }
        | FigureValue::UpTo { value }
        | FigureValue::Approximately { value } => value,
        FigureValue::Range { max, .. } => max,
        FigureValue::Rank { place, .. } => f64::from(place),
    }
}

/// A round axis end at or above `v`: the next multiple of 2, 5 or 10 that leaves room.
fn axis_max(v: f64) -> f64 {
    let step = if v <= 10.0 {
        2.0
    } else if v <= 40.0 {
        5.0
    } else {
        10.0
    };
    ((v / step).floor() + 1.0) * step
}

/// A dot: filled for the report's figures, hollow for later reporting.
fn dot(x: f64, y: f64, colour: Rgb, filled: bool) -> Shape {
    Shape::Circle {
        centre: (x, y),
        radius: 6.0,
        fill: if filled {
            colour
        } else {
            crate::layout::colour::PAPER
        },
        stroke: Some((colour, 2.5)),
    }
}

#[cfg(test)]
mod tests;
