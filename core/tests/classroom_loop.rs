//! The classroom loop through the core, as the app drives it: the teacher's assignment goes out as a
//! link, a student's file comes back and is matched to the article (also when the student's copy
//! of the text differs a little, or is another article), and the teacher's key goes back in a
//! feedback file. Also: matching stays fast for a class of 60 on a 3,000-word article.

mod marked;

use std::time::Instant;

use close_reader_core::formats::assignment_link::{
    assignment_file, assignment_link, base64url_decode, base64url_encode, fragment_code,
};
use close_reader_core::formats::collect::{fit, similarity, Fit, MIN_SIMILARITY};
use close_reader_core::formats::native::{from_bytes, from_json, to_json};
use close_reader_core::model::classroom::with_feedback;
use close_reader_core::{Annotation, Assignment, Document, LinkKind, Span};
use marked::{link, marked, NOW};

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");

/// Code-point span of the first occurrence of `needle`.
fn span_of(text: &str, needle: &str) -> Span {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    let start = text[..byte].chars().count();
    Span::new(start, start + needle.chars().count()).unwrap()
}

fn mark(d: &mut Document, id: &str, label: &str, needle: &str) {
    let span = span_of(d.text.as_str(), needle);
    d.insert(Annotation::new(id, label, span, NOW)).unwrap();
}

#[test]
fn an_assignment_goes_out_as_a_link_and_comes_back_as_feedback() {
    // The teacher's article, with the key's annotations already made.
    let mut key = marked(
        "Bridge to open — جسر",
        "The mayor 👩\u{200d}💼 said {claim k1|the bridge will {hedge k2|probably} open in May}, according to {source k3|the city's engineers}.\r\nقال المهندس إن الجسر جاهز.",
    );
    link(&mut key, "k1", "k3", LinkKind::SupportedBy);
    key.assignment = Some(Assignment {
        instructions: "Mark the claim, its source and any hedge. اكتب اسمك.".into(),
        hide_suggestions: true,
        require_name: true,
        rubric: None,
    });

    // Out: the assignment file, as a link (the app deflates it first; the core sees any bytes).
    let file = assignment_file(&key);
    let url = assignment_link(
        "https://example.org/close-reader/",
        &base64url_encode(file.as_bytes()),
    )
    .unwrap();
    let fragment = &url[url.find('#').unwrap()..];
    let bytes = base64url_decode(fragment_code(fragment).unwrap()).unwrap();
    let mut work = from_bytes(&bytes).expect("the assignment opens");
    assert!(work.annotations().is_empty(), "the key does not travel");
    assert_eq!(work.assignment, key.assignment);

    // The student annotates and saves.
    work.annotator = Some("Rana".into());
    mark(&mut work, "a1", "claim", "the bridge will probably open");
    mark(&mut work, "a2", "source", "city's engineers");
    link(&mut work, "a1", "a2", LinkKind::SupportedBy);
    let handed_in = to_json(&work);

    // Back: the teacher collects the file and matches it to the article.
    let collected = from_json(&handed_in).unwrap();
    let Fit::Same(student) = fit(&key, collected) else {
        panic!("the same text")
    };
    assert_eq!(student, work);

    // The feedback file: the student's spans against the key's.
    let feedback = with_feedback(&student, &key, "Ms Haddad").unwrap();
    let json = to_json(&feedback);
    let schema = jsonschema::draft7::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap();
    assert!(schema.is_valid(&serde_json::from_str(&json).unwrap()));
    let opened = from_json(&json).unwrap();
    assert_eq!(opened, feedback);
    let spans = &opened.feedback.as_ref().unwrap().spans;
    let quotes: Vec<&str> = spans.iter().map(|k| opened.text.slice(k.span)).collect();
    assert_eq!(
        quotes,
        [
            "the bridge will probably open in May",
            "probably",
            "the city's engineers"
        ]
    );
    assert_eq!(opened.annotations(), work.annotations());
    assert_eq!(opened.annotator.as_deref(), Some("Rana"));
}

