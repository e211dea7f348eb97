//! Each view's summary, in both languages, checked against the dataset it describes.

use super::{economy::economy, funding, regions::regions, timeline::timeline};
use crate::data::funding::{fund_split, funding as data_for, Missing, Period};
use crate::data::timeline::entries;
use crate::data::{implied_won_per_dollar, Amount, Quantity, DATASET};
use crate::i18n::{self, Lang};
use crate::layout::map::Layout;
use crate::state::range::DEFAULT_RANGE;
use crate::state::Money;

/// Whether `text` holds `n` as a count: English "7 ", Korean "7개" / "7곳" / "7건".
fn counts(text: &str, n: usize) -> bool {
    text.contains(&format!("{n} "))
        || text.contains(&format!("{n}개"))
        || text.contains(&format!("{n}곳"))
        || text.contains(&format!("{n}건"))
}

#[test]
fn bars_name_the_largest_and_smallest_programme_in_both_languages() {
    for period in [Period::Total, Period::PerYear] {
        let data = data_for(period);
        let top = data.charted.first().expect("a charted programme");
        let bottom = data.charted.last().expect("a charted programme");
        for lang in Lang::ALL {
            let s = funding::bars(lang, &data, period, Money::Won, None);
            assert!(s.contains(lang.pick(top.programme.name)), "{s}");
            assert!(s.contains(lang.pick(bottom.programme.name)), "{s}");
            assert!(s.contains(&i18n::quantity(lang, top.quantity)), "{s}");
            assert!(counts(&s, data.charted.len()), "{s}");
        }
    }
}

#[test]
fn bars_name_the_selected_fund_which_is_no_bar() {
    let data = data_for(Period::Total);
    let fund = data.envelope.expect("the dataset has an envelope");
    assert!(data.charted.iter().all(|c| c.programme.id != fund.id));
    for lang in Lang::ALL {
        let none = funding::bars(lang, &data, Period::Total, Money::Won, None);
        let chosen = funding::bars(lang, &data, Period::Total, Money::Won, Some(fund.id));
        assert!(chosen.len() > none.len(), "{chosen}");
        assert!(
            chosen[none.len()..].contains(lang.pick(fund.name)),
            "{chosen}"
        );
    }
}

#[test]
fn bars_say_ranges_and_at_least_and_what_is_not_drawn() {
    let data = data_for(Period::Total);
    let ranges = data
        .charted
        .iter()
        .filter(|c| matches!(c.quantity, Quantity::Range { .. }))
        .count();
    let floors = data
        .charted
        .iter()
        .filter(|c| matches!(c.quantity, Quantity::AtLeast { .. }))
        .count();
    let unstated = data
        .unplotted
        .iter()
        .filter(|u| u.why == Missing::NotStated)
        .count();
    assert!(floors > 0, "the chart has an “at least” figure");
    assert!(
        unstated > 0,
        "the dataset has programmes with no stated amount"
    );
    let en = funding::bars(Lang::En, &data, Period::Total, Money::Won, None);
    // A kind of figure the chart does not have is not mentioned.
    assert_eq!(
        en.contains(&format!("Ranges ({ranges})")),
        ranges > 0,
        "{en}"
    );
    assert!(
        en.contains(&format!("“At least” amounts ({floors})")),
        "{en}"
    );
    assert!(
        en.contains(&format!("{unstated} have no stated amount")),
        "{en}"
    );
    assert!(
        en.contains(&format!(
            "{} programmes are not drawn",
            data.unplotted.len()
        )),
        "{en}"
    );
    let ko = funding::bars(Lang::Ko, &data, Period::Total, Money::Won, None);
    assert_eq!(
        ko.contains(&format!("범위로 적힌 금액 {ranges}개")),
        ranges > 0,
        "{ko}"
    );
    assert!(
        ko.contains(&format!("‘이상’으로 적힌 금액 {floors}개")),
        "{ko}"
    );
    assert!(ko.contains(&format!("금액 미기재 {unstated}개")), "{ko}");
    assert!(ko.contains("합니다") || ko.contains("습니다"), "{ko}");
    assert!(!ko.contains("trillion") && ko.contains("조 원"), "{ko}");
    // The envelope is named with its floor said in words, never summed.
    let env = data
        .envelope
        .and_then(|e| e.amounts.first())
        .expect("the envelope");
    let Amount::Stated {
        quantity: Quantity::AtLeast { value },
        ..
    } = env.amount
    else {
        panic!("the envelope's first amount is a floor");
    };
    assert!(
        en.contains(&format!("at least {}", i18n::money(Lang::En, value))),
        "{en}"
    );
    assert!(
        ko.contains(&format!("{} 이상", i18n::money(Lang::Ko, value))),
        "{ko}"
    );
}

