//! The text of an OpenDocument file (or of one of its notes) walked element by element into the
//! [`Builder`]: headings by outline level, list items by nesting and list style, quotations by
//! paragraph style, spans' bold and italic from their styles, links, tables as one paragraph per
//! row; tracked deletions, comments, frames and indexes are left out. One pass, no recursion.

use std::ops::Range;

use crate::import::build::Builder;
use crate::import::odt::lists::{InList, Lists};
use crate::import::odt::styles::{Role, Styles};
use crate::import::run_marks::RunMarks;
use crate::import::xml::{attr, name, web_link, Ev, Xml};
use crate::import::ImportError;
use crate::model::shape::BlockKind;

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
    /// Bold and italic in force in each open span (its own, else its parent's), innermost last.
    spans: Vec<(Option<bool>, Option<bool>)>,
    links: Vec<Option<String>>,
    marks: RunMarks,
    lists: Lists,
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
            lists: Lists::default(),
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
                        // Each open span and link holds what is in force inside it (its own
                        // value, else the one around it), so that the current one is the last.
                        "text:span" => {
                            let s = attr(&e, "text:style-name").and_then(|s| self.styles.get(&s));
                            let (bold, italic) = st.spans.last().copied().unwrap_or_default();
                            st.spans.push((
                                s.and_then(|s| s.bold).or(bold),
                                s.and_then(|s| s.italic).or(italic),
                            ));
                        }
                        "text:a" => {
                            let href = attr(&e, "xlink:href").and_then(|h| web_link(&h));
                            let around = st.links.last().cloned().flatten();
                            st.links.push(href.or(around));
                        }
                        "text:line-break" if self.prepare(&mut st, b) => b.line_break(),
                        "text:s" | "text:tab" => self.write(&mut st, b, " "),
                        "text:list" => st.lists.open(
                            attr(&e, "text:style-name"),
                            attr(&e, "text:continue-numbering").as_deref() == Some("true"),
                            attr(&e, "text:continue-list"),
                            attr(&e, "xml:id"),
                        ),
                        "text:list-item" | "text:list-header" => st.lists.item(
                            n == "text:list-header",
                            attr(&e, "text:start-value").and_then(|v| v.parse().ok()),
                        ),
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
                    "text:list" => st.lists.close(),
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
                let para_list = resolved.and_then(|r| r.list_style.as_deref());
                match st.lists.paragraph(self.styles, para_list) {
                    Some(InList::Item(kind)) => kind,
                    Some(InList::Continues) | None => {
                        continues = true;
                        BlockKind::Paragraph
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
        let (bold, italic) = st.spans.last().copied().unwrap_or_default();
        let bold = bold.or(p.bold).unwrap_or(false);
        let italic = italic.or(p.italic).unwrap_or(false);
        let link = st.links.last().cloned().flatten();
        st.marks.set(b, bold, italic, link);
        true
    }
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
