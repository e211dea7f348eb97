//! Which figure the funding chart draws for each programme, and why.
//!
//! The report often states a programme's money more than once, sometimes in ways that
//! disagree. The chart needs one size per programme, so the rule is fixed and shown
//! to the reader:
//! - **over the period**: the first figure the report states as a total or a one-year
//!   budget, in the order of its tables (Key Components, Targeted Sectoral
//!   Allocations, Summary) and then its text. Per-year figures are never multiplied up:
//!   the report says start-up money is "scaling up", so ×5 would invent a total.
//! - **per year**: the first figure stated per year; else a total over a stated number
//!   of years, divided by them (and labelled as converted); else a one-year budget
//!   (labelled with its year). Totals "by 2027" with no length are not converted, and
//!   neither is a total over stated years that another claim dates "by" a year (the
//!   period is unclear).
//!
//! Every other figure that differs is counted as a disagreement and shown with the
//! programme. Programmes with no figure are listed, never dropped, and the National
//! Growth Fund is the envelope: never a tile, never summed.

use super::{
    Amount, AmountClaim, Basis, Category, Currency, Money, Programme, Quantity, CONTRADICTED,
    DATASET, DISPUTED, SPLIT_UPDATES,
};
use atlas_model::{Split, Update};

/// Whether the chart shows money over the whole period or per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Period {
    /// As stated, over the programme's period.
    #[default]
    Total,
    /// Per year, converted where the report gives the number of years.
    PerYear,
}

/// How a charted figure was derived from what the report states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// Drawn as stated.
    AsStated,
    /// A total over `years` years, divided by them.
    DividedByYears(u8),
    /// A one-year budget drawn among yearly amounts: that year's figure, not a yearly
    /// rate (the per-year chart says so).
    OneYearOnly(u16),
}

/// One programme's figure on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Charted {
    /// The programme.
    pub programme: &'static Programme,
    /// The claim the figure comes from.
    pub claim: &'static AmountClaim,
    /// The figure drawn, in won (possibly converted).
    pub quantity: Quantity,
    /// How it was derived.
    pub conversion: Conversion,
    /// How many other stated figures for the programme differ from this one.
    pub disagreements: usize,
}

impl Charted {
    /// The size used for area and length: the floor of a range or an "at least".
    pub fn weight(&self) -> f64 {
        low(self.quantity).eok as f64
    }

    /// Whether the true figure may be larger than the drawn size.
    pub fn open_ended(&self) -> bool {
        !matches!(self.quantity, Quantity::Exact { .. })
    }

    /// Whether the chart marks the figure as disputed: the report states another figure
    /// for the programme, or a conflict of the report names it ([`DISPUTED`], which the
    /// build works out, so the chart needs none of the conflicts' text).
    pub fn disputed(&self) -> bool {
        self.disagreements > 0 || DISPUTED.contains(&self.programme.id)
    }

    /// Whether the only conflicts naming the programme are ambiguities (claims that hold
    /// when read together): the chart marks it "?" rather than "!".
    pub fn only_ambiguous(&self) -> bool {
        self.disagreements == 0
            && DISPUTED.contains(&self.programme.id)
            && !CONTRADICTED.contains(&self.programme.id)
    }
}

/// The later-reported split of a whole into parts (the National Growth Fund by
/// industry at its launch), with the update that reports it and the one that reports
/// the whole.
pub fn fund_split() -> Option<(&'static Update, Split, &'static Update)> {
    SPLIT_UPDATES.iter().find_map(|u| {
        let s = u.split?;
        let whole = SPLIT_UPDATES.iter().find(|w| w.id == s.whole_update)?;
        Some((u, s, whole))
    })
}

/// Why a programme is not on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// The report says it is in the fund's core, with no figure.
    InCore,
    /// The report gives no figure.
    NotStated,
    /// Figures exist, but none can be shown for this period (e.g. a total "by 2027"
    /// with no length, in the per-year view).
    NoFigureForPeriod,
}

/// A programme listed beside the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unplotted {
    /// The programme.
    pub programme: &'static Programme,
    /// Why.
    pub why: Missing,
}

/// What the funding chart shows for one period.
#[derive(Debug, Clone, PartialEq)]
pub struct FundingData {
    /// Programmes with a figure, largest first.
    pub charted: Vec<Charted>,
    /// Programmes without one, in dataset order.
    pub unplotted: Vec<Unplotted>,
    /// The envelope (the National Growth Fund), if the dataset has one.
    pub envelope: Option<&'static Programme>,
}

/// The period a drawn figure covers, as its claim states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Span {
    /// Over a stated number of years.
    Years(u8),
    /// A total by a year, with no length.
    By(u16),
    /// One year's budget.
    OneYear(u16),
    /// Each year.
    PerYear,
    /// A total whose period the report does not give.
    Unstated,
}

