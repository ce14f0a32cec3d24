//! What a language hands the analysis: the suggestion engine's cue tables and word classes, and the
//! source classifier's words ([`SourceWords`]), as plain data in one table value ([`Language`]).
//!
//! The code of `suggest/` and `source_kind.rs` knows grammar only through [`When`] conditions, the
//! word classes and the source words, so a second language is a second table like
//! [`english::ENGLISH`], not new code: this module is the only place for a language's words. Every
//! word and phrase is lowercase; a phrase's words are separated by single spaces and matched token
//! by token.

pub mod detect;
pub mod english;
pub mod french;
pub mod german;
mod source_words;
pub mod spanish;

pub use source_words::{SourceWords, UnnamedRole, VagueGroup};

/// Every language with rules.
pub static TABLES: &[&Language] = &[
    &english::ENGLISH,
    &spanish::SPANISH,
    &french::FRENCH,
    &german::GERMAN,
];

/// The tags of [`TABLES`], for code that must not link the tables themselves: the page computes
/// English's suggestions and asks the worker for the others, so only English's table is in its
/// first load.
pub const RULE_TAGS: &[&str] = &["en", "es", "fr", "de"];

/// Whether the suggestions read the language tagged `tag`.
pub fn has_rules(tag: &str) -> bool {
    RULE_TAGS.contains(&tag)
}

/// The table of the language tagged `tag` (BCP 47, such as "en"), when there is one.
pub fn table(tag: &str) -> Option<&'static Language> {
    TABLES.iter().copied().find(|t| t.tag == tag)
}

/// A language's cue tables and word classes.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 tag, such as "en".
    pub tag: &'static str,
    pub hedges: &'static [HedgeCue],
    pub reporting_verbs: &'static [ReportingVerb],
    /// Prepositions that attribute what follows to the phrase after them: "according to".
    pub according: &'static [&'static str],
    /// Postpositions that attribute to the phrase before them: the German "zufolge" ("dem Bericht
    /// zufolge").
    pub according_after: &'static [&'static str],
    pub claims: &'static [ClaimCue],
    /// Hedges marked by an inflection rather than a word: the French conditional ("vaudrait").
    pub hedge_endings: &'static [HedgeEnding],
    pub words: &'static WordClasses,
    /// What makes a source named, anonymous or vague.
    pub sources: &'static SourceWords,
}

/// A word or phrase that marks a statement as uncertain, approximate or second-hand.
#[derive(Clone, Copy, Debug)]
pub struct HedgeCue {
    pub phrase: &'static str,
    pub class: HedgeClass,
    pub when: When,
    /// The span takes in a "to" right after the cue ("seems to", "is believed to").
    pub takes_to: bool,
}

/// A word ending that makes a hedge of the word, such as the French conditional "-erait"; the
/// cue tables take precedence over it.
#[derive(Clone, Copy, Debug)]
pub struct HedgeEnding {
    pub ending: &'static str,
    pub class: HedgeClass,
    pub when: When,
    /// Words and phrases, starting at the word, that end so but are not the hedge: "tirait"
    /// (imperfect), "vaudrait mieux" (advice).
    pub except: &'static [&'static str],
}

/// What kind of hedge a cue is; named in the suggestion's reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HedgeClass {
    Modal,
    Adverb,
    Adjective,
    Reporting,
    Approximator,
    Verb,
    /// A mood that marks a statement as unconfirmed: the journalistic conditional.
    Mood,
}

impl HedgeClass {
    pub fn describe(self) -> &'static str {
        match self {
            HedgeClass::Modal => "modal verb",
            HedgeClass::Adverb => "epistemic adverb",
            HedgeClass::Adjective => "epistemic adjective",
            HedgeClass::Reporting => "reporting hedge",
            HedgeClass::Approximator => "approximator",
            HedgeClass::Verb => "epistemic verb",
            HedgeClass::Mood => "conditional",
        }
    }

    /// The stable rule key, such as `hedge.modal`.
    pub fn rule(self) -> &'static str {
        match self {
            HedgeClass::Modal => "hedge.modal",
            HedgeClass::Adverb => "hedge.adverb",
            HedgeClass::Adjective => "hedge.adjective",
            HedgeClass::Reporting => "hedge.reporting",
            HedgeClass::Approximator => "hedge.approximator",
            HedgeClass::Verb => "hedge.verb",
            HedgeClass::Mood => "hedge.mood",
        }
    }
}

