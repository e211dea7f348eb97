//! The project's own seed folder: it validates (so every provenance phrase stands
//! verbatim in its section and every reference resolves), and it covers what the
//! report says: every table row, the contradictions a reader must see, the provinces.

mod common;

use atlas_model::{Amount, Dataset, Quantity};
use std::path::Path;

fn seeds() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    common::or_list(seedcheck::load(&dir))
}

fn report() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds/korea-ai-initiative-2025.txt"),
    )
    .unwrap()
}

/// The rows of a report table: the lines after its header line up to the next blank line.
fn table_rows(report: &str, header_starts: &str) -> Vec<String> {
    let lines: Vec<&str> = report.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(header_starts))
        .unwrap_or_else(|| panic!("no table header {header_starts:?}"));
    lines[at + 1..]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn every_row_of_the_three_tables_belongs_to_a_programme() {
    let data = seeds();
    let report = report();
    for (table, header) in [
        ("key-components", "Component Budget/Resources"),
        ("sectoral-allocations", "Sector / Activity Budget"),
        ("summary", "Component 2025 Budget (won)"),
    ] {
        let rows = table_rows(&report, header);
        assert!(rows.len() >= 9, "{table}: only {} rows found", rows.len());
        for row in rows {
            let owner = data.programmes.iter().find(|p| {
                p.table_names
                    .iter()
                    .any(|t| t.table == table && row.starts_with(t.name))
            });
            assert!(
                owner.is_some(),
                "{table} row {row:?} is in no programme's table_names"
            );
        }
    }
}

#[test]
fn the_contradictions_a_reader_must_see_are_recorded() {
    let data = seeds();
    // Each set of phrases must be claims of one conflict.
    let required: &[&[&str]] = &[
        &["Passed in December 2024", "March 2025: Government passes"],
        &[
            "₩40 trillion (by 2030)",
            "₩8T/yr (by 2030)",
            "over ₩40T/year by 2030",
        ],
        &["₩0.5T+", ".5 trillion+(yr)"],
        &[
            "5 domestic foundational AI models",
            "5–2 leading generative models",
        ],
        &["Asia’s first", "world’s second"],
    ];
    for phrases in required {
        let found = data.conflicts.iter().any(|c| {
            phrases
                .iter()
                .all(|p| c.claims.iter().any(|cl| cl.source.quote.contains(p)))
        });
        assert!(found, "no conflict cites all of {phrases:?}");
    }
}

#[test]
fn the_headline_matches_the_report() {
    let data = seeds();
    let i = &data.initiative;
    assert_eq!(
        (i.projects, i.ai_projects, i.innovation_projects),
        (30, 15, 15)
    );
    match i.total.amount {
        Amount::Stated {
            quantity: Quantity::AtLeast { value },
            ..
        } => assert_eq!(value.eok, 1_000_000),
        other => panic!("total is {other:?}"),
    }
    match i.usd.amount {
        Amount::Stated {
            quantity: Quantity::Range { min, max },
            ..
        } => {
            assert_eq!((min.eok, max.eok), (710, 740))
        }
        other => panic!("usd is {other:?}"),
    }
}

#[test]
fn the_envelope_is_one_programme_and_amounts_never_hide_unknowns_as_zero() {
    let data = seeds();
    let envelopes: Vec<_> = data
        .programmes
        .iter()
        .filter(|p| p.category == atlas_model::Category::Envelope)
        .map(|p| p.id)
        .collect();
    assert_eq!(envelopes, vec!["national-growth-fund"]);
    for p in data.programmes {
        assert!(!p.amounts.is_empty(), "{} has no amount claim", p.id);
    }
}

#[test]
fn the_seventeen_provinces_have_iso_codes_and_both_names() {
    let data = seeds();
    assert_eq!(data.provinces.len(), 17);
    for p in data.provinces {
        assert!(p.id.starts_with("KR-"), "{}", p.id);
    }
    let names: Vec<&str> = data
        .provinces
        .iter()
        .map(|p| p.name.ko.get().unwrap())
        .collect();
    for required in [
        "서울특별시",
        "강원특별자치도",
        "전북특별자치도",
        "세종특별자치시",
        "제주특별자치도",
    ] {
        assert!(names.contains(&required), "missing {required}");
    }
}

