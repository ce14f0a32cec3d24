//! Deterministic test articles for the benchmark: `words` words of news-like prose in paragraphs, with
//! `spans` annotations of all three labels at word boundaries, some nested in or overlapping others,
//! some with notes. The same arguments always give the same file.

use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};

const WORDS: &[&str] = &[
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "new",
    "figures",
    "show",
    "costs",
    "may",
    "rise",
    "by",
    "about",
    "12",
    "per",
    "cent",
    "according",
    "to",
    "officials",
    "who",
    "asked",
    "not",
    "be",
    "named",
    "while",
    "critics",
    "reportedly",
    "doubt",
    "estimate",
    "harbour",
    "wall",
    "residents",
    "will",
    "vote",
    "next",
    "spring",
    "and",
    "experts",
    "suggest",
    "flooding",
    "could",
    "become",
    "more",
    "frequent",
    "in",
    "Wrenmouth",
    "Okafor",
    "café",
    "naïve",
    "2029",
    "£42m",
];

/// A small linear congruential generator: deterministic across platforms and Rust versions.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The article and its annotations as a Close Reader document.
pub fn document(words: usize, spans: usize) -> Document {
    let mut rng = Lcg(words as u64 * 31 + spans as u64);
    let mut text = String::new();
    // Word starts and ends in code points.
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(words);
    let mut cp = 0;
    let mut in_paragraph = 0;
    let paragraph_len = |rng: &mut Lcg| 40 + rng.below(80);
    let mut target = paragraph_len(&mut rng);
    for i in 0..words {
        if i > 0 {
            if in_paragraph >= target {
                text.push_str("\n\n");
                cp += 2;
                in_paragraph = 0;
                target = paragraph_len(&mut rng);
            } else {
                text.push(' ');
                cp += 1;
            }
        }
        let w = WORDS[rng.below(WORDS.len())];
        text.push_str(w);
        let n = w.chars().count();
        bounds.push((cp, cp + n));
        cp += n;
        in_paragraph += 1;
    }
    text.push('.');
    let mut doc = Document::new(
        &format!("Benchmark {words} words, {spans} spans"),
        &text,
        None,
    );
    let labels = ["claim", "source", "hedge"];
    let mut made = Vec::with_capacity(spans);
    for placed in 0..spans {
        let first = rng.below(words);
        let len = 1 + rng.below(12);
        let last = (first + len).min(words - 1);
        let span = Span::new(bounds[first].0, bounds[last].1).expect("ordered");
        let id = format!("a{}", placed + 1);
        let mut a = Annotation::new(&id, labels[rng.below(3)], span, "2026-01-01T00:00:00Z");
        if rng.below(10) == 0 {
            a.note = format!("Note {placed}: who says so?");
        }
        made.push(a);
    }
    // In text order, each insertion is at the end: a document of 200,000 spans builds in no time.
    close_reader_core::model::order::sort_by_key(&mut made, |a| {
        (
            a.span.start(),
            std::cmp::Reverse(a.span.end()),
            a.id.clone(),
        )
    });
    for a in made {
        doc.insert(a).expect("ids are new and spans non-empty");
    }
    doc
}

/// [`document`] with a note on every `every`-th annotation (and no others): a handout to print.
pub fn noted(words: usize, spans: usize, every: usize) -> Document {
    let doc = document(words, spans);
    let mut out = Document::new(&doc.title, doc.text.as_str(), None);
    for (i, a) in doc.annotations().iter().enumerate() {
        let mut a = a.clone();
        a.note = if i % every == 0 {
            format!("Note on span {}: who says so, and how do they know?", i + 1)
        } else {
            String::new()
        };
        out.insert(a).expect("as before");
    }
    out
}

/// A class: an article of `words` words with no spans, and `students` files for it, each marking
/// about `spans` of a shared pool of passages (as a class marks much the same claims), some with
/// boundaries a word off, plus a few of their own.
pub fn class(words: usize, students: usize, spans: usize) -> (Document, Vec<Document>) {
    let pool = document(words, spans * 2);
    let mut article = Document::new(&pool.title, pool.text.as_str(), None);
    article.title = format!("Class of {students}, {words} words");
    let mut rng = Lcg(students as u64 * 7 + words as u64);
    let out = (0..students)
        .map(|n| {
            let mut d = Document::new(&article.title, pool.text.as_str(), None);
            d.annotator = Some(format!("Student {:02}", n + 1));
            let mut placed = 0;
            for a in pool.annotations() {
                if placed >= spans || rng.below(2) == 0 {
                    continue;
                }
                let mut span = a.span;
                if rng.below(4) == 0 && span.len() > 4 {
                    span = Span::new(span.start(), span.end() - 2).expect("ordered");
                }
                let id = format!("a{}", placed + 1);
                let label = if rng.below(10) == 0 {
                    "hedge"
                } else {
                    a.label.as_str()
                };
                if d.insert(Annotation::new(&id, label, span, "2026-01-01T00:00:00Z"))
                    .is_ok()
                {
                    placed += 1;
                }
            }
            d
        })
        .collect();
    (article, out)
}

/// The document as the bytes of a native file.
pub fn file(words: usize, spans: usize) -> String {
    native::to_json(&document(words, spans))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_arguments_same_file_and_the_asked_sizes() {
        let a = file(1000, 100);
        assert_eq!(a, file(1000, 100));
        let doc = document(1000, 100);
        assert_eq!(doc.word_count(), 1000);
        assert_eq!(doc.annotations().len(), 100);
        let reread = native::from_json(&a).expect("a valid file");
        assert_eq!(reread.annotations().len(), 100);
    }
}
