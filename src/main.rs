//! Entry point: hand the page to the yew app.
fn main() {
    won_atlas::ui::start();
}

/// With `--features heap-stats` (a diagnostic build, never shipped): a global allocator
/// that counts the bytes Rust has live and their peak, exported to the page as
/// `heap_live()`, `heap_peak()`, `heap_count()`, `heap_largest()` and `heap_reset_peak()`, so a diagnostic script can tell
/// the heap's own peak from dlmalloc's footprint (the `WebAssembly.Memory` size).
#[cfg(feature = "heap-stats")]
mod heap_stats {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    use wasm_bindgen::prelude::wasm_bindgen;

    static LIVE: AtomicUsize = AtomicUsize::new(0);
    static PEAK: AtomicUsize = AtomicUsize::new(0);
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    static LARGEST: AtomicUsize = AtomicUsize::new(0);

    struct Counting;

    fn add(n: usize) {
        LARGEST.fetch_max(n, Relaxed);
        let v = LIVE.fetch_add(n, Relaxed) + n;
        PEAK.fetch_max(v, Relaxed);
    }

    // SAFETY: every call goes straight to the system allocator with the caller's layout.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            COUNT.fetch_add(1, Relaxed);
            add(l.size());
            System.alloc(l)
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            COUNT.fetch_sub(1, Relaxed);
            LIVE.fetch_sub(l.size(), Relaxed);
            System.dealloc(p, l)
        }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
            LIVE.fetch_sub(l.size(), Relaxed);
            add(new);
            System.realloc(p, l, new)
        }
    }

    #[global_allocator]
    static A: Counting = Counting;

    /// Bytes live now.
    #[wasm_bindgen]
    pub fn heap_live() -> u32 {
        LIVE.load(Relaxed) as u32
    }

    /// The most bytes live since the start or the last `heap_reset_peak`.
    #[wasm_bindgen]
    pub fn heap_peak() -> u32 {
        PEAK.load(Relaxed) as u32
    }

    /// Allocations live now.
    #[wasm_bindgen]
    pub fn heap_count() -> u32 {
        COUNT.load(Relaxed) as u32
    }

    /// The largest single request since the start or the last `heap_reset_peak`.
    #[wasm_bindgen]
    pub fn heap_largest() -> u32 {
        LARGEST.load(Relaxed) as u32
    }

    /// Starts a new peak (and largest request) from the bytes live now.
    #[wasm_bindgen]
    pub fn heap_reset_peak() {
        LARGEST.store(0, Relaxed);
        PEAK.store(LIVE.load(Relaxed), Relaxed);
    }
}
