//! Why a span is suggested, and how a source was classed, in the interface's language: the core
//! gives its reasons as data (`suggest::Why`, `source_kind::ClassRule`) beside their English text;
//! this writes them with the `why-` messages, the article's own words quoted as they are.

use close_reader_core::analysis::source_kind::ClassRule;
use close_reader_core::analysis::suggest::why::{
    claim_key, hedge_key, Attributed, Before, ClaimCue,
};
use close_reader_core::analysis::suggest::Why;

use super::t;

/// A suggestion's reason: "modal verb 'may'", "verbe modal « may »".
pub fn reason(why: &Why) -> String {
    match why {
        Why::Hedge {
            class,
            quote,
            before,
        } => {
            let hedge = t!("why-hedge", class = hedge_key(*class), quote = quote);
            match before {
                None => hedge,
                Some(Before::Number) => t!("why-hedge-before-number", hedge = hedge),
                Some(Before::Quantity) => t!("why-hedge-before-quantity", hedge = hedge),
            }
        }
        Why::Claim { first, second } => {
            let first = claim_cue(first);
            match second {
                None => first,
                Some(c) => t!(
                    "why-claim-and",
                    first = first,
                    class = claim_key(c.class),
                    quote = &c.quote
                ),
            }
        }
        Why::Source {
            by,
            cue,
            kind,
            source,
        } => {
            let kind = kind.as_str();
            match by {
                Attributed::Verb => t!("why-source-verb", cue = cue, kind = kind, source = source),
                Attributed::According => {
                    t!(
                        "why-source-according",
                        cue = cue,
                        kind = kind,
                        source = source
                    )
                }
            }
        }
    }
}

fn claim_cue(c: &ClaimCue) -> String {
    t!("why-claim", class = claim_key(c.class), quote = &c.quote)
}

/// The language tables' names for unnamed roles and vague groups (`UnnamedRole::what`,
/// `VagueGroup::what`), with the key of their `why-who` variant.
const WHO: [(&str, &str); 12] = [
    ("unnamed official", "official"),
    ("unnamed spokesperson", "spokesperson"),
    ("unnamed source", "source"),
    ("unnamed aide", "aide"),
    ("unnamed diplomat", "diplomat"),
    ("unnamed person", "person"),
    ("unnamed employee", "employee"),
    ("unnamed insider", "insider"),
    ("unnamed staff", "staff"),
    ("unnamed witness", "witness"),
    ("vague group", "group"),
    ("vague quantity", "quantity"),
];

/// A role's or a group's name; one the messages lack stays as the table writes it.
fn who(what: &str) -> String {
    match WHO.iter().find(|(w, _)| *w == what) {
        Some((_, key)) => t!("why-who", who = *key),
        None => what.to_string(),
    }
}

