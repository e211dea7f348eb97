//! The tile grid and the keyboard order both layouts share.

use super::*;

#[test]
fn on_phones_the_tile_grid_gives_every_province_a_24px_target() {
    for width in [320.0, 390.0] {
        assert_eq!(
            default_layout(width),
            Layout::Tiles,
            "phones start with tiles"
        );
        let s = tiles(&areas(), &markers(), frame(width, Layout::Tiles));
        for p in DATASET.provinces {
            let item = s.item(p.id).expect("every province is an item");
            assert!(item.hit.w >= MIN_TARGET && item.hit.h >= MIN_TARGET);
            // A 24 px square in the cell answers only this province (markers sit in a corner).
            let c = (
                item.hit.x + MIN_TARGET / 2.0 + 2.0,
                item.hit.y + MIN_TARGET / 2.0 + 2.0,
            );
            assert!(square_hits(&s, c, p.id), "{} at {width}", p.name.en);
        }
    }
}

#[test]
fn keyboard_order_runs_north_to_south_and_west_to_east() {
    let lp = |id: &str| label_points().iter().find(|l| l.0 == id).unwrap().1;
    let mut rows: Vec<Vec<&str>> = vec![Vec::new(); TILE_ROWS as usize];
    for (id, _, r) in TILES {
        rows[r as usize].push(id);
    }
    // Within a row, west to east; row by row, the average label moves south.
    for row in &rows {
        for w in row.windows(2) {
            assert!(lp(w[0]).0 < lp(w[1]).0, "{} is west of {}", w[0], w[1]);
        }
    }
    let mean_y: Vec<f64> = rows
        .iter()
        .map(|r| r.iter().map(|id| lp(id).1).sum::<f64>() / r.len() as f64)
        .collect();
    assert!(mean_y.windows(2).all(|w| w[0] < w[1]), "{mean_y:?}");
    // Every province once, and both layouts push items in that order.
    let mut ids: Vec<&str> = order().collect();
    ids.sort_unstable();
    let mut all: Vec<&str> = DATASET.provinces.iter().map(|p| p.id).collect();
    all.sort_unstable();
    assert_eq!(ids, all);
    for layout in [Layout::Geographic, Layout::Tiles] {
        let f = frame(800.0, layout);
        let s = match layout {
            Layout::Geographic => geographic(&areas(), &markers(), f),
            Layout::Tiles => tiles(&areas(), &markers(), f),
        };
        let got: Vec<&str> = s.items.iter().map(|i| i.id).take(17).collect();
        assert_eq!(got, order().collect::<Vec<_>>());
    }
}

#[test]
fn tile_neighbours_are_geographic_neighbours_in_direction() {
    // A tile to the right of another has its province's label to the east, within
    // each row (checked above); a tile below has it to the south, column by column.
    let lp = |id: &str| label_points().iter().find(|l| l.0 == id).unwrap().1;
    for &(a, c, r) in &TILES {
        if let Some(&(b, _, _)) = TILES.iter().find(|t| t.1 == c && t.2 == r + 1) {
            assert!(lp(a).1 < lp(b).1, "{a} is north of {b}");
        }
    }
}
