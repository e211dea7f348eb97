//! The `[report]` table and the `[[section]]`s: the report file every source quotes, and
//! where in it each section stands.

use super::{leak, leak_vec, line_of, Checker, Ctx, Error, SeedText};
use crate::raw::RawReport;
use crate::report::ReportIndex;
use atlas_model::{Report, Section};
use std::collections::HashSet;
use std::path::Path;
use toml::Spanned;

/// The one `[report]` table, the file that holds it, and the report text indexed by the
/// sections' headings.
pub(super) struct ReadReport<'a> {
    /// The seed file with the `[report]` table.
    pub file: &'a SeedText,
    /// The table.
    pub raw: &'a Spanned<RawReport>,
    /// The report's text and its sections.
    pub index: ReportIndex,
    /// Every section's (id, heading), in the seed files' order.
    headings: Vec<(String, String)>,
}

/// Finds the one `[report]` table, reads the report it names and locates every section's
/// heading in it. Without a report nothing else can be checked, so its absence is the only
/// error returned; headings not found are added to `errors`.
pub(super) fn read<'a>(
    dir: &Path,
    files: &'a [SeedText],
    errors: &mut Vec<Error>,
) -> Result<ReadReport<'a>, Vec<Error>> {
    let reports: Vec<(&SeedText, &Spanned<RawReport>)> = files
        .iter()
        .filter_map(|f| f.seeds.report.as_ref().map(|r| (f, r)))
        .collect();
    if reports.len() != 1 {
        return Err(vec![Error::whole(
            dir.display().to_string(),
            "[report]",
            format!(
                "exactly one [report] table is needed across the seed files; found {}",
                reports.len()
            ),
        )]);
    }
    let (file, raw) = reports[0];
    let report_path = dir.join(raw.get_ref().file.get_ref());
    let report_text = match std::fs::read_to_string(&report_path) {
        Ok(t) => t,
        Err(e) => {
            return Err(vec![Error {
                file: file.name.clone(),
                line: line_of(&file.text, raw.get_ref().file.span().start),
                what: "report, field `file`".into(),
                message: format!("{} cannot be read: {e}", report_path.display()),
            }])
        }
    };
    let mut headings = Vec::new();
    let mut heading_spots = Vec::new();
    for f in files {
        for s in &f.seeds.section {
            headings.push((
                s.get_ref().id.get_ref().clone(),
                s.get_ref().heading.get_ref().clone(),
            ));
            heading_spots.push((f, s.get_ref().heading.span()));
        }
    }
    let (index, heading_errors) = ReportIndex::new(report_text, &headings);
    for (n, m) in heading_errors {
        let (f, span) = heading_spots[n].clone();
        errors.push(Error {
            file: f.name.clone(),
            line: line_of(&f.text, span.start),
            what: format!("section {:?}, field `heading`", headings[n].0),
            message: m,
        });
    }
    Ok(ReadReport {
        file,
        raw,
        index,
        headings,
    })
}

impl ReadReport<'_> {
    /// Section ids are their own namespace: each once.
    pub fn check_section_ids(&self, errors: &mut Vec<Error>) {
        let mut section_ids = HashSet::new();
        for (id, _) in &self.headings {
            if !section_ids.insert(id.clone()) {
                errors.push(Error::whole(
                    self.file.name.clone(),
                    "section",
                    format!("duplicate section id {id:?}"),
                ));
            }
        }
    }
}

impl Checker {
    /// The report's record: its file, title and subtitle, and the sections as located.
    pub(super) fn report_record(&self, cx: &mut Ctx, raw: &Spanned<RawReport>) -> Report {
        let rr = raw.get_ref();
        Report {
            file: leak(rr.file.get_ref()),
            title: self.text(cx, raw.span(), "report, field `title`", &rr.title),
            subtitle: self.text(cx, raw.span(), "report, field `subtitle`", &rr.subtitle),
            sections: leak_vec(
                self.report
                    .sections
                    .iter()
                    .map(|s| Section {
                        id: leak(&s.id),
                        heading: leak(&s.heading),
                        line: s.line,
                    })
                    .collect(),
            ),
        }
    }
}
