//! The main article of a saved page, found the way Firefox's reader view (Mozilla's Readability)
//! finds it: page chrome and junk are set aside by tag, role and class words; paragraphs score
//! their ancestors by length and commas; link-heavy candidates lose; the best candidate, the
//! siblings that score near it, and its `<article>` when it has one make the article. A wrapper
//! around the article (most of the page's text, or its headline and much of its text) is never
//! junk or marked down for a junk word in its class ("comments-wrapper", "sidebar-layout"): the
//! word names the layout, not the text. Everything here walks the arena in document order or
//! backwards, never recursing.

use super::dom::{Dom, NodeId};
use super::left_out::{LeftOut, What};
use super::walk::is_block;

/// What the page's reading found.
pub struct Reading {
    /// The article's parts, in document order (the best candidate and its kept siblings).
    pub content: Vec<NodeId>,
    /// Elements not read: junk, hidden, dropped, link lists inside the article.
    pub skip: Vec<bool>,
    /// The headline (`<h1>`), when it lies outside the content.
    pub headline: Option<NodeId>,
    pub left_out: LeftOut,
}

/// Per-node counts, summed over each subtree.
struct Counts {
    /// Text length (whitespace runs counted as one).
    text: Vec<u32>,
    /// Text length inside links.
    links: Vec<u32>,
    /// Text length in the element itself, not inside a block-level child (a paragraph's own).
    own: Vec<u32>,
    own_commas: Vec<u32>,
    commas: Vec<u32>,
    /// The subtree holds an `<h1>`.
    has_h1: Vec<bool>,
    /// The subtree holds `<main>`, `itemprop=articleBody`, or an `<article>` with an `<h1>`.
    has_marker: Vec<bool>,
}

