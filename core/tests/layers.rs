//! The core's layers, held by a test in the spirit of rust-analyzer's tidy tests. `model` knows no
//! other module of the crate and no serde; `anchoring` reads only the model; `formats` read the
//! model and anchoring, never `analysis`. Inside the analysis, the language tables read no engine
//! and the source classifier does not read the suggestions (which read it). Every path in the
//! source counts, `use` or not: `crate::…`, `crate::{…}` groups, and `super::super::…` climbing out
//! of a module. A failure names the file and line of each path that reaches up.

use std::path::{Path, PathBuf};

/// Modules (by path prefix) and the modules they must not name.
const RULES: &[(&[&str], &[&[&str]])] = &[
    (
        &["model"],
        &[&["anchoring"], &["formats"], &["analysis"], &["import"]],
    ),
    (&["import"], &[&["anchoring"], &["formats"], &["analysis"]]),
    (&["anchoring"], &[&["formats"], &["analysis"]]),
    (&["formats"], &[&["analysis"]]),
    (
        &["analysis", "lang"],
        &[&["analysis", "suggest"], &["analysis", "source_kind"]],
    ),
    (&["analysis", "source_kind"], &[&["analysis", "suggest"]]),
];

/// Modules and the words they must not use at all: the model's types carry no serde (the formats
/// write their own serialisable counterparts).
const WORDS: &[(&[&str], &[&str])] = &[(&["model"], &["serde", "serde_json"])];

#[test]
fn no_layer_reaches_up() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "the core's sources were not found");
    let mut problems = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let text = std::fs::read_to_string(file).expect("readable source");
        for v in violations(&module_path(rel), &text) {
            let shown = Path::new("core/src").join(rel);
            problems.push(format!("{}:{}: {}", shown.display(), v.line, v.what));
        }
    }
    assert!(
        problems.is_empty(),
        "a layer of the core reaches up (model < anchoring < formats < analysis; lang < \
         source_kind < suggest):\n{}",
        problems.join("\n")
    );
}

/// The checker itself: each way of naming a higher layer is caught, and comments, strings and
/// look-alike names are not paths.
#[test]
fn the_checker_sees_every_way_up() {
    let caught = |module: &[&str], text: &str| violations(module, text).len();
    let cross = &["model", "cross"][..];
    assert_eq!(caught(cross, "use crate::formats::native::text_sha256;"), 1);
    assert_eq!(
        caught(cross, "use crate::{model::Span, analysis::evidence};"),
        1
    );
    let group = "use crate::{\n    model::{Span, Text},\n    formats::{self, csv},\n};";
    assert_eq!(caught(cross, group), 1);
    assert_eq!(
        caught(
            cross,
            "let s = crate :: analysis :: evidence::summarise(d);"
        ),
        1
    );
    assert_eq!(caught(cross, "use super::super::formats::native;"), 1);
    assert_eq!(
        caught(
            cross,
            "mod tests { use super::super::super::anchoring::place; }"
        ),
        1
    );
    assert_eq!(caught(cross, "use serde::Serialize;"), 1);
    assert_eq!(caught(cross, "#[derive(serde::Serialize)]"), 1);
    assert_eq!(
        caught(
            cross,
            "use crate::model::{Span, Text};\nuse super::link::Link;"
        ),
        0
    );
    assert_eq!(
        caught(
            cross,
            "// crate::formats::native\n/* crate::analysis */ let x = 1;"
        ),
        0
    );
    assert_eq!(
        caught(
            cross,
            r##"let s = "crate::formats"; let r = r#"super::super::analysis"#;"##
        ),
        0
    );
    assert_eq!(
        caught(
            cross,
            "let c = '{'; fn f<'a>(x: &'a str) {} use crate::model::Span;"
        ),
        0
    );
    assert_eq!(
        caught(
            cross,
            "use crate::model::formats_like; let my_crate = 1; pub(crate) fn f() {}"
        ),
        0
    );
    assert_eq!(violations(cross, "\n\nuse crate::formats::csv;")[0].line, 3);
    let csv = &["formats", "csv"][..];
    assert_eq!(caught(csv, "use crate::anchoring::place;"), 0);
    assert_eq!(caught(csv, "use crate::analysis::report;"), 1);
    assert_eq!(
        caught(&["analysis", "report"], "use crate::formats::csv;"),
        0
    );
    let kind = &["analysis", "source_kind"][..];
    assert_eq!(
        caught(kind, "use crate::analysis::lang::english::ENGLISH;"),
        0
    );
    assert_eq!(caught(kind, "use super::suggest::english::ENGLISH;"), 1);
    assert_eq!(
        caught(kind, "use crate::analysis::{lang, suggest::english};"),
        1
    );
    let sources = &["analysis", "suggest", "sources"][..];
    assert_eq!(
        caught(sources, "use crate::analysis::source_kind::classify;"),
        0
    );
    assert_eq!(
        caught(
            &["analysis", "lang", "english"],
            "use super::super::source_kind::classify;"
        ),
        1
    );
}