/// The rule that classed a source: "unnamed official: 'officials'", "responsable non nommé :
/// « officials »".
pub fn source_rule(rule: &ClassRule) -> String {
    match rule {
        ClassRule::NoWords => t!("why-class-no-words"),
        ClassRule::AnonymityMarker(found) => t!("why-class-anonymity", found = found),
        ClassRule::Hearsay(found) => t!("why-class-hearsay", found = found),
        ClassRule::OnRecord { role, name } => t!("why-class-on-record", role = role, name = name),
        ClassRule::Who {
            what,
            found,
            of: None,
        } => t!("why-class-who", who = who(what), found = found),
        ClassRule::Who {
            what,
            found,
            of: Some(name),
        } => t!(
            "why-class-who-of",
            who = who(what),
            found = found,
            name = name
        ),
        ClassRule::Name { sign, name } => t!("why-class-name", sign = sign.key(), name = name),
        ClassRule::Office(found) => t!("why-class-office", found = found),
        ClassRule::UnnamedOffice(found) => t!("why-class-unnamed-office", found = found),
        ClassRule::Nothing(phrase) => t!("why-class-nothing", phrase = phrase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{all_sources, install, Lang};
    use close_reader_core::analysis::lang::TABLES;
    use close_reader_core::analysis::source_kind::{classify, classify_in, NameSign};
    use close_reader_core::analysis::suggest::{suggest_in, Suggestion};

    const ARTICLES: [(&str, &str); 4] = [
        (
            "en",
            "Officials said the bridge may cost at least €2 million, according to Dr Ana Ruiz. \
             Pentagon officials warned that prices fell because of 2 storms. Experts say it will \
             take about a decade. A spokesperson for Amnesty International said 40% were held. \
             It is possibly the largest camp in the region, the UN reportedly said on Monday.",
        ),
        (
            "es",
            "El ayuntamiento dijo que el peaje podría subir, según fuentes municipales, y que \
             costará unos 4 millones de euros. Los expertos creen que la obra será la más cara \
             de la década.",
        ),
        (
            "fr",
            "Selon la préfecture, l'incendie aurait fait une vingtaine de blessés. Le maire a \
             déclaré que l'usine pourrait rouvrir dans environ trois semaines.",
        ),
        (
            "de",
            "Die Polizei teilte am Freitag mit, der Schaden betrage vermutlich rund 2 Millionen \
             Euro. Laut einem Sprecher der Stadt wird die Brücke 2025 eröffnet. Experten halten \
             den Plan für riskant, weil die Kosten seit 2020 um 40 Prozent gestiegen sind.",
        ),
    ];

    fn suggestions() -> Vec<Suggestion> {
        ARTICLES
            .iter()
            .flat_map(|(tag, text)| suggest_in(tag, text).expect("rules for the language"))
            .collect()
    }

    /// Source phrases for every rule of the classifier.
    const PHRASES: [&str; 14] = [
        "  ",
        "a senior official who asked not to be named",
        "it is said",
        "a spokesperson for Amnesty International",
        "Pentagon officials",
        "officials",
        "many",
        "experts",
        "Jane Okafor",
        "the UN",
        "Amnesty International",
        "Dr Smith",
        "the minister",
        "the report",
    ];

    #[test]
    fn in_english_the_reasons_are_the_cores_own() {
        install(Lang::En, None);
        let all = suggestions();
        for label in ["hedge", "source", "claim"] {
            assert!(all.iter().any(|s| s.label == label), "no {label}: {all:#?}");
        }
        for s in &all {
            assert_eq!(reason(&s.why), s.reason);
            if let Some(c) = &s.source {
                assert_eq!(source_rule(&c.why), c.rule);
            }
        }
        assert!(
            all.iter().any(|s| s.reason.contains(" and a")),
            "a claim of two cues"
        );
        assert!(all.iter().any(|s| s.reason.ends_with("before a number")));
        assert!(all.iter().any(|s| s.reason.ends_with("before a quantity")));
        let mut signs = Vec::new();
        for p in PHRASES {
            let c = classify(p);
            assert_eq!(source_rule(&c.why), c.rule, "{p:?}");
            if let ClassRule::Name { sign, .. } = c.why {
                signs.push(sign);
            }
        }
        for sign in NameSign::ALL {
            assert!(signs.contains(&sign), "{sign:?}");
        }
    }

    #[test]
    fn every_role_and_group_of_the_tables_has_its_words() {
        for table in TABLES {
            let roles = table.sources.unnamed_roles.iter().map(|r| r.what);
            let groups = table.sources.vague_groups.iter().map(|g| g.what);
            for what in roles.chain(groups) {
                assert!(
                    WHO.iter().any(|(w, _)| *w == what),
                    "{}: {what:?}",
                    table.tag
                );
            }
        }
        let sources = all_sources();
        install(Lang::De, Some(&sources[&Lang::De]));
        for (what, key) in WHO {
            assert_ne!(who(what), what, "{key}");
        }
        install(Lang::En, None);
        for (what, _) in WHO {
            assert_eq!(who(what), what);
        }
    }

    #[test]
    fn in_french_and_arabic_the_reasons_are_translated_and_quote_the_article() {
        let sources = all_sources();
        let all = suggestions();
        let english: Vec<String> = all.iter().map(|s| s.reason.clone()).collect();
        let rules: Vec<String> = PHRASES.iter().map(|p| classify(p).rule).collect();
        for lang in [Lang::Fr, Lang::Ar] {
            install(lang, Some(&sources[&lang]));
            for (s, en) in all.iter().zip(&english) {
                let said = reason(&s.why);
                assert_ne!(&said, en);
                assert!(!said.contains('{'), "{said}");
                let words = match &s.why {
                    Why::Hedge { quote, .. } => quote,
                    Why::Claim { first, .. } => &first.quote,
                    Why::Source { source, .. } => source,
                };
                assert!(said.contains(words.as_str()), "{said} quotes {words}");
            }
            for (p, en) in PHRASES.iter().zip(&rules) {
                let said = source_rule(&classify(p).why);
                assert_ne!(&said, en, "{p:?}");
                assert!(!said.contains('{'), "{said}");
            }
        }
        install(Lang::Fr, Some(&sources[&Lang::Fr]));
        let may = suggest_in("en", "It may rain.").unwrap();
        assert_eq!(reason(&may[0].why), "verbe modal «\u{a0}may\u{a0}»");
        assert_eq!(
            source_rule(&classify("Pentagon officials").why),
            "responsable non nommé\u{a0}: «\u{a0}officials\u{a0}» (de «\u{a0}Pentagon\u{a0}»)"
        );
        let es = suggest_in("es", ARTICLES[1].1).unwrap();
        let fuentes = es
            .iter()
            .find(|s| s.label == "source" && s.reason.contains("fuentes municipales"))
            .expect("según fuentes municipales");
        assert_eq!(
            reason(&fuentes.why),
            "«\u{a0}según\u{a0}» avec une source anonyme «\u{a0}fuentes municipales\u{a0}»"
        );
        install(Lang::Ar, Some(&sources[&Lang::Ar]));
        let one_four_forty =
            suggest_in("en", "The embassy said 1,440 workers will be freed.").unwrap();
        let claim = one_four_forty.iter().find(|s| s.label == "claim").unwrap();
        assert_eq!(reason(&claim.why), "عدد «1,440» وتنبّؤ «will»");
        let es = classify_in(
            TABLES.iter().find(|t| t.tag == "es").unwrap(),
            "fuentes municipales",
        );
        assert_eq!(source_rule(&es.why), "مصدر غير مسمّى: «fuentes»");
        install(Lang::En, None);
    }
}
