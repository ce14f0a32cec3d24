//! The German words of the source classifier: anonymity markers, hearsay, unnamed roles, vague
//! groups, titles and the words around names, as data. German capitalises every noun, so a
//! capitalised word names no one by itself: the roles and groups below are tried before names.

use crate::analysis::lang::{SourceWords, UnnamedRole, VagueGroup};

pub(super) static SOURCES: SourceWords = SourceWords {
    anonymity_markers: ANONYMITY_MARKERS,
    hearsay: HEARSAY,
    unnamed_roles: UNNAMED_ROLES,
    vague_groups: VAGUE_GROUPS,
    titles: TITLES,
    name_joiners: &["von", "vom", "der", "des", "für", "und", "zu", "&"],
    common_starters: COMMON_STARTERS,
    never_names: &["ich"],
    organisation_words: ORGANISATION_WORDS,
    office_determiners: &[
        "der", "die", "das", "des", "dem", "den", "ihr", "ihre", "sein", "seine", "unser", "unsere",
    ],
};

const fn role(words: &'static str, what: &'static str, on_record: bool) -> UnnamedRole {
    UnnamedRole {
        words,
        what,
        on_record,
    }
}

const fn group(word: &'static str, what: &'static str, named_by_affiliation: bool) -> VagueGroup {
    VagueGroup {
        word,
        what,
        named_by_affiliation,
    }
}

/// Phrases that say outright that the source is not named.
const ANONYMITY_MARKERS: &[&str] = &[
    "nicht namentlich genannt",
    "namentlich nicht genannt",
    "anonym bleiben",
    "nicht genannt werden",
    "ungenannt",
    "aus kreisen",
    "kreisen der",
    "kreisen des",
    "mit dem vorgang vertraut",
    "mit den verhandlungen vertraut",
    "informierte kreise",
    "insider",
];

/// Attributions to nobody at all.
const HEARSAY: &[&str] = &[
    "es heißt",
    "es hieß",
    "gerüchten",
    "gerüchte",
    "berichten zufolge",
    "medienberichten",
];

/// Unnamed people. Longer entries first.
const UNNAMED_ROLES: &[UnnamedRole] = &[
    role("ein sprecher", "unnamed spokesperson", true),
    role("eine sprecherin", "unnamed spokesperson", true),
    role("sprecher", "unnamed spokesperson", true),
    role("sprecherin", "unnamed spokesperson", true),
    role("ein polizeisprecher", "unnamed spokesperson", true),
    role("polizeisprecher", "unnamed spokesperson", true),
    role("ein beamter", "unnamed official", false),
    role("beamte", "unnamed official", false),
    role("ein mitarbeiter", "unnamed employee", false),
    role("eine mitarbeiterin", "unnamed employee", false),
    role("mitarbeiter", "unnamed employee", false),
    role("ein ermittler", "unnamed official", false),
    role("ermittler", "unnamed official", false),
    role("ein zeuge", "unnamed witness", false),
    role("eine zeugin", "unnamed witness", false),
    role("zeugen", "unnamed witness", false),
    role("ein anwohner", "unnamed person", false),
    role("eine anwohnerin", "unnamed person", false),
    role("ein insider", "unnamed source", false),
    role("quelle", "unnamed source", false),
    role("quellen", "unnamed source", false),
    role("ein diplomat", "unnamed diplomat", false),
    role("diplomaten", "unnamed diplomat", false),
];

/// Vague groups and quantities.
const VAGUE_GROUPS: &[VagueGroup] = &[
    group("kritiker", "vague group", false),
    group("beobachter", "vague group", false),
    group("anwohner", "vague group", false),
    group("gegner", "vague group", false),
    group("befürworter", "vague group", false),
    group("branchenkenner", "vague group", false),
    group("branchenkennern", "vague group", false),
    group("viele", "vague quantity", false),
    group("einige", "vague quantity", false),
    group("manche", "vague quantity", false),
    group("mehrere", "vague quantity", false),
    group("andere", "vague quantity", false),
    group("experten", "vague group", true),
    group("fachleute", "vague group", true),
    group("forscher", "vague group", true),
    group("wissenschaftler", "vague group", true),
    group("ökonomen", "vague group", true),
    group("ärzte", "vague group", true),
    group("analysten", "vague group", true),
    group("studie", "vague group", true),
    group("studien", "vague group", true),
    group("eine studie", "vague group", true),
];

/// Titles and offices: before a name they make a "title and name"; alone after "der"/"die", an
/// office.
const TITLES: &[&str] = &[
    "dr",
    "prof",
    "professor",
    "professorin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "bürgermeister",
    "bürgermeisterin",
    "oberbürgermeister",
    "oberbürgermeisterin",
    "landrat",
    "landrätin",
    "kämmerer",
    "kämmerin",
    "dezernent",
    "dezernentin",
    "baudezernent",
    "baudezernentin",
    "fraktionschef",
    "fraktionschefin",
    "vorsitzende",
    "vorsitzender",
    "geschäftsführer",
    "geschäftsführerin",
    "direktor",
    "direktorin",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "staatsanwalt",
    "staatsanwältin",
    "richter",
    "richterin",
    "kanzler",
    "kanzlerin",
    "abgeordnete",
    "abgeordneter",
    "stadtrat",
    "stadträtin",
];

/// Capitalised words that are not names when they start the phrase or a sentence.
const COMMON_STARTERS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "laut", "nach",
    "aus", "in", "im", "mit", "und", "aber", "doch", "wie", "wenn", "dieser", "diese", "dieses",
    "er", "sie", "es", "wir", "ihr", "ihre", "sein", "seine", "zwei", "drei", "mehrere", "einige",
    "viele",
];

/// Last words that make a capitalised name an organisation.
const ORGANISATION_WORDS: &[&str] = &[
    "ministerium",
    "universität",
    "institut",
    "amt",
    "behörde",
    "verwaltung",
    "stadtverwaltung",
    "bank",
    "partei",
    "verband",
    "verein",
    "kommission",
    "gericht",
    "polizei",
    "feuerwehr",
    "stiftung",
    "gruppe",
    "gewerkschaft",
    "klinikum",
    "krankenhaus",
    "rathaus",
    "regierung",
    "landtag",
    "bundestag",
    "stadtrat",
    "fraktion",
    "gmbh",
    "ag",
    "kreis",
    "landkreis",
    "bahn",
    "staatsanwaltschaft",
];
