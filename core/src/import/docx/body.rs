//! The text of a Word document (or of one of its notes) walked element by element into the
//! [`Builder`]: paragraphs become blocks by style and list, runs become marks, hyperlinks and
//! HYPERLINK fields become links, tables become one paragraph per row, deleted changes and
//! drawings are left out. One pass, no recursion: a deep file costs memory, never stack.

use std::collections::HashMap;

use crate::import::build::Builder;
use crate::import::docx::fields::{hyperlink_field, Field};
use crate::import::docx::left_out::{skipped, Skip, Skipped};
use crate::import::docx::notes::{NoteKind, Notes};
use crate::import::docx::styles::{on, Numbering, Role, Styles};
use crate::import::run_marks::RunMarks;
use crate::import::xml::{attr, name, Ev, Xml};
use crate::import::ImportError;
use crate::model::shape::{BlockKind, MAX_DEPTH};

/// Where the walker writes: the article's body, or the inside of one note (whose block the caller
/// has started).
#[derive(PartialEq, Eq, Clone, Copy)]
pub enum Mode {
    Body,
    Note,
}

/// What the whole document shares while its parts are walked.
pub struct Walker<'w> {
    pub styles: &'w Styles,
    pub numbering: &'w mut Numbering,
    pub notes: &'w mut Notes,
    pub skipped: &'w mut Skipped,
    /// The first Title paragraph and the first Heading 1, for an article without a title.
    pub first_title: Option<String>,
    pub first_h1: Option<String>,
}

/// The paragraph being read.
#[derive(Default)]
struct Para {
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
    kind: Option<BlockKind>,
    role: Option<Role>,
    started: bool,
    text: String,
}

/// The run being read: its character style and direct bold and italic.
#[derive(Default)]
struct Run {
    style: Option<String>,
    bold: Option<bool>,
    italic: Option<bool>,
}

/// The state of one walk.
struct State<'l> {
    mode: Mode,
    /// Hyperlink relationships of the part walked: id → kept web address.
    rels: &'l HashMap<String, String>,
    para: Option<Para>,
    run: Option<Run>,
    links: Vec<Option<String>>,
    fields: Vec<Field>,
    marks: RunMarks,
    /// Tables open (a table in a cell is flattened into its row).
    tables: usize,
    /// The row has text; the next text starts a new cell.
    row_text: bool,
    cell_sep: bool,
    /// Paragraphs begun in the note.
    note_paras: usize,
}

