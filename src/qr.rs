//! A QR code as a grid of modules and as one SVG path, for the permalink a slide carries
//! (drawn by the app, offline, with Project Nayuki's `qrcodegen`).

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code, in modules, that scanners need (the standard's four).
pub const QUIET: usize = 4;

/// A QR code's modules, row by row, `true` for dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules on a side, without the quiet zone.
    pub size: usize,
    /// `size * size` modules, row by row.
    pub dark: Vec<bool>,
}

impl Qr {
    /// The code for `text` at error correction level M (about 15% of it may be lost),
    /// or `None` if the text is too long for any QR code. The text goes in as UTF-8
    /// bytes, one segment: a link is mostly lower case, which the denser numeric and
    /// alphanumeric modes cannot hold, so their code would be carried for nothing.
    pub fn of(text: &str) -> Option<Qr> {
        let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
        let size = code.size() as usize;
        let dark = (0..size * size)
            .map(|i| code.get_module((i % size) as i32, (i / size) as i32))
            .collect();
        Some(Qr { size, dark })
    }

    /// The side of the drawing, quiet zone included, in modules.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The dark modules as one SVG path in a square of [`Qr::side`] units, one unit a
    /// module, each row's runs of dark modules one rectangle (so no seams between them).
    pub fn path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET, y + QUIET));
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules a path fills, read back from its rectangles.
    fn filled(qr: &Qr) -> Vec<bool> {
        let mut out = vec![false; qr.size * qr.size];
        for rect in qr.path().split('M').filter(|s| !s.is_empty()) {
            let (xy, rest) = rect.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(x >= QUIET && y >= QUIET, "nothing in the quiet zone");
            for i in 0..run {
                out[(y - QUIET) * qr.size + x - QUIET + i] = true;
            }
        }
        out
    }

    #[test]
    fn the_path_fills_exactly_the_dark_modules() {
        let qr = Qr::of("https://example.org/won-atlas/#view=funding&lang=ko").unwrap();
        assert_eq!(filled(&qr), qr.dark);
        assert_eq!(qr.side(), qr.size + 8);
    }

    #[test]
    fn finder_patterns_stand_in_three_corners() {
        let qr = Qr::of("#view=regions").unwrap();
        let n = qr.size;
        for (cx, cy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            // The finder's outer ring is dark, the ring inside it light, its core dark.
            assert!(qr.is_dark(cx, cy) && qr.is_dark(cx + 6, cy + 6));
            assert!(!qr.is_dark(cx + 1, cy + 1) && !qr.is_dark(cx + 5, cy + 5));
            assert!(qr.is_dark(cx + 3, cy + 3));
        }
    }

    #[test]
    fn longer_text_takes_a_larger_code_and_too_long_none() {
        let short = Qr::of("#view=funding").unwrap();
        let long = Qr::of(&format!("https://example.org/{}", "a".repeat(200))).unwrap();
        assert!(long.size > short.size);
        assert!(Qr::of(&"a".repeat(5000)).is_none());
    }
}
