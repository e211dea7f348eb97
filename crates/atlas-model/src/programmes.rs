//! The programmes of the initiative and the measurable targets set for them.

use crate::{AmountClaim, Source, Text};
#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// A programme's sentences that only its panel shows, embedded by the app apart from
/// the programme (whose `goals`, `activities` and `notes` are empty in the app), so that
/// the first load does not carry them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgrammeText {
    /// The programme's id.
    pub id: &'static str,
    /// Its goals.
    pub goals: &'static [Note],
    /// Its activities.
    pub activities: &'static [Note],
    /// What else the report says of it.
    pub notes: &'static [Note],
}

/// A sentence of the report with its provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Note {
    /// What it says, in both languages.
    pub text: Text,
    /// Where the report says it.
    pub source: Source,
}

/// Which of the report's three tables lists a programme, and under what name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct TableName {
    /// `key-components`, `sectoral-allocations` or `summary`.
    pub table: &'static str,
    /// The row's name, verbatim.
    pub name: &'static str,
}

/// What kind of programme: the envelope, or one of the three groups it finances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum Category {
    /// The National Growth Fund: it finances the others and is never summed with them.
    Envelope,
    /// One of the AI projects.
    Ai,
    /// A "super-innovation" (deep-tech) project.
    SuperInnovation,
    /// Talent, regulation, international work and other enablers.
    CrossCutting,
}

impl Category {
    /// The name the seeds and the JSON export spell it with ("super-innovation"), for CSV
    /// cells and class names. Written out rather than derived from `Debug`, which would
    /// ship Debug formatting and Unicode case tables in the wasm.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Envelope => "envelope",
            Category::Ai => "ai",
            Category::SuperInnovation => "super-innovation",
            Category::CrossCutting => "cross-cutting",
        }
    }
}

/// A programme or project of the initiative, merged across the report's tables and text.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Programme {
    /// Stable id.
    pub id: &'static str,
    /// Short name.
    pub name: Text,
    /// Group.
    pub category: Category,
    /// Row names in the report's tables.
    pub table_names: &'static [TableName],
    /// Every amount the report states for it.
    pub amounts: &'static [AmountClaim],
    /// What it is meant to achieve.
    pub goals: &'static [Note],
    /// What it does.
    pub activities: &'static [Note],
    /// Ids of the actors the report makes responsible.
    pub responsible: &'static [&'static str],
    /// Ids of the regions or provinces where the report places it.
    pub regions: &'static [&'static str],
    /// Ids of named facilities.
    pub places: &'static [&'static str],
    /// Anything else a reader needs.
    pub notes: &'static [Note],
}

/// How a target's value is bounded.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Bound {
    /// Exactly.
    Exact {
        /// The value.
        value: f64,
    },
    /// At least ("40%+", "Level 4+").
    AtLeast {
        /// The floor.
        value: f64,
    },
    /// At most ("top 3").
    AtMost {
        /// The ceiling.
        value: f64,
    },
    /// From `min` to `max`.
    Range {
        /// Lower end.
        min: f64,
        /// Upper end.
        max: f64,
    },
    /// The report's own notation, which states no clear value ("5–2 leading models"):
    /// kept verbatim rather than read as a range or a count.
    AsWritten {
        /// The notation, as it stands in the source quote.
        text: &'static str,
    },
}

/// The unit of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum TargetUnit {
    /// Per cent.
    Percent,
    /// A count of things or people.
    Count,
    /// A multiple of today ("15×").
    Multiple,
    /// A level on a scale (driving automation).
    Level,
    /// A rank among countries.
    Rank,
    /// A number of AI models.
    Models,
    /// A number of teams.
    Teams,
    /// Trillion won per year.
    TrillionWonPerYear,
}

/// A measurable goal with a deadline.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Target {
    /// Stable id.
    pub id: &'static str,
    /// What is measured.
    pub metric: Text,
    /// The programme it belongs to, if any.
    pub programme: Option<&'static str>,
    /// The value aimed at.
    pub bound: Bound,
    /// Its unit.
    pub unit: TargetUnit,
    /// The year by which.
    pub deadline: Option<u16>,
    /// Where the report sets it.
    pub source: Source,
}
