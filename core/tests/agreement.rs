//! The agreement engine of the classroom "compare" view, on whole classes: the worked example of
//! `docs/agreement.md` (every number the document shows is asserted here), a class whose tables
//! were computed by hand, properties against brute force, and a full-size class run through
//! every function.

mod marked;

use close_reader_core::analysis::agreement::{
    consensus_document, consensus_spans, feedback, gradebook_csv, heat, key_spans_found,
    nominal_alpha, pairwise_f1, ranked_spans, score, spans_of, token_alpha, Coincidences,
    HeatPiece, LabelledSpan, Match, Verdict,
};
use close_reader_core::{Label, Text};
use proptest::prelude::*;

/// Each annotator's copy of one article, marked up (`{claim a1|…}`): the shared text and every
/// annotator's spans.
fn class(copies: &[&str]) -> (Text, Vec<Vec<LabelledSpan>>) {
    let parsed: Vec<_> = copies.iter().map(|c| marked::parse(c)).collect();
    let text = parsed[0].0.clone();
    let spans = parsed
        .into_iter()
        .map(|(t, marks)| {
            assert_eq!(t, text, "every copy holds the same article");
            marks
                .into_iter()
                .map(|(label, _, s, e)| LabelledSpan::new(&label, s, e))
                .collect()
        })
        .collect();
    (Text::new(text), spans)
}

