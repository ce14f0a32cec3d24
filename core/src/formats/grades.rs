//! The teacher's grade overrides as JSON, so that a stored class set (or any other file) can keep
//! them: [`OverridesFile`] is the serialisable form, to embed as a member of another file or to
//! write alone with [`overrides_to_json`] and read back with [`overrides_from_json`].
//!
//! ```json
//! { "overrides": [
//!     { "student": "Ana", "criterion": 2, "points": 2.5, "reason": "Right link, wrong span." } ] }
//! ```
//!
//! `criterion` counts from 1, as the app's messages and the gradebook's columns do (the model's
//! [`GradeOverride::criterion`] counts from 0). Whether an override fits a rubric (a criterion it
//! has, points within it, a reason) is checked when it is applied,
//! `analysis::grades::apply_overrides`; reading checks only what needs no rubric.

use serde::{Deserialize, Serialize};

use crate::model::GradeOverride;

/// A set of overrides, in the order the teacher gave them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"overrides\"")]
pub struct OverridesFile {
    pub overrides: Vec<OverrideEntry>,
}

/// One override: a student's criterion given a value, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"student\", \"criterion\", \"points\" and \"reason\"")]
pub struct OverrideEntry {
    /// The student's name as in the gradebook.
    pub student: String,
    /// From 1.
    pub criterion: u64,
    pub points: f64,
    pub reason: String,
}

impl OverridesFile {
    pub fn of(overrides: &[GradeOverride]) -> OverridesFile {
        OverridesFile {
            overrides: overrides
                .iter()
                .map(|o| OverrideEntry {
                    student: o.student.clone(),
                    criterion: o.criterion as u64 + 1,
                    points: o.points,
                    reason: o.reason.clone(),
                })
                .collect(),
        }
    }

    /// The model's overrides, or what is wrong with the first entry that cannot be one (counted
    /// from 1): no student, criterion 0.
    pub fn into_overrides(self) -> Result<Vec<GradeOverride>, String> {
        self.overrides
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let n = i + 1;
                if e.student.trim().is_empty() {
                    return Err(format!("Override {n} names no student."));
                }
                let criterion = usize::try_from(e.criterion)
                    .ok()
                    .and_then(|c| c.checked_sub(1))
                    .ok_or_else(|| {
                        format!("Override {n} is for criterion 0; criteria count from 1.")
                    })?;
                Ok(GradeOverride {
                    student: e.student,
                    criterion,
                    points: e.points,
                    reason: e.reason,
                })
            })
            .collect()
    }
}

/// Pretty JSON with a final newline.
pub fn overrides_to_json(overrides: &[GradeOverride]) -> String {
    let mut out = serde_json::to_string_pretty(&OverridesFile::of(overrides))
        .expect("plain data always serialises");
    out.push('\n');
    out
}

/// Reads what [`overrides_to_json`] writes; a file of the wrong shape is refused with serde's
/// words for what and where.
pub fn overrides_from_json(json: &str) -> Result<Vec<GradeOverride>, String> {
    let file: OverridesFile = serde_json::from_str(json.strip_prefix('\u{feff}').unwrap_or(json))
        .map_err(|e| format!("These grade overrides cannot be read: {e}."))?;
    file.into_overrides()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ov(student: &str, criterion: usize, points: f64, reason: &str) -> GradeOverride {
        GradeOverride {
            student: student.into(),
            criterion,
            points,
            reason: reason.into(),
        }
    }

    #[test]
    fn overrides_round_trip_counting_criteria_from_one_in_the_file() {
        let set = vec![
            ov("Ana", 1, 2.5, "Right link, wrong span."),
            ov("Lee, Kim 世界", 0, 4.0, ""),
        ];
        let json = overrides_to_json(&set);
        assert!(json.contains("\"criterion\": 2"), "{json}");
        assert!(json.ends_with("}\n"));
        assert_eq!(overrides_from_json(&json).unwrap(), set);
        assert_eq!(
            overrides_from_json("\u{feff}{\"overrides\": []}").unwrap(),
            []
        );
    }

    #[test]
    fn an_embedded_set_is_a_plain_json_value() {
        let set = [ov("Ana", 0, 1.0, "why")];
        let value = serde_json::to_value(OverridesFile::of(&set)).unwrap();
        let back: OverridesFile = serde_json::from_value(value).unwrap();
        assert_eq!(back.into_overrides().unwrap(), set);
    }

    #[test]
    fn a_broken_set_is_refused_saying_which_entry() {
        assert_eq!(
            overrides_from_json(
                r#"{"overrides":[{"student":"Ana","criterion":1,"points":1,"reason":""},
                                 {"student":"Ben","criterion":0,"points":1,"reason":""}]}"#
            )
            .unwrap_err(),
            "Override 2 is for criterion 0; criteria count from 1."
        );
        assert_eq!(
            overrides_from_json(
                r#"{"overrides":[{"student":" ","criterion":1,"points":1,"reason":""}]}"#
            )
            .unwrap_err(),
            "Override 1 names no student."
        );
        let missing = overrides_from_json(r#"{"overrides":[{"student":"Ana"}]}"#).unwrap_err();
        assert!(
            missing.starts_with("These grade overrides cannot be read: missing field `criterion`"),
            "{missing}"
        );
    }

    proptest! {
        #[test]
        fn any_set_round_trips(
            entries in prop::collection::vec(("\\PC{1,12}", 0usize..20, 0u32..100_000, "\\PC{0,30}"), 0..8)
        ) {
            let set: Vec<GradeOverride> = entries
                .into_iter()
                .filter(|(s, ..)| !s.trim().is_empty())
                .map(|(s, c, p, r)| ov(&s, c, f64::from(p) / 100.0, &r))
                .collect();
            prop_assert_eq!(overrides_from_json(&overrides_to_json(&set)).unwrap(), set);
        }
    }
}
