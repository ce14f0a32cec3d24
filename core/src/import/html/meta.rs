//! A saved page's title, byline and date, from the places pages keep them: Open Graph and
//! article meta tags, microdata (`itemprop`), `rel=author`, `.byline`, `.author`, `<time
//! datetime>`, the `<title>` less its " | Site" suffix. The byline and date lines found in the
//! article are set aside, since the preview shows them beside the text.

use super::dom::{Dom, NodeId};
use super::walk::is_block;

/// Text with whitespace runs made single spaces, trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `content` of a `<meta>` whose `property`, `name` or `itemprop` is `key`.
pub fn meta(dom: &Dom, key: &str) -> Option<String> {
    dom.descendants(dom.document())
        .filter(|&n| dom.is(n, "meta"))
        .find(|&n| {
            ["property", "name", "itemprop"].iter().any(|a| {
                dom.attr(n, a)
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(key))
            })
        })
        .and_then(|n| dom.attr(n, "content"))
        .map(collapse)
        .filter(|s| !s.is_empty())
}

/// The article's title: Open Graph's, else the headline's, else the `<title>` without its site.
pub fn title(dom: &Dom, headline: Option<NodeId>) -> String {
    if let Some(t) = meta(dom, "og:title").or_else(|| meta(dom, "twitter:title")) {
        return t;
    }
    if let Some(h) = headline
        .map(|h| collapse(&dom.text_content(h)))
        .filter(|h| !h.is_empty())
    {
        return h;
    }
    let head_title = dom
        .find(dom.document(), "title")
        .map(|t| collapse(&dom.text_content(t)))
        .unwrap_or_default();
    without_site(&head_title)
}

/// "Headline | Site", "Headline – Site": the headline, when what is left is more than a word.
pub fn without_site(title: &str) -> String {
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
        if let Some(i) = title.rfind(sep) {
            let head = title[..i].trim();
            if head.split_whitespace().count() >= 2 {
                return head.to_string();
            }
        }
    }
    title.to_string()
}

/// What was found about the page's author and date, and the lines in the text that said them.
pub struct Credits {
    pub byline: Option<String>,
    pub date: Option<String>,
    /// Short lines in the article that hold only the byline or the date.
    pub lines: Vec<NodeId>,
}

/// The byline and date, looked for in the page's readable part (`skip` marks what is not).
pub fn credits(dom: &Dom, body: NodeId, skip: &[bool]) -> Credits {
    let readable: Vec<NodeId> = dom
        .descendants(body)
        .filter(|n| !skip[n.index()] && dom.tag(*n).is_some())
        .collect();
    let has = |n: NodeId, attr: &str, token: &str| {
        dom.attr(n, attr).is_some_and(|v| {
            v.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(token))
        })
    };
    let class_word = |n: NodeId, word: &str| {
        ["class", "id"].iter().any(|a| {
            dom.attr(n, a).is_some_and(|v| {
                v.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(word))
            })
        })
    };
    let mut lines = Vec::new();

    let author_element = readable
        .iter()
        .copied()
        .find(|&n| has(n, "rel", "author"))
        .or_else(|| {
            readable
                .iter()
                .copied()
                .find(|&n| has(n, "itemprop", "author"))
        })
        .or_else(|| readable.iter().copied().find(|&n| class_word(n, "byline")))
        .or_else(|| readable.iter().copied().find(|&n| class_word(n, "author")))
        .filter(|&n| {
            let len = collapse(&dom.text_content(n)).chars().count();
            len > 0 && len < 100
        });
    let byline = match author_element {
        Some(n) => {
            // Microdata may name the author inside the element.
            let named = dom
                .descendants(n)
                .find(|&d| has(d, "itemprop", "name"))
                .map(|d| {
                    dom.attr(d, "content")
                        .map(collapse)
                        .unwrap_or_else(|| collapse(&dom.text_content(d)))
                });
            lines.push(n);
            named
                .filter(|s| !s.is_empty())
                .or_else(|| Some(collapse(&dom.text_content(n))))
        }
        None => None,
    }
    .or_else(|| meta(dom, "author"))
    .or_else(|| meta(dom, "article:author").filter(|a| !a.starts_with("http")))
    .map(|b| without_by(&b))
    .filter(|b| !b.is_empty());

    let time_element = readable
        .iter()
        .copied()
        .filter(|&n| dom.is(n, "time") && dom.attr(n, "datetime").is_some())
        .min_by_key(|&n| {
            !(has(n, "itemprop", "datePublished") || dom.attr(n, "pubdate").is_some())
        });
    let microdata_date = || {
        readable
            .iter()
            .copied()
            .find(|&n| has(n, "itemprop", "datePublished"))
            .and_then(|n| {
                dom.attr(n, "content")
                    .or_else(|| dom.attr(n, "datetime"))
                    .map(collapse)
                    .or_else(|| Some(collapse(&dom.text_content(n))))
            })
    };
    let date = time_element
        .and_then(|n| {
            lines.push(n);
            dom.attr(n, "datetime").map(collapse)
        })
        .or_else(|| meta(dom, "article:published_time"))
        .or_else(microdata_date)
        .or_else(|| meta(dom, "datePublished"))
        .or_else(|| meta(dom, "date"))
        .or_else(|| meta(dom, "dc.date"))
        .filter(|d| !d.is_empty());

    // The line each was found in, when the line says little else.
    let lines = lines
        .into_iter()
        .filter_map(|n| credit_line(dom, n, body))
        .collect();
    Credits {
        byline,
        date,
        lines,
    }
}

/// The highest block around `n` whose text is short (a dateline, "By … · March 3") and holds no
/// headline; none when `n` sits inside a longer paragraph, whose text it stays part of.
fn credit_line(dom: &Dom, n: NodeId, body: NodeId) -> Option<NodeId> {
    let short = |id: NodeId| collapse(&dom.text_content(id)).chars().count() < 160;
    let block = |id: NodeId| dom.tag(id).is_some_and(|t| is_block(t));
    let mut line = (block(n) && short(n)).then_some(n);
    for a in dom.ancestors(n) {
        if a == body || dom.find(a, "h1").is_some() || !short(a) {
            break;
        }
        if block(a) {
            line = Some(a);
        }
    }
    line
}

fn without_by(byline: &str) -> String {
    let b = byline.trim();
    let lower = b.to_lowercase();
    let b = if lower.starts_with("by ") { &b[3..] } else { b };
    b.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::html::dom::parse;

    #[test]
    fn a_site_suffix_is_cut_from_the_title() {
        assert_eq!(
            without_site("Tides rise early | The Harbour Gazette"),
            "Tides rise early"
        );
        assert_eq!(
            without_site("Tides rise early – Gazette – News"),
            "Tides rise early – Gazette"
        );
        assert_eq!(without_site("Home | Gazette"), "Home | Gazette");
    }

    #[test]
    fn byline_and_date_come_from_the_page_and_their_line_is_set_aside() {
        let dom = parse(
            "<head><meta property='article:published_time' content='2026-01-01'></head><body>\
             <article><h1>T</h1><p class=meta>By <a rel=author href=/a>Ana Ruiz</a> · \
             <time datetime='2026-02-03T10:00:00Z'>3 Feb</time></p><p>Body text.</p></article>",
        );
        let body = dom.find(dom.document(), "body").unwrap();
        let skip = vec![false; dom.len()];
        let c = credits(&dom, body, &skip);
        assert_eq!(c.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(c.date.as_deref(), Some("2026-02-03T10:00:00Z"));
        assert!(
            c.lines.iter().all(|&l| dom.is(l, "p")),
            "the whole meta line"
        );
    }
}