/// One form of a verb that attributes speech or findings: "said", "warns", "found".
#[derive(Clone, Copy, Debug)]
pub struct ReportingVerb {
    pub form: &'static str,
    /// Only documents report this way ("the study found", not "police found").
    pub documents_only: bool,
    /// The form is also a common noun ("claims", "reports", "estimates"): it counts as a verb only
    /// before what a verb takes (that, a determiner, a number, a comma, a quotation, the sentence end).
    pub homograph: bool,
    /// The verb takes the hearer as its object ("told reporters that …"): the object belongs to the
    /// attribution, not to what was said.
    pub takes_object: bool,
    /// Words of which one must stand in the verb's clause for the form to report: the particle of a
    /// separable verb or the preposition of a phrasal one (German "teilte … mit", "hält … für",
    /// "geht … davon aus"). What was said starts after it. Empty for most verbs.
    pub with: &'static [&'static str],
}

/// A word or phrase that makes a clause checkable.
#[derive(Clone, Copy, Debug)]
pub struct ClaimCue {
    pub phrase: &'static str,
    pub class: ClaimClass,
    pub when: When,
}

/// What makes a clause checkable; numbers are found by the tokeniser, not listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimClass {
    Number,
    Percentage,
    Money,
    Date,
    Comparative,
    Superlative,
    Causal,
    Prediction,
    Change,
    /// Indirect speech in a mood of its own, a statement of fact reported: the German Konjunktiv I
    /// ("Die Rücklagen seien aufgebraucht").
    Reported,
}

impl ClaimClass {
    pub fn describe(self) -> &'static str {
        match self {
            ClaimClass::Number => "number",
            ClaimClass::Percentage => "percentage",
            ClaimClass::Money => "amount of money",
            ClaimClass::Date => "date",
            ClaimClass::Comparative => "comparative",
            ClaimClass::Superlative => "superlative",
            ClaimClass::Causal => "causal connective",
            ClaimClass::Prediction => "prediction",
            ClaimClass::Change => "change",
            ClaimClass::Reported => "reported speech",
        }
    }

    /// The stable rule key of a claim whose first cue is of this class, such as `claim.number`.
    pub fn rule(self) -> &'static str {
        match self {
            ClaimClass::Number => "claim.number",
            ClaimClass::Percentage => "claim.percentage",
            ClaimClass::Money => "claim.money",
            ClaimClass::Date => "claim.date",
            ClaimClass::Comparative => "claim.comparative",
            ClaimClass::Superlative => "claim.superlative",
            ClaimClass::Causal => "claim.causal",
            ClaimClass::Prediction => "claim.prediction",
            ClaimClass::Change => "claim.change",
            ClaimClass::Reported => "claim.reported",
        }
    }
}