pub fn read(dom: &Dom, body: NodeId) -> Reading {
    let n = dom.len();
    let order: Vec<NodeId> = dom.descendants(body).collect();
    let mut skip = vec![false; n];
    let mut left_out = LeftOut::default();

    // Elements that hold nothing to read (scripts, hidden ones): out before counting.
    for &id in &order {
        if skip[id.index()] {
            continue;
        }
        if dropped_outright(dom, id) {
            mark(dom, id, &mut skip);
        }
    }
    let counts = count(dom, body, &order, &skip);

    // Page chrome and junk, top down: an element set aside takes its subtree with it.
    let total = counts.text[body.index()].max(1);
    for &id in &order {
        if skip[id.index()] || id == body || dom.tag(id).is_none() {
            continue;
        }
        if let Some(what) = junk(dom, id, &counts, total) {
            left_out.add(what);
            // A page header or footer usually holds the site's navigation: say so too.
            if matches!(what, What::PageHeader | What::PageFooter) && dom.find(id, "nav").is_some()
            {
                left_out.add(What::Navigation);
            }
            mark(dom, id, &mut skip);
        }
    }

    // Paragraphs score their ancestors (Readability's scoring).
    let mut score: Vec<Option<f64>> = vec![None; n];
    for &id in &order {
        let i = id.index();
        if skip[i] || !is_scored(dom, id) || counts.own[i] < 25 {
            continue;
        }
        let points =
            1.0 + counts.own_commas[i] as f64 + (counts.own[i] as f64 / 100.0).floor().min(3.0);
        for (level, a) in dom.ancestors(id).take(5).enumerate() {
            if dom.tag(a).is_none() || a == dom.document() {
                break;
            }
            let wrapper = counts.text[a.index()] * 2 >= total;
            let s = score[a.index()].get_or_insert_with(|| initial_score(dom, a, wrapper));
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *s += points / divider;
            if a == body {
                break;
            }
        }
    }
    let density = |id: NodeId| {
        let i = id.index();
        counts.links[i] as f64 / counts.text[i].max(1) as f64
    };
    let mut best: Option<(NodeId, f64)> = None;
    for &id in &order {
        if let Some(s) = score[id.index()] {
            let s = s * (1.0 - density(id));
            score[id.index()] = Some(s);
            if !skip[id.index()] && best.is_none_or(|(_, b)| s > b) {
                best = Some((id, s));
            }
        }
    }

    let content = match best {
        None => vec![body],
        Some((mut top, mut top_score)) => {
            // An element that is its parent's only child says no more than its parent.
            while let Some(p) = dom
                .parent(top)
                .filter(|&p| p != body && dom.tag(p).is_some())
            {
                if dom
                    .children(p)
                    .filter(|&c| dom.tag(c).is_some() && !skip[c.index()])
                    .count()
                    != 1
                {
                    break;
                }
                top = p;
                top_score = top_score.max(score[p.index()].unwrap_or(0.0));
            }
            // The page's own word for its article.
            if let Some(a) = dom.ancestors(top).take_while(|&a| a != body).find(|&a| {
                dom.is(a, "article") || has_token(dom.attr(a, "itemprop"), "articleBody")
            }) {
                if density(a) < 0.5 && !skip[a.index()] {
                    top = a;
                }
            }
            siblings(dom, top, top_score, &score, &skip, &counts, body)
        }
    };

    // Inside the article: lists and boxes that are mostly links (related links, tag clouds).
    let mut inside = vec![false; n];
    for &c in &content {
        for d in dom.descendants(c) {
            inside[d.index()] = true;
        }
    }
    for &c in &content {
        for id in dom.descendants(c) {
            let i = id.index();
            if skip[i] || id == c {
                continue;
            }
            let list = dom.is(id, "ul") || dom.is(id, "ol");
            let boxy = ["div", "section", "table", "form"]
                .iter()
                .any(|t| dom.is(id, t));
            if (list || boxy) && counts.text[i] > 0 && counts.commas[i] < 10 && density(id) > 0.5 {
                left_out.add(What::LinkList);
                mark(dom, id, &mut skip);
            }
        }
    }

    // Words of the page neither in the article nor in anything named above (skipping an element
    // skips its subtree, so each flag stands for the whole of it).
    let other: usize = order
        .iter()
        .filter(|id| !skip[id.index()] && !inside[id.index()])
        .filter_map(|&id| dom.text(id))
        .map(|t| t.split_whitespace().count())
        .sum();

    let headline = headline(dom, &order, &skip, &inside);
    let in_headline = headline.map_or(0, |h| dom.text_content(h).split_whitespace().count());
    left_out.add_other_words(other.saturating_sub(in_headline));
    Reading {
        content,
        skip,
        headline,
        left_out,
    }
}

/// Marks an element and its subtree as not read.
fn mark(dom: &Dom, id: NodeId, skip: &mut [bool]) {
    for d in dom.descendants(id) {
        skip[d.index()] = true;
    }
}

