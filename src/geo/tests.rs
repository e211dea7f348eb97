use super::*;

#[test]
fn a_hole_is_not_inside() {
    let rings = vec![
        vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)],
        vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0)],
    ];
    assert!(point_in_rings(&rings, 2.0, 2.0));
    assert!(!point_in_rings(&rings, 5.0, 5.0));
}

#[test]
fn clipping_keeps_the_part_inside_and_its_area() {
    let square = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
    let c = clip(&square, Rect::new(5.0, -5.0, 20.0, 20.0));
    assert!((ring_area(&c) - 50.0).abs() < 1e-9, "{c:?}");
    assert!(c.iter().all(|p| p.0 >= 5.0));
    assert!(clip(&square, Rect::new(20.0, 20.0, 5.0, 5.0)).is_empty());
    // A U shape cut across its arms stays two arms' worth of area.
    let u = vec![
        (0.0, 0.0),
        (3.0, 0.0),
        (3.0, 7.0),
        (7.0, 7.0),
        (7.0, 0.0),
        (10.0, 0.0),
        (10.0, 10.0),
        (0.0, 10.0),
    ];
    let c = clip(&u, Rect::new(0.0, 0.0, 10.0, 5.0));
    assert!((ring_area(&c) - 30.0).abs() < 1e-9, "{c:?}");
    assert!(
        !point_in_rings(std::slice::from_ref(&c), 5.0, 2.0),
        "the gap stays empty"
    );
    assert!(point_in_rings(&[c], 1.0, 2.0));
}

#[test]
fn border_edges_are_recognised_and_others_not() {
    let r = Rect::new(0.0, 0.0, 10.0, 5.0);
    assert!(on_border((0.0, 1.0), (0.0, 4.0), &r));
    assert!(on_border((2.0, 5.0), (8.0, 5.0), &r));
    assert!(!on_border((0.0, 1.0), (3.0, 4.0), &r));
    assert!(!on_border((1.0, 1.0), (1.0, 4.0), &r));
}

#[test]
fn covers_sees_a_corner_a_vertex_and_a_crossing() {
    let r = Rect::new(0.0, 0.0, 10.0, 10.0);
    let around = vec![vec![(-5.0, -5.0), (20.0, -5.0), (20.0, 20.0), (-5.0, 20.0)]];
    let inside = vec![vec![(2.0, 2.0), (3.0, 2.0), (3.0, 3.0)]];
    let across = vec![vec![(-5.0, 4.0), (20.0, 4.0), (20.0, 6.0), (-5.0, 6.0)]];
    let away = vec![vec![(30.0, 30.0), (40.0, 30.0), (40.0, 40.0)]];
    assert!(covers(&r, &around) && covers(&r, &inside) && covers(&r, &across));
    assert!(!covers(&r, &away));
}

#[test]
fn the_hull_keeps_the_outer_points_once_and_drops_the_inner() {
    let pts = vec![
        (0.0, 0.0),
        (4.0, 0.0),
        (4.0, 4.0),
        (0.0, 4.0),
        (2.0, 2.0),
        (4.0, 0.0),
        (2.0, 0.0),
    ];
    let h = hull(pts);
    assert_eq!(h, vec![(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)]);
    assert_eq!(hull(vec![(1.0, 1.0), (1.0, 1.0)]), vec![(1.0, 1.0)]);
}

#[test]
fn the_pole_of_a_square_is_its_centre() {
    let square = vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]];
    let (p, d) = pole(&square);
    assert!(
        (p.0 - 5.0).abs() < 1e-9 && (p.1 - 5.0).abs() < 1e-9,
        "{p:?}"
    );
    assert!((d - 5.0).abs() < 1e-9);
    assert!((edge_dist(&square, (1.0, 5.0)) - 1.0).abs() < 1e-12);
}

#[test]
fn a_rectangle_transposes_and_grows_about_its_centre() {
    let r = Rect::new(1.0, 2.0, 3.0, 4.0);
    assert_eq!(r.transposed(), Rect::new(2.0, 1.0, 4.0, 3.0));
    assert_eq!(r.transposed().transposed(), r);
    assert_eq!(r.grown(1.0), Rect::new(0.0, 1.0, 5.0, 6.0));
    assert_eq!(r.grown(1.0).centre(), r.centre());
    assert_eq!(Rect::square((5.0, 5.0), 4.0), Rect::new(3.0, 3.0, 4.0, 4.0));
}

fn square() -> Vec<Vec<(f64, f64)>> {
    vec![Vec::from([
        (0.0, 0.0),
        (60.0, 0.0),
        (60.0, 60.0),
        (0.0, 60.0),
    ])]
}

#[test]
fn stripes_stay_inside_and_run_at_their_angle() {
    for angle in [0.0, 45.0, 90.0, 135.0, 22.5] {
        let a = f64::to_radians(angle);
        // Up from the x axis is up the screen, where y runs down.
        let s = stripes(&square(), (a.cos(), -a.sin()), 6.0);
        assert!(s.len() >= 8, "{angle}: {}", s.len());
        for (a, b) in &s {
            for p in [a, b] {
                assert!(
                    p.0 >= -1e-6 && p.0 <= 60.0 + 1e-6 && p.1 >= -1e-6 && p.1 <= 60.0 + 1e-6,
                    "{angle}: {p:?}"
                );
            }
            // Screen y runs down: an angle up from the x axis is a negative dy.
            let seen = (-(b.1 - a.1))
                .atan2(b.0 - a.0)
                .to_degrees()
                .rem_euclid(180.0);
            assert!((seen - angle).abs() < 1e-6, "{angle}: {seen}");
        }
    }
}

#[test]
fn a_hole_is_left_unstriped() {
    let mut rings = square();
    rings.push(Vec::from([
        (20.0, 20.0),
        (40.0, 20.0),
        (40.0, 40.0),
        (20.0, 40.0),
    ]));
    for (a, b) in stripes(&rings, (1.0, 0.0), 6.0) {
        let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        assert!(
            !(mid.0 > 20.0 && mid.0 < 40.0 && mid.1 > 20.0 && mid.1 < 40.0),
            "{mid:?}"
        );
    }
}
