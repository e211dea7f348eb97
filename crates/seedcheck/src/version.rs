//! The dataset's version: a date and a content hash, written into every export so a
//! graphics desk can tell whether its copy is current.
//!
//! The hash is the first 16 hex digits of a SHA-256 over every file at the top of the
//! seed folder (the report, the TOML tables, the later reports), each as its name, its
//! length and its bytes, in name order: any change to any of them changes it. The date is
//! the newest day the later reports date an event to (what the dataset last records); a
//! dataset without one takes the month the initiative launched.

use atlas_model::format::iso_ymd as iso;
use atlas_model::Dataset;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The dataset's version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// ISO 8601, at the precision the dataset gives it (`2026-03-10`).
    pub date: String,
    /// 16 lowercase hex digits.
    pub hash: String,
}

/// The hash of `(name, bytes)` files, in name order whatever order they come in.
pub fn content_hash(files: &[(String, Vec<u8>)]) -> String {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut h = Sha256::new();
    for (name, bytes) in sorted {
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    }
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The dataset's date: the newest event of the later reports given to the day, else the
/// initiative's launch.
pub fn date(data: &Dataset) -> String {
    data.updates
        .iter()
        .flat_map(|u| u.events.iter())
        .filter(|e| e.date.end.is_none() && e.date.start.day.is_some())
        .map(|e| e.date.start)
        .max()
        .map_or_else(|| iso(data.initiative.launched.start), iso)
}

/// The version of the dataset loaded from `dir`.
pub fn version(dir: &Path, data: &Dataset) -> std::io::Result<Version> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, std::fs::read(&path)?));
        }
    }
    Ok(Version {
        date: date(data),
        hash: content_hash(&files),
    })
}

/// The dataset's JSON (`to_json`, an object) with the version as its first member,
/// `"version": {"date": …, "hash": …}`.
pub fn json_with(json: &str, v: &Version) -> String {
    let body = json.trim_start().strip_prefix('{').unwrap_or(json);
    format!(
        "{{\n  \"version\": {{ \"date\": {:?}, \"hash\": {:?} }},{body}",
        v.date, v.hash
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<(String, Vec<u8>)> {
        vec![
            (
                "programmes.toml".into(),
                b"[[programme]]\nid = \"a\"\n".to_vec(),
            ),
            ("report.txt".into(), b"The report.".to_vec()),
        ]
    }

    #[test]
    fn the_hash_changes_with_any_byte_or_name_and_not_with_order() {
        let base = content_hash(&files());
        assert_eq!(base.len(), 16);
        assert!(base
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        let mut reversed = files();
        reversed.reverse();
        assert_eq!(content_hash(&reversed), base);
        let mut edited = files();
        edited[0].1[17] = b'b';
        assert_ne!(content_hash(&edited), base);
        let mut renamed = files();
        renamed[1].0 = "report2.txt".into();
        assert_ne!(content_hash(&renamed), base);
        // Bytes moved from one file's end to the next file's start are a change too.
        let moved = vec![
            (
                "programmes.toml".into(),
                b"[[programme]]\nid = \"a\"".to_vec(),
            ),
            ("report.txt".into(), b"\nThe report.".to_vec()),
        ];
        assert_ne!(content_hash(&moved), base);
    }

    #[test]
    fn the_json_export_names_its_version_first() {
        let v = Version {
            date: "2026-03-10".into(),
            hash: "0123456789abcdef".into(),
        };
        let json = json_with("{\n  \"initiative\": {\n    \"a\": 1\n  }\n}", &v);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["version"]["date"], "2026-03-10");
        assert_eq!(parsed["version"]["hash"], "0123456789abcdef");
        assert_eq!(parsed["initiative"]["a"], 1);
        assert!(json.find("\"version\"") < json.find("\"initiative\""));
    }

    #[test]
    fn the_seeds_version_is_their_newest_dated_event_and_a_hash_of_the_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let data = crate::load(&dir).expect("the seeds load");
        let v = version(&dir, &data).unwrap();
        let newest = data
            .updates
            .iter()
            .flat_map(|u| u.events.iter())
            .filter(|e| e.date.start.day.is_some() && e.date.end.is_none())
            .map(|e| iso(e.date.start))
            .max()
            .unwrap();
        assert_eq!(v.date, newest);
        assert_eq!(v.date.len(), 10);
        // Copying the folder and changing one seed changes the hash.
        let tmp = std::env::temp_dir().join(format!("seedcheck-version-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).unwrap();
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                std::fs::copy(&p, tmp.join(p.file_name().unwrap())).unwrap();
            }
        }
        assert_eq!(version(&tmp, &data).unwrap().hash, v.hash);
        let f = tmp.join("initiative.toml");
        let text = std::fs::read_to_string(&f).unwrap();
        std::fs::write(
            &f,
            text.replace("30 leading projects", "30  leading projects"),
        )
        .unwrap();
        let changed = version(&tmp, &data).unwrap().hash;
        std::fs::remove_dir_all(&tmp).unwrap();
        assert_ne!(changed, v.hash);
    }
}
