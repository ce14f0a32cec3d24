//! The elements of a paste, a page's article or an EPUB chapter written into the [`Builder`]:
//! headings, paragraphs, lists, quotes, preformatted text, captions, table rows, emphasis, code
//! and safe links; scripts, styles, embedded things, form controls, page chrome and hidden
//! elements are left out. One loop with its own stack, so that no nesting reaches the call stack.
//!
//! Tables: each row is one paragraph, its cells separated by " · ".
//!
//! Notes: a note reference reads "[1]" and a note of a numbered list "1. …", as the Word and
//! OpenDocument importers write theirs ([`super::notes`]).

use super::dom::{Data, Dom, NodeId};
use super::left_out::{LeftOut, What};
use super::{link, notes, style};
use crate::import::build::Builder;
use crate::model::shape::{BlockKind, MarkKind, MAX_DEPTH};

/// What is being read: it decides what counts as page chrome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// HTML from the clipboard: page chrome (nav, aside, footer, a page's header) is left out.
    Paste,
    /// A saved page's article, chosen by [`super::readability`]: as a paste.
    Page,
    /// An EPUB chapter: a book has no page chrome, so header, footer and aside are text.
    Chapter,
}

/// The separator written between the cells of a table row.
pub const CELL_SEPARATOR: &str = " · ";

/// How block boundaries inside a block-making element are written.
#[derive(Clone, Copy, PartialEq)]
enum Inner {
    /// Paragraphs inside a list item, heading, caption, note or preformatted block: line breaks.
    Break,
    /// Cells and paragraphs inside a table row: spaces (and separators).
    Space,
    /// Paragraphs of a quote: blocks of their own.
    Block,
}

/// An element that gives the text inside it a kind of block.
struct Context {
    kind: BlockKind,
    inner: Inner,
    /// Whether a block of it was written already (the next is a continuation).
    used: bool,
}

struct List {
    ordered: bool,
    next: i64,
    step: i64,
}

/// What to undo when leaving an element.
#[derive(Default)]
struct Undo {
    bold: bool,
    italic: bool,
    code: bool,
    link: bool,
    context: bool,
    block: bool,
    list: bool,
    quote: bool,
    captioned_figure: bool,
}

enum Step {
    Enter(NodeId),
    Exit(Undo),
}

pub struct Walk<'a> {
    dom: &'a Dom,
    b: &'a mut Builder,
    mode: Mode,
    /// The page's address, for relative links.
    base: Option<&'a str>,
    /// Elements the caller has judged not part of the article (a page's junk).
    skip: &'a dyn Fn(NodeId) -> bool,
    pub left_out: LeftOut,
    bold: bool,
    italic: bool,
    code: bool,
    link: Option<MarkKind>,
    contexts: Vec<Context>,
    /// The index in `contexts` of the context whose block the builder is writing.
    owner: Option<usize>,
    lists: Vec<List>,
    quote: usize,
    captioned_figures: usize,
    /// A cell ended: a separator goes before the row's next text.
    separator: bool,
    /// The last thing written was a `<br>` (two in a row part paragraphs).
    after_br: bool,
    /// A numbered note's "1. ", written before its first text.
    note_number: Option<String>,
}

