//! The Spanish rule table's suggestions on short texts: its cues, its hard cases (from
//! `core/eval/es/README.md`), its sources and a claim. Here rather than beside the table, since a
//! language table may not name the engine that reads it (`core/tests/layers.rs`).

use close_reader_core::analysis::lang::spanish::SPANISH;

mod support;

/// The Spanish rules' suggestions of `label` are the tagged spans.
fn check(label: &str, tagged: &str) {
    support::suggested::check(&SPANISH, label, tagged);
}

fn hedges(tagged: &str) {
    check("hedge", tagged);
}

fn sources(tagged: &str) {
    check("source", tagged);
}

fn claims(tagged: &str) {
    check("claim", tagged);
}

#[test]
fn the_table_is_the_one_for_es() {
    assert!(std::ptr::eq(
        close_reader_core::analysis::lang::table("es").unwrap(),
        &SPANISH
    ));
}

#[test]
fn poder_hedges_only_in_its_epistemic_use() {
    hedges("La factura <hedge>podría</hedge> subir y <hedge>puede que</hedge> llueva.");
    hedges("El conductor <hedge>pudo</hedge> haberse dormido.");
    hedges("Los bomberos pudieron rescatar a dos personas; los vecinos pueden consultarlo.");
    hedges("No pudo ser localizado y no pudo confirmar la cifra.");
    hedges("Admiten que la apertura <hedge>podría</hedge> retrasarse.");
}

#[test]
fn deber_de_is_conjecture_and_deber_is_obligation() {
    hedges("<hedge>Debe de</hedge> haber gente dentro.");
    hedges("La piscina, que debía abrir en septiembre, debe pagar la mitad.");
}

#[test]
fn the_conditional_of_rumour_but_not_the_future_in_the_past() {
    hedges("Según la denuncia, el concejal <hedge>habría</hedge> facilitado las ofertas.");
    hedges("Asegura que tiene correos que <hedge>demostrarían</hedge> los contactos.");
    hedges("La reforma <hedge>costaría</hedge> <hedge>unos</hedge> 40 millones.");
    hedges("El alcalde anunció que la nueva línea costaría menos.");
    hedges("Si el camión hubiera volcado, el daño habría sido mayor.");
    hedges("Habría que esperar a que hable el juez.");
}

#[test]
fn epistemic_adverbs_adjectives_and_frames() {
    hedges("<hedge>Seguramente</hedge> no abrirá y <hedge>tal vez</hedge> cierre.");
    hedges("<hedge>Es probable que</hedge> el ruido fragmente el sueño.");
    hedges("Una posible subida de tarifas, por supuesto.");
    hedges("<hedge>Es posible que</hedge> llueva; es <hedge>posible</hedge> pero el peso <hedge>no está claro</hedge>.");
    hedges("Además, <hedge>se estima que</hedge> la hipertensión afecta a muchos.");
    hedges("<hedge>No se descarta que</hedge> el fuego fuera intencionado.");
    hedges("La diferencia <hedge>parece</hedge> desaparecer. Me parece un trabajo serio.");
}

#[test]
fn reporting_hedges() {
    hedges("La constructora <hedge>presuntamente</hedge> conocía el precio del <hedge>presunto</hedge> autor.");
    hedges("El <hedge>supuesto</hedge> desvío de fondos; <hedge>al parecer</hedge>, huyó.");
    hedges("La llamada «zona de calma» y las llamadas de este diario.");
}

#[test]
fn approximators_before_a_quantity_but_not_exact_bounds() {
    hedges("Un sobrecoste de <hedge>unos</hedge> 600.000 euros y <hedge>cerca de</hedge> 2.000 personas.");
    hedges("Tiene unos correos electrónicos y vive cerca de las obras.");
    hedges("<hedge>Más de</hedge> la mitad; la deuda <hedge>ronda</hedge> los 3 millones.");
    hedges("Se reunieron <hedge>al menos</hedge> cuatro veces.");
    hedges("Los pliegos exigían al menos tres empresas y ayudas de hasta 3.000 euros.");
    hedges("Viviendas expuestas a más de 55 decibelios; retrasarse hasta el verano.");
    hedges("Subestima el ruido <hedge>hasta en</hedge> 8 decibelios, <hedge>alrededor del</hedge> 30%.");
    hedges("La ronda norte; una rebaja de apenas 1.800 euros.");
    hedges("Firmaron <hedge>un centenar</hedge> de vecinos; el riesgo <hedge>casi</hedge> se duplicaba.");
}

#[test]
fn sugerir_of_evidence_is_a_hedge_and_of_a_proposal_is_not() {
    hedges("El trabajo <hedge>sugiere</hedge> además que el riesgo baja.");
    hedges("El concejal, Óscar Beltrán, sugirió ayer extender la zona.");
}

#[test]
fn sources_with_a_reporting_verb_or_segun() {
    sources("<source>La Consejería de Salud</source> calcula que la cifra sube.");
    sources("«Se reunieron», sostuvo <source>Menéndez</source>.");
    sources("Según <source>la asociación de vecinos de San Roque</source>, firmaron.");
    sources("El efecto, según <source>los autores</source>, fue mayor.");
    sources(
        "<source>Su abogado, Enrique Villalta</source>, aseguró en un comunicado que era legal.",
    );
    sources("«No abrirá», dijo.");
    sources("«No abrirá» —dijo <source>la portavoz</source>— «antes de junio».");
    sources("El Juzgado estimó el recurso de la empresa.");
}

#[test]
fn claims_without_their_attribution() {
    claims("Según la denuncia, <claim>el contrato costó 4,2 millones de euros</claim>.");
    claims("<source>Fuentes municipales</source> admiten que <claim>la obra costará 300.000 euros</claim>.");
}
