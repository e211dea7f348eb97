//! The checker against a small valid fixture and deliberately broken copies of it.
//!
//! Each broken copy changes one thing and must fail with the file, the line and a
//! message that says what is wrong.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn good() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good")
}

/// Copies the good fixture to a fresh folder and replaces `from` by `to` in `file`.
fn broken(file: &str, from: &str, to: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "seedcheck-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(good()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let target = dir.join(file);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains(from), "fixture {file} lacks {from:?}");
    std::fs::write(&target, text.replacen(from, to, 1)).unwrap();
    dir
}

/// Line (1-based) of the first occurrence of `needle` in the good fixture's `file`.
fn line_of(file: &str, needle: &str) -> u32 {
    let text = std::fs::read_to_string(good().join(file)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {file}"));
    text[..at].matches('\n').count() as u32 + 1
}

/// Loads `dir`, expects failure, and returns the errors as displayed lines.
fn errors(dir: &Path) -> Vec<String> {
    match seedcheck::load(dir) {
        Ok(_) => panic!("{} should not validate", dir.display()),
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

/// Asserts one error names `file:line`, the field, and the message fragment.
fn expect(dir: &Path, file: &str, line: u32, field: &str, fragment: &str) {
    let errs = errors(dir);
    let spot = format!("{}:{line}: ", dir.join(file).display());
    assert!(
        errs.iter()
            .any(|e| e.starts_with(&spot) && e.contains(field) && e.contains(fragment)),
        "expected an error at {spot} on {field} saying {fragment:?}; got:\n{}",
        errs.join("\n")
    );
}

#[test]
fn the_good_fixture_validates_with_its_figures() {
    let data = common::or_list(seedcheck::load(&good()));
    assert_eq!(data.programmes.len(), 3);
    assert_eq!(data.initiative.projects, 4);
    // ₩2T = 20,000억, and the quote's line is where it stands in report.txt.
    let compute = &data.programmes[0];
    match compute.amounts[0].amount {
        atlas_model::Amount::Stated {
            quantity: atlas_model::Quantity::Exact { value },
            basis: atlas_model::Basis::Total { years: Some(5), .. },
            ..
        } => assert_eq!(value.eok, 20_000),
        other => panic!("unexpected amount {other:?}"),
    }
    assert_eq!(compute.amounts[0].source.line, 10);
    assert_eq!(compute.amounts[0].source.section.heading, "Budget Table");
}

#[test]
fn a_quote_not_in_the_report_fails_with_file_line_and_field() {
    let dir = broken(
        "programmes.toml",
        "quote = \"₩2T (5 yrs)\"",
        "quote = \"₩3T (5 yrs)\"",
    );
    expect(
        &dir,
        "programmes.toml",
        line_of("programmes.toml", "₩2T (5 yrs)"),
        "programme \"compute\", field `amounts[0].source.quote`",
        "stands nowhere in the report",
    );
}

#[test]
fn a_quote_in_the_wrong_section_says_where_it_is() {
    let dir = broken(
        "programmes.toml",
        "section = \"key-components\", quote = \"₩2T (5 yrs)\"",
        "section = \"history\", quote = \"₩2T (5 yrs)\"",
    );
    let errs = errors(&dir).join("\n");
    assert!(
        errs.contains("stands in section key-components instead"),
        "{errs}"
    );
}

#[test]
fn missing_provenance_fails() {
    let dir = broken("programmes.toml", "quote = \"Chips N/A\"", "quote = \"\"");
    expect(
        &dir,
        "programmes.toml",
        line_of("programmes.toml", "Chips N/A"),
        "programme \"chips\", field `amounts[0].source.quote`",
        "provenance is missing",
    );
}

#[test]
fn an_unknown_id_fails() {
    let dir = broken(
        "programmes.toml",
        "responsible = [\"ministry\"]",
        "responsible = [\"ministy\"]",
    );
    expect(
        &dir,
        "programmes.toml",
        line_of("programmes.toml", "responsible"),
        "programme \"compute\", field `responsible[0]`",
        "unknown id \"ministy\"",
    );
}

#[test]
fn a_reference_of_the_wrong_kind_fails() {
    let dir = broken(
        "programmes.toml",
        "responsible = [\"ministry\"]",
        "responsible = [\"talent\"]",
    );
    let errs = errors(&dir).join("\n");
    assert!(
        errs.contains("\"talent\" is a programme, but this field takes a actor"),
        "{errs}"
    );
}

#[test]
fn a_bad_date_fails() {
    let dir = broken("rest.toml", "date = \"2025-03\"", "date = \"2025-13\"");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "date = \"2025-03\""),
        "milestone \"act-march\", field `date`",
        "month 13",
    );
}

#[test]
fn a_negative_amount_fails() {
    let dir = broken("programmes.toml", "value = \"2T\"", "value = \"-2T\"");
    expect(
        &dir,
        "programmes.toml",
        line_of("programmes.toml", "value = \"2T\""),
        "programme \"compute\", field `amounts[0].value`",
        "negative",
    );
}

#[test]
fn a_zero_amount_is_refused_in_favour_of_not_stated() {
    let dir = broken("programmes.toml", "value = \"2T\"", "value = \"0T\"");
    let errs = errors(&dir).join("\n");
    assert!(errs.contains("never zero"), "{errs}");
}

#[test]
fn a_duplicate_id_names_both_places() {
    let dir = broken("programmes.toml", "id = \"talent\"", "id = \"compute\"");
    expect(
        &dir,
        "programmes.toml",
        line_of("programmes.toml", "id = \"talent\""),
        "programme, field `id`",
        "duplicate id \"compute\": already used by a programme at",
    );
}

#[test]
fn a_typo_in_a_field_name_is_a_toml_error_with_its_line() {
    let dir = broken("rest.toml", "lane = \"law\"", "lame = \"law\"");
    let errs = errors(&dir).join("\n");
    assert!(errs.contains("rest.toml:"), "{errs}");
    assert!(errs.contains("unknown field `lame`"), "{errs}");
}

#[test]
fn an_unknown_enum_value_is_refused() {
    let dir = broken(
        "programmes.toml",
        "category = \"ai\"",
        "category = \"robots\"",
    );
    let errs = errors(&dir).join("\n");
    assert!(errs.contains("unknown variant `robots`"), "{errs}");
}

#[test]
fn a_conflict_needs_two_different_claims() {
    let dir = broken(
        "rest.toml",
        "quote = \"passed in December 2024\"",
        "quote = \"March 2025: Tiny Act passed.\"",
    );
    let errs = errors(&dir).join("\n");
    assert!(errs.contains("two claims cite the same phrase"), "{errs}");
}

#[test]
fn a_conflict_without_a_kind_names_its_line_and_field() {
    let dir = broken("rest.toml", "kind = \"contradiction\"\n", "");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "[[conflict]]"),
        "conflict \"act-date\", field `kind`",
        "add `kind = \"contradiction\"`",
    );
}

