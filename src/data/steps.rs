//! What has happened to the report's programmes since, as the views ask for it.
//!
//! The steps are a static of their own ([`STEPS`]), not a field of [`DATASET`] (whose
//! `steps` is empty in the app), so only the chunk that shows them carries them
//! (src/ui/lazy.rs). The first load needs only each programme's furthest rung and the date
//! of the newest step, which the build works out ([`FURTHEST`], [`STEPS_UPDATED`]).

use super::{
    update, Dataset, DateSpec, Furthest, Rung, Step, DATASET, FURTHEST, STEPS, STEPS_UPDATED,
};

/// The dataset with its steps and targets: what the ladder's functions in `atlas_model`
/// read.
pub fn with_steps() -> Dataset {
    Dataset {
        steps: STEPS,
        targets: super::TARGETS,
        ..DATASET
    }
}

/// The ladder of a programme or target: the report's announcement, then every later
/// step, in date order.
pub fn ladder(id: &str) -> Vec<Rung> {
    atlas_model::ladder(&with_steps(), id)
}

/// Whether any step concerns facility `id`.
pub fn names_place(id: &str) -> bool {
    STEPS.iter().any(|s| s.places.contains(&id))
}

/// The steps that concern facility `id`, in date order (steps of one date in the seeds'
/// order).
pub fn of_place(id: &str) -> Vec<&'static Step> {
    let mut out: Vec<&'static Step> = STEPS.iter().filter(|s| s.places.contains(&id)).collect();
    out.sort_by_key(|s| (s.date.start.year, s.date.start.month, s.date.start.day));
    out
}

/// The furthest step of facility `id`: the highest rung among its steps, the latest of
/// equals.
pub fn place_furthest(id: &str) -> Option<&'static Step> {
    let rungs: Vec<Rung> = of_place(id).into_iter().map(Rung::Later).collect();
    match atlas_model::furthest(&rungs)? {
        Rung::Later(s) => Some(s),
        Rung::Report(_) => None,
    }
}

/// Every step after the report's date, newest first.
pub fn since_report() -> Vec<&'static Step> {
    atlas_model::since_report(&with_steps())
}

/// The steps of programme `id`'s ladder from the report's month on that state an amount
/// (or say that the programme's share is not stated), oldest first. The report's month
/// counts: the 2026 budget proposal came at its end.
pub fn later_amounts(id: &str) -> Vec<&'static Step> {
    let data = with_steps();
    let from = atlas_model::report_date(&data).start;
    let month = |d: DateSpec| (d.start.year, d.start.month.unwrap_or(1));
    let mut out: Vec<&'static Step> = STEPS
        .iter()
        .filter(|s| {
            s.amount.is_some()
                && atlas_model::on_ladder(&data, s, id)
                && month(s.date) >= (from.year, from.month.unwrap_or(1))
        })
        .collect();
    out.sort_by_key(|s| s.date);
    out
}

/// Programme `id`'s furthest rung, as the build worked it out.
pub fn furthest(id: &str) -> Option<&'static Furthest> {
    FURTHEST.iter().find(|f| f.of == id)
}

/// When the later reporting was last brought up to date: the newest step's date.
pub fn updated() -> Option<DateSpec> {
    STEPS_UPDATED
}

