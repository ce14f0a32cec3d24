//! The readable report: one self-contained HTML file (inline CSS, no script, its own
//! Content-Security-Policy) with the article and its highlights, a legend with counts per label,
//! the claims with the sources they are linked to (and the hedges on them), and the notes as numbered
//! footnotes. It opens in any browser, offline, and prints as a handout. The article keeps its
//! shape (`model::shape`): headings, nested lists, quotes, captions, notes, preformatted text, bold,
//! italic and code; its links are inert text followed by their target in brackets.
//!
//! It sits in the analysis layer because it shows what the analysis finds (each claim's sources with
//! their kind, from `source_kind`). Every piece of user text (article, title, URL, label names,
//! notes) goes through the formats' one HTML [`escape`]; label colours are used only when they are
//! `#rrggbb`; the source URL becomes a link only when it is `http(s)`. Highlights keep the app's idea: a tint per label (overlaps deepen) and an
//! underline per label with its own pattern and height, so they stay apart in greyscale.
//!
//! Its own words (headings, fixed phrases, its `lang` and direction) are the caller's
//! ([`words::ReportWords`]; [`to_html`] writes English's): the page gives the interface's language.
//! The article keeps its own direction, paragraph by paragraph (`dir="auto"`), whatever the
//! report's.

pub mod words;

use std::fmt::Write;

use crate::analysis::source_kind::classify;
use crate::formats::markup::escape;
use crate::model::blocks::{blocks, segment_block, Block};
use crate::model::label::is_hex_color;
use crate::model::names::ellipsize;
use crate::model::shape::{BlockKind, Mark, MarkKind};
use crate::model::{Annotation, Document, Span};
use words::{fill, ReportWords};

/// What the caller knows that the document does not.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReportOptions<'a> {
    /// When the report was made, as the user should read it (the core has no clock).
    pub generated: Option<&'a str>,
}

/// The colours of the app's label positions, used when a label's own colour is not `#rrggbb`.
const PALETTE: [&str; 8] = [
    "#c2410c", "#1d4ed8", "#7e22ce", "#047857", "#b45309", "#be185d", "#0e7490", "#4d7c0f",
];

/// Underline patterns by label position (claim solid, source dashed, hedge dotted, then double),
/// with the width each needs to be seen.
const PATTERNS: [(&str, &str); 4] = [
    ("solid", "2px"),
    ("dashed", "2px"),
    ("dotted", "3px"),
    ("double", "4px"),
];

