//! What the timeline draws: the report's milestones at their stated precision, and the
//! later reports' dated events as a separate layer.
//!
//! Time is a fractional year (2025.0 is 1 January 2025). A date given to the day or the
//! month is a point (a month sits at its middle); a date given only as a year, or a span
//! such as "October 2024–2025", is drawn from its first day to its last.

use super::{DateSpec, Lane, MilestoneKind, Ymd};

/// Days before each month in a common year.
const CUMULATIVE: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

fn leap(y: u16) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_year(y: u16) -> f64 {
    if leap(y) {
        366.0
    } else {
        365.0
    }
}

fn days_in_month(y: u16, m: u8) -> u16 {
    match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day of year (0-based) of a month's first day.
fn month_start(y: u16, m: u8) -> u16 {
    CUMULATIVE[(m - 1) as usize] + u16::from(m > 2 && leap(y))
}

/// The fractional year at the start of a day.
pub fn at_day(y: u16, m: u8, d: u8) -> f64 {
    y as f64 + (month_start(y, m) + d as u16 - 1) as f64 / days_in_year(y)
}

/// The first instant a date can mean.
pub fn start_of(d: Ymd) -> f64 {
    at_day(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

/// The last instant a date can mean (the end of its day, month or year).
pub fn end_of(d: Ymd) -> f64 {
    match (d.month, d.day) {
        (None, _) => d.year as f64 + 1.0,
        (Some(m), None) => start_of(d) + days_in_month(d.year, m) as f64 / days_in_year(d.year),
        (Some(_), Some(_)) => start_of(d) + 1.0 / days_in_year(d.year),
    }
}

/// Where a date sits on the time axis: a point, or a span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// A day or a month: drawn as a point (a month at its middle).
    Point(f64),
    /// A year or a stated span: drawn from start to end.
    Span(f64, f64),
}

impl When {
    /// The earliest time it covers.
    pub fn start(&self) -> f64 {
        match *self {
            When::Point(t) => t,
            When::Span(a, _) => a,
        }
    }

    /// The latest time it covers.
    pub fn end(&self) -> f64 {
        match *self {
            When::Point(t) => t,
            When::Span(_, b) => b,
        }
    }
}

/// A date at its stated precision.
pub fn when(d: DateSpec) -> When {
    match d.end {
        Some(end) => When::Span(start_of(d.start), end_of(end)),
        None => match d.start.month {
            None => When::Span(start_of(d.start), end_of(d.start)),
            Some(_) if d.start.day.is_some() => When::Point(start_of(d.start)),
            Some(_) => When::Point((start_of(d.start) + end_of(d.start)) / 2.0),
        },
    }
}

/// A lane of the timeline: the report's six, and the later reports' own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Row {
    /// One of the report's lanes.
    Report(Lane),
    /// Later public reporting.
    Later,
}

impl Row {
    /// Every row, top to bottom.
    pub const ALL: [Row; 7] = [
        Row::Report(Lane::Law),
        Row::Report(Lane::Funding),
        Row::Report(Lane::Infrastructure),
        Row::Report(Lane::International),
        Row::Report(Lane::Talent),
        Row::Report(Lane::Targets),
        Row::Later,
    ];
}

/// How an entry is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Something that happened or is planned.
    Event,
    /// A target's deadline.
    Deadline,
    /// A projection far ahead (the Bank of Korea's 2050).
    Projection,
    /// A fact from later reporting.
    Later,
}

/// One thing on the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// A unique id: the milestone's, or `update-id@n` for an update's n-th event.
    pub id: &'static str,
    /// The milestone or update record it comes from.
    pub record: &'static str,
    /// Lane.
    pub row: Row,
    /// Where in time.
    pub when: When,
    /// The date as stated.
    pub date: DateSpec,
    /// How to draw it.
    pub mark: Mark,
    /// Programmes it concerns.
    pub programmes: &'static [&'static str],
}

/// Every entry, sorted by start time. Built once: update events get leaked ids.
pub fn entries() -> &'static [Entry] {
    thread_local! {
        static ENTRIES: &'static [Entry] = build();
    }
    ENTRIES.with(|e| *e)
}

