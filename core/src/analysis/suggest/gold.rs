//! Hand-annotated text as inline tags (`<hedge>may</hedge>`), turned into the plain text and its
//! labelled spans: the format of the evaluation set (`core/eval/README.md`) and of the rule tests.

use std::fmt;

use crate::model::Span;

/// The labels a tag may name.
pub const LABELS: &[&str] = &[super::HEDGE, super::SOURCE, super::CLAIM];

/// The text without its tags, and the tagged spans in the order they close.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotated {
    pub text: String,
    pub spans: Vec<(&'static str, Span)>,
}

/// What is wrong with a tagged text, and where (1-based line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for GoldError {}

/// Strips the tags of `tagged`. Tags of different labels may nest or cross; a label cannot open
/// inside itself, and every tag must close.
pub fn parse(tagged: &str) -> Result<Annotated, GoldError> {
    let mut text = String::with_capacity(tagged.len());
    let mut spans = Vec::new();
    let mut open: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut cp = 0;
    let mut line = 1;
    let mut rest = tagged;
    let err = |line, message: String| Err(GoldError { line, message });
    while let Some(lt) = rest.find('<') {
        let before = &rest[..lt];
        text.push_str(before);
        cp += before.chars().count();
        line += before.matches('\n').count();
        let Some(gt) = rest[lt..].find('>') else {
            return err(line, "a '<' without a closing '>'".into());
        };
        let tag = &rest[lt + 1..lt + gt];
        let (closing, name) = match tag.strip_prefix('/') {
            Some(name) => (true, name),
            None => (false, tag),
        };
        let Some(label) = LABELS.iter().copied().find(|l| *l == name) else {
            return err(
                line,
                format!("unknown tag <{tag}>: use <hedge>, <source> or <claim>"),
            );
        };
        let at = open.iter().position(|(l, _, _)| *l == label);
        match (closing, at) {
            (false, Some(_)) => {
                return err(line, format!("<{label}> opens inside another <{label}>"));
            }
            (false, None) => open.push((label, cp, line)),
            (true, None) => return err(line, format!("</{label}> closes nothing")),
            (true, Some(k)) => {
                let (_, start, _) = open.remove(k);
                let span = Span::new(start, cp).expect("closes after it opens");
                if span.is_empty() {
                    return err(line, format!("an empty <{label}>"));
                }
                spans.push((label, span));
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    if let Some((label, _, at)) = open.first() {
        return err(*at, format!("<{label}> is never closed"));
    }
    text.push_str(rest);
    Ok(Annotated { text, spans })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(a: usize, b: usize) -> Span {
        Span::new(a, b).unwrap()
    }

    #[test]
    fn tags_become_code_point_spans_of_the_plain_text() {
        let got =
            parse("É <claim><source>UN</source> said <hedge>about</hedge> 5</claim>.").unwrap();
        assert_eq!(got.text, "É UN said about 5.");
        assert_eq!(
            got.spans,
            [
                ("source", sp(2, 4)),
                ("hedge", sp(10, 15)),
                ("claim", sp(2, 17))
            ]
        );
    }

    #[test]
    fn labels_may_cross_each_other() {
        let got = parse("<claim>a <source>b</claim> c</source>").unwrap();
        assert_eq!(got.text, "a b c");
        assert_eq!(got.spans, [("claim", sp(0, 3)), ("source", sp(2, 5))]);
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let e = |s| parse(s).unwrap_err().to_string();
        assert_eq!(
            e("ok\n<b>x</b>"),
            "line 2: unknown tag <b>: use <hedge>, <source> or <claim>"
        );
        assert_eq!(
            e("<hedge>a <hedge>b</hedge></hedge>"),
            "line 1: <hedge> opens inside another <hedge>"
        );
        assert_eq!(e("a</claim>"), "line 1: </claim> closes nothing");
        assert_eq!(e("\n\n<claim>a"), "line 3: <claim> is never closed");
        assert_eq!(e("<source></source>"), "line 1: an empty <source>");
        assert_eq!(e("a < b"), "line 1: a '<' without a closing '>'");
    }
}