/// Scripts, styles, embedded things, form controls, foreign content, hidden elements.
fn dropped_outright(dom: &Dom, id: NodeId) -> bool {
    if dom.is_foreign(id) {
        return true;
    }
    let Some(tag) = dom.tag(id) else { return false };
    let hidden = dom
        .attr(id, "hidden")
        .is_some_and(|v| !v.eq_ignore_ascii_case("until-found"))
        || dom
            .attr(id, "aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || dom
            .attr(id, "style")
            .is_some_and(|s| super::style::parse(s).hidden);
    hidden
        || matches!(
            &**tag,
            "script"
                | "style"
                | "noscript"
                | "template"
                | "link"
                | "meta"
                | "button"
                | "input"
                | "select"
                | "textarea"
                | "option"
                | "canvas"
                | "iframe"
                | "object"
                | "embed"
                | "dialog"
        )
}

fn count(dom: &Dom, body: NodeId, order: &[NodeId], skip: &[bool]) -> Counts {
    let n = dom.len();
    let mut c = Counts {
        text: vec![0; n],
        links: vec![0; n],
        own: vec![0; n],
        own_commas: vec![0; n],
        commas: vec![0; n],
        has_h1: vec![false; n],
        has_marker: vec![false; n],
    };
    // The block each node's text belongs to, top down (a parent comes before its children).
    let mut owner: Vec<Option<NodeId>> = vec![None; n];
    for &id in order {
        let is_owner = id == body
            || dom
                .tag(id)
                .is_some_and(|t| is_block(t) || matches!(&**t, "td" | "th"));
        owner[id.index()] = if is_owner {
            Some(id)
        } else {
            dom.parent(id).and_then(|p| owner[p.index()])
        };
    }
    // Backwards through document order: every child is done before its parent.
    for &id in order.iter().rev() {
        let i = id.index();
        if skip[i] {
            continue;
        }
        if let Some(t) = dom.text(id) {
            let len = collapsed_len(t);
            let commas = t.chars().filter(|&ch| ch == ',' || ch == '，').count() as u32;
            c.text[i] = len;
            c.commas[i] = commas;
            if let Some(owner) = dom.parent(id).and_then(|p| owner[p.index()]) {
                c.own[owner.index()] += len;
                c.own_commas[owner.index()] += commas;
            }
        }
        if dom.is(id, "a") {
            c.links[i] = c.text[i];
        }
        if dom.is(id, "h1") {
            c.has_h1[i] = true;
        }
        let marker = dom.is(id, "main")
            || has_token(dom.attr(id, "itemprop"), "articleBody")
            || (dom.is(id, "article") && c.has_h1[i]);
        if marker {
            c.has_marker[i] = true;
        }
        if id == body {
            continue;
        }
        if let Some(p) = dom.parent(id) {
            let pi = p.index();
            c.text[pi] += c.text[i];
            c.links[pi] += c.links[i];
            c.commas[pi] += c.commas[i];
            c.has_h1[pi] |= c.has_h1[i];
            c.has_marker[pi] |= c.has_marker[i];
        }
    }
    c
}

/// A text's length with each whitespace run counted as one.
fn collapsed_len(t: &str) -> u32 {
    let mut len = 0;
    let mut space = true;
    for ch in t.chars() {
        if ch.is_whitespace() {
            if !space {
                len += 1;
            }
            space = true;
        } else {
            len += 1;
            space = false;
        }
    }
    len
}

fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| {
        v.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case(token))
    })
}

/// Elements whose own text scores as a paragraph.
fn is_scored(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id).is_some_and(|t| {
        matches!(
            &**t,
            "p" | "pre"
                | "td"
                | "blockquote"
                | "div"
                | "section"
                | "article"
                | "main"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
        )
    })
}

/// The words of an element's class and id, lower-cased, split at anything not a letter or digit.
fn words(dom: &Dom, id: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    for name in ["class", "id"] {
        if let Some(v) = dom.attr(id, name) {
            out.extend(
                v.split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(|w| w.to_ascii_lowercase()),
            );
        }
    }
    out
}

const POSITIVE: &[&str] = &[
    "article", "content", "story", "body", "main", "post", "entry", "text", "blog", "prose",
];
const NEGATIVE: &[&str] = &[
    "comment",
    "nav",
    "menu",
    "footer",
    "share",
    "social",
    "ad",
    "ads",
    "advert",
    "promo",
    "sponsor",
    "cookie",
    "consent",
    "banner",
    "sidebar",
    "related",
    "newsletter",
    "subscribe",
    "popup",
    "modal",
    "widget",
    "masthead",
    "breadcrumb",
    "pagination",
    "pager",
    "outbrain",
    "taboola",
];

fn matches_word(word: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| match *s {
        // Short words that begin too many others: whole words only.
        "ad" | "ads" | "dfp" | "text" | "post" | "body" | "main" => word == *s,
        s => word.starts_with(s) && word != "shared",
    })
}

