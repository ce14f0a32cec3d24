//! The German rule table's suggestions on short texts: its cues, its hard cases (from
//! `core/eval/de/README.md`), its sources and a claim. Here rather than beside the table, since a
//! language table may not name the engine that reads it (`core/tests/layers.rs`).

use close_reader_core::analysis::lang::german::GERMAN;
use close_reader_core::analysis::suggest::Suggester;

mod support;

/// The German rules' suggestions of `label` are the tagged spans.
fn check(label: &str, tagged: &str) {
    support::suggested::check(&GERMAN, label, tagged);
}

fn hedges(tagged: &str) {
    check("hedge", tagged);
}

fn sources(tagged: &str) {
    check("source", tagged);
}

/// The texts of the claims suggested for `text`.
fn claims(text: &str) -> Vec<String> {
    Suggester::new(&GERMAN)
        .suggest(text)
        .into_iter()
        .filter(|s| s.label == "claim")
        .map(|s| {
            close_reader_core::model::Text::new(text)
                .slice(s.span)
                .to_string()
        })
        .collect()
}

#[test]
fn the_table_is_the_one_for_de() {
    assert_eq!(
        close_reader_core::analysis::lang::table("de").unwrap().tag,
        "de"
    );
}

#[test]
fn modal_verbs_of_possibility_and_supposition() {
    hedges("Das Problem <hedge>könnte</hedge> sich verschärfen; ohne Förderung <hedge>dürfte</hedge> es teurer werden.");
    hedges("Die Schule konnte das nicht bestätigen. Der Körper könne Wärme schlechter abgeben.");
    hedges("Man könnte die Halle auch verkaufen. <hedge>Es kann sein</hedge>, dass es regnet.");
    hedges("Die Kosten <hedge>dürften</hedge> höher liegen. Die Schüler dürften ab Montag wieder in das Gebäude.");
    hedges("Die Arbeiten <hedge>müssten</hedge> bis Mai abgeschlossen sein. Sollte das Land ablehnen, müsste der Rat beraten.");
    hedges("Das <hedge>mag</hedge> stimmen, aber er mag keine Kompromisse.");
}

#[test]
fn soll_of_hearsay_against_soll_of_plan() {
    hedges("Der Täter <hedge>soll</hedge> 3.000 Euro erbeutet haben. Die Brücke soll 2026 fertig sein.");
    hedges("Die Bewehrung <hedge>soll</hedge> verrostet sein; die Arbeiten sollen bis Ende 2027 abgeschlossen sein.");
    hedges("Er floh, weil er 3.000 Euro erbeutet haben <hedge>soll</hedge>. Ursprünglich sollte es im Herbst öffnen.");
}

#[test]
fn konjunktiv_i_of_reported_speech_is_no_hedge() {
    hedges("Die Rücklagen seien aufgebraucht, man habe gewarnt, es werde teurer.");
}

#[test]
fn epistemic_adverbs_particles_and_open_questions() {
    hedges("Viele trinken <hedge>wahrscheinlich</hedge> zu wenig; die Zahlen lägen <hedge>offenbar</hedge> höher.");
    hedges("Er wird <hedge>wohl</hedge> zu Hause sein. Das Wohl der Bürger zählt, das ist sehr wohl bekannt.");
    hedges("Sie fühlt sich wohl. Nicht der Fahrer, wohl aber die Bahn haftet.");
    hedges("Ob es wirkt, ist <hedge>noch offen</hedge>; warum, ist <hedge>noch nicht abschließend geklärt</hedge>.");
    hedges("Es sei <hedge>gut möglich</hedge>, dass es stimmt. Ein möglicher Kompromiss, so schnell wie möglich.");
    hedges("Ein Zusammenhang sei <hedge>nicht auszuschließen</hedge>.");
    hedges("Ob das Werk bleibt, <hedge>ist offen</hedge>. Das Bad ist offen.");
}

#[test]
fn split_cues_across_the_sentence_bracket() {
    hedges("Die Daten <hedge>deuten</hedge> nach ihren Worten auch <hedge>darauf hin</hedge>, dass es wirkt.");
    hedges("Die Spuren <hedge>deuten darauf hin</hedge>, dass es Brandstiftung war.");
    hedges("Die Feuerwehr <hedge>schließt</hedge> Brandstiftung bislang <hedge>nicht aus</hedge>. Das Geld reicht nicht aus.");
    hedges("Die Stadt schließt die Halle aus Kostengründen.");
}

#[test]
fn reporting_hedges_and_impersonal_frames() {
    hedges("<hedge>Es hieß</hedge>, der Minister wolle zurücktreten. Aus Kreisen der Fraktion hieß es, er bleibe.");
    hedges(
        "<hedge>Vermutet wird</hedge>, dass Wasser eindrang. Die Autoren vermuten, dass es so ist.",
    );
    hedges(
        "<hedge>Man geht</hedge> inzwischen <hedge>davon aus</hedge>, dass es Brandstiftung war.",
    );
    hedges(
        "Der <hedge>mutmaßliche</hedge> Täter und das <hedge>sogenannte</hedge> Sondervermögen.",
    );
    hedges("<hedge>Schätzungen zufolge</hedge> waren es 140; nach Schätzungen des Verbands mehr.");
    hedges("<hedge>Nach ersten Erkenntnissen</hedge> der Feuerwehr brach das Feuer im Keller aus.");
    hedges("Die Hitze <hedge>scheint</hedge> nachts gefährlich zu sein, wenn die Sonne aufs Dach scheint.");
}