#[test]
fn later_reports_are_a_separate_sourced_layer() {
    let data = seeds();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds/later-reports.md"),
    )
    .unwrap();
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| topic") && !l.starts_with("| ---"))
        .count();
    assert_eq!(rows, 21, "later-reports.md table rows");
    assert_eq!(
        data.updates.len(),
        rows,
        "one update per row of later-reports.md"
    );
    for u in data.updates {
        assert!(!u.sources.is_empty(), "{} has no source", u.id);
        assert!(!u.concerns.is_empty());
        // Each address is copied from later-reports.md, where it is written without its
        // scheme (and a query as "path (query)"): a composed or mistyped address is not in
        // that file.
        let listed = text.replace(" (nttSeqNo=", "?nttSeqNo=");
        for s in u.sources {
            let address = s.strip_prefix("https://").unwrap_or_else(|| {
                panic!("{}: {s} is not an https:// address", u.id);
            });
            assert!(
                listed.contains(address),
                "{}: {address} is not an address in later-reports.md",
                u.id
            );
        }
    }
    // The Basic Act's dates from later reporting are there as events.
    let dates: Vec<String> = data
        .updates
        .iter()
        .flat_map(|u| u.events.iter())
        .map(|e| {
            format!(
                "{:?}-{:?}-{:?}",
                e.date.start.year, e.date.start.month, e.date.start.day
            )
        })
        .collect();
    for d in ["2025-Some(1)-Some(21)", "2026-Some(1)-Some(22)"] {
        assert!(dates.iter().any(|x| x == d), "no later-report event on {d}");
    }
}

/// A source holds its section by reference; the JSON export still spells out the section's
/// id and heading in every source, and the section is one of the report's.
#[test]
fn sources_point_at_the_report_s_sections_and_export_their_id_and_heading() {
    let data = seeds();
    let src = data.programmes[0].amounts[0].source;
    assert!(data.report.sections.contains(src.section));
    let json = serde_json::to_value(src).unwrap();
    assert_eq!(json["section"], src.section.id);
    assert_eq!(json["heading"], src.section.heading);
    assert_eq!(json["quote"], src.quote);
    assert_eq!(json["line"], src.line);
    assert_eq!(json["quote_ko"], src.ko.get().unwrap());
    assert_eq!(json.as_object().unwrap().len(), 5);
}

/// Every provenance phrase has a Korean rendering, in Hangul, and none is the English
/// phrase copied: a Korean reader gets the translation after every verbatim quote.
#[test]
fn every_quote_has_a_korean_rendering() {
    let data = seeds();
    let g = atlas_model::codegen::generate(&data);
    let pack: std::collections::HashSet<&str> = g.ko_pack.split('\n').collect();
    let sources = data
        .programmes
        .iter()
        .flat_map(|p| p.amounts.iter().map(|a| a.source))
        .chain(data.targets.iter().map(|t| t.source))
        .chain(data.milestones.iter().map(|m| m.source))
        .chain(data.figures.iter().map(|f| f.source))
        .chain(data.actors.iter().map(|a| a.source))
        .chain(
            data.conflicts
                .iter()
                .flat_map(|c| c.claims.iter().map(|c| c.source)),
        );
    let mut n = 0;
    for s in sources {
        let ko = s.ko.get().unwrap_or_default();
        assert!(
            ko.chars().any(|c| ('가'..='힣').contains(&c)),
            "{:?} has no Korean rendering: {ko:?}",
            s.quote
        );
        assert_ne!(ko, s.quote);
        assert!(pack.contains(ko), "{ko:?} is not in the Korean pack");
        n += 1;
    }
    assert!(n > 100, "only {n} sources");
}

