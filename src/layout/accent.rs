//! The named accent colours a link or a host page may choose (`accent=teal`): each has a
//! value for the light theme and one for the dark. The accent marks selections, the
//! selected tab, links and pressed buttons, so each value reads as text on its theme's
//! page (4.5:1), stands 3:1 from the chart card, and carries the theme's button ink
//! (white on the light value, near-black on the dark) at 4.5:1. The hues come from
//! palettes made for colour-blind readers (blue, blue-green, violet: none of them leans on
//! telling red from green), and the tests hold the contrasts under simulated protanopia,
//! deuteranopia and tritanopia too.

use super::colour::Rgb;
use crate::state::Accent;

/// An accent's (light theme, dark theme) values; `None` for the default, which is the
/// stylesheet's own (`--accent` in styles/main.css).
pub fn accent_colours(a: Accent) -> Option<(Rgb, Rgb)> {
    match a {
        Accent::Default => None,
        Accent::Blue => Some((Rgb(0x1a, 0x4f, 0x8b), Rgb(0x56, 0xb4, 0xe9))),
        Accent::Teal => Some((Rgb(0x00, 0x79, 0x6b), Rgb(0x4d, 0xa6, 0xbc))),
        Accent::Purple => Some((Rgb(0x6a, 0x3d, 0x9a), Rgb(0xb9, 0x9a, 0xf6))),
    }
}

/// The inline style that sets the page's accent for `a` in the light or dark theme, if
/// it is not the stylesheet's.
pub fn accent_style(a: Accent, dark: bool) -> Option<String> {
    accent_colours(a).map(|(light, night)| {
        let c = if dark { night } else { light };
        format!("--accent: {}", c.hex())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::colour::{DARK_PAPER, FOCUS, PAPER};

    /// The stylesheet's page colours (styles/main.css): the light theme's soft paper, the
    /// dark theme's page and its button ink.
    const SOFT_PAPER: Rgb = Rgb(0xf3, 0xf5, 0xf8);
    const DARK_PAGE: Rgb = Rgb(0x12, 0x15, 0x1b);
    const DARK_BUTTON_INK: Rgb = Rgb(0x0b, 0x0d, 0x11);
    /// The stylesheet's default accent in each theme.
    const DEFAULT: (Rgb, Rgb) = (Rgb(0x0b, 0x57, 0xb0), Rgb(0x5b, 0x9c, 0xf0));
    /// The dark theme's focus colour (the stylesheet's, and src/layout/theme.rs's).
    const DARK_FOCUS: Rgb = Rgb(0xff, 0xb3, 0x7a);

    /// Every accent's two values, the default's as the stylesheet writes them.
    fn all() -> Vec<(&'static str, Rgb, Rgb)> {
        Accent::ALL
            .into_iter()
            .map(|a| {
                let (l, d) = accent_colours(a).unwrap_or(DEFAULT);
                (a.name(), l, d)
            })
            .collect()
    }

    /// Machado, Oliveira and Fernandes (2009), full severity, on linear RGB.
    const PROTAN: [[f64; 3]; 3] = [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ];
    const DEUTAN: [[f64; 3]; 3] = [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ];
    const TRITAN: [[f64; 3]; 3] = [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ];

    /// `c` as a reader with the deficiency `m` sees it.
    fn simulate(c: Rgb, m: &[[f64; 3]; 3]) -> Rgb {
        let lin = |v: u8| {
            let v = v as f64 / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let enc = |v: f64| {
            let v = v.clamp(0.0, 1.0);
            let s = if v <= 0.003_130_8 {
                v * 12.92
            } else {
                1.055 * v.powf(1.0 / 2.4) - 0.055
            };
            (s * 255.0).round() as u8
        };
        let x = [lin(c.0), lin(c.1), lin(c.2)];
        let row = |r: [f64; 3]| enc(r[0] * x[0] + r[1] * x[1] + r[2] * x[2]);
        Rgb(row(m[0]), row(m[1]), row(m[2]))
    }

    fn distance(a: Rgb, b: Rgb) -> f64 {
        let d = |x: u8, y: u8| (x as f64 - y as f64).powi(2);
        (d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)).sqrt()
    }

    #[test]
    fn every_accent_reads_in_both_themes() {
        for (name, light, dark) in all() {
            for (what, c, ground, ratio) in [
                ("light on paper", light, PAPER, 4.5),
                ("light on soft paper", light, SOFT_PAPER, 4.5),
                ("white on light", PAPER, light, 4.5),
                ("dark on the dark page", dark, DARK_PAGE, 4.5),
                ("dark on the dark card", dark, DARK_PAPER, 3.0),
                ("button ink on dark", DARK_BUTTON_INK, dark, 4.5),
            ] {
                let got = c.contrast(ground);
                assert!(got >= ratio, "{name}: {what} is {got:.2}:1");
            }
        }
    }

    /// A colour-blind reader still sees the accent against each theme's page, and still
    /// tells it from the focus colour it sits beside.
    #[test]
    fn every_accent_holds_for_colour_blind_readers() {
        for (name, light, dark) in all() {
            for (kind, m) in [
                ("protan", &PROTAN),
                ("deutan", &DEUTAN),
                ("tritan", &TRITAN),
            ] {
                let (l, d) = (simulate(light, m), simulate(dark, m));
                let on_paper = l.contrast(simulate(PAPER, m));
                let on_dark = d.contrast(simulate(DARK_PAGE, m));
                assert!(on_paper >= 3.0, "{name} {kind}: {on_paper:.2}:1 on paper");
                assert!(
                    on_dark >= 3.0,
                    "{name} {kind}: {on_dark:.2}:1 on the dark page"
                );
                let apart =
                    distance(l, simulate(FOCUS, m)).min(distance(d, simulate(DARK_FOCUS, m)));
                assert!(
                    apart >= 80.0,
                    "{name} {kind}: {apart:.0} from the focus colour"
                );
            }
        }
    }

    #[test]
    fn the_default_is_the_stylesheets_and_the_others_set_their_own() {
        let css = include_str!("../../styles/main.css");
        assert!(css.contains(&format!("--accent: {};", DEFAULT.0.hex())));
        assert!(css.contains(&format!("--accent: {};", DEFAULT.1.hex())));
        assert_eq!(accent_style(Accent::Default, true), None);
        for a in [Accent::Blue, Accent::Teal, Accent::Purple] {
            let (l, d) = accent_colours(a).unwrap();
            assert_eq!(
                accent_style(a, false),
                Some(format!("--accent: {}", l.hex()))
            );
            assert_eq!(
                accent_style(a, true),
                Some(format!("--accent: {}", d.hex()))
            );
            assert!(
                distance(l, DEFAULT.0) >= 40.0,
                "{} is not the default",
                a.name()
            );
        }
    }
}