fn quotes(text: &Text, spans: &[LabelledSpan]) -> Vec<String> {
    spans
        .iter()
        .map(|s| text.slice(s.span().unwrap()).to_string())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------------------------------------
// The worked example of docs/agreement.md.

/// A, B and C mark the claim of one sentence.
const WORKED: [&str; 3] = [
    "{claim a1|Prices rose sharply} again, analysts said.",
    "{claim a1|Prices rose} sharply again, analysts said.",
    "Prices {claim a1|rose sharply again}, analysts said.",
];

#[test]
fn worked_example_coincidences_and_alpha() {
    // The words as units, A, B and C as coders (1 = inside a claim).
    let table = [
        [1, 1, 0], // Prices
        [1, 1, 1], // rose
        [1, 0, 1], // sharply
        [0, 0, 1], // again
        [0, 0, 0], // analysts
        [0, 0, 0], // said
    ];
    let units: Vec<Vec<Option<u32>>> = table
        .iter()
        .map(|u| u.iter().map(|&v| Some(v)).collect())
        .collect();
    let c = Coincidences::of(&units);
    assert_eq!(c.matrix, [[7.0, 3.0], [3.0, 5.0]]);
    assert_eq!(c.marginals, [10.0, 8.0]);
    assert!(close(c.observed_disagreement().unwrap(), 6.0 / 18.0));
    assert!(close(c.expected_disagreement().unwrap(), 160.0 / 306.0));
    assert!(close(nominal_alpha(&units).unwrap(), 0.3625));
    // Without the two words nobody marked: n_0 = 4, n_1 = 8, alpha = 1 − 11·6 / (2·32).
    assert!(close(nominal_alpha(&units[..4]).unwrap(), -0.03125));

    let (text, people) = class(&WORKED);
    assert!(close(token_alpha(&text, &people, "claim").unwrap(), 0.3625));
}

#[test]
fn worked_example_scores_heat_and_consensus() {
    let (text, people) = class(&WORKED);
    let exact = pairwise_f1(&people, "claim", Match::Exact);
    let overlap = pairwise_f1(&people, "claim", Match::Overlap);
    assert_eq!(exact[0], [None, Some(0.0), Some(0.0)]);
    assert_eq!(overlap[0], [None, Some(1.0), Some(1.0)]);
    assert_eq!(overlap[1][2], Some(1.0));

    let piece = |start, end, who: &[usize]| HeatPiece {
        start,
        end,
        who: who.to_vec(),
    };
    assert_eq!(
        heat(&people, "claim"),
        [
            piece(0, 7, &[0, 1]),
            piece(7, 11, &[0, 1, 2]),
            piece(11, 19, &[0, 2]),
            piece(19, 25, &[2]),
        ]
    );
    assert_eq!(
        quotes(&text, &consensus_spans(&text, &people, 1)),
        ["Prices rose sharply again"]
    );
    assert_eq!(
        quotes(&text, &consensus_spans(&text, &people, 2)),
        ["Prices rose sharply"]
    );
    assert_eq!(quotes(&text, &consensus_spans(&text, &people, 3)), ["rose"]);

    let base = marked::marked("Markets", WORKED[0]);
    let doc = consensus_document(&base, &people, 2, marked::NOW);
    let notes: Vec<(&str, &str)> = doc
        .annotations()
        .iter()
        .map(|a| (doc.quote(a), a.note.as_str()))
        .collect();
    assert_eq!(notes, [("Prices rose sharply", "marked by 2–3 of 3")]);
}

#[test]
fn worked_example_ranking_groups_a_with_b() {
    let (text, people) = class(&WORKED);
    let rows: Vec<(&str, Vec<usize>, Vec<usize>)> = ranked_spans(&people)
        .iter()
        .map(|r| {
            let quote = text.slice(LabelledSpan::new(&r.label, r.start, r.end).span().unwrap());
            (quote, r.who.clone(), r.exact.clone())
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Prices rose", vec![0, 1], vec![1]),
            ("rose sharply again", vec![2], vec![2]),
        ]
    );
}

#[test]
fn worked_example_feedback_and_gradebook_with_a_as_the_key() {
    let (_, people) = class(&WORKED);
    let (key, b, c) = (&people[0], &people[1], &people[2]);

    let fb = feedback(key, b);
    assert_eq!(fb.items.len(), 1);
    assert_eq!(
        fb.items[0].verdict,
        Verdict::Partial {
            credit: 11.0 / 19.0
        }
    );
    assert!(close(fb.score.unwrap(), 11.0 / 19.0));
    let fc = feedback(key, c);
    assert_eq!(fc.items[0].verdict, Verdict::Partial { credit: 0.48 });
    assert_eq!(fc.score, Some(0.48));

    let labels = [Label::new("claim", "Claim", "#c2410c", "c")];
    let students = [("B".to_string(), b.clone()), ("C".to_string(), c.clone())];
    assert_eq!(
        gradebook_csv(&labels, key, &students),
        "annotator,claim_spans,claim_precision_exact,claim_recall_exact,claim_f1_exact,\
         claim_precision_overlap,claim_recall_overlap,claim_f1_overlap\r\n\
         B,1,0.000,0.000,0.000,1.000,1.000,1.000\r\n\
         C,1,0.000,0.000,0.000,1.000,1.000,1.000\r\n"
    );
}

// ---------------------------------------------------------------------------------------------
// A class of four students and a key, over two labels, with tables computed by hand.

const ARTICLE_KEY: &str = "{source k1|The mayor} said {claim k2|the bridge will {hedge k3|probably} open in May}. {claim k4|Costs doubled}, {source k5|auditors} found.";
const STUDENTS: [&str; 4] = [
    // Exactly the key.
    "{source s1|The mayor} said {claim s2|the bridge will {hedge s3|probably} open in May}. {claim s4|Costs doubled}, {source s5|auditors} found.",
    // The first claim a word short, no hedge, the second claim missed.
    "{source s1|The mayor} said {claim s2|the bridge will probably open} in May. Costs doubled, {source s5|auditors} found.",
    // Both claims as one span, "mayor" only.
    "The {source s1|mayor} said {claim s2|the bridge will probably open in May. Costs doubled}, auditors found.",
    // Nothing but an extra claim.
    "The mayor said the bridge will probably open in May. Costs doubled, auditors {claim s1|found}.",
];

fn classroom() -> (Text, Vec<LabelledSpan>, Vec<Vec<LabelledSpan>>) {
    let mut copies = vec![ARTICLE_KEY];
    copies.extend(STUDENTS);
    let (text, mut all) = class(&copies);
    let key = all.remove(0);
    (text, key, all)
}

#[test]
fn classroom_scores_against_the_key() {
    let (_, key, students) = classroom();
    let f1 = |s: usize, label: &str, mode| score(&key, &students[s], label, mode).f1;
    // Student 1: one exact claim of two is missing, the other is a word short.
    let exact = score(&key, &students[1], "claim", Match::Exact);
    assert_eq!(
        (exact.precision, exact.recall, exact.f1),
        (Some(0.0), Some(0.0), Some(0.0))
    );
    let lenient = score(&key, &students[1], "claim", Match::Overlap);
    assert_eq!((lenient.precision, lenient.recall), (Some(1.0), Some(0.5)));
    assert!(close(lenient.f1.unwrap(), 2.0 / 3.0));
    // Student 2's one long claim finds both of the key's claims.
    let long = score(&key, &students[2], "claim", Match::Overlap);
    assert_eq!((long.matched_gold, long.matched_test), (2, 1));
    assert_eq!(
        (long.precision, long.recall, long.f1),
        (Some(1.0), Some(1.0), Some(1.0))
    );
    // Student 3 marked no hedge and no source.
    assert_eq!(f1(3, "hedge", Match::Overlap), Some(0.0));
    assert_eq!(
        score(&key, &students[3], "hedge", Match::Overlap).precision,
        None
    );
    assert_eq!(f1(0, "source", Match::Exact), Some(1.0));
    assert_eq!(f1(2, "source", Match::Exact), Some(0.0));
    assert_eq!(f1(2, "source", Match::Overlap), Some(2.0 / 3.0));
}

#[test]
fn classroom_ranking_and_what_the_class_missed() {
    let (text, key, students) = classroom();
    let mut everyone = vec![key.clone()];
    everyone.extend(students.iter().cloned());
    let rows: Vec<(String, String, usize, usize)> = ranked_spans(&everyone)
        .iter()
        .map(|r| {
            let quote = text.slice(LabelledSpan::new(&r.label, r.start, r.end).span().unwrap());
            (
                r.label.clone(),
                quote.to_string(),
                r.who.len(),
                r.exact.len(),
            )
        })
        .collect();
    let row = |label: &str, quote: &str, who: usize, exact: usize| {
        (label.to_string(), quote.to_string(), who, exact)
    };
    assert_eq!(
        rows,
        [
            // "The mayor" ×3 and "mayor" (Jaccard 5/9) are one group.
            row("source", "The mayor", 4, 3),
            // The key and student 0, student 1's claim a word short (Jaccard 29/36), and student
            // 2's claim that runs on over "Costs doubled" (36/51): it is mostly this claim.
            row("claim", "the bridge will probably open in May", 4, 2),
            row("source", "auditors", 3, 3),
            row("hedge", "probably", 2, 2),
            row("claim", "Costs doubled", 2, 2),
            row("claim", "found", 1, 1),
        ]
    );

    let found: Vec<(String, Vec<usize>)> = key_spans_found(&key, &students)
        .iter()
        .map(|k| {
            (
                text.slice(k.span.span().unwrap()).to_string(),
                k.found_by.clone(),
            )
        })
        .collect();
    let f = |quote: &str, who: &[usize]| (quote.to_string(), who.to_vec());
    assert_eq!(
        found,
        [
            f("probably", &[0]),
            f("Costs doubled", &[0, 2]),
            f("auditors", &[0, 1]),
            f("The mayor", &[0, 1, 2]),
            f("the bridge will probably open in May", &[0, 1, 2]),
        ]
    );
}

#[test]
fn classroom_feedback_for_each_student() {
    let (_, key, students) = classroom();
    let verdicts = |s: usize| -> Vec<&'static str> {
        feedback(&key, &students[s])
            .items
            .iter()
            .map(|i| match i.verdict {
                Verdict::Matched => "matched",
                Verdict::Partial { .. } => "partial",
                Verdict::Missed => "missed",
                Verdict::Extra => "extra",
            })
            .collect()
    };
    assert_eq!(feedback(&key, &students[0]).score, Some(1.0));
    assert_eq!(verdicts(0), ["matched"; 5]);
    // mayor, bridge claim (29/36), hedge, costs claim, auditors.
    assert_eq!(
        verdicts(1),
        ["matched", "partial", "missed", "missed", "matched"]
    );
    let one = feedback(&key, &students[1]).score.unwrap();
    assert!(close(one, (2.0 + 29.0 / 36.0) / 5.0));
    // The long claim pairs with the bridge claim (36 of 51 code points); "Costs doubled" is missed.
    assert_eq!(
        verdicts(2),
        ["partial", "partial", "missed", "missed", "missed"]
    );
    let two = feedback(&key, &students[2]).score.unwrap();
    assert!(close(two, (5.0 / 9.0 + 36.0 / 51.0) / 5.0));
    assert_eq!(
        verdicts(3),
        ["missed", "missed", "missed", "missed", "missed", "extra"]
    );
    assert_eq!(feedback(&key, &students[3]).score, Some(0.0));
}