/// A deterministic article of `words` words from a small vocabulary, in paragraphs of 60 words
/// with CRLF between them: long enough to be realistic, varied enough that five words in a row
/// occur once.
fn generated_article(seed: u64, words: usize) -> String {
    const VOCABULARY: &str = "the council city library budget minister said report families \
        week union staff volunteers figure decision review opening sunday closure petition \
        signatures evening critics branch demand afternoon councillors numbers visitors popular \
        regional grant halved savings options reporters chamber spokesperson named claims cost \
        shift weekend schools parents teachers children books reading hours money tax year month \
        harbour ferry island residents bus bay water shop owner pier takings mainland fishermen \
        quay catch port authority berth spring tickets fares fuel insurance pass pupils pensioners \
        confirmed expected according organisers gathered public consultation change effect \
        estimated unavoidable disputed argued suggest average already nearest close four";
    let vocab: Vec<&str> = VOCABULARY.split_whitespace().collect();
    let mut state = seed;
    let mut out = String::new();
    for i in 0..words {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let w = vocab[(state >> 33) as usize % vocab.len()];
        if i > 0 {
            out.push_str(if i % 60 == 0 { ".\r\n\r\n" } else { " " });
        }
        out.push_str(w);
    }
    out.push('.');
    out
}

/// The `n`th stretch of five words of the text, counted in words.
fn five_words_at(text: &str, at: usize) -> String {
    text.split_whitespace()
        .skip(at)
        .take(5)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_class_of_sixty_on_a_3000_word_article_is_matched_quickly() {
    let text = generated_article(7, 3_000);
    let article = Document::new("Article", &text, None);
    // A student's copy: LF line ends, paragraphs re-wrapped, and three words changed in the first
    // paragraph, which no annotation touches.
    let copy = {
        let mut words: Vec<String> = text.split(' ').map(String::from).collect();
        for i in [3, 17, 41] {
            words[i] = format!("{}x", words[i]);
        }
        words
            .join(" ")
            .replace("\r\n\r\n", "\n\n")
            .replace(" the ", "\nthe ")
    };
    assert!(similarity(&text, &copy) >= MIN_SIMILARITY);
    let other = generated_article(99, 3_000);
    let s = similarity(&text, &other);
    // Random pairs of a 140-word vocabulary meet by chance far more often than real prose does.
    assert!(s < 0.3, "two articles from the same small vocabulary: {s}");

    let files: Vec<Document> = (0..60)
        .map(|student| {
            let base = if student % 2 == 0 { &text } else { &copy };
            let mut d = Document::new("Copy", base, None);
            d.annotator = Some(format!("Student {student}"));
            let mut placed = 0;
            let mut at = 80 + student * 7;
            while placed < 20 && at < 2_900 {
                let quote = five_words_at(&text, at);
                // Only stretches without a paragraph break, found once in both texts.
                if !quote.contains('.')
                    && text.matches(&quote).count() == 1
                    && base.matches(&quote).count() == 1
                {
                    let label = ["claim", "source", "hedge"][placed % 3];
                    mark(&mut d, &format!("a{}", placed + 1), label, &quote);
                    placed += 1;
                }
                at += 101;
            }
            assert!(placed >= 15, "student {student}: {placed} annotations");
            d
        })
        .collect();

    let started = Instant::now();
    let fits: Vec<Fit> = files.iter().cloned().map(|f| fit(&article, f)).collect();
    let took = started.elapsed();
    for (i, f) in fits.iter().enumerate() {
        match f {
            Fit::Same(d) => assert_eq!(d, &files[i]),
            Fit::Reanchored { doc, unplaced } => {
                assert!(unplaced.is_empty(), "student {i}: {unplaced:?}");
                assert_eq!(doc.annotations().len(), files[i].annotations().len());
                assert_eq!(doc.text.as_str(), text);
            }
            Fit::Different { .. } => panic!("student {i} set aside"),
        }
    }
    assert_eq!(
        fit(&article, Document::new("Ferry", &other, None)),
        Fit::Different {
            title: "Ferry".into()
        }
    );
    eprintln!("60 files of 3,000 words matched in {took:?}");
    // Generous for an unoptimised build on a busy machine; the release build takes a fraction.
    assert!(took.as_secs() < 20, "{took:?}");
}
