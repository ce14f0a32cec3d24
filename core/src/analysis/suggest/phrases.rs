//! Noun phrases around a reporting verb, found without a tagger: content words joined by "of", "for",
//! "at"…, opened by a determiner, extended by an appositive or a relative clause. Also the adverbials
//! ("has also", "on Tuesday", "in a statement") that may sit between a source and its verb.

use std::ops::Range;

use super::context::Doc;
use super::tokens::Kind;

/// The longest noun phrase core, in tokens.
const MAX_NP: usize = 14;
/// The longest appositive or relative clause, in tokens.
const MAX_CLAUSE: usize = 25;

/// A word that can be inside a noun phrase and is not a determiner or a link: a number, a capitalised
/// word mid-sentence, or a word that is not a clause word or pronoun.
fn content(doc: &Doc, k: usize) -> bool {
    let w = doc.words();
    match doc.kind(k) {
        Some(Kind::Number) => true,
        // A capital mid-sentence makes a name of any word: "Daniel May", "Will Hart".
        Some(Kind::Word) if doc.capitalised(k) && !doc.initial(k) && !doc.is(k, w.pronouns) => true,
        Some(Kind::Word) => {
            !doc.is(k, w.clause_words)
                && !doc.is(k, w.pronouns)
                && !doc.is(k, w.determiners)
                && !doc.is(k, w.np_links)
                && !doc.is(k, w.np_links_before_name)
                && !doc.is(k, &[w.agent_link])
        }
        // The apostrophe of a plural possessive: "the Commuters' Forum".
        Some(Kind::Punct) => {
            let t = doc.tokens[k];
            matches!(doc.raw(k), "'" | "’")
                && !t.space_before
                && k > 0
                && doc.is_word(k - 1)
                && doc.low(k - 1).ends_with(doc.words().plural_suffix)
                && doc.tokens.get(k + 1).is_some_and(|n| n.space_before)
        }
        None => false,
    }
}

fn determiner(doc: &Doc, k: usize) -> bool {
    let w = doc.words();
    doc.is(k, w.determiners) && !doc.is(k, w.clause_words)
}

fn participle(doc: &Doc, k: usize) -> bool {
    let w = doc.words();
    doc.is_word(k)
        && (w
            .participle_suffixes
            .iter()
            .any(|s| doc.low(k).ends_with(s))
            || doc.is(k, w.participles))
}

/// Token `k` joins the phrase on its left to the word at `k + 1`.
fn link(doc: &Doc, k: usize) -> bool {
    let w = doc.words();
    doc.is(k, w.np_links)
        || (doc.is(k, w.np_links_before_name)
            && k + 1 < doc.len()
            && (doc.capitalised(k + 1) || doc.kind(k + 1) == Some(Kind::Number)))
        || (doc.is(k, &[w.agent_link])
            && k > 0
            && (participle(doc, k - 1) || doc.is(k - 1, w.document_nouns)))
}

/// The noun phrase ending at token `last`, not reaching before `start`. `None` when `last` cannot
/// end one (a pronoun, a clause word, punctuation).
pub fn np_left(doc: &Doc, last: usize, start: usize) -> Option<Range<usize>> {
    // "Landrätin Sabine Oettel (SPD)": a short bracketed affiliation after the phrase.
    if doc.is_punct(last, ")") {
        let open = (last.saturating_sub(7).max(start)..last).rfind(|&j| doc.is_punct(j, "("))?;
        let phrase = np_left(doc, open.checked_sub(1)?, start)?;
        return (phrase.end == open).then(|| phrase.start..last + 1);
    }
    if !content(doc, last) || doc.is(last, doc.words().not_sources) {
        return None;
    }
    // Where nouns are capitalised, a phrase ends with a noun, a name or a number.
    if doc.words().nouns_capitalised && doc.is_word(last) && !doc.capitalised(last) {
        return None;
    }
    let mut from = last;
    while from > start && last + 1 - from < MAX_NP {
        let k = from - 1;
        if content(doc, k) {
            from = k;
            continue;
        }
        // "documents seen by this newspaper", but not "was questioned by Kestrel".
        let agent = doc.is(k, &[doc.words().agent_link]) && participle(doc, k - 1);
        let joined = k > start
            && link(doc, k)
            && content(doc, k - 1)
            && (!agent || (k - 1 > start && content(doc, k - 2)));
        if joined {
            from = k - 1;
            continue;
        }
        if determiner(doc, k) {
            from = k;
            if k > start + 1 && link(doc, k - 1) && content(doc, k - 2) {
                from = k - 2;
                continue;
            }
        }
        break;
    }
    Some(from..last + 1)
}

