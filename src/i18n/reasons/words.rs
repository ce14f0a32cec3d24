//! What every translation of a reason needs: the phrases the core nests in its errors (their
//! `detail` strings) matched to messages, numbers written as the core writes them in English and
//! the language's way otherwise, and the phrases left as the core wrote them.
//!
//! A phrase is matched against the English text of the messages that may say it: English reads as
//! the core's words (the tests compare them), so a message's English, with a value of the core's in
//! the place of each variable, is the phrase itself, and no pattern is written twice.

use std::cell::{Cell, OnceCell};

use crate::i18n::ftl::{self, Element, Resource};
use crate::i18n::{lang, text, Arg, Lang, ENGLISH};

/// Turns the core's piece of a phrase into a message's variable.
pub type Conv = fn(&str) -> Arg;

/// Messages that may say the core's phrases, one a line: the message's id, then each variable
/// read otherwise than as written, with the letter of its converter (`reasons-item-reversed
/// start=n end=n`; see `reasons::conv`). Written with [`phrases!`].
pub type Said = &'static str;

/// A table of messages ([`Said`]), each written as the `t!` call it stands for, with the converter
/// of each variable: `t!("reasons-item-reversed", start = number, end = number)`.
macro_rules! phrases {
    ($(t!($id:literal $(, $var:ident = $conv:ident)* $(,)?)),* $(,)?) => {
        concat!($($id, $($crate::i18n::reasons::words::var!($var, $conv),)* "\n",)*)
    };
}
pub(crate) use phrases;

/// A variable of [`phrases!`] as its table writes it: nothing for one kept as written, else its
/// name and its converter's letter (a converter without a letter does not compile).
macro_rules! var {
    ($var:ident, words) => {
        ""
    };
    ($var:ident, $conv:ident) => {
        concat!(" ", stringify!($var), "=", conv_letter!($conv))
    };
}
pub(crate) use var;

thread_local! {
    static PATTERNS: OnceCell<Resource> = const { OnceCell::new() };
}

/// `phrase` said by the first message of `table` whose English it is; `None` when none is.
pub fn say(table: Said, phrase: &str) -> Option<String> {
    PATTERNS.with(|p| {
        let english = p.get_or_init(|| ftl::parse(ENGLISH).0);
        table.lines().find_map(|entry| {
            let (id, vars) = entry.split_once(' ').unwrap_or((entry, ""));
            let pieces = read(&english.messages.get(id)?.0, phrase)?;
            let args: Vec<(&str, Arg)> = pieces
                .into_iter()
                .map(|(name, piece)| {
                    let letter = vars
                        .split(' ')
                        .find_map(|v| v.strip_prefix(name.as_str())?.strip_prefix('='));
                    (
                        name.as_str(),
                        letter.and_then(super::conv).unwrap_or(words)(piece),
                    )
                })
                .collect();
            Some(text(id, &args))
        })
    })
}

/// `phrase` said by a message of `table`, else as the core wrote it (noted as unmatched).
pub fn said(table: Said, phrase: &str) -> String {
    say(table, phrase).unwrap_or_else(|| unmatched(phrase))
}

/// The value of each variable of `pattern` in `phrase`, when `phrase` is `pattern` filled in (the
/// earliest places tried first); `None` for a pattern that selects.
fn read<'a>(pattern: &'a [Element], phrase: &'a str) -> Option<Vec<(&'a String, &'a str)>> {
    // The pattern as literal runs between its variables: `lead (var literal)*`.
    let mut lead = String::new();
    let mut parts: Vec<(&String, String)> = Vec::new();
    for el in pattern {
        match el {
            Element::Text(t) => match parts.last_mut() {
                Some((_, after)) => after.push_str(t),
                None => lead.push_str(t),
            },
            Element::Var(v) => parts.push((v, String::new())),
            _ => return None,
        }
    }
    let rest = phrase.strip_prefix(lead.as_str())?;
    let mut out = Vec::with_capacity(parts.len());
    fill(&parts, rest, &mut out).then_some(out)
}

/// Fills each variable of `parts` with the text up to its literal (the last's may be empty: the
/// phrase's end), trying later places when an earlier choice leaves the rest unmatched.
fn fill<'a>(
    parts: &[(&'a String, String)],
    phrase: &'a str,
    out: &mut Vec<(&'a String, &'a str)>,
) -> bool {
    match parts {
        [] => phrase.is_empty(),
        [(var, last)] => match phrase.strip_suffix(last.as_str()) {
            Some(piece) => {
                out.push((*var, piece));
                true
            }
            None => false,
        },
        [(var, literal), rest @ ..] => {
            for (at, _) in phrase.match_indices(literal.as_str()) {
                out.push((*var, &phrase[..at]));
                if fill(rest, &phrase[at + literal.len()..], out) {
                    return true;
                }
                out.pop();
            }
            false
        }
    }
}

/// A piece kept as it is: a name from the file, a value the core quotes.
pub fn words(piece: &str) -> Arg {
    Arg::Str(piece.to_string())
}

/// A number as the core wrote it in a phrase (`12345` or `12,345`): as written in English, the
/// language's way in the others; a piece that is no number stays as it is.
pub fn number(piece: &str) -> Arg {
    let digits: String = piece.chars().filter(|c| *c != ',').collect();
    match (lang(), digits.parse::<f64>()) {
        (Lang::En, _) | (_, Err(_)) => words(piece),
        (_, Ok(n)) => Arg::Num(n),
    }
}

thread_local! {
    static UNMATCHED: Cell<bool> = const { Cell::new(false) };
}

/// A phrase of the core that no message matched, kept in English (noted for the tests, which
/// expect every phrase the core writes to be matched unless it is free text).
pub fn unmatched(phrase: &str) -> String {
    UNMATCHED.with(|u| u.set(true));
    phrase.to_string()
}

/// Whether a phrase went unmatched since the last call (and forgets it).
#[cfg(test)]
pub fn took_unmatched() -> bool {
    UNMATCHED.with(|u| u.replace(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(pattern: &str, phrase: &str) -> Option<Vec<String>> {
        let (res, _) = ftl::parse(&format!("m = {pattern}\n"));
        let found = read(&res.messages["m"].0, phrase)?;
        Some(found.into_iter().map(|(v, p)| format!("{v}={p}")).collect())
    }

    #[test]
    fn a_phrase_is_read_against_a_message_s_english() {
        assert_eq!(pieces("covers no text", "covers no text"), Some(vec![]));
        assert_eq!(pieces("covers no text", "covers no text!"), None);
        assert_eq!(
            pieces(
                "ends before it starts (start { $start }, end { $end })",
                "ends before it starts (start 9, end 3)"
            ),
            Some(vec!["start=9".into(), "end=3".into()])
        );
        // A piece holding the literal that follows it: the next place is tried.
        assert_eq!(
            pieces(
                "label \"{ $id }\" has the key \"{ $key }\"; a key",
                "label \"a\" has \"b\" has the key \"xy\"; a key"
            ),
            Some(vec!["id=a\" has \"b".into(), "key=xy".into()])
        );
        assert_eq!(
            pieces(
                "{ $what } at line { $line } column { $column }",
                "oops at line 3 column 4"
            ),
            Some(vec!["what=oops".into(), "line=3".into(), "column=4".into()])
        );
        assert_eq!(
            pieces("its { $x ->\n    [a] A\n   *[b] B\n}", "its A"),
            None
        );
    }
}
