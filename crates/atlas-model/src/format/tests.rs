//! The formats in both languages, each case written out as a reader sees it.

use super::*;

use super::English as En;
use super::Korean as Ko;

fn krw(eok: u64) -> Money {
    Money {
        currency: Currency::Krw,
        eok,
    }
}

fn usd(eok: u64) -> Money {
    Money {
        currency: Currency::Usd,
        eok,
    }
}

fn stated(quantity: Quantity, basis: Basis) -> Amount {
    Amount::Stated {
        quantity,
        basis,
        approximate: false,
    }
}

fn total() -> Basis {
    Basis::Total {
        years: None,
        by: None,
    }
}

fn ymd_of(year: u16, month: Option<u8>, day: Option<u8>) -> Ymd {
    Ymd { year, month, day }
}

#[test]
fn money_in_both_languages() {
    let cases: &[(Money, &str, &str)] = &[
        (krw(160_000), "₩16 trillion", "16조 원"),
        (krw(5_300), "₩530 billion", "5,300억 원"),
        (krw(12_800), "₩1.28 trillion", "1조 2,800억 원"),
        (krw(627), "₩62.7 billion", "627억 원"),
        (krw(946), "₩94.6 billion", "946억 원"),
        (krw(1_000_000), "₩100 trillion", "100조 원"),
        (krw(1_600), "₩160 billion", "1,600억 원"),
        (krw(1_000), "₩100 billion", "1,000억 원"),
        (krw(5_000), "₩500 billion", "5,000억 원"),
        (krw(850_000), "₩85 trillion", "85조 원"),
        (usd(710), "$71 billion", "710억 달러"),
    ];
    for &(m, en, ko) in cases {
        assert_eq!(money(En, m), en);
        assert_eq!(money(Ko, m), ko);
    }
}

#[test]
fn ranges_floors_and_periods_in_each_idiom() {
    let cases: &[(Amount, &str, &str)] = &[
        (
            stated(
                Quantity::Range {
                    min: usd(710),
                    max: usd(740),
                },
                total(),
            ),
            "$71–74 billion",
            "710억~740억 달러",
        ),
        (
            stated(
                Quantity::AtLeast {
                    value: krw(1_000_000),
                },
                total(),
            ),
            "₩100+ trillion",
            "100조 원 이상",
        ),
        (
            stated(
                Quantity::Exact {
                    value: krw(160_000),
                },
                Basis::Total {
                    years: Some(5),
                    by: None,
                },
            ),
            "₩16 trillion over 5 years",
            "5년간 16조 원",
        ),
        (
            stated(
                Quantity::Exact { value: krw(5_300) },
                Basis::Total {
                    years: None,
                    by: Some(2027),
                },
            ),
            "₩530 billion by 2027",
            "2027년까지 5,300억 원",
        ),
        (
            stated(
                Quantity::Exact { value: krw(80_000) },
                Basis::PerYear { by: Some(2030) },
            ),
            "₩8 trillion a year by 2030",
            "2030년까지 연 8조 원",
        ),
        (
            stated(
                Quantity::AtLeast { value: krw(5_000) },
                Basis::PerYear { by: None },
            ),
            "₩500+ billion a year",
            "연 5,000억 원 이상",
        ),
        (
            stated(
                Quantity::Exact { value: krw(627) },
                Basis::OneYear { year: 2025 },
            ),
            "₩62.7 billion (2025 project)",
            "627억 원(2025년 사업)",
        ),
        (
            stated(
                Quantity::Exact { value: krw(946) },
                Basis::Total {
                    years: Some(4),
                    by: Some(2028),
                },
            ),
            "₩94.6 billion over 4 years, by 2028",
            "2028년까지 4년간 946억 원",
        ),
        (
            stated(
                Quantity::Range {
                    min: krw(5_000),
                    max: krw(20_000),
                },
                total(),
            ),
            "₩500 billion–₩2 trillion",
            "5,000억~2조 원",
        ),
        (
            Amount::InCore,
            "Included in the fund’s core (no figure)",
            "펀드 핵심 재원에 포함(금액 없음)",
        ),
        (Amount::NotStated, "Amount not stated", "금액 미기재"),
        (
            Amount::Stated {
                quantity: Quantity::Exact { value: krw(1_600) },
                basis: total(),
                approximate: true,
            },
            "about ₩160 billion",
            "약 1,600억 원",
        ),
    ];
    for &(a, en, ko) in cases {
        assert_eq!(amount(En, a), en);
        assert_eq!(amount(Ko, a), ko);
    }
}