/// The noun phrase starting at token `first`, not reaching `end`, with a relative clause ("who …")
/// or up to two appositives (", a spokeswoman for …", ", 34,") after it.
pub fn np_right(doc: &Doc, first: usize, end: usize) -> Option<Range<usize>> {
    let w = doc.words();
    let mut k = past_parenthesis(doc, np_right_core(doc, first, end)?.end, end);
    // A relative that is also an article of a verb-second language ("die") opens the next phrase.
    if k < end && doc.is(k, w.relatives) && !doc.is(k, w.verb_second_subjects) {
        k = clause_end(doc, k, end);
    }
    for _ in 0..2 {
        if !(k + 1 < end && doc.is_punct(k, ",")) {
            break;
        }
        let to = clause_end(doc, k + 1, end);
        if !appositive(doc, k + 1, to) {
            break;
        }
        k = past_parenthesis(doc, to, end);
    }
    Some(first..k)
}

/// After a short bracketed affiliation at `k` ("Rosa Ibarra (Partido Regionalista)"), the token
/// after its closing bracket; otherwise `k`.
fn past_parenthesis(doc: &Doc, k: usize, end: usize) -> usize {
    if !doc.is_punct(k, "(") {
        return k;
    }
    (k + 1..end.min(k + 8))
        .find(|&j| doc.is_punct(j, ")"))
        .map_or(k, |j| j + 1)
}

/// The object noun phrase from `first`, without appositives: "reporters", "a public meeting".
pub fn np_object(doc: &Doc, first: usize, end: usize) -> Option<Range<usize>> {
    np_right_core(doc, first, end)
}

/// A noun phrase from `first`: determiners and numbers, then content words joined by links.
fn np_right_core(doc: &Doc, first: usize, end: usize) -> Option<Range<usize>> {
    let mut k = first;
    while k < end && (determiner(doc, k) || doc.kind(k) == Some(Kind::Number)) {
        k += 1;
    }
    let head = k;
    loop {
        if k < end && content(doc, k) && k - first < MAX_NP && !after_noun(doc, k, head) {
            k += 1;
            continue;
        }
        if k + 1 < end && k > head && link(doc, k) {
            let mut j = k + 1;
            while j < end && determiner(doc, j) {
                j += 1;
            }
            if j < end && content(doc, j) {
                k = j;
                continue;
            }
        }
        break;
    }
    (k > head).then_some(first..k)
}

/// Where nouns are capitalised, a lowercase word after a noun, a name or a number ends the phrase:
/// adjectives come before their noun ("einer Studie des Klinikums hervor").
fn after_noun(doc: &Doc, k: usize, head: usize) -> bool {
    doc.words().nouns_capitalised
        && k > head
        && doc.is_word(k)
        && !doc.capitalised(k)
        && (doc.kind(k - 1) == Some(Kind::Number) || doc.capitalised(k - 1))
}

/// Tokens `from..to` (between commas) describe the phrase before them: a relative clause ("who
/// chairs…"), a noun phrase ("a spokeswoman for the ministry"), an age ("34") or a name.
pub fn appositive(doc: &Doc, from: usize, to: usize) -> bool {
    let w = doc.words();
    if from >= to {
        return false;
    }
    if doc.is(from, w.relatives) {
        return true;
    }
    if to - from == 1 && doc.kind(from) == Some(Kind::Number) {
        return true;
    }
    if (from..to).all(|j| doc.capitalised(j) || doc.is(j, w.np_links)) && to - from <= 5 {
        return true;
    }
    // "reportedly completed in March", "seen by this newspaper": a participle phrase.
    let adverb = w.adverb_suffixes.iter().any(|s| doc.low(from).ends_with(s)) && to - from > 1;
    if participle(doc, from) || (adverb && participle(doc, from + 1)) {
        return true;
    }
    // "one of the largest clients": a partitive.
    let head = if doc.is(from, w.partitives) && doc.is(from + 1, &[w.of]) {
        from + 2
    } else {
        from
    };
    if head == from && !doc.is(from, w.appositive_openers) {
        return false;
    }
    // A noun phrase to the comma, or one with a relative clause ("a company that tracks…").
    np_right_core(doc, head, to)
        .is_some_and(|r| r.end == to || doc.is(r.end, w.relatives) || doc.is_complementiser(r.end))
}

