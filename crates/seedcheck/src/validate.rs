//! Turns parsed seed files into a checked `Dataset`, or a list of errors that each name
//! the file, the line and the field.
//!
//! Checking goes on after the first error, so one run shows everything that is wrong.

use crate::forms::{parse_date, parse_money, valid_id};
use crate::raw::*;
use crate::report::ReportIndex;
use atlas_model::*;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;
use toml::Spanned;

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
            Kind::Conflict => "conflict",
            Kind::Update => "update",
        }
    }
}

const ANY: &[Kind] = &[
    Kind::Programme,
    Kind::Target,
    Kind::Milestone,
    Kind::Province,
    Kind::Region,
    Kind::Place,
    Kind::Actor,
    Kind::Figure,
    Kind::Conflict,
    Kind::Update,
];

/// The report tables a programme row can come from.
const TABLES: &[&str] = &["key-components", "sectoral-allocations", "summary"];

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

struct Checker {
    report: ReportIndex,
    ids: BTreeMap<String, (Kind, String, u32)>,
}

impl Checker {
    fn text(&self, cx: &mut Ctx, span: std::ops::Range<usize>, w: &str, t: &RawText) -> Text {
        if t.en.trim().is_empty() {
            cx.err(span.clone(), w, "English text (`en`) is empty".into());
        }
        if t.ko.trim().is_empty() {
            cx.err(span.clone(), w, "Korean text (`ko`) is empty".into());
        }
        // The Korean pack the app fetches holds one text per line (atlas_model::ko).
        if t.ko.contains(['\n', '\r']) {
            cx.err(
                span,
                w,
                "Korean text (`ko`) has a line break; write it on one line".into(),
            );
        }
        Text {
            en: leak(&t.en),
            ko: Ko::new(leak(&t.ko)),
        }
    }

    fn source(&self, cx: &mut Ctx, w: &str, s: &Spanned<RawSource>) -> Source {
        let raw = s.get_ref();
        let section_id = raw.section.get_ref();
        let quote = raw.quote.get_ref();
        // A section that is not in the report gets a placeholder (the error stops the build).
        let placeholder = |heading: &str, line| {
            &*Box::leak(Box::new(Section {
                id: leak(section_id),
                heading: leak(heading),
                line,
            }))
        };
        let mut out = Source {
            section: placeholder("", 0),
            quote: leak(quote),
            line: 0,
        };
        let Some(section) = self.report.section(section_id) else {
            let known: Vec<&str> = self.report.sections.iter().map(|s| s.id.as_str()).collect();
            cx.err(
                raw.section.span(),
                &sub(w, ".section"),
                format!(
                    "{section_id:?} is not a section of report.toml (known: {})",
                    known.join(", ")
                ),
            );
            return out;
        };
        out.section = placeholder(&section.heading, section.line);
        if quote.trim().is_empty() {
            cx.err(
                raw.quote.span(),
                &sub(w, ".quote"),
                "provenance is missing: give a short phrase that stands verbatim in the section"
                    .into(),
            );
            return out;
        }
        match self.report.find(section, quote) {
            Some(line) => out.line = line,
            None => {
                let elsewhere = self.report.sections_containing(quote);
                let hint = if elsewhere.is_empty() {
                    "it stands nowhere in the report; copy it exactly (curly quotes ’ “ ”, dashes –, ₩)".to_owned()
                } else {
                    format!("it stands in section {} instead", elsewhere.join(", "))
                };
                cx.err(
                    raw.quote.span(),
                    &sub(w, ".quote"),
                    format!(
                        "{quote:?} is not in section {section_id:?} ({:?}); {hint}",
                        section.heading
                    ),
                );
            }
        }
        out
    }

