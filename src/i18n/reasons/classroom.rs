//! The classroom's reasons: what is wrong with an assignment (in a file) and with a rubric (in a
//! file, in the assignment dialog, in the gradebook). The core words them as phrases (`Rubric::
//! problem`, `Assignment::problem`); each is matched here to its message.

use super::file::json;
use super::words::{phrases, said, say, Said};
use crate::i18n::Arg;

const ASSIGNMENT: Said = phrases![
    t!(
        "reasons-assignment-instructions",
        count = number,
        most = number
    ),
    t!("reasons-assignment-rubric-unreadable", why = json_arg),
    t!(
        "reasons-assignment-criterion-unreadable",
        number = number,
        why = json_arg
    ),
    t!(
        "reasons-assignment-band-unreadable",
        number = number,
        why = json_arg
    ),
    t!("reasons-assignment-rubric", problem = rubric_arg),
];

const RUBRIC: Said = phrases![
    t!("reasons-rubric-no-criteria"),
    t!("reasons-rubric-too-many", count = number, most = number),
    t!("reasons-rubric-no-name", number = number),
    t!(
        "reasons-rubric-name-too-long",
        number = number,
        count = number,
        most = number
    ),
    t!(
        "reasons-rubric-same-name",
        first = number,
        number = number,
        name = words
    ),
    t!("reasons-rubric-points-zero", number = number),
    t!("reasons-rubric-points-most", number = number, most = number),
    t!("reasons-rubric-points-decimals", number = number),
    t!("reasons-rubric-no-label", number = number),
    t!("reasons-rubric-notes-zero", number = number),
    t!(
        "reasons-rubric-notes-most",
        number = number,
        count = number,
        most = number
    ),
    t!(
        "reasons-rubric-unknown-label",
        number = number,
        label = words
    ),
    t!(
        "reasons-rubric-unknown-link-kind",
        number = number,
        kind = words,
        known = words
    ),
    t!("reasons-rubric-no-letters"),
    t!(
        "reasons-rubric-too-many-letters",
        count = number,
        most = number
    ),
    t!("reasons-rubric-band-no-letter", number = number),
    t!(
        "reasons-rubric-letter-too-long",
        number = number,
        most = number
    ),
    t!(
        "reasons-rubric-same-letter",
        letter = words,
        first = number,
        number = number
    ),
    t!(
        "reasons-rubric-band-range",
        number = number,
        letter = words,
        percent = number
    ),
    t!(
        "reasons-rubric-band-order",
        number = number,
        letter = words,
        percent = number,
        above = number,
        above_letter = words,
        above_percent = number,
    ),
    t!("reasons-rubric-last-band", letter = words, percent = number),
];

/// What is wrong with a file's assignment: a phrase (the JSON reader's words when it cannot be
/// read at all).
pub fn assignment(detail: &str) -> String {
    say(ASSIGNMENT, detail).unwrap_or_else(|| json(detail))
}

/// What is wrong with a rubric: a phrase ("criterion 2 has no name").
pub fn rubric(problem: &str) -> String {
    said(RUBRIC, problem)
}

/// [`assignment`] as a message's variable.
pub fn assignment_arg(detail: &str) -> Arg {
    Arg::Str(assignment(detail))
}

pub(super) fn rubric_arg(problem: &str) -> Arg {
    Arg::Str(rubric(problem))
}

/// Every table of this file, for the tests.
#[cfg(test)]
pub const TABLES: &[Said] = &[ASSIGNMENT, RUBRIC];
