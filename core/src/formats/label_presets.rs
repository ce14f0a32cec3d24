//! The label-set presets the app keeps (in localStorage) as JSON: their own serialisable form,
//! sharing the native file's label, so the model's label types carry no serde.

use serde::{Deserialize, Serialize};

use crate::formats::native_v1::LabelV1;
use crate::model::label::{check_label_set, LabelSet};

/// A preset as stored. Named `LabelSet` for serde, whose messages about a malformed preset name
/// the type.
#[derive(Serialize, Deserialize)]
#[serde(rename = "LabelSet")]
struct LabelSetV1 {
    name: String,
    labels: Vec<LabelV1>,
}

impl LabelSetV1 {
    fn of(set: &LabelSet) -> LabelSetV1 {
        LabelSetV1 {
            name: set.name.clone(),
            labels: set.labels.iter().map(LabelV1::of).collect(),
        }
    }
}

/// Reads one preset written by [`to_json`], and checks it (ids, names, colours, keys).
pub fn from_json(json: &str) -> Result<LabelSet, String> {
    let set: LabelSetV1 =
        serde_json::from_str(json).map_err(|e| format!("This label set cannot be read: {e}."))?;
    let set = LabelSet {
        name: set.name,
        labels: set.labels.into_iter().map(LabelV1::into_label).collect(),
    };
    check_label_set(&set.labels).map_err(|e| format!("This label set {e}."))?;
    Ok(set)
}

/// The presets as one compact JSON array, each read back by [`from_json`].
pub fn to_json(sets: &[LabelSet]) -> String {
    let sets: Vec<LabelSetV1> = sets.iter().map(LabelSetV1::of).collect();
    serde_json::to_string(&sets).expect("plain data always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_round_trip_through_json_and_are_checked() {
        let set = LabelSet::default_set();
        let json = to_json(std::slice::from_ref(&set));
        assert_eq!(
            json,
            r##"[{"name":"Claim / Source / Hedge","labels":[{"id":"claim","name":"Claim","color":"#c2410c","key":"c"},{"id":"source","name":"Source","color":"#1d4ed8","key":"s"},{"id":"hedge","name":"Hedge","color":"#7e22ce","key":"h"}]}]"##
        );
        let one = &json[1..json.len() - 1];
        assert_eq!(from_json(one).unwrap(), set);
        let bad = r##"{"name": "Mine", "labels": [{"id": "a", "name": "A", "color": "#000000", "key": "k"}, {"id": "b", "name": "B", "color": "#111111", "key": "k"}]}"##;
        assert_eq!(
            from_json(bad).unwrap_err(),
            "This label set has a label (\"b\") with the key \"k\", which the label \"a\" already uses."
        );
        assert_eq!(
            from_json("[1]").unwrap_err(),
            "This label set cannot be read: invalid type: integer `1`, expected a string at line 1 column 2."
        );
    }
}
