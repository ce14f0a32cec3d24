//! The readable report: one self-contained HTML file (inline CSS, no script, its own
//! Content-Security-Policy) with the article and its highlights, a legend with counts per label,
//! the claims with the sources they are linked to (and the hedges on them), and the notes as numbered
//! footnotes. It opens in any browser, offline, and prints as a handout.
//!
//! It sits in the analysis layer because it shows what the analysis finds (each claim's sources with
//! their kind, from `source_kind`). Every piece of user text (article, title, URL, label names,
//! notes) goes through the formats' one HTML [`escape`]; label colours are used only when they are
//! `#rrggbb`; the source URL becomes a link only when it is `http(s)`. Highlights keep the app's idea: a tint per label (overlaps deepen) and an
//! underline per label with its own pattern and height, so they stay apart in greyscale.

use std::fmt::Write;

use crate::analysis::source_kind::classify;
use crate::formats::markup::escape;
use crate::model::blocks::{blocks, segment_block};
use crate::model::label::is_hex_color;
use crate::model::names::ellipsize;
use crate::model::{Annotation, Document};

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

/// The report as one HTML document.
pub fn to_html(doc: &Document, opts: &ReportOptions) -> String {
    let notes = footnotes(doc);
    let mut out = String::new();
    let title = if doc.title.trim().is_empty() {
        "Untitled article"
    } else {
        doc.title.as_str()
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Close Reader\">\n\
         <title>{} (annotated)</title>\n<style>\n{}{}</style>\n</head>\n<body>\n",
        escape(title),
        BASE_CSS,
        label_css(doc)
    );
    header(&mut out, doc, title, opts);
    legend(&mut out, doc);
    article(&mut out, doc, &notes);
    claims_section(&mut out, doc);
    notes_section(&mut out, doc, &notes);
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

fn header(out: &mut String, doc: &Document, title: &str, opts: &ReportOptions) {
    let _ = writeln!(out, "<header>\n<h1 dir=\"auto\">{}</h1>", escape(title));
    if let Some(url) = doc.source_url.as_deref().filter(|u| !u.trim().is_empty()) {
        if is_web_link(url) {
            let _ = writeln!(
                out,
                "<p class=\"source\">Source: <a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a></p>",
                escape(url)
            );
        } else {
            let _ = writeln!(out, "<p class=\"source\">Source: {}</p>", escape(url));
        }
    }
    let n = doc.annotations().len();
    let mut meta = format!(
        "{} words · {n} annotation{}",
        doc.word_count(),
        if n == 1 { "" } else { "s" }
    );
    if let Some(by) = doc.annotator.as_deref().filter(|a| !a.trim().is_empty()) {
        let _ = write!(meta, " · annotated by {by}");
    }
    if let Some(when) = opts.generated {
        let _ = write!(meta, " · exported {when}");
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>\n</header>", escape(&meta));
}

fn legend(out: &mut String, doc: &Document) {
    out.push_str("<section class=\"legend\" aria-labelledby=\"legend-title\">\n<h2 id=\"legend-title\">Legend</h2>\n<ul>\n");
    for (i, (label, count)) in doc.counts().iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><mark class=\"l{i}\">{}</mark> <span class=\"count\">{count}</span></li>",
            escape(&label.name)
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn article(out: &mut String, doc: &Document, notes: &[&Annotation]) {
    out.push_str("<article>\n");
    let bs = blocks(&doc.text);
    let mut next_note = 0;
    for (k, b) in bs.iter().enumerate() {
        out.push_str("<p dir=\"auto\">");
        for seg in segment_block(doc, b.span) {
            let text = escape(doc.text.slice(seg.span));
            if seg.labels.is_empty() {
                out.push_str(&text);
            } else {
                let names: Vec<&str> = seg.labels.iter().map(|l| label_name(doc, l)).collect();
                let classes: Vec<String> = seg
                    .labels
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
            // Markers of notes whose span ends here, or (after the paragraph's last run) in the
            // line break before the next paragraph.
            let upto = match bs.get(k + 1) {
                Some(next) if seg.span.end() == b.span.end() => next.span.start(),
                None if seg.span.end() == b.span.end() => usize::MAX,
                _ => seg.span.end(),
            };
            while next_note < notes.len() && notes[next_note].span.end() <= upto {
                let n = next_note + 1;
                let _ = write!(
                    out,
                    "<sup class=\"fn\" id=\"ref-{n}\"><a href=\"#note-{n}\" aria-label=\"Note {n}\">{n}</a></sup>"
                );
                next_note += 1;
            }
        }
        out.push_str("</p>\n");
    }
    out.push_str("</article>\n");
}

/// Each claim (label `claim`) in text order, with the sources it is linked to (and what kind of
/// source each is) and the hedges on it; "no source linked" when it has none.
fn claims_section(out: &mut String, doc: &Document) {
    let claims: Vec<&Annotation> = doc
        .annotations()
        .iter()
        .filter(|a| a.label == "claim")
        .collect();
    if claims.is_empty() {
        return;
    }
    out.push_str("<section class=\"claims\" aria-labelledby=\"claims-title\">\n<h2 id=\"claims-title\">Claims and their sources</h2>\n<ol>\n");
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
            out.push_str(" <span class=\"unsupported\">no source linked</span>");
        }
        if !sources.is_empty() || !hedges.is_empty() {
            out.push_str("\n<ul>\n");
            for s in sources {
                let kind = classify(doc.quote(s)).kind;
                let _ = writeln!(
                    out,
                    "<li>{} <q dir=\"auto\">{}</q> <span class=\"kind\">{kind}</span></li>",
                    badge(s),
                    escape(&ellipsize(doc.quote(s), 120))
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

fn notes_section(out: &mut String, doc: &Document, notes: &[&Annotation]) {
    if notes.is_empty() {
        return;
    }
    out.push_str("<section class=\"notes\" aria-labelledby=\"notes-title\">\n<h2 id=\"notes-title\">Notes</h2>\n<ol>\n");
    for (k, a) in notes.iter().enumerate() {
        let n = k + 1;
        let class = label_position(doc, &a.label).map_or(String::new(), |i| format!("l{i}"));
        let _ = writeln!(
            out,
            "<li id=\"note-{n}\"><span class=\"badge {class}\">{}</span> <q dir=\"auto\">{}</q> \
             <a class=\"back\" href=\"#ref-{n}\" aria-label=\"Back to the text of note {n}\">↩</a>\
             <div class=\"note\" dir=\"auto\">{}</div></li>",
            escape(label_name(doc, &a.label)),
            escape(&ellipsize(doc.quote(a), 160)),
            escape(a.note.trim())
        );
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
article p { margin: 0 0 1rem; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
mark, mark span { color: inherit; background-color: var(--t); border-bottom: var(--w) var(--s) var(--c);
  padding: 1px 0 var(--o); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
sup.fn { font: 700 .7rem/1 system-ui, sans-serif; padding: 0 .1em; }
a { color: #1d4ed8; }
sup.fn a, a.back { text-decoration: none; }
.notes ol { padding-inline-start: 1.75rem; font-size: .95rem; line-height: 1.5; }
.notes li { margin: 0 0 .75rem; break-inside: avoid; }
.notes q { font-style: italic; unicode-bidi: plaintext; }
.notes .note { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
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
    use crate::model::{Label, Span};

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
}
