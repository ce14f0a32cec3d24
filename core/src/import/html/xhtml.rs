//! XHTML (an EPUB chapter) made fit for the HTML parser: XML's self-closed elements
//! (`<title/>`, `<a id="p1"/>`, `<div/>`) would open elements that swallow what follows when read
//! as HTML, and CDATA sections would be lost as comments. Everything else reads the same.

/// Elements that never have content in HTML: their `/>` is already understood.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
    )
}

pub fn to_html(xhtml: &str) -> String {
    let mut out = String::with_capacity(xhtml.len() + xhtml.len() / 16);
    let mut rest = xhtml;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").map_or(rest.len(), |i| 4 + i + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let (data, next) = match after.find("]]>") {
                Some(i) => (&after[..i], &after[i + 3..]),
                None => (after, ""),
            };
            for c in data.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    c => out.push(c),
                }
            }
            rest = next;
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let name_len = rest[1..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_' | '.')))
                .unwrap_or(rest.len() - 1);
            let name = &rest[1..1 + name_len];
            let Some(end) = tag_end(rest) else {
                out.push_str(rest);
                return out;
            };
            let tag = &rest[..end];
            let local = name.rsplit(':').next().unwrap_or(name).to_ascii_lowercase();
            match tag.strip_suffix("/>") {
                Some(open) if !is_void(&local) => {
                    out.push_str(open);
                    out.push_str("></");
                    out.push_str(name);
                    out.push('>');
                }
                _ => out.push_str(tag),
            }
            rest = &rest[end..];
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The end (just past `>`) of the tag that starts `s`, quotes in attribute values respected.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_closed_elements_are_closed_and_cdata_kept_as_text() {
        assert_eq!(
            to_html(r#"<title/><p><a id="p1"/>One<br/> <img src="a.png" alt="a/>b"/></p>"#),
            r#"<title></title><p><a id="p1"></a>One<br/> <img src="a.png" alt="a/>b"/></p>"#
        );
        assert_eq!(
            to_html("<p><![CDATA[a < b & c]]></p>"),
            "<p>a &lt; b &amp; c</p>"
        );
        assert_eq!(
            to_html("<!-- <div/> --><epub:switch/>"),
            "<!-- <div/> --><epub:switch></epub:switch>"
        );
        assert_eq!(to_html("a < b <p unclosed"), "a < b <p unclosed");
    }
}
