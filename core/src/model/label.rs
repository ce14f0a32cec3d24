//! Labels: what a span is marked as (claim, source, hedge, or a user's own).

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Stable identifier, used in files and in `data-labels` on highlights.
    pub id: String,
    pub name: String,
    /// CSS hex colour such as `#d9480f`.
    pub color: String,
    /// The single key that applies the label to a selection.
    pub key: String,
}

impl Label {
    pub fn new(id: &str, name: &str, color: &str, key: &str) -> Label {
        Label {
            id: id.into(),
            name: name.into(),
            color: color.into(),
            key: key.into(),
        }
    }
}

/// Claim, Source and Hedge: the set every new document starts with.
pub fn default_labels() -> Vec<Label> {
    vec![
        Label::new("claim", "Claim", "#c2410c", "c"),
        Label::new("source", "Source", "#1d4ed8", "s"),
        Label::new("hedge", "Hedge", "#7e22ce", "h"),
    ]
}

/// The colours labels take by position (the defaults are the first three), and new labels the first
/// of them no label uses.
pub const PALETTE: [&str; SLOTS] = [
    "#c2410c", "#1d4ed8", "#7e22ce", "#047857", "#b45309", "#be185d", "#0e7490", "#4d7c0f",
];

/// How many label positions have a look of their own (tint and underline pattern): the ninth
/// label looks like the first, everywhere.
pub const SLOTS: usize = 8;

/// The look slot of the label at `position` in a document's labels.
pub fn slot_at(position: usize) -> usize {
    position % SLOTS
}

/// The look slot of label `id` among `labels` (an unknown label takes the first).
pub fn slot(labels: &[Label], id: &str) -> usize {
    slot_at(labels.iter().position(|l| l.id == id).unwrap_or(0))
}

/// The colour for a label added to `labels`: the palette's colour of its position, or the next one
/// after it that no label uses (so a fourth label after the defaults takes the fourth colour).
pub fn new_color(labels: &[Label]) -> &'static str {
    let from = slot_at(labels.len());
    (0..SLOTS)
        .map(|i| PALETTE[(from + i) % SLOTS])
        .find(|c| !labels.iter().any(|l| l.color.eq_ignore_ascii_case(c)))
        .unwrap_or(PALETTE[from])
}

/// A new label for a set: "Label N" with an unused id, the first free letter (not a reserved key)
/// as its key, and [`new_color`].
pub fn new_label(labels: &[Label]) -> Label {
    let taken = |id: &str| labels.iter().any(|l| l.id == id);
    let n = (1..).find(|n| !taken(&format!("label-{n}"))).unwrap_or(1);
    let used = |k: &str| labels.iter().any(|l| l.key.eq_ignore_ascii_case(k));
    let key = "bdfgijkmoqtvwyz"
        .chars()
        .map(String::from)
        .find(|k| !used(k) && !RESERVED_KEYS.contains(&k.as_str()))
        .unwrap_or_default();
    Label::new(
        &format!("label-{n}"),
        &format!("Label {n}"),
        new_color(labels),
        &key,
    )
}

/// A new label named `name` (an imported tag): its id the name's slug made unique, [`new_color`],
/// and no key of its own (the digit keys reach it).
pub fn named_label(labels: &[Label], name: &str) -> Label {
    let base = crate::model::names::slug(name);
    let mut id = base.clone();
    let mut n = 2;
    while labels.iter().any(|l| l.id.eq_ignore_ascii_case(&id)) {
        id = format!("{base}-{n}");
        n += 1;
    }
    Label::new(&id, name, new_color(labels), "")
}

/// Keys the app keeps for its own commands, so no label may take them: `l` link, `n` note, `p`
/// previous, `a` all, `x` remove, `u` undo, `r` redo, `e` edit, `/` search, `?` help. Compared
/// without regard to case. Digits are refused too: `1`–`9` pick a label by its position.
pub const RESERVED_KEYS: [&str; 10] = ["l", "n", "p", "a", "x", "u", "r", "e", "/", "?"];

