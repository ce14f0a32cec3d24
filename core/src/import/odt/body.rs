//! The text of an OpenDocument file (or of one of its notes) walked element by element into the
//! [`Builder`]: headings by outline level, list items by nesting and list style, quotations by
//! paragraph style, spans' bold and italic from their styles, links, tables as one paragraph per
//! row; tracked deletions, comments, frames and indexes are left out. One pass, no recursion.

use std::collections::HashMap;
use std::ops::Range;

use crate::import::build::Builder;
use crate::import::odt::styles::{Role, Styles};
use crate::import::run_marks::RunMarks;
use crate::import::xml::{attr, name, web_link, Ev, Xml};
use crate::import::ImportError;
use crate::model::shape::{BlockKind, MAX_DEPTH};

/// A note met in the text: its citation ("1", "i", "*") and where its body lies in the part.
pub struct Note {
    pub citation: String,
    pub body: Range<usize>,
}

/// What was met and left out, for the article's `left_out`.
#[derive(Default)]
pub struct Skipped {
    pub pictures: usize,
    pub comments: usize,
    pub indexes: bool,
}

#[derive(PartialEq, Eq, Clone, Copy)]
pub enum Mode {
    Body,
    /// Inside a note whose block the caller has started.
    Note,
}

/// A list open around the text.
struct List {
    style: Option<String>,
    /// The current item has had its first paragraph (later ones continue it).
    item_has_para: bool,
    /// `text:start-value` of the current item.
    item_start: Option<u32>,
    header: bool,
}

/// Numbers of one top-level list, by level.
type Counters = Vec<Option<u32>>;

pub struct Walker<'w> {
    pub styles: &'w Styles,
    pub notes: Vec<Note>,
    pub skipped: Skipped,
    pub first_title: Option<String>,
    pub first_h1: Option<String>,
}

/// The paragraph being read.
struct Para {
    kind: BlockKind,
    role: Option<Role>,
    /// Bold and italic its style lends to its text (none for headings and titles).
    bold: Option<bool>,
    italic: Option<bool>,
    /// It continues the list item of an earlier paragraph, after a line break.
    continues: bool,
    started: bool,
    text: String,
}

/// The state of one walk.
struct State {
    mode: Mode,
    para: Option<Para>,
    /// Bold and italic of the open spans, innermost last.
    spans: Vec<(Option<bool>, Option<bool>)>,
    links: Vec<Option<String>>,
    marks: RunMarks,
    lists: Vec<List>,
    counters: Counters,
    /// Lists that continue one another share one chain of numbers: the counters each chain had
    /// when its last list ended, the chain of each `xml:id`, the chain of the list last ended and
    /// of the one being read.
    chains: Vec<Counters>,
    chain_of: HashMap<String, usize>,
    last_chain: Option<usize>,
    chain: usize,
    tables: usize,
    row_text: bool,
    cell_sep: bool,
    note_paras: usize,
    /// The note being read: its citation so far.
    note: Option<String>,
}

