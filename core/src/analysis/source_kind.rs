//! Who is a source? Classifies the text of a source span as named, anonymous or vague, and says which
//! rule fired, so a reader can see why and disagree.
//!
//! The rules read a language's words ([`SourceWords`], in the language table beside the
//! suggestions' cues: English is `lang::english`), so another language is another table. They are
//! tried in this order and the first that fires decides:
//!
//! 1. [`SourceWords::anonymity_markers`] ("asked not to be named", "a person familiar with", "people
//!    close to"…): **anonymous**, even when a name appears ("people close to the Prime Minister").
//! 2. [`SourceWords::hearsay`] ("it is said", "reportedly"…): **vague**.
//! 3. [`SourceWords::unnamed_roles`] ("officials", "a spokesperson", "sources"…): **anonymous**,
//!    unless the role speaks on the record ([`UnnamedRole::on_record`], a spokesperson) for a name
//!    found in the phrase ("a spokesperson for Amnesty International"), which is **named**.
//! 4. [`SourceWords::vague_groups`] that a name does not identify ("critics of Trump", "many",
//!    "some"): **vague**.
//! 5. A name ("Amnesty International", "Dr Smith", "UN", "Reuters"): **named**. Names are capitalised
//!    words (runs joined by "of", "for", "the"… as in "Bank of England"), initialisms, and titles
//!    followed by a name. A capitalised word that starts the phrase or a sentence is not a name when it
//!    is a known common word ("Officials said", "Experts", "According to…"), nor are weekdays, months
//!    and "I".
//! 6. [`SourceWords::vague_groups`] that a name would identify ("experts", "researchers", "studies") but none did:
//!    **vague**.
//! 7. An office without a name: "the minister" is **named** (identified by office), "a minister" is
//!    **anonymous**.
//! 8. Anything else: **vague** ("no name or known pattern").

use std::fmt;

use crate::analysis::lang::english::ENGLISH;
#[cfg(doc)]
use crate::analysis::lang::UnnamedRole;
use crate::analysis::lang::{Language, SourceWords};

/// How identifiable a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// A person or organisation the reader could check: "Amnesty International", "Dr Smith".
    Named,
    /// Someone the outlet knows but does not name: "officials", "a person familiar with…".
    Anonymous,
    /// Nobody in particular: "experts", "critics", "it is said".
    Vague,
}

impl SourceKind {
    /// The kebab-case name used in files and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Vague => "vague",
        }
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A classification and the human-readable rule that decided it, such as
/// `capitalised name 'Amnesty International'` or `unnamed official: 'officials'`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceClass {
    pub kind: SourceKind,
    /// The rule in English: `why` written out.
    pub rule: String,
    /// The rule as data, for saying it in another language.
    pub why: ClassRule,
}

impl SourceClass {
    /// The class that `why` decides as `kind`, with its English rule.
    pub fn new(kind: SourceKind, why: ClassRule) -> SourceClass {
        SourceClass {
            kind,
            rule: why.to_string(),
            why,
        }
    }
}

/// The rule that decided a source's kind and the words it found, as the phrase writes them. Its
/// `Display` is the English rule ([`SourceClass::rule`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassRule {
    /// "no words to classify".
    NoWords,
    /// "anonymity marker: 'asked not to be named'".
    AnonymityMarker(String),
    /// "hearsay: 'it is said'".
    Hearsay(String),
    /// A role that speaks on the record, for a name: "on-record spokesperson for 'Amnesty
    /// International'".
    OnRecord { role: String, name: String },
    /// An unnamed role or a vague group, as the language table calls it (`what`: "unnamed
    /// official", "vague group"…), and the name it is of, for a role: "unnamed official: 'officials'
    /// (of 'Pentagon')".
    Who {
        what: &'static str,
        found: String,
        of: Option<String>,
    },
    /// "capitalised name 'Jane Okafor'", "initialism 'UN'".
    Name { sign: NameSign, name: String },
    /// An office with a word that names its holder: "identified by office: 'the minister'".
    Office(String),
    /// An office without one: "unnamed office-holder: 'minister'".
    UnnamedOffice(String),
    /// "no name or known pattern in 'the report'".
    Nothing(String),
}

