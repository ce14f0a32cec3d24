//! `cargo xtask bench cli`: the command line's `grade` on a class of 10,000 students' files of a
//! 3,000-word article (1 in 100 with a corrected typo, so re-anchored), generated in a temporary
//! folder; prints the wall time and the peak memory (the child's resident high-water mark, from
//! `/proc`). Run by xtask with the release binary's path as the argument.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};

/// The class's size unless a second argument gives another.
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
fn generate(dir: &Path, students: usize) -> (PathBuf, PathBuf) {
    let mut rng = Lcg(2026);
    let (text, words) = article(&mut rng);
    let key = passages(&mut rng, &words, KEY_SPANS);
    let class = dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    let key_path = dir.join("key.json");
    std::fs::write(
        &key_path,
        native::to_json(&document(&text, "Teacher", &key)),
    )
    .unwrap();
    let typo = text.replacen("council", "councill", 1);
    let cut = typo
        .find("councill")
        .map_or(0, |b| typo[..b].chars().count());
    for n in 0..students {
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

/// The high-water mark of a running process's resident memory (`VmHWM` in `/proc/PID/status`),
/// in KiB; `None` once it has gone. (Not `getrusage`: Linux carries a child's maximum across its
/// `exec` from the fork of this process, so it would report this generator's memory.)
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let cli = std::env::args()
        .nth(1)
        .expect("usage: bench PATH-TO-close-reader-cli [STUDENTS]");
    let students: usize = std::env::args()
        .nth(2)
        .map_or(STUDENTS, |n| n.parse().expect("a number of students"));
    let dir = std::env::temp_dir().join(format!("close-reader-cli-bench-{}", std::process::id()));
    let t = Instant::now();
    let (key, class) = generate(&dir, students);
    let bytes: u64 = std::fs::read_dir(&class)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "Generated {students} files of a {WORDS}-word article ({:.0} MB) in {:.1} s.",
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let out = dir.join("gradebook.csv");
    let t = Instant::now();
    let mut child = Command::new(&cli)
        .args(["grade", "--key"])
        .arg(&key)
        .arg(&class)
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the command line runs");
    // Polled until it ends: the mark only rises, so the last reading is the peak within 2 ms.
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        peak = peak_kib(child.id()).unwrap_or(0).max(peak);
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    let wall = t.elapsed();
    let rows = std::fs::read_to_string(&out).unwrap().lines().count() - 1;
    println!("| measure | value |\n|---|---|");
    println!(
        "| `grade`: {students} files, wall time | {:.2} s |",
        wall.as_secs_f64()
    );
    println!(
        "| peak memory (resident high-water mark) | {:.1} MB |",
        peak as f64 / 1024.0
    );
    println!("| rows written | {rows} |");
    println!("| exit status | {} |", status.code().unwrap_or(-1));
    // KEEP=1 keeps the class, to run the command line on it by hand.
    if std::env::var_os("KEEP").is_some() {
        println!("The class is kept in {}", dir.display());
    } else {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    if rows != students || !status.success() {
        eprintln!("bench: expected {students} rows and success");
        std::process::exit(1);
    }
}
