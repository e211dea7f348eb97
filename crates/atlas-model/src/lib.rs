//! The Won Atlas dataset's types, its interface strings, and how both languages write
//! money, numbers and dates ([`format`]).
//!
//! One definition serves both ends: the build-time checker (`seedcheck`) fills these
//! types from the seed files and writes them out as Rust statics, and the app reads
//! those statics with no parsing at run time. Everything is borrowed `'static`, so the
//! embedded dataset costs no allocation in the browser.
//!
//! Money is held exactly, as a whole number of 억 (10^8 units of its currency): every
//! figure in the report (₩62.7 billion, ₩1.28 trillion, $71 billion) is a whole number
//! of 억, and Korean writes money in 조 and 억, so no figure is ever rounded.

#![forbid(unsafe_code)]

#[cfg(feature = "codegen")]
pub mod codegen;
pub mod format;
pub mod ko;
pub mod packed;
pub mod strings;

pub use ko::Ko;

#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// A name or sentence in both of the app's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Korean: where it stands in the Korean pack, fetched only for a Korean reader
    /// (see [`ko`]).
    pub ko: Ko,
}

/// The JSON export spells the Korean out, though a `Text` holds only its line.
#[cfg(feature = "codegen")]
impl Serialize for Ko {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.get().unwrap_or_default())
    }
}

/// Where in the source report a figure or date stands.
///
/// The section is a reference to the report's own [`Section`], not its id and heading
/// copied into every source, which would repeat those two `&str` in the wasm's data for
/// every one of the sources. The dataset JSON spells out both (`section` and `heading`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The section of the report.
    pub section: &'static Section,
    /// A short phrase that stands verbatim in that section.
    pub quote: &'static str,
    /// The report line (1-based) on which the phrase starts.
    pub line: u32,
}

/// The JSON export's form, with the section spelt out:
/// `{"section": id, "heading": heading, "quote": …, "line": …}`.
#[cfg(feature = "codegen")]
impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Source", 4)?;
        s.serialize_field("section", self.section.id)?;
        s.serialize_field("heading", self.section.heading)?;
        s.serialize_field("quote", self.quote)?;
        s.serialize_field("line", &self.line)?;
        s.end()
    }
}

/// A currency of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
pub enum Currency {
    /// South Korean won.
    #[cfg_attr(feature = "codegen", serde(rename = "KRW"))]
    Krw,
    /// US dollar.
    #[cfg_attr(feature = "codegen", serde(rename = "USD"))]
    Usd,
}

/// An exact sum of money: `eok` × 10^8 units of `currency`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Money {
    /// The currency.
    pub currency: Currency,
    /// Whole 억 (hundreds of millions) of the currency.
    pub eok: u64,
}

/// How precisely the report states a sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Quantity {
    /// Exactly this sum.
    Exact {
        /// The sum.
        value: Money,
    },
    /// Somewhere from `min` to `max`.
    Range {
        /// Lower end.
        min: Money,
        /// Upper end.
        max: Money,
    },
    /// This sum or more ("₩100+ trillion", "₩0.5T+").
    AtLeast {
        /// The floor.
        value: Money,
    },
}

/// Over what time a stated sum is spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Basis {
    /// The whole sum over a period ("₩16 trillion (5 yrs)", "by 2027").
    Total {
        /// Length of the period in years, where stated.
        years: Option<u8>,
        /// The year by which, where stated.
        by: Option<u16>,
    },
    /// Each year ("₩8T/yr (by 2030)").
    PerYear {
        /// The year by which that yearly level is reached, where stated.
        by: Option<u16>,
    },
    /// One year's budget ("62.7B (2025 project)").
    OneYear {
        /// The budget year.
        year: u16,
    },
}

/// One statement of money for a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
#[cfg_attr(feature = "codegen", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Amount {
    /// The report gives a figure.
    Stated {
        /// The sum and how precise it is.
        quantity: Quantity,
        /// Over what time.
        basis: Basis,
        /// The report marks it as approximate.
        approximate: bool,
    },
    /// "Included in core" of the National Growth Fund, with no figure of its own.
    InCore,
    /// No amount given, or "N/A".
    NotStated,
}

/// An amount and where the report states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct AmountClaim {
    /// What is stated.
    pub amount: Amount,
    /// Where.
    pub source: Source,
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
    /// From `min` to `max` ("5–2 models").
    Range {
        /// Lower end.
        min: f64,
        /// Upper end.
        max: f64,
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

/// The administrative kind of a first-level division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum ProvinceKind {
    /// Seoul.
    SpecialCity,
    /// Busan, Daegu, Incheon, Gwangju, Daejeon, Ulsan.
    MetropolitanCity,
    /// Sejong.
    SpecialSelfGoverningCity,
    /// A province.
    Province,
    /// Jeju, Gangwon, Jeonbuk.
    SpecialSelfGoverningProvince,
}

/// One of Korea's 17 first-level divisions (as of 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Province {
    /// ISO 3166-2 code, e.g. `KR-11`.
    pub id: &'static str,
    /// Official name.
    pub name: Text,
    /// Administrative kind.
    pub kind: ProvinceKind,
}

