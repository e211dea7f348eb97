//! Checks the seed files and embeds them as Rust statics, so the browser parses nothing.
//!
//! Bad data stops the build here, with the file, the line and the field of each error.
//! `WON_ATLAS_SEEDS` points at another seed folder (a newsroom's own, or a test fixture).

use std::path::{Path, PathBuf};

/// The app's own geometry (`src/geo.rs`: projection, pole of inaccessibility), for the
/// province label points worked out here.
#[path = "src/geo.rs"]
#[allow(dead_code)]
mod geo;

fn main() {
    let dir = std::env::var("WON_ATLAS_SEEDS").unwrap_or_else(|_| "seeds".into());
    println!("cargo:rerun-if-env-changed=WON_ATLAS_SEEDS");
    println!("cargo:rerun-if-changed={dir}");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
    }
    match seedcheck::load(Path::new(&dir)) {
        Ok(data) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            // The Korean pack is written here for native builds and tests, which embed it;
            // the wasm fetches it (`seedcheck ko` puts it in dist/, src/data/korean.rs).
            let generated = atlas_model::codegen::generate(&data);
            std::fs::write(out.join("dataset.rs"), &generated.rust).expect("OUT_DIR is writable");
            std::fs::write(out.join("ko.txt"), &generated.ko_pack).expect("OUT_DIR is writable");
            // The dataset's version (a date and a hash of the seed files), for the exports.
            let version = seedcheck::version::version(Path::new(&dir), &data).unwrap_or_else(|e| {
                eprintln!("The seed folder {dir}/ cannot be read for the dataset's version: {e}");
                std::process::exit(1);
            });
            std::fs::write(
                out.join("version.rs"),
                format!(
                    "/// The dataset's version: its date and the hash of its seed files.\npub const DATASET_VERSION: (&str, &str) = ({:?}, {:?});\n",
                    version.date, version.hash
                ),
            )
            .expect("OUT_DIR is writable");
            // The regional map's province outlines, checked against the dataset's provinces.
            let geo = Path::new(&dir).join(seedcheck::geometry::FILE);
            println!("cargo:rerun-if-changed={}", geo.display());
            match seedcheck::geometry::load(Path::new(&dir), &data) {
                Ok(g) => {
                    std::fs::write(
                        out.join("geometry.rs"),
                        seedcheck::geometry::rust_source(&g),
                    )
                    .expect("OUT_DIR is writable");
                    println!("cargo:rerun-if-changed=src/geo.rs");
                    std::fs::write(out.join("label_points.rs"), label_points(&g))
                        .expect("OUT_DIR is writable");
                }
                Err(errors) => {
                    eprintln!(
                        "The province outlines in {} have {} error(s):",
                        geo.display(),
                        errors.len()
                    );
                    for e in &errors {
                        eprintln!("  {e}");
                    }
                    eprintln!("Remake the file with: node scripts/geometry/build.mjs");
                    std::process::exit(1);
                }
            }
        }
        Err(errors) => {
            eprintln!(
                "The Won Atlas dataset in {dir}/ has {} error(s):",
                errors.len()
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!("Fix them (the schema is in seeds/README.md), or run: cargo run -q -p seedcheck -- check {dir}");
            std::process::exit(1);
        }
    }
}

/// Each province's label point, a pole of inaccessibility of its projected outline, and
/// the room around it, as Rust source (`LABEL_POINTS`, read by the regional map). The grid
/// search takes tens of milliseconds in the browser, where a link to the map would wait
/// for it before its first draw; here it runs once per build, on the same code and the
/// same points (a native test holds the two to each other).
fn label_points(g: &seedcheck::geometry::Geometry) -> String {
    use std::fmt::Write;
    let unit = seedcheck::geometry::UNIT;
    let mut s = String::from(
        "/// Each province's label point in projected degrees and the room around it\n\
         /// (worked out by build.rs with `geo::pole`).\n\
         pub static LABEL_POINTS: &[(&str, (f64, f64), f64)] = &[\n",
    );
    for shape in &g.shapes {
        let rings: Vec<Vec<(f64, f64)>> = shape
            .rings
            .iter()
            .map(|r| {
                r.iter()
                    .map(|&(x, y)| geo::project_deg(f64::from(x) / unit, f64::from(y) / unit))
                    .collect()
            })
            .collect();
        let ((x, y), room) = geo::pole(&rings);
        let _ = writeln!(s, "({:?}, ({x:?}, {y:?}), {room:?}),", shape.id);
    }
    s.push_str("];\n");
    s
}
