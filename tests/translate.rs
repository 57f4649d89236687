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
    // The translator's work on the old text is kept aside, not lost.
    assert!(out.contains("kept aside in the case"), "{out}");
    let aside = &c.translations_aside["fr"]["facts"];
    assert!(aside.starts_with("FR Between March 2024"), "{aside}");
    // …and shown to the translator on the next export.
    let again = export_to(dir.path(), &case, "again.xlf");
    assert!(again.status.success());
    let again = fs::read_to_string(dir.path().join("again.xlf")).unwrap();
    assert!(
        again.contains("<note from=\"previous-translation\">FR Between March 2024"),
        "{again}"
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
    // The document prints the current text, marked, not the old
    // translation.
    let o = rogatory(
        &[
            "render",
            case.to_str().unwrap(),
            "--lang",
            "fr",
            "--format",
            "text",
            "-o",
            "-",
        ],
        dir.path(),
    );
    let doc = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(doc.contains("who lives in Brooklyn, raised"), "{doc}");
    assert!(!doc.contains("who lives in New York, raised"), "{doc}");
    let marker = "[Non traduit — original en anglais]";
    let facts = doc.find("who lives in Brooklyn").unwrap();
    let marked = doc[..facts].rfind(marker).unwrap();
    assert!(
        !doc[marked..facts].contains("FR "),
        "the facts are marked: {doc}"
    );
    assert!(
        doc.contains("FR "),
        "the other fields stay translated: {doc}"
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

fn findings(case: &Path, lang: &str, dir: &Path) -> Vec<(String, String, String)> {
    let o = rogatory(
        &[
            "check",
            "--format",
            "json",
            "--lang",
            lang,
            case.to_str().unwrap(),
        ],
        dir,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap_or_default().to_string(),
                f["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn plain_fixture(name: &str, lang: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let case = common::root().join("tests/fixtures/plain").join(name);
    findings(&case, lang, dir.path())
        .into_iter()
        .filter(|(id, _, _)| id.starts_with("plain-"))
        .collect()
}

fn flagged(found: &[(String, String, String)], id: &str, words: &str) -> bool {
    found
        .iter()
        .any(|(i, _, m)| i == id && m.contains(&format!("“{words}”")))
}

#[test]
fn the_plain_language_check_flags_a_hurried_english_request() {
    let found = plain_fixture("hurried-en.toml", "fr");
    for term in [
        "probable cause",
        "RICO",
        "grand jury",
        "subpoena duces tecum",
        "indictment",
    ] {
        assert!(flagged(&found, "plain-term", term), "{term}: {found:#?}");
    }
    // Reported once, as the longer term.
    assert!(!flagged(&found, "plain-term", "subpoena"), "{found:#?}");
    for abbr in ["FBI", "AUSA"] {
        assert!(
            flagged(&found, "plain-abbreviation", abbr),
            "{abbr}: {found:#?}"
        );
    }
    // Known to every reader abroad, or spelled out: not reported.
    assert!(!flagged(&found, "plain-abbreviation", "RICO"), "{found:#?}");
    for d in ["Last Tuesday", "yesterday"] {
        assert!(flagged(&found, "plain-relative-date", d), "{d}: {found:#?}");
    }
    assert!(
        found
            .iter()
            .any(|(i, p, _)| i == "plain-long-sentence" && p == "facts")
    );
    // Each says what to write instead.
    let (_, path, msg) = found
        .iter()
        .find(|(i, _, m)| i == "plain-term" && m.contains("“probable cause”"))
        .unwrap();
    assert_eq!(path, "facts");
    assert!(msg.contains("Set out the facts and the evidence"), "{msg}");
    // A request read in the language it is written in needs no warning.
    assert!(plain_fixture("hurried-en.toml", "en").is_empty());
}

#[test]
fn the_plain_language_check_flags_a_hurried_french_request() {
    let found = plain_fixture("hurried-fr.toml", "en");
    for term in [
        "garde à vue",
        "juge d'instruction",
        "information judiciaire",
        "commission rogatoire",
        "OPJ",
        "SRPJ",
    ] {
        assert!(flagged(&found, "plain-term", term), "{term}: {found:#?}");
    }
    assert!(
        found
            .iter()
            .any(|(i, _, m)| i == "plain-term" && m.contains("“mis en examen”")),
        "{found:#?}"
    );
    for d in ["Hier", "la semaine dernière"] {
        assert!(flagged(&found, "plain-relative-date", d), "{d}: {found:#?}");
    }
    assert!(found.iter().any(|(i, _, _)| i == "plain-long-sentence"));
}

#[test]
fn a_central_authoritys_own_list_replaces_the_built_in_one_and_a_broken_one_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let lists = dir
        .path()
        .join("config/rogatory/country-profiles/plain-language");
    fs::create_dir_all(&lists).unwrap();
    fs::write(
        lists.join("en.toml"),
        "language = \"en\"\nlong_sentence = 200\n\n[[term]]\nwords = [\"shell company\"]\nmeans = \"a company with no business of its own\"\ninstead = \"Say what the company does and who controls it.\"\n",
    )
    .unwrap();
    let case = common::root().join("tests/fixtures/plain/hurried-en.toml");
    let found: Vec<_> = findings(&case, "fr", dir.path())
        .into_iter()
        .filter(|(id, _, _)| id.starts_with("plain-"))
        .collect();
    assert!(flagged(&found, "plain-term", "shell company"), "{found:#?}");
    assert!(
        !flagged(&found, "plain-term", "probable cause"),
        "replaced: {found:#?}"
    );
    assert!(!found.iter().any(|(i, _, _)| i == "plain-long-sentence"));
    fs::write(
        lists.join("en.toml"),
        "language = \"en\"\nlong_sentence = [\n",
    )
    .unwrap();
    let o = rogatory(
        &["check", case.to_str().unwrap(), "--lang", "fr"],
        dir.path(),
    );
    let err = common::stderr(&o) + &stdout(&o);
    assert!(err.contains("plain-language/en.toml:2:"), "{err}");
}

#[test]
fn translations_go_into_the_memory_and_come_back_for_the_same_and_close_sentences() {
    let (dir, case) = setup();
    let xlf = export(dir.path(), &case);
    let o = import(dir.path(), &case, &translated(&xlf));
    assert!(
        stdout(&o).contains("added to your translation memory"),
        "{}",
        stdout(&o)
    );
    // A new case with the same facts but one sentence changed.
    let other = dir.path().join("other.toml");
    let text = fs::read_to_string(common::example(common::COMPLETE)).unwrap();
    fs::write(
        &other,
        text.replace("OPL/2026/0147", "OPL/2026/0200").replace(
            "Investors were cold-called and told",
            "Investors were cold-called and were told",
        ),
    )
    .unwrap();
    let o = export_to(dir.path(), &other, "other.xlf");
    assert!(o.status.success(), "{}", common::stderr(&o));
    let x = fs::read_to_string(dir.path().join("other.xlf")).unwrap();
    // The same sentence comes back translated, for review.
    assert!(
        x.contains("<target state=\"needs-review-translation\" state-qualifier=\"exact-match\">FR Between March"),
        "{x}"
    );
    // The changed one is offered as a close match, with its score.
    let at = x.find("Investors were cold-called and were told").unwrap();
    let unit = &x[at..at + x[at..].find("</trans-unit>").unwrap()];
    assert!(unit.contains("<alt-trans match-quality=\"9"), "{unit}");
    assert!(
        unit.contains("FR Investors were cold-called and told"),
        "{unit}"
    );
    // The export still reads: its suggestions are not taken as translations.
    let read = rogatory::translate::xliff::read(x.as_bytes()).unwrap();
    let u = read
        .units
        .iter()
        .find(|u| {
            rogatory::translate::xliff::joined(&u.source)
                .starts_with("Investors were cold-called and were")
        })
        .unwrap();
    assert!(u.target.is_none());

    // The memory out as TMX, and into another user's memory.
    let tmx = dir.path().join("memory.tmx");
    let o = rogatory(
        &["translate", "memory", "export", "-o", tmx.to_str().unwrap()],
        dir.path(),
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let t = fs::read_to_string(&tmx).unwrap();
    assert!(t.contains("<tmx version=\"1.4\">"), "{t}");
    assert!(
        t.contains("<tuv xml:lang=\"fr\"><seg>FR Between March"),
        "{t}"
    );
    let other_user = tempfile::tempdir().unwrap();
    let o = rogatory(
        &["translate", "memory", "import", tmx.to_str().unwrap()],
        other_user.path(),
    );
    assert!(stdout(&o).contains("new to the memory"), "{}", stdout(&o));
    let n = t.matches("<tu ").count() + t.matches("<tu>").count();
    assert!(
        stdout(&o).contains(&format!("{n} new")),
        "{n}: {}",
        stdout(&o)
    );
    // translate-toolkit reads the TMX.
    if let Some(py) = toolkit("python3").filter(|_| {
        common::root().join(".venv-ci/bin/python3").exists()
            || std::env::var_os("TTK_PYTHON").is_some()
    }) {
        let py = std::env::var_os("TTK_PYTHON")
            .map(PathBuf::from)
            .unwrap_or(py);
        let o = Command::new(py)
            .args([
                "-c",
                "import sys; from translate.storage import tmx; f = tmx.tmxfile.parsefile(sys.argv[1]); print(len([u for u in f.units if u.target]))",
                tmx.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), n.to_string());
    }
    // A broken memory is reported and not overwritten.
    let mem = dir.path().join("data/rogatory/memory.tmx");
    assert!(mem.exists(), "the memory lives in the data folder");
    fs::write(&mem, "<tmx><body><tu><tuv xml:lang=\"en\"><seg>x</tu>").unwrap();
    let o = export_to(dir.path(), &other, "third.xlf");
    assert!(o.status.success());
    assert!(
        common::stderr(&o).contains("translation memory cannot be read"),
        "{}",
        common::stderr(&o)
    );
    assert_eq!(
        fs::read_to_string(&mem).unwrap(),
        "<tmx><body><tu><tuv xml:lang=\"en\"><seg>x</tu>"
    );
}

#[test]
fn an_xliff_2_1_export_comes_back_too() {
    let (dir, case) = setup();
    let out = dir.path().join("fr2.xlf");
    let o = rogatory(
        &[
            "translate",
            "export",
            case.to_str().unwrap(),
            "--lang",
            "fr",
            "--xliff",
            "2.1",
            "-o",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let x = fs::read_to_string(&out).unwrap();
    assert!(x.contains("urn:oasis:names:tc:xliff:document:2.0\""), "{x}");
    assert!(x.contains("version=\"2.1\""), "{x}");
    assert!(
        x.contains("<data id=\"d1-1\">Daniel Ashcroft</data>")
            || x.contains(">Daniel Ashcroft</data>"),
        "{x}"
    );
    // A translator's work: each source copied into a target, prefixed.
    let mut done = String::new();
    let mut rest = x.as_str();
    let open = "<source xml:space=\"preserve\">";
    while let Some(i) = rest.find(open) {
        let j = rest[i..].find("</source>").unwrap() + i;
        let inner = &rest[i + open.len()..j];
        done.push_str(&rest[..j + "</source>".len()]);
        done.push_str(&format!(
            "<target xml:space=\"preserve\">FR {inner}</target>"
        ));
        rest = &rest[j + "</source>".len()..];
    }
    done.push_str(rest);
    let o = import(dir.path(), &case, &done);
    assert!(o.status.success(), "{}{}", stdout(&o), common::stderr(&o));
    assert_eq!(untranslated_fr(dir.path(), &case), 0);
    let c = rogatory::store::load_case(&case).unwrap();
    assert!(
        c.translation("fr", "facts")
            .unwrap()
            .starts_with("FR Between March 2024")
    );
}

#[test]
fn a_copied_source_left_untranslated_is_not_imported() {
    let (dir, case) = setup();
    let out = dir.path().join("copy.xlf");
    let o = rogatory(
        &[
            "translate",
            "export",
            case.to_str().unwrap(),
            "--lang",
            "fr",
            "--copy-source",
            "-o",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let x = fs::read_to_string(&out).unwrap();
    assert!(x.contains("<target state=\"needs-translation\">"), "{x}");
    let o = import(dir.path(), &case, &x);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("some sentences have no translation yet"),
        "{}",
        stdout(&o)
    );
    let c = rogatory::store::load_case(&case).unwrap();
    assert!(c.translations.is_empty(), "nothing imported");
}

/// OmegaT, in console mode: a project holding the exported file and a
/// translator's memory translates every unit; the file imports and the PDF
/// carries the translation with no marker.
#[test]
fn omegat_translates_the_export_in_console_mode() {
    if Command::new("omegat").arg("--help").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "omegat is not installed; .ci/run installs it"
        );
        eprintln!("omegat not installed: skipping outside CI");
        return;
    }
    let (dir, case) = setup();
    let d = dir.path();
    let project = d.join("omegat-project");
    for sub in ["source", "target", "tm", "glossary", "dictionary", "omegat"] {
        fs::create_dir_all(project.join(sub)).unwrap();
    }
    let here = common::root().join("tests/omegat");
    fs::copy(here.join("omegat.project"), project.join("omegat.project")).unwrap();
    fs::copy(here.join("filters.xml"), project.join("omegat/filters.xml")).unwrap();
    let xlf = project.join("source/fr.xlf");
    let o = rogatory(
        &[
            "translate",
            "export",
            case.to_str().unwrap(),
            "--lang",
            "fr",
            "--copy-source",
            "-o",
            xlf.to_str().unwrap(),
        ],
        d,
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let o = Command::new("python3")
        .arg(here.join("tmx_for_omegat.py"))
        .arg(&xlf)
        .arg(project.join("omegat/project_save.tmx"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let home = d.join("omegat-home");
    fs::create_dir_all(&home).unwrap();
    let o = Command::new("omegat")
        .arg("--mode=console-translate")
        .arg(format!(
            "--config-dir={}",
            d.join("omegat-config").display()
        ))
        .arg("--disable-project-locking")
        .arg(&project)
        .env("HOME", &home)
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "{log}");
    let done = project.join("target/fr.xlf");
    assert!(done.exists(), "OmegaT wrote no target file: {log}");
    let o = rogatory(
        &[
            "translate",
            "import",
            case.to_str().unwrap(),
            done.to_str().unwrap(),
        ],
        d,
    );
    assert!(o.status.success(), "{}{}", stdout(&o), common::stderr(&o));
    assert_eq!(untranslated_fr(d, &case), 0);
    let pdf = d.join("fr.pdf");
    let o = rogatory(
        &[
            "render",
            case.to_str().unwrap(),
            "--lang",
            "fr",
            "-o",
            pdf.to_str().unwrap(),
        ],
        d,
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let Some(text) = common::poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) else {
        return;
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("FR Between March 2024"), "{flat}");
    assert!(!flat.contains("Non traduit"), "no marker left: {flat}");
}

/// A request in the requested state's language, translated from English,
/// to a state that requires a certified translation (Switzerland, IMAC
/// art. 28(5)): the annex list and a finding say so, and the document
/// carries the translator's certificate.
#[test]
fn a_certified_translation_carries_the_translators_certificate() {
    let (dir, case) = setup();
    let text = fs::read_to_string(&case).unwrap();
    let to_ch = text.replacen("requested_state = \"US\"", "requested_state = \"CH\"", 1);
    assert_ne!(to_ch, text);
    fs::write(&case, &to_ch).unwrap();
    let found = findings(&case, "de", dir.path());
    assert!(
        found
            .iter()
            .any(|(id, p, _)| id == "translator-missing" && p == "translator.name"),
        "{found:#?}"
    );
    let render = |dir: &Path| {
        let o = rogatory(
            &[
                "render",
                case.to_str().unwrap(),
                "--lang",
                "de",
                "--draft",
                "--format",
                "text",
                "-o",
                "-",
            ],
            dir,
        );
        stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let doc = render(dir.path());
    assert!(
        doc.contains("Übersetzungsbescheinigung (unten)"),
        "in the annex list: {doc}"
    );
    assert!(doc.contains("Sprache des Originals: Englisch"), "{doc}");
    assert!(
        doc.contains("[fehlt: Übersetzer/in]"),
        "a draft shows what is missing: {doc}"
    );
    fs::write(
        &case,
        format!("{to_ch}\n[translator]\nname = \"Anna Muster\"\nqualification = \"Fictitious sworn translator\"\ndate = \"2026-11-21\"\n"),
    )
    .unwrap();
    let found = findings(&case, "de", dir.path());
    assert!(
        !found.iter().any(|(id, _, _)| id.starts_with("translator-")),
        "{found:#?}"
    );
    let doc = render(dir.path());
    assert!(doc.contains("Übersetzer/in: Anna Muster"), "{doc}");
    assert!(doc.contains("21. November 2026"), "{doc}");
    // In English, the language it was written in, there is no certificate.
    let o = rogatory(
        &[
            "render",
            case.to_str().unwrap(),
            "--lang",
            "en",
            "--format",
            "text",
            "-o",
            "-",
        ],
        dir.path(),
    );
    assert!(
        !stdout(&o).contains("Certificate of translation"),
        "{}",
        stdout(&o)
    );
}
