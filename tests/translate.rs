//! The translators' workflow (issue 16, first part): XLIFF 1.2 out and
//! back, stale and altered units refused, a stale translation found by
//! `check`, and the exported file read by translate-toolkit.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{rogatory, stdout};

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    fs::copy(common::example(common::COMPLETE), &case).unwrap();
    (dir, case)
}

/// `translate export` of `case` into French, to `name` in `dir`.
fn export_to(dir: &Path, case: &Path, name: &str) -> std::process::Output {
    let out = dir.join(name);
    rogatory(
        &[
            "translate",
            "export",
            case.to_str().unwrap(),
            "--lang",
            "fr",
            "-o",
            out.to_str().unwrap(),
        ],
        dir,
    )
}

fn export(dir: &Path, case: &Path) -> String {
    let o = export_to(dir, case, "fr.xlf");
    assert!(o.status.success(), "{}", common::stderr(&o));
    fs::read_to_string(dir.join("fr.xlf")).unwrap()
}

/// A translator's work: every source copied into a target, its text
/// prefixed (the protected <ph> values kept as they are).
fn translated(xlf: &str) -> String {
    let mut out = String::new();
    let mut rest = xlf;
    while let Some(i) = rest.find("<source>") {
        let j = rest[i..].find("</source>").unwrap() + i;
        let inner = &rest[i + "<source>".len()..j];
        out.push_str(&rest[..j + "</source>".len()]);
        out.push_str(&format!("<target>FR {inner}</target>"));
        rest = &rest[j + "</source>".len()..];
    }
    out.push_str(rest);
    out
}

fn import(dir: &Path, case: &Path, xlf: &str) -> std::process::Output {
    let file = dir.join("fr-done.xlf");
    fs::write(&file, xlf).unwrap();
    rogatory(
        &[
            "translate",
            "import",
            case.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        dir,
    )
}

fn untranslated_fr(dir: &Path, case: &Path) -> usize {
    let o = rogatory(&["check", case.to_str().unwrap(), "--lang", "fr"], dir);
    stdout(&o).matches("Not yet translated into French").count()
}

#[test]
fn a_translated_file_comes_back_and_the_request_needs_no_marker() {
    let (dir, case) = setup();
    let xlf = export(dir.path(), &case);
    assert!(xlf.contains("<xliff version=\"1.2\""));
    assert!(
        xlf.contains("<ph id=\"1\">Daniel Ashcroft</ph>"),
        "a name is protected"
    );
    assert!(
        xlf.contains("4021 7789 3310</ph>"),
        "an account number is protected"
    );
    assert!(untranslated_fr(dir.path(), &case) > 10);
    let o = import(dir.path(), &case, &translated(&xlf));
    assert!(o.status.success(), "{}{}", stdout(&o), common::stderr(&o));
    assert!(stdout(&o).contains("Imported into fr"), "{}", stdout(&o));
    assert_eq!(untranslated_fr(dir.path(), &case), 0);
    let text = fs::read_to_string(&case).unwrap();
    assert!(text.contains("[translations.fr]"), "{text}");
    assert!(text.contains("[translation_sources.fr]"), "{text}");
    // The sentences are put back with the source's own spacing.
    let c = rogatory::store::load_case(&case).unwrap();
    let facts = c.translation("fr", "facts").unwrap();
    assert!(facts.starts_with("FR Between March 2024"), "{facts}");
    assert!(facts.contains("\n\nFR Investors paid"), "{facts}");
    // Nothing left to export.
    let o = export_to(dir.path(), &case, "again.xlf");
    assert!(stdout(&o).contains("nothing to export"), "{}", stdout(&o));
}

#[test]
fn a_source_edited_after_export_is_stale_and_its_unit_refused() {
    let (dir, case) = setup();
    let xlf = export(dir.path(), &case);
    let text = fs::read_to_string(&case).unwrap();
    fs::write(
        &case,
        text.replace(
            "at least 212 private investors",
            "at least 213 private investors",
        ),
    )
    .unwrap();
    let o = import(dir.path(), &case, &translated(&xlf));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("the source changed since the export (1): facts"),
        "{out}"
    );
    let c = rogatory::store::load_case(&case).unwrap();
    assert!(c.translation("fr", "facts").is_none());
    assert!(
        c.translation("fr", "purpose").is_some(),
        "the rest is taken"
    );
}

