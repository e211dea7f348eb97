//! The seed files as written: TOML shapes with their byte spans, before any checking.
//!
//! Unknown fields are refused here (a typo in a field name is an error, not a silently
//! ignored value). Everything that needs a person-readable rule (amount forms, dates,
//! provenance, references) stays a spanned string until `validate` reads it, so its
//! error can name the exact line.

use atlas_model::{
    ActorKind, Category, FigureGroup, FigureUnit, Lane, MilestoneKind, PlaceKind, ProvinceKind,
    TargetUnit,
};
use serde::Deserialize;
use toml::Spanned;

/// A spanned string.
pub type S = Spanned<String>;

/// Every seed file parses into this; records may live in any file.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SeedFile {
    pub report: Option<Spanned<RawReport>>,
    #[serde(default)]
    pub section: Vec<Spanned<RawSection>>,
    pub initiative: Option<Spanned<RawInitiative>>,
    #[serde(default)]
    pub programme: Vec<Spanned<RawProgramme>>,
    #[serde(default)]
    pub target: Vec<Spanned<RawTarget>>,
    #[serde(default)]
    pub milestone: Vec<Spanned<RawMilestone>>,
    #[serde(default)]
    pub province: Vec<Spanned<RawProvince>>,
    #[serde(default)]
    pub region: Vec<Spanned<RawRegion>>,
    #[serde(default)]
    pub place: Vec<Spanned<RawPlace>>,
    #[serde(default)]
    pub actor: Vec<Spanned<RawActor>>,
    #[serde(default)]
    pub figure: Vec<Spanned<RawFigure>>,
    #[serde(default)]
    pub scenario: Vec<Spanned<RawScenario>>,
    #[serde(default)]
    pub conflict: Vec<Spanned<RawConflict>>,
    #[serde(default)]
    pub update: Vec<Spanned<RawUpdate>>,
    #[serde(default)]
    pub step: Vec<Spanned<RawStep>>,
    #[serde(default)]
    pub slide: Vec<Spanned<RawSlide>>,
    #[serde(default)]
    pub quote: Vec<Spanned<RawQuote>>,
}

