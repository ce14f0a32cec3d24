//! Matching a collected student file to the teacher's article: the same text, a slightly
//! different one (a corrected typo, other line breaks: the annotations are re-anchored onto the
//! article's text), or another article (set aside, named by its title).
//!
//! "Slightly different" is decided by [`similarity`]: the overlap of the two texts' word pairs,
//! counted as multisets, at least [`MIN_SIMILARITY`] (0.9). Word pairs ignore whitespace, line
//! breaks, punctuation and case, so those edits cost nothing; a changed word costs the two pairs it
//! is in, so ten typo fixes in a 3,000-word article leave 0.987, and the threshold tolerates about
//! one changed word in 38 (five in a 200-word text). Two different articles share few pairs even
//! on the same subject (common ones like "of the"): the two 200-word articles of the tests share
//! 0.02. Word pairs rather than single words, because two articles on one subject share much of
//! their vocabulary but little of its order. It is one pass over each text with a hash map: cheap
//! next to the re-anchoring (60 files of 3,000 words with 20 annotations each are matched in well
//! under a second, see `core/tests/classroom_loop.rs`).
//!
//! Re-anchoring is `crate::anchoring::reanchor`, the importers' anchoring (the exact quote told
//! apart by its prefix and suffix, then an approximate match), which refuses what it cannot place
//! unambiguously.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::anchoring::reanchor;
use crate::model::Document;

/// Texts at least this similar (see [`similarity`]) are the same article, slightly edited.
pub const MIN_SIMILARITY: f64 = 0.9;

/// How a collected file relates to the article.
#[derive(Clone, Debug, PartialEq)]
pub enum Fit {
    /// Same text (equal SHA-256): the file's document as it is.
    Same(Document),
    /// A slightly different text (whitespace, a corrected typo): the annotations re-anchored onto
    /// the article's text by quote, prefix and suffix, keeping labels, notes, links between placed
    /// annotations and the annotator; `unplaced` lists each annotation that could not be placed
    /// (label, quote), in the file's text order.
    Reanchored {
        doc: Document,
        unplaced: Vec<(String, String)>,
    },
    /// Another article: the file's title, to name it in the list of files set aside.
    Different { title: String },
}

/// Where `file` belongs against `article`. A re-anchored document has the article's text, title,
/// source URL and labels (with the file's labels that the article lacks appended, so no
/// annotation loses its label), and the file's annotator and assignment; it carries no feedback,
/// whose offsets were into the other text.
pub fn fit(article: &Document, file: Document) -> Fit {
    // Equal texts are exactly equal SHA-256s, without hashing either.
    if file.text == article.text {
        return Fit::Same(file);
    }
    if similarity(article.text.as_str(), file.text.as_str()) < MIN_SIMILARITY {
        return Fit::Different { title: file.title };
    }
    let (doc, unplaced) = reanchor(article, &file);
    Fit::Reanchored { doc, unplaced }
}

/// How alike two texts are, from 0 (no word pair in common) to 1 (the same words in the same
/// order): the multiset Jaccard index of their word pairs (shared pairs, counted as often as both
/// have them, over all pairs). A word is a run of letters and digits, lowercased; each CJK
/// character or kana is a word of its own, since those scripts put no spaces between words. The
/// first and last word are paired with the text's start and end, so a text of one word still has
/// pairs.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (pa, na) = pairs(a);
    let (pb, nb) = pairs(b);
    let shared: u64 = pa
        .iter()
        .map(|(k, &ca)| u64::from(ca.min(pb.get(k).copied().unwrap_or(0))))
        .sum();
    shared as f64 / (na + nb - shared) as f64
}

/// Each word pair's count (pairs hashed to 64 bits), and how many pairs there are.
fn pairs(text: &str) -> (HashMap<u64, u32>, u64) {
    const START: u64 = 0;
    const END: u64 = 1;
    let mut counts: HashMap<u64, u32> = HashMap::new();
    let mut n = 0;
    let mut previous = START;
    let mut add = |previous: u64, word: u64| {
        let pair = previous.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29) ^ word;
        *counts.entry(pair).or_insert(0) += 1;
        n += 1;
    };
    for word in words(text) {
        add(previous, word);
        previous = word;
    }
    add(previous, END);
    (counts, n)
}

/// The text's words, each hashed (lowercased first).
fn words(text: &str) -> impl Iterator<Item = u64> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphanumeric)?;
        rest = &rest[start..];
        let first = rest.chars().next().expect("found above");
        let len = if stands_alone(first) {
            first.len_utf8()
        } else {
            rest.find(|c: char| !c.is_alphanumeric() || stands_alone(c))
                .unwrap_or(rest.len())
        };
        let (word, after) = rest.split_at(len);
        rest = after;
        let mut h = DefaultHasher::new();
        for c in word.chars().flat_map(char::to_lowercase) {
            c.hash(&mut h);
        }
        Some(h.finish() | 2) // never START or END
    })
}

