use super::*;

#[test]
fn occupancy_answers_for_exactly_the_cells_marked() {
    let blocks = [
        Rect::new(100.0, 100.0, 10.0, 10.0),
        // Across a word boundary (columns 62 to 65).
        Rect::new(250.0, 8.0, 9.0, 1.0),
        // A line across every word of row 50.
        Rect::new(0.0, 200.0, 600.0, 0.0),
    ];
    let occ = Occupancy::new(600.0, 300.0, &[], &blocks);
    let cell = |c: usize, r: usize| occ.bits[r * occ.stride + c / 64] >> (c % 64) & 1 == 1;
    for c in 20..32 {
        for r in 20..32 {
            let inside = (25..=27).contains(&c) && (25..=27).contains(&r);
            assert_eq!(cell(c, r), inside, "cell {c}, {r}");
        }
    }
    assert!((62..=64).all(|c| cell(c, 2)) && !cell(61, 2) && !cell(65, 2));
    assert!((0..occ.cols).all(|c| cell(c, 50)));
    // Any rectangle, however it meets the words of a row, agrees with a look at its
    // cells one by one.
    let mut asked = 0;
    for x in (-20..620).step_by(9) {
        for y in (-20..320).step_by(11) {
            for (w, h) in [(0.0, 0.0), (3.0, 3.0), (40.0, 6.0), (270.0, 90.0)] {
                let r = Rect::new(x as f64, y as f64, w, h);
                let c0 = ((r.x / CELL).floor().max(0.0) as usize).min(occ.cols);
                let r0 = ((r.y / CELL).floor().max(0.0) as usize).min(occ.rows);
                let c1 = ((((r.x + r.w) / CELL).floor() + 1.0).max(0.0) as usize).min(occ.cols);
                let r1 = ((((r.y + r.h) / CELL).floor() + 1.0).max(0.0) as usize).min(occ.rows);
                let expect = (c0..c1).any(|c| (r0..r1).any(|rr| cell(c, rr)));
                assert_eq!(occ.any(&r), expect, "{r:?}");
                asked += expect as usize;
            }
        }
    }
    assert!(asked > 100, "too few rectangles met anything: {asked}");
}

#[test]
fn the_window_holds_seoul_and_incheon_whole() {
    for id in ["KR-11", "KR-28"] {
        let whole = crate::data::geometry::shape(id).unwrap();
        let p = piece(id).expect("in the window");
        let n: usize = whole.rings_units().map(|r| r.count()).sum();
        let m: usize = p.rings.iter().map(|r| r.len()).sum();
        assert_eq!(n, m, "{id} is not cut by the window");
    }
    // Gyeonggi is cut, and provinces far away are not in it.
    assert!(piece("KR-41").is_some());
    assert!(piece("KR-26").is_none() && piece("KR-49").is_none());
}
