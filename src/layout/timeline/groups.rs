//! Count marks: where entries crowd too closely for each to have its label whole, the
//! layout joins them into one mark labelled with their number ("+4"), which opens the
//! list of what it holds. No label is ever cut short.

use super::model::TimeItem;
use std::cell::RefCell;

/// Entries drawn as one: a single entry with its label, or a count mark.
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

    /// Whether it is a count mark (its label is drawn bold).
    pub(super) fn is_group(&self) -> bool {
        self.members.len() > 1
    }
}

/// Places `entries` (in time order) as units: one per entry at first. Wherever `place`
/// finds no room for unit k > 0 (it returns `Err(k)`), unit k joins the one before it and
/// placing starts again; each join leaves one unit fewer, so this ends. `place` is told
/// when no join is left to make (one unit, or room refused to the first), and must then
/// place what it has, leaving out a label that does not fit. Returns the units and what
/// `place` made of them.
pub(super) fn settle<'i, P>(
    entries: Vec<&'i TimeItem>,
    mut place: impl FnMut(&[Unit<'i>], bool) -> Result<P, usize>,
) -> (Vec<Unit<'i>>, P) {
    let mut units: Vec<Unit> = entries
        .into_iter()
        .map(|e| Unit { members: vec![e] })
        .collect();
    let mut must = units.len() < 2;
    loop {
        match place(&units, must) {
            Ok(p) => return (units, p),
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
