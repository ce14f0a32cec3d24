//! German as one table value, [`GERMAN`]: the hedge cues here, the reporting verbs, claim cues, word
//! classes and source words beside them, everything the suggestion engine knows about German, as data.
//!
//! General German of the press, not phrases of any article: the modal verbs in their epistemic uses
//! (*könnte*, *dürfte*, *soll* of hearsay, told from ability, permission and plan by the clause-final
//! infinitive), epistemic adverbs and particles, reporting hedges and impersonal frames (*es heißt*,
//! *vermutet wird*, *man geht davon aus*), approximators before a quantity, and split cues across the
//! sentence bracket (*deutet … darauf hin*, *schließt … nicht aus*). The Konjunktiv I of reported
//! speech (*sei*, *habe*) is no hedge: it marks indirect speech, which the source records
//! (`core/eval/de/README.md`). Words are lowercase; German nouns are capitalised, which the matcher
//! ignores, so a noun that looks like a cue ("das Wohl") is told apart by its condition.

mod claims;
mod sources;
mod verbs;
mod words;

use super::{HedgeClass as H, HedgeCue, Language, When};

pub static GERMAN: Language = Language {
    tag: "de",
    hedges: HEDGES,
    reporting_verbs: verbs::REPORTING_VERBS,
    according: &[
        "laut",
        "wie aus",
        "geht aus",
        "gehen aus",
        "ging aus",
        "gingen aus",
        "heißt es in",
        "heißt es im",
        "heißt es aus",
        "heißt es bei",
        "heißt es beim",
        "hieß es in",
        "hieß es im",
        "hieß es aus",
        "hieß es bei",
        "hieß es beim",
    ],
    according_after: &["zufolge"],
    claims: claims::CLAIMS,
    hedge_endings: &[],
    words: &words::WORDS,
    sources: &sources::SOURCES,
};

const fn h(phrase: &'static str, class: H, when: When) -> HedgeCue {
    HedgeCue {
        phrase,
        class,
        when,
        takes_to: false,
    }
}

