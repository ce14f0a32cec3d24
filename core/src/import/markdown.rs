//! Markdown articles (a `.md` file, a README, a note exported from a writing app) read into an
//! [`Article`]: CommonMark with tables, footnotes and strikethrough, parsed by `pulldown-cmark`
//! and written through the [`Builder`], so the text is what a reader sees, never the markup.
//!
//! What becomes what: ATX and setext headings are headings; paragraphs are paragraphs (a soft
//! break is a space, a hard break a line break); list items are items (ordered ones numbered
//! from the list's start, nested ones deeper; a later paragraph of the same item is a line break
//! inside it); block quotes are quotes of their nesting depth; code blocks are preformatted;
//! inline code, emphasis and strong emphasis are marks; links are marks only for `http`,
//! `https` and `mailto` targets (other links keep their text); an image is a caption of its alt
//! text; a footnote reference is `[n]` in the text, and its note goes to a "Notes" section at
//! the end; a table is a paragraph per row, its cells joined by " · "; HTML is never
//! interpreted: HTML blocks are dropped, inline tags are dropped and the text between them kept.
//!
//! The title is the YAML front matter's `title:` if the file opens with front matter (which is
//! then not part of the text; its `author:` and `date:` become byline and date), else the text
//! of the first level-1 heading (which stays in the text).

use std::collections::HashMap;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::import::build::Builder;
use crate::import::Article;
use crate::model::shape::{BlockKind, MarkKind, MAX_DEPTH};

/// The article a Markdown text holds. Never fails: any text is some Markdown.
pub fn from_markdown(text: &str) -> Article {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (front, body) = front_matter(text);
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut w = Writer::default();
    for event in Parser::new_ext(body, options) {
        w.event(event);
    }
    w.notes();
    let title = front
        .title
        .or(w.heading_title.map(|t| collapse(&t)))
        .unwrap_or_default();
    let mut left_out = Vec::new();
    if w.images > 0 {
        left_out.push(match w.images {
            1 => "1 image (its alt text is kept as a caption)".to_string(),
            n => format!("{n} images (their alt text is kept as captions)"),
        });
    }
    if w.html_blocks > 0 {
        left_out.push(count(w.html_blocks, "block of HTML", "blocks of HTML"));
    }
    let (text, shape) = w.b.finish();
    Article {
        title,
        byline: front.author,
        date: front.date,
        text,
        shape,
        left_out,
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Front {
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

/// YAML front matter at the very start (`---` line, `key: value` lines, a closing `---` or
/// `...` line) and the Markdown after it. Only a few plain keys are read; anything else in it
/// is left out, as a static site generator leaves it out of the page.
fn front_matter(text: &str) -> (Front, &str) {
    let none = (Front::default(), text);
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return none;
    };
    let mut front = Front::default();
    let mut keyed = false;
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        at += line.len();
        let l = line.trim_end();
        if l == "---" || l == "..." {
            if !keyed {
                return none;
            }
            return (front, &rest[at..]);
        }
        let Some((key, value)) = l.split_once(':') else {
            continue;
        };
        let key = key.trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            continue;
        }
        keyed = true;
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        let value = (!value.is_empty()).then(|| collapse(value));
        match key.to_ascii_lowercase().as_str() {
            "title" => front.title = value,
            "author" => front.author = value,
            "date" => front.date = value,
            _ => {}
        }
    }
    none
}

/// A block that holds blocks: the innermost decides what a paragraph inside it is.
enum Container {
    Quote,
    List {
        ordered: bool,
        next: u64,
    },
    /// A list item or a note, whose later paragraphs continue its block after a line break.
    Owner {
        id: u64,
        kind: BlockKind,
    },
}