/// Characters of scripts written without spaces between words: each is a word.
fn stands_alone(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff      // hiragana, katakana
        | 0x3400..=0x4dbf    // CJK extension A
        | 0x4e00..=0x9fff    // CJK unified ideographs
        | 0xf900..=0xfaff    // CJK compatibility ideographs
        | 0x20000..=0x3134f) // CJK extensions B to G
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Assignment, FeedbackKey, Label, Link, LinkKind, Span};

    /// The article, written for these tests (about 230 words, CRLF line ends).
    const ARTICLE: &str = "City library hours cut as budget shrinks\r\n\r\nThe city council voted on Tuesday to close the central library on Sundays from next month, saving an estimated 240,000 euros a year. The deputy mayor, Ana Petrović, said the savings were unavoidable after the regional grant was halved. \"We looked at every other option first,\" she told reporters outside the council chamber.\r\n\r\nLibrarians disputed the figure. According to the staff union, the Sunday opening costs less than half of what the council claims, because most of the weekend shifts are covered by volunteers. A union spokesperson, who asked not to be named, said the decision would reportedly hit families who cannot visit during the week.\r\n\r\nVisitor numbers suggest the Sunday opening is popular: about 1,800 people came on an average Sunday last year, more than on any weekday except Saturday. Some councillors argued that the branch libraries could take up the demand, but the two nearest branches already close at four in the afternoon.\r\n\r\nThe council said it would review the decision in a year. Critics said a review was not enough and called for a public consultation before any change takes effect. A petition against the closure had gathered more than 3,000 signatures by Wednesday evening, according to its organisers.";

    /// Another article of about the same length, also written for these tests.
    const OTHER: &str = "Harbour ferry returns after two-year repair\r\n\r\nThe old harbour ferry carried its first passengers on Monday after a repair that took two years and cost twice the original estimate. The operator said the hull had been rebuilt almost entirely, and that the engine now runs on biodiesel. Regular crossings will start at seven in the morning and finish at ten at night.\r\n\r\nResidents of the island welcomed the return. For two years they had relied on a replacement bus that took an hour to drive around the bay, compared with twelve minutes by water. A shop owner near the pier said her takings fell by a third while the ferry was away, and that several neighbours had moved to the mainland.\r\n\r\nNot everyone is pleased. Fishermen complain that the new timetable leaves no room at the quay in the early morning, when they land their catch. The port authority said talks were continuing and that a second berth might be built next spring, if money can be found.\r\n\r\nTickets will cost the same as before the repair for the first six months. After that, the operator expects to raise fares slightly to cover fuel and insurance. A monthly pass for island residents remains free for pupils and pensioners, the council confirmed on Tuesday evening.";

    fn span_of(text: &str, needle: &str) -> Span {
        let start = text[..text.find(needle).unwrap()].chars().count();
        Span::new(start, start + needle.chars().count()).unwrap()
    }

    fn article() -> Document {
        let mut d = Document::new("City library hours cut", ARTICLE, None);
        d.assignment = Some(Assignment {
            instructions: "Mark the claims and who makes them.".into(),
            hide_suggestions: true,
            require_name: true,
            rubric: None,
        });
        d
    }

    /// A student's file over `text`: claims, a source, a hedge on passages the edits below leave
    /// alone, a custom label, notes and links.
    fn student(text: &str) -> Document {
        student_marking(
            text,
            &[
                ("a1", "claim", "saving an estimated 240,000 euros a year"),
                ("a2", "source", "The deputy mayor, Ana Petrović"),
                ("a3", "hedge", "reportedly"),
                (
                    "a4",
                    "source",
                    "A union spokesperson, who asked not to be named",
                ),
                ("a5", "number", "about 1,800 people"),
                (
                    "a6",
                    "claim",
                    "the Sunday opening costs less than half of what the council claims",
                ),
            ],
        )
    }

    fn student_marking(text: &str, marks: &[(&str, &str, &str)]) -> Document {
        let mut d = Document::new("My copy", text, None);
        d.annotator = Some("Rana".into());
        d.assignment = article().assignment;
        d.labels
            .push(Label::new("number", "Number", "#0f766e", "n"));
        for &(id, label, needle) in marks {
            let mut a = Annotation::new(id, label, span_of(text, needle), "2025-03-14T09:26:53Z");
            a.note = format!("note on {id} 😀");
            d.insert(a).unwrap();
        }
        let links = [
            Link::new("l1", "a1", "a2", LinkKind::SupportedBy),
            Link::new("l2", "a3", "a6", LinkKind::Hedges),
        ];
        for l in links {
            if d.annotation(&l.from).is_some() && d.annotation(&l.to).is_some() {
                d.insert_link(l).unwrap();
            }
        }
        d
    }

    /// The article as a student's copy might have it: LF line ends, a paragraph re-wrapped, two
    /// typos fixed by the teacher afterwards (so present in the copy), and doubled spaces.
    fn edited() -> String {
        ARTICLE
            .replace("\r\n", "\n")
            .replace("told reporters outside", "told  reporters\noutside")
            .replace("disputed the figure", "disputed teh figure")
            .replace("Some councillors argued", "Some councilors argued")
            .replace("nearest branches already", "nearest branches  already")
    }

    #[test]
    fn the_same_text_is_the_file_as_it_is() {
        let file = student(ARTICLE);
        assert_eq!(fit(&article(), file.clone()), Fit::Same(file));
    }

    #[test]
    fn a_lightly_edited_copy_is_reanchored_with_nothing_lost() {
        let text = edited();
        assert!(similarity(ARTICLE, &text) >= MIN_SIMILARITY);
        let file = student(&text);
        let Fit::Reanchored { doc, unplaced } = fit(&article(), file.clone()) else {
            panic!("not reanchored")
        };
        assert_eq!(unplaced, Vec::<(String, String)>::new());
        assert_eq!(doc.text.as_str(), ARTICLE, "the article's text");
        assert_eq!(doc.title, "City library hours cut", "the article's title");
        assert_eq!(doc.annotator.as_deref(), Some("Rana"));
        assert_eq!(doc.assignment, article().assignment);
        assert_eq!(doc.annotations().len(), 6);
        for a in file.annotations() {
            let placed = doc.annotation(&a.id).expect("kept its id");
            assert_eq!(doc.quote(placed), file.quote(a), "{}", a.id);
            assert_eq!((&placed.label, &placed.note), (&a.label, &a.note));
            assert_eq!(
                (&placed.created, &placed.modified),
                (&a.created, &a.modified)
            );
        }
        assert_eq!(doc.links(), file.links());
        assert_eq!(
            doc.label("number").unwrap().name,
            "Number",
            "the file's own label is kept"
        );
        assert_eq!(&doc.labels[..3], &article().labels[..]);
    }

    #[test]
    fn annotations_on_passages_that_changed_too_much_are_listed_unplaced() {
        let text = edited().replace(
            "The deputy mayor, Ana Petrović,",
            "Ana Petrović, who is the deputy mayor,",
        );
        let file = student_marking(
            &text,
            &[
                ("a1", "claim", "saving an estimated 240,000 euros a year"),
                ("a2", "source", "Ana Petrović, who is the deputy mayor"),
                ("a3", "hedge", "reportedly"),
                (
                    "a6",
                    "claim",
                    "the Sunday opening costs less than half of what the council claims",
                ),
            ],
        );
        let Fit::Reanchored { doc, unplaced } = fit(&article(), file) else {
            panic!("not reanchored")
        };
        assert_eq!(
            unplaced,
            [(
                "source".to_string(),
                "Ana Petrović, who is the deputy mayor".to_string()
            )]
        );
        assert!(doc.annotation("a2").is_none());
        assert_eq!(
            doc.links().len(),
            1,
            "the link to the unplaced annotation goes with it"
        );
        assert_eq!(doc.links()[0].id, "l2");
    }

    #[test]
    fn a_quote_across_changed_whitespace_is_placed_on_the_articles_words() {
        let text = edited();
        let file = student_marking(
            &text,
            &[("a1", "claim", "she told  reporters\noutside the council")],
        );
        let Fit::Reanchored { doc, unplaced } = fit(&article(), file) else {
            panic!("not reanchored")
        };
        assert!(unplaced.is_empty());
        let a = doc.annotation("a1").unwrap();
        assert_eq!(doc.quote(a), "she told reporters outside the council");
    }

    #[test]
    fn another_article_of_the_same_length_is_different() {
        let s = similarity(ARTICLE, OTHER);
        assert!(s < 0.2, "{s}");
        assert_eq!(
            fit(&article(), Document::new("Harbour ferry", OTHER, None)),
            Fit::Different {
                title: "Harbour ferry".into()
            }
        );
        // Half of one and half of the other is not the article either.
        let half = format!(
            "{}{}",
            &ARTICLE[..ARTICLE.len() / 2],
            &OTHER[OTHER.len() / 2..]
        );
        assert!(similarity(ARTICLE, &half) < MIN_SIMILARITY);
    }

    #[test]
    fn similarity_ignores_whitespace_punctuation_and_case_but_not_word_order() {
        assert_eq!(
            similarity("The plan, it worked.", "the\r\nplan it  WORKED"),
            1.0
        );
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("word", "word"), 1.0);
        assert_eq!(similarity("", "word"), 0.0);
        assert!(similarity("the plan worked", "worked the plan") < 0.5);
        // Each CJK character is a word, so one changed character is a small change.
        let zh = "市议会周二投票决定从下个月起周日关闭中央图书馆，每年节省约二十四万欧元。图书馆员对这个数字提出异议，工会说周日开放的费用不到议会所说的一半。";
        let fixed = zh.replace('约', "大");
        assert!(similarity(zh, &fixed) > 0.9, "{}", similarity(zh, &fixed));
    }

    #[test]
    fn feedback_from_the_other_text_is_not_carried_over() {
        let mut file = student(&edited());
        file.feedback = Some(FeedbackKey::of(&file.clone(), "Key"));
        let Fit::Reanchored { doc, .. } = fit(&article(), file) else {
            panic!("not reanchored")
        };
        assert_eq!(doc.feedback, None);
    }
}
