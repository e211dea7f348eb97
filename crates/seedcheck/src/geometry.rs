//! Reads and checks `seeds/geometry/korea-provinces.txt`, the province outlines the
//! regional map draws, and writes them out as Rust statics.
//!
//! The file is made by `scripts/geometry/build.mjs`; this module is why the browser
//! parses nothing: `build.rs` calls [`load`] with the dataset's province ids and
//! [`rust_source`] to embed the result. Errors name the file and line.

use std::fmt::Write as _;
use std::path::Path;

pub use crate::validate::Error;

/// Where the geometry lives inside a seed folder.
pub const FILE: &str = "geometry/korea-provinces.txt";

/// Coordinates are stored in 1/`UNIT` degree.
pub const UNIT: f64 = 1000.0;

/// One province's outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// ISO 3166-2 id, e.g. `KR-11`.
    pub id: String,
    /// English name as the file gives it.
    pub en: String,
    /// Korean name as the file gives it.
    pub ko: String,
    /// Rings (outer rings and holes; even-odd) of absolute (lon, lat) in 1/`UNIT` degree.
    /// Closing is implicit: the last point joins the first.
    pub rings: Vec<Vec<(i32, i32)>>,
    /// Line of the `P` record.
    pub line: u32,
}

/// Every province's outline, in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Geometry {
    /// The provinces.
    pub shapes: Vec<Shape>,
    /// The smallest (lon, lat) of any point: the origin of the embedded offsets.
    pub origin: (i32, i32),
}

impl Geometry {
    /// Number of points over all rings.
    pub fn points(&self) -> usize {
        self.shapes
            .iter()
            .flat_map(|s| &s.rings)
            .map(|r| r.len())
            .sum()
    }
}

fn signed_area(ring: &[(i32, i32)]) -> i64 {
    let n = ring.len();
    let mut a = 0i64;
    for i in 0..n {
        let (x0, y0) = ring[i];
        let (x1, y1) = ring[(i + 1) % n];
        a += x0 as i64 * y1 as i64 - x1 as i64 * y0 as i64;
    }
    a
}

/// Parses and checks the geometry text. `provinces` are the dataset's province ids and
/// English and Korean names: each must appear exactly once, with the same names.
pub fn parse(
    file: &str,
    text: &str,
    provinces: &[(&str, &str, &str)],
) -> Result<Geometry, Vec<Error>> {
    let mut errors = Vec::new();
    let err = |line: u32, what: &str, message: String| Error {
        file: file.to_owned(),
        line,
        what: what.to_owned(),
        message,
    };
    let mut shapes: Vec<Shape> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n as u32 + 1;
        let l = raw.trim_end_matches('\r');
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if let Some(rest) = l.strip_prefix("P ") {
            let (id, names) = rest.split_once(' ').unwrap_or((rest, ""));
            let (en, ko) = names.split_once(" | ").unwrap_or((names, ""));
            if en.is_empty() || ko.is_empty() {
                errors.push(err(
                    line,
                    &format!("province {id:?}"),
                    "write `P <id> <English name> | <Korean name>`".into(),
                ));
            }
            shapes.push(Shape {
                id: id.to_owned(),
                en: en.trim().to_owned(),
                ko: ko.trim().to_owned(),
                rings: Vec::new(),
                line,
            });
        } else if let Some(rest) = l.strip_prefix("R ") {
            let Some(shape) = shapes.last_mut() else {
                errors.push(err(
                    line,
                    "ring",
                    "a ring before any `P` line: rings belong to the province above them".into(),
                ));
                continue;
            };
            let what = format!("province {:?}, ring", shape.id);
            match ring(rest) {
                Ok(r) => shape.rings.push(r),
                Err(messages) => errors.extend(messages.into_iter().map(|m| err(line, &what, m))),
            }
        } else {
            errors.push(err(
                line,
                "line",
                format!(
                    "{:?} is neither a comment, a `P` province line nor an `R` ring line",
                    l.chars().take(30).collect::<String>()
                ),
            ));
        }
    }
    errors.extend(
        check_provinces(&shapes, provinces)
            .into_iter()
            .map(|(line, what, m)| err(line, &what, m)),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let origin = shapes
        .iter()
        .flat_map(|s| s.rings.iter().flatten())
        .fold((i32::MAX, i32::MAX), |(x, y), p| (x.min(p.0), y.min(p.1)));
    Ok(Geometry { shapes, origin })
}