/// What shows a name to be one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameSign {
    /// Capitalised words: "Jane Okafor", "Reuters".
    Capitalised,
    /// "UN", "U.N.", "G7".
    Initialism,
    /// Capitalised words ending in an organisation word: "Amnesty International".
    Organisation,
    /// A title and a name: "Dr Smith".
    Title,
}

impl NameSign {
    pub const ALL: [NameSign; 4] = [
        NameSign::Capitalised,
        NameSign::Initialism,
        NameSign::Organisation,
        NameSign::Title,
    ];

    /// A stable key, such as `initialism`.
    pub fn key(self) -> &'static str {
        match self {
            NameSign::Capitalised => "capitalised",
            NameSign::Initialism => "initialism",
            NameSign::Organisation => "organisation",
            NameSign::Title => "title",
        }
    }

    /// The sign of `key`, as [`NameSign::key`] writes it.
    pub fn from_key(key: &str) -> Option<NameSign> {
        NameSign::ALL.into_iter().find(|s| s.key() == key)
    }

    fn describe(self) -> &'static str {
        match self {
            NameSign::Capitalised => "capitalised name",
            NameSign::Initialism => "initialism",
            NameSign::Organisation => "organisation",
            NameSign::Title => "title and name",
        }
    }
}

impl fmt::Display for ClassRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClassRule::NoWords => f.write_str("no words to classify"),
            ClassRule::AnonymityMarker(found) => write!(f, "anonymity marker: '{found}'"),
            ClassRule::Hearsay(found) => write!(f, "hearsay: '{found}'"),
            ClassRule::OnRecord { role, name } => write!(f, "on-record {role} for '{name}'"),
            ClassRule::Who { what, found, of } => {
                write!(f, "{what}: '{found}'")?;
                match of {
                    Some(name) => write!(f, " (of '{name}')"),
                    None => Ok(()),
                }
            }
            ClassRule::Name { sign, name } => write!(f, "{} '{name}'", sign.describe()),
            ClassRule::Office(found) => write!(f, "identified by office: '{found}'"),
            ClassRule::UnnamedOffice(found) => write!(f, "unnamed office-holder: '{found}'"),
            ClassRule::Nothing(phrase) => write!(f, "no name or known pattern in '{phrase}'"),
        }
    }
}

/// Capitalised words that are never names on their own: the language's own ("I"), and its days and
/// months.
fn never_a_name(lang: &Language, lower: &str) -> bool {
    lang.sources.never_names.contains(&lower)
        || lang.words.weekdays.contains(&lower)
        || lang.words.months.contains(&lower)
}

/// Classifies the text of an English source span. Never fails: a phrase no rule recognises is
/// vague.
pub fn classify(phrase: &str) -> SourceClass {
    classify_in(&ENGLISH, phrase)
}