impl FundingData {
    /// The distinct periods the drawn figures cover, in a fixed order (years, then "by"
    /// years, then single years): the note under the chart names every one, so a reader
    /// sees that the figures do not share a period.
    pub fn spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = self
            .charted
            .iter()
            .map(|c| match c.claim.amount {
                Amount::Stated { basis, .. } => match basis {
                    Basis::Total { years: Some(y), .. } => Span::Years(y),
                    Basis::Total { by: Some(b), .. } => Span::By(b),
                    Basis::Total { .. } => Span::Unstated,
                    Basis::OneYear { year } => Span::OneYear(year),
                    Basis::PerYear { .. } => Span::PerYear,
                },
                _ => Span::Unstated,
            })
            .collect();
        spans.sort();
        spans.dedup();
        spans
    }
}

fn low(q: Quantity) -> Money {
    match q {
        Quantity::Exact { value } | Quantity::AtLeast { value } => value,
        Quantity::Range { min, .. } => min,
    }
}

fn scale(q: Quantity, div: u64) -> Quantity {
    let d = |m: Money| Money {
        currency: m.currency,
        eok: m.eok / div,
    };
    match q {
        Quantity::Exact { value } => Quantity::Exact { value: d(value) },
        Quantity::AtLeast { value } => Quantity::AtLeast { value: d(value) },
        Quantity::Range { min, max } => Quantity::Range {
            min: d(min),
            max: d(max),
        },
    }
}

/// Stated won figures of a programme, in claim order.
fn stated(p: &'static Programme) -> impl Iterator<Item = (&'static AmountClaim, Quantity, Basis)> {
    p.amounts.iter().filter_map(|c| match c.amount {
        Amount::Stated {
            quantity, basis, ..
        } if low(quantity).currency == Currency::Krw => Some((c, quantity, basis)),
        _ => None,
    })
}

/// Whether two statements say different things (quantity or the kind of period).
fn differs(a: (Quantity, Basis), b: (Quantity, Basis)) -> bool {
    let kind = |b: Basis| match b {
        Basis::Total { .. } => 0,
        Basis::PerYear { .. } => 1,
        Basis::OneYear { .. } => 2,
    };
    a.0 != b.0 || kind(a.1) != kind(b.1)
}

/// The figure for one programme and period, if any.
pub fn chart_figure(p: &'static Programme, period: Period) -> Result<Charted, Missing> {
    let claims: Vec<_> = stated(p).collect();
    let pick = match period {
        Period::Total => claims.iter().find_map(|&(c, q, b)| match b {
            // Over the period, a one-year budget is drawn as stated: its period is its year.
            Basis::Total { .. } | Basis::OneYear { .. } => Some((c, q, Conversion::AsStated, b)),
            Basis::PerYear { .. } => None,
        }),
        Period::PerYear => claims
            .iter()
            .find_map(|&(c, q, b)| {
                matches!(b, Basis::PerYear { .. }).then_some((c, q, Conversion::AsStated, b))
            })
            .or_else(|| {
                // A total the report also dates "by" a year, with no length, has an
                // unclear period: dividing it by the other claim's years would pick one.
                let period_unclear = claims.iter().any(|&(_, _, b)| {
                    matches!(
                        b,
                        Basis::Total {
                            years: None,
                            by: Some(_)
                        }
                    )
                });
                claims.iter().find_map(|&(c, q, b)| match b {
                    Basis::Total { years: Some(y), .. } if y > 0 && !period_unclear => {
                        Some((c, scale(q, y as u64), Conversion::DividedByYears(y), b))
                    }
                    _ => None,
                })
            })
            .or_else(|| {
                claims.iter().find_map(|&(c, q, b)| match b {
                    Basis::OneYear { year } => Some((c, q, Conversion::OneYearOnly(year), b)),
                    _ => None,
                })
            }),
    };
    match pick {
        Some((claim, quantity, conversion, basis)) => {
            let original = stated(p)
                .find(|(c, _, _)| std::ptr::eq(*c, claim))
                .map(|(_, q, _)| q)
                .unwrap_or(quantity);
            let disagreements = claims
                .iter()
                .filter(|&&(_, q, b)| differs((q, b), (original, basis)))
                .count();
            Ok(Charted {
                programme: p,
                claim,
                quantity,
                conversion,
                disagreements,
            })
        }
        None if !claims.is_empty() => Err(Missing::NoFigureForPeriod),
        None if p.amounts.iter().any(|c| c.amount == Amount::InCore) => Err(Missing::InCore),
        None => Err(Missing::NotStated),
    }
}

