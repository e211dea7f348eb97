//! The dataset's Korean text, kept out of the app's code.
//!
//! An English reader sees few of the Korean texts (the names beside the English ones),
//! yet all of them together would be a large part of the wasm's gzipped bytes (figures
//! in docs/performance.md). So a [`Text`](crate::Text) holds its Korean as [`Ko`], a
//! number: its line in the dataset's Korean text, one text per line. The app keeps the names' lines and fetches
//! the rest, the *Korean pack*, when a reader first wants Korean. The pack ends with the
//! interface's Korean strings (`strings::KO`), which the app reads by key. A line not yet
//! [`install`]ed or [`append`]ed reads as `None`.
//!
//! The build-time checker, which reads the seed files, registers each Korean text with
//! [`Ko::new`] instead; `codegen` then numbers them afresh in the pack's order.

use std::sync::RwLock;

/// Where a Korean text stands in the Korean pack (its line, from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ko(u32);

/// The texts the numbers point at: the installed pack's lines, or the checker's texts.
static TEXTS: RwLock<Vec<&'static str>> = RwLock::new(Vec::new());

impl Ko {
    /// The text on line `line` of the pack (what generated code writes).
    pub const fn at(line: u32) -> Ko {
        Ko(line)
    }

    /// Registers a text and returns its number (the checker's way in).
    pub fn new(text: &'static str) -> Ko {
        let mut texts = TEXTS.write().unwrap_or_else(|e| e.into_inner());
        texts.push(text);
        Ko(texts.len() as u32 - 1)
    }

    /// The line this points at.
    pub fn line(self) -> u32 {
        self.0
    }

    /// The Korean text, once a pack is installed (or the checker registered it).
    pub fn get(self) -> Option<&'static str> {
        let texts = TEXTS.read().unwrap_or_else(|e| e.into_inner());
        texts.get(self.0 as usize).copied()
    }
}

/// Makes `pack`'s lines the Korean texts from line 0, replacing any before.
pub fn install(pack: &'static str) {
    *TEXTS.write().unwrap_or_else(|e| e.into_inner()) = pack.split('\n').collect();
}

/// Adds `pack`'s lines after those there; returns how many there are now.
pub fn append(pack: &'static str) -> usize {
    let mut texts = TEXTS.write().unwrap_or_else(|e| e.into_inner());
    texts.extend(pack.split('\n'));
    texts.len()
}

/// How many lines can be read.
pub fn lines() -> usize {
    TEXTS.read().unwrap_or_else(|e| e.into_inner()).len()
}

/// FNV-1a, 64 bits: the pack's fingerprint, in its file name and checked on arrival,
/// so a page never shows another build's Korean (a stale cache, or a host that answers
/// a missing file with its home page).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Held by every test that registers texts, so tests running in parallel cannot
/// interleave their numbers.
#[cfg(test)]
pub(crate) static REGISTRY: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_the_installed_pack_and_nothing_else() {
        let _one_at_a_time = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
        TEXTS.write().unwrap_or_else(|e| e.into_inner()).clear();
        assert_eq!(Ko::at(0).get(), None);
        assert_eq!(lines(), 0);
        let a = Ko::new("가");
        let b = Ko::new("나다");
        assert_eq!((a.line(), b.line()), (0, 1));
        assert_eq!(b.get(), Some("나다"));
        install("하나\n둘");
        assert_eq!((Ko::at(1).get(), Ko::at(2).get()), (Some("둘"), None));
        assert_eq!(append("셋\n"), 4);
        assert_eq!(Ko::at(2).get(), Some("셋"));
        assert_eq!(Ko::at(3).get(), Some(""));
        assert_eq!(Ko::at(4).get(), None);
    }

    #[test]
    fn fingerprint_is_fnv1a() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fingerprint(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