/// The colour when it is exactly `#rrggbb`, else `None`: nothing else reaches the style sheet.
pub fn safe_color(c: &str) -> Option<(u8, u8, u8)> {
    let hex = c.strip_prefix('#').filter(|_| is_hex_color(c))?;
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// True for an absolute `http:` or `https:` URL without spaces or control characters.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && url.len() > "https://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The report as one HTML document, in English.
pub fn to_html(doc: &Document, opts: &ReportOptions) -> String {
    to_html_in(doc, opts, &ReportWords::english())
}

/// The report as one HTML document, with `w`'s words.
pub fn to_html_in(doc: &Document, opts: &ReportOptions, w: &ReportWords) -> String {
    let notes = footnotes(doc);
    let mut out = String::new();
    let title = if doc.title.trim().is_empty() {
        w.untitled.as_str()
    } else {
        doc.title.as_str()
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"{}>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Close Reader\">\n\
         <title>{}</title>\n<style>\n{}{}{}</style>\n</head>\n<body>\n",
        escape(&w.lang),
        if w.right_to_left { " dir=\"rtl\"" } else { "" },
        escape(&fill(&w.page_title, "{title}", title)),
        BASE_CSS,
        label_css(doc),
        digits_css(w)
    );
    header(&mut out, doc, title, opts, w);
    legend(&mut out, doc, w);
    article(&mut out, doc, &notes, w);
    claims_section(&mut out, doc, w);
    notes_section(&mut out, doc, &notes, w);
    threads_section(&mut out, doc, w);
    out.push_str("</body>\n</html>\n");
    out
}

/// Annotations with a note, numbered in the order their markers appear in the text: by where they
/// end (a marker follows its span's last character), then by text order.
fn footnotes(doc: &Document) -> Vec<&Annotation> {
    let mut noted: Vec<&Annotation> = doc
        .annotations()
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .collect();
    crate::model::order::sort_by_key(&mut noted, |a| (a.span.end(), a.order_key()));
    noted
}

fn label_position(doc: &Document, id: &str) -> Option<usize> {
    doc.labels.iter().position(|l| l.id == id)
}

fn label_name<'d>(doc: &'d Document, id: &'d str) -> &'d str {
    doc.label(id).map_or(id, |l| l.name.as_str())
}

/// One class per label position: its colour, tint, underline pattern and height.
fn label_css(doc: &Document) -> String {
    let mut css = String::new();
    for (i, l) in doc.labels.iter().enumerate() {
        let (r, g, b) = safe_color(&l.color)
            .or_else(|| safe_color(PALETTE[i % PALETTE.len()]))
            .expect("the palette is valid");
        let (style, width) = PATTERNS[i % PATTERNS.len()];
        let _ = writeln!(
            css,
            ".l{i} {{ --c: rgb({r} {g} {b}); --t: rgb({r} {g} {b} / .16); --s: {style}; --w: {width}; --o: {}px; }}",
            1 + 5 * (i % 3)
        );
    }
    css
}

/// The list numbers of the report's own lists (claims, notes, comments) in the report's digits,
/// when they are not plain ones: nothing for English.
fn digits_css(w: &ReportWords) -> String {
    let Some(digits) = w.own_digits() else {
        return String::new();
    };
    let symbols: Vec<String> = digits
        .iter()
        .map(|d| format!("\"\\{:x} \"", u32::from(*d)))
        .collect();
    format!(
        "@counter-style report-digits {{ system: numeric; symbols: {}; }}\n\
         .claims ol, .notes ol, .threads ol {{ list-style-type: report-digits; }}\n",
        symbols.join(" ")
    )
}

fn header(out: &mut String, doc: &Document, title: &str, opts: &ReportOptions, w: &ReportWords) {
    let _ = writeln!(out, "<header>\n<h1 dir=\"auto\">{}</h1>", escape(title));
    if let Some(url) = doc.source_url.as_deref().filter(|u| !u.trim().is_empty()) {
        let mut shown = if is_web_link(url) {
            format!(
                "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
                escape(url)
            )
        } else {
            escape(url)
        };
        if w.right_to_left {
            // An address reads left to right inside a right-to-left line.
            shown = format!("<bdi dir=\"ltr\">{shown}</bdi>");
        }
        let _ = writeln!(
            out,
            "<p class=\"source\">{}</p>",
            fill(&escape(&w.source), "{url}", &shown)
        );
    }
    let mut meta = format!(
        "{} · {}",
        w.counted(&w.word_count, doc.word_count()),
        w.counted(&w.annotation_count, doc.annotations().len())
    );
    if let Some(by) = doc.annotator.as_deref().filter(|a| !a.trim().is_empty()) {
        let _ = write!(meta, " · {}", fill(&w.annotated_by, "{name}", by));
    }
    if let Some(when) = opts.generated {
        let _ = write!(meta, " · {}", fill(&w.exported, "{date}", when));
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>\n</header>", escape(&meta));
}

fn legend(out: &mut String, doc: &Document, w: &ReportWords) {
    let _ = write!(
        out,
        "<section class=\"legend\" aria-labelledby=\"legend-title\">\n<h2 id=\"legend-title\">{}</h2>\n<ul>\n",
        escape(&w.legend)
    );
    for (i, (label, count)) in doc.counts().iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><mark class=\"l{i}\">{}</mark> <span class=\"count\">{}</span></li>",
            escape(&label.name),
            w.number(*count)
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn article(out: &mut String, doc: &Document, notes: &[&Annotation], w: &ReportWords) {
    // In a right-to-left report, the article's lists and quotes take the article's own direction
    // (its first letters'), as its paragraphs do.
    out.push_str(if w.right_to_left {
        "<article dir=\"auto\">\n"
    } else {
        "<article>\n"
    });
    let bs = blocks(&doc.text);
    let mut layout = Layout::default();
    let mut next_note = 0;
    for (k, line) in bs.iter().enumerate() {
        let style = doc.shape.line_style(line);
        if style.continues {
            // A line break inside the block: kept as one in preformatted text.
            out.push_str(match style.kind {
                BlockKind::Preformatted => "\n",
                _ => "<br>",
            });
        } else {
            layout.open(out, &style.kind);
        }
        let upto_after = bs.get(k + 1).map_or(usize::MAX, |next| next.span.start());
        line_html(out, doc, line, upto_after, notes, &mut next_note, w);
        if !style.continued {
            layout.close(out, &style.kind);
        }
    }
    layout.close_all(out);
    out.push_str("</article>\n");
}

/// The lists and quotes open around the article's blocks as they are written.
#[derive(Default)]
struct Layout {
    /// Open lists, outermost first: ordered or not, and whether an item of it is still open.
    lists: Vec<(bool, bool)>,
    /// Open block quotes.
    quotes: usize,
}

impl Layout {
    /// Opens a block of `kind`: a list item within its lists, a quote's paragraph within its
    /// quotes, else a paragraph, heading, caption, note or preformatted block.
    fn open(&mut self, out: &mut String, kind: &BlockKind) {
        if !matches!(kind, BlockKind::Item { .. }) {
            self.close_lists(out, 0);
        }
        if !matches!(kind, BlockKind::Quote(_)) {
            self.close_quotes(out, 0);
        }
        match kind {
            BlockKind::Paragraph => out.push_str("<p dir=\"auto\">"),
            BlockKind::Heading(l) => {
                // The report's own title is the h1; the article's headings come below it.
                let _ = write!(out, "<h{} dir=\"auto\">", heading_level(*l));
            }
            BlockKind::Item {
                ordered,
                depth,
                number,
            } => self.item(out, *ordered, usize::from(*depth), *number),
            BlockKind::Quote(depth) => {
                let depth = usize::from(*depth);
                self.close_quotes(out, depth);
                while self.quotes < depth {
                    out.push_str("<blockquote>\n");
                    self.quotes += 1;
                }
                out.push_str("<p dir=\"auto\">");
            }
            BlockKind::Caption => out.push_str("<p class=\"caption\" dir=\"auto\">"),
            BlockKind::Note => out.push_str("<p class=\"endnote\" dir=\"auto\">"),
            BlockKind::Preformatted => out.push_str("<pre dir=\"auto\">"),
        }
    }

    /// Ends a block of `kind` (a list item stays open: a deeper list may follow inside it).
    fn close(&mut self, out: &mut String, kind: &BlockKind) {
        match kind {
            BlockKind::Heading(l) => {
                let _ = writeln!(out, "</h{}>", heading_level(*l));
            }
            BlockKind::Item { .. } => {}
            BlockKind::Preformatted => out.push_str("</pre>\n"),
            _ => out.push_str("</p>\n"),
        }
    }

    /// A list item at `depth` (1 outermost): lists deeper than it closed, lists up to it opened
    /// (inside the open item of the list above), and the item.
    fn item(&mut self, out: &mut String, ordered: bool, depth: usize, number: Option<u32>) {
        self.close_lists(out, depth);
        if self.lists.len() == depth && self.lists[depth - 1].0 != ordered {
            self.close_lists(out, depth - 1);
        }
        while self.lists.len() < depth {
            if let Some(last) = self.lists.last_mut() {
                if !last.1 {
                    out.push_str("<li class=\"nested\">");
                    last.1 = true;
                }
            }
            // Lists skipped between two depths are bulleted; the item's own list is its kind.
            let own = self.lists.len() + 1 == depth;
            let is_ordered = own && ordered;
            match number.filter(|_| is_ordered) {
                Some(n) => {
                    let _ = writeln!(out, "<ol start=\"{n}\">");
                }
                None if is_ordered => out.push_str("<ol>\n"),
                None => out.push_str("<ul>\n"),
            }
            self.lists.push((is_ordered, false));
        }
        let last = self.lists.last_mut().expect("opened above");
        if last.1 {
            out.push_str("</li>\n");
        }
        last.1 = true;
        match number.filter(|_| ordered) {
            Some(n) => {
                let _ = write!(out, "<li value=\"{n}\" dir=\"auto\">");
            }
            None => out.push_str("<li dir=\"auto\">"),
        }
    }

    /// Closes lists until `keep` remain.
    fn close_lists(&mut self, out: &mut String, keep: usize) {
        while self.lists.len() > keep {
            let (ordered, item_open) = self.lists.pop().expect("more than keep");
            if item_open {
                out.push_str("</li>\n");
            }
            out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
        }
    }

    fn close_quotes(&mut self, out: &mut String, keep: usize) {
        while self.quotes > keep {
            out.push_str("</blockquote>\n");
            self.quotes -= 1;
        }
    }

    fn close_all(&mut self, out: &mut String) {
        self.close_lists(out, 0);
        self.close_quotes(out, 0);
    }
}

/// The report's heading element for an article heading of `level`: one below the report's title.
fn heading_level(level: u8) -> u8 {
    level.saturating_add(1).clamp(2, 6)
}

/// One line of the article: its runs with their highlights and marks, a link's target after it,
/// and the markers of the notes that end in it (or, after its last run, before `upto_after`: in
/// the line break before the next line).
fn line_html(
    out: &mut String,
    doc: &Document,
    line: &Block,
    upto_after: usize,
    notes: &[&Annotation],
    next_note: &mut usize,
    w: &ReportWords,
) {
    let marks = doc.shape.marks_on(line.span);
    for seg in segment_block(doc, line.span) {
        // The segment cut again at the edges of the marks inside it.
        let mut cuts = vec![seg.span.start(), seg.span.end()];
        for m in marks {
            for edge in [m.span.start(), m.span.end()] {
                if seg.span.start() < edge && edge < seg.span.end() {
                    cuts.push(edge);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for cut in cuts.windows(2) {
            let piece = Span::new(cut[0], cut[1]).expect("sorted");
            let over: Vec<&Mark> = marks
                .iter()
                .filter(|m| m.span.start() <= piece.start() && piece.end() <= m.span.end())
                .collect();
            for m in &over {
                out.push_str(&open_mark(&m.kind));
            }
            highlighted(out, doc, &seg.labels, doc.text.slice(piece));
            for m in over.iter().rev() {
                out.push_str(close_mark(&m.kind));
            }
            for m in over.iter().filter(|m| m.span.end() == piece.end()) {
                if let MarkKind::Link(href) = &m.kind {
                    let _ = write!(out, " <span class=\"href\">[{}]</span>", escape(href));
                }
            }
            let upto = if piece.end() == line.span.end() {
                upto_after
            } else {
                piece.end()
            };
            while *next_note < notes.len() && notes[*next_note].span.end() <= upto {
                let n = *next_note + 1;
                let shown = w.number(n);
                let _ = write!(
                    out,
                    "<sup class=\"fn\" id=\"ref-{n}\"><a href=\"#note-{n}\" aria-label=\"{}\">{shown}</a></sup>",
                    escape(&fill(&w.note_marker, "{number}", &shown))
                );
                *next_note += 1;
            }
        }
    }
}

/// A run of text with the highlight of the labels over it (none: plain text).
fn highlighted(out: &mut String, doc: &Document, labels: &[String], text: &str) {
    let text = escape(text);
    if labels.is_empty() {
        out.push_str(&text);
        return;
    }
    let names: Vec<&str> = labels.iter().map(|l| label_name(doc, l)).collect();
    let classes: Vec<String> = labels
        .iter()
        .filter_map(|l| label_position(doc, l))
        .map(|i| format!("l{i}"))
        .collect();
    let (first, rest) = classes.split_first().map_or(("", &[][..]), |(f, r)| (f, r));
    let _ = write!(
        out,
        "<mark class=\"{first}\" title=\"{}\">",
        escape(&names.join(" + "))
    );
    for c in rest {
        let _ = write!(out, "<span class=\"{c}\">");
    }
    out.push_str(&text);
    out.push_str(&"</span>".repeat(rest.len()));
    out.push_str("</mark>");
}

/// The element that shows a mark; a link is inert text, its target as a tooltip (and in
/// brackets after it).
fn open_mark(kind: &MarkKind) -> String {
    match kind {
        MarkKind::Strong => "<strong>".into(),
        MarkKind::Emphasis => "<em>".into(),
        MarkKind::Code => "<code>".into(),
        MarkKind::Link(href) => format!("<span class=\"link\" title=\"{}\">", escape(href)),
    }
}

fn close_mark(kind: &MarkKind) -> &'static str {
    match kind {
        MarkKind::Strong => "</strong>",
        MarkKind::Emphasis => "</em>",
        MarkKind::Code => "</code>",
        MarkKind::Link(_) => "</span>",
    }
}

/// Each claim (label `claim`) in text order, with the sources it is linked to (and what kind of
/// source each is) and the hedges on it; "no source linked" when it has none.
fn claims_section(out: &mut String, doc: &Document, w: &ReportWords) {
    let claims: Vec<&Annotation> = doc
        .annotations()
        .iter()
        .filter(|a| a.label == "claim")
        .collect();
    if claims.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"claims\" aria-labelledby=\"claims-title\">\n<h2 id=\"claims-title\">{}</h2>\n<ol>\n",
        escape(&w.claims)
    );
    let badge = |a: &Annotation| {
        let class = label_position(doc, &a.label).map_or(String::new(), |i| format!("l{i}"));
        format!(
            "<span class=\"badge {class}\">{}</span>",
            escape(label_name(doc, &a.label))
        )
    };
    for c in claims {
        let _ = write!(
            out,
            "<li><q dir=\"auto\">{}</q>",
            escape(&ellipsize(doc.quote(c), 160))
        );
        let (sources, hedges) = (doc.sources_of(&c.id), doc.hedges_on(&c.id));
        if sources.is_empty() {
            let _ = write!(
                out,
                " <span class=\"unsupported\">{}</span>",
                escape(&w.no_source)
            );
        }
        if !sources.is_empty() || !hedges.is_empty() {
            out.push_str("\n<ul>\n");
            for s in sources {
                let kind = classify(doc.quote(s)).kind;
                let _ = writeln!(
                    out,
                    "<li>{} <q dir=\"auto\">{}</q> <span class=\"kind\">{}</span></li>",
                    badge(s),
                    escape(&ellipsize(doc.quote(s), 120)),
                    escape(w.kind(kind))
                );
            }
            for h in hedges {
                let _ = writeln!(
                    out,
                    "<li>{} <q dir=\"auto\">{}</q></li>",
                    badge(h),
                    escape(&ellipsize(doc.quote(h), 120))
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

fn notes_section(out: &mut String, doc: &Document, notes: &[&Annotation], w: &ReportWords) {
    if notes.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"notes\" aria-labelledby=\"notes-title\">\n<h2 id=\"notes-title\">{}</h2>\n<ol>\n",
        escape(&w.notes)
    );
    // The way back to the text points to where a line of the report's language starts.
    let back = if w.right_to_left { "↪" } else { "↩" };
    for (k, a) in notes.iter().enumerate() {
        let n = k + 1;
        let class = label_position(doc, &a.label).map_or(String::new(), |i| format!("l{i}"));
        let _ = writeln!(
            out,
            "<li id=\"note-{n}\"><span class=\"badge {class}\">{}</span> <q dir=\"auto\">{}</q> \
             <a class=\"back\" href=\"#ref-{n}\" aria-label=\"{}\">{back}</a>\
             <div class=\"note\" dir=\"auto\">{}</div></li>",
            escape(label_name(doc, &a.label)),
            escape(&ellipsize(doc.quote(a), 160)),
            escape(&fill(&w.back_to_note, "{number}", &w.number(n))),
            escape(a.note.trim())
        );
    }
    out.push_str("</ol>\n</section>\n");
}

/// The conversations on spans, in text order: the quoted words, then each message with its author
/// and time.
fn threads_section(out: &mut String, doc: &Document, w: &ReportWords) {
    if doc.threads.is_empty() {
        return;
    }
    let mut threads: Vec<&crate::model::Thread> = doc.threads.iter().collect();
    crate::model::order::sort_by_key(&mut threads, |t| (t.span.start(), t.id.clone()));
    let _ = write!(
        out,
        "<section class=\"threads\" aria-labelledby=\"threads-title\">\n<h2 id=\"threads-title\">{}</h2>\n<ol>\n",
        escape(&w.comments)
    );
    for t in threads {
        let quote = if t.span.end() <= doc.text.len() {
            doc.text.slice(t.span)
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li><q dir=\"auto\">{}</q>\n<ol class=\"messages\">\n",
            escape(&ellipsize(quote, 160))
        );
        for m in &t.messages {
            let _ = writeln!(
                out,
                "<li><span class=\"author\">{}</span> <time datetime=\"{}\">{}</time>\
                 <div class=\"note\" dir=\"auto\">{}</div></li>",
                escape(&m.author),
                escape(&m.time),
                escape(&m.time),
                escape(m.text.trim())
            );
        }
        out.push_str("</ol></li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

const BASE_CSS: &str = r#":root { color-scheme: light; --ink: #1c1917; --muted: #57534e; --line: #d6d3cd; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 44rem; padding: 2rem 1.25rem 4rem; color: var(--ink); background: #fffdf8;
  font: 1.1rem/2.1 Georgia, "Noto Serif", "Times New Roman", serif; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font: 700 1rem/1.4 system-ui, sans-serif; margin: 2rem 0 .5rem; }
header { border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
.source, .meta { font: .85rem/1.5 system-ui, sans-serif; color: var(--muted); margin: .25rem 0; overflow-wrap: anywhere; }
.legend ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; margin: 0;
  font: .9rem/2 system-ui, sans-serif; }
.legend { margin-bottom: 1.5rem; padding-bottom: .75rem; border-bottom: 1px solid var(--line); }
.legend .count { font-weight: 700; font-variant-numeric: tabular-nums; }
article p, article li, article pre, article h2, article h3, article h4, article h5, article h6 {
  white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
article p { margin: 0 0 1rem; }
article h2, article h3, article h4, article h5, article h6 { font-family: inherit; line-height: 1.4; margin: 1.5rem 0 .75rem; }
article h2 { font-size: 1.4rem; } article h3 { font-size: 1.2rem; } article h4, article h5, article h6 { font-size: 1.05rem; }
article ul, article ol { margin: 0 0 1rem; padding-inline-start: 1.75rem; }
article li { margin: 0 0 .25rem; }
article li.nested { list-style: none; }
article blockquote { margin: 0 0 1rem; padding-inline-start: 1rem; border-inline-start: 3px solid var(--line); color: #44403c; }
article pre, article code { font-family: ui-monospace, "Noto Sans Mono", monospace; font-size: .9em; }
article pre { margin: 0 0 1rem; line-height: 1.6; }
article .caption, article .endnote { font-size: .9rem; line-height: 1.6; color: var(--muted); }
article .caption { font-style: italic; }
article .link { text-decoration: underline dotted; }
article .href { font: .8rem/1.4 system-ui, sans-serif; color: var(--muted); overflow-wrap: anywhere; }
mark, mark span { color: inherit; background-color: var(--t); border-bottom: var(--w) var(--s) var(--c);
  padding: 1px 0 var(--o); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
sup.fn { font: 700 .7rem/1 system-ui, sans-serif; padding: 0 .1em; }
a { color: #1d4ed8; }
sup.fn a, a.back { text-decoration: none; }
.notes ol, .threads ol { padding-inline-start: 1.75rem; font-size: .95rem; line-height: 1.5; }
.notes li, .threads li { margin: 0 0 .75rem; break-inside: avoid; }
.notes q, .threads q { font-style: italic; unicode-bidi: plaintext; }
.threads .author { font-weight: 700; }
.threads time { color: var(--muted); font: .8rem system-ui, sans-serif; }
.notes .note, .threads .note { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.claims ol { padding-inline-start: 1.75rem; font-size: .95rem; line-height: 1.5; }
.claims li { margin: 0 0 .6rem; break-inside: avoid; }
.claims ul { list-style: none; padding-inline-start: 1rem; margin: .3rem 0 0; }
.claims q { unicode-bidi: plaintext; }
.claims .kind, .claims .unsupported { font: .8rem/1.4 system-ui, sans-serif; color: var(--muted); }
.claims .unsupported { font-style: italic; }
.badge { font: 700 .72rem/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em;
  color: var(--c); border-bottom: 2px var(--s) var(--c); }
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; padding: 0; background: #fff; font-size: 11pt; line-height: 2; }
  h1 { font-size: 18pt; }
  a { color: inherit; }
  a.back { display: none; }
  .notes { break-before: auto; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Label;

    fn doc_with(text: &str, spans: &[(&str, &str, usize, usize, &str)]) -> Document {
        let mut d = Document::new("Report", text, None);
        for (id, label, s, e, note) in spans {
            let mut a = Annotation::new(id, label, Span::new(*s, *e).unwrap(), "t");
            a.note = note.to_string();
            d.insert(a).unwrap();
        }
        d
    }

    fn html(d: &Document) -> String {
        to_html(d, &ReportOptions::default())
    }

    #[test]
    fn the_conversations_are_listed_in_text_order_with_author_and_time_escaped() {
        use crate::model::{Message, Thread};
        let mut d = doc_with(
            "The mayor said the bridge will close.",
            &[("a1", "claim", 15, 36, "")],
        );
        let m = |id: &str, author: &str, text: &str| Message {
            id: id.into(),
            author: author.into(),
            time: "2026-12-07T09:00:00Z".into(),
            text: text.into(),
        };
        let mut later = Thread::start(
            &[],
            Span::new(15, 36).unwrap(),
            Some("a1"),
            m("m1", "Ms Haddad", "Whose claim?"),
        );
        later
            .messages
            .push(m("m2", "Rana <b>", "The mayor's </li><script>"));
        let earlier = Thread::start(
            std::slice::from_ref(&later),
            Span::new(4, 9).unwrap(),
            None,
            m("m1", "Ms Haddad", "A source you missed."),
        );
        d.threads = vec![later, earlier];
        let out = html(&d);
        let section = &out[out
            .find("<section class=\"threads\"")
            .expect("a Comments section")..];
        let first = section.find("A source you missed.").unwrap();
        let second = section.find("Whose claim?").unwrap();
        assert!(first < second, "in text order");
        assert!(section.contains("<q dir=\"auto\">mayor</q>"));
        assert!(section.contains("Rana &lt;b&gt;"));
        assert!(!section.contains("<script>"));
        assert!(section.contains("<time datetime=\"2026-12-07T09:00:00Z\">"));
        assert!(!html(&doc_with("x", &[])).contains("class=\"threads\""));
    }

    #[test]
    fn hostile_text_title_notes_labels_and_url_stay_text() {
        let mut d = doc_with(
            "Before <script>alert(1)</script> after",
            &[("a1", "claim", 7, 32, "</li><img src=x onerror=alert(2)>")],
        );
        d.title = "</title><script>alert(3)</script>".into();
        d.source_url = Some("javascript:alert(4)".into());
        d.labels[0].name = "\"><img src=x onerror=alert(5)>".into();
        d.labels[0].color = "red; } body { visibility: hidden".into();
        d.annotator = Some("<b>me</b>".into());
        let out = html(&d);
        assert!(!out.contains("<script>"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(!out.contains("<b>"), "{out}");
        assert!(!out.contains("href=\"javascript:"), "{out}");
        assert!(out.contains("Source: javascript:alert(4)</p>"));
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!out.contains("visibility"), "bad colour reached the CSS");
        assert!(out.contains(".l0 { --c: rgb(194 65 12)"), "palette instead");
        assert!(out.contains("title=\"&quot;&gt;&lt;img src=x onerror=alert(5)&gt;\""));
        // Only the report's own tags: no script at all, and a policy that forbids one.
        assert!(!out.to_lowercase().contains("<script"));
        assert!(out.contains("default-src 'none'; style-src 'unsafe-inline'"));
    }

    #[test]
    fn colours_must_be_rrggbb() {
        assert_eq!(safe_color("#1d4ED8"), Some((0x1d, 0x4e, 0xd8)));
        for bad in [
            "#1d4ed",
            "1d4ed8",
            "#1d4ed8;",
            "#gg0000",
            "#１２３４５６",
            "",
            "#1d4ed8 ",
        ] {
            assert_eq!(safe_color(bad), None, "{bad:?}");
        }
        let mut d = doc_with("x", &[]);
        d.labels.push(Label::new("own", "Own", "#123456", ""));
        assert!(
            html(&d).contains(".l3 { --c: rgb(18 52 86); --t: rgb(18 52 86 / .16); --s: double")
        );
    }

    #[test]
    fn only_web_urls_become_links() {
        let mut d = doc_with("x", &[]);
        d.source_url = Some("https://example.org/a?b=1&c=\"2\"".into());
        assert!(html(&d).contains(
            "<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer\">"
        ));
        for not_link in ["data:text/html,x", "HTTPS:// spaced", "ftp://x", "https://"] {
            assert!(!is_web_link(not_link), "{not_link}");
        }
        assert!(is_web_link("HTTP://EXAMPLE.ORG"));
    }

    #[test]
    fn notes_are_numbered_where_their_markers_appear_and_link_both_ways() {
        // a1 is long and ends last; a2 and a3 end inside it; a4 has no note.
        let text = "One two three four five six.";
        let d = doc_with(
            text,
            &[
                ("a1", "claim", 0, 27, "outer"),
                ("a2", "source", 4, 7, "inner two"),
                ("a3", "hedge", 8, 13, "inner three"),
                ("a4", "hedge", 14, 18, ""),
            ],
        );
        let out = html(&d);
        let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(at("two</span></mark><sup class=\"fn\" id=\"ref-1\">") > 0);
        assert!(at("three</span></mark><sup class=\"fn\" id=\"ref-2\">") > 0);
        assert!(at("six</mark><sup class=\"fn\" id=\"ref-3\">") > 0);
        assert!(!out.contains("ref-4"));
        let notes = &out[at("<ol>")..];
        assert!(notes.find("inner two").unwrap() < notes.find("inner three").unwrap());
        assert!(notes.find("inner three").unwrap() < notes.find("outer").unwrap());
        assert!(out.contains("<li id=\"note-1\">"));
        assert!(out.contains("href=\"#ref-3\""));
        assert!(out.contains("<span class=\"badge l1\">Source</span> <q dir=\"auto\">two</q>"));
    }

    #[test]
    fn a_note_on_a_span_ending_in_a_line_break_is_marked_at_its_paragraphs_end() {
        let d = doc_with("First line\nSecond", &[("a1", "claim", 6, 11, "n")]);
        let out = html(&d);
        assert!(
            out.contains(
                "<mark class=\"l0\" title=\"Claim\">line</mark><sup class=\"fn\" id=\"ref-1\">"
            ),
            "{out}"
        );
    }

    #[test]
    fn crlf_rtl_and_emoji_text_is_kept_exactly_per_paragraph() {
        let text = "Emoji 👩‍👩‍👧 here\r\nقال الوزير إن\r\n\tTabbed\u{a0}line";
        let d = doc_with(text, &[("a1", "source", 18, 21, "سطر\nثاني")]);
        let out = html(&d);
        let paras: Vec<&str> = out
            .split("<p dir=\"auto\">")
            .skip(1)
            .map(|p| p.split("</p>").next().unwrap())
            .collect();
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[0], "Emoji 👩‍👩‍👧 here");
        assert!(paras[1].starts_with("<mark class=\"l1\" title=\"Source\">قال</mark><sup"));
        assert_eq!(paras[2], "\tTabbed\u{a0}line");
        assert!(!out.contains('\r'));
        assert!(out.contains("<div class=\"note\" dir=\"auto\">سطر\nثاني</div>"));
    }

    #[test]
    fn the_legend_counts_each_label_and_overlaps_nest_one_element_per_label() {
        let d = doc_with(
            "The plan may work.",
            &[("a1", "claim", 0, 17, ""), ("a2", "hedge", 9, 12, "")],
        );
        let out = html(&d);
        assert!(
            out.contains("<li><mark class=\"l0\">Claim</mark> <span class=\"count\">1</span></li>")
        );
        assert!(out
            .contains("<li><mark class=\"l1\">Source</mark> <span class=\"count\">0</span></li>"));
        assert!(out.contains(
            "<mark class=\"l0\" title=\"Claim + Hedge\"><span class=\"l2\">may</span></mark>"
        ));
        assert!(out.contains("4 words · 2 annotations"));
        assert!(
            !out.contains("<section class=\"notes\""),
            "no notes, no section"
        );
    }

    #[test]
    fn each_claim_lists_its_sources_with_their_kind_and_its_hedges() {
        use crate::model::{Link, LinkKind};
        // "Officials" [0, 9), "<b>it</b> works" [15, 30), "WHO" [32, 35), "maybe" [37, 42),
        // "prices fell" [44, 55).
        let text = "Officials said <b>it</b> works, WHO: maybe. prices fell.";
        let mut d = doc_with(
            text,
            &[
                ("a1", "source", 0, 9, ""),
                ("a2", "claim", 15, 30, ""),
                ("a3", "source", 32, 35, ""),
                ("a4", "hedge", 37, 42, ""),
                ("a5", "claim", 44, 55, ""),
            ],
        );
        for (id, from, to, kind) in [
            ("l1", "a2", "a1", LinkKind::SupportedBy),
            ("l2", "a2", "a3", LinkKind::SupportedBy),
            ("l3", "a4", "a2", LinkKind::Hedges),
        ] {
            d.insert_link(Link::new(id, from, to, kind)).unwrap();
        }
        let h = html(&d);
        let at = h
            .find("<h2 id=\"claims-title\">Claims and their sources</h2>")
            .expect("the section");
        let section = &h[at..h[at..].find("</section>").unwrap() + at];
        assert!(
            section.contains("<li><q dir=\"auto\">&lt;b&gt;it&lt;/b&gt; works</q>\n<ul>\n"),
            "{section}"
        );
        assert!(section.contains("<li><span class=\"badge l1\">Source</span> <q dir=\"auto\">Officials</q> <span class=\"kind\">anonymous</span></li>"), "{section}");
        assert!(
            section.contains("<q dir=\"auto\">WHO</q> <span class=\"kind\">named</span>"),
            "{section}"
        );
        assert!(
            section.contains(
                "<li><span class=\"badge l2\">Hedge</span> <q dir=\"auto\">maybe</q></li>"
            ),
            "{section}"
        );
        assert!(section.contains("<li><q dir=\"auto\">prices fell</q> <span class=\"unsupported\">no source linked</span></li>"), "{section}");
        assert!(
            section.find("Officials").unwrap() < section.find("WHO").unwrap(),
            "sources in text order"
        );
        // No claims, no section.
        assert!(!html(&doc_with("x", &[])).contains("claims-title"));
    }

    #[test]
    fn another_languages_words_make_the_reports_own_text_and_the_article_keeps_its_own() {
        use crate::model::{Link, LinkKind};
        let mut d = doc_with(
            "Officials said prices fell.",
            &[("a1", "source", 0, 9, "qui ?"), ("a2", "claim", 15, 26, "")],
        );
        d.insert_link(Link::new("l1", "a2", "a1", LinkKind::SupportedBy))
            .unwrap();
        d.title = String::new();
        d.annotator = Some("Rana".into());
        d.source_url = Some("https://example.org/a".into());
        let mut fr = ReportWords::english();
        fr.lang = "fr".into();
        fr.untitled = "Article sans titre".into();
        fr.page_title = "{title} (annoté)".into();
        fr.source = "Source : {url}".into();
        fr.word_count.exact = [(4, "4\u{a0}mots".to_string())].into();
        fr.annotation_count.exact.clear();
        fr.annotation_count.other = "{count} annotations".into();
        fr.annotated_by = "annoté par {name}".into();
        fr.exported = "exporté le {date}".into();
        fr.legend = "Légende".into();
        fr.claims = "Les affirmations et leurs sources".into();
        fr.anonymous = "anonyme".into();
        fr.notes = "Notes & remarques".into();
        fr.note_marker = "Note {number}".into();
        let out = to_html_in(
            &d,
            &ReportOptions {
                generated: Some("7 déc."),
            },
            &fr,
        );
        assert!(out.contains("<html lang=\"fr\">\n"), "{out}");
        assert!(out.contains("<title>Article sans titre (annoté)</title>"));
        assert!(out.contains("<h1 dir=\"auto\">Article sans titre</h1>"));
        assert!(out.contains("<p class=\"source\">Source : <a href=\"https://example.org/a\""));
        assert!(out.contains(
            "<p class=\"meta\">4\u{a0}mots · 2 annotations · annoté par Rana · exporté le 7 déc.</p>"
        ));
        assert!(out.contains("<h2 id=\"legend-title\">Légende</h2>"));
        assert!(out.contains("<h2 id=\"claims-title\">Les affirmations et leurs sources</h2>"));
        assert!(out.contains("<span class=\"kind\">anonyme</span>"));
        assert!(out.contains("<h2 id=\"notes-title\">Notes &amp; remarques</h2>"));
        assert!(
            out.contains("<article>\n<p dir=\"auto\">"),
            "the article's own direction"
        );
        assert!(
            !out.contains("Legend") && !out.contains("annotated"),
            "{out}"
        );

        let mut ar = fr.clone();
        ar.lang = "ar".into();
        ar.right_to_left = true;
        ar.digits = "٠١٢٣٤٥٦٧٨٩".into();
        ar.back_to_note = "العودة إلى نص الملاحظة {number}".into();
        let out = to_html_in(&d, &ReportOptions::default(), &ar);
        assert!(out.contains("<html lang=\"ar\" dir=\"rtl\">\n"), "{out}");
        assert!(
            out.contains("<article dir=\"auto\">\n<p dir=\"auto\">"),
            "{out}"
        );
        assert!(out.contains("<bdi dir=\"ltr\"><a href=\"https://example.org/a\""));
        assert!(out.contains("<span class=\"count\">١</span>"), "{out}");
        assert!(out.contains("aria-label=\"Note ١\">١</a></sup>"), "{out}");
        assert!(
            out.contains("aria-label=\"العودة إلى نص الملاحظة ١\">↪</a>"),
            "{out}"
        );
        assert!(out.contains("@counter-style report-digits { system: numeric; symbols: \"\\660 \""));
        // English's report has none of it.
        let en = html(&d);
        assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
        assert!(!en.contains("counter-style") && !en.contains("<bdi"));
    }

    /// The article's element, and that its tags nest: every opened element closed in order.
    fn article_of(out: &str) -> &str {
        let from = out.find("<article>").unwrap();
        let to = out.find("</article>").unwrap() + "</article>".len();
        let article = &out[from..to];
        let mut open: Vec<&str> = Vec::new();
        let mut rest = article;
        while let Some(at) = rest.find('<') {
            rest = &rest[at + 1..];
            let end = rest.find('>').expect("a tag ends");
            let tag = &rest[..end];
            let name = tag
                .trim_start_matches('/')
                .split([' ', '>'])
                .next()
                .unwrap();
            if name == "br" {
                continue;
            }
            if tag.starts_with('/') {
                assert_eq!(
                    open.pop(),
                    Some(name),
                    "</{name}> closes another element in {article}"
                );
            } else {
                open.push(name);
            }
        }
        assert!(open.is_empty(), "left open: {open:?}");
        article
    }

    fn shaped(
        text: &str,
        blocks: Vec<(usize, usize, BlockKind)>,
        marks: Vec<(usize, usize, MarkKind)>,
    ) -> Document {
        use crate::model::shape::{Mark, Shape, ShapeBlock};
        let mut d = Document::new("Report", text, None);
        let blocks = blocks
            .into_iter()
            .map(|(s, e, kind)| ShapeBlock {
                span: Span::new(s, e).unwrap(),
                kind,
            })
            .collect();
        let marks = marks
            .into_iter()
            .map(|(s, e, kind)| Mark {
                span: Span::new(s, e).unwrap(),
                kind,
            })
            .collect();
        d.shape = Shape::new(&d.text, blocks, marks).unwrap();
        d
    }

    fn item(ordered: bool, depth: u8, number: Option<u32>) -> BlockKind {
        BlockKind::Item {
            ordered,
            depth,
            number,
        }
    }

    #[test]
    fn headings_sit_below_the_reports_title_and_lists_nest() {
        // Lines: "Title" [0, 5), "Sub" [6, 9), "one" [10, 13), "two" [14, 17), "deep" [18, 22),
        // "three" [23, 28), "after" [29, 34), "tiny" [35, 39).
        let text = "Title\nSub\none\ntwo\ndeep\nthree\nafter\ntiny";
        let d = shaped(
            text,
            vec![
                (0, 5, BlockKind::Heading(1)),
                (6, 9, BlockKind::Heading(2)),
                (10, 13, item(true, 1, Some(3))),
                (14, 17, item(true, 1, Some(4))),
                (18, 22, item(false, 2, None)),
                (23, 28, item(true, 1, Some(5))),
                (35, 39, BlockKind::Heading(6)),
            ],
            vec![],
        );
        let out = html(&d);
        let a = article_of(&out);
        assert_eq!(
            a,
            "<article>\n<h2 dir=\"auto\">Title</h2>\n<h3 dir=\"auto\">Sub</h3>\n\
             <ol start=\"3\">\n<li value=\"3\" dir=\"auto\">one</li>\n\
             <li value=\"4\" dir=\"auto\">two<ul>\n<li dir=\"auto\">deep</li>\n</ul>\n</li>\n\
             <li value=\"5\" dir=\"auto\">three</li>\n</ol>\n\
             <p dir=\"auto\">after</p>\n<h6 dir=\"auto\">tiny</h6>\n</article>"
        );
        assert!(
            out.contains("<h1 dir=\"auto\">Report</h1>"),
            "the report's title stays the one h1"
        );
    }

    #[test]
    fn a_list_that_starts_deep_or_changes_kind_still_nests() {
        // "a" [0, 1), "b" [2, 3), "c" [4, 5), "d" [6, 7).
        let d = shaped(
            "a\nb\nc\nd",
            vec![
                (0, 1, item(true, 3, None)),
                (2, 3, item(false, 1, None)),
                (4, 5, item(true, 1, Some(1))),
                (6, 7, item(true, 2, None)),
            ],
            vec![],
        );
        let out = html(&d);
        let a = article_of(&out);
        assert!(a.starts_with("<article>\n<ul>\n<li class=\"nested\"><ul>\n<li class=\"nested\"><ol>\n<li dir=\"auto\">a"), "{a}");
        assert!(a.contains("</ul>\n<ol start=\"1\">\n<li value=\"1\" dir=\"auto\">c<ol>\n<li dir=\"auto\">d</li>\n</ol>\n</li>\n</ol>\n</article>"), "{a}");
    }

    #[test]
    fn quotes_captions_notes_and_preformatted_text_keep_their_form_and_line_breaks() {
        // "Said" [0, 4), "deeper" [5, 11), "still" [12, 17), "Photo" [18, 23), "n1" [24, 26),
        // "  x = 1" [27, 34), "  y" [35, 38), "end" [39, 42), "two" [43, 46).
        let text = "Said\ndeeper\nstill\nPhoto\nn1\n  x = 1\n  y\nend\ntwo";
        let d = shaped(
            text,
            vec![
                (0, 4, BlockKind::Quote(1)),
                (5, 17, BlockKind::Quote(2)),
                (18, 23, BlockKind::Caption),
                (24, 26, BlockKind::Note),
                (27, 38, BlockKind::Preformatted),
                (39, 46, BlockKind::Paragraph),
            ],
            vec![],
        );
        let out = html(&d);
        let a = article_of(&out);
        assert_eq!(
            a,
            "<article>\n<blockquote>\n<p dir=\"auto\">Said</p>\n<blockquote>\n\
             <p dir=\"auto\">deeper<br>still</p>\n</blockquote>\n</blockquote>\n\
             <p class=\"caption\" dir=\"auto\">Photo</p>\n<p class=\"endnote\" dir=\"auto\">n1</p>\n\
             <pre dir=\"auto\">  x = 1\n  y</pre>\n<p dir=\"auto\">end<br>two</p>\n</article>"
        );
    }

    #[test]
    fn marks_nest_around_highlights_and_links_stay_inert_text_with_their_target() {
        // "Bold and italic, a link, code." — bold [0, 4), italic [9, 15) crossing the claim
        // [5, 11), link [19, 23), code [25, 29).
        let text = "Bold and italic, a link, code.";
        let mut d = shaped(
            text,
            vec![],
            vec![
                (0, 4, MarkKind::Strong),
                (9, 15, MarkKind::Emphasis),
                (
                    19,
                    23,
                    MarkKind::Link("javascript:alert(1)\"><script>x</script>".into()),
                ),
                (25, 29, MarkKind::Code),
            ],
        );
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(5, 11).unwrap(),
            "t",
        ))
        .unwrap();
        let out = html(&d);
        let a = article_of(&out);
        assert!(
            a.starts_with("<article>\n<p dir=\"auto\"><strong>Bold</strong> "),
            "{a}"
        );
        assert!(a.contains("<mark class=\"l0\" title=\"Claim\">and </mark><em><mark class=\"l0\" title=\"Claim\">it</mark></em><em>alic</em>"), "{a}");
        assert!(a.contains("<code>code</code>."), "{a}");
        let escaped = "javascript:alert(1)&quot;&gt;&lt;script&gt;x&lt;/script&gt;";
        assert!(a.contains(&format!(
            "<span class=\"link\" title=\"{escaped}\">link</span> <span class=\"href\">[{escaped}]</span>,"
        )), "{a}");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("href=\"javascript"), "{out}");
        assert!(!a.contains("<a "), "no link in the article");
    }

    #[test]
    fn a_note_marker_after_a_shaped_line_lands_as_in_a_plain_one() {
        let text = "Title\nBody text";
        let mut d = shaped(
            text,
            vec![(0, 5, BlockKind::Heading(1))],
            vec![(6, 10, MarkKind::Strong)],
        );
        let mut a = Annotation::new("a1", "claim", Span::new(0, 5).unwrap(), "t");
        a.note = "n".into();
        d.insert(a).unwrap();
        let out = html(&d);
        let a = article_of(&out);
        assert!(a.contains("<h2 dir=\"auto\"><mark class=\"l0\" title=\"Claim\">Title</mark><sup class=\"fn\" id=\"ref-1\">"), "{a}");
        assert!(
            a.contains("<p dir=\"auto\"><strong>Body</strong> text</p>"),
            "{a}"
        );
    }

    /// The article's words as a reader sees them: tags, note markers and link targets taken out.
    fn words_of(article: &str) -> String {
        let mut s = article.to_string();
        for (open, close) in [("<sup", "</sup>"), (" <span class=\"href\">", "</span>")] {
            while let Some(at) = s.find(open) {
                let end = at + s[at..].find(close).unwrap() + close.len();
                s.replace_range(at..end, "");
            }
        }
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                '\n' => {}
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn any_kind() -> impl Strategy<Value = BlockKind> {
        prop_oneof![
            Just(BlockKind::Paragraph),
            (1u8..=6).prop_map(BlockKind::Heading),
            (any::<bool>(), 1u8..=4, proptest::option::of(0u32..20))
                .prop_map(|(o, d, n)| item(o, d, n)),
            (1u8..=3).prop_map(BlockKind::Quote),
            Just(BlockKind::Caption),
            Just(BlockKind::Note),
            Just(BlockKind::Preformatted),
        ]
    }

    use proptest::prelude::*;

    proptest! {
        /// Whatever the shape, marks and highlights, the article's elements nest and its words are
        /// the text's lines, in order, each once.
        #[test]
        fn any_shaped_article_is_well_formed_and_keeps_every_word(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "a", "<b>", "&", "\"", "😀", "قال", "e\u{301}", " ", "\n", "\r\n", "\u{2028}",
            ][..]), 1..40),
            kinds in proptest::collection::vec((0u8..3, any_kind()), 1..6),
            marks in proptest::collection::vec((0usize..60, 1usize..12, 0u8..4), 0..6),
            spans in proptest::collection::vec((0usize..60, 1usize..12, any::<bool>()), 0..4),
        ) {
            use crate::model::shape::{Mark, Shape, ShapeBlock};
            let text: String = pieces.concat();
            let mut d = Document::new("T", &text, None);
            let mut blocks: Vec<ShapeBlock> = Vec::new();
            let mut open = false;
            for (i, line) in crate::model::blocks::blocks(&d.text).iter().enumerate() {
                let (action, kind) = &kinds[i % kinds.len()];
                match action {
                    0 => open = false,
                    1 if open => {
                        let last = blocks.last_mut().unwrap();
                        last.span = Span::new(last.span.start(), line.span.end()).unwrap();
                    }
                    _ => {
                        blocks.push(ShapeBlock { span: line.span, kind: kind.clone() });
                        open = true;
                    }
                }
            }
            let n = d.text.len();
            let marks: Vec<Mark> = marks
                .into_iter()
                .filter(|(s, _, _)| *s < n)
                .map(|(s, len, k)| Mark {
                    span: Span::new(s, (s + len).min(n)).unwrap(),
                    kind: match k {
                        0 => MarkKind::Strong,
                        1 => MarkKind::Emphasis,
                        2 => MarkKind::Code,
                        _ => MarkKind::Link("javascript:x(\"<i>\")".into()),
                    },
                })
                .collect();
            d.shape = Shape::new(&d.text, blocks, marks).unwrap();
            for (i, (s, len, noted)) in spans.into_iter().enumerate() {
                let span = Span::new(s.min(n), (s + len).min(n)).unwrap();
                let mut a = Annotation::new(&format!("a{i}"), "claim", span, "t");
                a.note = if noted { "n".into() } else { String::new() };
                let _ = d.insert(a);
            }
            let out = html(&d);
            let article = article_of(&out);
            let lines: String = crate::model::blocks::blocks(&d.text)
                .iter()
                .map(|l| d.text.slice(l.span))
                .collect();
            prop_assert_eq!(words_of(article), lines);
            prop_assert!(!out.contains("href=\"javascript"));
        }
    }
}
