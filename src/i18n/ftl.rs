//! The interface's messages are written in Project Fluent's syntax (`locales/<language>.ftl`, the
//! format Firefox's translators use). This reads the part of Fluent the app needs: messages and
//! their attributes, terms (`-brand`), variables (`{ $count }`), string literals (`{ "{" }`) and
//! selections on a number's plural category or a string (`{ $count -> [one] … *[other] … }`).
//! Anything else is reported as a problem with its line, so a translator's slip fails the tests.

use std::collections::HashMap;

use super::plural::{self, Plural};
use super::{number, Arg, Lang};

/// A message's text: literal runs and placeables.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern(pub Vec<Element>);

#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Text(String),
    Var(String),
    Term(String),
    Select {
        on: String,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

/// A variant's key: a plural category or other word, or an exact number.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Word(String),
    Number(f64),
}

/// A parsed message file: messages (attributes as `id.attribute`) and terms (without their `-`).
#[derive(Default, Debug)]
pub struct Resource {
    pub messages: HashMap<String, Pattern>,
    pub terms: HashMap<String, Pattern>,
    /// Ids in the order they appear, for the tests' checks.
    pub order: Vec<String>,
}

/// A problem in a message file, with its line (counted from 1).
#[derive(Debug, PartialEq)]
pub struct Problem {
    pub line: usize,
    pub what: String,
}

/// Reads a whole file; what it could not read is listed, the rest is kept.
pub fn parse(source: &str) -> (Resource, Vec<Problem>) {
    let mut res = Resource::default();
    let mut problems = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    let mut i = 0;
    // The message whose attributes follow.
    let mut current: Option<String> = None;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if trimmed.is_empty() || line.starts_with('#') {
            if line.starts_with('#') {
                current = None;
            }
            i += 1;
            continue;
        }
        let indented = line.starts_with(' ');
        let Some(eq) = line.find('=') else {
            problems.push(Problem {
                line: i + 1,
                what: format!("expected `id = text`, found {line:?}"),
            });
            i += 1;
            continue;
        };
        let name = line[..eq].trim();
        let (id, is_term) = if indented {
            let Some(attr) = name.strip_prefix('.') else {
                problems.push(Problem {
                    line: i + 1,
                    what: format!("an indented line that is not an attribute: {line:?}"),
                });
                i += 1;
                continue;
            };
            let Some(parent) = current.clone() else {
                problems.push(Problem {
                    line: i + 1,
                    what: "an attribute outside a message".into(),
                });
                i += 1;
                continue;
            };
            (format!("{parent}.{attr}"), false)
        } else if let Some(term) = name.strip_prefix('-') {
            (term.to_string(), true)
        } else {
            (name.to_string(), false)
        };
        if !valid_id(id.trim_start_matches('-')) {
            problems.push(Problem {
                line: i + 1,
                what: format!("{name:?} is not a valid message name"),
            });
        }
        // The value: the rest of this line and the indented lines after it (not attributes).
        let first = line[eq + 1..].trim_start();
        let mut body: Vec<&str> = vec![first];
        // An open placeable goes on whatever the next line's indentation (a selection's closing
        // `}` may sit at the line's start).
        let mut depth = open_braces(first, 0);
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j];
            let t = l.trim_start();
            let indented_text = |l: &str| l.starts_with(' ') && !l.trim_start().starts_with('.');
            let continues = depth > 0
                || indented_text(l)
                || t.is_empty()
                    && lines[j + 1..]
                        .iter()
                        .find(|n| !n.trim().is_empty())
                        .is_some_and(|n| indented_text(n));
            if !continues {
                break;
            }
            depth = open_braces(l, depth);
            body.push(l);
            j += 1;
        }
        let text = dedent(&body);
        match parse_pattern(&text) {
            Ok(p) => {
                let map = if is_term {
                    &mut res.terms
                } else {
                    &mut res.messages
                };
                let key = id.clone();
                if map.insert(key.clone(), p).is_some() {
                    problems.push(Problem {
                        line: i + 1,
                        what: format!("{name:?} is defined twice"),
                    });
                }
                if !is_term {
                    res.order.push(key);
                }
            }
            Err(what) => problems.push(Problem {
                line: i + 1,
                what: format!("{name}: {what}"),
            }),
        }
        if !indented {
            current = (!is_term).then_some(id);
        }
        i = j;
    }
    (res, problems)
}

