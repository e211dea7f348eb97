//! The economy Scene: every figure and scenario is an item, the charts keep inside the
//! width, and later reporting is drawn apart from the report's figures.

use super::*;
use crate::layout::colour::PAPER;

fn scene(width: f64, lang: Lang) -> Scene {
    economy(&EconomyFrame {
        width,
        lang,
        selected: None,
    })
}

#[test]
fn every_figure_and_scenario_is_an_item() {
    for width in [320.0, 390.0, 800.0, 1280.0] {
        for lang in [Lang::En, Lang::Ko] {
            let s = scene(width, lang);
            let ids: Vec<&str> = s.items.iter().map(|i| i.id).collect();
            for f in crate::data::FIGURES {
                assert!(ids.contains(&f.id), "{} missing at {width}", f.id);
            }
            for sc in crate::data::SCENARIOS {
                assert!(ids.contains(&sc.id), "{} missing at {width}", sc.id);
            }
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "an id drawn twice at {width}");
        }
    }
    assert_eq!(crate::data::SCENARIOS.len(), 3);
}

#[test]
fn items_do_not_overlap_and_stay_inside() {
    for width in [320.0, 390.0, 1280.0] {
        let s = scene(width, Lang::Ko);
        for (i, a) in s.items.iter().enumerate() {
            assert!(
                a.hit.x >= 0.0 && a.hit.x + a.hit.w <= width + 0.01,
                "{}",
                a.id
            );
            assert!(a.hit.y + a.hit.h <= s.height + 0.01, "{}", a.id);
            for b in &s.items[i + 1..] {
                let w = (a.hit.x + a.hit.w).min(b.hit.x + b.hit.w) - a.hit.x.max(b.hit.x);
                let h = (a.hit.y + a.hit.h).min(b.hit.y + b.hit.h) - a.hit.y.max(b.hit.y);
                assert!(
                    w <= 0.5 || h <= 0.5,
                    "{} overlaps {} at {width}",
                    a.id,
                    b.id
                );
            }
        }
        for r in s.text_bounds() {
            assert!(
                r.x >= 0.0 && r.x + r.w <= width + 0.5,
                "text off the chart at {width}: {r:?}"
            );
        }
    }
}

#[test]
fn the_hit_test_finds_each_item() {
    let s = scene(390.0, Lang::En);
    for it in &s.items {
        let (cx, cy) = (it.hit.x + it.hit.w / 2.0, it.hit.y + it.hit.h / 2.0);
        assert_eq!(s.hit(cx, cy), Some(it.id));
    }
}

/// The scenarios' dots are hollow and the report's filled, so the two read apart.
#[test]
fn later_reporting_is_hollow_and_the_report_filled() {
    let s = scene(800.0, Lang::En);
    let dots_in = |id: &str| -> Vec<Rgb> {
        let r = s.item(id).unwrap().hit;
        s.shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Circle { centre, fill, .. } if r.contains(centre.0, centre.1) => Some(*fill),
                _ => None,
            })
            .collect()
    };
    for sc in crate::data::SCENARIOS {
        let fills = dots_in(sc.id);
        assert_eq!(fills.len(), 2, "{}: a productivity and a GDP dot", sc.id);
        assert!(fills.iter().all(|f| *f == PAPER), "{}", sc.id);
    }
    let gdp = dots_in("bok-gdp-gain");
    assert!(!gdp.is_empty() && gdp.iter().all(|f| *f != PAPER));
}

/// The jobs bars are three separate bars on one axis: each as long as its share of the
/// same 0–100% span.
#[test]
fn job_bars_share_one_axis() {
    let s = scene(800.0, Lang::En);
    let bar = |id: &str| -> f64 {
        let r = s.item(id).unwrap().hit;
        s.shapes
            .iter()
            .find_map(|sh| match sh {
                Shape::Box { rect, fill, .. }
                    if *fill == JOBS && r.contains(rect.x + 1.0, rect.y + 1.0) =>
                {
                    Some(rect.w)
                }
                _ => None,
            })
            .unwrap()
    };
    let (all, high, low) = (
        bar("jobs-impacted"),
        bar("jobs-high-exposure-high-complementarity"),
        bar("jobs-high-exposure-low-complementarity"),
    );
    assert!((high / all - 24.0 / 50.0).abs() < 1e-9);
    assert!((low / all - 27.0 / 50.0).abs() < 1e-9);
}

#[test]
fn a_selection_is_outlined() {
    let plain = scene(390.0, Lang::En);
    let chosen = economy(&EconomyFrame {
        width: 390.0,
        lang: Lang::En,
        selected: Some("birthrate-rank"),
    });
    assert_eq!(chosen.shapes.len(), plain.shapes.len() + 1);
    let r = chosen.item("birthrate-rank").unwrap().outline;
    assert_eq!(chosen.shapes.last(), Some(&Shape::outline(r, INK, 3.0)));
}

/// Every mark stands 3:1 from the paper, or its edge does, in the light and the dark
/// theme, in both languages at a phone's and a desktop's width.
#[test]
fn every_mark_stands_out_from_the_paper_in_both_themes() {
    for lang in [Lang::En, Lang::Ko] {
        for width in [390.0, 1280.0] {
            crate::layout::theme::assert_marks_stand_out(
                &scene(width, lang),
                &format!("economy at {width}, {lang:?}"),
            );
        }
    }
}
