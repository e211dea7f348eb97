//! What surrounds the programmes: economic figures, the places where the report
//! contradicts itself, and what later reporting says.

use crate::{DateSpec, Money, Source, Text};
#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// Which family of economic figures a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum FigureGroup {
    /// The Bank of Korea's projections.
    BokProjection,
    /// Shares of jobs exposed to AI.
    LabourShare,
    /// Other context.
    Context,
}

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum FigureValue {
    /// Exactly.
    Exact {
        /// The value.
        value: f64,
    },
    /// A range.
    Range {
        /// Lower end.
        min: f64,
        /// Upper end.
        max: f64,
    },
    /// "Up to".
    UpTo {
        /// The ceiling.
        value: f64,
    },
    /// "Approximately", "≈".
    Approximately {
        /// The value.
        value: f64,
    },
    /// A place in a world ranking: "fourth-largest", "world-lowest".
    Rank {
        /// 1 for the first place.
        place: u16,
        /// Which end the ranking counts from.
        order: RankOrder,
    },
}

/// Which end a ranking counts from: the fourth-largest counts from the top, the
/// world-lowest is first from the bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum RankOrder {
    /// From the largest down.
    Largest,
    /// From the lowest up.
    Lowest,
}

/// The unit of an economic figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum FigureUnit {
    /// Per cent.
    Percent,
    /// A count.
    Count,
    /// Won.
    Krw,
    /// US dollars.
    Usd,
    /// A rank.
    Rank,
}

/// An economic projection or context figure.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Figure {
    /// Stable id.
    pub id: &'static str,
    /// Family.
    pub group: FigureGroup,
    /// What it measures.
    pub label: Text,
    /// The value and its qualifier.
    pub value: FigureValue,
    /// Unit.
    pub unit: FigureUnit,
    /// Period it covers, if stated.
    pub period: Option<Text>,
    /// Where the report gives it.
    pub source: Source,
}

/// One scenario behind a range of the report, as later reporting sets it out: the
/// productivity and GDP changes it projects, each a percentage. Its figures come from the
/// update it cites, never from the report itself.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Scenario {
    /// Stable id.
    pub id: &'static str,
    /// Its name ("Scenario 1: labour replacement + labour complementarity").
    pub label: Text,
    /// Total factor productivity change, in percent.
    pub productivity: f64,
    /// GDP change, in percent.
    pub gdp: f64,
    /// The span the changes are projected over ("within ten years").
    pub period: Text,
    /// The figures of the report it breaks down.
    pub figures: &'static [&'static str],
    /// The later report (an update id) that gives it.
    pub update: &'static str,
}

/// One side of a contradiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Claim {
    /// What this part of the report says.
    pub says: Text,
    /// Where.
    pub source: Source,
}

/// Whether a conflict's claims cannot all hold, or only need reading together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum ConflictKind {
    /// The claims cannot all be true as written: at least one of them is wrong.
    Contradiction,
    /// The claims are consistent when read together, but one of them alone misleads.
    Ambiguity,
}

impl ConflictKind {
    /// Every kind, with the name the dataset writes it by.
    pub const ALL: [(ConflictKind, &'static str); 2] = [
        (ConflictKind::Contradiction, "contradiction"),
        (ConflictKind::Ambiguity, "ambiguity"),
    ];

    /// The kind the dataset writes as `name`, if any.
    pub fn parse(name: &str) -> Option<ConflictKind> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(k, _)| *k)
    }
}

/// A place where the report disagrees with itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Conflict {
    /// Stable id.
    pub id: &'static str,
    /// Whether the claims contradict each other or only need reading together.
    pub kind: ConflictKind,
    /// What the disagreement is about.
    pub title: Text,
    /// Ids of the records concerned.
    pub about: &'static [&'static str],
    /// The claims that disagree (at least two).
    pub claims: &'static [Claim],
    /// What a reader should make of it.
    pub note: Text,
}

/// A dated fact from later reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct UpdateEvent {
    /// When.
    pub date: DateSpec,
    /// What happened.
    pub text: Text,
    /// The few words the timeline draws beside its mark.
    pub short: Text,
}

/// What later public reporting says about a claim of the report. Never overwrites it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Update {
    /// Stable id.
    pub id: &'static str,
    /// Topic.
    pub topic: Text,
    /// Ids of the records it concerns.
    pub concerns: &'static [&'static str],
    /// What the later reports say.
    pub says: Text,
    /// Dated facts.
    pub events: &'static [UpdateEvent],
    /// Source addresses.
    pub sources: &'static [&'static str],
    /// How the update reports a whole divided into parts, if it does.
    pub split: Option<Split>,
}

/// A whole that later reporting divides into parts (the National Growth Fund by
/// industry). The parts need not cover the whole: what is left is computed, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Split {
    /// The update that reports the whole.
    pub whole_update: &'static str,
    /// The whole.
    pub whole: Money,
    /// The parts, as reported, in the report's order.
    pub parts: &'static [SplitPart],
}

/// One part of a [`Split`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct SplitPart {
    /// What the part is (an industry).
    pub name: Text,
    /// Its amount.
    pub amount: Money,
}

impl Split {
    /// The sum of the parts.
    pub fn allocated(&self) -> Money {
        Money {
            currency: self.whole.currency,
            eok: self.parts.iter().map(|p| p.amount.eok).sum(),
        }
    }

    /// What the parts leave of the whole (none if they exceed it).
    pub fn remainder(&self) -> Money {
        Money {
            currency: self.whole.currency,
            eok: self.whole.eok.saturating_sub(self.allocated().eok),
        }
    }
}