const A: When = When::Always;
/// A quantity follows, directly or after an article ("rund die Hälfte"), and no legal or programme
/// limit is set just before ("Bußgeld von bis zu", "können … bis zu").
const QD: When = When::BeforeDeterminedQuantity;
const Q: When = When::BeforeQuantity;
/// A bound of a category, not an approximation: "Kinder unter sechs Jahren", "an Tagen mit mehr als
/// 32 Grad" (which days count).
const CATEGORY: When = When::NotAfter(&[
    "mit",
    "kinder",
    "jugendliche",
    "menschen",
    "personen",
    "männer",
    "frauen",
    "fahrzeuge",
    "haushalte",
    "betriebe",
    "unternehmen",
    "firmen",
    "gemeinden",
    "kommunen",
    "orte",
    "städte",
    "tage",
    "tagen",
    "nächte",
    "nächten",
    "temperaturen",
]);
/// The words of a rule anywhere in the clause make a bound exact: a funding rule ("können Kommunen
/// bis zu 40 Prozent … erstattet bekommen"), a permission or a requirement ("müssen mindestens 18
/// Jahre alt sein").
const RULE: When = When::NotInClause(&[
    "erstattet",
    "erstatten",
    "gefördert",
    "fördert",
    "bezuschusst",
    "zuschuss",
    "förderung",
    "fördermittel",
    "beantragen",
    "bußgeld",
    "geldstrafe",
    "strafe",
    "haft",
    "freiheitsstrafe",
    "dürfen",
    "darf",
    "erlaubt",
    "zulässig",
    "vorgeschrieben",
    "müssen",
    "muss",
    "alt",
    "je",
    "pro",
]);
/// An approximation by a limit: a quantity follows and no rule sets it.
const LIMIT: When = When::All(&[QD, RULE]);
/// An approximation by a bound: a quantity follows, and neither a category's bound nor a rule's.
const BOUND: When = When::All(&[QD, CATEGORY, RULE]);
/// Forms of "werden", the passive auxiliary: "Vermutet wird", "es wird befürchtet".
const WERDEN: &[&str] = &["wird", "werden", "wurde", "wurden", "worden"];
const PASSIVE: When = When::InClause(WERDEN);
/// "könnte" is a hedge, but not in a proposal or a hypothetical of "man" ("Man könnte die Halle
/// verkaufen").
const POSSIBLE: When = When::All(&[When::NotAfter(&["man"]), When::NotBefore(&["man"])]);
/// "dürften" of supposition, not of permission in reported speech ("Die Schüler dürften ab Montag
/// wieder in das Gebäude"): a verb of being, costing or changing ends its clause.
const SUPPOSED: When = When::ClauseEnds(&[
    "sein",
    "haben",
    "liegen",
    "werden",
    "bleiben",
    "kosten",
    "betragen",
    "steigen",
    "sinken",
    "ausfallen",
    "dauern",
    "geben",
    "reichen",
    "zunehmen",
    "wachsen",
    "übersteigen",
    "stammen",
]);
/// "müsste" of inference ("müssten bis Mai abgeschlossen sein"), not of obligation ("müsste der Rat
/// erneut beraten").
const INFERRED: When = When::ClauseEnds(&["sein", "haben", "liegen", "reichen", "stimmen"]);
/// "soll" of hearsay: a perfect or a state ends the clause ("soll 3.000 Euro erbeutet haben", "soll
/// verrostet sein"), and no word of a schedule stands in it ("soll bis Mai abgeschlossen sein",
/// "sollte ursprünglich im Herbst öffnen" are plans).
const HEARSAY: When = When::All(&[
    When::ClauseEnds(&["haben", "*t sein", "*en sein", "stammen"]),
    When::NotInClause(&[
        "bis",
        "ab",
        "künftig",
        "spätestens",
        "frühestens",
        "zunächst",
        "ursprünglich",
        "demnächst",
        "voraussichtlich",
        "eigentlich",
        "ende",
        "anfang",
        "mitte",
        "jahresende",
        "frühjahr",
        "sommer",
        "herbst",
        "winter",
    ]),
]);
/// "mag" of concession ("Das mag stimmen"), not "likes" ("Er mag keine Kompromisse").
const CONCEDED: When = When::ClauseEnds(&["sein", "stimmen", "zutreffen", "gelten", "haben"]);
/// The particle "wohl", not the noun ("das Wohl"), "sehr wohl", "wohl aber" or "sich wohl fühlen".
const WOHL: When = When::All(&[
    When::Modal {
        negation_cancels: false,
    },
    When::NotAfter(&["sehr", "so", "durchaus", "gleichwohl"]),
    When::NotBefore(&["aber"]),
    When::NotInClause(&["fühlen", "fühlt", "fühlte", "fühlten", "gefühlt", "fühle"]),
]);
/// "möglich" said of a statement, not "so schnell wie möglich" nor "macht … möglich".
const STATEMENT: When = When::All(&[
    When::NotAfter(&["wie", "wenn", "wo", "falls", "sofern", "soweit", "nur"]),
    When::NotInClause(&[
        "macht",
        "machen",
        "machte",
        "machten",
        "gemacht",
        "ermöglicht",
    ]),
]);
/// "heißt es", "hieß es" without a source: a source comes with "in", "aus", "bei" … ("heißt es in
/// der Studie", "Aus Kreisen der Fraktion hieß es").
const UNSOURCED: When = When::NotInClause(&[
    "in", "im", "aus", "bei", "beim", "von", "vom", "seitens", "laut",
]);
/// "offen" of a question ("Ob es wirkt, ist offen"), not of a door or a pool ("Das Bad ist offen").
const QUESTION: When = When::InSentence(&[
    "ob",
    "wann",
    "wer",
    "wie",
    "warum",
    "welche",
    "welcher",
    "welches",
    "inwieweit",
    "wo",
]);
/// Estimates with no estimator named after them ("nach Schätzungen des Handelsverbands" is a source).
const NO_ESTIMATOR: When = When::NotBefore(&["des", "der", "von", "vom", "eines", "einer"]);
const DEUTEN: &[&str] = &["deutet", "deuten", "deutete", "deuteten", "deute"];
const LEGEN: &[&str] = &["legt", "legen", "legte", "legten", "lege"];
const LASSEN: &[&str] = &["lässt", "lassen", "ließ", "ließen"];
const SCHLIESSEN: &[&str] = &["schließt", "schließen", "schloss", "schlossen", "schließe"];

