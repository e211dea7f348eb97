use super::*;

fn check(weights: &[f64], b: Rect) {
    let rects = squarify(weights, b);
    let total: f64 = weights.iter().sum();
    for (w, r) in weights.iter().zip(&rects) {
        let share = r.area() / b.area();
        assert!(
            (share - w / total).abs() <= 0.005 * (w / total),
            "area {share} for weight share {}",
            w / total
        );
        assert!(r.x >= b.x - 1e-6 && r.y >= b.y - 1e-6);
        assert!(r.x + r.w <= b.x + b.w + 1e-6 && r.y + r.h <= b.y + b.h + 1e-6);
    }
    for i in 0..rects.len() {
        for j in i + 1..rects.len() {
            assert!(
                rects[i].overlap(&rects[j]) < 1e-6,
                "tiles {i} and {j} overlap"
            );
        }
    }
    let covered: f64 = rects.iter().map(|r| r.area()).sum();
    assert!((covered - b.area()).abs() < 1e-6 * b.area());
}

#[test]
fn areas_are_proportional_without_overlap_or_gaps() {
    check(
        &[6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0],
        Rect::new(0.0, 0.0, 600.0, 400.0),
    );
    check(
        &[400.0, 160.0, 12.8, 5.3, 5.0, 1.6, 1.0, 0.946, 0.627],
        Rect::new(10.0, 20.0, 358.0, 420.0),
    );
    check(&[1.0], Rect::new(0.0, 0.0, 100.0, 50.0));
    check(&[3.0, 1.0, 2.0], Rect::new(0.0, 0.0, 50.0, 300.0));
}

#[test]
fn output_keeps_the_input_order() {
    let r = squarify(&[1.0, 9.0], Rect::new(0.0, 0.0, 100.0, 100.0));
    assert!(r[1].area() > r[0].area() * 8.0);
}

#[test]
fn empty_and_zero_inputs_give_empty_tiles() {
    assert!(squarify(&[], Rect::new(0.0, 0.0, 10.0, 10.0)).is_empty());
    let r = squarify(&[0.0, 1.0], Rect::new(0.0, 0.0, 10.0, 10.0));
    assert_eq!(r[0].area(), 0.0);
    assert!((r[1].area() - 100.0).abs() < 1e-9);
}
