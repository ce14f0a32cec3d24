//! Source suggestions: a reporting verb or "according to", and the noun phrase it attributes to
//! ("Amnesty International said", "said the minister", "according to two officials"), classified as
//! named, anonymous or vague by `source_kind`. The claims rules reuse the attributions to trim them.

use std::collections::HashMap;
use std::ops::Range;

use super::context::Doc;
use super::lexicon::Lexicon;
use super::phrases::{
    appositive, np_left, np_object, np_right, skip_adverbials_back, skip_adverbials_forward,
};
use super::{make, Suggestion, SOURCE};
use crate::analysis::lang::ReportingVerb;
use crate::analysis::source_kind::{classify_in, SourceClass};

/// How the source phrase and the attributing words are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// "The minister said", "Smith, a lawyer, told".
    SubjectFirst,
    /// "…," said the minister.
    VerbFirst,
    /// "according to two officials".
    According,
}

/// A source phrase and the words that attribute to it, as token ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub source: Range<usize>,
    pub verb: Range<usize>,
    /// The hearer after a verb like "told" ("told reporters"), part of the attribution.
    pub object: Option<Range<usize>>,
    pub order: Order,
    /// The source is a pronoun ("she said"): cut from claims, never suggested.
    pub pronoun: bool,
}

/// Every attribution, in text order, one per source phrase.
pub fn find(doc: &Doc, lex: &Lexicon) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for sent in &doc.sentences {
        for i in sent.clone() {
            let found = if let Some(n) = according(doc, lex, i, sent.start) {
                np_right(doc, i + n, sent.end).map(|src| Attribution {
                    source: main_clause_cut(doc, i, src, sent.end),
                    verb: i..i + n,
                    object: None,
                    order: Order::According,
                    pronoun: false,
                })
            } else {
                attribution_at(doc, lex, i, sent.clone())
            };
            if let Some(a) = found {
                if !out.iter().rev().take(4).any(|b| b.source == a.source) {
                    out.push(a);
                }
            }
        }
    }
    out
}

/// The number of tokens of an "according to" phrase at `i` that attributes: not one of variation
/// ("varies according to") or of a fixed phrase; one of the sentence-initial prepositions at the head
/// of a sentence.
fn according(doc: &Doc, lex: &Lexicon, i: usize, start: usize) -> Option<usize> {
    let w = doc.words();
    let n = lex.according_at(doc, i).or_else(|| {
        doc.initial(i)
            .then(|| {
                w.according_initial
                    .iter()
                    .find_map(|p| doc.phrase_len(i, p))
            })
            .flatten()
    })?;
    let mut p = i;
    while p > start
        && w.adverb_suffixes
            .iter()
            .any(|s| doc.low(p - 1).ends_with(s))
    {
        p -= 1;
    }
    let blocked =
        (p > start && doc.is(p - 1, w.according_blockers)) || doc.is(i + n, w.according_blockers);
    (!blocked).then_some(n)
}

/// After "according to X," at the start of a sentence comes the main clause, not an appositive: a
/// source phrase that runs to the end of the sentence ends at its last comma ("Según la denuncia, el
/// contrato costó 4,2 millones").
fn main_clause_cut(doc: &Doc, cue: usize, src: Range<usize>, end: usize) -> Range<usize> {
    let to_the_end = src.end + 1 >= end;
    if !(doc.initial(cue) && to_the_end) {
        return src;
    }
    match src.clone().rev().find(|&k| doc.is_punct(k, ",")) {
        Some(comma) => src.start..comma,
        None => src,
    }
}