#[test]
fn classroom_alpha_and_consensus_document() {
    let (text, key, students) = classroom();
    let alpha = token_alpha(&text, &students, "source").unwrap();
    assert!(alpha > 0.0 && alpha < 1.0);
    assert_eq!(token_alpha(&text, &students[..1], "source"), None);
    assert_eq!(token_alpha(&text, &students, "note"), None);
    assert_eq!(
        token_alpha(&text, &[key.clone(), students[0].clone()], "claim"),
        Some(1.0)
    );

    let base = marked::marked("Bridge", ARTICLE_KEY);
    let doc = consensus_document(&base, &students, 2, marked::NOW);
    assert_eq!(doc.title, "Bridge — consensus 2 of 4");
    let got: Vec<(&str, &str, &str, &str)> = doc
        .annotations()
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                a.label.as_str(),
                doc.quote(a),
                a.note.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("a1", "source", "The mayor", "marked by 2–3 of 4"),
            (
                "a2",
                "claim",
                "the bridge will probably open in May",
                "marked by 2–3 of 4"
            ),
            ("a3", "claim", "Costs doubled", "marked by 2 of 4"),
            ("a4", "source", "auditors", "marked by 2 of 4"),
        ]
    );
    assert!(spans_of(&doc).iter().all(|s| s.label != "hedge"));
}