struct Violation {
    line: usize,
    what: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable directory")
        .map(|e| e.expect("readable entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The module a file under `src/` defines: `model/cross.rs` is `["model", "cross"]`, `model/mod.rs`
/// is `["model"]`, `lib.rs` is the crate root.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

fn starts_with<S: AsRef<str>>(path: &[S], prefix: &[&str]) -> bool {
    path.len() >= prefix.len() && path.iter().zip(prefix).all(|(a, b)| a.as_ref() == *b)
}

/// Every path in `text`, the source of `file_module`, that names a module its rules forbid.
fn violations<S: AsRef<str>>(file_module: &[S], text: &str) -> Vec<Violation> {
    let tokens = tokens(text);
    let mut out = Vec::new();
    // Inline modules (`mod tests { … }`) with the brace depth they opened at.
    let mut inline: Vec<(&str, usize)> = Vec::new();
    let mut depth = 0;
    for (i, t) in tokens.iter().enumerate() {
        let prev = |k: usize| i.checked_sub(k).map(|j| tokens[j].text.as_str());
        match t.text.as_str() {
            "{" => {
                depth += 1;
                if prev(2) == Some("mod") {
                    inline.push((tokens[i - 1].text.as_str(), depth));
                }
                continue;
            }
            "}" => {
                if inline.last().is_some_and(|&(_, d)| d == depth) {
                    inline.pop();
                }
                depth -= 1;
                continue;
            }
            _ => {}
        }
        let module: Vec<&str> = file_module
            .iter()
            .map(AsRef::as_ref)
            .chain(inline.iter().map(|&(m, _)| m))
            .collect();
        for (prefix, words) in WORDS {
            if starts_with(&module, prefix) && words.contains(&t.text.as_str()) {
                out.push(Violation {
                    line: t.line,
                    what: format!("`{}` in `{}`", t.text, module.join("::")),
                });
            }
        }
        if matches!(prev(1), Some("::" | "super")) {
            continue;
        }
        let (base, at): (Vec<&str>, usize) = match t.text.as_str() {
            "crate" => (Vec::new(), i + 1),
            "super" => {
                let mut j = i;
                while tokens.get(j).is_some_and(|t| t.text == "super")
                    && tokens.get(j + 1).is_some_and(|t| t.text == "::")
                {
                    j += 2;
                }
                let up = (j - i) / 2;
                (module[..module.len().saturating_sub(up)].to_vec(), j - 1)
            }
            _ => continue,
        };
        if tokens.get(at).is_none_or(|t| t.text != "::") {
            continue;
        }
        for path in paths(&tokens, at + 1) {
            let full: Vec<&str> = base
                .iter()
                .copied()
                .chain(path.iter().map(|t| t.text.as_str()))
                .collect();
            for (from, forbidden) in RULES {
                if !starts_with(&module, from) {
                    continue;
                }
                if let Some(f) = forbidden.iter().find(|f| starts_with(&full, f)) {
                    let line = path.first().map_or(t.line, |t| t.line);
                    let what = format!("`{}` names `{}`", module.join("::"), f.join("::"));
                    // `formats::{self, csv}` names the module once.
                    if !out.iter().any(|v| v.line == line && v.what == what) {
                        out.push(Violation { line, what });
                    }
                }
            }
        }
    }
    out
}

/// The paths that start at `tokens[at]`: `a::b::c` is one, `a::{b, c::{d, e}}` is three.
fn paths(tokens: &[Token], at: usize) -> Vec<Vec<&Token>> {
    let mut segments = Vec::new();
    let mut j = at;
    while let Some(t) = tokens.get(j) {
        if t.text == "{" {
            return group(tokens, j)
                .into_iter()
                .map(|rest| segments.iter().copied().chain(rest).collect())
                .collect();
        }
        if !t.is_ident() {
            break;
        }
        segments.push(t);
        if tokens.get(j + 1).is_none_or(|t| t.text != "::") {
            break;
        }
        j += 2;
    }
    vec![segments]
}

/// The paths of the items of the `{…}` group opening at `tokens[open]`.
fn group(tokens: &[Token], open: usize) -> Vec<Vec<&Token>> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.text.as_str() {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            "," if depth == 1 => item_start = true,
            _ if depth == 1 && item_start => {
                out.extend(paths(tokens, j));
                item_start = false;
            }
            _ => {}
        }
    }
    out
}

#[derive(Debug)]
struct Token {
    text: String,
    line: usize,
}

impl Token {
    fn is_ident(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
    }
}

/// Identifiers, `::`, braces and commas, each with its line. Comments, string and character
/// literals are skipped; everything else separates tokens.
fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Skips to the end of a literal or comment, counting its lines; returns the index after it.
    let skip = |from: usize, end: &dyn Fn(usize) -> Option<usize>, line: &mut usize| {
        let mut k = from;
        while k < chars.len() {
            if let Some(after) = end(k) {
                return after;
            }
            if chars[k] == '\n' {
                *line += 1;
            }
            k += 1;
        }
        k
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            i = skip(i, &|k| (chars[k] == '\n').then_some(k), &mut line);
        } else if c == '/' && next == Some('*') {
            i = skip(
                i + 2,
                &|k| (chars[k] == '*' && chars.get(k + 1) == Some(&'/')).then_some(k + 2),
                &mut line,
            );
        } else if c == '"' {
            i = skip(
                i + 1,
                &|k| (chars[k] == '"' && !escaped(&chars, k)).then_some(k + 1),
                &mut line,
            );
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{7b}'), or else a lifetime ('a).
            i += match (next, chars.get(i + 2)) {
                (Some('\\'), _) => {
                    skip(i + 2, &|k| (chars[k] == '\'').then_some(k + 1), &mut line) - i
                }
                (Some(_), Some('\'')) => 3,
                _ => 1,
            };
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let hashes = chars[i..].iter().take_while(|&&h| h == '#').count();
            if matches!(word.as_str(), "r" | "br" | "cr") && chars.get(i + hashes) == Some(&'"') {
                // A raw string: ends at a quote followed by as many hashes.
                let close = |k: usize| {
                    (chars[k] == '"'
                        && chars[k + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&h| h == '#')
                            .count()
                            == hashes)
                        .then_some(k + 1 + hashes)
                };
                i = skip(i + hashes + 1, &close, &mut line);
            } else {
                out.push(Token { text: word, line });
            }
        } else if c == ':' && next == Some(':') {
            out.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            if matches!(c, '{' | '}' | ',') {
                out.push(Token {
                    text: c.to_string(),
                    line,
                });
            }
            i += 1;
        }
    }
    out
}

/// True when the character at `k` is escaped by an odd number of backslashes before it.
fn escaped(chars: &[char], k: usize) -> bool {
    chars[..k].iter().rev().take_while(|&&c| c == '\\').count() % 2 == 1
}