/// The funding chart's data for a period.
pub fn funding(period: Period) -> FundingData {
    let mut charted = Vec::new();
    let mut unplotted = Vec::new();
    let mut envelope = None;
    for p in DATASET.programmes {
        if p.category == Category::Envelope {
            envelope = Some(p);
            continue;
        }
        match chart_figure(p, period) {
            Ok(c) => charted.push(c),
            Err(why) => unplotted.push(Unplotted { programme: p, why }),
        }
    }
    charted.sort_by(|a, b| {
        b.weight()
            .total_cmp(&a.weight())
            .then(a.programme.id.cmp(b.programme.id))
    });
    FundingData {
        charted,
        unplotted,
        envelope,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::programme;

    fn eok(q: Quantity) -> u64 {
        low(q).eok
    }

    #[test]
    fn every_programme_is_charted_or_listed_and_the_envelope_is_neither() {
        for period in [Period::Total, Period::PerYear] {
            let f = funding(period);
            let envelope = f.envelope.expect("the dataset has an envelope");
            let mut seen: Vec<&str> = f.charted.iter().map(|c| c.programme.id).collect();
            seen.extend(f.unplotted.iter().map(|u| u.programme.id));
            assert!(!seen.contains(&envelope.id));
            assert_eq!(seen.len() + 1, DATASET.programmes.len());
            for p in DATASET.programmes.iter().filter(|p| p.id != envelope.id) {
                assert!(seen.contains(&p.id), "{} is missing in {period:?}", p.id);
            }
        }
    }

    #[test]
    fn the_total_view_draws_what_the_report_states_first() {
        let f = funding(Period::Total);
        let infra = f
            .charted
            .iter()
            .find(|c| c.programme.id == "ai-infrastructure")
            .unwrap();
        assert_eq!(eok(infra.quantity), 160_000);
        assert_eq!(infra.conversion, Conversion::AsStated);
        assert_eq!(infra.disagreements, 0);
        // Start-ups: ₩40T by 2030 is the first total; the per-year figures disagree.
        let s = f
            .charted
            .iter()
            .find(|c| c.programme.id == "startup-vc")
            .unwrap();
        assert_eq!(eok(s.quantity), 400_000);
        assert!(s.disagreements >= 2, "{s:?}");
        // Largest first.
        assert!(f.charted.windows(2).all(|w| w[0].weight() >= w[1].weight()));
    }

    #[test]
    fn per_year_figures_are_never_multiplied_into_totals() {
        let f = funding(Period::Total);
        for c in &f.charted {
            if let Amount::Stated { basis, .. } = c.claim.amount {
                assert!(
                    !matches!(basis, Basis::PerYear { .. }),
                    "{} drawn from a per-year claim",
                    c.programme.id
                );
            }
        }
    }

    #[test]
    fn the_per_year_view_divides_only_stated_periods() {
        let f = funding(Period::PerYear);
        let infra = f
            .charted
            .iter()
            .find(|c| c.programme.id == "ai-infrastructure")
            .unwrap();
        assert_eq!(infra.conversion, Conversion::DividedByYears(5));
        assert_eq!(eok(infra.quantity), 32_000); // ₩16T over 5 years = ₩3.2T a year
        let s = f
            .charted
            .iter()
            .find(|c| c.programme.id == "startup-vc")
            .unwrap();
        assert_eq!(s.conversion, Conversion::AsStated);
        assert_eq!(eok(s.quantity), 80_000); // the stated ₩8T a year
                                             // "₩94.6 billion (to 2028)" has no period length: not convertible.
        let r = f
            .unplotted
            .iter()
            .find(|u| u.programme.id == "research-institutes")
            .unwrap();
        assert_eq!(r.why, Missing::NoFigureForPeriod);
    }

    /// The total view mixes every kind of period the report uses for the programmes it
    /// draws: five years, totals "by" 2027, 2028 and 2030, and one 2025 budget.
    #[test]
    fn the_note_names_every_period_the_drawn_figures_cover() {
        let spans = funding(Period::Total).spans();
        assert_eq!(
            spans,
            vec![
                Span::Years(5),
                Span::By(2027),
                Span::By(2028),
                Span::By(2030),
                Span::OneYear(2025)
            ]
        );
        // Per year, the drawn figures are per-year ones or converted from five years.
        assert!(funding(Period::PerYear)
            .spans()
            .iter()
            .all(|s| matches!(s, Span::PerYear | Span::Years(5) | Span::OneYear(_))));
    }

    /// Sovereign AI is ₩530 billion "by 2027" in one table and ₩0.53T in a table of
    /// five-year figures: its period is unclear, so the per-year view does not divide it.
    #[test]
    fn the_per_year_view_never_divides_a_total_also_dated_by_a_year() {
        let f = funding(Period::PerYear);
        for c in &f.charted {
            if c.conversion == Conversion::DividedByYears(5) {
                assert!(
                    !c.programme.amounts.iter().any(|a| matches!(
                        a.amount,
                        Amount::Stated {
                            basis: Basis::Total {
                                years: None,
                                by: Some(_)
                            },
                            ..
                        }
                    )),
                    "{} is divided although a claim dates it by a year",
                    c.programme.id
                );
            }
        }
        let s = f
            .unplotted
            .iter()
            .find(|u| u.programme.id == "sovereign-ai")
            .expect("sovereign AI is listed, not drawn, per year");
        assert_eq!(s.why, Missing::NoFigureForPeriod);
    }

    #[test]
    fn unstated_programmes_say_why() {
        let f = funding(Period::Total);
        let why = |id: &str| {
            f.unplotted
                .iter()
                .find(|u| u.programme.id == id)
                .map(|u| u.why)
        };
        assert_eq!(why("robotics"), Some(Missing::InCore));
        assert_eq!(why("international"), Some(Missing::NotStated));
        assert!(programme("robotics").is_some());
    }

    /// Every charted programme a conflict names is marked, sovereign AI among them
    /// (its ₩530 billion is dated "by 2027" and sits in a five-year table).
    #[test]
    fn every_programme_a_conflict_names_is_marked_disputed() {
        for period in [Period::Total, Period::PerYear] {
            for c in funding(period).charted {
                let named = crate::data::CONFLICTS
                    .iter()
                    .any(|k| k.about.contains(&c.programme.id));
                if named {
                    assert!(c.disputed(), "{} is not marked", c.programme.id);
                }
            }
        }
        let f = funding(Period::Total);
        let s = f
            .charted
            .iter()
            .find(|c| c.programme.id == "sovereign-ai")
            .unwrap();
        assert_eq!(s.disagreements, 0, "its two claims state the same amount");
        assert!(s.disputed());
    }

    /// The lists the build works out for the chart's marks say what the conflicts say:
    /// a record is disputed when a conflict names it, contradicted when one that is not
    /// an ambiguity does; and the chart's "?" goes to a programme only ambiguities name.
    #[test]
    fn the_marks_lists_agree_with_the_conflicts() {
        use atlas_model::ConflictKind;
        let conflicts = crate::data::CONFLICTS;
        let ids = conflicts.iter().flat_map(|c| c.about.iter().copied());
        for id in ids.chain(DATASET.programmes.iter().map(|p| p.id)) {
            let about: Vec<_> = conflicts.iter().filter(|c| c.about.contains(&id)).collect();
            assert_eq!(DISPUTED.contains(&id), !about.is_empty(), "{id}");
            assert_eq!(
                CONTRADICTED.contains(&id),
                about.iter().any(|c| c.kind != ConflictKind::Ambiguity),
                "{id}"
            );
        }
        let mut ambiguous = 0;
        for c in funding(Period::Total).charted {
            let about: Vec<_> = conflicts
                .iter()
                .filter(|k| k.about.contains(&c.programme.id))
                .collect();
            let want = c.disagreements == 0
                && !about.is_empty()
                && about.iter().all(|k| k.kind == ConflictKind::Ambiguity);
            assert_eq!(c.only_ambiguous(), want, "{}", c.programme.id);
            ambiguous += usize::from(want);
        }
        assert!(ambiguous > 0, "some programme is marked \"?\"");
    }

    /// The first load's two later reports behind the split are those of the dataset,
    /// field for field.
    #[test]
    fn the_splits_reports_are_copies_of_the_later_reports() {
        assert_eq!(SPLIT_UPDATES.len(), 2);
        for u in SPLIT_UPDATES {
            assert_eq!(
                Some(u),
                crate::data::UPDATES.iter().find(|x| x.id == u.id),
                "{}",
                u.id
            );
        }
    }

    #[test]
    fn the_split_and_its_whole_come_from_two_updates() {
        let (u, s, whole) = fund_split().expect("the dataset has a split");
        assert_ne!(u.id, whole.id);
        assert_eq!(s.whole_update, whole.id);
        assert!(s.allocated().eok < s.whole.eok);
        assert_eq!(s.allocated().eok + s.remainder().eok, s.whole.eok);
    }

    #[test]
    fn an_at_least_figure_is_open_ended() {
        let f = funding(Period::Total);
        let av = f
            .charted
            .iter()
            .find(|c| c.programme.id == "autonomous-vehicles")
            .unwrap();
        assert!(av.open_ended());
        assert_eq!(av.weight(), 5_000.0);
        assert!(av.disagreements >= 1, "the per-year ₩0.5T+ disagrees");
    }
}
