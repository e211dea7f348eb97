//! Count marks: where entries crowd too closely for each to have its label whole, the
//! layout joins them into one mark labelled with their number ("+4"), which opens the
//! list of what it holds. No label is ever cut short.

use super::model::TimeItem;
use std::cell::RefCell;

/// Entries drawn as one: a single entry with its label, or a count mark.
#[derive(Clone)]
pub(super) struct Unit<'i> {
    /// The entries, in time order.
    pub(super) members: Vec<&'i TimeItem>,
}

impl<'i> Unit<'i> {
    /// The first entry.
    pub(super) fn first(&self) -> &'i TimeItem {
        self.members[0]
    }

    /// The item id: the entry's own, or the count mark's.
    pub(super) fn id(&self) -> &'static str {
        match self.members.as_slice() {
            [one] => one.id,
            _ => group_id(self.first().id),
        }
    }

    /// What is drawn beside the mark: the entry's short label, or the count.
    pub(super) fn label(&self) -> String {
        match self.members.as_slice() {
            [one] => one.label.clone(),
            many => format!("+{}", many.len()),
        }
    }

    /// The last entry.
    pub(super) fn last(&self) -> &'i TimeItem {
        self.members[self.members.len() - 1]
    }

    /// Whether it is a count mark (its label is drawn bold).
    pub(super) fn is_group(&self) -> bool {
        self.members.len() > 1
    }
}

/// Each entry a unit of its own.
pub(super) fn singles<'i>(entries: &[&'i TimeItem]) -> Vec<Unit<'i>> {
    entries.iter().map(|e| Unit { members: vec![*e] }).collect()
}

/// `entries` (in time order) cut into runs in which every entry lies within `span` of
/// the run's first, by `at` (its place on the page).
pub(super) fn runs<'i>(
    entries: &[&'i TimeItem],
    span: f64,
    at: impl Fn(&TimeItem) -> f64,
) -> Vec<Unit<'i>> {
    let mut out: Vec<Unit<'i>> = Vec::new();
    for e in entries {
        match out.last_mut() {
            Some(u) if at(e) - at(u.first()) <= span => u.members.push(e),
            _ => out.push(Unit { members: vec![*e] }),
        }
    }
    out
}

/// Places `units` (in time order; one per entry, or runs already joined). Wherever `place`
/// finds no room for unit k > 0 (it returns `Err(k)`), unit k joins the one before it and
/// placing starts again; each join leaves one unit fewer, so this ends. `place` is told
/// when no join is left to make (one unit, or room refused to the first), and must then
/// place what it has, leaving out a label that does not fit. Returns the units and what
/// `place` made of them; or `None` where `may_join` refuses a join (a count mark would
/// stretch too far), so the caller can make more room and try again.
pub(super) fn settle<'i, P>(
    mut units: Vec<Unit<'i>>,
    mut place: impl FnMut(&[Unit<'i>], bool) -> Result<P, usize>,
    may_join: impl Fn(&Unit<'i>, &Unit<'i>) -> bool,
) -> Option<(Vec<Unit<'i>>, P)> {
    let mut must = units.len() < 2;
    loop {
        match place(&units, must) {
            Ok(p) => return Some((units, p)),
            Err(k) if k > 0 && k < units.len() && !may_join(&units[k - 1], &units[k]) => {
                return None
            }
            Err(k) if k > 0 && k < units.len() => {
                let joined = units.remove(k);
                units[k - 1].members.extend(joined.members);
                must = units.len() < 2;
            }
            Err(_) => must = true,
        }
    }
}

/// The count mark's id for a group whose first entry is `first`: the same for the same
/// group on every layout, so focus and selection survive a redraw.
pub(super) fn group_id(first: &'static str) -> &'static str {
    // A list, not a map: it holds at most one id per entry, and a hash map's code would
    // weigh more in the timeline's chunk than the search costs.
    thread_local! {
        static IDS: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
    }
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        if let Some((_, id)) = ids.iter().find(|(f, _)| *f == first) {
            return *id;
        }
        let id: &'static str = Box::leak(format!("{GROUP_PREFIX}{first}").into_boxed_str());
        ids.push((first, id));
        id
    })
}

/// How a count mark's id begins.
pub const GROUP_PREFIX: &str = "+group:";
