//! Why a span is suggested, as data: the kind of cue and the article's own words, so that the
//! interface can say it in its language. `Display` writes the English reason
//! ([`Suggestion::reason`](super::Suggestion::reason)).

use std::fmt;

use crate::analysis::lang::{ClaimClass, HedgeClass};
use crate::analysis::source_kind::SourceKind;

/// The reason for one suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// A hedge cue or ending and its words: "modal verb 'may'", "approximator 'at least' before a
    /// number".
    Hedge {
        class: HedgeClass,
        quote: String,
        /// For an approximator that counts only before a quantity, what follows it.
        before: Option<Before>,
    },
    /// A claim's first cue and, when the clause has a cue of another kind, the second: "number
    /// '1,440' and a prediction 'will'".
    Claim {
        first: ClaimCue,
        second: Option<ClaimCue>,
    },
    /// A source: the words that attribute to it (lowercase), the source phrase (at most 40
    /// characters, see `sources::short`) and its kind: "reporting verb 'said' with named source
    /// 'Amnesty International'", "'according to' with anonymous source 'two officials'".
    Source {
        by: Attributed,
        cue: String,
        kind: SourceKind,
        source: String,
    },
}

/// What follows an approximator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Before {
    /// "at least 20".
    Number,
    /// "about a decade", "around midnight".
    Quantity,
}

/// One cue of a claim: its kind and words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimCue {
    pub class: ClaimClass,
    pub quote: String,
}

/// How a source is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attributed {
    /// A reporting verb before or after the source: "said", "warns".
    Verb,
    /// A preposition, postposition or phrase: "according to", "zufolge", "nach Angaben", a
    /// headline's colon.
    According,
}

/// Every hedge class, for reading a key back.
pub const HEDGE_CLASSES: [HedgeClass; 7] = [
    HedgeClass::Modal,
    HedgeClass::Adverb,
    HedgeClass::Adjective,
    HedgeClass::Reporting,
    HedgeClass::Approximator,
    HedgeClass::Verb,
    HedgeClass::Mood,
];

/// Every claim class, for reading a key back.
pub const CLAIM_CLASSES: [ClaimClass; 10] = [
    ClaimClass::Number,
    ClaimClass::Percentage,
    ClaimClass::Money,
    ClaimClass::Date,
    ClaimClass::Comparative,
    ClaimClass::Superlative,
    ClaimClass::Causal,
    ClaimClass::Prediction,
    ClaimClass::Change,
    ClaimClass::Reported,
];

/// A hedge class's stable key, its rule without `hedge.`: `modal`, `approximator`…
pub fn hedge_key(class: HedgeClass) -> &'static str {
    class.rule().trim_start_matches("hedge.")
}

/// A claim class's stable key, its rule without `claim.`: `number`, `money`…
pub fn claim_key(class: ClaimClass) -> &'static str {
    class.rule().trim_start_matches("claim.")
}

/// The hedge class of `key`, as [`hedge_key`] writes it.
pub fn hedge_class(key: &str) -> Option<HedgeClass> {
    HEDGE_CLASSES.into_iter().find(|c| hedge_key(*c) == key)
}

/// The claim class of `key`, as [`claim_key`] writes it.
pub fn claim_class(key: &str) -> Option<ClaimClass> {
    CLAIM_CLASSES.into_iter().find(|c| claim_key(*c) == key)
}

impl fmt::Display for ClaimCue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} '{}'", self.class.describe(), self.quote)
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Hedge {
                class,
                quote,
                before,
            } => {
                write!(f, "{} '{quote}'", class.describe())?;
                match before {
                    Some(Before::Number) => f.write_str(" before a number"),
                    Some(Before::Quantity) => f.write_str(" before a quantity"),
                    None => Ok(()),
                }
            }
            Why::Claim { first, second } => {
                write!(f, "{first}")?;
                match second {
                    Some(second) => {
                        let d = second.to_string();
                        let article = if d.starts_with(['a', 'e', 'i', 'o', 'u']) {
                            "an"
                        } else {
                            "a"
                        };
                        write!(f, " and {article} {d}")
                    }
                    None => Ok(()),
                }
            }
            Why::Source {
                by,
                cue,
                kind,
                source,
            } => {
                match by {
                    Attributed::Verb => write!(f, "reporting verb '{cue}'")?,
                    Attributed::According => write!(f, "'{cue}'")?,
                }
                write!(f, " with {kind} source '{source}'")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_a_key_read_back() {
        for c in HEDGE_CLASSES {
            assert_eq!(hedge_class(hedge_key(c)), Some(c));
        }
        for c in CLAIM_CLASSES {
            assert_eq!(claim_class(claim_key(c)), Some(c));
        }
        assert_eq!(hedge_key(HedgeClass::Mood), "mood");
        assert_eq!(claim_key(ClaimClass::Money), "money");
        assert_eq!(hedge_class("number"), None);
    }

    #[test]
    fn the_english_reason_is_written_from_the_data() {
        let why = Why::Claim {
            first: ClaimCue {
                class: ClaimClass::Change,
                quote: "fell".into(),
            },
            second: Some(ClaimCue {
                class: ClaimClass::Money,
                quote: "£3bn".into(),
            }),
        };
        assert_eq!(
            why.to_string(),
            "change 'fell' and an amount of money '£3bn'"
        );
        let why = Why::Source {
            by: Attributed::According,
            cue: "according to".into(),
            kind: SourceKind::Anonymous,
            source: "two officials".into(),
        };
        assert_eq!(
            why.to_string(),
            "'according to' with anonymous source 'two officials'"
        );
    }
}
