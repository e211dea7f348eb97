//! Turns parsed seed files into a checked `Dataset`, or a list of errors that each name
//! the file, the line and the field.
//!
//! Checking goes on after the first error, so one run shows everything that is wrong.
//! [`check`] reads top-down: the report and its sections, the one namespace of ids, then
//! each file's tables in a fixed order, one module per table; `fields` and `amount` read
//! the values the tables share (texts, sources, references, dates, amounts, bounds).

mod actors;
mod amount;
mod conflicts;
mod fields;
mod figures;
mod ids;
mod initiative;
mod milestones;
mod programmes;
mod quotes;
mod regions;
mod report;
mod scenarios;
mod steps;
mod story;
mod targets;
mod updates;

use crate::raw::SeedFile;
use crate::report::ReportIndex;
use atlas_model::*;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

/// One problem in the seed files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// File path as given to `load` plus the file name.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// Which record and field, e.g. ``programme "sovereign-ai", field `amounts[0].value` ``.
    pub what: String,
    /// What is wrong and how to put it right.
    pub message: String,
}

impl Error {
    /// A problem with a file or folder as a whole, on no line of it.
    fn whole(file: String, what: &str, message: String) -> Error {
        Error {
            file,
            line: 0,
            what: what.into(),
            message,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.what, self.message
        )
    }
}

/// The kinds of record that ids name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Programme,
    Target,
    Milestone,
    Province,
    Region,
    Place,
    Actor,
    Figure,
    Scenario,
    Conflict,
    Update,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Programme => "programme",
            Kind::Target => "target",
            Kind::Milestone => "milestone",
            Kind::Province => "province",
            Kind::Region => "region",
            Kind::Place => "place",
            Kind::Actor => "actor",
            Kind::Figure => "figure",
            Kind::Scenario => "scenario",
            Kind::Conflict => "conflict",
            Kind::Update => "update",
        }
    }
}

/// Every kind, for fields that may name any record.
const ANY: &[Kind] = &[
    Kind::Programme,
    Kind::Target,
    Kind::Milestone,
    Kind::Province,
    Kind::Region,
    Kind::Place,
    Kind::Actor,
    Kind::Figure,
    Kind::Scenario,
    Kind::Conflict,
    Kind::Update,
];

/// Every id of the seed files, with its kind and where it is defined (file, line).
type Ids = BTreeMap<String, (Kind, String, u32)>;

/// A parsed file with its text, for turning byte spans into lines.
struct SeedText {
    name: String,
    text: String,
    seeds: SeedFile,
}

fn line_of(text: &str, byte: usize) -> u32 {
    text[..byte.min(text.len())].matches('\n').count() as u32 + 1
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_vec<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Where errors go while one file is being checked.
struct Ctx<'a> {
    file: &'a str,
    text: &'a str,
    errors: &'a mut Vec<Error>,
}

impl Ctx<'_> {
    fn err(&mut self, span: std::ops::Range<usize>, what: &str, message: String) {
        self.errors.push(Error {
            file: self.file.to_owned(),
            line: line_of(self.text, span.start),
            what: what.to_owned(),
            message,
        });
    }
}

/// Extends the field inside a label made by [`what`]: ``field `a` `` + `.b` gives ``field `a.b` ``.
fn sub(w: &str, more: &str) -> String {
    let base = w.strip_suffix('`').unwrap_or(w);
    let more = if base.ends_with('`') {
        more.trim_start_matches('.')
    } else {
        more
    };
    format!("{base}{more}`")
}

/// Label for a record's field in an error.
fn what(kind: &str, id: &str, field: &str) -> String {
    if id.is_empty() {
        format!("{kind}, field `{field}`")
    } else {
        format!("{kind} {id:?}, field `{field}`")
    }
}

/// What every table's check reads: the report, to find quotes in, every id, and the
/// quotes' Korean renderings.
struct Checker {
    report: ReportIndex,
    ids: Ids,
    quotes: quotes::Quotes,
    /// Each update's English text, by id: what a scenario's figures are checked against.
    update_says: BTreeMap<String, String>,
    /// Each update's source addresses, by id: a step's sources.
    update_sources: BTreeMap<String, Vec<String>>,
    /// The rows of `later-reports.md`, which a step's quote stands in (none if the seed
    /// folder has no such file).
    later: Option<steps::LaterRows>,
}

/// The records checked so far, across files, in the seed files' order.
#[derive(Default)]
struct Tables {
    initiative: Option<Initiative>,
    programmes: Vec<Programme>,
    targets: Vec<Target>,
    milestones: Vec<Milestone>,
    provinces: Vec<Province>,
    regions: Vec<Region>,
    places: Vec<Place>,
    actors: Vec<Actor>,
    figures: Vec<Figure>,
    scenarios: Vec<Scenario>,
    conflicts: Vec<Conflict>,
    updates: Vec<Update>,
    steps: Vec<Step>,
    slides: Vec<Slide>,
    /// Slide ids seen so far: slides have their own namespace.
    slide_ids: HashSet<String>,
}