/// A provenance phrase and its Korean rendering, shown to Korean readers after the
/// verbatim English and marked as a translation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub en: S,
    pub ko: S,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub en: String,
    pub ko: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub section: S,
    pub quote: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    pub file: S,
    pub title: RawText,
    pub subtitle: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub id: S,
    pub heading: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAmount {
    pub kind: S,
    pub value: Option<S>,
    pub min: Option<S>,
    pub max: Option<S>,
    pub currency: Option<S>,
    pub basis: Option<S>,
    pub years: Option<Spanned<i64>>,
    pub by: Option<Spanned<i64>>,
    pub year: Option<Spanned<i64>>,
    pub approximate: Option<bool>,
    /// Required on the report's amounts; a step's amount takes the step's source instead.
    pub source: Option<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInitiative {
    pub name: RawText,
    pub launched: S,
    pub launched_source: Spanned<RawSource>,
    pub total: Spanned<RawAmount>,
    pub usd: Spanned<RawAmount>,
    pub projects: Spanned<i64>,
    pub projects_source: Spanned<RawSource>,
    pub ai_projects: Spanned<i64>,
    pub ai_projects_source: Spanned<RawSource>,
    pub innovation_projects: Spanned<i64>,
    pub innovation_projects_source: Spanned<RawSource>,
    pub administration: RawText,
    pub administration_source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    pub text: RawText,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTableName {
    pub table: S,
    pub name: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProgramme {
    pub id: S,
    pub name: RawText,
    pub category: Category,
    #[serde(default)]
    pub table_names: Vec<Spanned<RawTableName>>,
    #[serde(default)]
    pub amounts: Vec<Spanned<RawAmount>>,
    #[serde(default)]
    pub goals: Vec<Spanned<RawNote>>,
    #[serde(default)]
    pub activities: Vec<Spanned<RawNote>>,
    #[serde(default)]
    pub responsible: Vec<S>,
    #[serde(default)]
    pub regions: Vec<S>,
    #[serde(default)]
    pub places: Vec<S>,
    #[serde(default)]
    pub notes: Vec<Spanned<RawNote>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    pub id: S,
    pub metric: RawText,
    pub programme: Option<S>,
    pub kind: S,
    pub value: Option<Spanned<f64>>,
    pub min: Option<Spanned<f64>>,
    pub max: Option<Spanned<f64>>,
    pub written: Option<S>,
    pub unit: TargetUnit,
    pub deadline: Option<Spanned<i64>>,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMilestone {
    pub id: S,
    pub name: RawText,
    pub short: Option<Spanned<RawText>>,
    pub kind: MilestoneKind,
    pub lane: Lane,
    pub date: S,
    #[serde(default)]
    pub programmes: Vec<S>,
    #[serde(default)]
    pub actors: Vec<S>,
    #[serde(default)]
    pub places: Vec<S>,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvince {
    pub id: S,
    pub name: RawText,
    pub kind: ProvinceKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub id: S,
    pub name: RawText,
    #[serde(default)]
    pub provinces: Vec<S>,
    #[serde(default)]
    pub focus: Vec<RawText>,
    pub note: Option<RawText>,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: S,
    pub name: RawText,
    pub kind: PlaceKind,
    pub province: Option<S>,
    pub country: S,
    pub lat: Spanned<f64>,
    pub lon: Spanned<f64>,
    pub location_note: RawText,
    pub source: Option<Spanned<RawSource>>,
    pub later_report: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: S,
    pub name: RawText,
    pub kind: ActorKind,
    #[serde(default)]
    pub programmes: Vec<S>,
    pub role: Option<RawText>,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: S,
    pub group: FigureGroup,
    pub label: RawText,
    pub kind: S,
    pub value: Option<Spanned<f64>>,
    pub min: Option<Spanned<f64>>,
    pub max: Option<Spanned<f64>>,
    pub unit: FigureUnit,
    /// For `kind = "rank"`: "largest" or "lowest".
    pub order: Option<S>,
    pub period: Option<RawText>,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub id: S,
    pub label: RawText,
    pub productivity: Spanned<f64>,
    pub gdp: Spanned<f64>,
    pub period: RawText,
    #[serde(default)]
    pub figures: Vec<S>,
    pub update: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub says: RawText,
    pub source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConflict {
    pub id: S,
    pub kind: Option<S>,
    pub title: RawText,
    #[serde(default)]
    pub about: Vec<S>,
    #[serde(default)]
    pub claims: Vec<Spanned<RawClaim>>,
    pub note: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub date: S,
    pub text: RawText,
    pub short: Option<Spanned<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    pub id: S,
    pub topic: RawText,
    #[serde(default)]
    pub concerns: Vec<S>,
    pub says: RawText,
    #[serde(default)]
    pub events: Vec<Spanned<RawEvent>>,
    #[serde(default)]
    pub sources: Vec<S>,
    pub split: Option<Spanned<RawSplit>>,
}

/// A whole that an update divides into parts: `whole` names the update that reports the
/// whole, `of` is the whole as that update writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSplit {
    pub whole: S,
    pub of: S,
    #[serde(default)]
    pub parts: Vec<Spanned<RawSplitPart>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSplitPart {
    pub name: RawText,
    pub amount: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSlide {
    pub id: S,
    pub state: S,
    pub title: RawText,
    #[serde(default)]
    pub lines: Vec<RawText>,
    pub notes: Option<RawText>,
}

/// A step of a programme or target in later reporting. `update` and `quote` are its
/// source; they are optional here only so that a missing one gets a message that says
/// what a step needs.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub of: S,
    pub kind: S,
    pub date: S,
    pub label: RawText,
    pub amount: Option<Spanned<RawAmount>>,
    pub update: Option<S>,
    pub quote: Option<S>,
    pub source: Option<S>,
    pub single_secondary: Option<Spanned<bool>>,
    #[serde(default)]
    pub places: Vec<S>,
}
