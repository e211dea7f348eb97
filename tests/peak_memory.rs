//! How much heap a regions map scene holds, and the peak while one is laid out, so that
//! memory stays flat over 1,000 interactions. dlmalloc never hands memory back to the wasm
//! `WebAssembly.Memory`, so the page's memory is the high-water mark of its heaviest
//! operation: laying out a new map scene while the one on screen is still alive. These
//! tests count every allocation (a counting global allocator, in this test binary only)
//! and keep those two figures down.
//!
//! Native sizes are not wasm32's (pointers and `Vec` headers are twice as wide here, the
//! points are the same), so the limits are native bytes, with room for small changes.

use std::alloc::{GlobalAlloc, Layout as AllocLayout, System};
use std::cell::Cell;
use std::sync::Mutex;
use won_atlas::layout::map::{self, Area, Frame, Layout, Marker};
use won_atlas::layout::Scene;

/// Counts the bytes live and their peak, for allocations made on a thread that asked to
/// be counted (the test harness allocates on other threads meanwhile).
struct Counting;

thread_local! {
    static COUNTED: Cell<bool> = const { Cell::new(false) };
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn add(d: isize) {
    // try_with: the thread's locals may be gone while it exits.
    let _ = COUNTED.try_with(|c| {
        if c.get() {
            LIVE.with(|l| {
                let v = l.get() + d;
                l.set(v);
                PEAK.with(|p| p.set(p.get().max(v)));
            });
        }
    });
}

// SAFETY: every call goes straight to the system allocator with the caller's layout; the
// counting only reads and writes thread-local cells, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: AllocLayout) -> *mut u8 {
        add(l.size() as isize);
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: AllocLayout) {
        add(-(l.size() as isize));
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: AllocLayout, new: usize) -> *mut u8 {
        add(new as isize - l.size() as isize);
        System.realloc(p, l, new)
    }
}

#[global_allocator]
static A: Counting = Counting;

/// One measurement at a time: the counters are per thread, but the statics the layout
/// fills once (label points, inset pieces) must be filled before anything is counted.
static ONE: Mutex<()> = Mutex::new(());

/// (bytes still live when `f` returns, peak bytes while it ran), from zero at the start.
fn measure<T>(f: impl FnOnce() -> T) -> (T, isize, isize) {
    LIVE.with(|l| l.set(0));
    PEAK.with(|p| p.set(0));
    COUNTED.with(|c| c.set(true));
    let out = f();
    COUNTED.with(|c| c.set(false));
    (out, LIVE.with(|l| l.get()), PEAK.with(|p| p.get()))
}

fn markers() -> Vec<Marker> {
    Marker::of_dataset()
}

fn areas() -> Vec<Area> {
    Area::of_dataset(|p| p.name.en.to_owned())
}

fn scene(width: f64, layout: Layout, selected: Option<&str>) -> Scene {
    let frame = Frame {
        width,
        layout,
        selected,
        highlighted: &[],
        inset_title: "Seoul capital area",
    };
    match layout {
        Layout::Geographic => map::geographic(&areas(), &markers(), frame),
        Layout::Tiles => map::tiles(&areas(), &markers(), frame),
    }
}

/// Every point a scene holds: in its shapes and its items.
fn points(s: &Scene) -> usize {
    use won_atlas::layout::Shape;
    let shapes: usize = s
        .shapes
        .iter()
        .map(|sh| match sh {
            Shape::Path { points, .. } => points.len(),
            Shape::Polygon { rings, .. } => rings.iter().map(|r| r.len()).sum(),
            _ => 0,
        })
        .sum();
    let items: usize = s
        .items
        .iter()
        .map(|i| {
            [&i.polygon, &i.ring, &i.open]
                .iter()
                .map(|rs| rs.iter().map(|r| r.len()).sum::<usize>())
                .sum::<usize>()
        })
        .sum();
    shapes + items
}

/// Fills the layout's once-computed statics (label points, inset pieces) outside the count.
fn warm() {
    let _ = scene(1280.0, Layout::Geographic, None);
}