#[test]
fn an_unknown_conflict_kind_is_refused_with_the_kinds_known() {
    let dir = broken(
        "rest.toml",
        "kind = \"contradiction\"",
        "kind = \"disagreement\"",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "kind = \"contradiction\""),
        "conflict \"act-date\", field `kind`",
        "\"disagreement\" is not a conflict kind; write \"contradiction\" or \"ambiguity\"",
    );
}

#[test]
fn a_later_report_place_names_an_update_that_exists() {
    let dir = broken(
        "rest.toml",
        "later_report = \"act-later\"",
        "later_report = \"act-sooner\"",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "later_report = \"act-later\""),
        "place \"act-office\", field `later_report",
        "unknown id \"act-sooner\"",
    );
}

#[test]
fn a_place_without_source_or_later_report_is_refused() {
    let dir = broken("rest.toml", "later_report = \"act-later\"\n", "");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "[[place]]"),
        "place \"act-office\", field `source`",
        "`source` (where the report names it) or `later_report`",
    );
}

#[test]
fn an_update_needs_an_https_source() {
    let dir = broken("rest.toml", "https://example.org/act", "example.org/act");
    let errs = errors(&dir).join("\n");
    assert!(errs.contains("is not an https:// address"), "{errs}");
}

#[test]
fn a_range_must_rise() {
    let dir = broken(
        "initiative.toml",
        "min = \"7B\", max = \"8B\"",
        "min = \"8B\", max = \"7B\"",
    );
    let errs = errors(&dir).join("\n");
    assert!(errs.contains("`max` must be above its `min`"), "{errs}");
}

