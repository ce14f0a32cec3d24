//! A link's target, kept only when it is safe to show and follow by hand: `http:`, `https:` and
//! `mailto:`. Relative targets are resolved against the page's address when it is known (a
//! `<base>`, the address a saved page or an MHTML file records); anything else (`javascript:`,
//! `data:`, in-page anchors, relative links with no address) keeps its text and loses the link.

/// The target a link shows, or `None` to drop the link.
pub fn target(href: &str, base: Option<&str>) -> Option<String> {
    // As browsers do: leading and trailing controls and spaces go, tabs and line ends inside too.
    let href: String = href
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if href.is_empty() || href.starts_with('#') || href.chars().any(|c| c.is_control()) {
        return None;
    }
    if let Some(scheme) = scheme(&href) {
        return match scheme.as_str() {
            "http" | "https" => authority_of(&href).map(|_| href.clone()),
            "mailto" if href.len() > "mailto:".len() => Some(href.clone()),
            _ => None,
        };
    }
    resolve(&href, base?)
}

/// The scheme of an absolute address, lower-cased.
fn scheme(href: &str) -> Option<String> {
    let end = href.find(':')?;
    let s = &href[..end];
    let mut chars = s.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (first_ok && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| s.to_ascii_lowercase())
}

/// `scheme://authority` of an http(s) address with a host.
fn authority_of(url: &str) -> Option<&str> {
    let rest_at = url.find("://")? + 3;
    let end = url[rest_at..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| rest_at + i);
    (end > rest_at).then(|| &url[..end])
}

/// A relative target resolved against an http(s) base (RFC 3986, section 5.2).
fn resolve(href: &str, base: &str) -> Option<String> {
    if !matches!(scheme(base).as_deref(), Some("http" | "https")) {
        return None;
    }
    let origin = authority_of(base)?;
    if let Some(rest) = href.strip_prefix("//") {
        let scheme_end = base.find(':')?;
        return target(&format!("{}://{rest}", &base[..scheme_end]), None);
    }
    let base_path_end = base[origin.len()..]
        .find(['?', '#'])
        .map_or(base.len(), |i| origin.len() + i);
    let base_path = &base[origin.len()..base_path_end];
    let (path, tail) = match href.find(['?', '#']) {
        Some(i) => (&href[..i], &href[i..]),
        None => (href, ""),
    };
    let merged = if path.is_empty() {
        if tail.starts_with('#') {
            // The page itself with an anchor: nothing to follow from the article.
            return None;
        }
        base_path.to_string()
    } else if path.starts_with('/') {
        path.to_string()
    } else {
        let dir = base_path.rfind('/').map_or("/", |i| &base_path[..=i]);
        format!("{}{path}", if dir.is_empty() { "/" } else { dir })
    };
    Some(format!("{origin}{}{tail}", remove_dot_segments(&merged)))
}

fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                out.pop();
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("/{}", out.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_targets_are_kept() {
        assert_eq!(
            target(" https://example.org/a b ", None).as_deref(),
            Some("https://example.org/a b")
        );
        assert_eq!(
            target("HTTP://Example.org", None).as_deref(),
            Some("HTTP://Example.org")
        );
        assert_eq!(
            target("mailto:desk@example.org", None).as_deref(),
            Some("mailto:desk@example.org")
        );
        for bad in [
            "javascript:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "http://",
            "https:///path",
            "mailto:",
            "#top",
            "",
        ] {
            assert_eq!(target(bad, Some("https://example.org/")), None, "{bad:?}");
        }
    }

    #[test]
    fn relative_targets_need_a_base() {
        let base = Some("https://news.example.org/2026/03/story.html?x=1#c");
        assert_eq!(target("other.html", None), None);
        assert_eq!(
            target("other.html", base).as_deref(),
            Some("https://news.example.org/2026/03/other.html")
        );
        assert_eq!(
            target("../../about/", base).as_deref(),
            Some("https://news.example.org/about/")
        );
        assert_eq!(
            target("/a/./b/../c?q#f", base).as_deref(),
            Some("https://news.example.org/a/c?q#f")
        );
        assert_eq!(
            target("//cdn.example.net/x", base).as_deref(),
            Some("https://cdn.example.net/x")
        );
        assert_eq!(
            target("?page=2", base).as_deref(),
            Some("https://news.example.org/2026/03/story.html?page=2")
        );
        assert_eq!(target("#section", base), None);
        assert_eq!(target("x.html", Some("file:///home/me/page.html")), None);
    }
}