#[test]
fn bars_in_dollars_give_the_rate_and_per_year_differs() {
    let data = data_for(Period::Total);
    let (lo, hi) = implied_won_per_dollar().expect("the report's implied rate");
    for lang in Lang::ALL {
        let s = funding::bars(lang, &data, Period::Total, Money::Dollars, None);
        assert!(
            s.contains(&i18n::whole(lo)) && s.contains(&i18n::whole(hi)),
            "{s}"
        );
        assert!(
            s.contains(if lang == Lang::En { "$" } else { "달러" }),
            "{s}"
        );
        let won = funding::bars(lang, &data, Period::Total, Money::Won, None);
        let yearly = data_for(Period::PerYear);
        let per_year = funding::bars(lang, &yearly, Period::PerYear, Money::Won, None);
        assert_ne!(won, per_year);
        assert!(counts(&per_year, yearly.charted.len()), "{per_year}");
    }
}

#[test]
fn a_selection_is_named_last() {
    let data = data_for(Period::Total);
    let pick = data.charted[data.charted.len() / 2].programme;
    for lang in Lang::ALL {
        let s = funding::bars(lang, &data, Period::Total, Money::Won, Some(pick.id));
        let tail = s.rsplit_once(". ").map(|(_, t)| t).unwrap_or(&s);
        assert!(tail.contains(lang.pick(pick.name)), "{s}");
    }
}

#[test]
fn split_gives_the_whole_its_ends_and_what_is_unallocated() {
    let (_, split, _) = fund_split().expect("the fund's split");
    let won = |lang, m| i18n::money(lang, m);
    let big = split
        .parts
        .iter()
        .max_by_key(|p| p.amount.eok)
        .expect("a part");
    let small = split
        .parts
        .iter()
        .min_by_key(|p| p.amount.eok)
        .expect("a part");
    for lang in Lang::ALL {
        let s = funding::split(lang);
        assert!(s.contains(&won(lang, split.whole)), "{s}");
        assert!(s.contains(&won(lang, split.remainder())), "{s}");
        assert!(
            s.contains(lang.pick(big.name)) && s.contains(lang.pick(small.name)),
            "{s}"
        );
        assert!(counts(&s, split.parts.len()), "{s}");
    }
}

#[test]
fn regions_count_provinces_regions_and_facilities_in_both_layouts() {
    let unshaded = DATASET
        .provinces
        .iter()
        .filter(|p| !DATASET.regions.iter().any(|r| r.provinces.contains(&p.id)))
        .count();
    let abroad = crate::data::PLACES
        .iter()
        .filter(|p| p.province.is_none())
        .count();
    for lang in Lang::ALL {
        let map = regions(lang, Layout::Geographic, None);
        let grid = regions(lang, Layout::Tiles, None);
        assert_ne!(map, grid);
        for s in [&map, &grid] {
            assert!(counts(s, DATASET.provinces.len()), "{s}");
            assert!(counts(s, DATASET.regions.len()), "{s}");
            assert!(counts(s, unshaded), "{s}");
            assert!(counts(s, abroad), "{s}");
        }
        let first = &DATASET.provinces[0];
        let s = regions(lang, Layout::Tiles, Some(lang.pick(first.name)));
        assert!(s.ends_with(&format!("{}.", lang.pick(first.name))), "{s}");
    }
    assert!(regions(Lang::Ko, Layout::Geographic, None).contains("시·도"));
}