/// Readability's class weight: +25 for a positive word, −25 for a negative one (class and id),
/// except for a `wrapper` of most of the page's text, which a negative word does not mark down.
fn class_weight(dom: &Dom, id: NodeId, wrapper: bool) -> f64 {
    let mut weight = 0.0;
    for name in ["class", "id"] {
        let Some(v) = dom.attr(id, name) else {
            continue;
        };
        let ws: Vec<String> = v
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_ascii_lowercase())
            .collect();
        if !wrapper && ws.iter().any(|w| matches_word(w, NEGATIVE)) {
            weight -= 25.0;
        }
        if ws.iter().any(|w| matches_word(w, POSITIVE)) {
            weight += 25.0;
        }
    }
    weight
}

fn initial_score(dom: &Dom, id: NodeId, wrapper: bool) -> f64 {
    let tag = dom.tag(id).map(|t| &**t).unwrap_or("");
    let base = match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let preferred = dom.is(id, "article")
        || dom.is(id, "main")
        || has_token(dom.attr(id, "itemprop"), "articleBody");
    base + class_weight(dom, id, wrapper) + if preferred { 25.0 } else { 0.0 }
}

/// What a piece of page chrome or junk is, if `id` is one.
fn junk(dom: &Dom, id: NodeId, counts: &Counts, total: u32) -> Option<What> {
    let i = id.index();
    let tag = dom.tag(id).map(|t| &**t).unwrap_or("");
    let in_article = || dom.ancestors(id).any(|a| dom.is(a, "article"));
    let ws = words(dom, id);
    let has = |stems: &[&str]| ws.iter().any(|w| matches_word(w, stems));
    let positive = has(POSITIVE);
    let role = dom.attr(id, "role").unwrap_or("").to_ascii_lowercase();
    let text = || dom.text_content(id).to_lowercase();

    // Words that name junk whatever else the class says.
    let strong = if has(&["cookie", "consent", "gdpr"]) {
        Some(What::CookieBanner)
    } else if has(&["comment", "disqus", "replies"]) {
        Some(What::Comments)
    } else if has(&[
        "ad", "ads", "advert", "sponsor", "dfp", "adslot", "adunit", "promo",
    ]) {
        Some(What::Advertisement)
    } else if has(&["share", "sharing", "social"]) {
        Some(What::ShareButtons)
    } else if has(&["related", "recommend", "outbrain", "taboola", "morestories"]) {
        Some(What::RelatedStories)
    } else if has(&["newsletter", "subscribe", "signup"]) {
        Some(What::Newsletter)
    } else if has(&["popup", "modal", "overlay"]) {
        Some(What::Popup)
    } else {
        None
    };
    // Tags, roles and words that yield to a word for content ("main-header" is not chrome).
    let weak = match (tag, role.as_str()) {
        ("nav", _) | (_, "navigation" | "menu" | "menubar") => Some(What::Navigation),
        ("aside", _) | (_, "complementary") => Some(What::Sidebar),
        ("footer", _) | (_, "contentinfo") if !in_article() => Some(What::PageFooter),
        ("header", _) | (_, "banner") if !in_article() => Some(What::PageHeader),
        (_, "alert" | "alertdialog" | "dialog") => Some(What::Popup),
        _ if positive => None,
        _ if has(&["nav", "menu", "breadcrumb", "pagination", "pager"]) => Some(What::Navigation),
        _ if has(&["sidebar", "widget"]) => Some(What::Sidebar),
        _ if has(&["footer"]) => Some(What::PageFooter),
        _ if has(&["masthead"]) => Some(What::PageHeader),
        _ if has(&["banner"]) => Some(if text().contains("cookie") {
            What::CookieBanner
        } else {
            What::Advertisement
        }),
        _ => None,
    };
    let label = counts.text[i] <= 30
        && matches!(
            text().trim(),
            "advertisement" | "sponsored" | "anzeige" | "publicité" | "ad"
        );
    let what = strong.or(weak).or(label.then_some(What::Advertisement))?;
    // Never the article itself: what holds the page's main text or its marked article stays.
    let holds_article = counts.has_marker[i] && !matches!(tag, "nav" | "aside");
    let text_share = counts.text[i] as u64 * 4 / total.max(1) as u64;
    // What holds the page's headline and half its text wraps the article, whatever its class.
    let headline_wrapper = counts.has_h1[i] && text_share >= 2;
    let much_text = match strong {
        // "entry-content share-enabled": a content word and a quarter of the page's text.
        Some(_) => (positive && text_share >= 1) || headline_wrapper,
        None => text_share >= 2,
    };
    (!holds_article && !much_text).then_some(what)
}

