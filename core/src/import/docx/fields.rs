//! Word fields (`w:fldChar` begin … separate … end, and `w:fldSimple`): only a HYPERLINK field
//! means something to an article, a link around the field's result.

use crate::import::xml::web_link;

/// A field (`w:fldChar` begin … separate … end, or `w:fldSimple`): its instruction and the link
/// it makes of its result.
pub struct Field {
    pub instr: String,
    pub link: Option<String>,
}

/// A HYPERLINK field's web address (`HYPERLINK "https://…" \o "tip"`); `\l` (a place in the
/// document) is none.
pub fn hyperlink_field(instr: &str) -> Option<String> {
    let rest = instr.trim_start().strip_prefix("HYPERLINK")?;
    if rest.contains("\\l") {
        return None;
    }
    let target = match rest.trim_start().strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => rest.split_whitespace().next()?,
    };
    web_link(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperlink_fields_give_web_addresses_only() {
        assert_eq!(
            hyperlink_field(r#" HYPERLINK "https://example.org/a" \o "tip" "#).as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(hyperlink_field(r#"HYPERLINK \l "_Toc1""#), None);
        assert_eq!(hyperlink_field(r#"HYPERLINK "file:///c:/x.doc""#), None);
        assert_eq!(hyperlink_field("PAGE"), None);
    }
}
