//! The source report's text split into its listed sections, for provenance checks.

/// A section located in the report text.
pub struct Located {
    pub id: String,
    pub heading: String,
    /// 1-based line of the heading.
    pub line: u32,
    /// Byte range of the section's text (heading to next heading).
    pub range: std::ops::Range<usize>,
}

/// The report text and where its sections are.
pub struct ReportIndex {
    pub text: String,
    pub sections: Vec<Located>,
}

impl ReportIndex {
    /// Locates each heading as a whole line, in the order given. Returns the headings
    /// that could not be found (in order after the previous one) as errors.
    pub fn new(text: String, headings: &[(String, String)]) -> (Self, Vec<(usize, String)>) {
        let mut line_starts = vec![0usize];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut found: Vec<(usize, String, String, u32)> = Vec::new();
        let mut errors = Vec::new();
        let mut from_line = 0usize;
        for (n, (id, heading)) in headings.iter().enumerate() {
            let hit = (from_line..line_starts.len()).find(|&l| {
                let start = line_starts[l];
                let end = line_starts.get(l + 1).map_or(text.len(), |e| e - 1);
                text[start..end].trim_end_matches('\r') == heading
            });
            match hit {
                Some(l) => {
                    found.push((line_starts[l], id.clone(), heading.clone(), l as u32 + 1));
                    from_line = l + 1;
                }
                None => errors.push((
                    n,
                    format!(
                        "heading {heading:?} is not a whole line of the report after the previous section's heading"
                    ),
                )),
            }
        }
        let mut sections = Vec::new();
        for (i, (start, id, heading, line)) in found.iter().enumerate() {
            let end = found.get(i + 1).map_or(text.len(), |n| n.0);
            sections.push(Located {
                id: id.clone(),
                heading: heading.clone(),
                line: *line,
                range: *start..end,
            });
        }
        (ReportIndex { text, sections }, errors)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Located> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Finds `quote` inside the section; returns its 1-based line.
    pub fn find(&self, section: &Located, quote: &str) -> Option<u32> {
        let body = &self.text[section.range.clone()];
        body.find(quote)
            .map(|at| self.line_of(section.range.start + at))
    }

    /// The ids of other sections in which `quote` does stand, for a helpful error.
    pub fn sections_containing(&self, quote: &str) -> Vec<&str> {
        self.sections
            .iter()
            .filter(|s| self.text[s.range.clone()].contains(quote))
            .map(|s| s.id.as_str())
            .collect()
    }

    fn line_of(&self, byte: usize) -> u32 {
        self.text[..byte].matches('\n').count() as u32 + 1
    }
}
