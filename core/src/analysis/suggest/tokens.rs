//! One pass over the text: words, numbers and punctuation with their byte and code-point offsets,
//! then sentences. Every rule reads these tokens; nothing re-scans the text.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner apostrophes, hyphens and digits ("couldn't", "so-called", "Covid-19"), and
    /// the dots of abbreviations and initials ("Dr.", "U.S.").
    Word,
    /// Starts with a digit: "1,440", "3.5", "84m", "7am", "1990s".
    Number,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Code-point range in the text.
    pub cp_start: usize,
    pub cp_end: usize,
    /// White space separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub line_before: bool,
}

/// A cursor over the text that counts code points as it goes.
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    cp: usize,
}

impl Cursor<'_> {
    /// The character at byte `at`, decoding only when it is not ASCII (most of an English text is).
    fn char_at(&self, at: usize) -> Option<char> {
        match self.text.as_bytes().get(at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.text[at..].chars().next(),
            None => None,
        }
    }

    fn peek(&self) -> Option<char> {
        self.char_at(self.byte)
    }

    fn peek2(&self) -> Option<char> {
        let c = self.peek()?;
        self.char_at(self.byte + c.len_utf8())
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.byte += c.len_utf8();
        self.cp += 1;
        Some(c)
    }
}

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// A word of a table (lowercase) is this word of the text, whatever its case: "Févr" is "févr".
pub fn same_word(table: &str, word: &str) -> bool {
    table.eq_ignore_ascii_case(word) || (!word.is_ascii() && word.to_lowercase() == table)
}

/// Splits `text` into tokens. `abbreviations` (lowercase, without the dot) keep their dot; `elisions`
/// (lowercase, without the apostrophe) are tokens of their own with it, as the French "l’" of
/// "l’enquête" or "qu’" of "qu’elle".
pub fn tokenize(text: &str, abbreviations: &[&str], elisions: &[&str]) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut cur = Cursor {
        text,
        byte: 0,
        cp: 0,
    };
    let mut space = false;
    let mut line = true;
    while let Some(c) = cur.peek() {
        if c.is_whitespace() {
            space = true;
            line |= c == '\n' || c == '\r' || c == '\u{2029}';
            cur.bump();
            continue;
        }
        let (start, cp_start) = (cur.byte, cur.cp);
        let kind = if c.is_alphabetic() {
            word(&mut cur, abbreviations, elisions);
            Kind::Word
        } else if c.is_ascii_digit() {
            number(&mut cur);
            // A number that opens a capitalised compound is part of a word: the German
            // "65-Jährige", "3-Zimmer-Wohnung" (an age group, a kind of flat: not a quantity).
            match (cur.peek(), cur.peek2()) {
                (Some('-' | '‐'), Some(n)) if n.is_uppercase() => {
                    cur.bump();
                    word(&mut cur, abbreviations, elisions);
                    Kind::Word
                }
                _ => Kind::Number,
            }
        } else {
            cur.bump();
            Kind::Punct
        };
        out.push(Token {
            kind,
            start,
            end: cur.byte,
            cp_start,
            cp_end: cur.cp,
            space_before: space,
            line_before: line,
        });
        space = false;
        line = false;
    }
    out
}

fn word(cur: &mut Cursor, abbreviations: &[&str], elisions: &[&str]) {
    let start = cur.byte;
    let mut part = cur.byte;
    loop {
        while cur.peek().is_some_and(char::is_alphanumeric) {
            cur.bump();
        }
        match (cur.peek(), cur.peek2()) {
            (Some('\'' | '’'), Some(n))
                if n.is_alphanumeric()
                    && part == start
                    && elisions
                        .iter()
                        .any(|e| same_word(e, &cur.text[start..cur.byte])) =>
            {
                cur.bump();
                return;
            }
            (Some(j), Some(n)) if joins_word(j) && n.is_alphanumeric() => {
                cur.bump();
                part = cur.byte;
            }
            (Some('.'), next) => {
                let piece = &cur.text[part..cur.byte];
                let initial = piece.chars().count() == 1;
                let known = abbreviations
                    .iter()
                    .any(|a| same_word(a, &cur.text[start..cur.byte]));
                if !(initial || known) {
                    return;
                }
                cur.bump();
                match next {
                    Some(n) if n.is_alphabetic() && initial => part = cur.byte,
                    _ => return,
                }
            }
            _ => return,
        }
    }
}

fn number(cur: &mut Cursor) {
    loop {
        while cur.peek().is_some_and(|c| c.is_ascii_digit()) {
            cur.bump();
        }
        match (cur.peek(), cur.peek2()) {
            (Some(',' | '.'), Some(d)) if d.is_ascii_digit() => {
                cur.bump();
            }
            _ => break,
        }
    }
    // A unit or ordinal glued on: "84m", "2bn", "7am", "21st", "1990s".
    while cur.peek().is_some_and(char::is_alphabetic) {
        cur.bump();
    }
}

/// True for characters that open or close a quotation, the German low marks („…“, ‚…‘) among them.
pub fn is_quote(c: &str) -> bool {
    matches!(
        c,
        "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»" | "„" | "‚"
    )
}