#[test]
fn a_stray_figure_on_not_stated_is_refused() {
    let dir = broken(
        "programmes.toml",
        "kind = \"not_stated\", source",
        "kind = \"not_stated\", value = \"1T\", source",
    );
    let errs = errors(&dir).join("\n");
    assert!(
        errs.contains("kind \"not_stated\" has no figure; remove `value`"),
        "{errs}"
    );
}

#[test]
fn a_heading_that_is_not_a_line_of_the_report_fails() {
    let dir = broken(
        "report.toml",
        "heading = \"History\"",
        "heading = \"Histories\"",
    );
    let errs = errors(&dir).join("\n");
    assert!(
        errs.contains("\"Histories\" is not a whole line of the report"),
        "{errs}"
    );
}

#[test]
fn every_error_is_reported_in_one_run() {
    let dir = broken("programmes.toml", "value = \"2T\"", "value = \"2 T\"");
    std::fs::write(
        dir.join("rest.toml"),
        std::fs::read_to_string(dir.join("rest.toml"))
            .unwrap()
            .replace("date = \"2025-03\"", "date = \"March\""),
    )
    .unwrap();
    let errs = errors(&dir);
    assert!(
        errs.iter().any(|e| e.contains("is not an amount")),
        "{errs:?}"
    );
    assert!(errs.iter().any(|e| e.contains("is not a date")), "{errs:?}");
}

/// The app ships Korean sentences as a pack of one text per line (atlas_model::ko), so a
/// line break inside one would split it in two.
#[test]
fn a_korean_text_with_a_line_break_fails_with_its_line() {
    let dir = broken(
        "programmes.toml",
        "ko = \"인재 양성\"",
        "ko = \"\"\"인재\n양성\"\"\"",
    );
    expect(
        &dir,
        "programmes.toml",
        // The record's line, as for every text error (the table that holds the field).
        line_of("programmes.toml", "[[programme]]\nid = \"talent\""),
        "programme \"talent\", field `name`",
        "Korean text (`ko`) has a line break; write it on one line",
    );
}

#[test]
fn a_quote_without_its_korean_rendering_fails_naming_its_source() {
    let dir = broken(
        "quotes-ko.toml",
        "en = \"₩10 trillion\"",
        "en = \"₩10 trillions\"",
    );
    expect(
        &dir,
        "initiative.toml",
        line_of("initiative.toml", "₩10 trillion"),
        "`total.source.quote`",
        "\"₩10 trillion\" has no Korean rendering",
    );
}

#[test]
fn a_rendering_no_source_quotes_fails_where_it_stands() {
    let dir = broken(
        "quotes-ko.toml",
        "[[quote]]\nen = \"₩10 trillion\"",
        "[[quote]]\nen = \"an old phrase\"\nko = \"옛 문구\"\n\n[[quote]]\nen = \"₩10 trillion\"",
    );
    expect(
        &dir,
        "quotes-ko.toml",
        line_of("quotes-ko.toml", "en = \"₩10 trillion\""),
        "quote \"an old phrase\"",
        "no source quotes this phrase",
    );
}

#[test]
fn a_rank_says_which_end_it_counts_from() {
    let data = common::or_list(seedcheck::load(&good()));
    let f = data.figures.iter().find(|f| f.id == "tiny-rank").unwrap();
    assert_eq!(
        f.value,
        atlas_model::FigureValue::Rank {
            place: 1,
            order: atlas_model::RankOrder::Lowest
        }
    );
    let dir = broken("rest.toml", "order = \"lowest\"", "order = \"smallest\"");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "order = \"lowest\""),
        "figure \"tiny-rank\", field `order`",
        "\"smallest\" is not one of largest, lowest",
    );
    let dir = broken("rest.toml", "kind = \"rank\"", "kind = \"exact\"");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "kind = \"rank\""),
        "figure \"tiny-rank\", field `kind`",
        "has kind \"rank\"",
    );
}