/// The attribution whose reporting verb is token `i`, if it is one.
fn attribution_at(doc: &Doc, lex: &Lexicon, i: usize, sent: Range<usize>) -> Option<Attribution> {
    let verb = lex.verb(doc, i)?;
    let w = doc.words();
    if (doc.capitalised(i) && !doc.initial(i)) || doc.after_determiner(i) || doc.after_be(i) {
        return None;
    }
    if verb.homograph && !verb_follows(doc, i, sent.end) {
        return None;
    }
    let prev = skip_adverbials_back(doc, i, sent.start);
    let after_break = match prev {
        None => true,
        // "«…», dijo", "«…» —dijo la portavoz—": a comma, a closing quotation mark or a dash.
        Some(p) => {
            doc.is_punct(p, ",") || doc.is_punct(p, "—") || (doc.is_quote(p) && !doc.opens_quote(p))
        }
    };
    let (source, order) = if after_break {
        // "lamentaba ayer su presidenta": adverbials may come between the verb and its subject.
        let first = skip_adverbials_forward(doc, i + 1, sent.end);
        if let Some(src) = np_right(doc, first, sent.end).filter(|s| closes(doc, s.end, sent.end)) {
            (src, Order::VerbFirst)
        } else {
            let p = prev.filter(|&p| doc.is_punct(p, ","))?;
            (appositive_subject(doc, p, sent.start)?, Order::SubjectFirst)
        }
    } else {
        let p = prev?;
        if doc.is(p, w.relatives) {
            // "Kestrel Labs, a security company, which said": the phrase before the comma.
            let comma = p
                .checked_sub(1)
                .filter(|&c| c > sent.start && doc.is_punct(c, ","))?;
            let source = appositive_subject(doc, comma, sent.start)
                .or_else(|| np_left(doc, comma - 1, sent.start))?;
            return Some(Attribution {
                source,
                verb: i..i + 1,
                object: object(doc, verb, i, sent.end),
                order: Order::SubjectFirst,
                pronoun: false,
            });
        }
        if doc.is(p, w.pronouns) {
            return Some(Attribution {
                source: p..p + 1,
                verb: i..i + 1,
                object: object(doc, verb, i, sent.end),
                order: Order::SubjectFirst,
                pronoun: true,
            });
        }
        let source = np_left(doc, p, sent.start)?;
        // "weaker than surveys had predicted" compares; it does not attribute.
        if source.start > sent.start && doc.is(source.start - 1, w.comparison_leads) {
            return None;
        }
        (source, Order::SubjectFirst)
    };
    if verb.documents_only && !doc.is_complementiser(i + 1) {
        let head_is_document = source.clone().any(|k| doc.is(k, w.document_nouns));
        if !head_is_document {
            return None;
        }
    }
    let object = (order == Order::SubjectFirst)
        .then(|| object(doc, verb, i, sent.end))
        .flatten();
    Some(Attribution {
        source,
        verb: i..i + 1,
        object,
        order,
        pronoun: false,
    })
}

/// The hearer after a verb that takes one: "told reporters", "told a public meeting".
fn object(doc: &Doc, verb: &ReportingVerb, i: usize, end: usize) -> Option<Range<usize>> {
    if !verb.takes_object {
        return None;
    }
    np_object(doc, i + 1, end)
}

/// After an inverted source ("said the minister") comes the end of the clause, not more of it ("said
/// the results were…" is a subject-first verb with a clause after it).
fn closes(doc: &Doc, after: usize, end: usize) -> bool {
    let j = skip_adverbials_forward(doc, after, end);
    j >= end
        || (doc.is_quote(j) && !doc.opens_quote(j))
        || (doc.kind(j) == Some(super::tokens::Kind::Punct)
            && matches!(doc.raw(j), "," | "." | ";" | ":" | "!" | "?" | "—" | ")"))
}

/// A homograph ("claims", "notes") is a verb here: lowercase, and followed by what a verb takes.
fn verb_follows(doc: &Doc, i: usize, end: usize) -> bool {
    let w = doc.words();
    let next = i + 1;
    !doc.capitalised(i)
        && (next >= end
            || doc.is_complementiser(next)
            || doc.is(next, w.determiners)
            || doc.is(next, w.pronouns)
            || doc.is(next, w.currency_signs)
            || doc.quantity_at(next).is_some()
            || doc.is_punct(next, ",")
            || doc.is_punct(next, ".")
            || doc.is_quote(next))
}

