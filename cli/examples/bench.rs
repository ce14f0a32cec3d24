//! `cargo xtask bench cli`: the command line's `grade` on a class of 10,000 students' files of a
//! 3,000-word article (1 in 100 with a corrected typo, so re-anchored), generated in a temporary
//! folder; prints the wall time and the peak memory (the child's maximum resident set, from
//! `getrusage`). Run by xtask with the release binary's path as the argument.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};

const STUDENTS: usize = 10_000;
const WORDS: usize = 3_000;
const KEY_SPANS: usize = 40;

const VOCABULARY: [&str; 24] = [
    "the",
    "council",
    "said",
    "figures",
    "show",
    "costs",
    "may",
    "rise",
    "according",
    "to",
    "officials",
    "critics",
    "reportedly",
    "doubt",
    "residents",
    "will",
    "vote",
    "experts",
    "suggest",
    "flooding",
    "could",
    "harbour",
    "Okafor",
    "café",
];

/// A linear congruential generator: the same class on every run and machine.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// The article's text and the code-point range of each word.
fn article(rng: &mut Lcg) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut words = Vec::new();
    let mut at = 0;
    for i in 0..WORDS {
        let sep = match i {
            0 => "",
            _ if i % 60 == 0 => ".\n\n",
            _ if i % 12 == 0 => ". ",
            _ => " ",
        };
        text.push_str(sep);
        at += sep.chars().count();
        let word = VOCABULARY[rng.below(VOCABULARY.len())];
        text.push_str(word);
        words.push((at, at + word.chars().count()));
        at += word.chars().count();
    }
    text.push('.');
    (text, words)
}

/// `n` spans of a few words each, spread over the article: (label, start, end).
fn passages(
    rng: &mut Lcg,
    words: &[(usize, usize)],
    n: usize,
) -> Vec<(&'static str, usize, usize)> {
    let step = words.len() / n;
    (0..n)
        .map(|i| {
            let first = i * step + rng.below(step / 2);
            let last = (first + 1 + rng.below(8)).min(words.len() - 1);
            let label = ["claim", "source", "hedge"][rng.below(3)];
            (label, words[first].0, words[last].1)
        })
        .collect()
}

fn document(text: &str, annotator: &str, spans: &[(&str, usize, usize)]) -> Document {
    let mut d = Document::new("Harbour wall", text, None);
    d.annotator = Some(annotator.to_string());
    for (i, &(label, start, end)) in spans.iter().enumerate() {
        let span = Span::new(start, end).expect("ordered");
        let _ = d.insert(Annotation::new(
            &format!("a{}", i + 1),
            label,
            span,
            "2026-01-01T00:00:00Z",
        ));
    }
    d
}

/// Writes the key and the class into `dir`; returns the key's path and the class folder.
fn generate(dir: &Path) -> (PathBuf, PathBuf) {
    let mut rng = Lcg(2026);
    let (text, words) = article(&mut rng);
    let key = passages(&mut rng, &words, KEY_SPANS);
    let key_path = dir.join("key.json");
    std::fs::write(
        &key_path,
        native::to_json(&document(&text, "Teacher", &key)),
    )
    .unwrap();
    let class = dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    let typo = text.replacen("council", "councill", 1);
    let cut = typo
        .find("councill")
        .map_or(0, |b| typo[..b].chars().count());
    for n in 0..STUDENTS {
        // About half the key's spans, some a word short, and a few of their own.
        let mut spans: Vec<_> = key.iter().copied().filter(|_| rng.below(2) == 0).collect();
        for s in spans.iter_mut().filter(|_| rng.below(4) == 0) {
            s.2 = words
                .iter()
                .rev()
                .find(|w| w.1 < s.2 && w.1 > s.1)
                .map_or(s.2, |w| w.1);
        }
        spans.extend(passages(&mut rng, &words, 4));
        let with_typo = n % 100 == 99;
        let own = if with_typo {
            typo.as_str()
        } else {
            text.as_str()
        };
        // The typo adds a letter: the spans after it move with the text.
        let shifted: Vec<_> = spans
            .iter()
            .map(|&(l, s, e)| {
                if with_typo && s > cut {
                    (l, s + 1, e + 1)
                } else {
                    (l, s, e)
                }
            })
            .collect();
        let doc = document(own, &format!("Student {:05}", n + 1), &shifted);
        std::fs::write(class.join(format!("s{n:05}.json")), native::to_json(&doc)).unwrap();
    }
    (key_path, class)
}

/// The largest resident set of the children waited for so far, in KiB (Linux counts in KiB).
fn children_peak_kib() -> i64 {
    // SAFETY: getrusage writes into the zeroed struct it is given and reads nothing else.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage.ru_maxrss
    }
}

fn main() {
    let cli = std::env::args()
        .nth(1)
        .expect("usage: bench PATH-TO-close-reader-cli");
    let dir = std::env::temp_dir().join(format!("close-reader-cli-bench-{}", std::process::id()));
    let t = Instant::now();
    let (key, class) = generate(&dir);
    let bytes: u64 = std::fs::read_dir(&class)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "Generated {STUDENTS} files of a {WORDS}-word article ({:.0} MB) in {:.1} s.",
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let out = dir.join("gradebook.csv");
    let t = Instant::now();
    let status = Command::new(&cli)
        .args(["grade", "--key"])
        .arg(&key)
        .arg(&class)
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(Stdio::inherit())
        .status()
        .expect("the command line runs");
    let wall = t.elapsed();
    let peak = children_peak_kib();
    let rows = std::fs::read_to_string(&out).unwrap().lines().count() - 1;
    println!("| measure | value |\n|---|---|");
    println!(
        "| `grade`: {STUDENTS} files, wall time | {:.2} s |",
        wall.as_secs_f64()
    );
    println!("| peak memory (max RSS) | {:.1} MB |", peak as f64 / 1024.0);
    println!("| rows written | {rows} |");
    println!("| exit status | {} |", status.code().unwrap_or(-1));
    std::fs::remove_dir_all(&dir).unwrap();
    if rows != STUDENTS || !status.success() {
        eprintln!("bench: expected {STUDENTS} rows and success");
        std::process::exit(1);
    }
}
