//! WCAG 2 contrast for label colours, so a user choosing a colour is warned when its underline or its
//! name would be hard to see.
//!
//! How the app uses a label's colour (`style.css`): the highlight's **underline** and the **tint**
//! behind highlighted words, the **label name** written in that colour in the side panel (the
//! `.badge`), and the border of the label's button. So two things matter against the page:
//! the underline is a graphic that must reach 3:1 (WCAG 1.4.11, non-text contrast), and the name is
//! text that must reach 4.5:1 (WCAG 1.4.3, AA). The tint is mixed at 14–16 % into the page, so the
//! article's own ink stays far above 4.5:1 on it whatever the colour; it is not checked.

/// The light theme's page, and the dark theme's.
pub const LIGHT_BACKGROUND: &str = "#ffffff";
pub const DARK_BACKGROUND: &str = "#1a1a1a";

/// WCAG AA: normal text, and graphics such as an underline.
pub const AA_TEXT: f64 = 4.5;
pub const AA_NON_TEXT: f64 = 3.0;

/// `#rrggbb` as three bytes; `None` for anything else.
pub fn parse_hex(color: &str) -> Option<[u8; 3]> {
    let hex = color.strip_prefix('#').filter(|h| h.len() == 6)?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2 relative luminance of an sRGB colour, from 0 (black) to 1 (white).
pub fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let linear = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// The contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white); the order
/// does not matter. `None` when either is not `#rrggbb`.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (
        relative_luminance(parse_hex(a)?),
        relative_luminance(parse_hex(b)?),
    );
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// The themes a label colour is checked against: name and page colour.
pub const THEMES: [(&str, &str); 2] = [("light", LIGHT_BACKGROUND), ("dark", DARK_BACKGROUND)];

/// A label colour against one page colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContrastCheck {
    pub ratio: f64,
}

impl ContrastCheck {
    /// Readable as the label's name (4.5:1).
    pub fn text_ok(&self) -> bool {
        self.ratio >= AA_TEXT
    }

    /// Visible as the highlight's underline (3:1).
    pub fn underline_ok(&self) -> bool {
        self.ratio >= AA_NON_TEXT
    }
}

/// The colour against a page colour; `None` when either is not `#rrggbb`.
pub fn check_label_color(color: &str, background: &str) -> Option<ContrastCheck> {
    Some(ContrastCheck {
        ratio: contrast_ratio(color, background)?,
    })
}

/// A sentence saying what falls short when the label colour is used on this page, or `None` when
/// it meets AA (4.5:1, so the underline's 3:1 too).
///
/// Check against the page of the theme in use: no colour reaches 4.5:1 on both `#ffffff` and
/// `#1a1a1a` (it would need a luminance at most 0.183 for one and at least 0.221 for the other), so
/// a dark theme needs its own label colours.
pub fn label_color_warning(color: &str, background: &str) -> Option<String> {
    let Some(check) = check_label_color(color, background) else {
        return Some(format!(
            "\"{color}\" is not a #rrggbb colour, so its contrast cannot be checked."
        ));
    };
    if check.text_ok() {
        return None;
    }
    // Two decimals, rounded down, so a failing 4.497 never reads "4.50".
    let ratio = (check.ratio * 100.0).floor() / 100.0;
    let what = if check.underline_ok() {
        "its underline is visible (3:1), but its name in the side panel is hard to read (text needs 4.5:1)"
    } else {
        "both its underline (needs 3:1) and its name in the side panel (needs 4.5:1) are hard to see"
    };
    Some(format!(
        "On a {background} page this colour has a contrast of {ratio:.2}:1: {what}."
    ))
}

/// The app's two themes, as its style sheet draws a label's colour on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// The page (the style sheet's `--paper`).
    pub fn paper(self) -> &'static str {
        match self {
            Theme::Light => "#fffdf8",
            Theme::Dark => "#1c1917",
        }
    }

    /// The colour a label of colour `color` is drawn in: its own on the light page; on the dark
    /// one mixed half and half with white (the style sheet's `--kN`). `None` if not `#rrggbb`.
    pub fn shown(self, color: &str) -> Option<String> {
        let rgb = parse_hex(color)?;
        Some(match self {
            Theme::Light => color.to_string(),
            Theme::Dark => {
                let mix = |v: u8| ((u16::from(v) + 255 + 1) / 2) as u8;
                format!("#{:02x}{:02x}{:02x}", mix(rgb[0]), mix(rgb[1]), mix(rgb[2]))
            }
        })
    }
}

