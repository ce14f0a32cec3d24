//! The French rule table's suggestions on short texts: its cues, its hard cases (from
//! `core/eval/fr/README.md`), its sources and a claim. Here rather than beside the table, since a
//! language table may not name the engine that reads it (`core/tests/layers.rs`).

use close_reader_core::analysis::lang::french::FRENCH;
use close_reader_core::analysis::suggest::Suggester;

mod support;

/// The French rules' suggestions of `label` are the tagged spans.
fn check(label: &str, tagged: &str) {
    support::suggested::check(&FRENCH, label, tagged);
}

fn hedges(tagged: &str) {
    check("hedge", tagged);
}

fn sources(tagged: &str) {
    check("source", tagged);
}

#[test]
fn the_table_is_the_one_for_fr() {
    assert_eq!(
        close_reader_core::analysis::lang::table("fr").unwrap().tag,
        "fr"
    );
}

#[test]
fn the_journalistic_conditional_is_a_hedge() {
    hedges("Le suspect <hedge>aurait</hedge> pris la fuite et l’incendie <hedge>serait</hedge> d’origine électrique.");
    hedges("Le terrain <hedge>vaudrait</hedge> 4 millions ; le prix s’y <hedge>négocierait</hedge> bien.");
    hedges("Il n’<hedge>aurait</hedge> pas quitté la salle.");
}

#[test]
fn the_conditional_after_a_past_reporting_verb_is_a_future() {
    hedges("Elle a assuré que la délibération serait transmise mardi.");
    hedges(
        "La ville a indiqué qu’elle étudierait le dossier et qu’elle <hedge>pourrait</hedge> agir.",
    );
    hedges("Il estime que le suspect <hedge>aurait</hedge> fui.");
}

#[test]
fn conditionals_of_advice_and_forecast_and_imperfects_are_not_hedges() {
    hedges("Il vaudrait mieux attendre ; le permis devrait être déposé et il faudrait voter.");
    hedges("Il tirait la corde et assurait la maintenance.");
}

#[test]
fn pouvoir_hedges_in_the_conditional_and_in_epistemic_idioms_only() {
    hedges("Les travaux <hedge>pourraient</hedge> durer ; le drame <hedge>aurait pu</hedge> être évité.");
    hedges("Il <hedge>peut s’agir</hedge> d’un acte volontaire ; <hedge>il se peut</hedge> qu’il pleuve.");
    hedges("La salle peut accueillir 500 personnes et un mur qui peut être équipé.");
    hedges("Il n’a pas pu être joint. Une erreur <hedge>ne peut être exclue</hedge>.");
    hedges("C’est <hedge>peut-être</hedge> vrai.");
}

#[test]
fn epistemic_adverbs_against_certainty() {
    hedges("Le nombre est <hedge>sans doute</hedge> sous-estimé, c’est sans aucun doute vrai.");
    hedges("Il a <hedge>éventuellement</hedge> tort ; un éventuel recours.");
    hedges("Lentement mais sûrement, il a <hedge>sûrement</hedge> raté son train.");
    hedges("<hedge>Il est possible</hedge> qu’une partie tienne ; <hedge>il n’est pas exclu</hedge> que la chambre se penche.");
    hedges("Il est possible de voyager en bateau.");
}

#[test]
fn approximators_and_their_look_alikes() {
    hedges("<hedge>Environ</hedge> 1 300 signatures, <hedge>près de</hedge> trois heures, <hedge>plus d’</hedge>un million.");
    hedges("Il habite près de la gare, vers les rues secondaires, et il n’y a plus de médecin.");
    hedges("<hedge>Quelque</hedge> 180 logements en quelques jours ; <hedge>une vingtaine</hedge> de cours.");
    hedges("Une amende pouvant aller jusqu’à 75 000 euros ; une résidence réservée aux plus de 70 ans.");
    hedges("Le bilan est de <hedge>au moins</hedge> douze blessés, <hedge>vers</hedge> 23 h 15.");
}

#[test]
fn reporting_hedges_and_impersonal_on() {
    hedges("L’auteur <hedge>présumé</hedge> et le quartier dit « des Musiciens ».");
    hedges("<hedge>On estime</hedge> que 8 % des enfants sont touchés ; un élu estime que non.");
    hedges("Les données <hedge>suggèrent</hedge> que le lien existe. Les auteurs suggèrent de déplacer les entrées.");
}

#[test]
fn sources_with_a_verb_inverted_and_with_selon() {
    sources("<source>L’opposition</source> a dénoncé un « bradage ».");
    sources("« C’est fini », a déclaré <source>le maire</source>.");
    sources("Selon <source>le rapport</source>, le prix a doublé. Selon lui, non.");
    sources("D’après <source>les notaires de la ville</source>, le prix varie selon les saisons.");
    sources("« Non », a-t-elle ajouté. Il vaudrait mieux, plaide <source>l’opposition</source>, attendre.");
    sources("Pour <source>Jérôme Aubertin</source>, ces résultats comptent.");
}

#[test]
fn a_claim_without_its_attribution() {
    let text = "L’opposition a annoncé qu’elle déposerait un recours en décembre.";
    let got: Vec<String> = Suggester::new(&FRENCH)
        .suggest(text)
        .into_iter()
        .filter(|s| s.label == "claim")
        .map(|s| {
            close_reader_core::model::Text::new(text)
                .slice(s.span)
                .to_string()
        })
        .collect();
    assert_eq!(got, ["elle déposerait un recours en décembre"]);
}