impl<'a> Walk<'a> {
    pub fn new(
        dom: &'a Dom,
        b: &'a mut Builder,
        mode: Mode,
        base: Option<&'a str>,
        skip: &'a dyn Fn(NodeId) -> bool,
    ) -> Walk<'a> {
        Walk {
            dom,
            b,
            mode,
            base,
            skip,
            left_out: LeftOut::default(),
            bold: false,
            italic: false,
            code: false,
            link: None,
            contexts: vec![Context {
                kind: BlockKind::Paragraph,
                inner: Inner::Block,
                used: false,
            }],
            owner: None,
            lists: Vec::new(),
            quote: 0,
            captioned_figures: 0,
            separator: false,
            after_br: false,
            note_number: None,
        }
    }

    /// Writes `root`'s children (not `root`'s own kind) into the builder.
    pub fn children_of(&mut self, root: NodeId) {
        let mut stack: Vec<Step> = self.dom.children(root).map(Step::Enter).collect();
        stack.reverse();
        self.run(stack);
    }

    /// Writes `node` and what is under it.
    pub fn node(&mut self, node: NodeId) {
        self.run(vec![Step::Enter(node)]);
    }

    /// Ends the block being written (between parts the caller writes one after another).
    pub fn end_block(&mut self) {
        self.b.end();
        self.owner = None;
    }

    fn run(&mut self, mut stack: Vec<Step>) {
        while let Some(step) = stack.pop() {
            match step {
                Step::Exit(undo) => self.exit(undo),
                Step::Enter(id) => {
                    if let Some(undo) = self.enter(id) {
                        stack.push(Step::Exit(undo));
                        let first = stack.len();
                        stack.extend(self.dom.children(id).map(Step::Enter));
                        stack[first..].reverse();
                    }
                }
            }
        }
    }

    /// Starts reading a node; `None` when there is nothing under it to read.
    fn enter(&mut self, id: NodeId) -> Option<Undo> {
        let dom = self.dom;
        match &dom.node(id).data {
            Data::Text(t) => {
                self.text(t);
                return None;
            }
            Data::Element { .. } => {}
            _ => return None,
        }
        if dom.is_foreign(id) {
            // SVG drawings and MathML formulas: their text is not prose.
            if dom.node(id).parent.is_some_and(|p| !dom.is_foreign(p)) && dom.is_math(id) {
                self.left_out.add(What::Formula);
            }
            return None;
        }
        if (self.skip)(id) || self.hidden(id) {
            return None;
        }
        let tag = dom.tag(id).map(|t| &**t).unwrap_or("");
        if let Some(what) = self.dropped(id, tag) {
            if let Some(what) = what {
                self.left_out.add(what);
            }
            return None;
        }
        let mut undo = Undo::default();
        if notes::is_reference(dom, id) {
            if let Some(reference) = notes::reference(dom, id) {
                self.text(&reference);
            }
            return None;
        }
        if notes::is_note(dom, id) {
            self.push_context(BlockKind::Note, Inner::Break, &mut undo);
            if tag == "li" {
                if let BlockKind::Item {
                    number: Some(n), ..
                } = self.item(id)
                {
                    self.note_number = Some(format!("{n}. "));
                }
            }
            self.marks(id, tag, &mut undo);
            return Some(undo);
        }
        match tag {
            "br" => {
                self.line_break();
                return None;
            }
            "img" => {
                self.image(id);
                return None;
            }
            "hr" => {
                self.boundary();
                return None;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = tag.as_bytes()[1] - b'0';
                self.push_context(BlockKind::Heading(level), Inner::Break, &mut undo);
            }
            "li" => {
                let kind = self.item(id);
                self.push_context(kind, Inner::Break, &mut undo);
            }
            "ul" | "ol" | "menu" | "dir" => {
                self.boundary();
                undo.block = true;
                let ordered = tag == "ol";
                let reversed = ordered && dom.attr(id, "reversed").is_some();
                let start = dom
                    .attr(id, "start")
                    .and_then(|s| s.trim().parse::<i64>().ok());
                let (next, step) = if reversed {
                    let items = dom.children(id).filter(|&c| dom.is(c, "li")).count() as i64;
                    (start.unwrap_or(items), -1)
                } else {
                    (start.unwrap_or(1), 1)
                };
                self.lists.push(List {
                    ordered,
                    next,
                    step,
                });
                undo.list = true;
            }
            "blockquote" => {
                self.quote += 1;
                undo.quote = true;
                let depth = self.quote.min(MAX_DEPTH as usize) as u8;
                self.push_context(BlockKind::Quote(depth), Inner::Block, &mut undo);
            }
            "pre" | "listing" | "xmp" | "plaintext" => {
                self.push_context(BlockKind::Preformatted, Inner::Break, &mut undo);
            }
            "figcaption" | "caption" => {
                self.push_context(BlockKind::Caption, Inner::Break, &mut undo);
            }
            "figure" => {
                self.boundary();
                undo.block = true;
                if dom.find(id, "figcaption").is_some() {
                    self.captioned_figures += 1;
                    undo.captioned_figure = true;
                }
            }
            "tr" => {
                let kind = match &self.top().kind {
                    k @ (BlockKind::Quote(_) | BlockKind::Item { .. }) => k.clone(),
                    _ => BlockKind::Paragraph,
                };
                self.push_context(kind, Inner::Space, &mut undo);
                self.separator = false;
            }
            "td" | "th" if self.b.has_text() && self.top().inner == Inner::Space => {
                self.separator = true;
            }
            "td" | "th" => {}
            _ if is_block(tag) => {
                self.boundary();
                undo.block = true;
            }
            _ => {}
        }
        self.marks(id, tag, &mut undo);
        Some(undo)
    }

    fn exit(&mut self, undo: Undo) {
        if undo.link {
            if let Some(kind) = self.link.take() {
                self.b.close(&kind);
            }
        }
        // Marks back as they were before the element, innermost first.
        let (code, italic, bold) = (self.code, self.italic, self.bold);
        self.set(MarkKind::Code, undo.code, code != undo.code);
        self.set(MarkKind::Emphasis, undo.italic, italic != undo.italic);
        self.set(MarkKind::Strong, undo.bold, bold != undo.bold);
        (self.bold, self.italic, self.code) = (undo.bold, undo.italic, undo.code);
        if undo.context {
            self.note_number = None;
            self.end_block();
            self.contexts.pop();
            self.separator = false;
        } else if undo.block {
            self.boundary();
        }
        if undo.list {
            self.lists.pop();
        }
        if undo.quote {
            self.quote -= 1;
        }
        if undo.captioned_figure {
            self.captioned_figures -= 1;
        }
    }

    /// Opens (`open`) or closes a mark of `kind` when `changed`.
    fn set(&mut self, kind: MarkKind, open: bool, changed: bool) {
        if !changed {
            return;
        }
        if open {
            self.b.open(kind);
        } else {
            self.b.close(&kind);
        }
    }

    /// The emphasis, code and link an element gives its text, by its tag and its inline style.
    fn marks(&mut self, id: NodeId, tag: &str, undo: &mut Undo) {
        let dom = self.dom;
        let st = dom.attr(id, "style").map(style::parse).unwrap_or_default();
        let in_pre = matches!(self.top().kind, BlockKind::Preformatted);
        let mut bold = self.bold || matches!(tag, "b" | "strong");
        let mut italic = self.italic || matches!(tag, "em" | "i" | "cite" | "dfn" | "var");
        let code = self.code || (!in_pre && matches!(tag, "code" | "kbd" | "samp" | "tt"));
        if let Some(w) = st.bold {
            bold = w;
        }
        if let Some(i) = st.italic {
            italic = i;
        }
        (undo.bold, undo.italic, undo.code) = (self.bold, self.italic, self.code);
        let (was_bold, was_italic, was_code) = (self.bold, self.italic, self.code);
        self.set(MarkKind::Strong, bold, bold != was_bold);
        self.set(MarkKind::Emphasis, italic, italic != was_italic);
        self.set(MarkKind::Code, code, code != was_code);
        (self.bold, self.italic, self.code) = (bold, italic, code);
        if tag == "a" && self.link.is_none() {
            if let Some(target) = dom
                .attr(id, "href")
                .and_then(|h| link::target(h, self.base))
            {
                let kind = MarkKind::Link(target);
                self.b.open(kind.clone());
                self.link = Some(kind);
                undo.link = true;
            }
        }
    }

    fn top(&self) -> &Context {
        self.contexts.last().expect("the root context stays")
    }

    fn push_context(&mut self, kind: BlockKind, inner: Inner, undo: &mut Undo) {
        self.end_block();
        self.contexts.push(Context {
            kind,
            inner,
            used: false,
        });
        undo.context = true;
    }

    /// The kind of a list item: its list's kind, depth and number (a `value` renumbers).
    fn item(&mut self, id: NodeId) -> BlockKind {
        let depth = (self.lists.len().max(1)).min(MAX_DEPTH as usize) as u8;
        let value = self
            .dom
            .attr(id, "value")
            .and_then(|v| v.trim().parse::<i64>().ok());
        match self.lists.last_mut() {
            Some(list) if list.ordered => {
                let n = value.unwrap_or(list.next);
                list.next = n.saturating_add(list.step);
                BlockKind::Item {
                    ordered: true,
                    depth,
                    number: u32::try_from(n).ok(),
                }
            }
            _ => BlockKind::Item {
                ordered: false,
                depth,
                number: None,
            },
        }
    }

    /// A block-level element starts or ends: inside a list item, heading or caption that is a
    /// line break, inside a table row a space, elsewhere a new block.
    fn boundary(&mut self) {
        self.after_br = false;
        let top = self.contexts.len() - 1;
        if self.owner == Some(top) {
            match self.contexts[top].inner {
                Inner::Break => return self.b.line_break(),
                Inner::Space => return self.b.text(" "),
                Inner::Block => {}
            }
        }
        self.end_block();
    }

    fn line_break(&mut self) {
        if self.after_br && !matches!(self.top().kind, BlockKind::Preformatted) {
            // `<br><br>`: the way old pages part paragraphs.
            self.boundary();
        } else {
            self.b.line_break();
            self.after_br = true;
        }
    }

    fn text(&mut self, s: &str) {
        let pre = matches!(self.top().kind, BlockKind::Preformatted);
        let blank = s
            .chars()
            .all(|c| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' || c.is_control());
        if blank && !(pre && self.b.kind().is_some()) {
            if self.b.kind().is_some() {
                self.b.text(s);
            }
            return;
        }
        if self.b.kind().is_none() {
            let top = self.contexts.len() - 1;
            let context = &mut self.contexts[top];
            let kind = match &context.kind {
                // A list item's text after a list inside it: no number of its own again.
                BlockKind::Item { ordered, depth, .. } if context.used => BlockKind::Item {
                    ordered: *ordered,
                    depth: *depth,
                    number: None,
                },
                k => k.clone(),
            };
            context.used = true;
            self.b.start(kind);
            self.owner = Some(top);
            if let Some(number) = self.note_number.take() {
                self.b.text(&number);
            }
        }
        if std::mem::take(&mut self.separator) && self.b.has_text() {
            self.b.text(CELL_SEPARATOR);
        }
        self.b.text(s);
        self.after_br = false;
    }

    /// An image: its meaningful alt text becomes a caption (unless its figure has a caption);
    /// a picture of a character or two (an emoji) is that text.
    fn image(&mut self, id: NodeId) {
        let alt = self.dom.attr(id, "alt").unwrap_or("").trim();
        let short = alt.chars().count() <= 2 && !alt.chars().any(|c| c.is_ascii_alphanumeric());
        if !alt.is_empty() && short {
            self.text(alt);
            return;
        }
        self.left_out.add(What::Image);
        if self.captioned_figures > 0 || !meaningful_alt(alt) {
            return;
        }
        self.end_block();
        self.b.start(BlockKind::Caption);
        self.b.text(alt);
        self.end_block();
    }

    fn hidden(&self, id: NodeId) -> bool {
        let dom = self.dom;
        let hidden_attr = dom
            .attr(id, "hidden")
            .is_some_and(|v| !v.eq_ignore_ascii_case("until-found"));
        hidden_attr
            || dom
                .attr(id, "aria-hidden")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || dom
                .attr(id, "style")
                .is_some_and(|s| style::parse(s).hidden)
    }

    /// Whether an element is left out: `Some(what)` (and what to call it, if it is worth saying).
    fn dropped(&self, id: NodeId, tag: &str) -> Option<Option<What>> {
        let chrome = self.mode != Mode::Chapter;
        Some(match tag {
            "script" | "style" | "noscript" | "template" | "head" | "title" | "link" | "meta"
            | "base" | "source" | "track" | "param" | "map" | "area" | "slot" | "button"
            | "input" | "select" | "textarea" | "option" | "optgroup" | "datalist" | "output"
            | "progress" | "meter" | "canvas" | "frameset" | "frame" => None,
            "iframe" | "object" | "embed" | "applet" | "portal" => Some(What::EmbeddedFrame),
            "video" => Some(What::Video),
            "audio" => Some(What::Audio),
            "dialog" if self.dom.attr(id, "open").is_none() => None,
            // A note's way back to its reference.
            _ if self.dom.attr(id, "role") == Some("doc-backlink") => None,
            "nav" => Some(What::Navigation),
            "aside" if chrome && !notes::is_note(self.dom, id) => Some(What::Sidebar),
            // An article's own footer (tags, a share bar) is not worth a word of its own.
            "footer" if chrome => Some(What::PageFooter).filter(|_| !self.in_article(id)),
            "header" if chrome && !self.in_article(id) => Some(What::PageHeader),
            _ => return None,
        })
    }

    fn in_article(&self, id: NodeId) -> bool {
        self.dom.ancestors(id).any(|a| self.dom.is(a, "article"))
    }
}

