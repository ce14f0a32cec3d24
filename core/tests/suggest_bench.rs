//! Native timing of suggestions for a generated 10,000-word article: a benchmark, not a timed test.
//! Run it in release:
//! `cargo test --release -p close-reader-core --test suggest_bench -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use close_reader_core::analysis::suggest::suggest;

/// News-like sentences dense in cues, so every rule works: hedges, attributions, numbers. `{P}` is a
/// person, `{O}` an organisation, `{N}` a number: filled from generated names so that the sources vary
/// as in a real article.
const SENTENCES: &[&str] = &[
    "The {O} said on Thursday that about {N} homes may be at risk by 2027.",
    "\"We will not cut corners,\" said Deputy Mayor {P}, who chairs the committee.",
    "According to two officials familiar with the talks, the deal could collapse.",
    "Prices rose by more than {N}% last year, the largest increase in a decade.",
    "Researchers at the University of {O} found that the effect is probably small.",
    "The so-called reform is believed to have cost at least £{N}m because of delays.",
    "Critics say the plan seems unlikely to work, although supporters disagree.",
    "In May, the {O} reportedly warned that sea levels are rising faster than expected.",
    "{P}, a spokeswoman for the {O}, said it had verified {N} videos.",
    "A book about the history of the town sat around the corner from the old station.",
    "Nobody could not see the smoke; it was thick and grey over the hills.",
    "An estimated {N} people attended, up from {N} in 2019, organisers said.",
    "The weather was mild and the streets were quiet for most of the afternoon.",
    "Residents gathered outside the hall to hear what the council had decided.",
];

/// A pseudo-random word from syllables, capitalised: "Varokel".
fn name(seed: &mut u64) -> String {
    const SYLLABLES: &[&str] = &[
        "va", "ro", "kel", "mi", "dan", "su", "tor", "le", "bri", "han",
    ];
    let mut out = String::new();
    for _ in 0..2 + (*seed % 2) {
        *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        out.push_str(SYLLABLES[(*seed >> 33) as usize % SYLLABLES.len()]);
    }
    out[..1].to_uppercase() + &out[1..]
}

fn article(words: usize) -> String {
    let mut seed = 7;
    let mut out = String::new();
    let mut n = 0;
    let mut i = 0usize;
    while n < words {
        let mut s = SENTENCES[(i * 7 + i / 3) % SENTENCES.len()].to_string();
        while let Some(at) = s.find('{') {
            let filler = match &s[at + 1..at + 2] {
                "P" => format!("{} {}", name(&mut seed), name(&mut seed)),
                "O" => format!("{} Institute", name(&mut seed)),
                _ => (seed % 9_000 + 12).to_string(),
            };
            s.replace_range(at..at + 3, &filler);
        }
        out.push_str(&s);
        n += s.split_whitespace().count();
        i += 1;
        out.push_str(if i.is_multiple_of(5) { "\n\n" } else { " " });
    }
    out
}

#[test]
#[ignore = "a benchmark: run in release with --ignored --nocapture"]
fn suggestions_for_ten_thousand_words() {
    let text = article(10_000);
    let words = text.split_whitespace().count();
    let all = suggest(&text);
    let count = all.len();
    let t = close_reader_core::Text::new(text.as_str());
    let sources: Vec<&str> = all
        .iter()
        .filter(|s| s.label == "source")
        .map(|s| t.slice(s.span))
        .collect();
    let mut distinct = sources.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let mut times: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(suggest(std::hint::black_box(&text)));
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "suggest: {words} words, {count} suggestions ({} sources, {} distinct): median {:.2} ms, min {:.2} ms, max {:.2} ms (30 runs)",
        sources.len(),
        distinct.len(),
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
    assert!(count > words / 20, "the generated text exercises the rules");
}