/// Sentences as token ranges. A sentence ends after `.`, `!` or `?` (and any closing quotes or
/// brackets) when the next token starts a line, is capitalised, a number, an opening quote, bracket,
/// `¿` or `¡`; a line
/// break always ends one, so headlines and list items stand alone. The dot of a day's ordinal before
/// one of `months` ends nothing: the German "am 4. März".
pub fn sentences(text: &str, tokens: &[Token], months: &[&str]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && tokens[i].line_before {
            out.push(start..i);
            start = i;
        }
        let t = tokens[i];
        let s = &text[t.start..t.end];
        if s == "." && ordinal_day(text, tokens, i, months) {
            i += 1;
            continue;
        }
        if t.kind == Kind::Punct && matches!(s, "." | "!" | "?" | "…") {
            let mut end = i + 1;
            while end < tokens.len()
                && !tokens[end].space_before
                && tokens[end].kind == Kind::Punct
                && (is_quote(&text[tokens[end].start..tokens[end].end])
                    || matches!(
                        &text[tokens[end].start..tokens[end].end],
                        ")" | "]" | "." | "!" | "?"
                    ))
            {
                end += 1;
            }
            let next_starts = tokens.get(end).is_none_or(|n| {
                let ns = &text[n.start..n.end];
                n.line_before
                    || (n.space_before
                        && (n.kind == Kind::Number
                            || ns.chars().next().is_some_and(char::is_uppercase)
                            || is_quote(ns)
                            || matches!(ns, "(" | "¿" | "¡")))
            });
            if next_starts {
                out.push(start..end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The dot at `i` makes an ordinal of the day before a month: "4. März", "31. Dezember".
fn ordinal_day(text: &str, tokens: &[Token], i: usize, months: &[&str]) -> bool {
    let (Some(day), Some(month)) = (i.checked_sub(1).map(|d| tokens[d]), tokens.get(i + 1)) else {
        return false;
    };
    let digits = &text[day.start..day.end];
    day.kind == Kind::Number
        && !tokens[i].space_before
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && month.kind == Kind::Word
        && months
            .iter()
            .any(|m| same_word(m, &text[month.start..month.end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &["dr", "mr"], &[])
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_abbreviation_dots() {
        assert_eq!(
            words("Dr. Smith couldn’t say so-called U.S. data."),
            [
                "Dr.",
                "Smith",
                "couldn’t",
                "say",
                "so-called",
                "U.S.",
                "data",
                "."
            ]
        );
        assert_eq!(words("'Hi' - ok"), ["'", "Hi", "'", "-", "ok"]);
    }

    #[test]
    fn numbers_keep_separators_and_units() {
        assert_eq!(
            words("£84m, 1,440 and 3.5% at 7am."),
            ["£", "84m", ",", "1,440", "and", "3.5", "%", "at", "7am", "."]
        );
    }

    #[test]
    fn elisions_are_words_of_their_own() {
        let text = "L’enquête d'après qu’il aujourd’hui";
        let got: Vec<&str> = tokenize(text, &[], &["l", "d", "qu"])
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            got,
            ["L’", "enquête", "d'", "après", "qu’", "il", "aujourd’hui"]
        );
    }

    #[test]
    fn offsets_are_code_points() {
        let t = tokenize("😀 é word", &[], &[]);
        assert_eq!((t[2].cp_start, t[2].cp_end), (4, 8));
        assert_eq!((t[2].start, t[2].end), (8, 12));
        assert!(t[0].line_before && !t[1].line_before && t[1].space_before);
    }

    fn split(text: &str) -> Vec<String> {
        let tokens = tokenize(text, &["dr"], &[]);
        sentences(text, &tokens, &["märz", "may"])
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn sentences_end_at_stops_before_capitals_and_at_line_breaks() {
        assert_eq!(
            split("Dr. Ruiz said so. \"It rose 3.5%.\" Then 40 left.\nHeadline here\nNext"),
            [
                "Dr. Ruiz said so.",
                "\"It rose 3.5%.\"",
                "Then 40 left.",
                "Headline here",
                "Next"
            ]
        );
        assert_eq!(split("It was e.g. fine. ok"), ["It was e.g. fine. ok"]);
    }

    #[test]
    fn the_dot_of_a_day_before_a_month_ends_no_sentence() {
        assert_eq!(
            split("Seit dem 4. März 2024 zu. Es waren 400. März kam."),
            ["Seit dem 4. März 2024 zu.", "Es waren 400.", "März kam."]
        );
        assert_eq!(split("It rose 2020. May saw"), ["It rose 2020.", "May saw"]);
    }

    #[test]
    fn abbreviations_and_elisions_match_whatever_the_case() {
        let text = "FÉVR. ÉTÉ L’été";
        let got: Vec<&str> = tokenize(text, &["févr"], &["l"])
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(got, ["FÉVR.", "ÉTÉ", "L’", "été"]);
    }

    #[test]
    fn a_number_opening_a_capitalised_compound_is_a_word() {
        assert_eq!(
            words("über 65-Jährige, 15-year-olds"),
            ["über", "65-Jährige", ",", "15", "-", "year-olds"]
        );
    }
}
