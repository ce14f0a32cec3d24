//! The bold, italic and link marks open in a [`Builder`], kept in step with the run of text being
//! written: Word runs and OpenDocument spans say what each piece of text is, not where a mark
//! opens or closes, so the importers of both set the wanted state before each piece.

use crate::import::build::Builder;
use crate::model::shape::MarkKind;

#[derive(Default)]
pub struct RunMarks {
    bold: bool,
    italic: bool,
    link: Option<String>,
}

impl RunMarks {
    /// Closes every mark (at the end of a paragraph or a table cell).
    pub fn close_all(&mut self, b: &mut Builder) {
        self.set(b, false, false, None);
    }

    /// Opens and closes marks so that the next text is exactly bold, italic and linked as asked.
    pub fn set(&mut self, b: &mut Builder, bold: bool, italic: bool, link: Option<String>) {
        if self.link != link {
            if let Some(old) = self.link.take() {
                b.close(&MarkKind::Link(old));
            }
            if let Some(new) = &link {
                b.open(MarkKind::Link(new.clone()));
            }
            self.link = link;
        }
        for (open, want, kind) in [
            (&mut self.bold, bold, MarkKind::Strong),
            (&mut self.italic, italic, MarkKind::Emphasis),
        ] {
            if *open != want {
                if want {
                    b.open(kind);
                } else {
                    b.close(&kind);
                }
                *open = want;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_with_the_same_marks_make_one_mark() {
        let mut b = Builder::new();
        let mut m = RunMarks::default();
        m.set(&mut b, true, false, None);
        b.text("one ");
        m.set(&mut b, true, true, None);
        b.text("two");
        m.set(&mut b, false, false, Some("https://example.org/".into()));
        b.text(" three");
        m.close_all(&mut b);
        b.text(" four");
        let (text, shape) = b.finish();
        let marks: Vec<(&str, &str)> = shape
            .marks()
            .iter()
            .map(|k| (k.kind.name(), text.slice(k.span)))
            .collect();
        assert_eq!(text.as_str(), "one two three four");
        assert_eq!(
            marks,
            [
                ("strong", "one two"),
                ("emphasis", "two"),
                ("link", "three")
            ]
        );
    }
}
