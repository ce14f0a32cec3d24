//! Which command a key press means, decided from the key and the context alone (no DOM), so the
//! shortcuts are tested natively.

use close_reader_core::{Label, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Apply (or, for a selected span, change to) this label.
    Label(String),
    Delete,
    Undo,
    Redo,
    /// Drop the pending selection or the selected span.
    Escape,
    /// Go to the search box (`/` or `Ctrl+F`).
    Search,
    /// Link the selected span to the next highlight clicked (`l`).
    Link,
    /// Step to the next (`n`) or previous (`p`) suggestion.
    NextSuggestion,
    PrevSuggestion,
    /// Accept (`a` or Enter) or reject (`x`) the current suggestion.
    Accept,
    Reject,
    /// Escape while a dialog is open: close it as its Cancel.
    CloseDialog,
}

/// What the app is doing when the key is pressed.
pub struct KeyContext<'a> {
    pub labels: &'a [Label],
    /// Text is selected in the article.
    pub has_selection: bool,
    /// A span is selected (clicked).
    pub has_selected: bool,
    /// Focus is in a text field, where keys type.
    pub in_text_field: bool,
    /// A suggestion is current (stepped to or clicked).
    pub has_suggestion: bool,
    /// Shortcuts of one character act (the user can turn them off, WCAG 2.1.4).
    pub single_keys: bool,
    /// A modal dialog is open: no key reaches the document behind it.
    pub dialog_open: bool,
    /// Focus is on a control (a button, link, check box, menu…): Enter and Space are its own.
    pub on_control: bool,
}

/// Maps a key press (`key` as in `KeyboardEvent.key`) to a command.
/// The Latin letter or digit of the key's place on a US keyboard (`code` "KeyC" → "c") when the
/// keyboard's own layout typed a character of another script (an Arabic, Greek or Cyrillic
/// letter): label keys and shortcuts then work without switching the layout. `None` for a Latin
/// key (it is matched as typed) or a key with no such place.
pub fn latin_key(key: &str, code: &str) -> Option<String> {
    let mut chars = key.chars();
    let typed = chars.next()?;
    let latin = typed.is_ascii() || matches!(typed, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}');
    if chars.next().is_some() || latin || !typed.is_alphabetic() {
        return None;
    }
    let place = code
        .strip_prefix("Key")
        .or_else(|| code.strip_prefix("Digit"))?;
    let c = place
        .chars()
        .next()
        .filter(|c| place.len() == 1 && c.is_ascii_alphanumeric())?;
    Some(c.to_ascii_lowercase().to_string())
}

pub fn command(key: &str, ctrl: bool, shift: bool, ctx: &KeyContext) -> Option<Command> {
    if ctx.dialog_open {
        return (key == "Escape").then_some(Command::CloseDialog);
    }
    if ctx.on_control && matches!(key, "Enter" | " ") {
        return None;
    }
    if ctrl {
        if ctx.in_text_field {
            return None;
        }
        return match key.to_lowercase().as_str() {
            "z" if shift => Some(Command::Redo),
            "z" => Some(Command::Undo),
            "y" => Some(Command::Redo),
            "f" if !shift => Some(Command::Search),
            _ => None,
        };
    }
    if ctx.in_text_field || (!ctx.single_keys && key.chars().count() == 1) {
        return None;
    }
    if key == "/" {
        return Some(Command::Search);
    }
    if key == "Escape" {
        return (ctx.has_selection || ctx.has_selected || ctx.has_suggestion)
            .then_some(Command::Escape);
    }
    if !ctx.has_selection {
        match key {
            "n" => return Some(Command::NextSuggestion),
            "p" => return Some(Command::PrevSuggestion),
            "a" | "Enter" if ctx.has_suggestion => return Some(Command::Accept),
            "x" if ctx.has_suggestion => return Some(Command::Reject),
            _ => {}
        }
    }
    if ctx.has_selection || ctx.has_selected {
        let lower = key.to_lowercase();
        let by_key = ctx
            .labels
            .iter()
            .find(|l| !l.key.is_empty() && l.key.to_lowercase() == lower);
        let by_digit = key
            .parse::<usize>()
            .ok()
            .filter(|d| (1..=9).contains(d))
            .and_then(|d| ctx.labels.get(d - 1));
        if let Some(l) = by_key.or(by_digit) {
            return Some(Command::Label(l.id.clone()));
        }
    }
    if ctx.has_selected && !ctx.has_selection && (key == "l" || key == "L") {
        return Some(Command::Link);
    }
    if ctx.has_selected && !ctx.has_selection && matches!(key, "Delete" | "Backspace") {
        return Some(Command::Delete);
    }
    None
}

