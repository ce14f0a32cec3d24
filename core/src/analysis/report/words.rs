//! The report's own words (its headings and fixed phrases, its language and direction), given by
//! the caller so that the report can be written in the reader's language: the core holds English's
//! ([`ReportWords::english`], what the command line writes) and no translation machinery. The page
//! builds another language's from its messages and sends them to the worker as JSON.
//!
//! Phrases with something in them are templates: `{title}`, `{url}`, `{name}`, `{date}`,
//! `{number}` or `{count}` stand for it. A phrase whose words depend on a count is a [`Counted`]:
//! the caller writes it whole for the counts it knows the report needs (the document's), choosing
//! its language's plural form.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis::source_kind::SourceKind;

/// Every word the report writes that is not the document's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportWords {
    /// The report's `lang` (a BCP 47 tag); the article's paragraphs keep their own direction.
    pub lang: String,
    /// True when the report's own text reads right to left (its `<html dir="rtl">`).
    pub right_to_left: bool,
    /// The digits zero to nine the report's own numbers are written with (counts, note numbers).
    pub digits: String,
    /// The title of an article that has none.
    pub untitled: String,
    /// The page's title: `{title}`.
    pub page_title: String,
    /// The line naming the article's source: `{url}`.
    pub source: String,
    /// The article's length in words.
    pub word_count: Counted,
    /// How many annotations the document has.
    pub annotation_count: Counted,
    /// Who annotated it: `{name}`.
    pub annotated_by: String,
    /// When the report was made: `{date}`.
    pub exported: String,
    /// The heading over the labels and their counts.
    pub legend: String,
    /// A note's marker in the text, as a screen reader says it: `{number}`.
    pub note_marker: String,
    /// The heading over the claims with their sources.
    pub claims: String,
    /// Said of a claim with no source linked to it.
    pub no_source: String,
    /// A source's kind (see `source_kind`).
    pub named: String,
    pub anonymous: String,
    pub vague: String,
    /// The heading over the notes.
    pub notes: String,
    /// The link from a note back to its marker, as a screen reader says it: `{number}`.
    pub back_to_note: String,
    /// The heading over the conversations on spans.
    pub comments: String,
}

/// A phrase with a count in it whose words depend on the count ("1 annotation", "2 annotations").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Counted {
    /// The whole phrase for particular counts, written by a caller that knows its language's
    /// plural forms and numbers.
    pub exact: BTreeMap<usize, String>,
    /// Any other count: `{count}`, written with the report's digits.
    pub other: String,
}

impl Default for ReportWords {
    fn default() -> Self {
        ReportWords::english()
    }
}

impl ReportWords {
    /// English's words: the report as the command line writes it.
    pub fn english() -> ReportWords {
        let s = |t: &str| t.to_string();
        ReportWords {
            lang: s("en"),
            right_to_left: false,
            digits: s("0123456789"),
            untitled: s("Untitled article"),
            page_title: s("{title} (annotated)"),
            source: s("Source: {url}"),
            word_count: Counted {
                exact: BTreeMap::from([(1, s("1 word"))]),
                other: s("{count} words"),
            },
            annotation_count: Counted {
                exact: BTreeMap::from([(1, s("1 annotation"))]),
                other: s("{count} annotations"),
            },
            annotated_by: s("annotated by {name}"),
            exported: s("exported {date}"),
            legend: s("Legend"),
            note_marker: s("Note {number}"),
            claims: s("Claims and their sources"),
            no_source: s("no source linked"),
            named: s("named"),
            anonymous: s("anonymous"),
            vague: s("vague"),
            notes: s("Notes"),
            back_to_note: s("Back to the text of note {number}"),
            comments: s("Comments"),
        }
    }

    /// The words sent as JSON; English's for what is missing, and all of English's when there is
    /// nothing to read (an older page, or no words sent).
    pub fn from_json(json: &str) -> ReportWords {
        serde_json::from_str(json).unwrap_or_else(|_| ReportWords::english())
    }

    /// The report's own digits, when they are ten digits other than the plain ones.
    pub fn own_digits(&self) -> Option<Vec<char>> {
        let digits: Vec<char> = self.digits.chars().collect();
        let usable = digits.len() == 10 && digits.iter().all(|d| d.is_numeric());
        (usable && self.digits != "0123456789").then_some(digits)
    }

    /// `n` in the report's digits (plain digits when they are not ten digits).
    pub fn number(&self, n: usize) -> String {
        let plain = n.to_string();
        match self.own_digits() {
            Some(digits) => plain
                .bytes()
                .map(|b| digits[usize::from(b - b'0')])
                .collect(),
            None => plain,
        }
    }

    /// A source kind's word.
    pub fn kind(&self, kind: SourceKind) -> &str {
        match kind {
            SourceKind::Named => &self.named,
            SourceKind::Anonymous => &self.anonymous,
            SourceKind::Vague => &self.vague,
        }
    }

    /// A counted phrase for `n`: the caller's own for that count, else its template.
    pub fn counted(&self, c: &Counted, n: usize) -> String {
        match c.exact.get(&n) {
            Some(phrase) => phrase.clone(),
            None => fill(&c.other, "{count}", &self.number(n)),
        }
    }
}

/// `template` with `slot` replaced by `value` (once); a template without the slot is followed by
/// the value, so that nothing the reader needs is lost to a slip in a translation.
pub fn fill(template: &str, slot: &str, value: &str) -> String {
    match template.split_once(slot) {
        Some((before, after)) => format!("{before}{value}{after}"),
        None => format!("{template} {value}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_missing_from_the_json_are_englishs_and_numbers_take_the_digits() {
        let w = ReportWords::from_json(r#"{"lang": "fr", "legend": "Légende"}"#);
        assert_eq!(w.lang, "fr");
        assert_eq!(w.legend, "Légende");
        assert_eq!(w.notes, "Notes");
        assert_eq!(ReportWords::from_json(""), ReportWords::english());
        assert_eq!(ReportWords::from_json("not json"), ReportWords::english());
        let en = ReportWords::english();
        assert_eq!(en.counted(&en.annotation_count, 1), "1 annotation");
        assert_eq!(en.counted(&en.annotation_count, 12), "12 annotations");
        let mut ar = ReportWords::english();
        ar.digits = "٠١٢٣٤٥٦٧٨٩".into();
        assert_eq!(ar.number(1204), "١٢٠٤");
        ar.digits = "<>0123456789"[..10].into();
        assert_eq!(ar.number(12), "12", "only digits are written as digits");
        assert_eq!(fill("Note", "{number}", "3"), "Note 3");
        // A round trip keeps every word, counts' phrases included.
        let json = serde_json::to_string(&en).unwrap();
        assert_eq!(ReportWords::from_json(&json), en);
    }
}