/// The Korean the app keeps (the names) and the pack it fetches (everything else), as
/// `atlas_model::codegen::generate` splits them: each text once, every text somewhere,
/// and the interface's Korean strings last, in key order, from line `KO_UI` on.
#[test]
fn the_korean_pack_holds_the_sentences_and_the_app_keeps_the_names() {
    let data = seeds();
    let g = atlas_model::codegen::generate(&data);
    assert_eq!(
        g.ko_file,
        format!(
            "won-atlas-ko-{:016x}.txt",
            atlas_model::ko::fingerprint(g.ko_pack.as_bytes())
        )
    );
    let all: Vec<&str> = g.ko_pack.split('\n').collect();
    let ui = atlas_model::strings::KO;
    let (pack, tail) = all.split_at(all.len() - ui.len());
    assert_eq!(
        tail, ui,
        "the interface strings are not the pack's last lines"
    );
    let distinct: std::collections::HashSet<&str> = pack.iter().copied().collect();
    assert_eq!(distinct.len(), pack.len(), "a text is in the pack twice");
    let names: Vec<&str> = data
        .programmes
        .iter()
        .map(|p| p.name)
        .chain(data.provinces.iter().map(|p| p.name))
        .chain(data.places.iter().map(|p| p.name))
        .map(|t| t.ko.get().unwrap())
        .collect();
    for n in &names {
        assert!(!distinct.contains(n), "the name {n:?} is in the pack");
        let literal = format!("{n:?}");
        let inner = &literal[1..literal.len() - 1];
        assert!(g.rust.contains(inner), "the name {n:?} is not in the app");
    }
    // Sentences are pack lines, not in the app's Rust.
    let init = data.initiative.name.ko.get().unwrap();
    assert!(distinct.contains(init));
    let goals: Vec<&str> = data
        .programmes
        .iter()
        .flat_map(|p| p.goals)
        .map(|n| n.text.ko.get().unwrap())
        .collect();
    assert!(goals.len() > 20);
    for s in goals {
        assert!(distinct.contains(s), "{s:?} is not in the pack");
        assert!(!g.rust.contains(&format!("{s:?}")), "{s:?} is in the app");
    }
    // The app's numbers reach exactly the names and the pack's lines.
    let named: std::collections::HashSet<&str> = names.iter().copied().collect();
    let top = g
        .rust
        .match_indices("Ko::at(")
        .map(|(i, m)| {
            let rest = &g.rust[i + m.len()..];
            rest[..rest.find(')').unwrap()].parse::<usize>().unwrap()
        })
        .max()
        .unwrap();
    assert_eq!(top + 1, named.len() + pack.len());
    // The interface's first Korean string is the line after the dataset's last.
    let ko_ui = format!("pub const KO_UI: u32 = {};", top + 1);
    assert!(g.rust.contains(&ko_ui), "{ko_ui} is not in the app");
}

/// The fund's official Korean name is 국민성장펀드; "국가성장펀드" is a mistranslation of
/// "National Growth Fund" that no Korean text on screen (the app's names, the Korean pack
/// with every sentence and interface string) may carry.
#[test]
fn the_fund_has_its_official_korean_name_everywhere() {
    let data = seeds();
    let fund = data
        .programmes
        .iter()
        .find(|p| p.id == "national-growth-fund")
        .expect("the fund is a programme");
    assert_eq!(fund.name.ko.get(), Some("국민성장펀드"));
    let g = atlas_model::codegen::generate(&data);
    for (what, text) in [
        ("the Korean pack", &g.ko_pack),
        ("the app's Korean", &g.rust),
    ] {
        for (n, line) in text.lines().enumerate() {
            assert!(
                !line.contains("국가성장펀드"),
                "{what}, line {}: {line}",
                n + 1
            );
        }
    }
}

/// "to the 3% range" (3%대) is a floor, not exactly 3%: a target typed `exact` would let a
/// chart or a summary claim more precision than the report gives.
#[test]
fn a_range_phrase_is_not_typed_as_an_exact_target() {
    let data = seeds();
    let growth = data
        .targets
        .iter()
        .find(|t| t.id == "potential-growth-3")
        .expect("the potential-growth target");
    assert!(growth.source.quote.contains("the 3% range"));
    assert!(
        matches!(growth.bound, atlas_model::Bound::AtLeast { value } if value == 3.0),
        "{:?}",
        growth.bound
    );
}

/// "5–2 leading generative models" is not a range from 2 to 5: the target keeps the
/// report's notation, and the later reports (five teams, to be cut to two by 2027) stand
/// beside it as an update about the same target.
#[test]
fn the_five_two_target_keeps_the_report_s_notation() {
    let data = seeds();
    let t = data
        .targets
        .iter()
        .find(|t| t.id == "sovereign-generative-models-5-2")
        .expect("the 5–2 target");
    assert_eq!(t.bound, atlas_model::Bound::AsWritten { text: "5–2" });
    assert!(t.source.quote.contains("5–2"));
    assert!(
        data.updates.iter().any(|u| u.concerns.contains(&t.id)),
        "a later report stands beside it"
    );
}