// ---------------------------------------------------------------------------------------------
// A full-size class: 60 files of a 3,000-word article, 60 spans each, through every function.

#[test]
fn a_full_class_goes_through_every_function() {
    let words: Vec<String> = (0..3000).map(|i| format!("w{}", i % 97)).collect();
    let text = Text::new(words.join(" "));
    let mut seed = 7u64;
    let mut next = |below: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % below
    };
    let labels = ["claim", "source", "hedge"];
    let people: Vec<Vec<LabelledSpan>> = (0..60)
        .map(|_| {
            (0..60)
                .map(|_| {
                    let start = next(text.len() - 200);
                    LabelledSpan::new(labels[next(3)], start, start + 1 + next(150))
                })
                .collect()
        })
        .collect();
    let matrix = pairwise_f1(&people, "claim", Match::Overlap);
    assert_eq!(matrix.len(), 60);
    assert!(token_alpha(&text, &people, "claim").is_some());
    let pieces = heat(&people, "claim");
    assert!(pieces.windows(2).all(|w| w[0].end <= w[1].start));
    let ranked = ranked_spans(&people);
    assert!(ranked.windows(2).all(|w| w[0].who.len() >= w[1].who.len()));
    assert_eq!(
        key_spans_found(&people[0], &people[1..]).len(),
        spans_of_count(&people[0])
    );
    assert!(feedback(&people[0], &people[1]).score.is_some());
    let students: Vec<(String, Vec<LabelledSpan>)> = people[1..]
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("student {i}"), p.clone()))
        .collect();
    let all_labels: Vec<Label> = labels
        .iter()
        .map(|l| Label::new(l, l, "#000000", ""))
        .collect();
    assert_eq!(
        gradebook_csv(&all_labels, &people[0], &students)
            .lines()
            .count(),
        60
    );
    assert!(!consensus_spans(&text, &people, 5).is_empty());
}

fn spans_of_count(spans: &[LabelledSpan]) -> usize {
    let mut v = spans.to_vec();
    v.sort();
    v.dedup();
    v.len()
}

// ---------------------------------------------------------------------------------------------
// Properties, against brute force over the code points of a 40-letter text.

const LEN: usize = 40;
const LABELS: [&str; 2] = ["claim", "hedge"];

fn any_spans() -> impl Strategy<Value = Vec<LabelledSpan>> {
    prop::collection::vec((0..2usize, 0..LEN - 1, 1..12usize), 0..6).prop_map(|v| {
        v.into_iter()
            .map(|(l, s, n)| LabelledSpan::new(LABELS[l], s, (s + n).min(LEN)))
            .collect()
    })
}

fn any_class() -> impl Strategy<Value = Vec<Vec<LabelledSpan>>> {
    prop::collection::vec(any_spans(), 1..6)
}

/// Who covers code point `p` with a span of `label`.
fn covering(people: &[Vec<LabelledSpan>], label: &str, p: usize) -> Vec<usize> {
    (0..people.len())
        .filter(|&i| {
            people[i]
                .iter()
                .any(|s| s.label == label && s.start <= p && p < s.end)
        })
        .collect()
}

