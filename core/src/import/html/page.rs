//! A saved web page read as its article: decoded, parsed, its main article found
//! ([`super::readability`]), its title, byline and date found ([`super::meta`]), and the article
//! walked into text and shape with the headline first. A page with no article-like part still
//! gives its body's text; a page with no text is [`ImportError::Empty`].

use super::dom::{Data, Dom, NodeId};
use super::walk::{Mode, Walk};
use super::{charset, dom, meta, readability, MAX_BYTES};
use crate::import::build::Builder;
use crate::import::{Article, ImportError};

/// Reads a page's bytes; `charset` and `address` when a container (MHTML) says them.
pub fn read(
    bytes: &[u8],
    charset: Option<&str>,
    address: Option<&str>,
) -> Result<Article, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(super::too_large("page", bytes.len()));
    }
    let source = charset::decode(bytes, charset)?;
    let dom = dom::parse(&source);
    drop(source);
    let body = dom.find(dom.document(), "body").unwrap_or(dom.document());
    let base = base_address(&dom, body, address);
    let base = base.as_deref();

    let reading = readability::read(&dom, body);
    let credits = meta::credits(&dom, body, &reading.skip);
    let mut skip = reading.skip;
    for &line in &credits.lines {
        for d in dom.descendants(line) {
            skip[d.index()] = true;
        }
    }
    let mut b = Builder::new();
    let is_skipped = |id: NodeId| skip[id.index()];
    let mut walk = Walk::new(&dom, &mut b, Mode::Page, base, &is_skipped);
    walk.left_out = reading.left_out;
    if let Some(h) = reading.headline {
        walk.node(h);
        walk.end_block();
    }
    for &part in &reading.content {
        walk.node(part);
        walk.end_block();
    }
    let mut left_out = walk.left_out.words();
    let (mut text, mut shape) = b.finish();

    if text.is_empty() {
        // Nothing article-like: the body's text as it stands, page chrome left out.
        let mut b = Builder::new();
        let nothing = |_| false;
        let mut walk = Walk::new(&dom, &mut b, Mode::Page, base, &nothing);
        walk.children_of(body);
        left_out = walk.left_out.words();
        (text, shape) = b.finish();
    }
    if text.is_empty() {
        return Err(ImportError::Empty { kind: "web page" });
    }
    let headline = reading.headline.or_else(|| {
        reading.content.iter().find_map(|&c| {
            dom.descendants(c)
                .find(|&n| dom.is(n, "h1") && !skip[n.index()])
        })
    });
    Ok(Article {
        title: meta::title(&dom, headline),
        byline: credits.byline,
        date: credits.date,
        text,
        shape,
        left_out,
    })
}

/// The page's own address, against which its relative links resolve: its `<base>`, the address a
/// container gives, the "saved from url" comment browsers write, its canonical or Open Graph URL.
fn base_address(dom: &Dom, body: NodeId, given: Option<&str>) -> Option<String> {
    let web = |s: &str| {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        (lower.starts_with("http://") || lower.starts_with("https://")).then(|| s.to_string())
    };
    let head: Vec<NodeId> = dom
        .descendants(dom.document())
        .take_while(|&n| n != body)
        .collect();
    let base_tag = head
        .iter()
        .find(|&&n| dom.is(n, "base"))
        .and_then(|&n| dom.attr(n, "href"))
        .and_then(web);
    let saved_from = || {
        head.iter().find_map(|&n| match &dom.node(n).data {
            Data::Comment(c) => {
                let at = c.find("saved from url=")?;
                let rest = &c[at + "saved from url=".len()..];
                let rest = rest
                    .strip_prefix('(')
                    .and_then(|r| r.split_once(')'))
                    .map_or(rest, |(_, r)| r);
                web(rest.split_whitespace().next()?)
            }
            _ => None,
        })
    };
    let canonical = || {
        head.iter()
            .find(|&&n| {
                dom.is(n, "link")
                    && dom.attr(n, "rel").is_some_and(|r| {
                        r.split_ascii_whitespace()
                            .any(|t| t.eq_ignore_ascii_case("canonical"))
                    })
            })
            .and_then(|&n| dom.attr(n, "href"))
            .and_then(web)
    };
    base_tag
        .or_else(|| given.and_then(web))
        .or_else(saved_from)
        .or_else(canonical)
        .or_else(|| meta::meta(dom, "og:url").and_then(|u| web(&u)))
}