#[test]
fn approximators_and_their_look_alikes() {
    hedges("Es kostet <hedge>rund</hedge> 14,8 Millionen Euro, <hedge>gut</hedge> vier Millionen mehr; rund um die Uhr.");
    hedges("<hedge>Etwa</hedge> die Hälfte nimmt Medikamente, etwa Entwässerungstabletten.");
    hedges("Mit knapper Mehrheit; <hedge>knapp</hedge> 600 Mitglieder. <hedge>Über</hedge> 200 Anwohner, ein Bericht über die Brücke.");
    hedges("Der Effekt war <hedge>annähernd</hedge> doppelt so groß, eine Wiedereröffnung <hedge>frühestens</hedge> Ende 2026.");
    hedges(
        "<hedge>Gegen</hedge> 14.30 Uhr kam es zur Klage gegen das Land; ein Brief an die Stadt.",
    );
    hedges("Sie klagten gegen zwei Firmen und kamen <hedge>gegen Mitternacht</hedge> an.");
}

#[test]
fn exact_bounds_of_rules_categories_and_time_are_not_hedges() {
    hedges(
        "Ein Bußgeld von bis zu 50.000 Euro; Kommunen können bis zu 40 Prozent erstattet bekommen.",
    );
    hedges("Kinder unter sechs Jahren und über 65-Jährige; an Tagen mit mehr als 32 Grad.");
    hedges("Die Schäden <hedge>könnten</hedge> <hedge>bis zu</hedge> 5 Millionen Euro betragen, bei <hedge>mehr als</hedge> 35 Grad.");
    hedges("Die Sperrung dauert bis Ende 2027; vier Millionen mehr als veranschlagt.");
}

#[test]
fn sources_before_and_after_the_verb() {
    sources("<source>Die Autoren</source> vermuten, dass es stimmt. „Nein“, sagte <source>Fraktionschef Bernd Kolbeck</source>.");
    sources("Das gab <source>die Geschäftsführerin</source> am Freitag bekannt.");
    sources("Am Freitag teilte <source>eine Sprecherin des Bezirksamts</source> mit, dass die Halle schließt.");
    sources("Es sei zu spät, räumte <source>Hollstein</source> ein. Er sagte, es sei gut.");
    sources("<source>Landrätin Sabine Oettel (SPD)</source> sagte, das Wohl habe Vorrang.");
    sources("Wie <source>die Polizei</source> mitteilte, kamen mehr als Experten erwartet hatten.");
    sources("<source>Der Altersmediziner Thomas Wendt, der nicht beteiligt war</source>, hält die Ergebnisse für plausibel.");
    sources("Die Stadt hat Fördergeld beantragt. Die Feuerwehr konnte die Zahl nicht bestätigen.");
}

#[test]
fn laut_zufolge_nach_angaben_so_and_hervorgehen() {
    sources("Die Entscheidung wird laut <source>Hollstein</source> im Sommer erwartet; die Musik war zu laut.");
    sources("<source>Dem Bericht</source> zufolge fehlen 40 Stellen, Schätzungen zufolge mehr.");
    sources("Nach Angaben <source>der Polizei</source> entgleisten sieben Waggons, nach eigenen Angaben nicht.");
    sources("Nach einer älteren Schätzung <source>des Bauamts</source> kostet es mehr. Nach <source>Feuerwehrangaben</source> brannte es.");
    sources("Die Daten deuten nach <source>Albrechts</source> Worten darauf hin, dass es wirkt. Nach dem Unfall schwieg er.");
    sources("„So geht es nicht“, so <source>Heike Brandner, Vorsitzende des SV Kestenfurt 1921</source>. So lange hält das keiner durch.");
    sources("Wie aus <source>einem Papier des Ministeriums</source> hervorgeht, fehlen 3 Millionen Euro.");
    sources("Aus <source>Kreisen der Fraktion</source> hieß es, das Projekt sei tot.");
    sources("Laut eigenen Angaben wächst die Firma, laut <source>Polizeiangaben</source> nicht.");
}

#[test]
fn a_headline_may_open_with_its_source_and_a_colon() {
    sources(
        "<source>Studie</source>: Mehr Senioren in der Notaufnahme\n\nKestenfurt: Bad wird teurer.",
    );
    sources("<source>Ermittler</source> schließen einen Materialfehler nicht aus.");
}

#[test]
fn a_passive_names_no_source_but_its_agent() {
    sources("Als Ursache wird ein Defekt vermutet. Der Unfall wurde von <source>der Polizei</source> bestätigt.");
}

#[test]
fn claims_without_their_attribution() {
    assert_eq!(
        claims("Nach Angaben der Stadtverwaltung belaufen sich die Kosten auf rund 14,8 Millionen Euro."),
        ["belaufen sich die Kosten auf rund 14,8 Millionen Euro"]
    );
    assert_eq!(
        claims("Nun rechnet die Verwaltung mit einer Wiedereröffnung frühestens Ende 2026."),
        ["einer Wiedereröffnung frühestens Ende 2026"]
    );
    assert_eq!(
        claims("Der Sprecher sagte dieser Zeitung, die Rücklagen seien weitgehend aufgebraucht."),
        ["die Rücklagen seien weitgehend aufgebraucht"]
    );
}

#[test]
fn a_day_before_a_month_ends_no_sentence() {
    assert_eq!(
        claims("Das Bad ist seit dem 4. März 2024 geschlossen."),
        ["Das Bad ist seit dem 4. März 2024 geschlossen"]
    );
}