/// A macro-region of the report's regional strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Region {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Provinces it covers.
    pub provinces: &'static [&'static str],
    /// Focus industries.
    pub focus: &'static [Text],
    /// How the provinces were read from the report, where that needed judgement.
    pub note: Option<Text>,
    /// Where the report describes it.
    pub source: Source,
}

/// What kind of facility a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum PlaceKind {
    /// A data centre.
    DataCentre,
    /// A research lab.
    Lab,
    /// A pilot city.
    PilotCity,
    /// An institute.
    Institute,
}

/// A named facility.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Place {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: PlaceKind,
    /// Province id, for places in Korea.
    pub province: Option<&'static str>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: &'static str,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// How precise the coordinates are (the report gives none).
    pub location_note: Text,
    /// Where the report names it.
    pub source: Source,
}

/// What kind of body an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum ActorKind {
    /// A ministry.
    Ministry,
    /// A committee.
    Committee,
    /// An office or post.
    Office,
    /// A task force or team.
    TaskForce,
    /// A regulator.
    Regulator,
    /// A company.
    Company,
    /// A university.
    University,
    /// A research institute or public body.
    Institute,
    /// A broadcaster.
    Broadcaster,
    /// A foreign partner.
    ForeignPartner,
}

/// A body that runs, funds or takes part in programmes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Actor {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: ActorKind,
    /// Programmes it serves.
    pub programmes: &'static [&'static str],
    /// Its role, where the report says.
    pub role: Option<Text>,
    /// Where the report names it.
    pub source: Source,
}

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

/// One side of a contradiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Claim {
    /// What this part of the report says.
    pub says: Text,
    /// Where.
    pub source: Source,
}

/// A place where the report disagrees with itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Conflict {
    /// Stable id.
    pub id: &'static str,
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
}

/// The initiative as a whole: the headline figures.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Initiative {
    /// Name.
    pub name: Text,
    /// Launch date.
    pub launched: DateSpec,
    /// Where the launch is dated.
    pub launched_source: Source,
    /// The ₩100+ trillion envelope.
    pub total: AmountClaim,
    /// The dollar range given for it.
    pub usd: AmountClaim,
    /// Number of leading projects.
    pub projects: u32,
    /// Where that number stands.
    pub projects_source: Source,
    /// How many are AI projects.
    pub ai_projects: u32,
    /// Where.
    pub ai_projects_source: Source,
    /// How many are super-innovation projects.
    pub innovation_projects: u32,
    /// Where.
    pub innovation_projects_source: Source,
    /// The administration that announced it.
    pub administration: Text,
    /// Where.
    pub administration_source: Source,
}

/// A section of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Section {
    /// Id used by sources.
    pub id: &'static str,
    /// Heading as printed.
    pub heading: &'static str,
    /// Line of the heading (1-based).
    pub line: u32,
}

/// The source report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Report {
    /// File name in `seeds/`.
    pub file: &'static str,
    /// Title.
    pub title: Text,
    /// Subtitle.
    pub subtitle: Text,
    /// Sections in order.
    pub sections: &'static [Section],
}

/// One slide of the briefing story: a view in a given state, a title and two lines of
/// takeaway. Figures in the text are placeholders (`{total}`, `{amount:startup-vc}`)
/// filled from the dataset, so a story never copies a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Slide {
    /// Stable id.
    pub id: &'static str,
    /// The view and state, as the app's URL hash writes them (`view=funding&chart=bars`).
    pub state: &'static str,
    /// Title.
    pub title: Text,
    /// Two lines of takeaway.
    pub lines: &'static [Text],
    /// Presenter notes, if any.
    pub notes: Option<Text>,
}

/// The whole dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Dataset {
    /// The source report.
    pub report: Report,
    /// The headline.
    pub initiative: Initiative,
    /// Programmes, in the seed file's order.
    pub programmes: &'static [Programme],
    /// Targets.
    pub targets: &'static [Target],
    /// Milestones.
    pub milestones: &'static [Milestone],
    /// The 17 provinces.
    pub provinces: &'static [Province],
    /// Macro-regions.
    pub regions: &'static [Region],
    /// Named facilities.
    pub places: &'static [Place],
    /// Actors.
    pub actors: &'static [Actor],
    /// Economic figures.
    pub figures: &'static [Figure],
    /// Contradictions within the report.
    pub conflicts: &'static [Conflict],
    /// Later reporting.
    pub updates: &'static [Update],
    /// The briefing story, in order.
    pub slides: &'static [Slide],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `SuperInnovation` → `super-innovation`: how serde's kebab-case spells it in the seeds.
    fn kebab(debug: String) -> String {
        let mut out = String::new();
        for (i, c) in debug.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    #[test]
    fn slugs_are_the_seeds_spelling() {
        let categories = [
            Category::Envelope,
            Category::Ai,
            Category::SuperInnovation,
            Category::CrossCutting,
        ];
        for c in categories {
            assert_eq!(c.slug(), kebab(format!("{c:?}")));
        }
        let lanes = [
            Lane::Law,
            Lane::Funding,
            Lane::Infrastructure,
            Lane::International,
            Lane::Talent,
            Lane::Targets,
        ];
        for l in lanes {
            assert_eq!(l.slug(), kebab(format!("{l:?}")));
        }
    }
}
