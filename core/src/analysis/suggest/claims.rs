//! Claim suggestions: the clauses of a sentence, with attributions cut out ("X said that …", "…,
//! officials said", "according to …"), that carry checkable content: numbers, percentages, money,
//! dates, comparisons, causes, predictions, changes.

use std::ops::Range;

use super::context::Doc;
use super::lexicon::Lexicon;
use super::sources::{content_start, Attribution, Order};
use super::tokens::Kind;
use super::why::{ClaimCue, Why};
use super::{make, Suggestion, CLAIM};
use crate::analysis::lang::ClaimClass;

/// A clause shorter than this many words is a fragment, not a claim.
const MIN_WORDS: usize = 3;

pub fn find(doc: &Doc, lex: &Lexicon, attributions: &[Attribution], out: &mut Vec<Suggestion>) {
    let mut cut = vec![false; doc.len()];
    for a in attributions {
        for k in attribution_chunk(doc, a) {
            cut[k] = true;
        }
    }
    for sent in &doc.sentences {
        if is_question(doc, sent.clone()) {
            continue;
        }
        let mut from = sent.start;
        let boundaries = sent.clone().filter(|&k| cut[k] || doc.is_punct(k, ";"));
        for k in boundaries.chain(std::iter::once(sent.end)) {
            if let Some(piece) = trim(doc, from..k) {
                claim(doc, lex, piece, out);
            }
            from = k + 1;
        }
    }
}

/// The tokens an attribution takes out of a claim: the source, its verb and what hangs on them
/// ("said on Thursday", "said in a statement that").
fn attribution_chunk(doc: &Doc, a: &Attribution) -> Range<usize> {
    let sent = &doc.sentences[doc.sentence_of(a.verb.start)];
    let start = a.source.start.min(a.verb.start);
    let mut end = content_start(doc, a, sent.end);
    if a.order == Order::SubjectFirst && doc.is_complementiser(end) {
        end += 1;
    }
    start..end.max(a.source.end).max(a.verb.end)
}

fn is_question(doc: &Doc, sent: Range<usize>) -> bool {
    sent.rev()
        .find(|&k| !doc.is_quote(k))
        .is_some_and(|k| doc.is_punct(k, "?"))
}

/// `piece` without punctuation (a closing quotation mark stays when its opening one is inside) and
/// conjunctions at its edges; `None` when fewer than [`MIN_WORDS`] words remain.
fn trim(doc: &Doc, piece: Range<usize>) -> Option<Range<usize>> {
    let w = doc.words();
    let (mut from, mut to) = (piece.start, piece.end);
    let keeps = |k: usize| doc.is(k, w.currency_signs) || doc.raw(k) == "(";
    loop {
        if from >= to {
            return None;
        }
        let punct = doc.kind(from) == Some(Kind::Punct) && !keeps(from);
        if punct || doc.is(from, w.conjunctions) || doc.is_complementiser(from) {
            from += 1;
        } else {
            break;
        }
    }
    loop {
        let last = to - 1;
        let closing = doc.is_quote(last) && !doc.opens_quote(last);
        let paired = closing && (from..last).any(|j| doc.opens_quote(j));
        let keep = paired || matches!(doc.raw(last), "%" | ")");
        let punct = doc.kind(last) == Some(Kind::Punct) && !keep;
        if (punct || doc.is(last, w.conjunctions)) && to - 1 > from {
            to -= 1;
        } else {
            break;
        }
    }
    let words = (from..to)
        .filter(|&k| doc.kind(k) != Some(Kind::Punct))
        .count();
    (words >= MIN_WORDS).then_some(from..to)
}

/// A cue found in a clause: its class and tokens.
struct Cue {
    class: ClaimClass,
    tokens: Range<usize>,
}

fn claim(doc: &Doc, lex: &Lexicon, piece: Range<usize>, out: &mut Vec<Suggestion>) {
    let mut cues: Vec<Cue> = Vec::new();
    let mut k = piece.start;
    while k < piece.end {
        let found = match doc.kind(k) {
            Some(Kind::Number) => Some(number(doc, k)),
            Some(Kind::Word) if doc.is(k, doc.words().claim_number_words) => Some(Cue {
                class: ClaimClass::Number,
                tokens: k..k + 1,
            }),
            Some(Kind::Word) => lex
                .claim_at(doc, k)
                .filter(|(_, n)| k + n <= piece.end)
                .map(|(c, n)| Cue {
                    class: c.class,
                    tokens: k..k + n,
                }),
            _ => None,
        };
        match found {
            Some(cue) => {
                k = cue.tokens.end.max(k + 1);
                if !cues.iter().any(|c| c.class == cue.class) {
                    cues.push(cue);
                }
            }
            None => k += 1,
        }
    }
    let Some(first) = cues.first() else {
        return;
    };
    let quoted = |c: &Cue| ClaimCue {
        class: c.class,
        quote: doc.slice(c.tokens.start, c.tokens.end).to_string(),
    };
    let why = Why::Claim {
        first: quoted(first),
        second: cues.get(1).map(quoted),
    };
    let rule = first.class.rule();
    out.push(make(doc, CLAIM, (piece.start, piece.end), rule, why, None));
}