fn build() -> &'static [Entry] {
    let mut out: Vec<Entry> = crate::data::MILESTONES
        .iter()
        .map(|m| Entry {
            id: m.id,
            record: m.id,
            row: Row::Report(m.lane),
            when: when(m.date),
            date: m.date,
            mark: match m.kind {
                MilestoneKind::Deadline => Mark::Deadline,
                MilestoneKind::Projection => Mark::Projection,
                _ => Mark::Event,
            },
            programmes: m.programmes,
        })
        .collect();
    for u in crate::data::UPDATES {
        for (i, e) in u.events.iter().enumerate() {
            let programmes: Vec<&'static str> = u
                .concerns
                .iter()
                .copied()
                .filter(|c| super::programme(c).is_some())
                .collect();
            out.push(Entry {
                id: Box::leak(format!("{}@{}", u.id, i + 1).into_boxed_str()),
                record: u.id,
                row: Row::Later,
                when: when(e.date),
                date: e.date,
                mark: Mark::Later,
                programmes: Box::leak(programmes.into_boxed_slice()),
            });
        }
    }
    out.sort_by(|a, b| {
        a.when
            .start()
            .total_cmp(&b.when.start())
            .then(a.id.cmp(b.id))
    });
    Box::leak(out.into_boxed_slice())
}

/// Pairs of entries that a conflict of the report sets against each other.
pub fn conflict_links() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut out = Vec::new();
    for c in crate::data::CONFLICTS {
        let ms: Vec<&str> = c
            .about
            .iter()
            .copied()
            .filter(|id| crate::data::MILESTONES.iter().any(|m| m.id == *id))
            .collect();
        for w in ms.windows(2) {
            out.push((c.id, w[0], w[1]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: u16, month: Option<u8>, day: Option<u8>) -> Ymd {
        Ymd { year, month, day }
    }

    #[test]
    fn precision_decides_point_or_span() {
        // A month is a point in its middle.
        let aug = when(DateSpec {
            start: ymd(2025, Some(8), None),
            end: None,
        });
        match aug {
            When::Point(t) => assert!(t > at_day(2025, 8, 1) && t < at_day(2025, 9, 1)),
            other => panic!("{other:?}"),
        }
        // A year is a span over the whole year.
        let y = when(DateSpec {
            start: ymd(2026, None, None),
            end: None,
        });
        assert_eq!(y, When::Span(2026.0, 2027.0));
        // "October 2024–2025" runs from 1 October 2024 to the end of 2025.
        let s = when(DateSpec {
            start: ymd(2024, Some(10), None),
            end: Some(ymd(2025, None, None)),
        });
        assert_eq!(s, When::Span(at_day(2024, 10, 1), 2026.0));
        // A day is a point at its start.
        let d = when(DateSpec {
            start: ymd(2025, Some(1), Some(21)),
            end: None,
        });
        assert_eq!(d, When::Point(at_day(2025, 1, 21)));
    }

    #[test]
    fn days_place_correctly_in_leap_and_common_years() {
        assert_eq!(at_day(2025, 1, 1), 2025.0);
        assert!((at_day(2024, 12, 31) - (2024.0 + 365.0 / 366.0)).abs() < 1e-12);
        assert!((at_day(2025, 3, 1) - (2025.0 + 59.0 / 365.0)).abs() < 1e-12);
        assert!(
            end_of(ymd(2024, Some(2), None)) - start_of(ymd(2024, Some(2), None)) > 28.5 / 366.0
        );
    }

    #[test]
    fn every_milestone_and_later_event_is_an_entry_in_time_order() {
        let e = entries();
        let events: usize = crate::data::UPDATES.iter().map(|u| u.events.len()).sum();
        assert_eq!(e.len(), crate::data::MILESTONES.len() + events);
        assert!(e.windows(2).all(|w| w[0].when.start() <= w[1].when.start()));
        let mut ids: Vec<&str> = e.iter().map(|x| x.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), e.len(), "entry ids are unique");
        assert!(e
            .iter()
            .filter(|x| x.row == Row::Later)
            .all(|x| x.mark == Mark::Later));
    }

    #[test]
    fn the_basic_act_dates_the_report_disagrees_on_are_linked() {
        let links = conflict_links();
        assert!(!links.is_empty());
        for (_, a, b) in &links {
            assert!(entries().iter().any(|x| x.id == *a) && entries().iter().any(|x| x.id == *b));
        }
    }
}
