//! The URL-hash parser reads whatever a link, a hand edit or a broken mail client hands it.
//! Fuzzed here with proptest, 100,000 cases per strategy: arbitrary Unicode strings, and
//! near-miss hashes built from the real vocabulary (keys, values, dataset ids) mixed with
//! junk, percent signs, separators, control characters and very long parts. For every
//! input: no panic; every ignored part is short enough to quote (≤ 41 characters); the
//! route it understood writes a hash that reads back as the same route with nothing
//! ignored, and writing that again gives the same hash (a fixed point); a leading `#` is
//! optional.

use proptest::prelude::*;
use proptest::test_runner::Config;
use won_atlas::data::{CONFLICTS, DATASET, FIGURES, MILESTONES, PLACES, SCENARIOS, UPDATES};
use won_atlas::state::{parse_hash, to_hash};

const CASES: u32 = 100_000;

thread_local! {
    static IDS: Vec<&'static str> = ids();
}

fn config() -> Config {
    Config {
        cases: CASES,
        // Keep the shared tree clean: a failure prints its minimal input instead.
        failure_persistence: None,
        ..Config::default()
    }
}

/// What must hold for any input.
fn check(input: &str) {
    let parsed = parse_hash(input);
    for part in &parsed.ignored {
        assert!(
            part.chars().count() <= 41,
            "ignored part of {} chars: {part:?}",
            part.chars().count()
        );
    }
    let hash = to_hash(&parsed.route);
    let again = parse_hash(&hash);
    assert_eq!(
        again.route, parsed.route,
        "{input:?} → {hash:?} reads back differently"
    );
    assert!(
        again.ignored.is_empty(),
        "{hash:?} ignores {:?}",
        again.ignored
    );
    assert_eq!(to_hash(&again.route), hash, "not a fixed point: {hash:?}");
    if !input.starts_with('#') {
        assert_eq!(
            parse_hash(&format!("#{input}")),
            parsed,
            "a leading # changes {input:?}"
        );
    }
}

/// Keys the parser knows, some it may know later, and near misses.
const KEYS: &[&str] = &[
    "view",
    "lang",
    "sel",
    "chart",
    "cur",
    "per",
    "group",
    "range",
    "embed",
    "accent",
    "slide",
    "presenter",
    "theme",
    "mode",
    "briefing",
    "VIEW",
    "view ",
    " view",
    "vіew",
    "",
    "=",
    "%76iew",
    "sel[]",
    "lang=ko",
];

/// Values the parser knows, and near misses.
const VALUES: &[&str] = &[
    "funding",
    "regions",
    "timeline",
    "en",
    "ko",
    "treemap",
    "bars",
    "krw",
    "usd",
    "total",
    "year",
    "0",
    "1",
    "2",
    "",
    "=",
    "Funding",
    "regions ",
    "ko-KR",
    "%20",
    "%zz",
    "%",
    "%%",
    "%C3%A9",
    "é",
    "한국어",
    "🙂",
    "\u{0}",
    "\u{202e}",
    "\r\n",
    "#",
    "?",
    "a&b",
    "true",
    // range: months 2000-01 to 2100-12, start before end; and near misses.
    "2024-01~2031-01",
    "2025-01~2027-01",
    "2100-11~2100-12",
    "2000-01~2000-02",
    "2031-01~2024-01",
    "2024-01~2024-01",
    "2024-13~2025-01",
    "2024-00~2025-01",
    "1999-12~2024-01",
    "2024-1~2025-01",
    "2024-01~",
    "~2024-01",
    "2024-01~2025-01~2026-01",
    "+2024-01~2025-01",
    "２０２４-01~2025-01",
    "2024-01-2025-01",
    // slide: 1 to the number of slides; and near misses.
    "3",
    "5",
    "6",
    "01",
    "+1",
    "-1",
    "1.0",
    "65535",
    "65536",
    "99999999999",
    // accent: a name; and near misses (hex colours among them).
    "default",
    "blue",
    "teal",
    "purple",
    "Teal",
    "teal ",
    "tea",
    "c2410c",
    "C2410C",
    "000000",
    "ffffff",
    "#c2410c",
    "c2410",
    "c2410c0",
    "g2410c",
    "red",
    "c2410c;",
    "c2410c)",
    "+12345",
    "-12345",
    " 12345",
    "ｃ2410c",
];