/// Elements that part blocks as a browser lays them out.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "ul"
            | "menu"
            | "dir"
            | "blockquote"
            | "caption"
            | "search"
            | "listing"
            | "xmp"
            | "plaintext"
    )
}

/// Alt text worth reading: not empty, not a file name, not a word that says only "image".
pub fn meaningful_alt(alt: &str) -> bool {
    let lower = alt.trim().to_lowercase();
    if lower.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return false;
    }
    let generic = [
        "image",
        "img",
        "photo",
        "picture",
        "pic",
        "graphic",
        "icon",
        "logo",
        "spacer",
        "untitled",
        "placeholder",
    ];
    if generic.contains(&lower.as_str()) {
        return false;
    }
    let file_like = !lower.contains(' ')
        && [
            ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".bmp", ".tif", ".tiff",
            ".heic",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext));
    let camera_name = ["img_", "img-", "dsc", "dscn", "pxl_", "screenshot"]
        .iter()
        .any(|p| lower.starts_with(p) && !lower.contains(' '));
    !(file_like || camera_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_text_is_kept_only_when_it_describes() {
        assert!(meaningful_alt(
            "Volunteers sorting seed packets in the library"
        ));
        assert!(!meaningful_alt(""));
        assert!(!meaningful_alt("  image "));
        assert!(!meaningful_alt("IMG_2041.JPG"));
        assert!(!meaningful_alt("hero-photo.webp"));
        assert!(!meaningful_alt("DSC00412"));
        assert!(!meaningful_alt("*"));
    }
}