/// The placeables still open after `line`, given those open before it (quotes count only inside
/// a placeable, where they delimit string literals).
fn open_braces(line: &str, before: i32) -> i32 {
    let (mut depth, mut in_string, mut escaped) = (before, false, false);
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' if depth > 0 => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => depth -= 1,
            _ => {}
        }
    }
    depth
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// Joins a value's lines: the first as written, the others without their common indentation.
fn dedent(lines: &[&str]) -> String {
    let rest = &lines[1..];
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut parts: Vec<&str> = Vec::new();
    if !lines[0].is_empty() {
        parts.push(lines[0]);
    }
    for l in rest {
        parts.push(if l.len() >= indent { &l[indent..] } else { "" });
    }
    parts.join("\n").trim_end().to_string()
}

struct Cursor<'a> {
    s: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.at..].chars().next()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        Some(c)
    }
    fn blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }
    fn word(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        {
            self.bump();
        }
        self.s[start..self.at].to_string()
    }
}

fn parse_pattern(text: &str) -> Result<Pattern, String> {
    let mut c = Cursor { s: text, at: 0 };
    let p = pattern(&mut c, false)?;
    if c.at < text.len() {
        return Err(format!("unexpected {:?}", &text[c.at..]));
    }
    Ok(p)
}

/// Text and placeables up to the end, or (inside a variant) up to a line that starts another
/// variant or closes the selection.
fn pattern(c: &mut Cursor, in_variant: bool) -> Result<Pattern, String> {
    let mut out = Vec::new();
    let mut text = String::new();
    loop {
        if in_variant && at_variant_end(c) {
            break;
        }
        match c.peek() {
            None => break,
            Some('{') => {
                c.bump();
                if !text.is_empty() {
                    out.push(Element::Text(std::mem::take(&mut text)));
                }
                out.push(placeable(c)?);
            }
            Some('}') => return Err("a `}` without its `{` (write { \"}\" })".into()),
            Some(ch) => {
                c.bump();
                text.push(ch);
            }
        }
    }
    if !text.is_empty() {
        out.push(Element::Text(text));
    }
    if in_variant {
        // A variant's text is what stands between its key and the line's end, without the spaces.
        if let Some(Element::Text(first)) = out.first_mut() {
            *first = first.trim_start().to_string();
        }
        if let Some(Element::Text(last)) = out.last_mut() {
            *last = last.trim_end().to_string();
        }
        out.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
    }
    Ok(Pattern(out))
}

/// Inside a selection, a variant's text ends at a newline followed by `[`, `*[` or `}`.
fn at_variant_end(c: &Cursor) -> bool {
    let rest = &c.s[c.at..];
    if !rest.starts_with('\n') {
        return false;
    }
    let next = rest.trim_start();
    next.starts_with('[') || next.starts_with("*[") || next.starts_with('}')
}

fn placeable(c: &mut Cursor) -> Result<Element, String> {
    c.blank();
    let el = match c.peek() {
        Some('"') => {
            c.bump();
            let mut s = String::new();
            loop {
                match c.bump() {
                    None | Some('\n') => {
                        return Err("a string literal without its closing `\"`".into())
                    }
                    Some('"') => break,
                    Some('\\') => match c.bump() {
                        Some('"') => s.push('"'),
                        Some('\\') => s.push('\\'),
                        Some('u') => {
                            let hex: String = (0..4).filter_map(|_| c.bump()).collect();
                            let ch = u32::from_str_radix(&hex, 16)
                                .ok()
                                .and_then(char::from_u32)
                                .ok_or("a bad \\u escape")?;
                            s.push(ch);
                        }
                        _ => return Err("an unknown escape in a string literal".into()),
                    },
                    Some(ch) => s.push(ch),
                }
            }
            Element::Text(s)
        }
        Some('$') => {
            c.bump();
            let name = c.word();
            if name.is_empty() {
                return Err("a `$` without a variable name".into());
            }
            c.blank();
            if c.s[c.at..].starts_with("->") {
                c.at += 2;
                return select(c, name);
            }
            Element::Var(name)
        }
        Some('-') => {
            c.bump();
            let name = c.word();
            if name.is_empty() {
                return Err("a `-` without a term name".into());
            }
            Element::Term(name)
        }
        _ => return Err("a placeable must hold $variable, -term or \"text\"".into()),
    };
    c.blank();
    if !c.eat('}') {
        return Err("a placeable without its closing `}`".into());
    }
    Ok(el)
}