/// The addresses of the sources that report a step: the one it names, or its update's.
pub fn sources(step: &'static Step) -> &'static [&'static str] {
    match &step.source {
        Some(one) => std::slice::from_ref(one),
        None => update(step.update).map_or(&[], |u| u.sources),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_model::{Amount, StepKind};

    /// The earliest day a date stands for.
    fn first_day(d: DateSpec) -> (u16, u8, u8) {
        (
            d.start.year,
            d.start.month.unwrap_or(1),
            d.start.day.unwrap_or(1),
        )
    }

    #[test]
    fn the_steps_come_apart_from_the_dataset_and_every_one_is_sourced() {
        assert!(DATASET.steps.is_empty());
        assert!(!STEPS.is_empty());
        for s in STEPS {
            let of_programme = super::super::programme(s.of).is_some();
            let of_target = crate::data::TARGETS.iter().any(|t| t.id == s.of);
            assert!(of_programme || of_target, "{}: no such record", s.of);
            assert!(!sources(s).is_empty(), "{:?} has no source", s.label.en);
            assert!(!s.quote.is_empty());
            assert_ne!(s.amount, Some(Amount::InCore));
        }
    }

    #[test]
    fn the_built_furthest_rungs_are_the_ladders_highest() {
        assert_eq!(FURTHEST.len(), DATASET.programmes.len());
        for p in DATASET.programmes {
            let ladder = ladder(p.id);
            let f = furthest(p.id).expect("every programme has a rung");
            let top = ladder.iter().filter_map(|r| r.kind().rung()).max();
            assert_eq!(f.kind.rung(), top, "{}", p.id);
            assert!(ladder.iter().any(|r| r.kind() == f.kind
                && r.date(&with_steps()) == f.date
                && matches!(r, Rung::Later(_)) == f.later
                && matches!(r, Rung::Later(s) if s.single_secondary) == f.single_secondary));
        }
        // The fund has been launched; its first investment is chosen, not yet made.
        assert_eq!(
            furthest("national-growth-fund").map(|f| f.kind),
            Some(StepKind::Launched)
        );
    }

    #[test]
    fn ladders_run_in_date_order() {
        for p in DATASET.programmes {
            let days: Vec<_> = ladder(p.id)
                .iter()
                .map(|r| first_day(r.date(&with_steps())))
                .collect();
            assert!(days.windows(2).all(|w| w[0] <= w[1]), "{}: {days:?}", p.id);
        }
    }

    #[test]
    fn the_change_list_is_every_step_after_the_report_month_newest_first() {
        let report = DATASET.initiative.launched.start;
        let after = |s: &Step| {
            let (y, m, _) = first_day(s.date);
            (y, m) > (report.year, report.month.unwrap_or(12))
        };
        let list = since_report();
        assert_eq!(list.len(), STEPS.iter().filter(|s| after(s)).count());
        assert!(list.iter().all(|s| after(s)));
        assert!(list
            .windows(2)
            .all(|w| first_day(w[0].date) >= first_day(w[1].date)));
        assert_eq!(
            updated().map(first_day),
            list.first().map(|s| first_day(s.date))
        );
    }

    #[test]
    fn a_facility_s_steps_are_those_that_name_it_in_date_order() {
        let named: Vec<&str> = STEPS
            .iter()
            .flat_map(|s| s.places.iter().copied())
            .collect();
        assert!(!named.is_empty());
        for id in &named {
            assert!(super::super::place(id).is_some(), "{id} is no place");
            let steps = of_place(id);
            assert_eq!(steps.len(), named.iter().filter(|n| *n == id).count());
            assert!(steps
                .windows(2)
                .all(|w| first_day(w[0].date) <= first_day(w[1].date)));
        }
        assert!(of_place("no-such-place").is_empty());
        assert!(named.iter().all(|id| names_place(id)));
        for id in &named {
            let top = of_place(id).iter().filter_map(|s| s.kind.rung()).max();
            assert_eq!(place_furthest(id).and_then(|s| s.kind.rung()), top, "{id}");
        }
        assert!(!names_place("no-such-place"));
    }

    #[test]
    fn later_amounts_are_from_the_report_month_on_and_on_the_programme_s_ladder() {
        let talent = later_amounts("talent");
        assert!(!talent.is_empty());
        // The GPU line names no share for the programme: it is listed, as not stated.
        let infra = later_amounts("ai-infrastructure");
        assert!(infra.iter().any(|s| s.amount == Some(Amount::NotStated)));
        // The Ulsan data centre's ₩7T came before the report.
        assert!(infra.iter().all(|s| first_day(s.date) >= (2025, 8, 1)));
        assert!(STEPS
            .iter()
            .any(|s| s.amount.is_some() && first_day(s.date) < (2025, 8, 1)));
        assert!(later_amounts("robotics").is_empty());
    }
}
