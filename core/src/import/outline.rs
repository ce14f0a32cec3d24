//! An article written out as a readable outline, one line of text per line: the expected blocks
//! of the importers' test fixtures are written in it, so that a failing test shows what differs.
//!
//! `h2| Title`, `p| text`, `p+| a line after a break`, `li1.3| third item of a numbered list`,
//! `li2*| a bullet inside an item`, `q1| quoted`, `cap| caption`, `note| footnote`, `pre| code`.
//! Marks are written inline: `*emphasis*`, `**strong**`, `` `code` ``, `[text](target)`.

use crate::import::Article;
use crate::model::blocks::blocks;
use crate::model::shape::{BlockKind, MarkKind};

pub fn outline(article: &Article) -> String {
    let text = &article.text;
    let mut out = String::new();
    for line in blocks(text) {
        let style = article.shape.line_style(&line);
        let tag = match &style.kind {
            BlockKind::Paragraph => "p".to_string(),
            BlockKind::Heading(l) => format!("h{l}"),
            BlockKind::Item {
                ordered: true,
                depth,
                number,
            } => {
                format!(
                    "li{depth}.{}",
                    number.map_or(String::new(), |n| n.to_string())
                )
            }
            BlockKind::Item {
                ordered: false,
                depth,
                ..
            } => format!("li{depth}*"),
            BlockKind::Quote(d) => format!("q{d}"),
            BlockKind::Caption => "cap".to_string(),
            BlockKind::Note => "note".to_string(),
            BlockKind::Preformatted => "pre".to_string(),
        };
        out.push_str(&tag);
        if style.continues {
            out.push('+');
        }
        out.push_str("| ");
        // Opening and closing signs at each code point of the line.
        let start = line.span.start();
        let chars: Vec<char> = text.slice(line.span).chars().collect();
        let mut opens = vec![String::new(); chars.len() + 1];
        let mut closes = vec![String::new(); chars.len() + 1];
        for m in article.shape.marks_on(line.span) {
            let a = m.span.start().max(start) - start;
            let b = m.span.end().min(line.span.end()) - start;
            let (open, close) = match &m.kind {
                MarkKind::Strong => ("**".to_string(), "**".to_string()),
                MarkKind::Emphasis => ("*".to_string(), "*".to_string()),
                MarkKind::Code => ("`".to_string(), "`".to_string()),
                MarkKind::Link(href) => ("[".to_string(), format!("]({href})")),
            };
            opens[a].push_str(&open);
            closes[b].insert_str(0, &close);
        }
        for (i, c) in chars.iter().enumerate() {
            out.push_str(&closes[i]);
            out.push_str(&opens[i]);
            out.push(*c);
        }
        out.push_str(&closes[chars.len()]);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::build::Builder;

    #[test]
    fn an_outline_shows_kinds_breaks_and_marks() {
        let mut b = Builder::new();
        b.start(BlockKind::Heading(2));
        b.text("Title");
        b.start(BlockKind::Item {
            ordered: true,
            depth: 1,
            number: Some(3),
        });
        b.text("an ");
        b.open(MarkKind::Link("https://example.org/".into()));
        b.text("item");
        b.close(&MarkKind::Link("https://example.org/".into()));
        b.line_break();
        b.open(MarkKind::Strong);
        b.text("more");
        b.close(&MarkKind::Strong);
        let (text, shape) = b.finish();
        let article = Article {
            title: String::new(),
            byline: None,
            date: None,
            text,
            shape,
            left_out: vec![],
        };
        assert_eq!(
            outline(&article),
            "h2| Title\nli1.3| an [item](https://example.org/)\nli1.3+| **more**\n"
        );
    }
}