/// The best candidate with the siblings that belong with it (Readability's sibling pass).
fn siblings(
    dom: &Dom,
    top: NodeId,
    top_score: f64,
    score: &[Option<f64>],
    skip: &[bool],
    counts: &Counts,
    body: NodeId,
) -> Vec<NodeId> {
    let Some(parent) = dom.parent(top).filter(|_| top != body) else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    dom.children(parent)
        .filter(|&s| {
            if s == top {
                return true;
            }
            let i = s.index();
            if skip[i] || dom.tag(s).is_none() {
                return false;
            }
            if score[i].is_some_and(|v| v >= threshold) {
                return true;
            }
            if dom.is(s, "p") {
                let len = counts.text[i];
                let density = counts.links[i] as f64 / len.max(1) as f64;
                let text = dom.text_content(s);
                let t = text.trim_end();
                return (len > 80 && density < 0.25)
                    || (len > 0 && density == 0.0 && (t.ends_with('.') || t.ends_with(". ")));
            }
            false
        })
        .collect()
}

/// The page's headline: the `<h1>` not set aside, preferring one inside the content, else the
/// last before the content begins (a headline sits above its article).
fn headline(dom: &Dom, order: &[NodeId], skip: &[bool], inside: &[bool]) -> Option<NodeId> {
    let mut before = None;
    let mut content_started = false;
    for &id in order {
        if inside[id.index()] {
            content_started = true;
            if dom.is(id, "h1") && !skip[id.index()] {
                return None;
            }
            continue;
        }
        if !content_started && dom.is(id, "h1") && !skip[id.index()] {
            before = Some(id);
        }
    }
    before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::html::dom::parse;

    fn text_of(dom: &Dom, r: &Reading) -> String {
        r.content
            .iter()
            .map(|&c| dom.text_content(c))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn the_paragraphs_win_over_the_links() {
        let long =
            "A sentence of the article, with a comma, long enough to count as prose. ".repeat(3);
        let html = format!(
            "<body><div class=menu><a href=/>Home</a> <a href=/a>World news and more</a></div>\
             <div id=story><p>{long}</p><p>{long}</p></div>\
             <div class=comments><p>{long}</p></div></body>"
        );
        let dom = parse(&html);
        let body = dom.find(dom.document(), "body").unwrap();
        let r = read(&dom, body);
        assert_eq!(r.content.len(), 1);
        assert_eq!(
            dom.attr(r.content[0], "id"),
            Some("story"),
            "{}",
            text_of(&dom, &r)
        );
        assert_eq!(r.left_out.words(), ["navigation", "comments"]);
    }

    #[test]
    fn class_words_are_whole_words_where_short() {
        assert!(matches_word("ad", NEGATIVE) && matches_word("advertisement", NEGATIVE));
        assert!(!matches_word("address", NEGATIVE) && !matches_word("header", NEGATIVE));
        assert!(matches_word("sharebar", NEGATIVE) && !matches_word("shared", NEGATIVE));
        assert!(
            matches_word("comments", NEGATIVE)
                && matches_word("navigation", &["nav", "navigation"])
        );
    }
}