/// One `R` line's ring: points as offsets from the one before, at least three, not
/// closed by hand, with an area, starting in Korea. The error messages, in order, if not.
fn ring(rest: &str) -> Result<Vec<(i32, i32)>, Vec<String>> {
    let mut errors = Vec::new();
    let mut ring: Vec<(i32, i32)> = Vec::new();
    for (k, tok) in rest.split_whitespace().enumerate() {
        let pair = tok
            .split_once(',')
            .and_then(|(a, b)| Some((a.parse::<i32>().ok()?, b.parse::<i32>().ok()?)));
        let Some((dx, dy)) = pair else {
            errors.push(format!(
                "point {} is {tok:?}; write two integers joined by a comma, e.g. 12,-3",
                k + 1
            ));
            return Err(errors);
        };
        let p = match ring.last() {
            Some(&(x, y)) => (x + dx, y + dy),
            None => (dx, dy),
        };
        if k > 0 && (dx, dy) == (0, 0) {
            errors.push(format!("point {} repeats the one before it", k + 1));
        }
        ring.push(p);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if ring.len() < 3 {
        return Err(vec![format!(
            "{} point(s); a ring needs at least 3",
            ring.len()
        )]);
    }
    if ring.first() == ring.last() {
        return Err(vec![
            "the last point repeats the first; rings close implicitly, leave it out".into(),
        ]);
    }
    if signed_area(&ring) == 0 {
        return Err(vec!["the ring has no area".into()]);
    }
    let (lon, lat) = ring[0];
    if !(120_000..=135_000).contains(&lon) || !(30_000..=40_000).contains(&lat) {
        return Err(vec![format!(
            "first point {lon},{lat} is not in Korea (lon 120–135°, lat 30–40°, in 1/1000 degree)"
        )]);
    }
    Ok(ring)
}

/// Each outline's province once, known to the dataset under the same names, with rings;
/// and every province of the dataset outlined. Errors as (line, what, message).
fn check_provinces(
    shapes: &[Shape],
    provinces: &[(&str, &str, &str)],
) -> Vec<(u32, String, String)> {
    let mut errors = Vec::new();
    for (i, s) in shapes.iter().enumerate() {
        let what = format!("province {:?}", s.id);
        if shapes[..i].iter().any(|o| o.id == s.id) {
            errors.push((
                s.line,
                what.clone(),
                "appears twice; each province has one `P` line".into(),
            ));
        }
        match provinces.iter().find(|(id, _, _)| *id == s.id) {
            None => errors.push((
                s.line,
                what.clone(),
                format!(
                    "is not a province of the dataset (regions.toml has {})",
                    provinces.iter().map(|p| p.0).collect::<Vec<_>>().join(", ")
                ),
            )),
            Some((_, en, ko)) if *en != s.en || *ko != s.ko => errors.push((
                s.line,
                what.clone(),
                format!("names {:?} | {:?} differ from regions.toml's {en:?} | {ko:?}; rerun scripts/geometry/build.mjs", s.en, s.ko),
            )),
            _ => {}
        }
        if s.rings.is_empty() {
            errors.push((s.line, what, "has no `R` ring lines".into()));
        }
    }
    for (id, _, _) in provinces {
        if !shapes.iter().any(|s| s.id == *id) {
            errors.push((
                0,
                format!("province {id:?}"),
                "has no outline; rerun scripts/geometry/build.mjs".into(),
            ));
        }
    }
    errors
}

/// Reads `<dir>/geometry/korea-provinces.txt` and checks it against the dataset.
pub fn load(dir: &Path, data: &atlas_model::Dataset) -> Result<Geometry, Vec<Error>> {
    let path = dir.join(FILE);
    let file = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| {
        vec![Error {
            file: file.clone(),
            line: 0,
            what: "geometry".into(),
            message: format!("cannot be read ({e}); make it with: node scripts/geometry/build.mjs"),
        }]
    })?;
    let provinces: Vec<(&str, &str, &str)> = data
        .provinces
        .iter()
        .map(|p| (p.id, p.name.en, p.name.ko.get().unwrap_or_default()))
        .collect();
    parse(&file, &text, &provinces)
}

/// A ring packed as the app embeds it ([`atlas_model::packed`]): points relative to the
/// origin, as zigzag varint differences.
pub fn packed_ring(g: &Geometry, ring: &[(i32, i32)]) -> Vec<u8> {
    let rel: Vec<(i32, i32)> = ring
        .iter()
        .map(|(x, y)| (x - g.origin.0, y - g.origin.1))
        .collect();
    atlas_model::packed::pack_ring(&rel)
}

/// The bytes the embedded geometry takes in the program's data: the packed rings, 8 a
/// ring slice and 16 a province record (id and rings).
pub fn embedded_bytes(g: &Geometry) -> Vec<u8> {
    let mut out = Vec::new();
    for s in &g.shapes {
        out.extend(s.id.as_bytes());
        out.extend([0u8; 16]);
    }
    for r in g.shapes.iter().flat_map(|s| &s.rings) {
        out.extend([0u8; 8]);
        out.extend(packed_ring(g, r));
    }
    out
}

/// Rust source defining `ORIGIN`, `UNIT` and `PROVINCE_SHAPES`, for `include!` in a
/// module that defines `ProvinceShape { id, rings }`.
pub fn rust_source(g: &Geometry) -> String {
    let mut s = String::new();
    s.push_str("// Generated by build.rs from seeds/geometry/korea-provinces.txt. Do not edit.\n");
    let _ = writeln!(
        s,
        "/// The smallest (lon, lat) of any point, in 1/{UNIT} degree: points are offsets from it,\n/// packed per ring (see `atlas_model::packed`).\npub const ORIGIN: (i32, i32) = ({}, {});",
        g.origin.0, g.origin.1
    );
    let _ = writeln!(s, "/// Points per degree.\npub const UNIT: f64 = {UNIT:?};");
    s.push_str(
        "/// Every province's outline.\npub static PROVINCE_SHAPES: &[ProvinceShape] = &[\n",
    );
    for shape in &g.shapes {
        let _ = write!(s, "ProvinceShape {{ id: {:?}, rings: &[", shape.id);
        for r in &shape.rings {
            s.push_str("b\"");
            for b in packed_ring(g, r) {
                let _ = write!(s, "\\x{b:02x}");
            }
            s.push_str("\",");
        }
        s.push_str("] },\n");
    }
    s.push_str("];\n");
    s
}