fn letters() -> Text {
    Text::new("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_file_scored_against_itself_is_perfect(x in any_spans()) {
        for label in LABELS {
            for mode in [Match::Exact, Match::Overlap] {
                let p = score(&x, &x, label, mode);
                if x.iter().any(|s| s.label == label) {
                    prop_assert_eq!((p.precision, p.recall, p.f1), (Some(1.0), Some(1.0), Some(1.0)));
                } else {
                    prop_assert_eq!((p.precision, p.recall, p.f1), (None, None, None));
                }
            }
        }
    }

    #[test]
    fn pairwise_is_symmetric_and_agrees_with_score(people in any_class()) {
        for mode in [Match::Exact, Match::Overlap] {
            let m = pairwise_f1(&people, "claim", mode);
            for i in 0..people.len() {
                prop_assert_eq!(m[i][i], None);
                for j in 0..people.len() {
                    prop_assert_eq!(m[i][j], m[j][i]);
                    if i != j {
                        prop_assert_eq!(m[i][j], score(&people[i], &people[j], "claim", mode).f1);
                    }
                }
            }
        }
    }

    #[test]
    fn heat_is_who_covers_each_code_point(people in any_class()) {
        let pieces = heat(&people, "claim");
        for w in pieces.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
            prop_assert!(w[0].end < w[1].start || w[0].who != w[1].who);
        }
        for p in 0..LEN {
            let expected = covering(&people, "claim", p);
            let found = pieces.iter().find(|h| h.start <= p && p < h.end);
            match found {
                Some(h) => prop_assert_eq!(&h.who, &expected),
                None => prop_assert!(expected.is_empty()),
            }
        }
    }

    #[test]
    fn consensus_is_the_code_points_k_annotators_marked(people in any_class()) {
        let text = letters();
        let n = people.len();
        for k in 1..=n + 1 {
            let spans = consensus_spans(&text, &people, k);
            for label in LABELS {
                let mine: Vec<&LabelledSpan> = spans.iter().filter(|s| s.label == label).collect();
                for w in mine.windows(2) {
                    prop_assert!(w[0].end < w[1].start, "runs are maximal");
                }
                for p in 0..LEN {
                    let inside = mine.iter().any(|s| s.start <= p && p < s.end);
                    let count = covering(&people, label, p).len();
                    prop_assert_eq!(inside, count >= k);
                    if k == 1 {
                        prop_assert_eq!(inside, count > 0, "k = 1 is the union");
                    }
                    if k == n {
                        prop_assert_eq!(inside, count == n, "k = n is the intersection");
                    }
                }
            }
        }
    }

    #[test]
    fn feedback_verdicts_partition_key_and_student_spans(key in any_spans(), student in any_spans()) {
        let fb = feedback(&key, &student);
        let mut keys: Vec<LabelledSpan> = fb.items.iter().filter_map(|i| i.key.clone()).collect();
        let mut theirs: Vec<LabelledSpan> = fb.items.iter().filter_map(|i| i.student.clone()).collect();
        keys.sort();
        theirs.sort();
        let distinct = |v: &[LabelledSpan]| {
            let mut v = v.to_vec();
            v.sort();
            v.dedup();
            v
        };
        prop_assert_eq!(keys, distinct(&key));
        prop_assert_eq!(theirs, distinct(&student));
        for item in &fb.items {
            match (item.verdict, &item.key, &item.student) {
                (Verdict::Matched, Some(k), Some(s)) => prop_assert_eq!(k, s),
                (Verdict::Partial { credit }, Some(k), Some(s)) => {
                    prop_assert!(credit > 0.0 && credit < 1.0);
                    prop_assert_eq!(&k.label, &s.label);
                }
                (Verdict::Missed, Some(_), None) | (Verdict::Extra, None, Some(_)) => {}
                other => prop_assert!(false, "inconsistent item {:?}", other),
            }
        }
        if let Some(s) = fb.score {
            prop_assert!((0.0..=1.0).contains(&s));
        }
        prop_assert_eq!(fb.score.is_none(), key.is_empty() && student.is_empty());
    }

    #[test]
    fn key_spans_are_found_by_whoever_overlaps_them(key in any_spans(), students in any_class()) {
        for found in key_spans_found(&key, &students) {
            let k = &found.span;
            let brute: Vec<usize> = (0..students.len())
                .filter(|&i| students[i].iter().any(|s| s.label == k.label && s.start < k.end && k.start < s.end))
                .collect();
            prop_assert_eq!(&found.found_by, &brute);
        }
    }

    #[test]
    fn ranked_groups_account_for_every_marker(people in any_class()) {
        let ranked = ranked_spans(&people);
        for (i, spans) in people.iter().enumerate() {
            for s in spans {
                prop_assert!(ranked.iter().any(|r| r.label == s.label && r.who.contains(&i)));
            }
        }
        for r in &ranked {
            prop_assert!(!r.exact.is_empty());
            prop_assert!(r.exact.iter().all(|e| r.who.contains(e)));
            let exactly = |i: &usize| people[*i].iter().any(|s| s.label == r.label && s.start == r.start && s.end == r.end);
            prop_assert!(r.exact.iter().all(exactly));
        }
    }

    #[test]
    fn alpha_never_exceeds_one(units in prop::collection::vec(prop::collection::vec(prop::option::of(0u32..3), 0..5), 0..12)) {
        if let Some(a) = nominal_alpha(&units) {
            prop_assert!(a <= 1.0 + 1e-12);
        }
    }
}
