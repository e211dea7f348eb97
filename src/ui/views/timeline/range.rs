//! The visible range, as the timeline's controls and gestures read and set it.

use crate::state::range::to_months;
use crate::ui::store::Store;

/// The range as the view reads and sets it; it lives in the URL, so a zoomed view is a link.
#[derive(Clone)]
pub(super) struct RangeHandle {
    now: (f64, f64),
    store: Store,
}

impl std::ops::Deref for RangeHandle {
    type Target = (f64, f64);
    fn deref(&self) -> &(f64, f64) {
        &self.now
    }
}

impl RangeHandle {
    /// The handle of range `now`, which sets it through `store`.
    pub(super) fn new(now: (f64, f64), store: &Store) -> Self {
        Self {
            now,
            store: store.clone(),
        }
    }

    /// Sets the range (in the URL).
    pub(super) fn set(&self, r: (f64, f64)) {
        self.store.set_range(to_months(r));
    }
}