fn select(c: &mut Cursor, on: String) -> Result<Element, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        c.blank();
        if c.eat('}') {
            break;
        }
        let star = c.eat('*');
        if !c.eat('[') {
            return Err(format!(
                "a variant of ${on} must start with [key] or *[key]"
            ));
        }
        c.blank();
        let word = c.word();
        c.blank();
        if !c.eat(']') {
            return Err(format!("a variant key of ${on} without its `]`"));
        }
        let key = match word.parse::<f64>() {
            Ok(n) if word.starts_with(|ch: char| ch.is_ascii_digit()) => Key::Number(n),
            _ if word.is_empty() => return Err(format!("an empty variant key in ${on}")),
            _ => Key::Word(word),
        };
        if star {
            if default.is_some() {
                return Err(format!("${on} has two default variants"));
            }
            default = Some(variants.len());
        }
        // The variant's text starts after spaces on the key's line.
        while c.peek() == Some(' ') {
            c.bump();
        }
        let p = pattern(c, true)?;
        variants.push((key, p));
        if c.peek().is_none() {
            return Err(format!("the selection on ${on} is not closed with `}}`"));
        }
    }
    let default = default.ok_or(format!(
        "the selection on ${on} has no default *[…] variant"
    ))?;
    Ok(Element::Select {
        on,
        variants,
        default,
    })
}