/// The warning for a label colour as the user sees it, in `theme`: against that theme's page, in
/// the form that theme draws it.
pub fn label_warning(color: &str, theme: Theme) -> Option<String> {
    let Some(shown) = theme.shown(color) else {
        return label_color_warning(color, theme.paper());
    };
    let warning = label_color_warning(&shown, theme.paper())?;
    Some(match theme {
        Theme::Light => warning,
        Theme::Dark => format!("In the dark theme (where it is drawn lighter, {shown}): {warning}"),
    })
}

/// [`label_color_warning`] for each of [`THEMES`]: `(theme, warning)` where one falls short.
pub fn label_color_warnings(color: &str) -> Vec<(&'static str, String)> {
    THEMES
        .iter()
        .filter_map(|(theme, bg)| label_color_warning(color, bg).map(|w| (*theme, w)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: the label editor checked every colour against the light page, whatever the
    /// theme the user saw.
    #[test]
    fn the_warning_follows_the_theme_in_use() {
        assert_eq!(
            label_warning("#000000", Theme::Light),
            None,
            "black on the light page"
        );
        let dark = label_warning("#000000", Theme::Dark).expect("drawn mid-grey on the dark page");
        assert!(
            dark.contains("dark theme") && dark.contains("#808080"),
            "{dark}"
        );
        assert!(
            label_warning("#fde68a", Theme::Light).is_some(),
            "pale yellow on the light page"
        );
        assert_eq!(label_warning("#fde68a", Theme::Dark), None);
        assert_eq!(Theme::Dark.shown("#c2410c").as_deref(), Some("#e1a086"));
    }

    fn ratio(a: &str, b: &str) -> f64 {
        (contrast_ratio(a, b).unwrap() * 100.0).round() / 100.0
    }

    #[test]
    fn ratios_match_known_values() {
        assert_eq!(ratio("#000000", "#ffffff"), 21.0);
        assert_eq!(ratio("#ffffff", "#000000"), 21.0, "order does not matter");
        assert_eq!(ratio("#777777", "#777777"), 1.0);
        // #767676 is the lightest grey that passes AA on white (4.54:1).
        assert_eq!(ratio("#767676", "#ffffff"), 4.54);
        assert_eq!(ratio("#777777", "#ffffff"), 4.48);
        // Pure red on white: 4.00 (a common example).
        assert_eq!(ratio("#FF0000", "#ffffff"), 4.0);
        assert_eq!(contrast_ratio("red", "#ffffff"), None);
        assert_eq!(contrast_ratio("#fff", "#ffffff"), None);
    }

    #[test]
    fn the_default_colours_pass_on_the_light_page() {
        for c in ["#c2410c", "#1d4ed8", "#7e22ce"] {
            assert_eq!(label_color_warning(c, LIGHT_BACKGROUND), None, "{c}");
            let dark = check_label_color(c, DARK_BACKGROUND).unwrap();
            assert!(!dark.text_ok(), "{c} on #1a1a1a: {}", dark.ratio);
        }
        let w = label_color_warnings("#1d4ed8");
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].0, "dark");
        assert!(
            w[0].1
                .starts_with("On a #1a1a1a page this colour has a contrast of 2."),
            "{w:?}"
        );
    }

    #[test]
    fn no_colour_passes_text_contrast_on_both_pages() {
        for v in (0..=255u8).step_by(3) {
            for c in [
                format!("#{v:02x}{v:02x}{v:02x}"),
                format!("#{v:02x}0000"),
                format!("#00{v:02x}ff"),
            ] {
                assert!(!label_color_warnings(&c).is_empty(), "{c}");
            }
        }
    }

    #[test]
    fn warnings_say_what_fails() {
        // Yellow: 1.07:1 on white.
        assert_eq!(
            label_color_warning("#ffff00", LIGHT_BACKGROUND).unwrap(),
            "On a #ffffff page this colour has a contrast of 1.07:1: both its underline (needs 3:1) and its name in the side panel (needs 4.5:1) are hard to see."
        );
        assert_eq!(label_color_warning("#ffff00", DARK_BACKGROUND), None);
        // Pure red: 3.99…:1 on white (underline fine, text not).
        let w = label_color_warning("#ff0000", LIGHT_BACKGROUND).unwrap();
        assert!(
            w.contains("contrast of 3.99:1: its underline is visible"),
            "{w}"
        );
        assert!(label_color_warning("blue", LIGHT_BACKGROUND)
            .unwrap()
            .contains("not a #rrggbb colour"));
    }
}
