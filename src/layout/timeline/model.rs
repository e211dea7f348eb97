//! What the timeline is drawn from: the entries, the reader's frame, the lane colours
//! and the sizes both layouts share.

use crate::data::timeline::{Mark, Row, When};
use crate::layout::colour::Rgb;

/// One entry as the layout sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeItem {
    /// Unique id.
    pub id: &'static str,
    /// Lane.
    pub row: Row,
    /// Where in time.
    pub when: When,
    /// How to draw it.
    pub mark: Mark,
    /// Label, already written in the reader's language.
    pub label: String,
}

/// What to show and how big.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeFrame<'a> {
    /// Width in CSS px.
    pub width: f64,
    /// Visible range, in fractional years.
    pub range: (f64, f64),
    /// The reader's date, as a fractional year.
    pub today: f64,
    /// "Today", in the reader's language.
    pub today_label: String,
    /// Quarter tick names (Q1–Q4 / 1분기–4분기), in the reader's language.
    pub quarters: [String; 4],
    /// Visible lanes in order, with their names.
    pub rows: &'a [(Row, String)],
    /// Conflicts joining two entries: (conflict id, entry id, entry id).
    pub links: &'a [(&'static str, &'static str, &'static str)],
    /// Selected entry (or conflict).
    pub selected: Option<&'a str>,
    /// Entries to emphasise (those of a selected programme).
    pub highlighted: &'a [&'a str],
}

impl TimeFrame<'_> {
    /// Horizontal lanes need room; narrow screens get the vertical layout.
    pub fn horizontal(&self) -> bool {
        self.width >= 640.0
    }

    /// Whether the reader's date lies in the visible range.
    pub(super) fn today_in_range(&self) -> bool {
        self.today >= self.range.0 && self.today <= self.range.1
    }
}

/// Lane colours: distinct hues, all at least 3:1 against the page for marks.
pub fn row_colour(row: Row) -> Rgb {
    use atlas_model::Lane::*;
    match row {
        Row::Report(Law) => Rgb(0x0b, 0x57, 0xb0),
        Row::Report(Funding) => Rgb(0x00, 0x7a, 0x5a),
        Row::Report(Infrastructure) => Rgb(0xb3, 0x54, 0x00),
        Row::Report(International) => Rgb(0x7a, 0x4e, 0xa8),
        Row::Report(Talent) => Rgb(0xa3, 0x2b, 0x63),
        Row::Report(Targets) => Rgb(0x3d, 0x45, 0x52),
        Row::Later => Rgb(0x6b, 0x3f, 0xa0),
    }
}

/// A light tint of a colour, for span bars under text.
pub(super) fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| (v as f64 * 0.18 + 255.0 * 0.82).round() as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

/// The colour of minor (quarter) gridlines.
pub(super) const MINOR_RULE: Rgb = Rgb(0xec, 0xef, 0xf3);
/// Entry label size, CSS px.
pub(super) const LABEL_SIZE: f64 = 13.0;
/// Height of a sub-row of a horizontal lane, CSS px.
pub(super) const SUB: f64 = 26.0;
/// Sub-rows a horizontal lane has where no count mark would stretch past
/// [`GROUP_SPAN`]; a denser lane grows more.
pub(super) const MAX_SUBROWS: usize = 4;
/// How far apart, in CSS px, the first and last entries of one count mark may lie: a
/// dense stretch becomes several count marks, so the reader sees where in it the
/// entries lie.
pub(super) const GROUP_SPAN: f64 = 30.0;
/// Height of the horizontal layout's axis band, CSS px.
pub(super) const AXIS_H: f64 = 30.0;