/// Writes `pattern` in `lang` with `args`; terms come from `terms`. A missing variable shows as
/// its name in braces, so that a slip is seen rather than hidden.
pub fn format(
    pattern: &Pattern,
    lang: Lang,
    args: &[(&str, Arg)],
    terms: &dyn Fn(&str) -> Option<Pattern>,
    out: &mut String,
) {
    for el in &pattern.0 {
        match el {
            Element::Text(t) => out.push_str(t),
            Element::Var(name) => match args.iter().find(|(k, _)| k == name) {
                Some((_, Arg::Str(s))) => out.push_str(s),
                Some((_, Arg::Num(n))) => out.push_str(&number::format(*n, lang)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Element::Term(name) => match terms(name) {
                Some(p) => format(&p, lang, args, terms, out),
                None => {
                    out.push_str("{-");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Element::Select {
                on,
                variants,
                default,
            } => {
                let value = args.iter().find(|(k, _)| k == on).map(|(_, v)| v);
                let chosen = choose(variants, value, lang).unwrap_or(*default);
                format(&variants[chosen].1, lang, args, terms, out);
            }
        }
    }
}

/// The variant for `value`: an exact number first, then the number's plural category, or a
/// string's own word.
fn choose(variants: &[(Key, Pattern)], value: Option<&Arg>, lang: Lang) -> Option<usize> {
    match value? {
        Arg::Num(n) => variants
            .iter()
            .position(|(k, _)| matches!(k, Key::Number(x) if x == n))
            .or_else(|| {
                let cat = plural::category(lang, *n);
                variants
                    .iter()
                    .position(|(k, _)| matches!(k, Key::Word(w) if Plural::named(w) == Some(cat)))
            }),
        Arg::Str(s) => variants
            .iter()
            .position(|(k, _)| matches!(k, Key::Word(w) if w == s)),
    }
}

/// The variables a pattern uses (selections included), for the tests' checks.
#[cfg(test)]
pub fn variables(p: &Pattern, out: &mut Vec<String>) {
    for el in &p.0 {
        match el {
            Element::Var(v) => out.push(v.clone()),
            Element::Select { on, variants, .. } => {
                out.push(on.clone());
                for (_, v) in variants {
                    variables(v, out);
                }
            }
            Element::Text(_) | Element::Term(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(src: &str, id: &str, lang: Lang, args: &[(&str, Arg)]) -> String {
        let (res, problems) = parse(src);
        assert_eq!(problems, [], "{src}");
        let mut out = String::new();
        let terms = |t: &str| res.terms.get(t).cloned();
        format(&res.messages[id], lang, args, &terms, &mut out);
        out
    }

    #[test]
    fn plain_messages_attributes_and_terms() {
        let src = "# a comment\n-brand = Close Reader\nhello = Welcome to { -brand }!\n    .title = Start here\nbye = Bye\n";
        assert_eq!(fmt(src, "hello", Lang::En, &[]), "Welcome to Close Reader!");
        assert_eq!(fmt(src, "hello.title", Lang::En, &[]), "Start here");
        assert_eq!(fmt(src, "bye", Lang::En, &[]), "Bye");
    }

    #[test]
    fn plurals_follow_each_language() {
        let src = "spans = { $count ->\n    [0] No spans\n    [one] { $count } span\n   *[other] { $count } spans\n}\n";
        assert_eq!(
            fmt(src, "spans", Lang::En, &[("count", Arg::Num(0.0))]),
            "No spans"
        );
        assert_eq!(
            fmt(src, "spans", Lang::En, &[("count", Arg::Num(1.0))]),
            "1 span"
        );
        assert_eq!(
            fmt(src, "spans", Lang::En, &[("count", Arg::Num(1200.0))]),
            "1,200 spans"
        );
        // French: 0 and 1 are singular ([0] matches first, as an exact number).
        let fr =
            "n = { $count ->\n    [one] { $count } passage\n   *[other] { $count } passages\n}\n";
        assert_eq!(
            fmt(fr, "n", Lang::Fr, &[("count", Arg::Num(0.0))]),
            "0 passage"
        );
        assert_eq!(
            fmt(fr, "n", Lang::De, &[("count", Arg::Num(0.0))]),
            "0 passages"
        );
        let ar = "n = { $count ->\n    [zero] لا شيء\n    [two] اثنان\n    [few] قليل\n    [many] كثير\n   *[other] آخر\n}\n";
        let ar_of = |n: f64| fmt(ar, "n", Lang::Ar, &[("count", Arg::Num(n))]);
        assert_eq!(
            [
                ar_of(0.0),
                ar_of(2.0),
                ar_of(5.0),
                ar_of(11.0),
                ar_of(100.0)
            ],
            ["لا شيء", "اثنان", "قليل", "كثير", "آخر"]
        );
    }

    #[test]
    fn multiline_values_literals_and_string_selection() {
        let src = "long =\n    First line\n    second line\nbrace = Use { \"{\" } and { \"\\u00A0\" }!\nside = { $side ->\n    [left] Left\n   *[right] Right\n}\n";
        assert_eq!(fmt(src, "long", Lang::En, &[]), "First line\nsecond line");
        assert_eq!(fmt(src, "brace", Lang::En, &[]), "Use { and \u{a0}!");
        assert_eq!(
            fmt(src, "side", Lang::En, &[("side", Arg::Str("left".into()))]),
            "Left"
        );
        assert_eq!(
            fmt(src, "side", Lang::En, &[("side", Arg::Str("up".into()))]),
            "Right"
        );
    }

    #[test]
    fn a_missing_variable_shows_rather_than_hides() {
        assert_eq!(
            fmt("m = Hello { $name }\n", "m", Lang::En, &[]),
            "Hello {$name}"
        );
    }

    #[test]
    fn slips_are_reported_with_their_line() {
        let (_, p) = parse("ok = fine\nbad = { $n ->\n  [one] x\n}\nno equals here\nstray = a } b\ntwice = 1\ntwice = 2\n");
        let lines: Vec<usize> = p.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 5, 6, 8], "{p:?}");
    }
}
