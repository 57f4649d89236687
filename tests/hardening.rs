//! Inputs that used to crash or pass unnoticed (issue "Hardening"): each
//! test fails without its fix.

mod common;

use std::fs;

use common::*;
use rogatory::case::Case;
use rogatory::check::{self, Context};
use rogatory::store;

fn complete() -> Case {
    store::load_case(&root().join("examples/complete-fraud-gb-us.toml")).unwrap()
}

fn ctx() -> Context {
    Context {
        today: TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    }
}

#[test]
fn non_ascii_iccs_codes_are_findings_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(root().join("examples/complete-fraud-gb-us.toml")).unwrap();
    for code in ["aé1", "070é", "０７"] {
        let bad = text.replacen("iccs = [\"07041\"]", &format!("iccs = [{code:?}]"), 1);
        assert_ne!(bad, text);
        let path = dir.path().join("bad.toml");
        fs::write(&path, &bad).unwrap();
        let o = rogatory(&["check", path.to_str().unwrap()], dir.path());
        assert_eq!(o.status.code(), Some(1), "{code}: {}", stderr(&o));
        assert!(
            stdout(&o).contains("offences[1].iccs"),
            "{code}: {}",
            stdout(&o)
        );
        let pdf = dir.path().join("bad.pdf");
        let o = rogatory(
            &[
                "render",
                path.to_str().unwrap(),
                "-o",
                pdf.to_str().unwrap(),
                "--draft",
            ],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(0), "{code}: {}", stderr(&o));
    }
}

#[test]
fn an_unknown_interface_language_is_refused_with_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(&["--ui-lang", "xx", "languages"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("xx") && err.contains("ar, de, en, es, fr"),
        "{err}"
    );
    let o = rogatory(&["--ui-lang", "fr", "languages"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn checking_an_empty_profile_directory_is_not_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let o = rogatory(&["profiles", "check", empty.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("empty"), "{}", stderr(&o));
}

#[test]
fn a_missing_signature_date_is_a_finding() {
    let mut c = complete();
    c.signature.date.clear();
    let f = check::check(&c, &store::builtin_catalog(), &ctx());
    assert!(
        f.iter()
            .any(|f| f.id == "missing-signature-date" && f.path == "signature.date"),
        "{f:?}"
    );
}

#[test]
fn a_birth_date_in_the_future_is_a_finding() {
    let mut c = complete();
    c.persons[0].birth_date = "2099-01-01".into();
    let f = check::check(&c, &store::builtin_catalog(), &ctx());
    assert!(
        f.iter()
            .any(|f| f.id == "birth-date-future" && f.path == "persons[0].birth_date"),
        "{f:?}"
    );
}

#[test]
fn a_translation_of_no_field_is_a_finding() {
    let mut c = complete();
    let mut fr = std::collections::BTreeMap::new();
    fr.insert("factz".to_string(), "Les faits".to_string());
    fr.insert("facts".to_string(), "Les faits".to_string());
    c.translations.insert("fr".into(), fr.into_iter().collect());
    let f = check::check(&c, &store::builtin_catalog(), &ctx());
    let odd: Vec<_> = f
        .iter()
        .filter(|f| f.id == "translation-no-field")
        .collect();
    assert_eq!(odd.len(), 1, "{f:?}");
    assert_eq!(odd[0].path, "translations.fr.factz");
}