#[test]
fn a_scenario_value_its_update_does_not_state_fails() {
    let data = common::or_list(seedcheck::load(&good()));
    assert_eq!(data.scenarios.len(), 1);
    assert_eq!(data.scenarios[0].gdp, 2.5);
    let dir = broken("rest.toml", "gdp = 2.5", "gdp = 2.6");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "gdp = 2.5"),
        "scenario \"tiny-scenario\", field `gdp`",
        "2.6 is not stated in update \"tiny-scenarios\"",
    );
    let dir = broken(
        "rest.toml",
        "update = \"tiny-scenarios\"",
        "update = \"act-date\"",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "update = \"tiny-scenarios\""),
        "scenario \"tiny-scenario\", field `update",
        "\"act-date\" is a conflict",
    );
}

/// A split's parts stand in the update's own text, its whole in the update it names, and
/// the parts never exceed the whole; each failure names the file, line and field.
#[test]
fn a_split_is_checked_against_the_updates_text_and_its_whole() {
    let line = line_of("rest.toml", "amount = \"₩2.5 trillion\"");
    let dir = broken(
        "rest.toml",
        "amount = \"₩2.5 trillion\"",
        "amount = \"₩2.6 trillion\"",
    );
    expect(
        &dir,
        "rest.toml",
        line,
        "split.parts[1].amount",
        "is not written in the update's English `says`",
    );

    let line = line_of("rest.toml", "split = {");
    let dir = broken("rest.toml", "of = \"₩10 trillion\"", "of = \"₩5 trillion\"");
    expect(
        &dir,
        "rest.toml",
        line,
        "split.parts",
        "more than the whole",
    );
    expect(
        &dir,
        "rest.toml",
        line,
        "split.of",
        "is not written in the English `says` of update \"fund-size\"",
    );

    let dir = broken(
        "rest.toml",
        "whole = \"fund-size\"",
        "whole = \"fund-sise\"",
    );
    expect(
        &dir,
        "rest.toml",
        line,
        "split.whole",
        "names no [[update]]",
    );

    let dir = broken("rest.toml", "amount = \"₩3 trillion\"", "amount = \"3T\"");
    expect(
        &dir,
        "rest.toml",
        line + 1,
        "split.parts[0].amount",
        "does not start with ₩",
    );
}

/// The good fixture's split keeps its figures and leaves the remainder to be computed.
#[test]
fn a_split_keeps_its_parts_and_computes_what_is_left() {
    let data = seedcheck::load(&good()).expect("the good fixture validates");
    let split = data
        .updates
        .iter()
        .find_map(|u| u.split)
        .expect("the fixture has a split");
    assert_eq!(split.whole_update, "fund-size");
    assert_eq!(split.whole.eok, 100_000);
    let parts: Vec<u64> = split.parts.iter().map(|p| p.amount.eok).collect();
    assert_eq!(parts, vec![30_000, 25_000]);
    assert_eq!(split.remainder().eok, 45_000);
}

#[test]
fn a_milestone_without_a_short_label_fails_naming_it() {
    let dir = broken(
        "rest.toml",
        "short = { en = \"Tiny Act\", ko = \"작은 법\" }\n",
        "",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "[[milestone]]"),
        "milestone \"act-march\", field `short`",
        "short label is missing",
    );
}

#[test]
fn an_event_without_a_short_label_fails_naming_it() {
    let dir = broken(
        "rest.toml",
        ", short = { en = \"Passed\", ko = \"통과\" }",
        "",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "text = { en = \"Passed\""),
        "update \"act-later\", field `events[0].short`",
        "short label is missing",
    );
}

#[test]
fn a_short_label_too_wide_to_draw_whole_fails_in_either_language() {
    let long_en = "Tiny Act passed by the assembly at last";
    let dir = broken(
        "rest.toml",
        "short = { en = \"Tiny Act\"",
        &format!("short = {{ en = \"{long_en}\""),
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "short = { en = \"Tiny Act\""),
        "milestone \"act-march\", field `short`",
        "`en` \"Tiny Act passed by the assembly at last\" is",
    );
    // Sixteen Hangul syllables are wider than sixteen em; fifteen Latin letters are not.
    let dir = broken(
        "rest.toml",
        "ko = \"작은 법\" }",
        "ko = \"작은법작은법작은법작은법작은법작\" }",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "short = { en = \"Tiny Act\""),
        "milestone \"act-march\", field `short`",
        "a short label is at most 16 em",
    );
}