#[test]
fn dates_at_their_precision() {
    let cases: &[(DateSpec, &str, &str)] = &[
        (
            DateSpec {
                start: ymd_of(2025, Some(8), None),
                end: None,
            },
            "August 2025",
            "2025년 8월",
        ),
        (
            DateSpec {
                start: ymd_of(2026, None, None),
                end: None,
            },
            "2026",
            "2026년",
        ),
        (
            DateSpec {
                start: ymd_of(2024, Some(12), Some(26)),
                end: None,
            },
            "26 December 2024",
            "2024년 12월 26일",
        ),
        (
            DateSpec {
                start: ymd_of(2024, Some(10), None),
                end: Some(ymd_of(2025, None, None)),
            },
            "October 2024–2025",
            "2024년 10월~2025년",
        ),
        (
            DateSpec {
                start: ymd_of(2023, None, None),
                end: Some(ymd_of(2050, None, None)),
            },
            "2023–2050",
            "2023~2050년",
        ),
    ];
    for &(d, en, ko) in cases {
        assert_eq!(date(En, d), en);
        assert_eq!(date(Ko, d), ko);
    }
}

#[test]
fn dollars_converted_from_won_are_ranges_in_each_idiom() {
    let rate = (1_000_000.0 / 740.0, 1_000_000.0 / 710.0); // the report's implied range
    let q = Quantity::Exact {
        value: krw(160_000),
    };
    assert_eq!(quantity_in_usd(En, q, rate), "≈ $11.4–11.8 billion");
    assert_eq!(quantity_in_usd(Ko, q, rate), "약 114억~118억 달러");
    let small = Quantity::Exact { value: krw(5_300) };
    assert_eq!(quantity_in_usd(En, small, rate), "≈ $376–392 million");
    assert_eq!(
        quantity_in_usd(Ko, small, rate),
        "약 3억 7,600만~3억 9,200만 달러"
    );
    let floor = Quantity::AtLeast {
        value: krw(1_000_000),
    };
    assert_eq!(quantity_in_usd(En, floor, rate), "at least ≈ $71 billion");
    assert_eq!(quantity_in_usd(Ko, floor, rate), "약 710억 달러 이상");
}

#[test]
fn digits_are_grouped() {
    assert_eq!(group_digits(0), "0");
    assert_eq!(group_digits(999), "999");
    assert_eq!(group_digits(1_351), "1,351");
    assert_eq!(group_digits(1_000_000), "1,000,000");
    assert_eq!(whole(1408.45), "1,408");
}

#[test]
fn group_names_in_both_languages() {
    assert_eq!(
        category_name(En, Category::SuperInnovation),
        "Super-innovation"
    );
    assert_eq!(category_name(Ko, Category::SuperInnovation), "초혁신");
    assert_eq!(category_name(En, Category::Envelope), "Envelope");
    assert_eq!(category_name(Ko, Category::CrossCutting), "공통 기반");
}

#[test]
fn slots_are_filled_in_the_translation_s_order() {
    assert_eq!(fill("{1} of {0}", &["a", "b"]), "b of a");
    assert_eq!(
        En.tf(Key::AmountBy, &["₩1 trillion", "2027"]),
        "₩1 trillion by 2027"
    );
}

#[test]
fn decade_is_the_floor_of_log10() {
    for k in -8..=15 {
        let p: f64 = format!("1e{k}").parse().unwrap();
        assert_eq!(decade(p), (k, p), "10^{k}");
        for m in [1.000_001, 1.5, 2.5, 3.0, 7.25, 9.999_99] {
            let v = m * p;
            assert_eq!(decade(v), (k, p), "{v}");
            assert_eq!(decade(v).0, v.log10().floor() as i32, "{v}");
        }
    }
    assert_eq!(decade(0.0), (0, 1.0));
    assert_eq!(decade(-5.0), (0, 1.0));
    assert_eq!(decade(f64::INFINITY), (0, 1.0));
    assert_eq!(decade(f64::NAN), (0, 1.0));
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]
    /// Values from 1e-300 up to 1e23 (where powers of ten stop being exact doubles): the
    /// floor of their `log10`, as that power of ten, except within a rounding error of a
    /// power of ten, where it is the exact power.
    #[test]
    fn decade_is_log10_anywhere(m in 1.0f64..10.0, e in -300i32..=22) {
        let v = m * 10f64.powi(e);
        let (k, p) = decade(v);
        proptest::prop_assert!(p <= v, "{v}: {k} {p}");
        proptest::prop_assert_eq!(p, 10f64.powi(k));
        let log = v.log10();
        if (log - log.round()).abs() > 1e-12 {
            proptest::prop_assert_eq!(k, log.floor() as i32, "{}", v);
        }
    }
}