impl Walker<'_> {
    pub fn walk(&mut self, x: &mut Xml, b: &mut Builder, mode: Mode) -> Result<(), ImportError> {
        let mut st = State {
            mode,
            para: None,
            spans: Vec::new(),
            links: Vec::new(),
            marks: RunMarks::default(),
            lists: Vec::new(),
            counters: Vec::new(),
            chains: Vec::new(),
            chain_of: HashMap::new(),
            last_chain: None,
            chain: 0,
            tables: 0,
            row_text: false,
            cell_sep: false,
            note_paras: 0,
            note: None,
        };
        let mut in_citation = false;
        loop {
            match x.event()? {
                Ev::Start(e) => {
                    let n = name(&e);
                    if let Some(what) = skipped(n) {
                        match what {
                            Skip::Picture => self.skipped.pictures += 1,
                            Skip::Comment => self.skipped.comments += 1,
                            Skip::Index => self.skipped.indexes = true,
                            Skip::Silently => {}
                        }
                        x.skip(&e)?;
                        continue;
                    }
                    match n {
                        "text:p" | "text:h" => {
                            let outline = (n == "text:h").then(|| {
                                attr(&e, "text:outline-level")
                                    .and_then(|l| l.parse::<u8>().ok())
                                    .unwrap_or(1)
                            });
                            let style = attr(&e, "text:style-name");
                            self.open_para(&mut st, b, outline, style.as_deref());
                        }
                        "text:span" => {
                            let s = attr(&e, "text:style-name").and_then(|s| self.styles.get(&s));
                            st.spans
                                .push((s.and_then(|s| s.bold), s.and_then(|s| s.italic)));
                        }
                        "text:a" => {
                            st.links
                                .push(attr(&e, "xlink:href").and_then(|h| web_link(&h)));
                        }
                        "text:line-break" if self.prepare(&mut st, b) => b.line_break(),
                        "text:s" | "text:tab" => self.write(&mut st, b, " "),
                        "text:list" => {
                            if st.lists.is_empty() {
                                let continued = if attr(&e, "text:continue-numbering").as_deref()
                                    == Some("true")
                                {
                                    st.last_chain
                                } else {
                                    attr(&e, "text:continue-list")
                                        .and_then(|id| st.chain_of.get(&id).copied())
                                };
                                st.chain = continued.unwrap_or_else(|| {
                                    st.chains.push(Counters::new());
                                    st.chains.len() - 1
                                });
                                st.counters = st.chains[st.chain].clone();
                                if let Some(id) = attr(&e, "xml:id") {
                                    st.chain_of.insert(id, st.chain);
                                }
                            }
                            let style = attr(&e, "text:style-name")
                                .or_else(|| st.lists.last().and_then(|l| l.style.clone()));
                            st.lists.push(List {
                                style,
                                item_has_para: false,
                                item_start: None,
                                header: false,
                            });
                        }
                        "text:list-item" | "text:list-header" => {
                            if let Some(l) = st.lists.last_mut() {
                                l.item_has_para = false;
                                l.header = n == "text:list-header";
                                l.item_start =
                                    attr(&e, "text:start-value").and_then(|v| v.parse().ok());
                            }
                        }
                        "text:note" => st.note = Some(String::new()),
                        "text:note-citation" => in_citation = true,
                        "text:note-body" => {
                            let body = x.skip(&e)?;
                            let citation = st.note.take().unwrap_or_default().trim().to_string();
                            let citation = if citation.is_empty() {
                                (self.notes.len() + 1).to_string()
                            } else {
                                citation
                            };
                            self.write(&mut st, b, &format!("[{citation}]"));
                            self.notes.push(Note { citation, body });
                        }
                        "table:table" => st.tables += 1,
                        "table:table-row" if st.tables == 1 => {
                            st.row_text = false;
                            st.cell_sep = false;
                            if mode == Mode::Body {
                                b.start(BlockKind::Paragraph);
                            } else {
                                b.line_break();
                            }
                        }
                        "table:table-cell" => st.cell_sep = st.row_text,
                        _ => {}
                    }
                }
                Ev::End(e) => match e.name().0 {
                    "text:p" | "text:h" => {
                        if let Some(p) = st.para.take() {
                            self.remember_title(&p);
                        }
                        st.marks.close_all(b);
                    }
                    "text:span" => {
                        st.spans.pop();
                    }
                    "text:a" => {
                        st.links.pop();
                    }
                    "text:note-citation" => in_citation = false,
                    "text:list" => {
                        st.lists.pop();
                        if st.lists.is_empty() {
                            st.chains[st.chain] = std::mem::take(&mut st.counters);
                            st.last_chain = Some(st.chain);
                        }
                    }
                    "table:table-cell" => st.marks.close_all(b),
                    "table:table" => st.tables = st.tables.saturating_sub(1),
                    _ => {}
                },
                Ev::Text(t) => {
                    if in_citation {
                        if let Some(c) = st.note.as_mut().filter(|c| c.len() < 64) {
                            c.push_str(&t);
                        }
                    } else if st.para.is_some() {
                        self.write(&mut st, b, &t);
                    }
                }
                Ev::Eof => return Ok(()),
            }
        }
    }

    /// A paragraph or heading begins: its block decided by its place and style.
    fn open_para(
        &mut self,
        st: &mut State,
        b: &mut Builder,
        outline: Option<u8>,
        style: Option<&str>,
    ) {
        let resolved = style.and_then(|s| self.styles.get(s));
        let role = resolved.and_then(|r| r.role);
        let mut continues = false;
        let kind = match (outline, role) {
            _ if st.mode == Mode::Note || st.tables > 0 => BlockKind::Paragraph,
            (Some(l), _) => BlockKind::Heading(l.clamp(1, 6)),
            (None, Some(Role::Title)) => BlockKind::Heading(1),
            (None, Some(Role::Subtitle)) => BlockKind::Heading(2),
            _ if !st.lists.is_empty() => {
                let depth = st.lists.len();
                let list = st.lists.last_mut().expect("a list is open");
                if list.item_has_para {
                    continues = true;
                    BlockKind::Paragraph
                } else {
                    list.item_has_para = true;
                    let style = list
                        .style
                        .clone()
                        .or_else(|| resolved.and_then(|r| r.list_style.clone()));
                    let level = style
                        .and_then(|s| self.styles.list_level(&s, depth))
                        .unwrap_or_default();
                    let number = if list.header {
                        None
                    } else {
                        let start = list.item_start.unwrap_or(0);
                        Some(count(&mut st.counters, depth, start, level.start))
                    };
                    BlockKind::Item {
                        ordered: level.ordered,
                        depth: depth.min(usize::from(MAX_DEPTH)) as u8,
                        number: number.filter(|_| level.ordered),
                    }
                }
            }
            (None, Some(Role::Quote)) => BlockKind::Quote(1),
            (None, None) => BlockKind::Paragraph,
        };
        let body_text = matches!(
            kind,
            BlockKind::Paragraph | BlockKind::Quote(_) | BlockKind::Item { .. }
        );
        if st.mode == Mode::Note && st.tables == 0 {
            if st.note_paras > 0 {
                b.line_break();
            }
            st.note_paras += 1;
        } else if st.tables > 0 && st.row_text {
            b.text(" ");
        }
        st.para = Some(Para {
            kind,
            role: if outline.is_some() { None } else { role },
            bold: resolved.and_then(|r| r.bold).filter(|_| body_text),
            italic: resolved.and_then(|r| r.italic).filter(|_| body_text),
            continues,
            started: false,
            text: String::new(),
        });
    }

    fn remember_title(&mut self, p: &Para) {
        let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return;
        }
        if p.role == Some(Role::Title) && self.first_title.is_none() {
            self.first_title = Some(text);
        } else if p.kind == BlockKind::Heading(1) && p.role.is_none() && self.first_h1.is_none() {
            self.first_h1 = Some(text);
        }
    }

    fn write(&mut self, st: &mut State, b: &mut Builder, s: &str) {
        if !self.prepare(st, b) {
            return;
        }
        b.text(s);
        if let Some(p) = st.para.as_mut().filter(|p| p.text.len() < 4096) {
            p.text.push_str(s);
        }
    }

    /// Gets the builder ready for text of the current paragraph: its block started (or the item
    /// it continues broken), a cell's separator put in, the marks set. False outside paragraphs.
    fn prepare(&mut self, st: &mut State, b: &mut Builder) -> bool {
        let Some(p) = st.para.as_mut() else {
            return false;
        };
        if !p.started {
            p.started = true;
            if st.mode == Mode::Body && st.tables == 0 {
                if p.continues {
                    b.line_break();
                } else {
                    b.start(p.kind.clone());
                }
            }
        }
        if st.tables > 0 && std::mem::take(&mut st.cell_sep) {
            st.marks.close_all(b);
            b.text(" · ");
        }
        if st.tables > 0 {
            st.row_text = true;
        }
        let bold = st
            .spans
            .iter()
            .rev()
            .find_map(|s| s.0)
            .or(p.bold)
            .unwrap_or(false);
        let italic = st
            .spans
            .iter()
            .rev()
            .find_map(|s| s.1)
            .or(p.italic)
            .unwrap_or(false);
        let link = st.links.iter().rev().find_map(|l| l.clone());
        st.marks.set(b, bold, italic, link);
        true
    }
}

