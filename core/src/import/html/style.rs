//! The few inline CSS properties that change what a reader sees in pasted HTML: bold and italic
//! written as styles (Google Docs, Chromium's copies) and elements hidden by `display:none`.

/// What an element's `style` attribute says, where it says anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InlineStyle {
    /// `Some(true)` for bold (700 and over, `bold`, `bolder`), `Some(false)` for normal weight.
    pub bold: Option<bool>,
    /// `Some(true)` for italic or oblique, `Some(false)` for `font-style: normal`.
    pub italic: Option<bool>,
    /// `display: none` or `visibility: hidden`.
    pub hidden: bool,
}

pub fn parse(style: &str) -> InlineStyle {
    let mut out = InlineStyle::default();
    for declaration in style.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let property = property.trim().to_ascii_lowercase();
        let value = value
            .trim()
            .trim_end_matches("!important")
            .trim()
            .to_ascii_lowercase();
        match property.as_str() {
            "font-weight" => {
                out.bold = match value.as_str() {
                    "bold" | "bolder" => Some(true),
                    "normal" | "lighter" => Some(false),
                    v => v.parse::<f32>().ok().map(|w| w >= 600.0),
                }
            }
            "font-style" => {
                out.italic = match value.as_str() {
                    "normal" => Some(false),
                    v if v == "italic" || v.starts_with("oblique") => Some(true),
                    _ => out.italic,
                }
            }
            "display" if value == "none" => out.hidden = true,
            "visibility" if value == "hidden" || value == "collapse" => out.hidden = true,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_styles_and_hiding_are_read() {
        let docs = parse("font-size:11pt;font-family:Arial;font-weight:700;font-style:italic");
        assert_eq!(
            (docs.bold, docs.italic, docs.hidden),
            (Some(true), Some(true), false)
        );
        assert_eq!(parse("font-weight:normal;").bold, Some(false));
        assert_eq!(parse("FONT-WEIGHT: 400 !important").bold, Some(false));
        assert_eq!(parse("font-style: oblique 10deg").italic, Some(true));
        assert!(parse("color:red; display : none").hidden);
        assert!(parse("visibility:hidden").hidden);
        assert_eq!(
            parse("color: red; background: url(a;b)"),
            InlineStyle::default()
        );
    }
}