/// What a number token is: money after a currency sign or before a currency word, a percentage
/// before "%" or "per cent", a year or a time, or a plain number.
fn number(doc: &Doc, k: usize) -> Cue {
    let w = doc.words();
    let raw = doc.raw(k);
    if k > 0 && doc.is(k - 1, w.currency_signs) {
        return Cue {
            class: ClaimClass::Money,
            tokens: k - 1..k + 1,
        };
    }
    if doc.is_punct(k + 1, "%") {
        return Cue {
            class: ClaimClass::Percentage,
            tokens: k..k + 2,
        };
    }
    if let Some(n) = w
        .percent_words
        .iter()
        .find_map(|p| doc.phrase_len(k + 1, p))
    {
        return Cue {
            class: ClaimClass::Percentage,
            tokens: k..k + 1 + n,
        };
    }
    if doc.is(k + 1, w.currency_words) {
        return Cue {
            class: ClaimClass::Money,
            tokens: k..k + 2,
        };
    }
    let digits = raw.trim_end_matches(doc.words().plural_suffix);
    let year = digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (1800..=2100).contains(&digits.parse::<u32>().unwrap_or(0));
    let low = doc.low(k);
    let time = w.time_suffixes.iter().any(|t| low.ends_with(t));
    let class = if year || time {
        ClaimClass::Date
    } else {
        ClaimClass::Number
    };
    Cue {
        class,
        tokens: k..k + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{at, check};

    fn claims(tagged: &str) {
        check("claim", tagged);
    }

    #[test]
    fn sentences_with_numbers_money_percentages_and_dates() {
        claims("<claim>The plan costs £3bn</claim>. It was fine. <claim>Rents rose 9% in 2021</claim>.");
        assert_eq!(
            at("The plan costs £3bn.", "claim", "The plan costs £3bn").reason,
            "amount of money '£3bn'"
        );
        assert_eq!(
            at(
                "Rents went up by 9 per cent.",
                "claim",
                "Rents went up by 9 per cent"
            )
            .reason,
            "percentage '9 per cent'"
        );
        assert_eq!(
            at(
                "The vote was held on 3 May.",
                "claim",
                "The vote was held on 3 May"
            )
            .rule,
            "claim.number"
        );
    }

    #[test]
    fn the_reason_names_two_kinds_of_cue() {
        let s = at(
            "The embassy said 1,440 workers will be freed.",
            "claim",
            "1,440 workers will be freed",
        );
        assert_eq!(s.reason, "number '1,440' and a prediction 'will'");
        assert_eq!(
            s.why,
            super::Why::Claim {
                first: super::ClaimCue {
                    class: super::ClaimClass::Number,
                    quote: "1,440".into()
                },
                second: Some(super::ClaimCue {
                    class: super::ClaimClass::Prediction,
                    quote: "will".into()
                }),
            }
        );
        let s = at(
            "Prices fell because of 2 storms.",
            "claim",
            "Prices fell because of 2 storms",
        );
        assert_eq!(s.reason, "change 'fell' and a causal connective 'because'");
    }

    #[test]
    fn comparisons_causes_and_predictions_without_numbers() {
        claims("<claim>It is the largest camp in the region</claim>. <claim>Sea levels rise faster than inland</claim>.");
        claims("<claim>The bridge will open next spring</claim>. <claim>Cases fell because of the vaccine</claim>.");
        claims("<claim>Results are expected to follow</claim>. The will of the people matters.");
        claims("She chose walking rather than driving. He declined to comment.");
    }

    #[test]
    fn attributions_are_cut_out_of_claims() {
        claims("<claim>Rents rose 9% last year</claim>, the council said on Thursday.");
        claims("The minister said that <claim>the plan will cost £3bn</claim>.");
        claims("According to two officials, <claim>the plan will cost £3bn</claim>.");
        claims("\"<claim>It will cost £3bn</claim>,\" said the minister.");
        claims("<claim>Fares rose 9%</claim>, the authority announced, <claim>the largest rise in a decade</claim>.");
        claims("The minister told reporters that <claim>the plan will cost £3bn</claim>.");
        claims("\"<claim>We will win by 2030</claim>,\" Morrow told a public meeting on Thursday.");
    }

    #[test]
    fn cues_inside_a_source_do_not_make_a_claim() {
        claims("Two engineers said it was late.");
        claims("A review of 36 studies found little.");
    }

    #[test]
    fn clauses_split_at_semicolons_and_questions_are_skipped() {
        claims("<claim>It rose 5%</claim>; nobody was surprised. Will it rise 5%?");
    }

    #[test]
    fn may_the_month_is_a_date_and_may_the_verb_is_not() {
        claims("<claim>The board votes in May</claim>. Members may propose a change.");
        claims("Councillor Daniel May said that figure was invented.");
    }

    #[test]
    fn quotation_marks_are_kept_only_in_pairs() {
        claims("She said <claim>the risk was \"likely to be higher\"</claim>.");
    }
}