/// The number of the next item at `depth` (1 for the top) of a list: its own start value, or one
/// more than the last item at that depth, or the level's start; deeper levels start again.
fn count(counters: &mut Counters, depth: usize, own: u32, level_start: u32) -> u32 {
    if counters.len() < depth {
        counters.resize(depth, None);
    }
    let n = match own {
        0 => counters[depth - 1].map_or(level_start, |n| n.saturating_add(1)),
        own => own,
    };
    counters[depth - 1] = Some(n);
    counters.truncate(depth);
    n
}

#[derive(Clone, Copy)]
enum Skip {
    Picture,
    Comment,
    Index,
    Silently,
}

/// Elements whose content never reaches the article.
fn skipped(n: &str) -> Option<Skip> {
    Some(match n {
        "draw:frame" | "draw:g" | "draw:custom-shape" | "draw:rect" | "draw:ellipse" | "draw:a" => {
            Skip::Picture
        }
        "office:annotation" => Skip::Comment,
        "text:table-of-content"
        | "text:alphabetical-index"
        | "text:illustration-index"
        | "text:table-index"
        | "text:object-index"
        | "text:user-index"
        | "text:bibliography" => Skip::Index,
        "text:tracked-changes"
        | "text:sequence-decls"
        | "text:variable-decls"
        | "text:user-field-decls"
        | "office:forms"
        | "table:table-columns"
        | "table:table-column"
        | "table:covered-table-cell"
        | "office:annotation-end" => Skip::Silently,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_count_by_level_and_deeper_levels_restart() {
        let mut c = Counters::new();
        assert_eq!(count(&mut c, 1, 0, 1), 1);
        assert_eq!(count(&mut c, 2, 0, 1), 1);
        assert_eq!(count(&mut c, 2, 0, 1), 2);
        assert_eq!(count(&mut c, 1, 0, 1), 2);
        assert_eq!(count(&mut c, 2, 0, 1), 1, "a deeper level starts again");
        assert_eq!(count(&mut c, 1, 7, 1), 7, "an item's own start value");
        assert_eq!(count(&mut c, 3, 0, 4), 4, "a level's start");
    }
}
