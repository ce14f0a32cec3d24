//! A class set kept in the browser: the compare view's collected files, key and choices written as
//! one record, and the comparison rebuilt from it, so that a reload or a closed tab does not lose
//! the files a teacher collected. Pure: `effects/class_sets.rs` reads and writes the record.

use std::rc::Rc;

use close_reader_core::analysis::lms::Identifiers;
use close_reader_core::model::{GradeOverride, Message, Thread};
use close_reader_core::Document;
use close_reader_core::Span;
use serde_json::{Map, Value};

use super::compare::{Compare, SetAside, View};
use crate::i18n::t;

/// What the record says it is, so that nothing else stored under the same key is mistaken for it.
pub const FORMAT: &str = "close-reader-class-set";
/// The newest record this app writes and reads.
pub const VERSION: u32 = 1;

/// The record kept for one article's comparison: a small JSON header and, beside it, each kept
/// file's native text as it is (stored as they are, not escaped into the header, so that a change
/// of the key writes no file again). The header goes through `serde_json::Value`, which the page
/// already carries, rather than derived serde code of its own (about 15 KB of the page's wasm).
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub format: String,
    pub version: u32,
    /// The SHA-256 of the article's text: every kept file is that text.
    pub article_sha256: String,
    /// In the view's order.
    pub entries: Vec<KeptEntry>,
    pub set_aside: Vec<KeptAside>,
    /// Indices into `entries`.
    pub key: Option<usize>,
    pub student: Option<usize>,
    pub label: String,
    pub view: String,
    pub k: usize,
    pub overrides: Vec<GradeOverride>,
    pub identifiers: Identifiers,
    /// Which identifier column each system's export fills (system → kind), when chosen.
    pub id_columns: Vec<(String, String)>,
    /// The teacher's comments and replies on each student's spans, by the student's name.
    pub comments: Vec<(String, Vec<Thread>)>,
}

/// One entry of the comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptEntry {
    /// The article's own annotations: taken from the article as it is when reopened, not kept
    /// (the other fields are empty).
    pub own: bool,
    pub name: String,
    pub file: String,
    pub reanchored: bool,
    /// (label, quote) of each span that could not be placed when it was collected.
    pub unplaced: Vec<(String, String)>,
    /// The collected file as fitted to the article (its native file).
    pub document: Rc<str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeptAside {
    pub file: String,
    pub why: String,
}

/// Whether the comparison on screen is kept in this browser.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    /// Nothing collected yet, or not saved yet.
    Not,
    /// Kept: the record's size, and this site's storage use and quota as the browser estimates
    /// them (bytes), when it says.
    Kept {
        bytes: usize,
        usage: Option<(f64, f64)>,
    },
    /// The last change could not be kept (why, in words); the files are still open here.
    Failed(String),
    /// A set kept earlier could not be read: nothing is written, so as not to overwrite it.
    Blocked(String),
}

impl Kept {
    /// The number of files kept (the article's own annotations not counted).
    pub fn files(&self) -> usize {
        self.entries.iter().filter(|e| !e.own).count()
    }