/// Classifies the text of a source span written in `lang`.
pub fn classify_in(lang: &Language, phrase: &str) -> SourceClass {
    let sw = lang.sources;
    let words = Word::split(lang, phrase);
    if words.is_empty() {
        return class(SourceKind::Vague, ClassRule::NoWords);
    }
    if let Some(found) = sw.anonymity_markers.iter().find_map(|m| find(&words, m)) {
        return class(SourceKind::Anonymous, ClassRule::AnonymityMarker(found));
    }
    if let Some(found) = sw.hearsay.iter().find_map(|m| find(&words, m)) {
        return class(SourceKind::Vague, ClassRule::Hearsay(found));
    }
    let names = names(sw, &words);
    if let Some((r, found)) = sw
        .unnamed_roles
        .iter()
        .find_map(|r| find(&words, r.words).map(|f| (r, f)))
    {
        return match names.first() {
            Some(name) if r.on_record => class(
                SourceKind::Named,
                ClassRule::OnRecord {
                    role: found,
                    name: name.text.clone(),
                },
            ),
            Some(name) => class(
                SourceKind::Anonymous,
                ClassRule::Who {
                    what: r.what,
                    found,
                    of: Some(name.text.clone()),
                },
            ),
            None => class(
                SourceKind::Anonymous,
                ClassRule::Who {
                    what: r.what,
                    found,
                    of: None,
                },
            ),
        };
    }
    let vague = |by_affiliation: bool| {
        sw.vague_groups
            .iter()
            .filter(|g| g.named_by_affiliation == by_affiliation)
            .find_map(|g| find(&words, g.word).map(|f| (g, f)))
    };
    if let Some((g, found)) = vague(false) {
        return class(SourceKind::Vague, group(g.what, found));
    }
    if let Some(best) = names.iter().max_by_key(|n| n.strength()) {
        return class(SourceKind::Named, best.rule());
    }
    if let Some((g, found)) = vague(true) {
        return class(SourceKind::Vague, group(g.what, found));
    }
    if let Some(office) = office(sw, &words) {
        return office;
    }
    class(
        SourceKind::Vague,
        ClassRule::Nothing(phrase.trim().to_string()),
    )
}

fn class(kind: SourceKind, why: ClassRule) -> SourceClass {
    SourceClass::new(kind, why)
}

fn group(what: &'static str, found: String) -> ClassRule {
    ClassRule::Who {
        what,
        found,
        of: None,
    }
}

/// One whitespace-separated word, with surrounding punctuation and a possessive ("'s") removed.
#[derive(Debug)]
struct Word<'a> {
    text: &'a str,
    lower: String,
    /// Could start or continue a name (see [`name_like`]).
    name_like: bool,
}