/// A named label set, as the app keeps presets (written as JSON by `formats::label_presets`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelSet {
    pub name: String,
    pub labels: Vec<Label>,
}

impl LabelSet {
    /// The default set: Claim, Source, Hedge.
    pub fn default_set() -> LabelSet {
        LabelSet {
            name: "Claim / Source / Hedge".into(),
            labels: default_labels(),
        }
    }
}

/// Why a label (or a set of them) is not acceptable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelError {
    EmptyId,
    DuplicateId {
        id: String,
    },
    EmptyName {
        id: String,
    },
    BadColor {
        id: String,
        color: String,
    },
    KeyTooLong {
        id: String,
        key: String,
    },
    KeyReserved {
        id: String,
        key: String,
    },
    KeyTaken {
        id: String,
        key: String,
        by: String,
    },
    /// No label has this id.
    Unknown {
        id: String,
    },
    /// The spans of a deleted label cannot be relabelled to that same label.
    RelabelToItself {
        id: String,
    },
    /// A move or insert position past the end of the labels.
    BadIndex {
        index: usize,
        len: usize,
    },
    /// The label marks spans, so it cannot simply go: delete it with a choice for its spans.
    InUse {
        id: String,
        count: usize,
    },
}

impl std::fmt::Display for LabelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use LabelError::*;
        match self {
            EmptyId => write!(f, "has a label with an empty id"),
            DuplicateId { id } => write!(f, "has two labels with the id \"{id}\""),
            EmptyName { id } => write!(f, "has a label (\"{id}\") without a name"),
            BadColor { id, color } => write!(
                f,
                "has a label (\"{id}\") whose colour \"{color}\" is not a #rrggbb colour"
            ),
            KeyTooLong { id, key } => write!(
                f,
                "has a label (\"{id}\") whose key \"{key}\" is more than one character"
            ),
            KeyReserved { id, key } => write!(
                f,
                "has a label (\"{id}\") with the key \"{key}\", which the app uses for its own commands"
            ),
            KeyTaken { id, key, by } => write!(
                f,
                "has a label (\"{id}\") with the key \"{key}\", which the label \"{by}\" already uses"
            ),
            Unknown { id } => write!(f, "has no label \"{id}\""),
            RelabelToItself { id } => write!(
                f,
                "cannot move the spans of the label \"{id}\" to that same label"
            ),
            BadIndex { index, len } => write!(
                f,
                "has no position {index} (it has {len} labels)"
            ),
            InUse { id, count } => write!(
                f,
                "still has {count} spans marked with the label \"{id}\"; choose what becomes of them before deleting it"
            ),
        }
    }
}

/// True for `#rrggbb` (six hexadecimal digits, either case).
pub fn is_hex_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())
}

/// Checks one label against the others (which must not include it): non-blank id and name, a
/// `#rrggbb` colour, and a key that is empty or one character, not reserved, not a digit, and not
/// another label's (ignoring case). Messages complete "This label set …".
pub fn check_label(others: &[Label], label: &Label) -> Result<(), LabelError> {
    let id = || label.id.clone();
    if label.id.trim().is_empty() {
        return Err(LabelError::EmptyId);
    }
    if others.iter().any(|o| o.id == label.id) {
        return Err(LabelError::DuplicateId { id: id() });
    }
    if label.name.trim().is_empty() {
        return Err(LabelError::EmptyName { id: id() });
    }
    if !is_hex_color(&label.color) {
        return Err(LabelError::BadColor {
            id: id(),
            color: label.color.clone(),
        });
    }
    let key = label.key.to_lowercase();
    if label.key.chars().count() > 1 {
        return Err(LabelError::KeyTooLong {
            id: id(),
            key: label.key.clone(),
        });
    }
    if key.is_empty() {
        return Ok(());
    }
    let reserved = RESERVED_KEYS.contains(&key.as_str())
        || key.chars().all(|c| c.is_ascii_digit() || c.is_whitespace());
    if reserved {
        return Err(LabelError::KeyReserved {
            id: id(),
            key: label.key.clone(),
        });
    }
    if let Some(by) = others.iter().find(|o| o.key.to_lowercase() == key) {
        return Err(LabelError::KeyTaken {
            id: id(),
            key: label.key.clone(),
            by: by.id.clone(),
        });
    }
    Ok(())
}