#[test]
fn the_page_without_javascript_says_it_in_english_and_on_a_korean_page() {
    let data = seeds();
    // index.html: the link to the Korean page, then English, and no Korean section.
    let index = seedcheck::noscript::fragment(&data);
    let link = index
        .find(&format!("href=\"{}\"", seedcheck::noscript::KOREAN_PAGE))
        .expect("a link to the Korean page");
    let en = index
        .find("<section lang=\"en\"")
        .expect("an English section");
    assert!(link < en, "the link, then English");
    assert!(!index.contains("<section lang=\"ko\""), "no Korean section");
    let english = &index[en..];
    // The Korean page: its own document in Korean, with the Korean section.
    let html = seedcheck::noscript::korean_page(&data, "main.css");
    assert!(html.contains("<html lang=\"ko\">"));
    let ko = html
        .find("<section lang=\"ko\" id=\"noscript-ko\"")
        .expect("a Korean section");
    let korean = &html[ko..];
    let quotes: usize = data.programmes.iter().map(|p| p.amounts.len()).sum();
    // Every phrase stands verbatim in English in both languages; in Korean, each is
    // followed by its rendering marked as a translation.
    assert_eq!(korean.matches("(번역: ").count(), quotes);
    for p in data.programmes {
        assert!(
            english.contains(&seedcheck::noscript::escape(p.name.en)),
            "{}",
            p.id
        );
        let name = p.name.ko.get().unwrap();
        assert!(
            korean.contains(&format!(
                "<th scope=\"row\">{}</th>",
                seedcheck::noscript::escape(name)
            )),
            "{}",
            p.id
        );
        for a in p.amounts {
            let q = seedcheck::noscript::escape(a.source.quote);
            let ko = seedcheck::noscript::escape(a.source.ko.get().unwrap());
            assert!(
                korean.contains(&format!("“{q}”</span> (번역: {ko})")),
                "{}: {q}",
                p.id
            );
        }
    }
    // The Korean section writes its own amounts in 조/억: a won sign or an English unit
    // appears there only inside the quoted English phrases.
    let mut own = String::new();
    for (i, part) in korean.split("<span lang=\"en\">").enumerate() {
        own.push_str(if i == 0 {
            part
        } else {
            part.split_once("</span>").map_or("", |x| x.1)
        });
    }
    for english_only in ["₩", "trillion", "billion"] {
        assert!(
            !own.contains(english_only),
            "{english_only} in the Korean section's own text"
        );
    }
    assert!(own.contains("조 원") && own.contains("억 원"));
}

/// The fund's split by industry at its launch: five parts of ₩150 trillion, leaving
/// ₩64.2 trillion for other industries or not itemised in those reports.
#[test]
fn the_growth_fund_split_leaves_a_computed_remainder() {
    let d = seeds();
    let split = d
        .updates
        .iter()
        .find(|u| u.id == "update-growth-fund-name-split")
        .and_then(|u| u.split)
        .expect("the split update carries its split");
    assert_eq!(split.whole_update, "update-growth-fund-size");
    assert_eq!(split.whole.eok, 1_500_000);
    assert_eq!(split.parts.len(), 5);
    assert_eq!(split.allocated().eok, 858_000);
    assert_eq!(split.remainder().eok, 642_000);
}

/// A date's first possible day, as a comparable triple.
fn first_day(d: atlas_model::DateSpec) -> (u16, u8, u8) {
    (
        d.start.year,
        d.start.month.unwrap_or(1),
        d.start.day.unwrap_or(1),
    )
}

#[test]
fn every_step_is_of_a_programme_or_target_with_a_source_and_a_typed_amount_or_none() {
    let data = seeds();
    let later = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds/later-reports.md"),
    )
    .unwrap();
    assert!(!data.steps.is_empty());
    for s in data.steps {
        let known = data.programmes.iter().any(|p| p.id == s.of)
            || data.targets.iter().any(|t| t.id == s.of);
        assert!(known, "step {:?} is of no programme or target", s.label.en);
        let update = data.updates.iter().find(|u| u.id == s.update);
        let update = update.unwrap_or_else(|| panic!("step {:?}: no update", s.label.en));
        assert!(!update.sources.is_empty());
        assert!(
            later.contains(s.quote) && !s.quote.is_empty(),
            "step {:?}: quote not in later-reports.md",
            s.label.en
        );
        match s.amount {
            None | Some(Amount::NotStated) => {}
            Some(Amount::Stated { quantity, .. }) => match quantity {
                Quantity::Exact { value } | Quantity::AtLeast { value } => {
                    assert!(value.eok > 0)
                }
                Quantity::Range { min, max } => assert!(min.eok < max.eok),
            },
            Some(Amount::InCore) => panic!("step {:?} is \"in core\"", s.label.en),
        }
        // A single secondary source: the update has one, or the step names the one of
        // them that reports it.
        if s.single_secondary {
            let one =
                update.sources.len() == 1 || s.source.is_some_and(|a| update.sources.contains(&a));
            assert!(one, "{:?}", s.label.en);
        }
        // A Korean reader sees the quote's rendering after it.
        assert!(
            s.quote_ko.get().is_some_and(|k| !k.is_empty()),
            "{:?}",
            s.quote
        );
    }
}