/// Hedge cues. At one position the longest phrase whose condition holds wins; for the same phrase the
/// first entry whose condition holds.
const HEDGES: &[HedgeCue] = &[
    // Modal verbs in their epistemic uses; Konjunktiv I ("könne", "solle") and the indicative
    // ("konnte", "kann") are ability, permission or plan.
    h("könnte", H::Modal, POSSIBLE),
    h("könnten", H::Modal, POSSIBLE),
    h("es kann sein", H::Modal, A),
    h("kann gut sein", H::Modal, A),
    h("kann durchaus sein", H::Modal, A),
    h("dürfte", H::Modal, A),
    h("dürften", H::Modal, SUPPOSED),
    h("müsste", H::Modal, INFERRED),
    h("müssten", H::Modal, INFERRED),
    h("soll", H::Modal, HEARSAY),
    h("sollen", H::Modal, HEARSAY),
    h("mag", H::Modal, CONCEDED),
    h("mögen", H::Modal, CONCEDED),
    // Epistemic adverbs and particles.
    h("vermutlich", H::Adverb, A),
    h("wahrscheinlich", H::Adverb, A),
    h("höchstwahrscheinlich", H::Adverb, A),
    h("möglicherweise", H::Adverb, A),
    h("vielleicht", H::Adverb, A),
    h("eventuell", H::Adverb, A),
    h("womöglich", H::Adverb, A),
    h("offenbar", H::Adverb, A),
    h(
        "offensichtlich",
        H::Adverb,
        When::NotAfter(&["ganz", "sehr"]),
    ),
    h("anscheinend", H::Adverb, A),
    h("scheinbar", H::Adverb, A),
    h("voraussichtlich", H::Adverb, A),
    h("wohl", H::Adverb, WOHL),
    h("unter umständen", H::Adverb, A),
    // Epistemic adjectives and open questions.
    h("unklar", H::Adjective, A),
    h("ungewiss", H::Adjective, A),
    h("fraglich", H::Adjective, A),
    h("unbestätigt", H::Adjective, A),
    h("unbestätigte", H::Adjective, A),
    h("unbestätigten", H::Adjective, A),
    h("ungeklärt", H::Adjective, A),
    h("unwahrscheinlich", H::Adjective, A),
    h("möglich", H::Adjective, STATEMENT),
    h("gut möglich", H::Adjective, A),
    h("durchaus möglich", H::Adjective, A),
    h("denkbar", H::Adjective, STATEMENT),
    h("noch offen", H::Adjective, A),
    h("weiter offen", H::Adjective, A),
    h("weiterhin offen", H::Adjective, A),
    h("bislang offen", H::Adjective, A),
    h("derzeit offen", H::Adjective, A),
    h("völlig offen", H::Adjective, A),
    h("noch völlig offen", H::Adjective, A),
    h(
        "offen ist",
        H::Adjective,
        When::FollowedBy(&[",", "noch", "bislang", "bisher"]),
    ),
    h("ist offen", H::Adjective, QUESTION),
    h("sei offen", H::Adjective, QUESTION),
    h("bleibt offen", H::Adjective, QUESTION),
    h("war offen", H::Adjective, QUESTION),
    h("offen , ob", H::Adjective, A),
    h("offen , wann", H::Adjective, A),
    h("offen , wie", H::Adjective, A),
    h("offen , wer", H::Adjective, A),
    h("noch unklar", H::Adjective, A),
    h("noch nicht klar", H::Adjective, A),
    h("noch nicht geklärt", H::Adjective, A),
    h("noch nicht abschließend geklärt", H::Adjective, A),
    h("nicht abschließend geklärt", H::Adjective, A),
    h("noch nicht endgültig geklärt", H::Adjective, A),
    h("noch ungeklärt", H::Adjective, A),
    h("noch nicht bekannt", H::Adjective, A),
    h("bislang nicht bekannt", H::Adjective, A),
    h("bisher nicht bekannt", H::Adjective, A),
    h("noch unbekannt", H::Adjective, A),
    h("bislang unbekannt", H::Adjective, A),
    h("nicht auszuschließen", H::Adjective, A),
    h("nicht ausgeschlossen", H::Adjective, A),
    h("nicht ausschließen", H::Adjective, A),
    h("nicht ausschließt", H::Adjective, A),
    h("nicht ausschließe", H::Adjective, A),
    // The bracket split: "schließt … nicht aus", each part its own span.
    h(
        "schließt",
        H::Verb,
        When::ClauseEnds(&[
            "nicht aus",
            "nicht mehr aus",
            "keineswegs aus",
            "nicht völlig aus",
        ]),
    ),
    h(
        "schließen",
        H::Verb,
        When::ClauseEnds(&[
            "nicht aus",
            "nicht mehr aus",
            "keineswegs aus",
            "nicht völlig aus",
        ]),
    ),
    h(
        "schloss",
        H::Verb,
        When::ClauseEnds(&["nicht aus", "nicht mehr aus", "keineswegs aus"]),
    ),
    h("nicht aus", H::Verb, When::InClause(SCHLIESSEN)),
    h("nicht mehr aus", H::Verb, When::InClause(SCHLIESSEN)),
    // Reporting hedges: second-hand or disputed.
    h("angeblich", H::Reporting, A),
    h("angebliche", H::Reporting, A),
    h("angeblichen", H::Reporting, A),
    h("angeblicher", H::Reporting, A),
    h("angebliches", H::Reporting, A),
    h("mutmaßlich", H::Reporting, A),
    h("mutmaßliche", H::Reporting, A),
    h("mutmaßlichen", H::Reporting, A),
    h("mutmaßlicher", H::Reporting, A),
    h("mutmaßliches", H::Reporting, A),
    h("vermutliche", H::Reporting, A),
    h("vermutlichen", H::Reporting, A),
    h("vermutlicher", H::Reporting, A),
    h("vorgeblich", H::Reporting, A),
    h("vorgebliche", H::Reporting, A),
    h("vorgeblichen", H::Reporting, A),
    h("vermeintlich", H::Reporting, A),
    h("vermeintliche", H::Reporting, A),
    h("vermeintlichen", H::Reporting, A),
    h("vermeintlicher", H::Reporting, A),
    h("sogenannt", H::Reporting, A),
    h("sogenannte", H::Reporting, A),
    h("sogenannten", H::Reporting, A),
    h("sogenannter", H::Reporting, A),
    h("sogenanntes", H::Reporting, A),
    h("sog.", H::Reporting, A),
    h("berichten zufolge", H::Reporting, A),
    h("medienberichten zufolge", H::Reporting, A),
    h("wie es heißt", H::Reporting, A),
    h("wie es hieß", H::Reporting, A),
    h("es heißt", H::Reporting, UNSOURCED),
    h("es hieß", H::Reporting, UNSOURCED),
    h("heißt es", H::Reporting, UNSOURCED),
    h("hieß es", H::Reporting, UNSOURCED),
    h("schätzungen zufolge", H::Reporting, A),
    h("ersten schätzungen zufolge", H::Reporting, A),
    h("nach schätzungen", H::Reporting, NO_ESTIMATOR),
    h("nach ersten schätzungen", H::Reporting, NO_ESTIMATOR),
    h("laut schätzungen", H::Reporting, NO_ESTIMATOR),
    h("laut ersten schätzungen", H::Reporting, NO_ESTIMATOR),
    // Provisional knowledge.
    h("nach bisherigem stand", H::Reporting, A),
    h("nach derzeitigem stand", H::Reporting, A),
    h("nach aktuellem stand", H::Reporting, A),
    h("nach jetzigem stand", H::Reporting, A),
    h("nach bisherigen erkenntnissen", H::Reporting, A),
    h("nach ersten erkenntnissen", H::Reporting, A),
    h("nach derzeitigen erkenntnissen", H::Reporting, A),
    h("nach vorläufigen erkenntnissen", H::Reporting, A),
    h("nach ersten angaben", H::Reporting, A),
    h("nach vorläufigen angaben", H::Reporting, A),
    h("ersten erkenntnissen zufolge", H::Reporting, A),
    h("bisherigen erkenntnissen zufolge", H::Reporting, A),
    h("ersten angaben zufolge", H::Reporting, A),
    h(
        "vorläufige",
        H::Adjective,
        When::FollowedBy(&[
            "zahlen",
            "bilanz",
            "ergebnisse",
            "schätzung",
            "angaben",
            "daten",
        ]),
    ),
    h(
        "vorläufigen",
        H::Adjective,
        When::FollowedBy(&[
            "zahlen",
            "bilanz",
            "ergebnisse",
            "schätzung",
            "angaben",
            "daten",
        ]),
    ),
    // Approximators before a quantity.
    h("rund", H::Approximator, QD),
    h("etwa", H::Approximator, QD),
    h("ungefähr", H::Approximator, QD),
    h("circa", H::Approximator, QD),
    h("ca.", H::Approximator, QD),
    h("zirka", H::Approximator, QD),
    h("knapp", H::Approximator, QD),
    h("knapp über", H::Approximator, QD),
    h("knapp unter", H::Approximator, QD),
    h("gut", H::Approximator, QD),
    h("annähernd", H::Approximator, A),
    h("nahezu", H::Approximator, A),
    h("fast", H::Approximator, A),
    h("beinahe", H::Approximator, A),
    h("mehr als", H::Approximator, BOUND),
    h("weniger als", H::Approximator, BOUND),
    h("über", H::Approximator, BOUND),
    h("unter", H::Approximator, BOUND),
    h("mindestens", H::Approximator, LIMIT),
    h("höchstens", H::Approximator, LIMIT),
    h("bis zu", H::Approximator, LIMIT),
    h("an die", H::Approximator, Q),
    h("um die", H::Approximator, Q),
    h(
        "gegen",
        H::Approximator,
        When::All(&[Q, When::InClause(&["uhr"])]),
    ),
    h("gegen mitternacht", H::Approximator, A),
    h("gegen mittag", H::Approximator, A),
    h("frühestens", H::Approximator, A),
    h("schätzungsweise", H::Approximator, A),
    h("geschätzte", H::Approximator, Q),
    h("geschätzten", H::Approximator, Q),
    h("geschätzt", H::Approximator, QD),
    // Epistemic verbs and impersonal frames: uncertainty without saying whose.
    h(
        "geschätzt",
        H::Verb,
        When::All(&[PASSIVE, When::NotInClause(&["von", "vom"])]),
    ),
    h("scheint", H::Verb, When::InClause(&["zu"])),
    h("scheinen", H::Verb, When::InClause(&["zu"])),
    h("schien", H::Verb, When::InClause(&["zu"])),
    h("schienen", H::Verb, When::InClause(&["zu"])),
    h("scheine", H::Verb, When::InClause(&["zu"])),
    h("es scheint", H::Verb, A),
    h("scheint es", H::Verb, A),
    h("wie es scheint", H::Verb, A),
    h("deutet darauf hin", H::Verb, A),
    h("deuten darauf hin", H::Verb, A),
    h("deutete darauf hin", H::Verb, A),
    h("deuteten darauf hin", H::Verb, A),
    h("deutet", H::Verb, When::ClauseEnds(&["hin"])),
    h("deuten", H::Verb, When::ClauseEnds(&["hin"])),
    h("deutete", H::Verb, When::ClauseEnds(&["hin"])),
    h("deuteten", H::Verb, When::ClauseEnds(&["hin"])),
    h("darauf hin", H::Verb, When::InClause(DEUTEN)),
    h("hindeuten", H::Verb, A),
    h("hindeutet", H::Verb, A),
    h("hindeutete", H::Verb, A),
    h("hindeuteten", H::Verb, A),
    h("hinzudeuten", H::Verb, A),
    h("legt nahe", H::Verb, A),
    h("legen nahe", H::Verb, A),
    h("legte nahe", H::Verb, A),
    h("legten nahe", H::Verb, A),
    h("legt", H::Verb, When::ClauseEnds(&["nahe"])),
    h("legen", H::Verb, When::ClauseEnds(&["nahe"])),
    h("legte", H::Verb, When::ClauseEnds(&["nahe"])),
    h("legten", H::Verb, When::ClauseEnds(&["nahe"])),
    h("nahe", H::Verb, When::InClause(LEGEN)),
    h("nahelegen", H::Verb, A),
    h("nahelegt", H::Verb, A),
    h("nahelegte", H::Verb, A),
    h("nahelegten", H::Verb, A),
    h("nahezulegen", H::Verb, A),
    h("lässt vermuten", H::Verb, A),
    h("lassen vermuten", H::Verb, A),
    h("ließ vermuten", H::Verb, A),
    h("vermuten lässt", H::Verb, A),
    h("vermuten lassen", H::Verb, A),
    h("lässt darauf schließen", H::Verb, A),
    h("lassen darauf schließen", H::Verb, A),
    h("darauf schließen lässt", H::Verb, A),
    h(
        "lässt",
        H::Verb,
        When::ClauseEnds(&["vermuten", "darauf schließen"]),
    ),
    h(
        "lassen",
        H::Verb,
        When::ClauseEnds(&["vermuten", "darauf schließen"]),
    ),
    h("vermuten", H::Verb, When::InClause(LASSEN)),
    h("spricht dafür", H::Verb, A),
    h("spricht vieles dafür", H::Verb, A),
    h("spricht einiges dafür", H::Verb, A),
    h("spricht viel dafür", H::Verb, A),
    h("spricht alles dafür", H::Verb, A),
    h("vieles spricht dafür", H::Verb, A),
    h("einiges spricht dafür", H::Verb, A),
    h("vermutet wird", H::Verb, A),
    h("befürchtet wird", H::Verb, A),
    h("angenommen wird", H::Verb, A),
    h("vermutet", H::Verb, PASSIVE),
    h("befürchtet", H::Verb, PASSIVE),
    h("es wird angenommen", H::Verb, A),
    h("wird angenommen", H::Verb, When::FollowedBy(&[",", "dass"])),
    h("ist anzunehmen", H::Verb, A),
    h("ist davon auszugehen", H::Verb, A),
    h("ist zu befürchten", H::Verb, A),
    h("ist zu vermuten", H::Verb, A),
    h("steht zu befürchten", H::Verb, A),
    h("man geht davon aus", H::Verb, A),
    h("geht man davon aus", H::Verb, A),
    h("man geht", H::Verb, When::InClause(&["davon"])),
    h("geht man", H::Verb, When::InClause(&["davon"])),
    h(
        "davon aus",
        H::Verb,
        When::All(&[
            When::InClause(&["man"]),
            When::InClause(&["geht", "gehen", "ging"]),
        ]),
    ),
    h("man vermutet", H::Verb, A),
    h("vermutet man", H::Verb, A),
    h("man nimmt an", H::Verb, A),
    h("nimmt man an", H::Verb, A),
    h("man befürchtet", H::Verb, A),
    h("befürchtet man", H::Verb, A),
    h("man schätzt", H::Verb, A),
    h("schätzt man", H::Verb, A),
    h("man glaubt", H::Verb, A),
    h("glaubt man", H::Verb, A),
];
