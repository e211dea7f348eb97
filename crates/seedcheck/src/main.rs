//! `seedcheck check DIR` validates the seed files; `seedcheck json DIR` prints them as JSON
//! (with the dataset's version first: src/version.rs);
//! `seedcheck noscript DIR` prints the HTML index.html shows without JavaScript (English,
//! with a link to the Korean text page); `seedcheck noscript-ko DIR STYLESHEET` prints that
//! page (ko.html), linking the site's stylesheet; `seedcheck noscript-inline DIR` prints
//! both languages in one fragment, for the offline single file;
//! `seedcheck ko DIR DEST` writes the Korean pack into DEST and prints its file name;
//! `seedcheck panel` prints the error panel's strings for index.html's script.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["panel"] {
        println!("{}", seedcheck::panel::text());
        return ExitCode::SUCCESS;
    }
    let (cmd, dir, dest) = match args.as_slice() {
        [cmd, dir] if ["check", "json", "noscript", "noscript-inline"].contains(&cmd.as_str()) => {
            (cmd.as_str(), dir.as_str(), None)
        }
        [cmd, dir, dest] if cmd == "ko" || cmd == "noscript-ko" => {
            (cmd.as_str(), dir.as_str(), Some(dest))
        }
        _ => {
            eprintln!("usage: seedcheck check DIR | seedcheck json DIR | seedcheck noscript DIR | seedcheck noscript-ko DIR STYLESHEET | seedcheck noscript-inline DIR | seedcheck ko DIR DEST | seedcheck panel");
            return ExitCode::from(2);
        }
    };
    match seedcheck::load(Path::new(dir)) {
        Ok(data) if cmd == "ko" => {
            let g = atlas_model::codegen::generate(&data);
            let file = Path::new(dest.expect("ko has a DEST")).join(&g.ko_file);
            if let Err(e) = std::fs::write(&file, &g.ko_pack) {
                eprintln!("seedcheck ko: cannot write {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
            println!("{}", g.ko_file);
            ExitCode::SUCCESS
        }
        Ok(data) if cmd == "noscript" => {
            print!("{}", seedcheck::noscript::fragment(&data));
            ExitCode::SUCCESS
        }
        Ok(data) if cmd == "noscript-inline" => {
            print!("{}", seedcheck::noscript::fragment_inline(&data));
            ExitCode::SUCCESS
        }
        Ok(data) if cmd == "noscript-ko" => {
            let stylesheet = dest.expect("noscript-ko has a STYLESHEET");
            print!("{}", seedcheck::noscript::korean_page(&data, stylesheet));
            ExitCode::SUCCESS
        }
        Ok(data) if cmd == "json" => match seedcheck::version::version(Path::new(dir), &data) {
            Ok(v) => {
                let json = seedcheck::to_json(&data);
                println!("{}", seedcheck::version::json_with(&json, &v));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("seedcheck json: {dir} cannot be read for the dataset's version: {e}");
                ExitCode::FAILURE
            }
        },
        Ok(data) => {
            println!(
                "{dir}: ok: {} programmes, {} targets, {} milestones, {} provinces, {} regions, {} places, {} actors, {} figures, {} conflicts, {} updates, {} steps",
                data.programmes.len(),
                data.targets.len(),
                data.milestones.len(),
                data.provinces.len(),
                data.regions.len(),
                data.places.len(),
                data.actors.len(),
                data.figures.len(),
                data.conflicts.len(),
                data.updates.len(),
                data.steps.len()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{dir}: {} error(s)", errors.len());
            ExitCode::FAILURE
        }
    }
}