/// "X, a spokeswoman for Y, said": from the comma before the verb back over the appositive to the
/// phrase before it; the source runs from that phrase to the appositive's end.
fn appositive_subject(doc: &Doc, comma: usize, start: usize) -> Option<Range<usize>> {
    let lower = comma.saturating_sub(30).max(start);
    let open = (lower..comma).rev().find(|&k| doc.is_punct(k, ","))?;
    if open == start || !appositive(doc, open + 1, comma) {
        return None;
    }
    let head = np_left(doc, open - 1, start)?;
    Some(head.start..comma)
}

/// Source suggestions for the attributions.
pub fn suggest(doc: &Doc, attributions: &[Attribution], out: &mut Vec<Suggestion>) {
    // An article names the same sources again and again; classify each phrase once.
    let mut classes: HashMap<&str, SourceClass> = HashMap::new();
    for a in attributions.iter().filter(|a| !a.pronoun) {
        let phrase = doc.slice(a.source.start, a.source.end);
        let class = classes
            .entry(phrase)
            .or_insert_with(|| classify_in(doc.lang, phrase))
            .clone();
        let cue = doc.slice(a.verb.start, a.verb.end).to_lowercase();
        let (rule, what) = match a.order {
            Order::SubjectFirst => ("source.subject-verb", format!("reporting verb '{cue}'")),
            Order::VerbFirst => ("source.verb-subject", format!("reporting verb '{cue}'")),
            Order::According => ("source.according-to", format!("'{cue}'")),
        };
        let reason = format!("{what} with {} source '{}'", class.kind, short(phrase));
        let range = (a.source.start, a.source.end);
        out.push(make(doc, SOURCE, range, rule, reason, Some(class)));
    }
}

/// At most 40 characters, cut at a word, with an ellipsis when cut.
fn short(s: &str) -> String {
    if s.chars().count() <= 40 {
        return s.to_string();
    }
    let cut: String = s.chars().take(40).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ' ']))
}

