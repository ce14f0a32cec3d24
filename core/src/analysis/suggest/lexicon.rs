//! A language's cue tables indexed by first word, so each token costs one hash lookup however long
//! the tables grow. Built once per language.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::context::Doc;
use crate::analysis::lang::{ClaimCue, HedgeCue, HedgeEnding, Language, ReportingVerb};

/// FNV-1a: the keys are short lowercase words, so a cryptographic hash (the std default) is wasted
/// work on every token.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

pub struct Lexicon {
    pub lang: &'static Language,
    hedges: Map<&'static str, Vec<&'static HedgeCue>>,
    claims: Map<&'static str, Vec<&'static ClaimCue>>,
    verbs: Map<&'static str, &'static ReportingVerb>,
}

/// Something with a phrase, indexed by its first word, longest phrases first.
trait Phrase {
    fn phrase(&self) -> &'static str;
}

impl Phrase for HedgeCue {
    fn phrase(&self) -> &'static str {
        self.phrase
    }
}

impl Phrase for ClaimCue {
    fn phrase(&self) -> &'static str {
        self.phrase
    }
}

fn index<T: Phrase>(table: &'static [T]) -> Map<&'static str, Vec<&'static T>> {
    let mut map: Map<&'static str, Vec<&'static T>> = Map::default();
    for cue in table {
        let first = cue.phrase().split(' ').next().unwrap_or_default();
        map.entry(first).or_default().push(cue);
    }
    for cues in map.values_mut() {
        // Stable: among equal lengths the table's order decides.
        crate::model::order::sort_by_key(cues, |c| {
            std::cmp::Reverse(c.phrase().split(' ').count())
        });
    }
    map
}

impl Lexicon {
    pub fn new(lang: &'static Language) -> Lexicon {
        Lexicon {
            lang,
            hedges: index(lang.hedges),
            claims: index(lang.claims),
            verbs: lang.reporting_verbs.iter().map(|v| (v.form, v)).collect(),
        }
    }

    /// The hedge cue that matches at token `i` and whose condition holds, with its length in tokens.
    pub fn hedge_at(&self, doc: &Doc, i: usize) -> Option<(&'static HedgeCue, usize)> {
        let cues = self.hedges.get(doc.low(i))?;
        cues.iter().find_map(|c| {
            let n = doc.phrase_len(i, c.phrase)?;
            doc.holds(c.when, i, n).then_some((*c, n))
        })
    }

    /// The hedge ending of the word at token `i`, when no cue of the tables matches there, it is not
    /// an exception and its condition holds.
    pub fn ending_at(&self, doc: &Doc, i: usize) -> Option<&'static HedgeEnding> {
        let low = doc.low(i);
        self.lang.hedge_endings.iter().find(|e| {
            low.len() > e.ending.len()
                && low.ends_with(e.ending)
                && !e.except.iter().any(|x| doc.phrase_len(i, x).is_some())
                && doc.holds(e.when, i, 1)
        })
    }

    /// The claim cue that matches at token `i` and whose condition holds, with its length in tokens.
    pub fn claim_at(&self, doc: &Doc, i: usize) -> Option<(&'static ClaimCue, usize)> {
        let cues = self.claims.get(doc.low(i))?;
        cues.iter().find_map(|c| {
            let n = doc.phrase_len(i, c.phrase)?;
            doc.holds(c.when, i, n).then_some((*c, n))
        })
    }

    pub fn verb(&self, doc: &Doc, i: usize) -> Option<&'static ReportingVerb> {
        self.verbs.get(doc.low(i)).copied()
    }

    /// The number of tokens of an "according to" phrase at `i`.
    pub fn according_at(&self, doc: &Doc, i: usize) -> Option<usize> {
        self.lang
            .according
            .iter()
            .find_map(|p| doc.phrase_len(i, p))
    }
}