impl Walker<'_> {
    /// Walks the part (or fragment) read by `x` in `mode`; `rels` are its hyperlinks.
    pub fn walk(
        &mut self,
        x: &mut Xml,
        b: &mut Builder,
        mode: Mode,
        rels: &HashMap<String, String>,
    ) -> Result<(), ImportError> {
        let mut st = State {
            mode,
            rels,
            para: None,
            run: None,
            links: Vec::new(),
            fields: Vec::new(),
            marks: RunMarks::default(),
            tables: 0,
            row_text: false,
            cell_sep: false,
            note_paras: 0,
        };
        let (mut in_ppr, mut in_rpr, mut in_t, mut in_instr) = (false, false, false, false);
        let mut depth = 0usize;
        let mut ignore_until: Option<usize> = None;
        let mut sdt_depths: Vec<usize> = Vec::new();
        loop {
            let ev = x.event()?;
            if let Some(d) = ignore_until {
                match ev {
                    Ev::Start(_) => depth += 1,
                    Ev::End(_) => {
                        depth -= 1;
                        if depth < d {
                            ignore_until = None;
                            sdt_depths.pop();
                        }
                    }
                    Ev::Text(_) => {}
                    Ev::Eof => return Ok(()),
                }
                continue;
            }
            match ev {
                Ev::Start(e) => {
                    let n = name(&e);
                    if !in_ppr && n != "w:pPr" {
                        self.decide(&mut st);
                    }
                    if let Some(what) = skipped(n) {
                        self.count(what);
                        x.skip(&e)?;
                        continue;
                    }
                    depth += 1;
                    match n {
                        "w:p" => {
                            st.para = Some(Para::default());
                            if st.tables > 0 && st.row_text {
                                b.text(" ");
                            }
                            if mode == Mode::Note && st.tables == 0 {
                                if st.note_paras > 0 {
                                    b.line_break();
                                }
                                st.note_paras += 1;
                            }
                        }
                        "w:pPr" => in_ppr = true,
                        "w:rPr" if in_ppr => {
                            // The paragraph mark's own run properties: not the text's.
                            x.skip(&e)?;
                            depth -= 1;
                        }
                        "w:pStyle" | "w:numId" | "w:ilvl" | "w:outlineLvl" if in_ppr => {
                            if let Some(p) = st.para.as_mut() {
                                let val = attr(&e, "w:val");
                                match n {
                                    "w:pStyle" => p.style = val,
                                    "w:numId" => p.num_id = val,
                                    "w:ilvl" => p.ilvl = val.and_then(|v| v.parse().ok()),
                                    _ => p.outline = val.and_then(|v| v.parse().ok()),
                                }
                            }
                        }
                        "w:r" => st.run = Some(Run::default()),
                        "w:rPr" => in_rpr = true,
                        "w:rStyle" | "w:b" | "w:i" if in_rpr => {
                            if let Some(r) = st.run.as_mut() {
                                let val = attr(&e, "w:val");
                                match n {
                                    "w:rStyle" => r.style = val,
                                    "w:b" => r.bold = Some(on(val.as_deref())),
                                    _ => r.italic = Some(on(val.as_deref())),
                                }
                            }
                        }
                        "w:t" => in_t = true,
                        "w:instrText" => in_instr = true,
                        "w:tab" | "w:noBreakHyphen" if st.run.is_some() && !in_rpr => {
                            self.write(&mut st, b, if n == "w:tab" { " " } else { "\u{2011}" });
                        }
                        "w:br" | "w:cr" if st.run.is_some() => {
                            if matches!(attr(&e, "w:type").as_deref(), Some("page" | "column")) {
                                self.write(&mut st, b, " ");
                            } else if self.prepare(&mut st, b) {
                                b.line_break();
                            }
                        }
                        "w:footnoteReference" | "w:endnoteReference" => {
                            let kind = if n == "w:footnoteReference" {
                                NoteKind::Foot
                            } else {
                                NoteKind::End
                            };
                            if let Some(id) = attr(&e, "w:id") {
                                let number = self.notes.refer(kind, id);
                                self.write(&mut st, b, &format!("[{number}]"));
                            }
                        }
                        "w:commentReference" => self.skipped.comments += 1,
                        // Each open hyperlink and field holds the link in force inside it (its
                        // own, else the one around it), so that the current link is the last.
                        "w:hyperlink" => {
                            let target = attr(&e, "r:id").and_then(|id| st.rels.get(&id).cloned());
                            let around = st.links.last().cloned().flatten();
                            st.links.push(target.or(around));
                        }
                        "w:fldSimple" => {
                            let instr = attr(&e, "w:instr").unwrap_or_default();
                            let around = st.fields.last().and_then(|f| f.link.clone());
                            st.fields.push(Field {
                                link: hyperlink_field(&instr).or(around),
                                instr,
                            });
                        }
                        "w:fldChar" => match attr(&e, "w:fldCharType").as_deref() {
                            Some("begin") => st.fields.push(Field {
                                instr: String::new(),
                                link: st.fields.last().and_then(|f| f.link.clone()),
                            }),
                            Some("separate") => {
                                if let Some(f) = st.fields.last_mut() {
                                    if let Some(link) = hyperlink_field(&f.instr) {
                                        f.link = Some(link);
                                    }
                                }
                            }
                            Some("end") => {
                                st.fields.pop();
                            }
                            _ => {}
                        },
                        "w:sdt" => sdt_depths.push(depth),
                        "w:sdtPr" => {
                            let range = x.skip(&e)?;
                            depth -= 1;
                            if x.slice(range).contains("Table of Contents") {
                                self.skipped.contents = true;
                                ignore_until = sdt_depths.last().copied();
                            }
                        }
                        "w:tbl" => st.tables += 1,
                        "w:tr" if st.tables == 1 => {
                            st.row_text = false;
                            st.cell_sep = false;
                            if mode == Mode::Body {
                                b.start(BlockKind::Paragraph);
                            } else {
                                b.line_break();
                            }
                        }
                        "w:tc" => st.cell_sep = st.row_text,
                        _ => {}
                    }
                }
                Ev::End(e) => {
                    depth = depth.saturating_sub(1);
                    match e.name().0 {
                        "w:p" => {
                            self.decide(&mut st);
                            if let Some(p) = st.para.take() {
                                self.remember_title(&p);
                            }
                            st.marks.close_all(b);
                        }
                        "w:pPr" => {
                            in_ppr = false;
                            self.decide(&mut st);
                        }
                        "w:r" => st.run = None,
                        "w:rPr" => in_rpr = false,
                        "w:t" => in_t = false,
                        "w:instrText" => in_instr = false,
                        "w:hyperlink" => {
                            st.links.pop();
                        }
                        "w:fldSimple" => {
                            st.fields.pop();
                        }
                        "w:sdt" => {
                            sdt_depths.pop();
                        }
                        "w:tc" => st.marks.close_all(b),
                        "w:tbl" => st.tables = st.tables.saturating_sub(1),
                        _ => {}
                    }
                }
                Ev::Text(t) => {
                    if in_instr {
                        if let Some(f) = st.fields.last_mut().filter(|f| f.instr.len() < 4096) {
                            f.instr.push_str(&t);
                        }
                    } else if in_t && st.run.is_some() {
                        self.write(&mut st, b, &t);
                    }
                }
                Ev::Eof => return Ok(()),
            }
        }
    }

    fn count(&mut self, what: Skip) {
        match what {
            Skip::Picture => self.skipped.pictures += 1,
            Skip::Equation => self.skipped.equations += 1,
            Skip::Silently => {}
        }
    }

    /// The block the paragraph being read becomes, decided once its properties are read (its list
    /// item counted even when it turns out empty, as Word counts it).
    fn decide(&mut self, st: &mut State) {
        let Some(p) = st.para.as_mut().filter(|p| p.kind.is_none()) else {
            return;
        };
        let style = p.style.as_deref().and_then(|s| self.styles.get(s));
        let role = match p.outline {
            Some(l) if l < 9 => Some(Role::Heading((l + 1).min(6))),
            _ => style.and_then(|s| s.role),
        };
        p.role = role;
        let num = match (&p.num_id, style.and_then(|s| s.num.as_ref())) {
            (Some(id), _) => Some((id.clone(), p.ilvl.unwrap_or(0))),
            (None, Some((id, l))) => Some((id.clone(), p.ilvl.unwrap_or(*l))),
            (None, None) => None,
        };
        let item = num
            .filter(|(id, _)| id != "0")
            .and_then(|(id, l)| self.numbering.item(&id, l));
        p.kind = Some(match (role, item) {
            _ if st.mode == Mode::Note || st.tables > 0 => BlockKind::Paragraph,
            (Some(Role::Title), _) => BlockKind::Heading(1),
            (Some(Role::Subtitle), _) => BlockKind::Heading(2),
            (Some(Role::Heading(l)), _) => BlockKind::Heading(l.clamp(1, 6)),
            (Some(Role::Contents), _) => BlockKind::Paragraph,
            (_, Some(i)) => BlockKind::Item {
                ordered: i.ordered,
                depth: i.depth.min(MAX_DEPTH),
                number: i.number,
            },
            (Some(Role::Quote), None) => BlockKind::Quote(1),
            (None, None) => BlockKind::Paragraph,
        });
        if role == Some(Role::Contents) {
            self.skipped.contents = true;
        }
    }

    fn remember_title(&mut self, p: &Para) {
        let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return;
        }
        match p.role {
            Some(Role::Title) if self.first_title.is_none() => self.first_title = Some(text),
            Some(Role::Heading(1)) if self.first_h1.is_none() => self.first_h1 = Some(text),
            _ => {}
        }
    }

    /// Writes a piece of the current run.
    fn write(&mut self, st: &mut State, b: &mut Builder, s: &str) {
        if !self.prepare(st, b) {
            return;
        }
        b.text(s);
        if let Some(p) = st.para.as_mut().filter(|p| p.text.len() < 4096) {
            p.text.push_str(s);
        }
    }

    /// Gets the builder ready for the current run's text: the block started, a table cell's
    /// separator put in, the marks set to the run's properties. False when the text is left out.
    fn prepare(&mut self, st: &mut State, b: &mut Builder) -> bool {
        let Some(p) = st.para.as_mut() else {
            return false;
        };
        if p.role == Some(Role::Contents) {
            return false;
        }
        if !p.started {
            p.started = true;
            if st.mode == Mode::Body && st.tables == 0 {
                b.start(p.kind.clone().unwrap_or(BlockKind::Paragraph));
            }
        }
        if st.tables > 0 {
            if std::mem::take(&mut st.cell_sep) {
                st.marks.close_all(b);
                b.text(" · ");
            }
            st.row_text = true;
        }
        let styles = self.styles;
        // A heading's own bold is how headings look, not emphasis: only body paragraphs lend
        // their style's bold and italic to their runs.
        let para_style = match p.role {
            Some(Role::Quote) | None => p.style.as_deref().and_then(|s| styles.get(s)),
            _ => None,
        };
        let run = st.run.as_ref();
        let char_style = run
            .and_then(|r| r.style.as_deref())
            .and_then(|s| styles.get(s));
        let bold = run
            .and_then(|r| r.bold)
            .or(char_style.and_then(|s| s.bold))
            .or(para_style.and_then(|s| s.bold))
            .or(styles.default_bold)
            .unwrap_or(false);
        let italic = run
            .and_then(|r| r.italic)
            .or(char_style.and_then(|s| s.italic))
            .or(para_style.and_then(|s| s.italic))
            .or(styles.default_italic)
            .unwrap_or(false);
        let link = st
            .links
            .last()
            .cloned()
            .flatten()
            .or_else(|| st.fields.last()?.link.clone());
        st.marks.set(b, bold, italic, link);
        true
    }
}
