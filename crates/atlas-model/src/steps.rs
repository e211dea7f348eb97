//! What has happened to each programme and target since the report: the dated steps
//! later reporting records, and the ladder they make with the report's own announcement.
//!
//! A step of the seeds is always from later reporting (`seeds/steps.toml`), linked to the
//! `[[update]]` whose sources carry it and a phrase that stands verbatim in that update's
//! row of `later-reports.md`. The first rung of every ladder, "announced", is the report
//! itself: it is not written in the seeds but made here from the report's own source for
//! the programme or target, so it can never disagree with the report.

use crate::{Amount, Dataset, DateSpec, Ko, Source, Text, Ymd};
#[cfg(feature = "codegen")]
use serde::Serialize;

/// What kind of step: the rungs of the ladder, then the setbacks beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum StepKind {
    /// Announced: the report, or a later announcement that commits nothing new.
    Announced,
    /// A law passed or promulgated.
    Legislated,
    /// An annual budget line, proposed or passed.
    Budgeted,
    /// An agreement signed or a builder chosen.
    Contracted,
    /// Launched, opened or in force.
    Launched,
    /// Work begun: construction, a first investment.
    UnderWay,
    /// Finished.
    Delivered,
    /// Changed in size or scope.
    Changed,
    /// Cut back.
    Cut,
    /// Put off.
    Delayed,
    /// Dropped.
    Dropped,
}

impl StepKind {
    /// Every kind, with the name the seeds write it by, in ladder order.
    pub const ALL: [(StepKind, &'static str); 11] = [
        (StepKind::Announced, "announced"),
        (StepKind::Legislated, "legislated"),
        (StepKind::Budgeted, "budgeted"),
        (StepKind::Contracted, "contracted"),
        (StepKind::Launched, "launched"),
        (StepKind::UnderWay, "under-way"),
        (StepKind::Delivered, "delivered"),
        (StepKind::Changed, "changed"),
        (StepKind::Cut, "cut"),
        (StepKind::Delayed, "delayed"),
        (StepKind::Dropped, "dropped"),
    ];

    /// The kind the seeds write as `name`, if any.
    pub fn parse(name: &str) -> Option<StepKind> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(k, _)| *k)
    }

    /// The name the seeds write it by ("under-way"), for CSV cells and class names.
    pub fn slug(self) -> &'static str {
        Self::ALL[self as usize].1
    }

    /// How far up the ladder a forward step stands (announced 0 … delivered 5);
    /// `None` for a setback (changed, cut, delayed, dropped), which is no rung.
    pub fn rung(self) -> Option<u8> {
        match self {
            StepKind::Announced => Some(0),
            StepKind::Legislated => Some(1),
            StepKind::Budgeted => Some(2),
            StepKind::Contracted | StepKind::Launched => Some(3),
            StepKind::UnderWay => Some(4),
            StepKind::Delivered => Some(5),
            StepKind::Changed | StepKind::Cut | StepKind::Delayed | StepKind::Dropped => None,
        }
    }
}

/// A dated step of a programme or target in later reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Step {
    /// The programme or target it is a step of.
    pub of: &'static str,
    /// Its kind.
    pub kind: StepKind,
    /// When, at the precision reported.
    pub date: DateSpec,
    /// A short label.
    pub label: Text,
    /// The amount the later report states for this programme, if it states one;
    /// `Amount::NotStated` where it names a sum without this programme's share.
    pub amount: Option<Amount>,
    /// The `[[update]]` whose sources report it.
    pub update: &'static str,
    /// A phrase that stands verbatim in that update's row of `later-reports.md`.
    pub quote: &'static str,
    /// The phrase in Korean (`quotes-ko.toml`), shown after it as a translation.
    pub quote_ko: Ko,
    /// The one of the update's sources that reports this step, where the others cannot
    /// (they are dated before it); `None`: all of them.
    pub source: Option<&'static str>,
    /// Reported by a single secondary source (a news or law-firm article, no official
    /// release), and marked so wherever it is shown.
    pub single_secondary: bool,
    /// Facilities it concerns.
    pub places: &'static [&'static str],
}

/// Where a rung of a ladder is sourced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rung {
    /// The report's own announcement, with the source of the record's figure or aim.
    Report(Source),
    /// A step of later reporting.
    Later(&'static Step),
}

impl Rung {
    /// Its kind.
    pub fn kind(&self) -> StepKind {
        match self {
            Rung::Report(_) => StepKind::Announced,
            Rung::Later(s) => s.kind,
        }
    }

    /// Its date: the report's for the report's rung.
    pub fn date(&self, data: &Dataset) -> DateSpec {
        match self {
            Rung::Report(_) => report_date(data),
            Rung::Later(s) => s.date,
        }
    }
}