    fn refs(&self, cx: &mut Ctx, w: &str, list: &[S], kinds: &[Kind]) -> &'static [&'static str] {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for (i, r) in list.iter().enumerate() {
            let id = r.get_ref();
            let field = sub(w, &format!("[{i}]"));
            if !seen.insert(id.clone()) {
                cx.err(r.span(), &field, format!("{id:?} is listed twice"));
            }
            match self.ids.get(id) {
                None => cx.err(r.span(), &field, format!("unknown id {id:?}")),
                Some((kind, _, _)) if !kinds.contains(kind) => {
                    let want: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
                    cx.err(
                        r.span(),
                        &field,
                        format!(
                            "{id:?} is a {}, but this field takes a {}",
                            kind.name(),
                            want.join(" or ")
                        ),
                    );
                }
                Some(_) => {}
            }
            out.push(leak(id));
        }
        leak_vec(out)
    }

    fn date(&self, cx: &mut Ctx, w: &str, d: &S) -> DateSpec {
        match parse_date(d.get_ref()) {
            Ok(v) => v,
            Err(m) => {
                cx.err(d.span(), w, m);
                parse_date("2000").expect("placeholder date parses")
            }
        }
    }

    fn year(&self, cx: &mut Ctx, w: &str, y: &Spanned<i64>) -> u16 {
        let v = *y.get_ref();
        if !(2000..=2100).contains(&v) {
            cx.err(y.span(), w, format!("year {v} is outside 2000–2100"));
            return 2000;
        }
        v as u16
    }

    fn count(&self, cx: &mut Ctx, w: &str, n: &Spanned<i64>) -> u32 {
        let v = *n.get_ref();
        if v <= 0 {
            cx.err(n.span(), w, format!("{v} is not a positive count"));
            return 0;
        }
        v as u32
    }

    fn money(&self, cx: &mut Ctx, w: &str, v: &S, currency: Currency) -> Money {
        let eok = parse_money(v.get_ref()).unwrap_or_else(|m| {
            cx.err(v.span(), w, m);
            1
        });
        Money { currency, eok }
    }

    fn amount(&self, cx: &mut Ctx, w: &str, a: &Spanned<RawAmount>) -> AmountClaim {
        let raw = a.get_ref();
        let source = self.source(cx, &sub(w, ".source"), &raw.source);
        let kind = raw.kind.get_ref().as_str();
        let currency = match raw.currency.as_ref().map(|c| c.get_ref().as_str()) {
            None | Some("KRW") => Currency::Krw,
            Some("USD") => Currency::Usd,
            Some(other) => {
                let span = raw.currency.as_ref().map(|c| c.span()).unwrap_or(a.span());
                cx.err(
                    span,
                    &sub(w, ".currency"),
                    format!("{other:?} is not a currency; use \"KRW\" or \"USD\""),
                );
                Currency::Krw
            }
        };
        // Fields that only some kinds take: name the first stray one.
        fn stray(names: &[(&'static str, bool)]) -> Option<&'static str> {
            names.iter().find(|(_, present)| *present).map(|(n, _)| *n)
        }
        let figure_fields = [
            ("value", raw.value.is_some()),
            ("min", raw.min.is_some()),
            ("max", raw.max.is_some()),
            ("basis", raw.basis.is_some()),
            ("years", raw.years.is_some()),
            ("by", raw.by.is_some()),
            ("year", raw.year.is_some()),
        ];
        let amount = match kind {
            "in_core" | "not_stated" => {
                if let Some(f) = stray(&figure_fields) {
                    cx.err(
                        a.span(),
                        &sub(w, &format!(".{f}")),
                        format!("kind {kind:?} has no figure; remove `{f}`"),
                    );
                }
                if kind == "in_core" {
                    Amount::InCore
                } else {
                    Amount::NotStated
                }
            }
            "exact" | "at_least" | "range" => {
                let quantity = if kind == "range" {
                    if raw.value.is_some() {
                        cx.err(
                            a.span(),
                            &sub(w, ".value"),
                            "a range takes `min` and `max`, not `value`".into(),
                        );
                    }
                    match (&raw.min, &raw.max) {
                        (Some(lo), Some(hi)) => {
                            let min = self.money(cx, &sub(w, ".min"), lo, currency);
                            let max = self.money(cx, &sub(w, ".max"), hi, currency);
                            if min.eok >= max.eok {
                                cx.err(
                                    hi.span(),
                                    &sub(w, ".max"),
                                    "a range's `max` must be above its `min`".into(),
                                );
                            }
                            Quantity::Range { min, max }
                        }
                        _ => {
                            cx.err(
                                a.span(),
                                &sub(w, ".min"),
                                "a range needs both `min` and `max`".into(),
                            );
                            Quantity::Exact {
                                value: Money { currency, eok: 1 },
                            }
                        }
                    }
                } else {
                    if raw.min.is_some() || raw.max.is_some() {
                        cx.err(
                            a.span(),
                            &sub(w, ".min"),
                            format!("kind {kind:?} takes `value`, not `min`/`max`"),
                        );
                    }
                    let value = match &raw.value {
                        Some(v) => self.money(cx, &sub(w, ".value"), v, currency),
                        None => {
                            cx.err(
                                a.span(),
                                &sub(w, ".value"),
                                format!("kind {kind:?} needs a `value`"),
                            );
                            Money { currency, eok: 1 }
                        }
                    };
                    if kind == "exact" {
                        Quantity::Exact { value }
                    } else {
                        Quantity::AtLeast { value }
                    }
                };
                let years = raw.years.as_ref().map(|y| {
                    let v = *y.get_ref();
                    if !(1..=50).contains(&v) {
                        cx.err(
                            y.span(),
                            &sub(w, ".years"),
                            format!("{v} is not a period length in years"),
                        );
                    }
                    v.clamp(1, 50) as u8
                });
                let by = raw.by.as_ref().map(|y| self.year(cx, &sub(w, ".by"), y));
                let basis = match raw.basis.as_ref().map(|b| b.get_ref().as_str()) {
                    Some("total") => {
                        if raw.year.is_some() {
                            cx.err(a.span(), &sub(w, ".year"), "`year` goes with basis \"one_year\"; use `by` or `years` for a total".into());
                        }
                        Basis::Total { years, by }
                    }
                    Some("per_year") => {
                        if raw.years.is_some() || raw.year.is_some() {
                            cx.err(
                                a.span(),
                                &sub(w, ".years"),
                                "a per-year amount takes only `by`".into(),
                            );
                        }
                        Basis::PerYear { by }
                    }
                    Some("one_year") => match &raw.year {
                        Some(y) => Basis::OneYear {
                            year: self.year(cx, &sub(w, ".year"), y),
                        },
                        None => {
                            cx.err(
                                a.span(),
                                &sub(w, ".year"),
                                "basis \"one_year\" needs the budget `year`".into(),
                            );
                            Basis::OneYear { year: 2000 }
                        }
                    },
                    Some(other) => {
                        let span = raw.basis.as_ref().map(|b| b.span()).unwrap_or(a.span());
                        cx.err(span, &sub(w, ".basis"), format!("{other:?} is not a basis; use \"total\", \"per_year\" or \"one_year\""));
                        Basis::Total { years, by }
                    }
                    None => {
                        cx.err(a.span(), &sub(w, ".basis"), "a stated amount needs a `basis`: \"total\", \"per_year\" or \"one_year\"".into());
                        Basis::Total { years, by }
                    }
                };
                Amount::Stated {
                    quantity,
                    basis,
                    approximate: raw.approximate.unwrap_or(false),
                }
            }
            other => {
                cx.err(
                    raw.kind.span(),
                    &sub(w, ".kind"),
                    format!("{other:?} is not an amount kind; use \"exact\", \"range\", \"at_least\", \"in_core\" or \"not_stated\""),
                );
                Amount::NotStated
            }
        };
        AmountClaim { amount, source }
    }

    fn notes(
        &self,
        cx: &mut Ctx,
        kind: &str,
        id: &str,
        field: &str,
        list: &[Spanned<RawNote>],
    ) -> &'static [Note] {
        let out: Vec<Note> = list
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let w = what(kind, id, &format!("{field}[{i}]"));
                Note {
                    text: self.text(cx, n.span(), &sub(&w, ".text"), &n.get_ref().text),
                    source: self.source(cx, &w, &n.get_ref().source),
                }
            })
            .collect();
        leak_vec(out)
    }

    /// Reads a target or figure's bound: `kind` with `value`, or `min` and `max`.
    #[allow(clippy::too_many_arguments)]
    fn bound(
        &self,
        cx: &mut Ctx,
        w: &str,
        span: std::ops::Range<usize>,
        kind: &S,
        value: &Option<Spanned<f64>>,
        min: &Option<Spanned<f64>>,
        max: &Option<Spanned<f64>>,
        kinds: &[&str],
    ) -> (String, f64, f64) {
        let k = kind.get_ref().as_str();
        if !kinds.contains(&k) {
            cx.err(
                kind.span(),
                &sub(w, ".kind"),
                format!("{k:?} is not one of {}", kinds.join(", ")),
            );
        }
        let finite = |cx: &mut Ctx, f: &str, v: &Spanned<f64>| {
            if !v.get_ref().is_finite() {
                cx.err(
                    v.span(),
                    &sub(w, &format!(".{f}")),
                    "not a finite number".into(),
                );
            }
            *v.get_ref()
        };
        if k == "range" {
            match (min, max) {
                (Some(lo), Some(hi)) => {
                    let (a, b) = (finite(cx, "min", lo), finite(cx, "max", hi));
                    if a == b {
                        cx.err(hi.span(), &sub(w, ".max"), "a range's ends differ".into());
                    }
                    (k.to_owned(), a, b)
                }
                _ => {
                    cx.err(
                        span,
                        &sub(w, ".min"),
                        "a range needs both `min` and `max`".into(),
                    );
                    (k.to_owned(), 0.0, 0.0)
                }
            }
        } else {
            match value {
                Some(v) => {
                    let x = finite(cx, "value", v);
                    (k.to_owned(), x, x)
                }
                None => {
                    cx.err(
                        span,
                        &sub(w, ".value"),
                        format!("kind {k:?} needs a `value`"),
                    );
                    (k.to_owned(), 0.0, 0.0)
                }
            }
        }
    }
}

