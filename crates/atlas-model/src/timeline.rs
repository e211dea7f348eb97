//! Dates at the report's precision, and the milestones of the timeline.

use crate::{Source, Text};
#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// The widest a timeline short label is, in em ([`crate::glyph::width_em`]): 208 px at
/// the timeline's 13 px labels, which the vertical layout has beside its lanes on a
/// 390 px phone, so a short label is always drawn whole.
pub const SHORT_LABEL_EM: f64 = 16.0;

/// A calendar date at the precision the report gives: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Ymd {
    /// Year.
    pub year: u16,
    /// Month 1–12, if given.
    pub month: Option<u8>,
    /// Day of the month, if given (only with a month).
    pub day: Option<u8>,
}

/// A date or a span of dates ("October 2024–2025").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct DateSpec {
    /// The date, or the span's start.
    pub start: Ymd,
    /// The span's end, for a span.
    pub end: Option<Ymd>,
}

/// What kind of event a milestone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum MilestoneKind {
    /// A law passed or in force.
    Law,
    /// A programme launched.
    Launch,
    /// An agreement signed.
    Agreement,
    /// Someone appointed.
    Appointment,
    /// A facility opened.
    Opening,
    /// A target's deadline.
    Deadline,
    /// A projection for a future year.
    Projection,
    /// An announcement.
    Announcement,
}

/// The timeline lane a milestone belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum Lane {
    /// Law and regulation.
    Law,
    /// Funding and programmes.
    Funding,
    /// Infrastructure.
    Infrastructure,
    /// International.
    International,
    /// Talent.
    Talent,
    /// Targets.
    Targets,
}

impl Lane {
    /// The name the seeds spell it with ("infrastructure"), for CSV cells; see
    /// [`Category::slug`] for why it is written out.
    pub fn slug(self) -> &'static str {
        match self {
            Lane::Law => "law",
            Lane::Funding => "funding",
            Lane::Infrastructure => "infrastructure",
            Lane::International => "international",
            Lane::Talent => "talent",
            Lane::Targets => "targets",
        }
    }
}

/// A dated event or deadline.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Milestone {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// The few words the timeline draws beside its mark (the name stays whole in the
    /// tooltip, the panel and the list).
    pub short: Text,
    /// Kind.
    pub kind: MilestoneKind,
    /// Lane.
    pub lane: Lane,
    /// When, at the report's precision.
    pub date: DateSpec,
    /// Programmes it concerns.
    pub programmes: &'static [&'static str],
    /// Actors involved.
    pub actors: &'static [&'static str],
    /// Places involved.
    pub places: &'static [&'static str],
    /// Where the report dates it.
    pub source: Source,
}