impl Checker {
    /// Checks one file's tables, in a fixed order, adding their records to `t`.
    fn file(&self, cx: &mut Ctx, s: &SeedFile, t: &mut Tables) {
        if let Some(i) = &s.initiative {
            t.initiative = Some(self.initiative(cx, i));
        }
        t.programmes
            .extend(s.programme.iter().map(|p| self.programme(cx, p)));
        t.targets
            .extend(s.target.iter().map(|r| self.target(cx, r)));
        t.milestones
            .extend(s.milestone.iter().map(|m| self.milestone(cx, m)));
        t.provinces
            .extend(s.province.iter().map(|p| self.province(cx, p)));
        t.regions
            .extend(s.region.iter().map(|g| self.region(cx, g)));
        t.places.extend(s.place.iter().map(|p| self.place(cx, p)));
        t.actors.extend(s.actor.iter().map(|a| self.actor(cx, a)));
        t.figures
            .extend(s.figure.iter().map(|g| self.figure(cx, g)));
        t.scenarios
            .extend(s.scenario.iter().map(|g| self.scenario(cx, g)));
        t.conflicts
            .extend(s.conflict.iter().map(|c| self.conflict(cx, c)));
        for sl in &s.slide {
            let slide = self.slide(cx, sl, &mut t.slide_ids);
            t.slides.push(slide);
        }
        t.updates
            .extend(s.update.iter().map(|u| self.update(cx, u)));
        self.split_wholes(cx, &s.update, &t.updates);
        t.steps.extend(s.step.iter().map(|r| self.step(cx, r)));
    }
}

/// Reads every `*.toml` in `dir`, checks it against the schema in `seeds/README.md`,
/// and returns the dataset with all strings leaked to `'static` (this runs in a build
/// script or a test, never in the app).
pub fn load(dir: &Path) -> Result<Dataset, Vec<Error>> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    let mut names: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            return Err(vec![Error::whole(
                dir.display().to_string(),
                "seed folder",
                format!("cannot be read: {e}"),
            )])
        }
    };
    names.sort();
    for path in names {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(Error::whole(name, "file", format!("cannot be read: {e}")));
                continue;
            }
        };
        match toml::from_str::<SeedFile>(&text) {
            Ok(seeds) => files.push(SeedText { name, text, seeds }),
            Err(e) => {
                let line = e.span().map_or(0, |s| line_of(&text, s.start));
                errors.push(Error {
                    file: name,
                    line,
                    what: "TOML".into(),
                    message: e.message().trim().to_owned(),
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    check(dir, files)
}

/// Checks parsed files: the report first (without it no source can be checked), then
/// the ids, then every file's tables.
fn check(dir: &Path, files: Vec<SeedText>) -> Result<Dataset, Vec<Error>> {
    let mut errors = Vec::new();
    let report = report::read(dir, &files, &mut errors)?;
    let ids = ids::collect(&files, &mut errors);
    report.check_section_ids(&mut errors);

    let initiatives = files
        .iter()
        .filter(|f| f.seeds.initiative.is_some())
        .count();
    if initiatives != 1 {
        errors.push(Error::whole(
            dir.display().to_string(),
            "[initiative]",
            format!("exactly one [initiative] table is needed across the seed files; found {initiatives}"),
        ));
    }

    let quotes = quotes::Quotes::collect(&files, &mut errors);
    let update_says = files
        .iter()
        .flat_map(|f| &f.seeds.update)
        .map(|u| {
            (
                u.get_ref().id.get_ref().clone(),
                u.get_ref().says.en.clone(),
            )
        })
        .collect();
    let update_sources = files
        .iter()
        .flat_map(|f| &f.seeds.update)
        .map(|u| {
            let r = u.get_ref();
            let sources = r.sources.iter().map(|s| s.get_ref().clone()).collect();
            (r.id.get_ref().clone(), sources)
        })
        .collect();
    let later = std::fs::read_to_string(dir.join("later-reports.md"))
        .ok()
        .map(|t| steps::LaterRows::parse(&t));
    let ck = Checker {
        report: report.index,
        ids,
        quotes,
        update_says,
        update_sources,
        later,
    };
    let mut t = Tables::default();
    for f in &files {
        let mut cx = Ctx {
            file: &f.name,
            text: &f.text,
            errors: &mut errors,
        };
        ck.file(&mut cx, &f.seeds, &mut t);
    }
    let mut cx = Ctx {
        file: &report.file.name,
        text: &report.file.text,
        errors: &mut errors,
    };
    let report = ck.report_record(&mut cx, report.raw);
    // Only once every file's sources have asked for theirs.
    if errors.is_empty() {
        ck.quotes.unused(&mut errors);
    }

    match (errors.is_empty(), t.initiative) {
        (true, Some(initiative)) => Ok(Dataset {
            report,
            initiative,
            programmes: leak_vec(t.programmes),
            targets: leak_vec(t.targets),
            milestones: leak_vec(t.milestones),
            provinces: leak_vec(t.provinces),
            regions: leak_vec(t.regions),
            places: leak_vec(t.places),
            actors: leak_vec(t.actors),
            figures: leak_vec(t.figures),
            scenarios: leak_vec(t.scenarios),
            conflicts: leak_vec(t.conflicts),
            updates: leak_vec(t.updates),
            steps: leak_vec(t.steps),
            slides: leak_vec(t.slides),
        }),
        _ => Err(errors),
    }
}