/// When a cue counts. Each condition is a small piece of grammar implemented once in `context.rs` and
/// read through the language's [`WordClasses`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// A quantity follows: a number, a number word, a currency sign, "a decade", "midnight".
    BeforeQuantity,
    /// As [`When::BeforeQuantity`], but not right after a quantity: "58% over four years" is a
    /// duration, "over 300 people" an approximation.
    BeforeQuantityNotAfterQuantity,
    /// As [`When::BeforeQuantity`], but not an exact bound: not shortly after a word that sets a
    /// requirement or a legal maximum ("needs at least 30", "fined up to 4%").
    BeforeQuantityNotBound,
    /// As [`When::BeforeQuantityNotBound`], but the quantity may come after one of
    /// [`WordClasses::quantity_articles`]: "ronda los 3 millones", "más de la mitad".
    BeforeDeterminedQuantity,
    /// A modal verb, not a month or a name ("May", capitalised mid-sentence or before a day), not a
    /// noun ("the might of"). With `negation_cancels`, "could not" is not a hedge (inability), nor
    /// "could" before a verb of perception ("could see", "could be heard": past ability).
    Modal {
        negation_cancels: bool,
    },
    /// Right after a determiner: "the alleged attack", "a suspected leak", "the first".
    AfterDeterminer,
    /// Said of a statement, not of a noun: "it is possible that", "possible but unproven", not
    /// "a possible cap" nor "as soon as possible".
    Predicative,
    /// The next word is one of these.
    FollowedBy(&'static [&'static str]),
    /// The next word is none of these: "declined", but not "declined to comment".
    NotBefore(&'static [&'static str]),
    /// The previous word is none of these: "than", but not "rather than".
    NotAfter(&'static [&'static str]),
    /// Of evidence: before "that", or shortly after an evidence noun ("the data suggest"); not
    /// after a negative quantifier and "to" ("nothing to suggest that", "no evidence to suggest").
    Evidential,
    /// A passive: after a form of "be" (which the span takes in), or before "to be"/"to have".
    Passive,
    /// Not a noun: not after a determiner or a noun signal ("the will of", "political will"), not
    /// before "of".
    NotNoun,
    /// After a form of "be": "is due in the autumn".
    AfterBe,
    /// Not after a form of "be": "due to higher prices".
    NotAfterBe,
    /// A month name used as a month: capitalised, and mid-sentence, before a number, or after a
    /// month preposition ("in May").
    Month,
    /// Not in a clause reported by a verb in a past tense ("she said that it would be sent"), where
    /// a conditional is the future in the past, not a hedge.
    NotReportedInPast,
    /// A conditional of rumour or estimate ("habría huido", "costaría unos 40 millones"): no word of
    /// [`WordClasses::conditional_blockers`] earlier in its sentence (a past verb of saying makes it
    /// a future-in-the-past, an "if" the consequence of a hypothesis), and not before the
    /// complementiser ("habría que", obligation).
    Conditional,
    /// Every one of these conditions holds.
    All(&'static [When]),
    /// One of these words is in the cue's clause (its sentence between commas, semicolons, colons,
    /// brackets and dashes), outside the cue: the German "deutet … darauf hin", "wird … vermutet".
    InClause(&'static [&'static str]),
    /// None of these words is in the cue's clause outside the cue.
    NotInClause(&'static [&'static str]),
    /// One of these words is in the cue's sentence outside the cue: "Ob es wirkt, ist offen".
    InSentence(&'static [&'static str]),
    /// The cue's clause ends with one of these phrases, or, when the cue itself ends the clause (a
    /// verb-final subclause), the words before the cue do: the clause-final infinitive of a German
    /// modal ("soll … erbeutet haben", "…, weil er es erbeutet haben soll"). A word written "*en"
    /// matches any word ending in "en", and "*" any word.
    ClauseEnds(&'static [&'static str]),
}