#[test]
fn timeline_counts_what_falls_in_the_range() {
    let shown: Vec<_> = entries().iter().collect();
    let (a, b) = DEFAULT_RANGE;
    let inside = shown
        .iter()
        .filter(|e| e.when.start() < b && e.when.end() >= a)
        .count();
    assert!(
        inside > 0 && inside < shown.len(),
        "the default range leaves some out"
    );
    for lang in Lang::ALL {
        let s = timeline(lang, &shown, DEFAULT_RANGE, |e| e.id.to_owned(), None);
        assert!(counts(&s, shown.len()), "{s}");
        assert!(counts(&s, inside), "{s}");
        assert!(counts(&s, shown.len() - inside), "{s}");
        assert!(s.contains(&(a as i64).to_string()), "{s}");
        let wide = timeline(
            lang,
            &shown,
            crate::state::range::LIMITS,
            |e| e.id.to_owned(),
            None,
        );
        assert_ne!(s, wide);
    }
}

#[test]
fn economy_counts_figures_and_spans_the_scenarios() {
    let lo = crate::data::SCENARIOS
        .iter()
        .map(|s| s.gdp)
        .fold(f64::INFINITY, f64::min);
    let hi = crate::data::SCENARIOS
        .iter()
        .map(|s| s.gdp)
        .fold(f64::NEG_INFINITY, f64::max);
    for lang in Lang::ALL {
        let s = economy(lang, None);
        assert!(counts(&s, crate::data::FIGURES.len()), "{s}");
        assert!(counts(&s, crate::data::SCENARIOS.len()), "{s}");
        // English writes both ends with their unit; Korean writes it once: 4.2~12.6%.
        let span = match lang {
            Lang::En => s.contains(&format!("{lo}%")) && s.contains(&format!("{hi}%")),
            Lang::Ko => s.contains(&format!("{lo}~{hi}%")),
        };
        assert!(span, "{s}");
    }
    assert!(economy(Lang::Ko, None).contains("한국은행"));
}

/// Per year, a figure the report gives for one year only is said to be that year's
/// amount, not a yearly rate, in both languages; over the period it is not singled out.
#[test]
fn per_year_bars_say_a_one_year_amount_is_that_years_alone() {
    use crate::data::funding::Conversion;
    let data = data_for(Period::PerYear);
    let one_year: Vec<_> = data
        .charted
        .iter()
        .filter_map(|c| match c.conversion {
            Conversion::OneYearOnly(y) => Some((c, y)),
            _ => None,
        })
        .collect();
    assert!(
        !one_year.is_empty(),
        "the dataset has a one-year budget among the yearly amounts"
    );
    for lang in Lang::ALL {
        let s = funding::bars(lang, &data, Period::PerYear, Money::Won, None);
        let (alone, not_rate, recurs) = match lang {
            Lang::En => ("one year)", "not a yearly rate", "does not say it recurs"),
            Lang::Ko => (
                "년 한 해",
                "연간 금액이 아니라",
                "해마다 반복된다고 밝히지 않습니다",
            ),
        };
        // The opening sentence does not call every bar an amount per year.
        assert!(
            s.contains(match lang {
                Lang::En => "or with one year’s amount",
                Lang::Ko => "한 해 금액만 나온 프로그램",
            }),
            "{s}"
        );
        for (c, year) in &one_year {
            let name = lang.pick(c.programme.name);
            let sentence = s
                .split(match lang {
                    Lang::En => ". ",
                    Lang::Ko => "다. ",
                })
                .find(|t| t.contains(name) && t.contains(not_rate))
                .unwrap_or_else(|| panic!("{lang:?}: no sentence on {name}: {s}"));
            assert!(sentence.contains(&year.to_string()), "{sentence}");
            assert!(sentence.contains(alone), "{sentence}");
            assert!(s.contains(recurs), "{s}");
            // Its label is no yearly amount.
            let label = crate::i18n::figure::figure_label(lang, c, Money::Won);
            let yearly = match lang {
                Lang::En => label.contains("a year"),
                Lang::Ko => label.starts_with("연 "),
            };
            assert!(!yearly && label.contains(&year.to_string()), "{label}");
        }
        let total = funding::bars(
            lang,
            &data_for(Period::Total),
            Period::Total,
            Money::Won,
            None,
        );
        assert!(!total.contains(not_rate), "{total}");
    }
}
