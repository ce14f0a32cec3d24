//! What a language tells the source classifier (`analysis::source_kind`): the phrases and word
//! classes by which a source is anonymous, vague or named, as plain data. Every word and phrase is
//! lowercase, its words separated by single spaces, matched as whole words.

/// A language's words for classifying sources.
#[derive(Debug)]
pub struct SourceWords {
    /// Phrases that say outright that the source is not named: "asked not to be named".
    pub anonymity_markers: &'static [&'static str],
    /// Attributions to nobody at all: "it is said", "reportedly".
    pub hearsay: &'static [&'static str],
    /// Unnamed people. Longer entries first, so "a senior official" wins over "official".
    pub unnamed_roles: &'static [UnnamedRole],
    /// Vague groups and quantities: "critics", "many", "experts".
    pub vague_groups: &'static [VagueGroup],
    /// Titles and offices: before a name they make a "title and name"; alone after one of the
    /// [`SourceWords::office_determiners`], an office.
    pub titles: &'static [&'static str],
    /// Words that join capitalised words into one name: "Bank of England", "Ludwig van Beethoven".
    pub name_joiners: &'static [&'static str],
    /// Capitalised words that are not names when they start the phrase or a sentence.
    pub common_starters: &'static [&'static str],
    /// Capitalised words that are never names on their own ("I"), besides the days and months of
    /// the language's word classes.
    pub never_names: &'static [&'static str],
    /// Last words that make a capitalised name an organisation.
    pub organisation_words: &'static [&'static str],
    /// Words before an office that name its holder ("the minister"); after any other word the
    /// office-holder is unnamed ("a minister").
    pub office_determiners: &'static [&'static str],
}

/// A role that names a person's position but not the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnnamedRole {
    /// The words, lowercase.
    pub words: &'static str,
    /// What the rule calls it: "unnamed official".
    pub what: &'static str,
    /// True when the role speaks on the record for a body (a spokesperson): with the body named, the
    /// source is the body, so it counts as named.
    pub on_record: bool,
}

/// A group or quantity that stands for nobody in particular.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VagueGroup {
    /// The word, lowercase.
    pub word: &'static str,
    /// What the rule calls it: "vague group" or "vague quantity".
    pub what: &'static str,
    /// True when a name in the phrase identifies the group ("researchers at Oxford University");
    /// false when a name is more likely what the group talks about ("critics of Trump").
    pub named_by_affiliation: bool,
}