    /// Reads a stored record: its header and its files in order; `Err` says why it cannot be used,
    /// as a phrase.
    pub fn from_parts(header: &str, documents: Vec<String>) -> Result<Kept, String> {
        let v: Value = serde_json::from_str(header)
            .map_err(|e| t!("state-class-set-damaged", error = e.to_string()))?;
        let mut documents = documents.into_iter();
        let format = text(&v, "format");
        if format != FORMAT {
            return Err(t!("state-class-set-not-one", format = format));
        }
        let version = v.get("version").and_then(Value::as_u64).unwrap_or(0);
        if version > u64::from(VERSION) {
            return Err(t!("state-class-set-newer", version = version));
        }
        let list = |k: &str| {
            v.get(k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let index = |k: &str| v.get(k).and_then(Value::as_u64).map(|i| i as usize);
        Ok(Kept {
            format,
            version: version as u32,
            article_sha256: text(&v, "articleSha256"),
            entries: list("entries")
                .iter()
                .map(|e| KeptEntry {
                    own: e.get("own").and_then(Value::as_bool).unwrap_or(false),
                    name: text(e, "name"),
                    file: text(e, "file"),
                    reanchored: e
                        .get("reanchored")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                    unplaced: e
                        .get("unplaced")
                        .and_then(Value::as_array)
                        .map(|u| u.iter().map(|p| (text(p, 0), text(p, 1))).collect())
                        .unwrap_or_default(),
                    // A missing file reads as an empty one, which then cannot be read.
                    document: if e.get("own").and_then(Value::as_bool).unwrap_or(false) {
                        Rc::from("")
                    } else {
                        Rc::from(documents.next().unwrap_or_default())
                    },
                })
                .collect(),
            set_aside: list("setAside")
                .iter()
                .map(|s| KeptAside {
                    file: text(s, "file"),
                    why: text(s, "why"),
                })
                .collect(),
            key: index("key"),
            student: index("student"),
            label: text(&v, "label"),
            view: text(&v, "view"),
            k: index("k").unwrap_or(1),
            overrides: list("overrides")
                .iter()
                .filter_map(|o| {
                    Some(GradeOverride {
                        student: text(o, "student"),
                        criterion: o.get("criterion")?.as_u64()? as usize,
                        points: o.get("points")?.as_f64()?,
                        reason: text(o, "reason"),
                    })
                })
                .collect(),
            comments: list("comments").iter().map(comments_of).collect(),
            // Inserted one by one: collecting into a map sorts with the standard library's sort,
            // which would add kilobytes to the page (the program has one sort, `model/order.rs`).
            identifiers: {
                let mut ids = Identifiers::new();
                for (k, v) in v
                    .get("identifiers")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    if let Some(v) = v.as_str() {
                        ids.insert(k.clone(), v.to_string());
                    }
                }
                ids
            },
            id_columns: v
                .get("idColumns")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect(),
        })
    }

    /// The header and the files, as [`Kept::from_parts`] reads them.
    pub fn to_parts(&self) -> (String, Vec<Rc<str>>) {
        let entries = self.entries.iter().map(|e| {
            let mut o = Map::new();
            if e.own {
                o.insert("own".into(), true.into());
            } else {
                o.insert("name".into(), e.name.clone().into());
                o.insert("file".into(), e.file.clone().into());
                o.insert("reanchored".into(), e.reanchored.into());
                let unplaced = e
                    .unplaced
                    .iter()
                    .map(|(l, q)| Value::Array(vec![l.clone().into(), q.clone().into()]));
                o.insert("unplaced".into(), Value::Array(unplaced.collect()));
            }
            Value::Object(o)
        });
        let aside = self.set_aside.iter().map(|s| {
            let mut o = Map::new();
            o.insert("file".into(), s.file.clone().into());
            o.insert("why".into(), s.why.clone().into());
            Value::Object(o)
        });
        let index = |i: Option<usize>| i.map_or(Value::Null, |i| (i as u64).into());
        let mut o = Map::new();
        o.insert("format".into(), self.format.clone().into());
        o.insert("version".into(), u64::from(self.version).into());
        o.insert("articleSha256".into(), self.article_sha256.clone().into());
        o.insert("entries".into(), Value::Array(entries.collect()));
        o.insert("setAside".into(), Value::Array(aside.collect()));
        o.insert("key".into(), index(self.key));
        o.insert("student".into(), index(self.student));
        o.insert("label".into(), self.label.clone().into());
        o.insert("view".into(), self.view.clone().into());
        o.insert("k".into(), (self.k as u64).into());
        let overrides = self.overrides.iter().map(|g| {
            let mut o = Map::new();
            o.insert("student".into(), g.student.clone().into());
            o.insert("criterion".into(), (g.criterion as u64).into());
            o.insert("points".into(), g.points.into());
            o.insert("reason".into(), g.reason.clone().into());
            Value::Object(o)
        });
        o.insert("overrides".into(), Value::Array(overrides.collect()));
        let mut ids = Map::new();
        for (k, v) in &self.identifiers {
            ids.insert(k.clone(), v.clone().into());
        }
        o.insert("identifiers".into(), Value::Object(ids));
        let mut columns = Map::new();
        for (system, kind) in &self.id_columns {
            columns.insert(system.clone(), kind.clone().into());
        }
        o.insert("idColumns".into(), Value::Object(columns));
        let comments = self.comments.iter().map(|(name, threads)| {
            let mut o = Map::new();
            o.insert("student".into(), name.clone().into());
            o.insert(
                "threads".into(),
                Value::Array(threads.iter().map(thread_value).collect()),
            );
            Value::Object(o)
        });
        o.insert("comments".into(), Value::Array(comments.collect()));
        let documents = self
            .entries
            .iter()
            .filter(|e| !e.own)
            .map(|e| e.document.clone())
            .collect();
        (Value::Object(o).to_string(), documents)
    }

    /// The native files of the kept files, in order, to be read before [`restore`].
    pub fn documents(&self) -> impl Iterator<Item = &Rc<str>> {
        self.entries.iter().filter(|e| !e.own).map(|e| &e.document)
    }
}

/// A thread as the record keeps it.
fn thread_value(t: &Thread) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), t.id.clone().into());
    o.insert("start".into(), (t.span.start() as u64).into());
    o.insert("end".into(), (t.span.end() as u64).into());
    if let Some(a) = &t.annotation {
        o.insert("annotation".into(), a.clone().into());
    }
    let messages = t.messages.iter().map(|m| {
        let mut o = Map::new();
        for (k, v) in [
            ("id", &m.id),
            ("author", &m.author),
            ("time", &m.time),
            ("text", &m.text),
        ] {
            o.insert(k.into(), v.clone().into());
        }
        Value::Object(o)
    });
    o.insert("messages".into(), Value::Array(messages.collect()));
    Value::Object(o)
}

