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

fn render_to(out: &std::path::Path, home: &std::path::Path) -> std::process::Output {
    rogatory(
        &[
            "render",
            root()
                .join("examples/complete-fraud-gb-us.toml")
                .to_str()
                .unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        home,
    )
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_keeps_the_link_and_a_bak_link_is_not_followed() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.pdf");
    fs::write(&target, b"old").unwrap();
    let link = dir.path().join("link.pdf");
    symlink(&target, &link).unwrap();
    // A backup that is a link to a file that must not be touched.
    let precious = dir.path().join("precious.txt");
    fs::write(&precious, b"keep me").unwrap();
    symlink(&precious, dir.path().join("real.pdf.bak")).unwrap();
    let o = render_to(&link, dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read(&target).unwrap().starts_with(b"%PDF"));
    assert_eq!(fs::read(&precious).unwrap(), b"keep me");
    let bak = dir.path().join("real.pdf.bak");
    assert!(!fs::symlink_metadata(&bak).unwrap().file_type().is_symlink());
    assert_eq!(fs::read(&bak).unwrap(), b"old");
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_output_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.pdf");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for out in [fifo.as_path(), std::path::Path::new("/dev/full")] {
        let o = render_to(out, dir.path());
        assert_eq!(
            o.status.code(),
            Some(2),
            "{}: {}",
            out.display(),
            stderr(&o)
        );
        assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    }
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 1, "only the FIFO: {left:?}");
}

#[test]
fn version_works_on_subcommands_and_help_of_help_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(&["check", "--version"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains(env!("CARGO_PKG_VERSION")));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_rogatory"))
        .args(["help", "--help"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Usage"));
}