#[test]
fn a_translation_whose_source_is_edited_later_is_stale_in_check() {
    let (dir, case) = setup();
    let xlf = export(dir.path(), &case);
    assert!(
        import(dir.path(), &case, &translated(&xlf))
            .status
            .success()
    );
    let text = fs::read_to_string(&case).unwrap();
    fs::write(
        &case,
        text.replace(
            "who lives in New York, raised",
            "who lives in Brooklyn, raised",
        ),
    )
    .unwrap();
    let o = rogatory(
        &["check", case.to_str().unwrap(), "--lang", "fr"],
        dir.path(),
    );
    assert!(
        stdout(&o).contains("facts: The translation into French was made from an earlier version"),
        "{}",
        stdout(&o)
    );
    // Export offers that field again.
    let again = export(dir.path(), &case);
    assert!(again.contains("resname=\"facts\""));
    assert!(!again.contains("resname=\"purpose\""));
}

#[test]
fn an_altered_placeholder_is_reported_with_its_unit() {
    let (dir, case) = setup();
    let xlf = translated(&export(dir.path(), &case));
    // The translator changed the account number inside the target only.
    let needle = "4021 7789 3310</ph>";
    let at = xlf
        .match_indices(needle)
        .map(|(i, _)| i)
        .find(|&i| xlf[..i].rfind("<target>") > xlf[..i].rfind("<source>"))
        .expect("the account number in a target");
    let altered = format!(
        "{}4021 7789 3311</ph>{}",
        &xlf[..at],
        &xlf[at + needle.len()..]
    );
    let o = import(dir.path(), &case, &altered);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("the protected value \"4021 7789 3310\" was changed or removed"),
        "{out}"
    );
    assert!(out.contains("in unit "), "{out}");
}

#[test]
fn a_file_of_another_case_or_a_broken_file_changes_nothing() {
    let (dir, case) = setup();
    let before = fs::read(&case).unwrap();
    let xlf = translated(&export(dir.path(), &case));
    let other = xlf.replace("rogatory:OPL/2026/0147", "rogatory:OTHER/1");
    let o = import(dir.path(), &case, &other);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        common::stderr(&o).contains("OTHER/1"),
        "{}",
        common::stderr(&o)
    );
    let o = import(dir.path(), &case, &xlf[..xlf.len() / 2]);
    assert_ne!(o.status.code(), Some(0));
    assert_eq!(
        fs::read(&case).unwrap(),
        before,
        "the case file is untouched"
    );
}

/// A translate-toolkit command: in the CI venv, else on the PATH; `None`
/// outside CI when it is not installed.
fn toolkit(tool: &str) -> Option<PathBuf> {
    let venv = common::root().join(".venv-ci/bin").join(tool);
    if venv.exists() {
        return Some(venv);
    }
    if Command::new(tool).arg("--version").output().is_ok() {
        return Some(PathBuf::from(tool));
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{tool} is not installed; .ci/run installs translate-toolkit"
    );
    eprintln!("{tool} not installed: skipping translate-toolkit outside CI");
    None
}

#[test]
fn translate_toolkit_reads_the_export_and_writes_it_back() {
    let (Some(x2p), Some(p2x)) = (toolkit("xliff2po"), toolkit("po2xliff")) else {
        return;
    };
    let (dir, case) = setup();
    let xlf = export(dir.path(), &case);
    let d = dir.path();
    let o = Command::new(&x2p)
        .arg(d.join("fr.xlf"))
        .arg(d.join("fr.po"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let po = fs::read_to_string(d.join("fr.po")).unwrap();
    assert!(po.matches("\nmsgid ").count() > 30, "{po}");
    assert!(po.contains("Northgate Lithium Ltd"), "{po}");
    let o = Command::new(&p2x)
        .arg("-t")
        .arg(d.join("fr.xlf"))
        .arg(d.join("fr.po"))
        .arg(d.join("back.xlf"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let back = fs::read(d.join("back.xlf")).unwrap();
    let read = rogatory::translate::xliff::read(&back).unwrap();
    let ours = rogatory::translate::xliff::read(xlf.as_bytes()).unwrap();
    // Every unit comes back under its own id (po2xliff may add units of
    // its own for entries it could not match to the template).
    for u in &ours.units {
        assert!(read.units.iter().any(|r| r.id == u.id), "{} lost", u.id);
    }
    // po2xliff names its own source file; the units are still this case's.
    assert!(read.case.is_empty() || read.case == "OPL/2026/0147");
}
