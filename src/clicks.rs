//! What a click on the article means, decided from what was clicked and the state alone (no DOM),
//! so that the routing is tested natively: finishing a link (here or across to the article beside),
//! cancelling it, making a suggestion current, or selecting the next of the spans under the click.

use close_reader_core::model::pairing::{pick_claim, pick_target};
use close_reader_core::Document;

use crate::state::links::LinkAction;
use crate::state::suggestions::SuggestAction;
use crate::state::ui::UiAction;
use crate::state::Action;

/// A click, as the article saw it.
pub struct Click<'a> {
    /// The click was in the article beside the open one.
    pub beside: bool,
    /// The span a link is being made from.
    pub linking: Option<&'a str>,
    /// The span selected, and the suggestion current.
    pub selected: Option<&'a str>,
    pub current: Option<&'a str>,
    /// The annotations under the click (innermost first), when it was on a highlight.
    pub marks: Option<Vec<&'a str>>,
    /// The suggestions under the click, when it was on one.
    pub suggestions: Option<Vec<&'a str>>,
    /// Text is selected (the click ended a drag): no click action.
    pub dragged: bool,
    pub shift: bool,
}

/// Which of `ids` a click selects, given the one selected: the next after it, else the first.
pub fn next_selection(ids: &[&str], selected: Option<&str>) -> Option<String> {
    let at = selected.and_then(|s| ids.iter().position(|i| *i == s));
    let pick = match at {
        Some(i) => ids.get((i + 1) % ids.len()),
        None => ids.first(),
    };
    pick.map(|s| s.to_string())
}

/// The action a click on an article over `doc` means, if any.
pub fn on_article(doc: &Document, c: &Click) -> Option<Action> {
    if c.beside {
        // Beside: only a link across, to a claim under the click.
        c.linking?;
        let to = pick_claim(doc, c.marks.as_deref()?)?;
        return Some(Action::Link(LinkAction::Across {
            to,
            contradicts: c.shift,
        }));
    }
    if c.dragged {
        return None;
    }
    if let Some(from) = c.linking {
        return Some(match &c.marks {
            Some(ids) => Action::Link(LinkAction::To(pick_target(doc, from, ids)?)),
            None => Action::Link(LinkAction::Cancel),
        });
    }
    // A click on a suggestion makes it current; a second click goes on to the highlight.
    if let Some(sids) = &c.suggestions {
        let on_current = c.current.is_some_and(|cur| sids.contains(&cur));
        if !on_current || c.marks.is_none() {
            if let Some(next) = next_selection(sids, c.current) {
                return Some(Action::suggest(SuggestAction::Focus(next)));
            }
        }
    }
    let next = c
        .marks
        .as_deref()
        .and_then(|ids| next_selection(ids, c.selected));
    (next.is_some() || c.selected.is_some()).then(|| Action::Ui(UiAction::Select(next)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::{Annotation, Span};

    fn doc() -> Document {
        let mut d = Document::new("T", "Officials said it may rise.", None);
        for (id, label, s, e) in [
            ("a1", "source", 0, 9),
            ("a2", "claim", 15, 26),
            ("a3", "hedge", 18, 21),
        ] {
            d.insert(Annotation::new(id, label, Span::new(s, e).unwrap(), "t"))
                .unwrap();
        }
        d
    }

    fn click<'a>() -> Click<'a> {
        Click {
            beside: false,
            linking: None,
            selected: None,
            current: None,
            marks: None,
            suggestions: None,
            dragged: false,
            shift: false,
        }
    }

    fn what(a: Option<Action>) -> String {
        match a {
            None => "nothing".into(),
            Some(Action::Ui(UiAction::Select(id))) => format!("select {id:?}"),
            Some(Action::Link(LinkAction::To(id))) => format!("link to {id}"),
            Some(Action::Link(LinkAction::Cancel)) => "cancel link".into(),
            Some(Action::Link(LinkAction::Across { to, contradicts })) => {
                format!("across to {to} {contradicts}")
            }
            Some(Action::Suggest {
                act: SuggestAction::Focus(id),
                ..
            }) => format!("suggestion {id}"),
            Some(_) => "other".into(),
        }
    }

    #[test]
    fn clicks_step_through_overlapping_spans_and_clear_on_empty_text() {
        let d = doc();
        let on = |marks: &[&'static str], selected| Click {
            marks: Some(marks.to_vec()),
            selected,
            ..click()
        };
        assert_eq!(
            what(on_article(&d, &on(&["a3", "a2"], None))),
            "select Some(\"a3\")"
        );
        assert_eq!(
            what(on_article(&d, &on(&["a3", "a2"], Some("a3")))),
            "select Some(\"a2\")"
        );
        assert_eq!(
            what(on_article(&d, &on(&["a3", "a2"], Some("a2")))),
            "select Some(\"a3\")"
        );
        assert_eq!(
            what(on_article(
                &d,
                &Click {
                    selected: Some("a1"),
                    ..click()
                }
            )),
            "select None"
        );
        assert_eq!(what(on_article(&d, &click())), "nothing");
        assert_eq!(
            what(on_article(
                &d,
                &Click {
                    dragged: true,
                    ..on(&["a1"], None)
                }
            )),
            "nothing"
        );
    }

    #[test]
    fn while_linking_a_click_finishes_or_cancels_the_link() {
        let d = doc();
        let linking = |marks: Option<Vec<&'static str>>| Click {
            linking: Some("a2"),
            marks,
            ..click()
        };
        assert_eq!(
            what(on_article(&d, &linking(Some(vec!["a3", "a1"])))),
            "link to a3"
        );
        assert_eq!(what(on_article(&d, &linking(None))), "cancel link");
        let beside = Click {
            beside: true,
            linking: Some("b1"),
            marks: Some(vec!["a3", "a2"]),
            shift: true,
            ..click()
        };
        assert_eq!(what(on_article(&d, &beside)), "across to a2 true");
        assert_eq!(
            what(on_article(
                &d,
                &Click {
                    beside: true,
                    ..click()
                }
            )),
            "nothing"
        );
    }

    #[test]
    fn a_first_click_on_a_suggestion_makes_it_current_a_second_goes_to_the_highlight() {
        let d = doc();
        let c = Click {
            suggestions: Some(vec!["s1"]),
            marks: Some(vec!["a1"]),
            ..click()
        };
        assert_eq!(what(on_article(&d, &c)), "suggestion s1");
        let again = Click {
            current: Some("s1"),
            ..c
        };
        assert_eq!(what(on_article(&d, &again)), "select Some(\"a1\")");
    }
}
