//! The message files against the code: every message the code uses is in every language, no file
//! has a message the code does not use, translations use only the variables English gives them and
//! the plural forms their language has, and every file reads without a problem.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::ftl::{self, Element, Key, Pattern};
use super::plural::Plural;
use super::{all_sources, Lang};

/// Every `t!("id"` in the app's source (ids are literals; the macro may be split over lines).
fn ids_in_code() -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let mut rest = text.as_str();
            while let Some(at) = rest.find("t!(") {
                let word_before = rest[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                rest = &rest[at + 3..];
                if word_before {
                    continue;
                }
                let after = rest.trim_start();
                if let Some(quoted) = after.strip_prefix('"') {
                    if let Some(end) = quoted.find('"') {
                        found
                            .entry(quoted[..end].to_string())
                            .or_insert_with(|| path.display().to_string());
                    }
                }
            }
        }
    }
    // The macro's own documentation names examples, not messages.
    found.remove("id");
    found
}

fn parsed() -> BTreeMap<Lang, ftl::Resource> {
    all_sources()
        .into_iter()
        .map(|(lang, text)| {
            let (res, problems) = ftl::parse(&text);
            assert!(
                problems.is_empty(),
                "locales/{}.ftl: {problems:#?}",
                lang.tag()
            );
            (lang, res)
        })
        .collect()
}

#[test]
fn every_message_the_code_uses_is_in_every_language_and_every_message_is_used() {
    let used = ids_in_code();
    // Messages the code reaches through a helper rather than t! at the call site.
    let indirect: BTreeSet<&str> = ["list-two", "list-more"].into();
    for (lang, res) in parsed() {
        let have: BTreeSet<&str> = res.messages.keys().map(String::as_str).collect();
        let missing: Vec<String> = used
            .iter()
            .filter(|(id, _)| !have.contains(id.as_str()))
            .map(|(id, file)| format!("{id} (used in {file})"))
            .collect();
        assert!(
            missing.is_empty(),
            "locales/{}.ftl lacks {missing:#?}",
            lang.tag()
        );
        let unused: Vec<&&str> = have
            .iter()
            .filter(|id| !used.contains_key(**id) && !indirect.contains(**id))
            .collect();
        assert!(
            unused.is_empty(),
            "locales/{}.ftl has messages no code uses: {unused:?}",
            lang.tag()
        );
    }
}

fn selections<'a>(p: &'a Pattern, out: &mut Vec<(&'a str, &'a [(Key, Pattern)])>) {
    for el in &p.0 {
        if let Element::Select { on, variants, .. } = el {
            out.push((on, variants));
            for (_, v) in variants {
                selections(v, out);
            }
        }
    }
}

#[test]
fn translations_use_english_variables_and_their_own_plural_forms() {
    let all = parsed();
    let english = &all[&Lang::En];
    for (lang, res) in &all {
        for (id, pattern) in &res.messages {
            let mut theirs = Vec::new();
            ftl::variables(pattern, &mut theirs);
            let mut ours = Vec::new();
            ftl::variables(&english.messages[id], &mut ours);
            for v in &theirs {
                assert!(
                    ours.contains(v),
                    "{}: {id} uses ${v}, which English does not give",
                    lang.tag()
                );
            }
            let mut sels = Vec::new();
            selections(pattern, &mut sels);
            for (on, variants) in sels {
                for (key, _) in variants {
                    if let Key::Word(w) = key {
                        if let Some(cat) = Plural::named(w) {
                            assert!(
                                Plural::used_by(*lang).contains(&cat),
                                "{}: {id} selects [{w}] on ${on}, a form the language does not have",
                                lang.tag()
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn each_language_is_found_from_the_browsers_preferences() {
    assert_eq!(Lang::preferred(["es-MX", "en"]), Lang::Es);
    assert_eq!(Lang::preferred(["it-IT", "pt-PT"]), Lang::PtBr);
    assert_eq!(Lang::preferred(["zh-Hans-CN"]), Lang::ZhCn);
    assert_eq!(Lang::preferred(["ar-EG"]), Lang::Ar);
    assert_eq!(Lang::preferred(["ja", "ko"]), Lang::En);
    assert_eq!(Lang::preferred(Vec::<&str>::new()), Lang::En);
    for l in Lang::ALL {
        assert_eq!(Lang::from_tag(l.tag()), Some(l));
    }
}

#[test]
fn a_message_is_written_in_the_chosen_language_and_falls_back_to_english() {
    let sources = all_sources();
    super::install(Lang::De, Some(&sources[&Lang::De]));
    assert_eq!(
        super::list(&["A".into(), "B".into(), "C".into()]),
        "A, B und C"
    );
    // A file lacking a message: English's stands in.
    super::install(Lang::De, Some("list-two = { $first } und { $second }\n"));
    assert_eq!(
        super::list(&["A".into(), "B".into(), "C".into()]),
        "A, B und C"
    );
    assert_eq!(super::text("language-menu", &[]), "Language");
    super::install(Lang::En, None);
    assert_eq!(super::list(&["A".into(), "B".into()]), "A and B");
}

#[test]
fn the_english_built_in_reads_as_its_file_does() {
    let file = &all_sources()[&Lang::En];
    let (whole, _) = ftl::parse(file);
    let (built, problems) = ftl::parse(super::ENGLISH);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(built.messages, whole.messages);
    assert_eq!(built.terms, whole.terms);
    assert!(
        super::ENGLISH.len() < file.len(),
        "the comments are left out"
    );
    assert_eq!(super::strip::strip(file), super::ENGLISH);
}