#[test]
fn a_map_scene_holds_its_outlines_about_once() {
    let _one = ONE.lock().unwrap_or_else(|e| e.into_inner());
    warm();
    // Each width is new to the layout, so the inset is placed anew (as on a resize).
    for width in [390.0, 1180.0, 1280.0, 1920.0] {
        let (s, live, peak) = measure(|| scene(width, Layout::Geographic, Some("KR-41")));
        eprintln!(
            "geographic at {width}: {} points, {live} B live, {peak} B peak",
            points(&s)
        );
        // Some 13,000 points are drawn, outlined or pointed at (16 B each); their rings
        // are shared, so the scene holds about 5,000. With a copy per use it held
        // 234 KB at 1280 px, and placing the inset at a new width took 240 KB more.
        assert!(points(&s) > 12_000, "{}", points(&s));
        // No spare capacity is kept with the scene (Scene::shrunk): it was 4 KB here.
        assert_eq!(s.shapes.capacity(), s.shapes.len());
        assert_eq!(s.items.capacity(), s.items.len());
        assert!(live < 120_000, "{live} B live at {width}");
        assert!(peak < 160_000, "{peak} B peak at {width}");
    }
}

#[test]
fn a_new_map_scene_beside_the_old_one_stays_small() {
    let _one = ONE.lock().unwrap_or_else(|e| e.into_inner());
    warm();
    // The page's worst moment: a selection changes, and the scene on screen is alive
    // while its successor is laid out.
    let (_, _, peak) = measure(|| {
        let old = scene(1280.0, Layout::Geographic, None);
        let new = scene(1280.0, Layout::Geographic, Some("KR-41"));
        drop(old);
        new
    });
    eprintln!("two geographic scenes: {peak} B peak");
    assert!(peak < 260_000, "{peak} B peak (it was 560 KB)");
    let (_, _, tiles) = measure(|| scene(1280.0, Layout::Tiles, Some("KR-41")));
    assert!(tiles < 30_000, "{tiles} B peak for the tile grid");

    // Every render of the view asks where the inset is (the tooltip, test attributes):
    // once placed for a width, that projects no outline again.
    let m = markers();
    let _ = map::inset_of(1280.0, &m);
    let (_, _, ask) = measure(|| map::inset_of(1280.0, &m));
    assert!(
        ask < 1_000,
        "{ask} B to ask where the inset is (it was 70 KB)"
    );
}

#[test]
fn a_new_selection_on_the_map_shares_the_outlines() {
    let _one = ONE.lock().unwrap_or_else(|e| e.into_inner());
    warm();
    // The regions view keeps the outlines for its width (map::Outlines), so a selection,
    // a highlight or a language lays out a scene around the same rings: while it is laid
    // out beside the scene on screen, only the new shapes and items count.
    let frame = |selected| Frame {
        width: 1280.0,
        layout: Layout::Geographic,
        selected,
        highlighted: &[],
        inset_title: "Seoul capital area",
    };
    let (m, a) = (markers(), areas());
    let (outlines, held, _) = measure(|| map::Outlines::new(1280.0, &m));
    let old = map::geographic_in(&outlines, &a, &m, frame(None));
    let (new, live, peak) = measure(|| map::geographic_in(&outlines, &a, &m, frame(Some("KR-41"))));
    eprintln!("outlines {held} B; a scene around them: {live} B live, {peak} B peak");
    // The same scene as one laid out on its own.
    assert_eq!(new, map::geographic(&a, &m, frame(Some("KR-41"))));
    assert!(points(&new) > 12_000, "{}", points(&new));
    // The outlines are most of a scene (about 69 of its 91 KB); a scene around them
    // was 25 KB live and peaked at 34 KB, against 103 KB for one with its own rings.
    assert!(held > 50_000, "{held} B of outlines");
    assert!(live < 35_000, "{live} B live");
    assert!(peak < 45_000, "{peak} B peak");
    drop(old);
}