/// Checks a slide's state: `view=...` and the app's other URL parts, with known values.
fn check_state(state: &str, ids: &BTreeMap<String, (Kind, String, u32)>) -> Result<(), String> {
    let mut has_view = false;
    for part in state.split('&') {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| format!("{part:?} is not key=value"))?;
        let ok = match k {
            "view" => {
                has_view = true;
                ["funding", "regions", "timeline"].contains(&v)
            }
            "sel" => ids.contains_key(v),
            "chart" => ["treemap", "bars"].contains(&v),
            "cur" => ["krw", "usd"].contains(&v),
            "per" => ["total", "year"].contains(&v),
            "group" => ["0", "1"].contains(&v),
            "lang" => ["en", "ko"].contains(&v),
            "range" => v.split_once('~').is_some_and(|(a, b)| {
                let m = |s: &str| {
                    s.len() == 7
                        && s.as_bytes()[4] == b'-'
                        && s[..4].parse::<u16>().is_ok()
                        && s[5..].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                };
                m(a) && m(b) && a < b
            }),
            _ => {
                return Err(format!(
                    "unknown state key {k:?}; use view, sel, chart, cur, per, group, lang or range"
                ))
            }
        };
        if !ok {
            return Err(format!("{part:?} has a value the app does not know"));
        }
    }
    if has_view {
        Ok(())
    } else {
        Err("the state must name a view (view=funding, view=regions or view=timeline)".into())
    }
}