impl<'a> Word<'a> {
    fn split(lang: &Language, phrase: &'a str) -> Vec<Word<'a>> {
        let mut out: Vec<Word<'a>> = Vec::new();
        let mut after_stop = true;
        for raw in phrase.split_whitespace() {
            let mut trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
            if trimmed.contains('.') && is_initialism(trimmed) {
                // "U.N." keeps its last dot.
                let at = raw.find(trimmed).unwrap_or(0) + trimmed.len();
                if raw[at..].starts_with('.') {
                    trimmed = &raw[at - trimmed.len()..at + 1];
                }
            }
            let text = lang
                .words
                .possessive_suffixes
                .iter()
                .find_map(|p| trimmed.strip_suffix(p))
                .unwrap_or(trimmed);
            let ends_sentence = raw.ends_with(['.', '!', '?', ':', ';'])
                && !is_initialism(text)
                && !lang.sources.titles.contains(&text.to_lowercase().as_str());
            let opens_quote = raw.starts_with(['"', '“', '‘', '(']);
            if !text.is_empty() {
                let lower = text.to_lowercase();
                let starts_sentence = after_stop || opens_quote;
                out.push(Word {
                    text,
                    name_like: name_like(lang, text, &lower, starts_sentence),
                    lower,
                });
            }
            after_stop = ends_sentence;
        }
        out
    }
}

/// Whether a word could start or continue a name: an initialism, or a capitalised word that is
/// never a name on its own, nor a known common word at the start of the phrase or of a sentence
/// (`starts_sentence`).
fn name_like(lang: &Language, text: &str, lower: &str, starts_sentence: bool) -> bool {
    if is_initialism(text) {
        return true;
    }
    let capitalised = text.chars().next().is_some_and(char::is_uppercase);
    if !capitalised || never_a_name(lang, lower) {
        return false;
    }
    !(starts_sentence && is_common_word(lang.sources, lower))
}

/// Known words that a capital at the start of a sentence does not make a name.
fn is_common_word(sw: &SourceWords, lower: &str) -> bool {
    sw.common_starters.contains(&lower)
        || sw.vague_groups.iter().any(|g| g.word == lower)
        || sw
            .unnamed_roles
            .iter()
            .any(|r| r.words.split(' ').any(|w| w == lower))
        || sw
            .hearsay
            .iter()
            .any(|h| h.split(' ').next() == Some(lower))
}

/// Two or more letters (dots and digits allowed between them), every letter a capital: UN, WHO, U.N., G7.
fn is_initialism(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    word.chars().next().is_some_and(char::is_uppercase)
        && letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}

/// Finds `pattern` (lowercase words separated by single spaces) as consecutive whole words; returns
/// the matched words as written.
fn find(words: &[Word], pattern: &str) -> Option<String> {
    let want: Vec<&str> = pattern.split(' ').collect();
    (0..words.len()).find_map(|i| {
        let window = words.get(i..i + want.len())?;
        window
            .iter()
            .zip(&want)
            .all(|(w, p)| w.lower == *p)
            .then(|| window.iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
    })
}

#[derive(Debug)]
enum NameKind {
    Single,
    Initialism,
    MultiWord,
    Organisation,
    TitleAndName,
}

#[derive(Debug)]
struct Name {
    text: String,
    kind: NameKind,
}

impl Name {
    fn strength(&self) -> u8 {
        match self.kind {
            NameKind::Single => 0,
            NameKind::Initialism => 1,
            NameKind::MultiWord => 2,
            NameKind::Organisation => 3,
            NameKind::TitleAndName => 4,
        }
    }

    fn rule(&self) -> ClassRule {
        let sign = match self.kind {
            NameKind::Single | NameKind::MultiWord => NameSign::Capitalised,
            NameKind::Initialism => NameSign::Initialism,
            NameKind::Organisation => NameSign::Organisation,
            NameKind::TitleAndName => NameSign::Title,
        };
        ClassRule::Name {
            sign,
            name: self.text.clone(),
        }
    }
}

/// The names in the phrase, in order: runs of name-like words (joined by "of", "for"…), with a title
/// just before a run taken into it.
fn names(sw: &SourceWords, words: &[Word]) -> Vec<Name> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].name_like {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        loop {
            if end < words.len() && words[end].name_like {
                end += 1;
            } else if end + 1 < words.len()
                && sw.name_joiners.contains(&words[end].lower.as_str())
                && words[end + 1].name_like
            {
                end += 2;
            } else {
                break;
            }
        }
        let run = &words[i..end];
        if is_title_at(sw, run, 0) == Some(run.len()) {
            // "the President": an office, not a name (see `office`).
            i = end;
            continue;
        }
        let title = title_before(sw, words, i);
        let start = title.unwrap_or(i);
        let text = words[start..end]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" ");
        let kind = if title.is_some() || (run.len() > 1 && is_title_at(sw, run, 0).is_some()) {
            NameKind::TitleAndName
        } else if run
            .iter()
            .any(|w| sw.organisation_words.contains(&w.lower.as_str()))
        {
            NameKind::Organisation
        } else if run.len() > 1 {
            NameKind::MultiWord
        } else if is_initialism(run[0].text) {
            NameKind::Initialism
        } else {
            NameKind::Single
        };
        out.push(Name { text, kind });
        i = end;
    }
    out
}

/// The number of words of a title starting at `i` ("prime minister" is two), if one does.
fn is_title_at(sw: &SourceWords, words: &[Word], i: usize) -> Option<usize> {
    sw.titles.iter().find_map(|t| {
        let n = t.split(' ').count();
        let window = words.get(i..i + n)?;
        let joined = window
            .iter()
            .map(|w| w.lower.trim_end_matches('.'))
            .collect::<Vec<_>>()
            .join(" ");
        (joined == *t).then_some(n)
    })
}

/// Where a title ending just before `i` starts, if the words before `i` are one ("health minister" is not
/// checked beyond the title itself).
fn title_before(sw: &SourceWords, words: &[Word], i: usize) -> Option<usize> {
    (1..=2.min(i))
        .rev()
        .find(|&n| is_title_at(sw, words, i - n) == Some(n))
        .map(|n| i - n)
}