#[derive(Default)]
struct Writer {
    b: Builder,
    stack: Vec<Container>,
    /// Ids for owners, so that "the block being written is this item's" can be asked.
    next_id: u64,
    /// The owner whose block is being written, and whether it has a paragraph yet.
    owner: Option<(u64, bool)>,
    /// Inside a paragraph, heading, table row, code block or caption: inline content goes on.
    inline: bool,
    /// Open links: the target of each written as a mark (only the outermost is: links do not
    /// nest).
    links: Vec<Option<String>>,
    /// How deep the lists and quotes being written are.
    list_depth: usize,
    quote_depth: usize,
    /// How many emphasis, strong and code marks are open in the Markdown: only the outermost of
    /// each kind is a mark (a mark inside one of its kind changes nothing, and deep nesting would
    /// cost the builder time at every character).
    emphasis: usize,
    strong: usize,
    /// Nesting of images (alt text of an image inside an image's alt text stays in the caption).
    image_depth: usize,
    /// Cells written in the current table row.
    cells: usize,
    /// Footnotes: labels in the order of their numbers, and each one's definition.
    note_numbers: HashMap<String, usize>,
    note_order: Vec<String>,
    note_bodies: HashMap<String, Vec<Event<'static>>>,
    /// A footnote definition being set aside: its label and nesting.
    diverting: Option<(String, usize)>,
    /// The first level-1 heading's text, while and after it is read.
    heading_title: Option<String>,
    in_title: bool,
    images: usize,
    html_blocks: usize,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        if let Some((label, depth)) = self.diverting.as_mut() {
            match &event {
                Event::Start(Tag::FootnoteDefinition(_)) => *depth += 1,
                Event::End(TagEnd::FootnoteDefinition) if *depth == 0 => {
                    self.diverting = None;
                    return;
                }
                Event::End(TagEnd::FootnoteDefinition) => *depth -= 1,
                _ => {}
            }
            let label = label.clone();
            self.note_bodies
                .entry(label)
                .or_default()
                .push(event.into_static());
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(s) => {
                self.inline_text(&s);
            }
            Event::Code(s) => {
                self.ensure_block();
                self.b.open(MarkKind::Code);
                self.inline_text(&s);
                self.b.close(&MarkKind::Code);
            }
            Event::SoftBreak => self.inline_text(" "),
            Event::HardBreak => self.b.line_break(),
            Event::FootnoteReference(label) => {
                let n = self.note_number(&label);
                self.inline_text(&format!("[{n}]"));
            }
            Event::Rule => self.close_block(),
            Event::TaskListMarker(done) => self.inline_text(if done { "[x] " } else { "[ ] " }),
            // Never interpreted: dropped (the text between inline tags arrives as text).
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::InlineMath(s) | Event::DisplayMath(s) => self.inline_text(&s),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.begin_block();
            }
            Tag::Heading { level, .. } => {
                let level = level as u8;
                self.block(BlockKind::Heading(level));
                if level == 1 && self.heading_title.is_none() {
                    self.heading_title = Some(String::new());
                    self.in_title = true;
                }
            }
            Tag::BlockQuote(_) => {
                self.close_block();
                self.stack.push(Container::Quote);
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => self.block(BlockKind::Preformatted),
            Tag::HtmlBlock => {
                self.html_blocks += 1;
                self.close_block();
            }
            Tag::List(start) => {
                self.close_block();
                self.list_depth += 1;
                self.stack.push(Container::List {
                    ordered: start.is_some(),
                    next: start.unwrap_or(1),
                });
            }
            Tag::Item => {
                let depth = self.list_depth;
                let (ordered, number) = match self.stack.last_mut() {
                    Some(Container::List { ordered, next }) => {
                        let n = *next;
                        *next = next.saturating_add(1);
                        (*ordered, ordered.then(|| u32::try_from(n).ok()).flatten())
                    }
                    _ => (false, None),
                };
                let kind = BlockKind::Item {
                    ordered,
                    depth: depth.clamp(1, usize::from(MAX_DEPTH)) as u8,
                    number,
                };
                self.open_owner(kind);
            }
            Tag::FootnoteDefinition(label) => {
                self.note_number(&label);
                self.diverting = Some((label.to_lowercase(), 0));
            }
            Tag::Table(_) => self.close_block(),
            Tag::TableHead | Tag::TableRow => {
                self.begin_block();
                self.cells = 0;
            }
            Tag::TableCell => {
                self.ensure_block();
                if self.cells > 0 {
                    self.b.text(" · ");
                }
                self.cells += 1;
            }
            Tag::Emphasis => {
                self.emphasis += 1;
                if self.emphasis == 1 {
                    self.b.open(MarkKind::Emphasis);
                }
            }
            Tag::Strong => {
                self.strong += 1;
                if self.strong == 1 {
                    self.b.open(MarkKind::Strong);
                }
            }
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let href = match link_type {
                    LinkType::Email => Some(format!("mailto:{dest_url}")),
                    _ => shown_link(&dest_url),
                };
                let href = href.filter(|_| self.links.iter().all(Option::is_none));
                if let Some(href) = &href {
                    self.b.open(MarkKind::Link(href.clone()));
                }
                self.links.push(href);
            }
            Tag::Image { .. } => {
                if self.image_depth == 0 {
                    self.images += 1;
                    self.block(BlockKind::Caption);
                }
                self.image_depth += 1;
            }
            Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::TableHead | TagEnd::TableRow => {
                self.inline = false;
                // An item's or note's block stays open: its next paragraph continues it.
                if self.owner.is_none() {
                    self.b.end();
                }
            }
            TagEnd::Heading(_) => {
                self.in_title = false;
                self.close_block();
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Table => self.close_block(),
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => {
                self.close_block();
                match self.stack.pop() {
                    Some(Container::Quote) => self.quote_depth = self.quote_depth.saturating_sub(1),
                    Some(Container::List { .. }) => {
                        self.list_depth = self.list_depth.saturating_sub(1)
                    }
                    _ => {}
                }
            }
            TagEnd::Emphasis => {
                self.emphasis = self.emphasis.saturating_sub(1);
                if self.emphasis == 0 {
                    self.b.close(&MarkKind::Emphasis);
                }
            }
            TagEnd::Strong => {
                self.strong = self.strong.saturating_sub(1);
                if self.strong == 0 {
                    self.b.close(&MarkKind::Strong);
                }
            }
            TagEnd::Link => {
                if let Some(Some(href)) = self.links.pop() {
                    self.b.close(&MarkKind::Link(href));
                }
            }
            TagEnd::Image => {
                self.image_depth = self.image_depth.saturating_sub(1);
                if self.image_depth == 0 {
                    self.close_block();
                }
            }
            TagEnd::TableCell
            | TagEnd::FootnoteDefinition
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::MetadataBlock(_)
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => {}
        }
    }

    /// Ends the block being written; what comes next starts a new one.
    fn close_block(&mut self) {
        self.b.end();
        self.owner = None;
        self.inline = false;
    }

    /// Starts a block of `kind` that belongs to no item.
    fn block(&mut self, kind: BlockKind) {
        self.b.start(kind);
        self.owner = None;
        self.inline = true;
    }

    fn open_owner(&mut self, kind: BlockKind) {
        self.next_id += 1;
        let id = self.next_id;
        self.b.start(kind.clone());
        self.stack.push(Container::Owner { id, kind });
        self.owner = Some((id, false));
        self.inline = false;
    }

    /// Starts a paragraph-like block inside the innermost container: a later paragraph of the
    /// item (or note) being written continues it after a line break; a paragraph in a quote is
    /// a quote of its depth.
    fn begin_block(&mut self) {
        self.inline = true;
        match self
            .stack
            .iter()
            .rev()
            .find(|c| !matches!(c, Container::List { .. }))
        {
            Some(Container::Owner { id, kind }) => match self.owner.as_mut() {
                Some((o, has)) if o == id => {
                    if *has {
                        self.b.line_break();
                    }
                    *has = true;
                }
                _ => {
                    let (id, kind) = (*id, kind.clone());
                    self.b.start(kind);
                    self.owner = Some((id, true));
                }
            },
            Some(Container::Quote) => {
                let depth = self.quote_depth.clamp(1, usize::from(MAX_DEPTH));
                self.b.start(BlockKind::Quote(depth as u8));
                self.owner = None;
            }
            Some(Container::List { .. }) | None => {
                self.b.start(BlockKind::Paragraph);
                self.owner = None;
            }
        }
    }

    /// Inline content outside a paragraph (a tight list item's text, text after an image)
    /// starts one.
    fn ensure_block(&mut self) {
        if !self.inline || self.b.kind().is_none() {
            self.begin_block();
        }
    }

    fn inline_text(&mut self, s: &str) {
        self.ensure_block();
        if self.in_title {
            if let Some(t) = self.heading_title.as_mut() {
                t.push_str(s);
            }
        }
        self.b.text(s);
    }

    fn note_number(&mut self, label: &str) -> usize {
        let key = label.to_lowercase();
        if let Some(&n) = self.note_numbers.get(&key) {
            return n;
        }
        self.note_order.push(key.clone());
        let n = self.note_order.len();
        self.note_numbers.insert(key, n);
        n
    }

    /// The notes section: each defined footnote, in the order of its number, as a note block
    /// opening with its number ("1. …", as every importer writes a note).
    fn notes(&mut self) {
        self.close_block();
        self.stack.clear();
        (self.list_depth, self.quote_depth) = (0, 0);
        let mut i = 0;
        let mut heading = false;
        while i < self.note_order.len() {
            let label = self.note_order[i].clone();
            i += 1;
            let Some(events) = self.note_bodies.remove(&label) else {
                continue;
            };
            if !heading {
                self.block(BlockKind::Heading(2));
                self.b.text("Notes");
                self.close_block();
                heading = true;
            }
            self.open_owner(BlockKind::Note);
            self.b.text(&format!("{i}. "));
            for e in events {
                self.event(e);
            }
            self.close_block();
            self.stack.clear();
            (self.list_depth, self.quote_depth) = (0, 0);
        }
    }
}

/// The target shown for a link: http, https and mailto only (a `javascript:` or relative link
/// keeps its text and loses its target).
fn shown_link(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower.len() > "https://".len()
        || lower.starts_with("mailto:") && lower.len() > "mailto:".len();
    ok.then(|| u.to_string())
}
