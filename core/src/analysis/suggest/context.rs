//! The tokenised text with its sentences, and the small grammar tests every rule shares: is this a
//! quantity, a month, a noun use of a modal, a passive? Conditions of the cue tables are decided here.

use std::ops::Range;

use super::tokens::{self, is_quote, Kind, Token};
use crate::analysis::lang::{Language, When, WordClasses};
use crate::model::Span;

/// A text prepared for the rules: tokens, their lowercased text for matching, sentences.
pub struct Doc<'a> {
    pub text: &'a str,
    /// Every token lowercased, one after the other; `lower_at[i]` is token `i`'s byte range here.
    /// Unicode lowercasing may change a word's length in bytes ("ẞ" against "ß"), so the tokens'
    /// own ranges, which index the text, cannot index this; spans keep the text's code points.
    lower: String,
    lower_at: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    /// Per token: it starts its sentence (or a quotation), so a capital says nothing.
    initial: Vec<bool>,
    pub lang: &'a Language,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, lang: &'a Language) -> Doc<'a> {
        let tokens = tokens::tokenize(text, lang.words.abbreviations, lang.words.elisions);
        let sentences = tokens::sentences(text, &tokens, lang.words.months);
        let (lower, lower_at) = lowercase(text, &tokens);
        let mut doc = Doc {
            text,
            lower,
            lower_at,
            initial: vec![false; tokens.len()],
            tokens,
            sentences,
            lang,
        };
        for s in 0..doc.sentences.len() {
            let r = doc.sentences[s].clone();
            let mut first = true;
            for i in r {
                if doc.tokens[i].kind == Kind::Punct {
                    if doc.opens_quote(i) {
                        first = true;
                    }
                    continue;
                }
                doc.initial[i] = first;
                first = false;
            }
        }
        doc
    }

    pub fn words(&self) -> &'a WordClasses {
        self.lang.words
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The token, lowercased ("Über" is "über").
    pub fn low(&self, i: usize) -> &str {
        &self.lower[self.lower_at[i].clone()]
    }

    pub fn is(&self, i: usize, list: &[&str]) -> bool {
        i < self.len() && list.contains(&self.low(i))
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// First word of a sentence or of a quotation.
    pub fn initial(&self, i: usize) -> bool {
        self.initial[i]
    }

    pub fn is_quote(&self, i: usize) -> bool {
        i < self.len() && self.kind(i) == Some(Kind::Punct) && is_quote(self.raw(i))
    }

    /// A quotation mark that opens: a typographic opener, or a straight one with space before it
    /// and none after. "“" and "‘" open in English and close in German („…“, ‚…‘): glued to the
    /// word or stop before them, they close.
    pub fn opens_quote(&self, i: usize) -> bool {
        if !self.is_quote(i) {
            return false;
        }
        match self.raw(i) {
            "„" | "‚" | "«" => true,
            "“" | "‘" => {
                let glued = i > 0
                    && !self.tokens[i].space_before
                    && (self.kind(i - 1) != Some(Kind::Punct)
                        || matches!(self.raw(i - 1), "." | "," | "!" | "?" | "…"));
                !glued
            }
            "\"" | "'" => {
                (i == 0 || self.tokens[i].space_before)
                    && self.tokens.get(i + 1).is_some_and(|n| !n.space_before)
            }
            _ => false,
        }
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.len() && self.kind(i) == Some(Kind::Punct) && self.raw(i) == p
    }

    /// The code-point span of tokens `from..to` (non-empty).
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].cp_start, self.tokens[to - 1].cp_end)
            .expect("tokens are in order")
    }

    /// The text of tokens `from..to`.
    pub fn slice(&self, from: usize, to: usize) -> &'a str {
        &self.text[self.tokens[from].start..self.tokens[to - 1].end]
    }

    /// The number of tokens `phrase` covers at `i`, if it matches there.
    pub fn phrase_len(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut n = 0;
        for w in phrase.split(' ') {
            if i + n >= self.len() || !self.low_matches(i + n, w) {
                return None;
            }
            n += 1;
        }
        Some(n)
    }

    /// Compares a lowercased token with a table word, counting ’ and ' as one.
    fn low_matches(&self, i: usize, w: &str) -> bool {
        let l = self.low(i);
        l == w || (l.contains('’') && l.replace('’', "'") == w)
    }

    /// The complementiser ("that"), or its elided form ("qu’" of "que"): an elision whose word is the
    /// complementiser less one letter.
    pub fn is_complementiser(&self, i: usize) -> bool {
        if i >= self.len() {
            return false;
        }
        let w = self.words();
        let low = self.low(i);
        if low == w.complementiser {
            return true;
        }
        let stem = low.trim_end_matches(['\'', '’']);
        stem.len() < low.len()
            && w.elisions.contains(&stem)
            && w.complementiser.starts_with(stem)
            && w.complementiser[stem.len()..].chars().count() == 1
    }

    /// Token `i` is in a clause reported by a verb in a past tense: after a complementiser that
    /// follows a reporting verb with a past auxiliary just before it ("a assuré que …").
    pub fn reported_in_past(&self, i: usize) -> bool {
        let w = self.words();
        let start = self.sentences[self.sentence_of(i)].start;
        (start..i)
            .rev()
            .filter(|&c| self.is_complementiser(c))
            .any(|c| {
                (c.saturating_sub(3).max(start)..c).any(|v| {
                    self.lang
                        .reporting_verbs
                        .iter()
                        .any(|r| r.form == self.low(v))
                        && (v.saturating_sub(3).max(start)..v)
                            .any(|a| self.is(a, w.past_auxiliaries))
                })
            })
    }

    /// A quantity starts at `i`: a number, a currency sign before one, a number word, "a decade",
    /// "midnight". Returns whether it is written in digits.
    pub fn quantity_at(&self, i: usize) -> Option<bool> {
        let w = self.words();
        match self.kind(i)? {
            Kind::Number => Some(true),
            Kind::Punct if self.is(i, w.currency_signs) => {
                (self.kind(i + 1) == Some(Kind::Number)).then_some(true)
            }
            Kind::Word if self.is(i, w.number_words) || self.is(i, w.time_words) => Some(false),
            Kind::Word if self.is(i, w.indefinite_articles) => (self.is(i + 1, w.quantity_units)
                || self.is(i + 1, w.number_words))
            .then_some(false),
            _ => None,
        }
    }

    /// A quantity ends at `i`: a number, or a percentage after one ("58%", "58 per cent").
    pub fn quantity_ends_at(&self, i: usize) -> bool {
        if self.kind(i) == Some(Kind::Number) {
            return true;
        }
        self.words().percent_words.iter().any(|p| {
            let n = p.split(' ').count();
            i + 1 > n
                && self.phrase_len(i + 1 - n, p) == Some(n)
                && self.kind(i - n) == Some(Kind::Number)
        })
    }

    /// After a form of "be", with negations and a few adverbs between: "is not widely believed".
    pub fn after_be(&self, i: usize) -> bool {
        let w = self.words();
        let mut j = i;
        while j > 0 {
            j -= 1;
            if self.is(j, w.negations) || self.is(j, w.be_adverbs) {
                continue;
            }
            return self.is(j, w.be_forms);
        }
        false
    }

    /// Right after a determiner that only comes before a noun ("the", "its", "Netlane's").
    pub fn after_determiner(&self, i: usize) -> bool {
        i > 0
            && (self.is(i - 1, self.words().noun_determiners)
                || self
                    .words()
                    .possessive_suffixes
                    .iter()
                    .any(|p| self.low(i - 1).ends_with(p)))
    }

    /// The word at `i` is a month name used as a month.
    pub fn month_at(&self, i: usize) -> bool {
        if !self.capitalised(i) {
            return false;
        }
        let w = self.words();
        let before_number = self.kind(i + 1) == Some(Kind::Number);
        let after_lead = i > 0 && self.is(i - 1, w.month_leads);
        // "Daniel May", "Theresa May": a surname after a capitalised name.
        let surname = i > 0 && self.is_word(i - 1) && self.capitalised(i - 1);
        before_number || after_lead || !(self.initial(i) || surname)
    }

    /// Decides a table condition for a cue at tokens `i..i + n`.
    pub fn holds(&self, when: When, i: usize, n: usize) -> bool {
        let w = self.words();
        let next = i + n;
        match when {
            When::Always => true,
            When::BeforeQuantity => self.quantity_at(next).is_some(),
            When::BeforeQuantityNotAfterQuantity => {
                self.quantity_at(next).is_some() && !(i > 0 && self.quantity_ends_at(i - 1))
            }
            When::BeforeQuantityNotBound => {
                let bound = (i.saturating_sub(4)..i).any(|j| self.is(j, w.bound_leads));
                self.quantity_at(next).is_some() && !bound
            }
            When::BeforeDeterminedQuantity => {
                let bound = (i.saturating_sub(4)..i).any(|j| self.is(j, w.bound_leads));
                let quantity = self.quantity_at(next).is_some()
                    || (self.is(next, w.quantity_articles) && self.quantity_at(next + 1).is_some());
                quantity && !bound
            }
            When::Modal { negation_cancels } => {
                let month_or_name = self.capitalised(i) && (!self.initial(i) || self.month_at(i));
                let noun = (i > 0 && (self.after_determiner(i) || self.is(i - 1, w.noun_signals)))
                    || self.is(next, &[w.of]);
                let negated = negation_cancels && self.is(next, w.negations);
                // "could see", "could be heard"; but "could be seen as" is a reading, a hedge.
                let verb = if self.is(next, w.passive_infinitives) {
                    next + 1
                } else {
                    next
                };
                let perceived =
                    self.is(verb, w.perception_verbs) && !self.is(verb + 1, w.reading_links);
                let ability = negation_cancels && perceived;
                !(month_or_name || noun || negated || ability)
            }
            When::AfterDeterminer => self.after_determiner(i),
            When::Predicative => {
                let ability = self.is(next, &[w.infinitive]);
                let attributive =
                    self.is_word(next) && !self.is(next, w.predicative_next) && !ability;
                let fixed = i > 0 && self.is(i - 1, w.idiom_leads);
                !(attributive || fixed || ability)
            }
            When::FollowedBy(words) => self.is(next, words),
            When::NotBefore(words) => !self.is(next, words),
            When::NotAfter(words) => !(i > 0 && self.is(i - 1, words)),
            When::Evidential => {
                // "nothing to suggest", "no evidence to suggest": the negative quantifier up to
                // three words before the "to".
                let denied = i > 0
                    && self.is(i - 1, &[w.infinitive])
                    && (i.saturating_sub(4)..i - 1).any(|j| self.is(j, w.negative_quantifiers));
                !denied
                    && (self.is_complementiser(next)
                        || (i.saturating_sub(3)..i).any(|j| self.is(j, w.evidence_nouns)))
            }
            When::Passive => {
                self.after_be(i)
                    || (self.is(next, &[w.infinitive]) && self.is(next + 1, w.passive_infinitives))
            }
            When::NotNoun => {
                !((i > 0 && (self.after_determiner(i) || self.is(i - 1, w.noun_signals)))
                    || self.is(next, &[w.of]))
            }
            When::AfterBe => self.after_be(i),
            When::NotAfterBe => !self.after_be(i),
            When::Month => self.month_at(i),
            When::NotReportedInPast => !self.reported_in_past(i),
            When::Conditional => {
                let start = self.sentences[self.sentence_of(i)].start;
                let blocked = (start..i).any(|j| self.is(j, w.conditional_blockers));
                !blocked && !self.is(next, &[w.complementiser])
            }
            When::All(conditions) => conditions.iter().all(|&c| self.holds(c, i, n)),
            When::InClause(words) => self.in_clause(i, n, words),
            When::NotInClause(words) => !self.in_clause(i, n, words),
            When::InSentence(words) => self.sentences[self.sentence_of(i)]
                .clone()
                .filter(|&k| k < i || k >= next)
                .any(|k| self.is(k, words)),
            When::ClauseEnds(phrases) => {
                let clause = self.clause(i);
                let last = if next >= clause.end { i } else { clause.end };
                phrases
                    .iter()
                    .any(|p| self.phrase_ends_at(last, clause.start, p))
            }
        }
    }

    /// The clause around token `i`: its sentence between the nearest clause punctuation on either
    /// side (commas, semicolons, colons, brackets, dashes), without that punctuation.
    pub fn clause(&self, i: usize) -> Range<usize> {
        let sent = self.sentences[self.sentence_of(i)].clone();
        let breaks = |k: &usize| {
            self.kind(*k) == Some(Kind::Punct)
                && matches!(self.raw(*k), "," | ";" | ":" | "(" | ")" | "–" | "—")
        };
        let start = (sent.start..i)
            .rev()
            .find(breaks)
            .map_or(sent.start, |k| k + 1);
        let mut end = (i..sent.end).find(breaks).unwrap_or(sent.end);
        // The sentence's own stop and closing quotation marks are no part of the clause.
        while end > start && self.kind(end - 1) == Some(Kind::Punct) && !self.is_punct(end - 1, "%")
        {
            end -= 1;
        }
        start..end
    }

    /// One of `words` is in the clause of the cue at `i..i + n`, outside the cue.
    pub fn in_clause(&self, i: usize, n: usize, words: &[&str]) -> bool {
        self.clause(i)
            .filter(|&k| k < i || k >= i + n)
            .any(|k| self.is(k, words))
    }

    /// The words of `phrase` are the tokens just before `end`, none before `start`; a phrase word
    /// "*en" matches a word ending in "en".
    fn phrase_ends_at(&self, end: usize, start: usize, phrase: &str) -> bool {
        let words: Vec<&str> = phrase.split(' ').collect();
        if end < start + words.len() {
            return false;
        }
        let from = end - words.len();
        words.iter().enumerate().all(|(k, w)| {
            let t = from + k;
            match w.strip_prefix('*') {
                Some(ending) => self.kind(t) != Some(Kind::Punct) && self.low(t).ends_with(ending),
                None => self.low_matches(t, w),
            }
        })
    }

    /// Index of the sentence holding token `i` (binary search over sentence starts).
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|r| r.end <= i)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// Every token of `text` lowercased into one string, with each token's range in it. ASCII tokens (most
/// of them) are lowercased in place; others through Unicode's full lowercasing.
fn lowercase(text: &str, tokens: &[Token]) -> (String, Vec<Range<usize>>) {
    let mut lower = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(tokens.len());
    for t in tokens {
        let raw = &text[t.start..t.end];
        let from = lower.len();
        if raw.is_ascii() {
            lower.extend(raw.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            lower.extend(raw.chars().flat_map(char::to_lowercase));
        }
        at.push(from..lower.len());
    }
    (lower, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lang::english::ENGLISH;
    use crate::analysis::lang::When;

    #[test]
    fn tokens_are_lowercased_beyond_ascii_and_spans_stay_in_code_points() {
        let d = Doc::new("Über ÄUSSERUNG, ẞ und Éric: ok", &ENGLISH);
        let lows: Vec<&str> = (0..d.len()).map(|i| d.low(i)).collect();
        assert_eq!(
            lows,
            ["über", "äusserung", ",", "ß", "und", "éric", ":", "ok"]
        );
        // "ẞ" (3 bytes) lowercases to "ß" (2 bytes): the later tokens keep their places.
        let ok = d.len() - 1;
        assert_eq!(d.raw(ok), "ok");
        assert_eq!(d.span(ok, ok + 1), Span::new(28, 30).unwrap());
        assert_eq!(d.span(0, 2), Span::new(0, 14).unwrap());
    }

    fn at<'a>(doc: &Doc<'a>, word: &str) -> usize {
        (0..doc.len())
            .find(|&i| doc.raw(i) == word)
            .expect("word in text")
    }

    #[test]
    fn quantities_are_numbers_number_words_units_and_times() {
        let d = Doc::new(
            "about 5 and $3 and two and a decade and midnight and the end",
            &ENGLISH,
        );
        for w in ["5", "$", "two", "a", "midnight"] {
            assert!(d.quantity_at(at(&d, w)).is_some(), "{w}");
        }
        assert_eq!(d.quantity_at(at(&d, "5")), Some(true));
        assert_eq!(d.quantity_at(at(&d, "the")), None);
    }

    #[test]
    fn months_are_capitalised_mid_sentence_or_before_a_day() {
        let d = Doc::new(
            "May 5 was wet. It rained in May. May we go? Then may. Ask Daniel May, then Tuesday May 5.",
            &ENGLISH,
        );
        let mays: Vec<usize> = (0..d.len()).filter(|&i| d.low(i) == "may").collect();
        let months: Vec<bool> = mays.iter().map(|&i| d.month_at(i)).collect();
        assert_eq!(months, [true, true, false, false, false, true]);
    }

    #[test]
    fn initial_words_follow_sentence_starts_and_opening_quotes() {
        let d = Doc::new("He said: \"May we?\" Yes.", &ENGLISH);
        assert!(d.initial(at(&d, "He")));
        assert!(d.initial(at(&d, "May")));
        assert!(!d.initial(at(&d, "said")));
        assert!(d.initial(at(&d, "Yes")));
    }

    #[test]
    fn clause_conditions_read_the_clause_around_the_cue() {
        let d = Doc::new("He said, it may well have been so, and left.", &ENGLISH);
        let may = at(&d, "may");
        let clause = d.clause(may);
        assert_eq!(
            d.slice(clause.start, clause.end),
            "it may well have been so"
        );
        assert!(d.holds(When::InClause(&["been"]), may, 1));
        assert!(!d.holds(When::InClause(&["said", "may"]), may, 1));
        assert!(d.holds(When::NotInClause(&["left"]), may, 1));
        assert!(d.holds(When::ClauseEnds(&["been so"]), may, 1));
        assert!(d.holds(When::ClauseEnds(&["*en *"]), may, 1));
        assert!(!d.holds(When::ClauseEnds(&["have"]), may, 1));
        const BOTH: When = When::All(&[When::InClause(&["well"]), When::ClauseEnds(&["so"])]);
        assert!(d.holds(BOTH, may, 1));
        assert!(!d.holds(When::All(&[BOTH, When::InClause(&["left"])]), may, 1));
        assert!(d.holds(When::InSentence(&["left"]), may, 1));
        assert!(!d.holds(When::InSentence(&["may"]), may, 1));
        // A cue that ends its clause reads the words before it.
        let d = Doc::new("It is true, as they say.", &ENGLISH);
        assert!(d.holds(When::ClauseEnds(&["they"]), at(&d, "say"), 1));
    }

    #[test]
    fn sentence_of_finds_the_sentence_of_a_token() {
        let d = Doc::new("One two. Three four.", &ENGLISH);
        assert_eq!(d.sentence_of(at(&d, "two")), 0);
        assert_eq!(d.sentence_of(at(&d, "Three")), 1);
    }
}