#[test]
fn every_ladder_starts_from_the_report_and_runs_in_date_order() {
    let data = seeds();
    let ids = data
        .programmes
        .iter()
        .map(|p| p.id)
        .chain(data.targets.iter().map(|t| t.id));
    for id in ids {
        let ladder = atlas_model::ladder(&data, id);
        let reports = ladder
            .iter()
            .filter(|r| matches!(r, atlas_model::Rung::Report(_)))
            .count();
        assert_eq!(reports, 1, "{id}: the report's rung");
        let dates: Vec<_> = ladder.iter().map(|r| first_day(r.date(&data))).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{id}: {dates:?}");
        let own = data.steps.iter().filter(|s| s.of == id).count();
        assert!(ladder.len() > own, "{id}: a step of its own is missing");
    }
    // A programme the later reports say nothing about has the report's rung alone.
    let robotics = atlas_model::ladder(&data, "robotics");
    assert_eq!(robotics.len(), 1);
    assert_eq!(
        atlas_model::furthest(&robotics).map(|r| r.kind()),
        Some(atlas_model::StepKind::Announced)
    );
    // A programme's ladder holds its targets' steps.
    let startups = atlas_model::ladder(&data, "startup-vc");
    assert!(startups
        .iter()
        .any(|r| matches!(r, atlas_model::Rung::Later(s) if s.of == "ai-unicorns")));
}

#[test]
fn the_since_report_list_is_every_step_after_august_2025_newest_first() {
    let data = seeds();
    let list = atlas_model::since_report(&data);
    // The report's date is its launch, August 2025: a step counts from September on.
    assert_eq!(
        (
            data.initiative.launched.start.year,
            data.initiative.launched.start.month
        ),
        (2025, Some(8))
    );
    let mut want: Vec<_> = data
        .steps
        .iter()
        .filter(|s| first_day(s.date) >= (2025, 9, 1))
        .collect();
    assert!(
        want.len() < data.steps.len(),
        "some steps precede the report"
    );
    want.sort_by_key(|s| std::cmp::Reverse(first_day(s.date)));
    let got: Vec<_> = list.iter().map(|s| (s.of, s.date, s.quote)).collect();
    let want: Vec<_> = want.iter().map(|s| (s.of, s.date, s.quote)).collect();
    assert_eq!(got, want);
    assert_eq!(
        atlas_model::last_update(&data).map(first_day),
        list.first().map(|s| first_day(s.date))
    );
}

#[test]
fn the_furthest_step_is_the_highest_rung_not_the_latest_step() {
    let data = seeds();
    // The fund was launched; its first investment, chosen the same day, is a later
    // announcement, not a higher rung.
    let fund = atlas_model::ladder(&data, "national-growth-fund");
    assert_eq!(
        fund.last().map(|r| r.kind()),
        Some(atlas_model::StepKind::Announced)
    );
    assert_eq!(
        atlas_model::furthest(&fund).map(|r| r.kind()),
        Some(atlas_model::StepKind::Launched)
    );
    // The sovereign teams were cut, then changed, after they were selected: neither is a
    // rung.
    let sovereign = atlas_model::ladder(&data, "sovereign-ai");
    let kinds: Vec<_> = sovereign.iter().map(|r| r.kind()).collect();
    assert!(kinds.ends_with(&[atlas_model::StepKind::Cut, atlas_model::StepKind::Changed]));
    assert_eq!(
        atlas_model::furthest(&sovereign).map(|r| r.kind()),
        Some(atlas_model::StepKind::Contracted)
    );
}