/// The report's date: the latest month it reports events of (its launch, August 2025),
/// from the initiative's sourced launch date.
pub fn report_date(data: &Dataset) -> DateSpec {
    data.initiative.launched
}

/// The earliest day a date can stand for, and the latest, as comparable triples.
fn earliest(d: DateSpec) -> (u16, u8, u8) {
    (
        d.start.year,
        d.start.month.unwrap_or(1),
        d.start.day.unwrap_or(1),
    )
}

fn latest(d: DateSpec) -> (u16, u8, u8) {
    let e: Ymd = d.end.unwrap_or(d.start);
    (e.year, e.month.unwrap_or(12), e.day.unwrap_or(31))
}

/// Whether `d` is surely after the report: its earliest day is past the report's latest.
/// A step in the report's own month (August 2025) is not: the report may know it.
pub fn after_report(data: &Dataset, d: DateSpec) -> bool {
    earliest(d) > latest(report_date(data))
}

/// The report's source for a programme (its first stated amount, or its first goal) or a
/// target, if `id` is either.
pub fn report_source(data: &Dataset, id: &str) -> Option<Source> {
    if let Some(p) = data.programmes.iter().find(|p| p.id == id) {
        return p
            .amounts
            .first()
            .map(|a| a.source)
            .or_else(|| p.goals.first().map(|g| g.source));
    }
    data.targets.iter().find(|t| t.id == id).map(|t| t.source)
}

/// Whether a step belongs on `id`'s ladder: it is a step of `id`, or of one of the
/// targets the report sets for programme `id`.
pub fn on_ladder(data: &Dataset, step: &Step, id: &str) -> bool {
    step.of == id
        || data
            .targets
            .iter()
            .any(|t| t.id == step.of && t.programme == Some(id))
}

/// The ladder of a programme or target: the report's announcement and every later step
/// (a programme's ladder holds its targets' steps too), in date order, steps of one date
/// in the seeds' order. Empty if `id` is neither.
pub fn ladder(data: &Dataset, id: &str) -> Vec<Rung> {
    let Some(source) = report_source(data, id) else {
        return Vec::new();
    };
    let mut out = vec![Rung::Report(source)];
    out.extend(
        data.steps
            .iter()
            .filter(|s| on_ladder(data, s, id))
            .map(Rung::Later),
    );
    out.sort_by_key(|r| earliest(r.date(data)));
    out
}

/// The furthest rung a ladder has reached: the highest forward step, the latest of equals.
pub fn furthest(ladder: &[Rung]) -> Option<Rung> {
    ladder
        .iter()
        .filter_map(|r| r.kind().rung().map(|n| (n, *r)))
        .fold(None, |best: Option<(u8, Rung)>, (n, r)| match best {
            Some((b, _)) if b > n => best,
            _ => Some((n, r)),
        })
        .map(|(_, r)| r)
}

/// Every step after the report's date, newest first (steps of one date in the seeds'
/// order): what changed since the report.
pub fn since_report(data: &Dataset) -> Vec<&'static Step> {
    let mut out: Vec<&'static Step> = data
        .steps
        .iter()
        .filter(|s| after_report(data, s.date))
        .collect();
    out.sort_by_key(|s| std::cmp::Reverse(earliest(s.date)));
    out
}

/// The date of the newest step: when the dataset's later reporting was last brought up
/// to date.
pub fn last_update(data: &Dataset) -> Option<DateSpec> {
    data.steps
        .iter()
        .map(|s| s.date)
        .max_by_key(|d| earliest(*d))
}

/// A record's furthest rung, worked out when the app is built: the funding view marks
/// every programme with it on first load, without carrying the steps themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Furthest {
    /// The programme or target.
    pub of: &'static str,
    /// The rung's kind.
    pub kind: StepKind,
    /// The rung's date.
    pub date: DateSpec,
    /// Whether it is a step of later reporting (`false`: the report's own announcement).
    pub later: bool,
    /// Whether that step is reported by a single secondary source.
    pub single_secondary: bool,
}

/// The furthest rung of every programme, in the seeds' order.
pub fn furthest_of_programmes(data: &Dataset) -> Vec<Furthest> {
    data.programmes
        .iter()
        .filter_map(|p| {
            furthest(&ladder(data, p.id)).map(|r| Furthest {
                of: p.id,
                kind: r.kind(),
                date: r.date(data),
                later: matches!(r, Rung::Later(_)),
                single_secondary: matches!(r, Rung::Later(s) if s.single_secondary),
            })
        })
        .collect()
}
