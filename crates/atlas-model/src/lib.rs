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
//!
//! The types are grouped by what they describe (money, programmes and targets, the
//! timeline, places, actors, and the context around them) and all used from the crate's
//! root.

#![forbid(unsafe_code)]

#[cfg(feature = "codegen")]
pub mod codegen;
pub mod format;
pub mod glyph;
pub mod ko;
pub mod packed;
pub mod strings;

mod actors;
mod context;
mod money;
mod places;
mod programmes;
mod steps;
mod timeline;
mod touching;

pub use actors::*;
pub use context::*;
pub use ko::Ko;
pub use money::*;
pub use places::*;
pub use programmes::*;
pub use steps::*;
pub use timeline::*;
pub use touching::*;

#[cfg(feature = "codegen")]
use serde::Serialize;

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

/// The app's views by the slug URLs name them with (`view=economy`), in tab order. The
/// app's `View` takes its slugs from this list and the validator checks slides' states
/// against it, so the two cannot disagree.
pub const VIEW_SLUGS: [&str; 4] = ["funding", "regions", "timeline", "economy"];

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
    /// The phrase in Korean, shown to Korean readers after the English and marked as a
    /// translation.
    pub ko: Ko,
    /// The report line (1-based) on which the phrase starts.
    pub line: u32,
}

/// The JSON export's form, with the section spelt out:
/// `{"section": id, "heading": heading, "quote": …, "quote_ko": …, "line": …}`.
#[cfg(feature = "codegen")]
impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Source", 5)?;
        s.serialize_field("section", self.section.id)?;
        s.serialize_field("heading", self.section.heading)?;
        s.serialize_field("quote", self.quote)?;
        s.serialize_field("quote_ko", &self.ko)?;
        s.serialize_field("line", &self.line)?;
        s.end()
    }
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
    /// Targets (empty in the app, which embeds them apart: `src/data/mod.rs`).
    pub targets: &'static [Target],
    /// Milestones (empty in the app, which embeds them apart: `src/data/mod.rs`).
    pub milestones: &'static [Milestone],
    /// The 17 provinces.
    pub provinces: &'static [Province],
    /// Macro-regions.
    pub regions: &'static [Region],
    /// Named facilities (empty in the app, likewise).
    pub places: &'static [Place],
    /// Actors (empty in the app, which embeds them apart: `src/data/mod.rs`).
    pub actors: &'static [Actor],
    /// Economic figures (empty in the app, which embeds them apart: `src/data/mod.rs`).
    pub figures: &'static [Figure],
    /// Scenarios behind the report's figures, from later reporting (empty in the app,
    /// likewise).
    pub scenarios: &'static [Scenario],
    /// Contradictions within the report (empty in the app, which embeds them apart:
    /// `src/data/mod.rs`).
    pub conflicts: &'static [Conflict],
    /// Later reporting (empty in the app, which embeds it apart: `src/data/mod.rs`).
    pub updates: &'static [Update],
    /// What has happened to programmes and targets since the report, from later reporting
    /// (empty in the app, which embeds them apart: `src/data/steps.rs`).
    pub steps: &'static [Step],
    /// The briefing story, in order (empty in the app, likewise).
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