/// A student's threads read back; a thread whose span cannot be read is left out.
fn comments_of(v: &Value) -> (String, Vec<Thread>) {
    let threads = v
        .get("threads")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    let threads = threads.filter_map(|t| {
        let at = |k: &str| t.get(k).and_then(Value::as_u64).map(|n| n as usize);
        Some(Thread {
            id: text(t, "id"),
            span: Span::new(at("start")?, at("end")?)?,
            annotation: t
                .get("annotation")
                .and_then(Value::as_str)
                .map(str::to_string),
            messages: t
                .get("messages")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|m| Message {
                    id: text(m, "id"),
                    author: text(m, "author"),
                    time: text(m, "time"),
                    text: text(m, "text"),
                })
                .collect(),
        })
    });
    (text(v, "student"), threads.collect())
}

/// A string member (or element) of a JSON value, empty when missing.
fn text(v: &Value, at: impl serde_json::value::Index) -> String {
    v.get(at)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `x` rounded to `places` decimals as `{:.places$}` rounds it (the size's figures as before).
fn rounded(x: f64, places: usize) -> f64 {
    format!("{x:.places$}").parse().unwrap_or(x)
}

/// A size for people: "840 bytes", "12 KB", "1.4 MB", "2.1 GB" (decimal units, as browsers show).
pub fn size_phrase(bytes: f64) -> String {
    match bytes {
        b if b < 1e3 => t!("state-size-bytes", count = rounded(b, 0)),
        b if b < 1e6 => t!("state-size-kb", size = rounded(b / 1e3, 0)),
        b if b < 1e9 => t!("state-size-mb", size = rounded(b / 1e6, 1)),
        b => t!("state-size-gb", size = rounded(b / 1e9, 1)),
    }
}

/// What the compare view says of its keeping, if anything.
pub fn keeping_phrase(k: &Keeping) -> Option<String> {
    match k {
        Keeping::Not => None,
        Keeping::Kept { bytes, usage } => Some(match usage {
            Some((used, quota)) if *quota > 0.0 => t!(
                "state-kept-with-usage",
                size = size_phrase(*bytes as f64),
                used = size_phrase(*used),
                quota = size_phrase(*quota)
            ),
            _ => t!("state-kept", size = size_phrase(*bytes as f64)),
        }),
        Keeping::Failed(why) => Some(t!("state-not-kept", why = why)),
        Keeping::Blocked(why) => Some(t!("state-kept-unreadable", why = why)),
    }
}

fn view_name(v: View) -> &'static str {
    match v {
        View::Heat => "heat",
        View::Feedback => "feedback",
        View::Consensus => "consensus",
    }
}

fn view_of(name: &str) -> View {
    match name {
        "feedback" => View::Feedback,
        "consensus" => View::Consensus,
        _ => View::Heat,
    }
}

/// Whether an entry is the article's own annotations rather than a collected file.
fn is_own(c: &Compare, i: usize) -> bool {
    Rc::ptr_eq(&c.entries[i].doc, &c.article)
}

/// The record of a comparison, or `None` when nothing was collected (no file added or set aside).
/// Each file is kept as the worker wrote it when fitting it; `native_of` writes one that came
/// otherwise.
pub fn kept(c: &Compare, native_of: impl Fn(&Document) -> String) -> Option<Kept> {
    let entries: Vec<KeptEntry> = (0..c.entries.len())
        .map(|i| {
            let e = &c.entries[i];
            if is_own(c, i) {
                KeptEntry {
                    own: true,
                    ..KeptEntry::default()
                }
            } else {
                KeptEntry {
                    own: false,
                    name: e.name.clone(),
                    file: e.file.clone(),
                    reanchored: e.reanchored,
                    unplaced: e.unplaced.clone(),
                    document: e
                        .native
                        .clone()
                        .unwrap_or_else(|| Rc::from(native_of(&e.doc))),
                }
            }
        })
        .collect();
    let collected = entries.iter().any(|e| !e.own);
    if !collected && c.set_aside.is_empty() {
        return None;
    }
    Some(Kept {
        format: FORMAT.into(),
        version: VERSION,
        article_sha256: c.article.text.sha256().to_string(),
        entries,
        set_aside: c
            .set_aside
            .iter()
            .map(|s| KeptAside {
                file: s.file.clone(),
                why: s.why.clone(),
            })
            .collect(),
        key: c.key,
        student: c.student,
        label: c.label.clone(),
        view: view_name(c.view).into(),
        k: c.k,
        overrides: c.overrides.clone(),
        identifiers: c.identifiers.clone(),
        id_columns: c
            .id_columns
            .iter()
            .map(|(s, k)| (s.clone(), k.clone()))
            .collect(),
        comments: c.comments.clone(),
    })
}

/// The comparison as it was kept, over the article as it is now. `documents` are the kept files
/// read, in the order of [`Kept::documents`]: one that cannot be read, or is no longer this
/// article's text, is set aside with the reason (nothing kept is dropped without a word).
pub fn restore(
    doc_id: &str,
    article: Document,
    kept: &Kept,
    documents: Vec<Result<Rc<Document>, String>>,
) -> Compare {
    let sha = article.text.sha256().to_string();
    let mut c = Compare::new(doc_id, article);
    let has_own = !c.entries.is_empty();
    let mut read = documents.into_iter();
    // Where each kept entry is now.
    let mut at: Vec<Option<usize>> = Vec::with_capacity(kept.entries.len());
    for entry in &kept.entries {
        match entry {
            KeptEntry { own: true, .. } => at.push(has_own.then_some(0)),
            KeptEntry {
                name,
                file,
                reanchored,
                unplaced,
                document,
                ..
            } => {
                let doc = match read.next() {
                    None => Err(t!("state-kept-copy-missing")),
                    Some(Err(why)) => Err(t!("state-kept-copy-unreadable", why = why)),
                    Some(Ok(d)) if d.text.sha256() == sha => Ok(d),
                    Some(Ok(_)) => Err(t!("state-kept-copy-changed")),
                };
                match doc {
                    Ok(doc) => {
                        at.push(Some(c.entries.len()));
                        c.push(
                            name.clone(),
                            file.clone(),
                            doc,
                            *reanchored,
                            unplaced.clone(),
                        );
                        if let Some(e) = c.entries.last_mut().and_then(Rc::get_mut) {
                            e.native = Some(document.clone());
                        }
                    }
                    Err(why) => {
                        at.push(None);
                        c.set_aside.push(SetAside {
                            file: file.clone(),
                            why,
                        });
                    }
                }
            }
        }
    }
    c.set_aside.extend(kept.set_aside.iter().map(|s| SetAside {
        file: s.file.clone(),
        why: s.why.clone(),
    }));
    let now = |i: Option<usize>| i.and_then(|i| at.get(i).copied().flatten());
    c.key = now(kept.key);
    c.student = now(kept.student)
        .filter(|&s| Some(s) != c.key)
        .or_else(|| c.students().first().copied());
    if c.article.labels.iter().any(|l| l.id == kept.label) {
        c.label = kept.label.clone();
    }
    c.view = view_of(&kept.view);
    c.k = kept.k.clamp(1, c.students().len().max(1));
    c.overrides = kept.overrides.clone();
    c.identifiers = kept.identifiers.clone();
    for (system, kind) in &kept.id_columns {
        c.id_columns.insert(system.clone(), kind.clone());
    }
    c.comments = kept.comments.clone();
    c
}

#[cfg(test)]
mod tests {
    use close_reader_core::formats::collect::Fit;
    use close_reader_core::formats::native;
    use close_reader_core::{Annotation, Span};

    use super::*;

    const TEXT: &str =
        "The mayor said the bridge will close. Officials reportedly disagree. 日本語 🌉.";

    fn doc(name: Option<&str>, spans: &[(&str, usize, usize)]) -> Document {
        let mut d = Document::new("Bridge", TEXT, None);
        d.annotator = name.map(String::from);
        for (i, (label, s, e)) in spans.iter().enumerate() {
            let a = Annotation::new(&format!("a{i}"), label, Span::new(*s, *e).unwrap(), "t");
            d.insert(a).unwrap();
        }
        d
    }

    fn native_of(d: &Document) -> String {
        native::to_json(d)
    }

    /// Through storage and back.
    fn stored(k: &Kept) -> Kept {
        let (header, docs) = k.to_parts();
        Kept::from_parts(&header, docs.iter().map(|d| d.to_string()).collect()).unwrap()
    }

    fn reread(kept: &Kept) -> Vec<Result<Rc<Document>, String>> {
        kept.documents()
            .map(|j| native::from_json(j).map(Rc::new).map_err(|e| e.to_string()))
            .collect()
    }

    fn class() -> Compare {
        let mut c = Compare::new("d1", doc(Some("Ms Diaz"), &[("claim", 4, 36)]));
        c.add("ana.json", Fit::Same(doc(Some("Ana"), &[("claim", 4, 9)])));
        c.add(
            "ben.json",
            Fit::Reanchored {
                doc: doc(None, &[("hedge", 48, 58)]),
                unplaced: vec![("claim".into(), "the ferry".into())],
            },
        );
        c.add("ana.json", Fit::Same(doc(Some("Ana"), &[("claim", 4, 9)])));
        c.refuse("notes.txt", "not a Close Reader file".into());
        c.set_key(Some(1));
        c.label = "hedge".into();
        c.view = View::Feedback;
        c.student = Some(2);
        c.overrides = vec![GradeOverride {
            student: "ben".into(),
            criterion: 1,
            points: 2.5,
            reason: "Right link, “wrong” span.".into(),
        }];
        c.identifiers = [("Ana".to_string(), "ana@school.example".to_string())].into();
        c.id_columns.insert("canvas".into(), "sis-login".into());
        c.comments = vec![(
            "ben".into(),
            vec![Thread {
                id: "t1".into(),
                span: Span::new(48, 58).unwrap(),
                annotation: Some("a0".into()),
                messages: vec![Message {
                    id: "teacher-1".into(),
                    author: "Ms Diaz".into(),
                    time: "2026-12-07T18:02:11Z".into(),
                    text: "Who reports it? ⟨🌉⟩".into(),
                }],
            }],
        )];
        c
    }

    #[test]
    fn a_comparison_comes_back_as_it_was_kept() {
        let c = class();
        let kept = kept(&c, native_of).expect("files were collected");
        let read = stored(&kept);
        assert_eq!(read, kept);
        let back = restore("d1", (*c.article).clone(), &read, reread(&read));
        let again = super::kept(&back, |_| panic!("each file is kept as it was read")).unwrap();
        assert_eq!(again.to_parts(), kept.to_parts(), "kept again, unchanged");
        assert_eq!(back.entries.len(), 3);
        for (a, b) in c.entries.iter().zip(&back.entries) {
            assert_eq!(
                (&a.name, &a.file, a.reanchored, &a.unplaced, &a.spans),
                (&b.name, &b.file, b.reanchored, &b.unplaced, &b.spans)
            );
        }
        assert_eq!(
            back.entries[2].name, "ben",
            "named by the file, as when collected"
        );
        assert_eq!(
            back.set_aside, c.set_aside,
            "the duplicate and the text file stay set aside"
        );
        assert_eq!((back.key, back.student), (Some(1), Some(2)));
        assert_eq!(
            (back.label.as_str(), back.view, back.k),
            ("hedge", View::Feedback, 1)
        );
        assert_eq!(back.gradebook(), c.gradebook(), "the same figures");
        assert_eq!(
            (&back.overrides, &back.identifiers, &back.comments),
            (&c.overrides, &c.identifiers, &c.comments)
        );
        assert_eq!(
            back.id_columns, c.id_columns,
            "the identifier column chosen for Canvas"
        );
        assert_eq!(kept.files(), 2);
    }

    #[test]
    fn nothing_collected_is_nothing_to_keep() {
        let c = Compare::new("d1", doc(Some("Ms Diaz"), &[("claim", 4, 36)]));
        assert_eq!(kept(&c, native_of), None);
    }

    #[test]
    fn the_articles_own_annotations_are_taken_as_they_are_now() {
        let c = class();
        let kept = kept(&c, native_of).unwrap();
        // The teacher deleted the article's annotations since: the key (a file) is still found.
        let bare = doc(Some("Ms Diaz"), &[]);
        let back = restore("d1", bare, &kept, reread(&kept));
        assert_eq!(back.entries.len(), 2);
        assert_eq!(back.key, Some(0), "Ana's file, the key, moved up one");
        assert_eq!(back.entries[0].name, "Ana");
        assert_eq!(back.student, Some(1));
        // The own entry as the key, and the article now with other annotations: they are the key.
        let mut c = class();
        c.set_key(Some(0));
        let kept = super::kept(&c, native_of).unwrap();
        let now = doc(Some("Ms Diaz"), &[("claim", 0, 9)]);
        let back = restore("d1", now, &kept, reread(&kept));
        assert_eq!(back.key, Some(0));
        assert_eq!(back.entries[0].spans[0].start, 0);
    }

    #[test]
    fn a_kept_file_that_cannot_be_read_is_set_aside_with_the_reason() {
        let c = class();
        let kept = kept(&c, native_of).unwrap();
        let mut read = reread(&kept);
        read[0] = Err("it is damaged".into());
        let other = Document::new("Other", "Another text entirely.", None);
        read[1] = Ok(Rc::new(other));
        let back = restore("d1", (*c.article).clone(), &kept, read);
        assert_eq!(back.entries.len(), 1, "only the article's own annotations");
        assert_eq!(back.key, None, "the key was Ana's file");
        let why: Vec<&str> = back.set_aside.iter().map(|s| s.why.as_str()).collect();
        assert_eq!(why[0], "kept in this browser, but it is damaged");
        assert_eq!(
            why[1],
            "kept in this browser, but its kept copy is no longer this article's text"
        );
        assert_eq!(back.set_aside.len(), 2 + c.set_aside.len());
    }

    #[test]
    fn sizes_and_counts_read_as_people_say_them() {
        assert_eq!(size_phrase(840.0), "840 bytes");
        assert_eq!(size_phrase(12_345.0), "12 KB");
        assert_eq!(size_phrase(1_400_000.0), "1.4 MB");
        assert_eq!(size_phrase(2_100_000_000.0), "2.1 GB");
        assert_eq!(
            keeping_phrase(&Keeping::Kept {
                bytes: 12_345,
                usage: Some((3.4e6, 2e9))
            })
            .unwrap(),
            "Kept in this browser (12 KB; this site uses 3.4 MB of the 2 GB the browser allows)."
        );
        assert_eq!(keeping_phrase(&Keeping::Not), None);
    }

    #[test]
    fn foreign_or_newer_records_are_refused_with_a_reason() {
        let read = |k: &Kept| Kept::from_parts(&k.to_parts().0, Vec::new());
        assert!(Kept::from_parts("{", Vec::new())
            .unwrap_err()
            .starts_with("its record is damaged"));
        let mut k = kept(&class(), native_of).unwrap();
        k.format = "something-else".into();
        assert_eq!(
            read(&k).unwrap_err(),
            "its record is not a class set (\"something-else\")"
        );
        k.format = FORMAT.into();
        k.version = VERSION + 1;
        assert!(read(&k).unwrap_err().contains("newer Close Reader"));
        // Files missing from the record read as files that cannot be read: set aside, said so.
        k.version = VERSION;
        let c = class();
        let short = read(&k).unwrap();
        let back = restore("d1", (*c.article).clone(), &short, reread(&short));
        assert_eq!(back.entries.len(), 1);
        assert!(back.set_aside[0]
            .why
            .starts_with("kept in this browser, but"));
    }

    #[test]
    fn counts_and_sizes_are_written_the_interface_language_s_way() {
        use crate::i18n::{all_sources, install, Lang};
        let sources = all_sources();
        install(Lang::Fr, Some(&sources[&Lang::Fr]));
        assert_eq!(size_phrase(1_400_000.0), "1,4\u{a0}Mo");
        install(Lang::Ar, Some(&sources[&Lang::Ar]));
        assert_eq!(size_phrase(840.0), "٨٤٠ بايتًا");
        assert_eq!(size_phrase(100.0), "١٠٠ بايت");
        install(Lang::En, None);
        assert_eq!(size_phrase(1.0), "1 byte");
    }
}