/// The next comma, sentence-final punctuation or `end` after `from`, at most [`MAX_CLAUSE`] tokens on.
fn clause_end(doc: &Doc, from: usize, end: usize) -> usize {
    let limit = end.min(from + MAX_CLAUSE);
    (from..limit)
        .find(|&j| {
            doc.kind(j) == Some(Kind::Punct)
                && matches!(doc.raw(j), "," | "." | ";" | ":" | "!" | "?" | "(" | ")")
        })
        .unwrap_or(limit)
}

/// A time or manner phrase ending at `p`: "on Tuesday", "last week", "in a statement".
fn time_phrase_ending(doc: &Doc, p: usize, start: usize) -> Option<usize> {
    let w = doc.words();
    if !doc.is(p, w.time_nouns) {
        return None;
    }
    let mut q = p;
    if q > start && determiner(doc, q - 1) {
        q -= 1;
    }
    (q > start && doc.is(q - 1, w.time_leads)).then(|| q - 1)
}

/// The token before `i` once adverbials are skipped ("has also", "on Tuesday"), or `None` at `start`.
pub fn skip_adverbials_back(doc: &Doc, i: usize, start: usize) -> Option<usize> {
    let mut k = i;
    while k > start {
        let p = k - 1;
        if doc.is(p, doc.words().adverbials) {
            k = p;
        } else if let Some(q) = time_phrase_ending(doc, p, start) {
            k = q;
        } else {
            return Some(p);
        }
    }
    None
}

/// The first token from `i` that is not an adverbial or a time phrase ("on Thursday", "in a
/// statement", "yesterday").
pub fn skip_adverbials_forward(doc: &Doc, mut i: usize, end: usize) -> usize {
    let w = doc.words();
    while i < end {
        if doc.is(i, w.adverbials) || doc.is(i, w.weekdays) {
            i += 1;
            continue;
        }
        if doc.is(i, w.time_leads) {
            let mut j = i + 1;
            if j < end && determiner(doc, j) {
                j += 1;
            }
            if j < end && doc.is(j, w.time_nouns) {
                i = j + 1;
                continue;
            }
        }
        break;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lang::english::ENGLISH;

    fn find(doc: &Doc, word: &str) -> usize {
        (0..doc.len()).find(|&i| doc.raw(i) == word).unwrap()
    }

    fn left(text: &str, last: &str) -> Option<String> {
        let d = Doc::new(text, &ENGLISH);
        np_left(&d, find(&d, last), 0).map(|r| d.slice(r.start, r.end).to_string())
    }

    fn right(text: &str, first: &str) -> Option<String> {
        let d = Doc::new(text, &ENGLISH);
        np_right(&d, find(&d, first), d.len()).map(|r| d.slice(r.start, r.end).to_string())
    }

    #[test]
    fn phrases_to_the_left_stop_at_a_determiner_unless_a_link_joins() {
        assert_eq!(
            left("On Monday the ministry said", "ministry").unwrap(),
            "the ministry"
        );
        assert_eq!(
            left("Yes, researchers at the University of Leeds said", "Leeds").unwrap(),
            "researchers at the University of Leeds"
        );
        assert_eq!(
            left("So documents seen by this paper show", "paper").unwrap(),
            "documents seen by this paper"
        );
        assert_eq!(
            left("He left and officials said", "officials").unwrap(),
            "officials"
        );
        assert_eq!(left("one of them said", "them"), None);
    }

    #[test]
    fn phrases_to_the_right_take_relative_clauses_and_appositives() {
        assert_eq!(
            right("said Sofie Lind, 34, who lives here, and left", "Sofie").unwrap(),
            "Sofie Lind, 34, who lives here"
        );
        assert_eq!(
            right("said officials who asked not to be named.", "officials").unwrap(),
            "officials who asked not to be named"
        );
        assert_eq!(
            right("said the minister on Tuesday", "the").unwrap(),
            "the minister"
        );
        assert_eq!(
            right("according to the report, Smith left", "the").unwrap(),
            "the report"
        );
        assert_eq!(right("said that", "that"), None);
    }

    #[test]
    fn adverbials_between_a_source_and_its_verb_are_skipped() {
        let d = Doc::new("The firm has also on Tuesday said", &ENGLISH);
        let said = find(&d, "said");
        assert_eq!(skip_adverbials_back(&d, said, 0), Some(find(&d, "firm")));
        let d = Doc::new("said in a statement that it", &ENGLISH);
        assert_eq!(skip_adverbials_forward(&d, 1, d.len()), find(&d, "that"));
    }
}