/// Placeholders a slide may use: `{total}`, `{usd}`, `{projects}`, `{ai_projects}`,
/// `{innovation_projects}`, `{conflicts}`, `{updates}`, `{amount:<programme id>}`.
fn check_placeholders(s: &str, ids: &BTreeMap<String, (Kind, String, u32)>) -> Result<(), String> {
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| format!("unclosed placeholder in {s:?}"))?
            + open;
        let name = &rest[open + 1..close];
        let ok = match name.split_once(':') {
            Some(("amount", id)) => ids.get(id).is_some_and(|(k, _, _)| *k == Kind::Programme),
            Some(_) => false,
            None => [
                "total",
                "usd",
                "projects",
                "ai_projects",
                "innovation_projects",
                "conflicts",
                "updates",
            ]
            .contains(&name),
        };
        if !ok {
            return Err(format!("unknown placeholder {{{name}}}"));
        }
        rest = &rest[close + 1..];
    }
    Ok(())
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
            return Err(vec![Error {
                file: dir.display().to_string(),
                line: 0,
                what: "seed folder".into(),
                message: format!("cannot be read: {e}"),
            }])
        }
    };
    names.sort();
    for path in names {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(Error {
                    file: name,
                    line: 0,
                    what: "file".into(),
                    message: format!("cannot be read: {e}"),
                });
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

fn check(dir: &Path, files: Vec<SeedText>) -> Result<Dataset, Vec<Error>> {
    let mut errors = Vec::new();

    // The report and its sections.
    let reports: Vec<(&SeedText, &Spanned<RawReport>)> = files
        .iter()
        .filter_map(|f| f.seeds.report.as_ref().map(|r| (f, r)))
        .collect();
    let first = |what: &str| Error {
        file: dir.display().to_string(),
        line: 0,
        what: what.into(),
        message: String::new(),
    };
    if reports.len() != 1 {
        let mut e = first("[report]");
        e.message = format!(
            "exactly one [report] table is needed across the seed files; found {}",
            reports.len()
        );
        return Err(vec![e]);
    }
    let (report_file, raw_report) = reports[0];
    let report_path = dir.join(raw_report.get_ref().file.get_ref());
    let report_text = match std::fs::read_to_string(&report_path) {
        Ok(t) => t,
        Err(e) => {
            return Err(vec![Error {
                file: report_file.name.clone(),
                line: line_of(&report_file.text, raw_report.get_ref().file.span().start),
                what: "report, field `file`".into(),
                message: format!("{} cannot be read: {e}", report_path.display()),
            }])
        }
    };
    let mut headings = Vec::new();
    let mut heading_spots = Vec::new();
    for f in &files {
        for s in &f.seeds.section {
            headings.push((
                s.get_ref().id.get_ref().clone(),
                s.get_ref().heading.get_ref().clone(),
            ));
            heading_spots.push((f, s.get_ref().heading.span()));
        }
    }
    let (report, heading_errors) = ReportIndex::new(report_text, &headings);
    for (n, m) in heading_errors {
        let (f, span) = heading_spots[n].clone();
        errors.push(Error {
            file: f.name.clone(),
            line: line_of(&f.text, span.start),
            what: format!("section {:?}, field `heading`", headings[n].0),
            message: m,
        });
    }

    // Every id, in one namespace.
    let mut ids: BTreeMap<String, (Kind, String, u32)> = BTreeMap::new();
    for f in &files {
        let s = &f.seeds;
        let all: Vec<(Kind, &S)> = s
            .programme
            .iter()
            .map(|r| (Kind::Programme, &r.get_ref().id))
            .chain(s.target.iter().map(|r| (Kind::Target, &r.get_ref().id)))
            .chain(
                s.milestone
                    .iter()
                    .map(|r| (Kind::Milestone, &r.get_ref().id)),
            )
            .chain(s.province.iter().map(|r| (Kind::Province, &r.get_ref().id)))
            .chain(s.region.iter().map(|r| (Kind::Region, &r.get_ref().id)))
            .chain(s.place.iter().map(|r| (Kind::Place, &r.get_ref().id)))
            .chain(s.actor.iter().map(|r| (Kind::Actor, &r.get_ref().id)))
            .chain(s.figure.iter().map(|r| (Kind::Figure, &r.get_ref().id)))
            .chain(s.conflict.iter().map(|r| (Kind::Conflict, &r.get_ref().id)))
            .chain(s.update.iter().map(|r| (Kind::Update, &r.get_ref().id)))
            .collect();
        for (kind, id) in all {
            let line = line_of(&f.text, id.span().start);
            let v = id.get_ref();
            if !valid_id(v) {
                errors.push(Error {
                    file: f.name.clone(),
                    line,
                    what: format!("{}, field `id`", kind.name()),
                    message: format!("{v:?} is not an id: use lowercase letters, digits and '-' (or an ISO 3166-2 code such as \"KR-11\")"),
                });
            }
            if let Some((k0, f0, l0)) = ids.get(v) {
                errors.push(Error {
                    file: f.name.clone(),
                    line,
                    what: format!("{}, field `id`", kind.name()),
                    message: format!(
                        "duplicate id {v:?}: already used by a {} at {f0}:{l0}",
                        k0.name()
                    ),
                });
            } else {
                ids.insert(v.clone(), (kind, f.name.clone(), line));
            }
        }
    }
    let mut section_ids = HashSet::new();
    for (id, _) in &headings {
        if !section_ids.insert(id.clone()) {
            let mut e = first("section");
            e.file = report_file.name.clone();
            e.message = format!("duplicate section id {id:?}");
            errors.push(e);
        }
    }

    let ck = Checker { report, ids };
    let mut initiative = None;
    let mut programmes = Vec::new();
    let mut targets = Vec::new();
    let mut milestones = Vec::new();
    let mut provinces = Vec::new();
    let mut regions = Vec::new();
    let mut places = Vec::new();
    let mut actors = Vec::new();
    let mut figures = Vec::new();
    let mut conflicts = Vec::new();
    let mut updates = Vec::new();
    let mut slides = Vec::new();
    let mut slide_ids = HashSet::new();

    let initiative_count = files
        .iter()
        .filter(|f| f.seeds.initiative.is_some())
        .count();
    if initiative_count != 1 {
        let mut e = first("[initiative]");
        e.message = format!("exactly one [initiative] table is needed across the seed files; found {initiative_count}");
        errors.push(e);
    }

    for f in &files {
        let mut cx = Ctx {
            file: &f.name,
            text: &f.text,
            errors: &mut errors,
        };
        let s = &f.seeds;

        if let Some(i) = &s.initiative {
            let r = i.get_ref();
            let w = |field: &str| what("initiative", "", field);
            let total = ck.amount(&mut cx, &w("total"), &r.total);
            let usd = ck.amount(&mut cx, &w("usd"), &r.usd);
            if !matches!(
                usd.amount,
                Amount::Stated {
                    quantity: Quantity::Range {
                        min: Money {
                            currency: Currency::Usd,
                            ..
                        },
                        ..
                    } | Quantity::Exact {
                        value: Money {
                            currency: Currency::Usd,
                            ..
                        }
                    },
                    ..
                }
            ) {
                cx.err(
                    r.usd.span(),
                    &w("usd"),
                    "the dollar figure must be a stated amount with currency = \"USD\"".into(),
                );
            }
            if !matches!(
                total.amount,
                Amount::Stated {
                    quantity: Quantity::Exact {
                        value: Money {
                            currency: Currency::Krw,
                            ..
                        }
                    } | Quantity::AtLeast {
                        value: Money {
                            currency: Currency::Krw,
                            ..
                        }
                    },
                    ..
                }
            ) {
                cx.err(
                    r.total.span(),
                    &w("total"),
                    "the total must be a stated amount in won (exact or at_least)".into(),
                );
            }
            initiative = Some(Initiative {
                name: ck.text(&mut cx, i.span(), &w("name"), &r.name),
                launched: ck.date(&mut cx, &w("launched"), &r.launched),
                launched_source: ck.source(&mut cx, &w("launched_source"), &r.launched_source),
                total,
                usd,
                projects: ck.count(&mut cx, &w("projects"), &r.projects),
                projects_source: ck.source(&mut cx, &w("projects_source"), &r.projects_source),
                ai_projects: ck.count(&mut cx, &w("ai_projects"), &r.ai_projects),
                ai_projects_source: ck.source(
                    &mut cx,
                    &w("ai_projects_source"),
                    &r.ai_projects_source,
                ),
                innovation_projects: ck.count(
                    &mut cx,
                    &w("innovation_projects"),
                    &r.innovation_projects,
                ),
                innovation_projects_source: ck.source(
                    &mut cx,
                    &w("innovation_projects_source"),
                    &r.innovation_projects_source,
                ),
                administration: ck.text(&mut cx, i.span(), &w("administration"), &r.administration),
                administration_source: ck.source(
                    &mut cx,
                    &w("administration_source"),
                    &r.administration_source,
                ),
            });
        }

        for p in &s.programme {
            let r = p.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("programme", id, field);
            let table_names = r
                .table_names
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let t = t.get_ref();
                    let table = t.table.get_ref().as_str();
                    if !TABLES.contains(&table) {
                        cx.err(
                            t.table.span(),
                            &w(&format!("table_names[{i}].table")),
                            format!("{table:?} is not a report table; use {}", TABLES.join(", ")),
                        );
                    } else if let Some(section) = ck.report.section(table) {
                        if ck.report.find(section, t.name.get_ref()).is_none() {
                            cx.err(
                                t.name.span(),
                                &w(&format!("table_names[{i}].name")),
                                format!(
                                    "{:?} is not a row name in the {table} table",
                                    t.name.get_ref()
                                ),
                            );
                        }
                    }
                    TableName {
                        table: leak(table),
                        name: leak(t.name.get_ref()),
                    }
                })
                .collect();
            if r.amounts.is_empty() {
                cx.err(
                    p.span(),
                    &w("amounts"),
                    "no amount claim: record what the report says, even kind = \"not_stated\""
                        .into(),
                );
            }
            let amounts = r
                .amounts
                .iter()
                .enumerate()
                .map(|(i, a)| ck.amount(&mut cx, &w(&format!("amounts[{i}]")), a))
                .collect();
            programmes.push(Programme {
                id: leak(id),
                name: ck.text(&mut cx, p.span(), &w("name"), &r.name),
                category: r.category,
                table_names: leak_vec(table_names),
                amounts: leak_vec(amounts),
                goals: ck.notes(&mut cx, "programme", id, "goals", &r.goals),
                activities: ck.notes(&mut cx, "programme", id, "activities", &r.activities),
                responsible: ck.refs(&mut cx, &w("responsible"), &r.responsible, &[Kind::Actor]),
                regions: ck.refs(
                    &mut cx,
                    &w("regions"),
                    &r.regions,
                    &[Kind::Region, Kind::Province],
                ),
                places: ck.refs(&mut cx, &w("places"), &r.places, &[Kind::Place]),
                notes: ck.notes(&mut cx, "programme", id, "notes", &r.notes),
            });
        }

        for t in &s.target {
            let r = t.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("target", id, field);
            let (k, a, b) = ck.bound(
                &mut cx,
                &w(""),
                t.span(),
                &r.kind,
                &r.value,
                &r.min,
                &r.max,
                &["exact", "at_least", "at_most", "range"],
            );
            let bound = match k.as_str() {
                "at_least" => Bound::AtLeast { value: a },
                "at_most" => Bound::AtMost { value: a },
                "range" => Bound::Range { min: a, max: b },
                _ => Bound::Exact { value: a },
            };
            let programme = r.programme.as_ref().map(|p| {
                ck.refs(
                    &mut cx,
                    &w("programme"),
                    std::slice::from_ref(p),
                    &[Kind::Programme],
                )[0]
            });
            targets.push(Target {
                id: leak(id),
                metric: ck.text(&mut cx, t.span(), &w("metric"), &r.metric),
                programme,
                bound,
                unit: r.unit,
                deadline: r
                    .deadline
                    .as_ref()
                    .map(|d| ck.year(&mut cx, &w("deadline"), d)),
                source: ck.source(&mut cx, &w("source"), &r.source),
            });
        }

        for m in &s.milestone {
            let r = m.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("milestone", id, field);
            milestones.push(Milestone {
                id: leak(id),
                name: ck.text(&mut cx, m.span(), &w("name"), &r.name),
                kind: r.kind,
                lane: r.lane,
                date: ck.date(&mut cx, &w("date"), &r.date),
                programmes: ck.refs(&mut cx, &w("programmes"), &r.programmes, &[Kind::Programme]),
                actors: ck.refs(&mut cx, &w("actors"), &r.actors, &[Kind::Actor]),
                places: ck.refs(&mut cx, &w("places"), &r.places, &[Kind::Place]),
                source: ck.source(&mut cx, &w("source"), &r.source),
            });
        }

        for p in &s.province {
            let r = p.get_ref();
            let id = r.id.get_ref().as_str();
            provinces.push(Province {
                id: leak(id),
                name: ck.text(&mut cx, p.span(), &what("province", id, "name"), &r.name),
                kind: r.kind,
            });
        }

        for g in &s.region {
            let r = g.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("region", id, field);
            let focus = r
                .focus
                .iter()
                .enumerate()
                .map(|(i, t)| ck.text(&mut cx, g.span(), &w(&format!("focus[{i}]")), t))
                .collect();
            regions.push(Region {
                id: leak(id),
                name: ck.text(&mut cx, g.span(), &w("name"), &r.name),
                provinces: ck.refs(&mut cx, &w("provinces"), &r.provinces, &[Kind::Province]),
                focus: leak_vec(focus),
                note: r
                    .note
                    .as_ref()
                    .map(|n| ck.text(&mut cx, g.span(), &w("note"), n)),
                source: ck.source(&mut cx, &w("source"), &r.source),
            });
        }

        for p in &s.place {
            let r = p.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("place", id, field);
            let (lat, lon) = (*r.lat.get_ref(), *r.lon.get_ref());
            if !(-90.0..=90.0).contains(&lat) {
                cx.err(r.lat.span(), &w("lat"), format!("{lat} is not a latitude"));
            }
            if !(-180.0..=180.0).contains(&lon) {
                cx.err(r.lon.span(), &w("lon"), format!("{lon} is not a longitude"));
            }
            let country = r.country.get_ref();
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                cx.err(
                    r.country.span(),
                    &w("country"),
                    format!("{country:?} is not an ISO 3166-1 alpha-2 code such as \"KR\""),
                );
            }
            if country == "KR" && r.province.is_none() {
                cx.err(
                    p.span(),
                    &w("province"),
                    "a place in Korea names its province".into(),
                );
            }
            let province = r.province.as_ref().map(|x| {
                ck.refs(
                    &mut cx,
                    &w("province"),
                    std::slice::from_ref(x),
                    &[Kind::Province],
                )[0]
            });
            places.push(Place {
                id: leak(id),
                name: ck.text(&mut cx, p.span(), &w("name"), &r.name),
                kind: r.kind,
                province,
                country: leak(country),
                lat,
                lon,
                location_note: ck.text(&mut cx, p.span(), &w("location_note"), &r.location_note),
                source: ck.source(&mut cx, &w("source"), &r.source),
            });
        }

        for a in &s.actor {
            let r = a.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("actor", id, field);
            actors.push(Actor {
                id: leak(id),
                name: ck.text(&mut cx, a.span(), &w("name"), &r.name),
                kind: r.kind,
                programmes: ck.refs(&mut cx, &w("programmes"), &r.programmes, &[Kind::Programme]),
                role: r
                    .role
                    .as_ref()
                    .map(|t| ck.text(&mut cx, a.span(), &w("role"), t)),
                source: ck.source(&mut cx, &w("source"), &r.source),
            });
        }

        for g in &s.figure {
            let r = g.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("figure", id, field);
            let (k, a, b) = ck.bound(
                &mut cx,
                &w(""),
                g.span(),
                &r.kind,
                &r.value,
                &r.min,
                &r.max,
                &["exact", "range", "up_to", "approximately"],
            );
            let value = match k.as_str() {
                "range" => FigureValue::Range { min: a, max: b },
                "up_to" => FigureValue::UpTo { value: a },
                "approximately" => FigureValue::Approximately { value: a },
                _ => FigureValue::Exact { value: a },
            };
            figures.push(Figure {
                id: leak(id),
                group: r.group,
                label: ck.text(&mut cx, g.span(), &w("label"), &r.label),
                value,
                unit: r.unit,
                period: r
                    .period
                    .as_ref()
                    .map(|t| ck.text(&mut cx, g.span(), &w("period"), t)),
                source: ck.source(&mut cx, &w("source"), &r.source),
            });
        }

        for c in &s.conflict {
            let r = c.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("conflict", id, field);
            if r.claims.len() < 2 {
                cx.err(
                    c.span(),
                    &w("claims"),
                    format!(
                        "a conflict needs at least two claims; found {}",
                        r.claims.len()
                    ),
                );
            }
            if r.about.is_empty() {
                cx.err(
                    c.span(),
                    &w("about"),
                    "say which records the conflict is about".into(),
                );
            }
            let claims: Vec<Claim> = r
                .claims
                .iter()
                .enumerate()
                .map(|(i, cl)| Claim {
                    says: ck.text(
                        &mut cx,
                        cl.span(),
                        &w(&format!("claims[{i}].says")),
                        &cl.get_ref().says,
                    ),
                    source: ck.source(
                        &mut cx,
                        &w(&format!("claims[{i}].source")),
                        &cl.get_ref().source,
                    ),
                })
                .collect();
            let mut spots = HashSet::new();
            for (i, cl) in claims.iter().enumerate() {
                if !spots.insert((cl.source.section.id, cl.source.quote)) {
                    cx.err(
                        r.claims[i].span(),
                        &w(&format!("claims[{i}].source")),
                        "two claims cite the same phrase; a conflict is between different places"
                            .into(),
                    );
                }
            }
            conflicts.push(Conflict {
                id: leak(id),
                title: ck.text(&mut cx, c.span(), &w("title"), &r.title),
                about: ck.refs(&mut cx, &w("about"), &r.about, ANY),
                claims: leak_vec(claims),
                note: ck.text(&mut cx, c.span(), &w("note"), &r.note),
            });
        }

        for sl in &s.slide {
            let r = sl.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("slide", id, field);
            if !valid_id(id) || !slide_ids.insert(id.to_owned()) {
                cx.err(r.id.span(), &w("id"), format!("{id:?} is not a fresh slide id (lowercase letters, digits, '-'; unique among slides)"));
            }
            if let Err(m) = check_state(r.state.get_ref(), &ck.ids) {
                cx.err(r.state.span(), &w("state"), m);
            }
            if r.lines.len() != 2 {
                cx.err(
                    sl.span(),
                    &w("lines"),
                    format!("a slide has two lines of takeaway; found {}", r.lines.len()),
                );
            }
            let mut texts = vec![(String::from("title"), &r.title)];
            texts.extend(
                r.lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (format!("lines[{i}]"), l)),
            );
            for (field, t) in &texts {
                for s in [&t.en, &t.ko] {
                    if let Err(m) = check_placeholders(s, &ck.ids) {
                        cx.err(sl.span(), &w(field), m);
                    }
                }
            }
            let lines = r
                .lines
                .iter()
                .enumerate()
                .map(|(i, l)| ck.text(&mut cx, sl.span(), &w(&format!("lines[{i}]")), l))
                .collect();
            slides.push(Slide {
                id: leak(id),
                state: leak(r.state.get_ref()),
                title: ck.text(&mut cx, sl.span(), &w("title"), &r.title),
                lines: leak_vec(lines),
                notes: r
                    .notes
                    .as_ref()
                    .map(|n| ck.text(&mut cx, sl.span(), &w("notes"), n)),
            });
        }

        for u in &s.update {
            let r = u.get_ref();
            let id = r.id.get_ref().as_str();
            let w = |field: &str| what("update", id, field);
            if r.concerns.is_empty() {
                cx.err(
                    u.span(),
                    &w("concerns"),
                    "an update concerns at least one record of the report".into(),
                );
            }
            if r.sources.is_empty() {
                cx.err(
                    u.span(),
                    &w("sources"),
                    "an update needs at least one source address".into(),
                );
            }
            for (i, src) in r.sources.iter().enumerate() {
                let v = src.get_ref();
                if !v.starts_with("https://")
                    || v.len() <= "https://".len()
                    || v.contains(char::is_whitespace)
                {
                    cx.err(
                        src.span(),
                        &w(&format!("sources[{i}]")),
                        format!("{v:?} is not an https:// address"),
                    );
                }
            }
            let events = r
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| UpdateEvent {
                    date: ck.date(&mut cx, &w(&format!("events[{i}].date")), &e.get_ref().date),
                    text: ck.text(
                        &mut cx,
                        e.span(),
                        &w(&format!("events[{i}].text")),
                        &e.get_ref().text,
                    ),
                })
                .collect();
            updates.push(Update {
                id: leak(id),
                topic: ck.text(&mut cx, u.span(), &w("topic"), &r.topic),
                concerns: ck.refs(&mut cx, &w("concerns"), &r.concerns, ANY),
                says: ck.text(&mut cx, u.span(), &w("says"), &r.says),
                events: leak_vec(events),
                sources: leak_vec(r.sources.iter().map(|s| leak(s.get_ref())).collect()),
            });
        }
    }

    let rr = raw_report.get_ref();
    let mut rcx = Ctx {
        file: &report_file.name,
        text: &report_file.text,
        errors: &mut errors,
    };
    let report = Report {
        file: leak(rr.file.get_ref()),
        title: ck.text(
            &mut rcx,
            raw_report.span(),
            "report, field `title`",
            &rr.title,
        ),
        subtitle: ck.text(
            &mut rcx,
            raw_report.span(),
            "report, field `subtitle`",
            &rr.subtitle,
        ),
        sections: leak_vec(
            ck.report
                .sections
                .iter()
                .map(|s| Section {
                    id: leak(&s.id),
                    heading: leak(&s.heading),
                    line: s.line,
                })
                .collect(),
        ),
    };

    match (errors.is_empty(), initiative) {
        (true, Some(initiative)) => Ok(Dataset {
            report,
            initiative,
            programmes: leak_vec(programmes),
            targets: leak_vec(targets),
            milestones: leak_vec(milestones),
            provinces: leak_vec(provinces),
            regions: leak_vec(regions),
            places: leak_vec(places),
            actors: leak_vec(actors),
            figures: leak_vec(figures),
            conflicts: leak_vec(conflicts),
            updates: leak_vec(updates),
            slides: leak_vec(slides),
        }),
        _ => Err(errors),
    }
}