/// The keyboard cursor's next word: from the word starting at `at`, the next (`forward`) or previous
/// one among `words` (word spans in text order); `None` at either end of the text.
pub fn step_word(words: &[Span], at: usize, forward: bool) -> Option<Span> {
    if forward {
        words.iter().find(|w| w.start() > at).copied()
    } else {
        words.iter().rev().find(|w| w.start() < at).copied()
    }
}

/// What the keyboard cursor covers: from its anchor word to its focus word, in either order.
pub fn cursor_span(anchor: Span, focus: Span) -> Span {
    Span::new(
        anchor.start().min(focus.start()),
        anchor.end().max(focus.end()),
    )
    .expect("ordered")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_of_another_script_acts_as_its_place_on_a_latin_keyboard() {
        assert_eq!(latin_key("ؤ", "KeyC").as_deref(), Some("c"));
        assert_eq!(latin_key("с", "KeyC").as_deref(), Some("c"), "Cyrillic es");
        assert_eq!(latin_key("ς", "KeyW").as_deref(), Some("w"));
        assert_eq!(
            latin_key("c", "KeyC"),
            None,
            "a Latin key is matched as typed"
        );
        assert_eq!(
            latin_key("é", "Digit2"),
            None,
            "é is Latin (French AZERTY's 2)"
        );
        assert_eq!(latin_key("Enter", "Enter"), None);
        assert_eq!(latin_key("ش", "Semicolon"), None);
    }
    use close_reader_core::default_labels;

    fn ctx(labels: &[Label], sel: bool, selected: bool, field: bool) -> KeyContext<'_> {
        KeyContext {
            labels,
            has_selection: sel,
            has_selected: selected,
            in_text_field: field,
            has_suggestion: false,
            single_keys: true,
            dialog_open: false,
            on_control: false,
        }
    }

    #[test]
    fn the_cursor_steps_by_word_and_a_shifted_step_keeps_its_anchor() {
        let w = |a, b| Span::new(a, b).unwrap();
        let words = [w(0, 9), w(10, 14), w(15, 18), w(20, 26)];
        assert_eq!(step_word(&words, 0, true), Some(w(10, 14)));
        assert_eq!(step_word(&words, 15, true), Some(w(20, 26)));
        assert_eq!(step_word(&words, 20, true), None, "the last word stays");
        assert_eq!(step_word(&words, 15, false), Some(w(10, 14)));
        assert_eq!(step_word(&words, 0, false), None);
        assert_eq!(
            cursor_span(w(15, 18), w(0, 9)),
            w(0, 18),
            "extended backwards"
        );
        assert_eq!(cursor_span(w(10, 14), w(20, 26)), w(10, 26));
    }

    #[test]
    fn with_single_keys_off_only_named_keys_and_ctrl_combinations_act() {
        let l = default_labels();
        let off = KeyContext {
            single_keys: false,
            has_suggestion: true,
            ..ctx(&l, true, true, false)
        };
        for key in ["c", "1", "/", "n", "a", "x", "l"] {
            assert_eq!(command(key, false, false, &off), None, "{key}");
        }
        assert_eq!(command("z", true, false, &off), Some(Command::Undo));
        assert_eq!(command("Escape", false, false, &off), Some(Command::Escape));
        let selected = KeyContext {
            single_keys: false,
            ..ctx(&l, false, true, false)
        };
        assert_eq!(
            command("Delete", false, false, &selected),
            Some(Command::Delete)
        );
    }

    #[test]
    fn suggestion_keys_step_accept_and_reject_but_never_over_a_selection_or_typing() {
        let l = default_labels();
        let mut c = ctx(&l, false, false, false);
        assert_eq!(
            command("n", false, false, &c),
            Some(Command::NextSuggestion)
        );
        assert_eq!(
            command("p", false, false, &c),
            Some(Command::PrevSuggestion)
        );
        assert_eq!(command("a", false, false, &c), None, "nothing to accept");
        c.has_suggestion = true;
        assert_eq!(command("a", false, false, &c), Some(Command::Accept));
        assert_eq!(command("Enter", false, false, &c), Some(Command::Accept));
        assert_eq!(command("x", false, false, &c), Some(Command::Reject));
        assert_eq!(command("Escape", false, false, &c), Some(Command::Escape));
        c.has_selection = true;
        assert_eq!(command("n", false, false, &c), None);
        assert_eq!(command("x", false, false, &c), None);
        let typing = KeyContext {
            in_text_field: true,
            has_suggestion: true,
            ..ctx(&l, false, false, true)
        };
        assert_eq!(command("a", false, false, &typing), None);
    }

    #[test]
    fn letters_and_digits_apply_labels_only_with_something_selected() {
        let l = default_labels();
        assert_eq!(
            command("c", false, false, &ctx(&l, true, false, false)),
            Some(Command::Label("claim".into()))
        );
        assert_eq!(
            command("S", false, true, &ctx(&l, true, false, false)),
            Some(Command::Label("source".into()))
        );
        assert_eq!(
            command("3", false, false, &ctx(&l, true, false, false)),
            Some(Command::Label("hedge".into()))
        );
        assert_eq!(
            command("h", false, false, &ctx(&l, false, false, false)),
            None
        );
        assert_eq!(
            command("9", false, false, &ctx(&l, true, false, false)),
            None
        );
    }

    #[test]
    fn typing_in_a_note_never_triggers_shortcuts() {
        let l = default_labels();
        for key in ["c", "Delete", "Backspace", "Escape"] {
            assert_eq!(
                command(key, false, false, &ctx(&l, false, true, true)),
                None,
                "{key}"
            );
        }
        assert_eq!(command("z", true, false, &ctx(&l, false, true, true)), None);
    }

    #[test]
    fn slash_and_ctrl_f_go_to_search_except_while_typing() {
        let l = default_labels();
        let c = ctx(&l, false, false, false);
        assert_eq!(command("/", false, false, &c), Some(Command::Search));
        assert_eq!(command("f", true, false, &c), Some(Command::Search));
        assert_eq!(
            command("/", false, false, &ctx(&l, false, false, true)),
            None
        );
    }

    #[test]
    fn l_links_the_selected_span_but_never_while_text_is_selected_or_typed() {
        let l = default_labels();
        assert_eq!(
            command("l", false, false, &ctx(&l, false, true, false)),
            Some(Command::Link)
        );
        assert_eq!(
            command("l", false, false, &ctx(&l, true, true, false)),
            None
        );
        assert_eq!(
            command("l", false, false, &ctx(&l, false, false, false)),
            None
        );
        assert_eq!(
            command("l", false, false, &ctx(&l, false, true, true)),
            None
        );
    }

    /// Regression: Delete and Ctrl+Z acted on the span behind the conflict dialog and the import
    /// review.
    #[test]
    fn behind_an_open_dialog_no_key_acts_and_escape_closes_it() {
        let l = default_labels();
        let c = KeyContext {
            dialog_open: true,
            has_suggestion: true,
            ..ctx(&l, true, true, false)
        };
        for (key, ctrl) in [
            ("Delete", false),
            ("z", true),
            ("y", true),
            ("c", false),
            ("Enter", false),
            ("n", false),
            ("/", false),
        ] {
            assert_eq!(command(key, ctrl, false, &c), None, "{key}");
        }
        assert_eq!(
            command("Escape", false, false, &c),
            Some(Command::CloseDialog)
        );
    }

    /// Regression: Enter on a focused "Download" button accepted the current suggestion instead.
    #[test]
    fn enter_and_space_on_a_control_are_the_controls() {
        let l = default_labels();
        let c = KeyContext {
            on_control: true,
            has_suggestion: true,
            ..ctx(&l, false, false, false)
        };
        assert_eq!(command("Enter", false, false, &c), None);
        assert_eq!(command(" ", false, false, &c), None);
        assert_eq!(
            command("a", false, false, &c),
            Some(Command::Accept),
            "other keys still act"
        );
    }

    #[test]
    fn undo_redo_and_delete() {
        let l = default_labels();
        let c = ctx(&l, false, true, false);
        assert_eq!(command("z", true, false, &c), Some(Command::Undo));
        assert_eq!(command("Z", true, true, &c), Some(Command::Redo));
        assert_eq!(command("y", true, false, &c), Some(Command::Redo));
        assert_eq!(command("Delete", false, false, &c), Some(Command::Delete));
        assert_eq!(
            command("Backspace", false, false, &c),
            Some(Command::Delete)
        );
        assert_eq!(
            command("Delete", false, false, &ctx(&l, false, false, false)),
            None
        );
    }
}