/// The closed word classes the conditions and the phrase finders read.
#[derive(Debug)]
pub struct WordClasses {
    pub determiners: &'static [&'static str],
    /// Determiners that only come before a noun: after them a modal or "will" is a noun ("the will of
    /// the people"), "said" an adjective ("the said agreement"). Not "that" or "this", which can be
    /// subjects ("that may change").
    pub noun_determiners: &'static [&'static str],
    /// Words that stand for a source already named; never suggested as a source.
    pub pronouns: &'static [&'static str],
    pub be_forms: &'static [&'static str],
    pub negations: &'static [&'static str],
    /// Words that deny all of what follows: "nothing", "no" ("nothing to suggest that").
    pub negative_quantifiers: &'static [&'static str],
    /// Verbs of perception, after which "could" is past ability: "could see", "could be heard".
    pub perception_verbs: &'static [&'static str],
    /// Words after a verb of perception that make it a reading, not a sight: "seen as".
    pub reading_links: &'static [&'static str],
    /// Words that make a bound after them exact: a requirement or a legal maximum ("needs at
    /// least", "fined up to").
    pub bound_leads: &'static [&'static str],
    /// Number words that make a quantity ("two", "hundred", "half").
    pub number_words: &'static [&'static str],
    /// Number words that make a claim checkable; "one" is left out ("one of them").
    pub claim_number_words: &'static [&'static str],
    /// Nouns that make a quantity after "a"/"an": "a decade", "a third".
    pub quantity_units: &'static [&'static str],
    /// Words that name a point in time on their own: "midnight", "noon".
    pub time_words: &'static [&'static str],
    pub currency_signs: &'static [&'static str],
    pub currency_words: &'static [&'static str],
    pub percent_words: &'static [&'static str],
    pub months: &'static [&'static str],
    /// Words that make the next capitalised month a month: "in", "since", "early".
    pub month_leads: &'static [&'static str],
    pub weekdays: &'static [&'static str],
    /// Words before a modal or "will" that make it a noun: "political will", "military might".
    pub noun_signals: &'static [&'static str],
    /// Words followed by a dot that do not end a sentence.
    pub abbreviations: &'static [&'static str],
    /// Elided words, without their apostrophe, that the tokeniser splits off the word they lean on:
    /// the French "l" of "l’enquête", "qu" of "qu’elle". The token keeps the apostrophe ("l’").
    pub elisions: &'static [&'static str],
    /// Prepositions inside a noun phrase ("researchers at", "Bank of").
    pub np_links: &'static [&'static str],
    /// Prepositions inside a noun phrase only before a capitalised word or a number ("officials in
    /// Kyiv", "a study in 2021").
    pub np_links_before_name: &'static [&'static str],
    /// "by" after a participle ("documents seen by this newspaper").
    pub agent_link: &'static str,
    /// Participles without -ed that take an agent: "seen", "written".
    pub participles: &'static [&'static str],
    /// Words that cannot be inside a noun phrase: conjunctions, relative words, auxiliaries, verbs.
    pub clause_words: &'static [&'static str],
    /// Words that may sit between a subject and its verb: "also", "has", "on Tuesday".
    pub adverbials: &'static [&'static str],
    /// Words that open an appositive or relative clause after a comma: "a", "who".
    pub appositive_openers: &'static [&'static str],
    /// Relative pronouns: they continue a source phrase without a comma ("officials who asked…") and
    /// point back to one ("Kestrel Labs, which said").
    pub relatives: &'static [&'static str],
    /// Nouns whose phrase is a document: "study", "report", "data".
    pub document_nouns: &'static [&'static str],
    /// Nouns that make "suggest" evidential: "evidence", "data".
    pub evidence_nouns: &'static [&'static str],
    /// Conjunctions trimmed from the edges of a claim.
    pub conjunctions: &'static [&'static str],
    /// The word that introduces reported content: "that".
    pub complementiser: &'static str,
    /// Prepositions that attribute what follows only at the head of a sentence: the French "pour"
    /// ("Pour X, …", in X's view).
    pub according_initial: &'static [&'static str],
    /// Words that, right before an "according to" (past adverbs) or right after it, make it
    /// something else: "varies according to", "in all likelihood".
    pub according_blockers: &'static [&'static str],
    /// Auxiliaries that put the reporting verb after them in a past tense ("a" of "a assuré"): see
    /// [`When::NotReportedInPast`].
    pub past_auxiliaries: &'static [&'static str],
    /// The infinitive marker: "to".
    pub infinitive: &'static str,
    /// Infinitives after which "to" makes a passive hedge: "be", "have".
    pub passive_infinitives: &'static [&'static str],
    /// Words that make the next word an adverbial phrase head ("on Tuesday", "last week").
    pub time_leads: &'static [&'static str],
    /// Words that end such a phrase: "Tuesday", "week", "year", "statement".
    pub time_nouns: &'static [&'static str],
    /// Words that can never start a source ("it", "there").
    pub not_sources: &'static [&'static str],
    /// Indefinite articles: "a decade" is a quantity.
    pub indefinite_articles: &'static [&'static str],
    /// Adverbs that may sit between a form of "be" and a participle: "is widely believed".
    pub be_adverbs: &'static [&'static str],
    /// The preposition that makes the word before it a noun: "the will of", "one of".
    pub of: &'static str,
    /// Words after a predicative adjective ("possible that", "possible but").
    pub predicative_next: &'static [&'static str],
    /// Words before an adjective that make an idiom of it: "as soon as possible", "made possible".
    pub idiom_leads: &'static [&'static str],
    /// Words before a subject that make a comparison of the clause: "than surveys had predicted".
    pub comparison_leads: &'static [&'static str],
    /// Words that head a partitive appositive: "one of its largest clients".
    pub partitives: &'static [&'static str],
    /// Suffixes of a number that make it a time of day: "7am".
    pub time_suffixes: &'static [&'static str],
    /// Endings that make a word possessive ("Netlane's"), removed from a source's words.
    pub possessive_suffixes: &'static [&'static str],
    /// Endings of a participle ("seen" and its like are in [`WordClasses::participles`]).
    pub participle_suffixes: &'static [&'static str],
    /// Endings of an adverb: "reportedly".
    pub adverb_suffixes: &'static [&'static str],
    /// The ending of a plural, as in a plural possessive ("Commuters' Forum") or a decade ("1990s").
    pub plural_suffix: &'static str,
    /// Articles that may come between an approximator and its quantity ("ronda los 3 millones",
    /// "más de la mitad"); read by [`When::BeforeDeterminedQuantity`].
    pub quantity_articles: &'static [&'static str],
    /// Words after which, in the same sentence, a conditional is not a hedge: past verbs of saying
    /// ("anunció que abriría") and the words of a hypothesis ("si"); read by [`When::Conditional`].
    pub conditional_blockers: &'static [&'static str],
    /// Words that attribute to the phrase after them only right after a comma or a dash, and only
    /// when that phrase ends the clause: the German elliptic "so" ("„…“, so die Ministerin.").
    pub according_after_comma: &'static [&'static str],
    /// Prepositions that attribute through a noun of [`WordClasses::statement_nouns`]: the German
    /// "nach" of "nach Angaben der Polizei".
    pub statement_leads: &'static [&'static str],
    /// Nouns that name a statement, also as the last part of a compound ("angaben" of
    /// "Feuerwehrangaben"). After a statement lead, the source is the genitive after the noun ("nach
    /// Darstellung der Verwaltung"), else the compound ("nach Feuerwehrangaben"), else the name before
    /// the noun ("nach Albrechts Worten"); with only a possessive ("nach eigenen Angaben"), nothing.
    pub statement_nouns: &'static [&'static str],
    /// In a language with verb-second order, the words that may open a subject right after the finite
    /// verb when what stands before the verb is not its subject ("Am Freitag teilte die Polizei mit",
    /// "Das gab die Firma bekannt"); any capitalised word or number may open one too. Empty in a
    /// language without that order, where a subject after its verb is taken only after a quotation.
    /// A relative pronoun that is one of these opens no relative clause without a comma.
    pub verb_second_subjects: &'static [&'static str],
    /// Prepositions: in a verb-second language, a noun phrase right after one is not the subject of
    /// the verb after it ("Am Freitag teilte …", "Aus Kreisen der Fraktion hieß es").
    pub prepositions: &'static [&'static str],
    /// Nouns are capitalised (German): a noun phrase ends with a capitalised word or a number, and a
    /// lowercase word after its noun is no part of it.
    pub nouns_capitalised: bool,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rule_tags_are_the_tables_tags() {
        let tags: Vec<&str> = super::TABLES.iter().map(|t| t.tag).collect();
        assert_eq!(tags, super::RULE_TAGS);
    }
}