/// "the minister" names a person by office; "a minister" does not.
fn office(sw: &SourceWords, words: &[Word]) -> Option<SourceClass> {
    (0..words.len()).find_map(|i| {
        let n = is_title_at(sw, words, i)?;
        let found = words[i..i + n]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" ");
        let article = i.checked_sub(1).map(|j| &words[j]);
        match article {
            Some(a) if sw.office_determiners.contains(&a.lower.as_str()) => Some(class(
                SourceKind::Named,
                ClassRule::Office(format!("{} {found}", a.text)),
            )),
            _ => Some(class(
                SourceKind::Anonymous,
                ClassRule::UnnamedOffice(found),
            )),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(phrase: &str, kind: SourceKind, rule: &str) {
        let got = classify(phrase);
        assert_eq!(
            (got.kind, got.rule.as_str()),
            (kind, rule),
            "classify({phrase:?})"
        );
        assert_eq!(got.why.to_string(), got.rule, "classify({phrase:?})");
    }

    use SourceKind::*;

    #[test]
    fn capitalised_multi_word_names_are_named() {
        check(
            "Amnesty International",
            Named,
            "organisation 'Amnesty International'",
        );
        check(
            "according to Jane Okafor",
            Named,
            "capitalised name 'Jane Okafor'",
        );
        check(
            "the Bank of England said",
            Named,
            "organisation 'Bank of England'",
        );
        check("Reuters reported", Named, "capitalised name 'Reuters'");
    }

    #[test]
    fn initialisms_are_named() {
        check("the UN", Named, "initialism 'UN'");
        check("WHO said", Named, "initialism 'WHO'");
        check("according to the U.N.", Named, "initialism 'U.N.'");
    }

    #[test]
    fn titles_with_surnames_are_named() {
        check("Dr Smith", Named, "title and name 'Dr Smith'");
        check(
            "Dr. Smith told reporters",
            Named,
            "title and name 'Dr Smith'",
        );
        check(
            "President Macron",
            Named,
            "title and name 'President Macron'",
        );
        check(
            "health minister Wes Streeting",
            Named,
            "title and name 'minister Wes Streeting'",
        );
        check(
            "Prime Minister Keir Starmer",
            Named,
            "title and name 'Prime Minister Keir Starmer'",
        );
    }

    #[test]
    fn sentence_initial_capitals_are_not_names() {
        check("Officials said", Anonymous, "unnamed official: 'Officials'");
        check("Experts say", Vague, "vague group: 'Experts'");
        check("Critics", Vague, "vague group: 'Critics'");
        check(
            "The scheme failed. Analysts agreed",
            Vague,
            "vague group: 'Analysts'",
        );
        check(
            "officials said on Monday",
            Anonymous,
            "unnamed official: 'officials'",
        );
    }

    #[test]
    fn unnamed_officials_and_sources_are_anonymous() {
        check("officials", Anonymous, "unnamed official: 'officials'");
        check(
            "a spokesperson",
            Anonymous,
            "unnamed spokesperson: 'spokesperson'",
        );
        check("sources say", Anonymous, "unnamed source: 'sources'");
        check("some officials", Anonymous, "unnamed official: 'officials'");
        check(
            "a senior official",
            Anonymous,
            "unnamed official: 'a senior official'",
        );
        check(
            "Pentagon officials",
            Anonymous,
            "unnamed official: 'officials' (of 'Pentagon')",
        );
    }

    #[test]
    fn a_spokesperson_for_a_named_body_is_named() {
        check(
            "a spokesperson for Amnesty International",
            Named,
            "on-record spokesperson for 'Amnesty International'",
        );
    }

    #[test]
    fn anonymity_markers_win_over_names() {
        check(
            "a senior official who asked not to be named",
            Anonymous,
            "anonymity marker: 'asked not to be named'",
        );
        check(
            "a person familiar with the talks",
            Anonymous,
            "anonymity marker: 'a person familiar with'",
        );
        check(
            "people close to the Prime Minister",
            Anonymous,
            "anonymity marker: 'people close to'",
        );
        check(
            "an aide, speaking on condition of anonymity",
            Anonymous,
            "anonymity marker: 'on condition of anonymity'",
        );
    }

    #[test]
    fn vague_groups_and_quantities_are_vague() {
        check("experts", Vague, "vague group: 'experts'");
        check("many", Vague, "vague quantity: 'many'");
        check("Some say", Vague, "hearsay: 'Some say'");
        check("observers", Vague, "vague group: 'observers'");
        check("studies show", Vague, "vague group: 'studies'");
        check("scientists", Vague, "vague group: 'scientists'");
        check("researchers", Vague, "vague group: 'researchers'");
    }

    #[test]
    fn a_name_identifies_researchers_but_not_critics() {
        check(
            "researchers at Oxford University",
            Named,
            "organisation 'Oxford University'",
        );
        check("scientists at the WHO", Named, "initialism 'WHO'");
        check("critics of Trump", Vague, "vague group: 'critics'");
        check("many Democrats", Vague, "vague quantity: 'many'");
    }

    #[test]
    fn hearsay_is_vague() {
        check("it is said", Vague, "hearsay: 'it is said'");
        check("It is believed", Vague, "hearsay: 'It is believed'");
        check("reportedly", Vague, "hearsay: 'reportedly'");
    }

    #[test]
    fn an_office_without_a_name() {
        check(
            "the minister",
            Named,
            "identified by office: 'the minister'",
        );
        check(
            "The minister said",
            Named,
            "identified by office: 'The minister'",
        );
        check(
            "the President said",
            Named,
            "identified by office: 'the President'",
        );
        check("a minister", Anonymous, "unnamed office-holder: 'minister'");
    }

    #[test]
    fn nothing_recognised_is_vague_and_says_so() {
        check(
            "the report",
            Vague,
            "no name or known pattern in 'the report'",
        );
        check("  ", Vague, "no words to classify");
        check(
            "قال الوزير",
            Vague,
            "no name or known pattern in 'قال الوزير'",
        );
    }

    #[test]
    fn punctuation_quotes_and_possessives_do_not_hide_the_words() {
        check("“Officials", Anonymous, "unnamed official: 'Officials'");
        check("Sources say:", Anonymous, "unnamed source: 'Sources'");
        check(
            "U.N. officials",
            Anonymous,
            "unnamed official: 'officials' (of 'U.N.')",
        );
        check(
            "Amnesty International's report",
            Named,
            "organisation 'Amnesty International'",
        );
        check("the WHO’s experts", Named, "initialism 'WHO'");
        check(
            "It rained. Critics, however, disagreed",
            Vague,
            "vague group: 'Critics'",
        );
    }

    #[test]
    fn the_rule_is_data_with_the_words_found() {
        assert_eq!(
            classify("Pentagon officials").why,
            ClassRule::Who {
                what: "unnamed official",
                found: "officials".into(),
                of: Some("Pentagon".into())
            }
        );
        assert_eq!(
            classify("a spokesperson for Amnesty International").why,
            ClassRule::OnRecord {
                role: "spokesperson".into(),
                name: "Amnesty International".into()
            }
        );
        assert_eq!(
            classify("Dr. Smith told reporters").why,
            ClassRule::Name {
                sign: NameSign::Title,
                name: "Dr Smith".into()
            }
        );
        for sign in NameSign::ALL {
            assert_eq!(NameSign::from_key(sign.key()), Some(sign));
        }
    }

    #[test]
    fn kinds_display_in_kebab_case_as_files_write_them() {
        assert_eq!(Anonymous.as_str(), "anonymous");
        assert_eq!(Named.to_string(), "named");
        assert_eq!(Vague.to_string(), "vague");
    }
}