#[test]
fn the_good_fixture_has_its_step_with_a_typed_amount() {
    let data = common::or_list(seedcheck::load(&good()));
    assert_eq!(data.steps.len(), 1);
    let step = &data.steps[0];
    assert_eq!(
        (step.of, step.kind, step.update),
        ("chips", atlas_model::StepKind::Legislated, "act-later")
    );
    assert!(step.single_secondary);
    match step.amount {
        Some(atlas_model::Amount::Stated {
            quantity: atlas_model::Quantity::Exact { value },
            ..
        }) => assert_eq!(value.eok, 20_000),
        other => panic!("unexpected amount {other:?}"),
    }
}

#[test]
fn a_step_without_a_source_fails() {
    let quote = "quote = \"passed 26 Dec 2024 with ₩2T for chips\"\n";
    let dir = broken("rest.toml", quote, "");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "[[step]]"),
        "step \"chips 2024-12-26\", field `quote`",
        "a step needs its source",
    );
    let dir = broken("rest.toml", "update = \"act-later\"\nquote", "quote");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "[[step]]"),
        "step \"chips 2024-12-26\", field `update`",
        "a step needs its source",
    );
}

#[test]
fn a_step_quote_not_in_later_reports_fails_with_its_line() {
    let dir = broken(
        "rest.toml",
        "quote = \"passed 26 Dec 2024 with ₩2T for chips\"",
        "quote = \"passed 27 Dec 2024 with ₩2T for chips\"",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "quote = \"passed 26 Dec 2024"),
        "step \"chips 2024-12-26\", field `quote`",
        "stands in no row of later-reports.md",
    );
    // The phrase stands in the file, but in a row that cites another source.
    let dir = broken("later-reports.md", "example.org/act", "example.org/other");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "quote = \"passed 26 Dec 2024"),
        "step \"chips 2024-12-26\", field `quote`",
        "whose sources are not the update's",
    );
}

#[test]
fn a_step_kind_outside_the_list_fails() {
    let dir = broken("rest.toml", "kind = \"legislated\"", "kind = \"enacted\"");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "kind = \"legislated\""),
        "step \"chips 2024-12-26\", field `kind`",
        "\"enacted\" is not a step kind",
    );
}

#[test]
fn a_step_amount_is_typed_sourced_by_the_step_and_quoted() {
    let dir = broken(
        "rest.toml",
        "value = \"2T\", basis",
        "value = \"3T\", basis",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "value = \"2T\", basis"),
        "step \"chips 2024-12-26\", field `amount`",
        "3 is not written in the step's quote",
    );
    let dir = broken(
        "rest.toml",
        "value = \"2T\", basis",
        "value = \"2 T\", basis",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "value = \"2T\", basis"),
        "step \"chips 2024-12-26\", field `amount.value`",
        "is not an amount",
    );
    let dir = broken(
        "rest.toml",
        "amount = { kind = \"exact\", value = \"2T\", basis = \"total\" }",
        "amount = { kind = \"in_core\" }",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "amount = { kind = \"exact\""),
        "step \"chips 2024-12-26\", field `amount.kind`",
        "\"in_core\" is the report's",
    );
}

#[test]
fn a_single_source_step_says_whether_it_is_secondary() {
    let dir = broken("rest.toml", "single_secondary = true\n", "");
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "[[step]]"),
        "step \"chips 2024-12-26\", field `single_secondary`",
        "has one source",
    );
}

#[test]
fn a_step_quote_without_a_korean_rendering_fails() {
    let dir = broken(
        "quotes-ko.toml",
        "en = \"passed 26 Dec 2024 with ₩2T for chips\"",
        "en = \"passed in December\"",
    );
    expect(
        &dir,
        "rest.toml",
        line_of(
            "rest.toml",
            "quote = \"passed 26 Dec 2024 with ₩2T for chips\"",
        ),
        "step \"chips 2024-12-26\", field `quote`",
        "has no Korean rendering",
    );
}

#[test]
fn a_step_names_only_a_source_of_its_update() {
    let dir = broken(
        "rest.toml",
        "single_secondary = true\n",
        "source = \"example.org/elsewhere\"\nsingle_secondary = true\n",
    );
    expect(
        &dir,
        "rest.toml",
        line_of("rest.toml", "single_secondary = true"),
        "step \"chips 2024-12-26\", field `source`",
        "is not a source of update \"act-later\"",
    );
}