/// A small, fast generator (SplitMix64): proptest hands each case a seed, and the near-miss
/// hash is built from it directly. Proptest's own combinators are exact but take ~30 s
/// for 100,000 cases of this shape in a debug build; this takes a second or two, and a
/// failure still prints the input that caused it.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }

    /// Any Unicode scalar value, weighted towards the characters that matter to the parser.
    fn char(&mut self) -> char {
        const SPECIAL: [char; 12] = [
            '&', '=', '#', '%', '+', ' ', '/', '?', 'é', '\u{0}', '한', '🙂',
        ];
        match self.below(9) {
            0..=2 => SPECIAL[self.below(SPECIAL.len())],
            3..=4 => char::from_u32(self.next() as u32 % 0x11_0000).unwrap_or('\u{fffd}'),
            _ => (b'a' + self.below(26) as u8) as char,
        }
    }

    fn junk(&mut self) -> String {
        let n = self.below(12);
        (0..n).map(|_| self.char()).collect()
    }

    fn value(&mut self, ids: &[&'static str]) -> String {
        match self.below(11) {
            0..=3 => self.pick(VALUES).to_owned(),
            4..=6 => self.pick(ids).to_owned(),
            // An id with a typo or a suffix.
            7 => format!("{}{}", self.pick(ids), self.char()),
            // A month range, in and around the years and months the parser accepts.
            8 => {
                let mut month = || (1990 + self.below(120), self.below(14));
                let ((y1, m1), (y2, m2)) = (month(), month());
                format!("{y1:04}-{m1:02}~{y2:04}-{m2:02}")
            }
            // Hex-ish colours of five to seven digits.
            9 => {
                let n = 5 + self.below(3);
                (0..n)
                    .map(|_| b"0123456789abcdefABCDEFg#"[self.below(24)] as char)
                    .collect()
            }
            _ => self.junk(),
        }
    }

    fn part(&mut self, ids: &[&'static str]) -> String {
        match self.below(9) {
            0..=5 => {
                let k = self.pick(KEYS);
                format!("{k}={}", self.value(ids))
            }
            6 => self.pick(KEYS).to_owned(),
            7 => self.junk(),
            // Very long: past the 40-character quote limit, and sometimes past the 2 KB cut.
            _ => {
                let k = self.pick(KEYS);
                let c = self.char().to_string();
                let n = 30 + self.below(2_200);
                format!("{k}={}", c.repeat(n))
            }
        }
    }

    fn hash(&mut self, ids: &[&'static str]) -> String {
        let prefix = self.pick(&["#", "", "##", "#&", "#?"]);
        let sep = self.pick(&["&", "&", "&", "&&", "&amp;", ";"]);
        let n = self.below(9);
        let parts: Vec<String> = (0..n).map(|_| self.part(ids)).collect();
        format!("{prefix}{}", parts.join(sep))
    }
}

/// Every selectable id: the tables in `DATASET` and those embedded apart.
fn ids() -> Vec<&'static str> {
    DATASET
        .programmes
        .iter()
        .map(|p| p.id)
        .chain(DATASET.provinces.iter().map(|p| p.id))
        .chain(DATASET.regions.iter().map(|r| r.id))
        .chain(PLACES.iter().map(|p| p.id))
        .chain(MILESTONES.iter().map(|m| m.id))
        .chain(UPDATES.iter().map(|u| u.id))
        .chain(CONFLICTS.iter().map(|c| c.id))
        .chain(FIGURES.iter().map(|f| f.id))
        .chain(SCENARIOS.iter().map(|s| s.id))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings_never_panic_and_round_trip(s in proptest::collection::vec(any::<char>(), 0..64).prop_map(String::from_iter)) {
        check(&s);
    }

    #[test]
    fn near_miss_hashes_never_panic_and_round_trip(seed in any::<u64>()) {
        let s = IDS.with(|ids| Gen(seed).hash(ids));
        check(&s);
    }
}

/// Long inputs of every length around the cut, with multi-byte characters straddling it.
#[test]
fn long_hashes_cut_on_a_character_boundary() {
    for n in 2_040..2_060 {
        for filler in ["é", "한", "🙂", "a"] {
            let s = format!("#view=timeline&x={}", filler.repeat(n / filler.len()));
            check(&s);
            check(&format!("#{}", filler.repeat(n)));
        }
    }
}
