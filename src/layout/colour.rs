//! Colours, and the WCAG contrast rule every label on a fill must meet.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(&self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio with another colour (1–21).
    pub fn contrast(&self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// `x^2.4` for `x` in (0, 1]: `x²` times the fifth root of `x²`, the root by Newton's
/// method from 1, which comes down to it from above and stops when a step does not lower
/// it. Written out because `powf` would link libm's `pow` into the first load for this one
/// caller (docs/performance.md has the measured size); the tests hold it to `powf`.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0_f64;
    loop {
        let y2 = y * y;
        let next = (4.0 * y + a / (y2 * y2)) / 5.0;
        if next >= y {
            return a * y;
        }
        y = next;
    }
}

/// Page ink.
pub const INK: Rgb = Rgb(0x1a, 0x1d, 0x24);
/// Secondary ink.
pub const INK_SOFT: Rgb = Rgb(0x4a, 0x51, 0x60);
/// Page background.
pub const PAPER: Rgb = Rgb(0xff, 0xff, 0xff);
/// Rules and gridlines.
pub const RULE: Rgb = Rgb(0xd5, 0xda, 0xe2);
/// The edge of a fill that stands under 3:1 from the paper: 3:1 from both themes'
/// papers (src/layout/theme.rs).
pub const EDGE: Rgb = Rgb(0x7c, 0x82, 0x8c);
/// The dark theme's chart card (the stylesheet's `--paper-soft` there).
pub const DARK_PAPER: Rgb = Rgb(0x1d, 0x22, 0x2b);
/// Focus ring (matches the CSS focus outline).
pub const FOCUS: Rgb = Rgb(0xc2, 0x41, 0x0c);

/// The outline `fill` needs to stand 3:1 from the paper (non-text contrast): an
/// [`EDGE`] where the fill alone does not. (On the dark card, src/layout/theme.rs gives
/// each fill that needs one its edge.)
pub fn edge(fill: Rgb) -> Option<(Rgb, f64)> {
    (fill.contrast(PAPER) < 3.0).then_some((EDGE, 1.0))
}

/// The ink with the most contrast on `fill`: page ink or white.
pub fn ink_on(fill: Rgb) -> Rgb {
    if fill.contrast(INK) >= fill.contrast(PAPER) {
        INK
    } else {
        PAPER
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_is_powf() {
        // Every channel value the luminance raises, and a few more.
        for c in (11..=255)
            .map(|c| (c as f64 / 255.0 + 0.055) / 1.055)
            .chain([1e-3, 0.5, 1.0])
        {
            let (got, want) = (pow_2_4(c), c.powf(2.4));
            assert!((got - want).abs() <= want * 1e-14, "{c}: {got} {want}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            failure_persistence: None,
            ..proptest::test_runner::Config::default()
        })]
        /// Any x in (0, 1]: within 1e-14 (relative) of `powf(2.4)`.
        #[test]
        fn pow_2_4_is_powf_anywhere(x in 1e-9f64..=1.0) {
            let (got, want) = (pow_2_4(x), x.powf(2.4));
            proptest::prop_assert!((got - want).abs() <= want * 1e-14, "{x}: {got} {want}");
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((PAPER.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((PAPER.contrast(PAPER) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((PAPER.contrast(Rgb(0x76, 0x76, 0x76)) - 4.54).abs() < 0.01);
    }

    #[test]
    fn page_inks_meet_aa() {
        assert!(INK.contrast(PAPER) >= 4.5);
        assert!(INK_SOFT.contrast(PAPER) >= 4.5);
        assert!(FOCUS.contrast(PAPER) >= 3.0, "focus rings need 3:1");
    }
}
