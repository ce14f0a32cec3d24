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
use super::why::{Attributed, Why};
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
    /// The reporting verb's companion word ("mit" of "teilte … mit"): what was said starts after it.
    pub with: &'static [&'static str],
}

/// Every attribution, in text order, one per source phrase.
pub fn find(doc: &Doc, lex: &Lexicon) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = headline(doc).into_iter().collect();
    for sent in &doc.sentences {
        for i in sent.clone() {
            let found = if let Some((n, closing)) = according(doc, lex, i, sent.start) {
                np_right(doc, i + n, sent.end)
                    .filter(|src| !closing || closes(doc, src.end, sent.end, &[]))
                    .map(|src| Attribution {
                        source: main_clause_cut(doc, i, src, sent.end),
                        verb: i..i + n,
                        object: None,
                        order: Order::According,
                        pronoun: false,
                        with: &[],
                    })
            } else {
                postposition(doc, lex, i, sent.start)
                    .or_else(|| statement(doc, i, sent.clone()))
                    .or_else(|| attribution_at(doc, lex, i, sent.clone()))
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

/// A headline that opens with its source and a colon: "Studie: An Hitzetagen …", "Polizei: …". The
/// text's first line only, and a phrase of at most three words that names a document, a body or a
/// group, so that a place ("Montvéran : …") is not taken.
fn headline(doc: &Doc) -> Option<Attribution> {
    let sent = doc.sentences.first()?.clone();
    let colon = (sent.start + 1..sent.end.min(sent.start + 4)).find(|&k| doc.is_punct(k, ":"))?;
    let source = np_right(doc, sent.start, colon).filter(|s| s.end == colon)?;
    let w = doc.words();
    let sw = doc.lang.sources;
    let names_one = source.clone().any(|k| {
        doc.is(k, w.document_nouns)
            || doc.is(k, sw.organisation_words)
            || sw.unnamed_roles.iter().any(|r| r.words == doc.low(k))
            || sw.vague_groups.iter().any(|g| g.word == doc.low(k))
    });
    names_one.then(|| Attribution {
        source,
        verb: colon..colon + 1,
        object: None,
        order: Order::According,
        pronoun: false,
        with: &[],
    })
}

/// The number of tokens of an "according to" phrase at `i` that attributes: not one of variation
/// ("varies according to") or of a fixed phrase; one of the sentence-initial prepositions at the head
/// of a sentence; one of the words that attribute after a comma ("„…“, so die Ministerin"), then
/// with `true`: its phrase must end the clause.
fn according(doc: &Doc, lex: &Lexicon, i: usize, start: usize) -> Option<(usize, bool)> {
    let w = doc.words();
    let find = |list: &[&str]| list.iter().find_map(|p| doc.phrase_len(i, p));
    let after_comma = i > start && (doc.is_punct(i - 1, ",") || doc.is_punct(i - 1, "–"));
    let (n, closing) = match lex.according_at(doc, i) {
        Some(n) => (n, false),
        None if doc.initial(i) && find(w.according_initial).is_some() => {
            (find(w.according_initial)?, false)
        }
        None if after_comma => (find(w.according_after_comma)?, true),
        None => return None,
    };
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
    (!blocked).then_some((n, closing))
}

/// A postposition ("zufolge") and the noun phrase before it ("dem Bericht zufolge"), unless that
/// phrase is one of the according blockers ("Schätzungen zufolge" is a hedge, not a source).
fn postposition(doc: &Doc, lex: &Lexicon, i: usize, start: usize) -> Option<Attribution> {
    if i == start || !doc.is(i, lex.lang.according_after) {
        return None;
    }
    if doc.is(i - 1, doc.words().according_blockers) {
        return None;
    }
    Some(Attribution {
        source: np_left(doc, i - 1, start)?,
        verb: i..i + 1,
        object: None,
        order: Order::According,
        pronoun: false,
        with: &[],
    })
}

/// A noun of [`WordClasses::statement_nouns`](crate::analysis::lang::WordClasses) at `k`: `Some(true)`
/// when it ends a compound ("Feuerwehrangaben"), `Some(false)` when it is the noun itself.
fn statement_noun(doc: &Doc, k: usize) -> Option<bool> {
    if !doc.is_word(k) {
        return None;
    }
    let nouns = doc.words().statement_nouns;
    let low = doc.low(k);
    if nouns.contains(&low) {
        return Some(false);
    }
    (doc.capitalised(k) && nouns.iter().any(|n| low.ends_with(n))).then_some(true)
}

/// A statement lead and a statement noun, with determiners, lowercase adjectives and a possessor
/// between them, and the source they name: "nach Angaben der Polizei", "nach einer älteren Schätzung
/// des Bauamts", "nach Albrechts Worten", "nach Feuerwehrangaben".
fn statement(doc: &Doc, i: usize, sent: Range<usize>) -> Option<Attribution> {
    let w = doc.words();
    if !doc.is(i, w.statement_leads) {
        return None;
    }
    let noun = (i + 1..sent.end.min(i + 6)).find(|&k| statement_noun(doc, k).is_some())?;
    let possessor = noun - 1;
    let between_ok = (i + 1..noun).all(|k| {
        doc.is_word(k)
            && (doc.is(k, w.determiners)
                || !doc.capitalised(k)
                || (k == possessor && !doc.is(k, w.clause_words)))
    });
    if !between_ok {
        return None;
    }
    let after = noun + 1;
    let genitive = if doc.is(after, w.np_links) {
        let first = if doc.is(after, w.determiners) {
            after
        } else {
            after + 1
        };
        np_right(doc, first, sent.end)
    } else {
        None
    };
    let source = match genitive {
        Some(src) => src,
        None if statement_noun(doc, noun) == Some(true) => noun..noun + 1,
        None if possessor > i
            && doc.capitalised(possessor)
            && !doc.is(possessor, w.determiners) =>
        {
            possessor..possessor + 1
        }
        None => return None,
    };
    Some(Attribution {
        verb: i..source.start.max(i + 1),
        source,
        object: None,
        order: Order::According,
        pronoun: false,
        with: &[],
    })
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
    if !verb.with.is_empty() && !doc.in_clause(i, 1, verb.with) {
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
        let appositive = || {
            let p = prev.filter(|&p| doc.is_punct(p, ","))?;
            appositive_subject(doc, p, sent.start)
        };
        let src = np_right(doc, first, sent.end).map(|s| before_with(doc, s, verb.with));
        if let Some(src) = src.filter(|s| closes(doc, s.end, sent.end, verb.with)) {
            (src, Order::VerbFirst)
        } else if let Some(src) = appositive() {
            (src, Order::SubjectFirst)
        } else {
            return inverted(doc, verb, i, sent);
        }
    } else {
        let p = prev?;
        // "Kestrel Labs, a security company, which said": the phrase before the comma. Without the
        // comma, a relative of a verb-second language is an article or a pronoun in the first field
        // ("Das gab die Firma bekannt").
        let comma = p
            .checked_sub(1)
            .filter(|&c| c > sent.start && doc.is_punct(c, ","));
        let verb_second = !w.verb_second_subjects.is_empty();
        if doc.is(p, w.relatives) && (comma.is_some() || !verb_second) {
            let comma = comma?;
            let source = appositive_subject(doc, comma, sent.start)
                .or_else(|| np_left(doc, comma - 1, sent.start))?;
            return Some(Attribution {
                source,
                verb: i..i + 1,
                object: object(doc, verb, i, sent.end),
                order: Order::SubjectFirst,
                pronoun: false,
                with: verb.with,
            });
        }
        if doc.is(p, w.pronouns) {
            return Some(Attribution {
                source: p..p + 1,
                verb: i..i + 1,
                object: object(doc, verb, i, sent.end),
                order: Order::SubjectFirst,
                pronoun: true,
                with: verb.with,
            });
        }
        let source = np_left(doc, p, sent.start);
        // Verb-second order: what stands before the verb is its subject only when it is a noun
        // phrase and not a preposition's ("Am Freitag teilte die Polizei mit").
        let first_field = source
            .as_ref()
            .is_some_and(|s| !(s.start > sent.start && doc.is(s.start - 1, w.prepositions)));
        if !first_field {
            if let Some(a) = inverted(doc, verb, i, sent.clone()) {
                return Some(a);
            }
        }
        let source = source?;
        // Verb-second order puts a participle at the end of its clause: after a form of "werden" or
        // "sein" in the clause it is a passive ("Als Ursache wird ein Defekt vermutet"), whose
        // agent alone is a source ("von der Polizei bestätigt").
        let agent = source.start > sent.start && doc.is(source.start - 1, w.np_links);
        let auxiliary = (doc.clause(i).start..source.start).any(|k| doc.is(k, w.be_forms));
        if verb_second && auxiliary && !agent {
            return None;
        }
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
        with: verb.with,
    })
}

/// In a verb-second language, the subject right after the reporting verb at `i`, when what stands
/// before the verb is not its subject: "Am Freitag teilte die Polizei mit", "Das gab die Firma
/// bekannt", "nun rechnet die Verwaltung mit …", "„…“, sagte die Ministerin am Freitag im Landtag".
/// A pronoun there ("sagte er") is a pronoun attribution; "es" ("hieß es") is none.
fn inverted(doc: &Doc, verb: &ReportingVerb, i: usize, sent: Range<usize>) -> Option<Attribution> {
    let w = doc.words();
    if w.verb_second_subjects.is_empty() {
        return None;
    }
    let first = skip_adverbials_forward(doc, i + 1, sent.end);
    let attribution = |source: Range<usize>, pronoun: bool| Attribution {
        source,
        verb: i..i + 1,
        object: None,
        order: Order::VerbFirst,
        pronoun,
        with: verb.with,
    };
    if doc.is(first, w.pronouns) {
        return (!doc.is(first, w.not_sources)).then(|| attribution(first..first + 1, true));
    }
    let opens = doc.is(first, w.verb_second_subjects)
        || doc.kind(first) == Some(super::tokens::Kind::Number)
        || (doc.is_word(first) && doc.capitalised(first) && !doc.is(first, w.determiners));
    if !opens {
        return None;
    }
    let source = before_with(doc, np_right(doc, first, sent.end)?, verb.with);
    if verb.documents_only && !source.clone().any(|k| doc.is(k, w.document_nouns)) {
        return None;
    }
    Some(attribution(source, false))
}

/// The hearer after a verb that takes one: "told reporters", "told a public meeting".
fn object(doc: &Doc, verb: &ReportingVerb, i: usize, end: usize) -> Option<Range<usize>> {
    if !verb.takes_object {
        return None;
    }
    np_object(doc, i + 1, end)
}

/// A phrase after the verb up to the verb's companion word: "hält die Ergebnisse | für plausibel".
fn before_with(doc: &Doc, phrase: Range<usize>, with: &[&str]) -> Range<usize> {
    match phrase.clone().skip(1).find(|&k| doc.is(k, with)) {
        Some(k) => phrase.start..k,
        None => phrase,
    }
}

/// After an inverted source ("said the minister") comes the end of the clause, not more of it ("said
/// the results were…" is a subject-first verb with a clause after it); the verb's companion word may
/// come first ("räumte Hollstein ein.").
fn closes(doc: &Doc, after: usize, end: usize, with: &[&str]) -> bool {
    let mut j = skip_adverbials_forward(doc, after, end);
    if j < end && doc.is(j, with) {
        j = skip_adverbials_forward(doc, j + 1, end);
    }
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
        let (rule, by) = match a.order {
            Order::SubjectFirst => ("source.subject-verb", Attributed::Verb),
            Order::VerbFirst => ("source.verb-subject", Attributed::Verb),
            Order::According => ("source.according-to", Attributed::According),
        };
        let why = Why::Source {
            by,
            cue,
            kind: class.kind,
            source: short(phrase),
        };
        let range = (a.source.start, a.source.end);
        out.push(make(doc, SOURCE, range, rule, why, Some(class)));
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
    let j = skip_adverbials_forward(doc, after, end);
    if !(j < end && doc.is(j, a.with)) {
        return j;
    }
    // "teilte … mit, dass", "rechnet … mit einer Wiedereröffnung", "geht … davon aus, dass": past
    // the companion word, and a particle that closes the clause after it.
    let mut k = skip_adverbials_forward(doc, j + 1, end);
    if doc.is_word(k) && (k + 1 >= end || doc.is_punct(k + 1, ",")) {
        k += 1;
    }
    k
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
        assert_eq!(
            s.why,
            super::Why::Source {
                by: super::Attributed::Verb,
                cue: "say".into(),
                kind: SourceKind::Vague,
                source: "Experts".into()
            }
        );
        let class = s.source.expect("a source's class");
        assert_eq!(class.rule, "vague group: 'Experts'");
        assert_eq!(class.rule, class.why.to_string());
        let s = at(
            "A senior official said it grew.",
            "source",
            "A senior official",
        );
        assert_eq!(s.kind(), Some(SourceKind::Anonymous));
    }
}