/// Skips the adverbial words and phrases after the attribution's verb: where the reported content
/// starts.
pub fn content_start(doc: &Doc, a: &Attribution, end: usize) -> usize {
    let after = match (a.order, &a.object) {
        (Order::SubjectFirst, Some(object)) => object.end,
        (Order::SubjectFirst, None) => a.verb.end,
        _ => a.source.end,
    };
    skip_adverbials_forward(doc, after, end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{at, check};
    use crate::analysis::source_kind::SourceKind;

    fn sources(tagged: &str) {
        check("source", tagged);
    }

    #[test]
    fn a_subject_before_a_reporting_verb() {
        sources("<source>Amnesty International</source> said the camps were full.");
        sources("Rents rose, <source>the council</source> said on Thursday.");
        sources("<source>Officials in Kyiv</source> have also warned that it may fail.");
        sources("He left. <source>The Bank of England</source> confirmed the cut.");
        let s = at(
            "Amnesty International said it.",
            "source",
            "Amnesty International",
        );
        assert_eq!(
            s.reason,
            "reporting verb 'said' with named source 'Amnesty International'"
        );
        assert_eq!(
            (s.rule, s.kind()),
            ("source.subject-verb", Some(SourceKind::Named))
        );
    }

    #[test]
    fn a_source_after_the_verb_of_a_quotation() {
        sources("\"It is over,\" said <source>the minister</source>.");
        sources("\"We wait,\" said <source>Pat Ormond, who chairs the residents' group</source>. \"Still.\"");
        sources("\"No,\" <source>Prys</source> said.");
        let s = at("\"Go,\" said the minister.", "source", "the minister");
        assert_eq!(s.rule, "source.verb-subject");
        assert_eq!(s.kind(), Some(SourceKind::Named));
    }

    #[test]
    fn according_to_and_the_phrase_after_it() {
        sources("It rose, according to <source>two officials familiar with the talks</source>.");
        sources("According to <source>the National Cyber Office</source>, attacks rose.");
        let s = at(
            "It fell, according to two officials.",
            "source",
            "two officials",
        );
        assert_eq!(
            s.reason,
            "'according to' with anonymous source 'two officials'"
        );
        assert_eq!(s.rule, "source.according-to");
    }

    #[test]
    fn an_appositive_between_the_source_and_its_verb() {
        sources("<source>Maria Lopez, a spokeswoman for the ministry</source>, said it was late.");
        sources("<source>Larkin Marine, which holds the contract</source>, said in a statement that it would appeal.");
        sources("<source>Two engineers, who asked not to be named</source>, said it would slip.");
        assert_eq!(
            at(
                "Two engineers, who asked not to be named, said so.",
                "source",
                "Two engineers, who asked not to be named"
            )
            .kind(),
            Some(SourceKind::Anonymous)
        );
    }

    #[test]
    fn a_relative_pronoun_points_back_to_the_source() {
        sources("It was questioned by <source>Kestrel Labs, a firm that tracks markets</source>, which said it fell.");
        sources(
            "<source>Brightwell Foods, one of its largest clients</source>, said it learned late.",
        );
        sources("<source>An internal review, reportedly completed in March</source>, found that it rose.");
    }

    #[test]
    fn a_name_appositive_after_an_office() {
        sources("<source>Its director, Owain Prys</source>, said the animal posed \"no risk\".");
        sources("<source>A review of 36 studies published in 2021</source> found a weak link.");
    }

    #[test]
    fn verbs_of_belief_attribute_too() {
        sources("But <source>some local naturalists</source> suspect it was released.");
        sources("<source>Economists</source> expect prices to rise.");
    }

    #[test]
    fn a_subject_after_than_is_compared_not_quoted() {
        sources("The clay was weaker than surveys had predicted.");
    }

    #[test]
    fn plural_possessives_and_reports_by_a_body() {
        sources("<source>The Corvale Commuters' Forum</source> said fares rose.");
        sources("And <source>a study by the University of Corvale</source> found that it worked.");
    }

    #[test]
    fn a_subject_before_a_negated_auxiliary_is_not_taken() {
        sources("Our data cannot tell those apart.");
    }

    #[test]
    fn a_name_that_is_also_a_modal() {
        sources("<source>Opposition councillor Daniel May</source> said that figure was \"plucked from the air\" and called for more.");
    }

    #[test]
    fn pronouns_are_not_sources() {
        sources("\"Fine,\" she said. He told reporters it was late. One of them said no.");
        sources("It is said that he left; they say so.");
    }

    #[test]
    fn said_that_is_not_reporting() {
        sources("Under the said agreement, rents rose. That said, it fell.");
        sources("The council was told that rents rose.");
    }

    #[test]
    fn nouns_that_look_like_reporting_verbs_are_not_sources() {
        sources("The claims were false. <source>Official estimates</source> suggest a rise. The United States objected.");
        sources("<source>The UN</source> estimates 3,000 people died; <source>Reuters</source> reports that it fell.");
        sources("It was cheap, <source>the paper</source> notes.");
    }

    #[test]
    fn documents_find_and_show_people_only_find_that() {
        sources("<source>A review of 36 studies</source> found a weak link. Police found a body.");
        sources("<source>Council documents seen by this newspaper</source> show it grew.");
        sources("<source>Researchers</source> found that it grew.");
    }

    #[test]
    fn vague_and_anonymous_sources_are_classified() {
        let s = at("Experts say it grew.", "source", "Experts");
        assert_eq!(s.kind(), Some(SourceKind::Vague));
        assert_eq!(s.reason, "reporting verb 'say' with vague source 'Experts'");
        let s = at(
            "A senior official said it grew.",
            "source",
            "A senior official",
        );
        assert_eq!(s.kind(), Some(SourceKind::Anonymous));
    }
}
