//! Checks the seed files and embeds them as Rust statics, so the browser parses nothing.
//!
//! Bad data stops the build here, with the file, the line and the field of each error.
//! `WON_ATLAS_SEEDS` points at another seed folder (a newsroom's own, or a test fixture).

use std::path::{Path, PathBuf};

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
                Ok(g) => std::fs::write(
                    out.join("geometry.rs"),
                    seedcheck::geometry::rust_source(&g),
                )
                .expect("OUT_DIR is writable"),
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