/// Checks every label of a set against the ones before it.
pub fn check_label_set(labels: &[Label]) -> Result<(), LabelError> {
    for (i, l) in labels.iter().enumerate() {
        check_label(&labels[..i], l)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_label_takes_a_free_id_key_and_colour() {
        let mut labels = default_labels();
        let l = new_label(&labels);
        assert_eq!(
            (l.id.as_str(), l.name.as_str(), l.key.as_str()),
            ("label-1", "Label 1", "b")
        );
        assert_eq!(l.color, "#047857", "the first colour no label uses");
        labels.push(l);
        let l2 = new_label(&labels);
        assert_eq!(
            (l2.id.as_str(), l2.key.as_str(), l2.color.as_str()),
            ("label-2", "d", "#b45309")
        );
        let named = named_label(&labels, "Op-Ed");
        assert_eq!(
            (named.id.as_str(), named.color.as_str()),
            ("op-ed", "#b45309")
        );
    }

    /// Regression: the compare view put a ninth label in the eighth look (`min(7)`) while the
    /// annotator put it in the first (`% 8`).
    #[test]
    fn a_ninth_label_looks_like_the_first() {
        let mut labels = default_labels();
        while labels.len() < 9 {
            labels.push(new_label(&labels));
        }
        assert_eq!(slot(&labels, &labels[8].id), 0);
        assert_eq!(slot(&labels, &labels[7].id), 7);
        assert_eq!(slot_at(17), 1);
    }

    fn err(others: &[Label], l: Label) -> String {
        format!("This label set {}.", check_label(others, &l).unwrap_err())
    }

    #[test]
    fn the_default_set_is_valid() {
        assert_eq!(check_label_set(&default_labels()), Ok(()));
    }

    #[test]
    fn each_rule_is_named() {
        let d = default_labels();
        assert_eq!(
            err(&d, Label::new("claim", "Other", "#000000", "")),
            "This label set has two labels with the id \"claim\"."
        );
        assert_eq!(
            err(&d, Label::new(" ", "X", "#000000", "")),
            "This label set has a label with an empty id."
        );
        assert_eq!(
            err(&d, Label::new("o", "  ", "#000000", "")),
            "This label set has a label (\"o\") without a name."
        );
        assert_eq!(
            err(&d, Label::new("o", "O", "red", "")),
            "This label set has a label (\"o\") whose colour \"red\" is not a #rrggbb colour."
        );
        assert_eq!(
            err(&d, Label::new("o", "O", "#000000", "op")),
            "This label set has a label (\"o\") whose key \"op\" is more than one character."
        );
        assert_eq!(
            err(&d, Label::new("o", "O", "#000000", "L")),
            "This label set has a label (\"o\") with the key \"L\", which the app uses for its own commands."
        );
        assert!(matches!(
            check_label(&d, &Label::new("o", "O", "#000000", "3")),
            Err(LabelError::KeyReserved { .. })
        ));
        assert_eq!(
            err(&d, Label::new("o", "O", "#000000", "C")),
            "This label set has a label (\"o\") with the key \"C\", which the label \"claim\" already uses."
        );
        assert_eq!(
            check_label(&d, &Label::new("o", "Opinion", "#047857", "o")),
            Ok(())
        );
        assert_eq!(
            check_label(&d, &Label::new("q", "قول", "#047857", "ق")),
            Ok(())
        );
    }

    #[test]
    fn every_reserved_key_is_refused() {
        for k in RESERVED_KEYS {
            assert!(
                check_label(&[], &Label::new("o", "O", "#000000", k)).is_err(),
                "{k}"
            );
        }
    }
}
