//! A fuzzing harness that stays: the inputs that once crashed Rogatory
//! (`tests/fuzz-corpus/`), then random mutations of a case file and of a
//! profile through the parsers, the checks and the composer. Nothing may
//! panic; every parse error must say where. `PROPTEST_CASES` sets how many
//! mutations run (256 by default; `.ci/run` runs more).

mod common;

use proptest::prelude::*;
use rogatory::case::Case;
use rogatory::check::{self, Context};
use rogatory::document::{self, Options};
use rogatory::profile::{Catalog, Profile};
use rogatory::store;

fn ctx() -> Context {
    Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    }
}

/// Parse, check and compose a case text; a parse error must name a place.
fn exercise(text: &str, catalog: &Catalog) {
    match Case::from_toml(text, "fuzz.toml") {
        Ok(case) => {
            let findings = check::check(&case, catalog, &ctx());
            let positions = rogatory::locate::Positions::new(text);
            for f in &findings {
                let _ = positions.of(&f.path);
            }
            let lang = document::choose_language(&case, catalog, None);
            if rogatory::i18n::languages().contains(&lang) {
                let opts = Options {
                    draft: true,
                    ..Options::new(&lang, common::TODAY.parse().unwrap())
                };
                if let Ok(doc) = document::compose(&case, catalog, &opts) {
                    let _ = document::text::to_text(&doc, 78);
                }
            }
        }
        Err(rogatory::case::CaseError::Syntax(at)) => {
            assert_eq!(at.file, "fuzz.toml");
            // A parser that gives no position for a problem in the text
            // leaves line 0; any position given must be inside the text.
            assert!(at.line <= text.lines().count() + 1, "{at}");
        }
    }
}

#[test]
fn the_corpus_of_former_crashes_passes() {
    let catalog = store::builtin_catalog();
    let dir = common::root().join("tests/fuzz-corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).unwrap();
            exercise(&text, &catalog);
            n += 1;
        }
    }
    assert!(n >= 9, "the corpus is in {}", dir.display());
    // The one that aborted the layout also lays out as a PDF.
    let text = std::fs::read_to_string(dir.join("combining-marks.toml")).unwrap();
    let case = Case::from_toml(&text, "marks.toml").unwrap();
    let doc = document::compose(
        &case,
        &catalog,
        &Options::new("en", common::TODAY.parse().unwrap()),
    )
    .unwrap();
    assert!(document::pdf::render(&doc).is_ok());
}

/// Text that often breaks parsers and checks.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("é".to_string()),
        Just("０７".to_string()),
        Just("\u{0336}\u{0336}\u{0336}".to_string()),
        Just("\"".to_string()),
        Just("\"\"\"".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("[[measures]]\n".to_string()),
        Just("[[persons]]\nid = \"p\"\n".to_string()),
        Just("= ".to_string()),
        Just("\n".to_string()),
        Just("iccs = [\"07é\"]\n".to_string()),
        Just("kind = \"bank_records\"\n".to_string()),
        Just("accounts = [\"DE89 3704 0044 0532 0130 00\", \"x\"]\n".to_string()),
        Just("date = \"2026-02-30\"\n".to_string()),
        Just("9999999999999999999999".to_string()),
        Just("😀".to_string()),
        Just("王小明".to_string()),
        "\\PC{0,12}",
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, String),
    Delete(usize, usize),
    Truncate(usize),
    DuplicateLine(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), nasty()).prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        any::<usize>().prop_map(Mutation::DuplicateLine),
    ]
}

fn apply(text: &str, muts: &[Mutation]) -> String {
    let mut t = text.to_string();
    let at = |t: &str, i: usize| {
        let mut i = i % (t.len() + 1);
        while !t.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    for m in muts {
        match m {
            Mutation::Insert(i, s) => {
                let i = at(&t, *i);
                t.insert_str(i, s);
            }
            Mutation::Delete(i, n) => {
                let a = at(&t, *i);
                let b = at(&t, a + n);
                if b > a {
                    t.replace_range(a..b, "");
                }
            }
            Mutation::Truncate(i) => {
                let i = at(&t, *i);
                t.truncate(i);
            }
            Mutation::DuplicateLine(i) => {
                let lines: Vec<&str> = t.lines().collect();
                if !lines.is_empty() {
                    let k = i % lines.len();
                    let mut v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
                    v.insert(k, lines[k].to_string());
                    t = v.join("\n");
                }
            }
        }
    }
    t
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_case_files_never_crash(muts in proptest::collection::vec(mutation(), 1..6)) {
        static BASE: std::sync::OnceLock<(String, Catalog)> = std::sync::OnceLock::new();
        let (base, catalog) = BASE.get_or_init(|| {
            let text = std::fs::read_to_string(
                common::root().join("examples/complete-fraud-gb-us.toml"),
            )
            .unwrap();
            (text, store::builtin_catalog())
        });
        exercise(&apply(base, &muts), catalog);
    }

    #[test]
    fn mutated_profiles_never_crash(muts in proptest::collection::vec(mutation(), 1..6)) {
        static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let base = BASE.get_or_init(|| {
            std::fs::read_to_string(common::root().join("country-profiles/DE.toml")).unwrap()
        });
        let text = apply(base, &muts);
        if let Ok(p) = Profile::from_toml(&text, "DE.toml") {
            let _ = rogatory::profile::lint::lint(&p, common::TODAY.parse().unwrap());
        }
    }
}