#[test]
fn target_values_in_each_idiom() {
    use crate::{Bound::*, TargetUnit::*};
    let cases = [
        (Exact { value: 70.0 }, Percent, "70%", "70%"),
        (AtLeast { value: 3.0 }, Percent, "at least 3%", "3% 이상"),
        (AtMost { value: 3.0 }, Rank, "top 3", "3위 이내"),
        (Exact { value: 4.0 }, Rank, "No. 4", "4위"),
        (Exact { value: 200_000.0 }, Count, "200,000", "20만"),
        (Exact { value: 15.0 }, Multiple, "15×", "15배"),
        (
            AtLeast { value: 4.0 },
            Level,
            "at least Level 4",
            "레벨 4 이상",
        ),
        (Exact { value: 5.0 }, Teams, "5 teams", "5개 팀"),
        (
            Range { min: 2.0, max: 5.0 },
            Models,
            "2–5 models",
            "모델 2~5개",
        ),
        (
            AsWritten { text: "5–2" },
            Models,
            "“5–2” as written (no clear value)",
            "원문 표기 ‘5–2’(값 불분명)",
        ),
        (
            AtLeast { value: 40.0 },
            TrillionWonPerYear,
            "at least ₩40 trillion a year",
            "연 40조 원 이상",
        ),
    ];
    for (bound, unit, en, ko) in cases {
        assert_eq!(target_value(En, bound, unit), en);
        assert_eq!(target_value(Korean, bound, unit), ko);
    }
}

#[test]
fn economic_figures_read_as_each_language_writes_them() {
    use FigureUnit::*;
    let range = FigureValue::Range { min: 1.1, max: 3.2 };
    assert_eq!(figure_value(En, range, Percent), "1.1–3.2%");
    assert_eq!(figure_value(Ko, range, Percent), "1.1~3.2%");
    let up_to = FigureValue::UpTo { value: 12.6 };
    assert_eq!(figure_value(En, up_to, Percent), "up to 12.6%");
    assert_eq!(figure_value(Ko, up_to, Percent), "최대 12.6%");
    let fall = FigureValue::Exact { value: -16.5 };
    assert_eq!(figure_value(En, fall, Percent), "−16.5%");
    assert_eq!(figure_value(Ko, fall, Percent), "-16.5%");
    let grants = FigureValue::Exact { value: 85e12 };
    assert_eq!(figure_value(En, grants, Krw), "₩85 trillion");
    assert_eq!(figure_value(Ko, grants, Krw), "85조 원");
    let cap = FigureValue::Approximately { value: 21_000.0 };
    assert_eq!(figure_value(En, cap, Usd), "about $21,000");
    assert_eq!(figure_value(Ko, cap, Usd), "약 2만 1,000달러");
    let unicorn = FigureValue::Exact { value: 1e9 };
    assert_eq!(figure_value(En, unicorn, Usd), "$1 billion");
    assert_eq!(figure_value(Ko, unicorn, Usd), "10억 달러");
}

#[test]
fn ranks_say_which_end_they_count_from() {
    let fourth = FigureValue::Rank {
        place: 4,
        order: RankOrder::Largest,
    };
    assert_eq!(
        figure_value(En, fourth, FigureUnit::Rank),
        "the world’s 4th-largest"
    );
    assert_eq!(figure_value(Ko, fourth, FigureUnit::Rank), "세계 4위");
    let lowest = FigureValue::Rank {
        place: 1,
        order: RankOrder::Lowest,
    };
    assert_eq!(
        figure_value(En, lowest, FigureUnit::Rank),
        "the world’s lowest"
    );
    assert_eq!(figure_value(Ko, lowest, FigureUnit::Rank), "세계 최저");
    assert_eq!(rank(En, 1, RankOrder::Largest), "the world’s largest");
    assert_eq!(rank(En, 2, RankOrder::Lowest), "the world’s 2nd-lowest");
    assert_eq!(rank(En, 12, RankOrder::Largest), "the world’s 12th-largest");
    assert_eq!(rank(Ko, 2, RankOrder::Lowest), "세계에서 2번째로 낮음");
}

#[test]
fn changes_carry_their_sign() {
    assert_eq!(percent_change(En, 8.4), "+8.4%");
    assert_eq!(percent_change(En, -5.9), "−5.9%");
    assert_eq!(percent_change(Ko, -5.9), "-5.9%");
    assert_eq!(percent_change(Ko, 12.6), "+12.6%");
}

#[test]
fn iso_dates_keep_their_precision() {
    let ymd = |year, month, day| Ymd { year, month, day };
    assert_eq!(iso_ymd(ymd(2025, None, None)), "2025");
    assert_eq!(iso_ymd(ymd(2025, Some(8), None)), "2025-08");
    assert_eq!(iso_ymd(ymd(2025, Some(8), Some(4))), "2025-08-04");
    let span = DateSpec {
        start: ymd(2024, Some(10), None),
        end: Some(ymd(2025, None, None)),
    };
    assert_eq!(iso_date(span), "2024-10/2025");
}
