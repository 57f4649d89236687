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

#[test]
fn completions_and_the_manual_page_are_generated_from_the_definitions() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let o = rogatory(&["completions", shell], dir.path());
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        for sub in ["check", "render", "profiles", "completions"] {
            assert!(script.contains(sub), "{shell} lacks {sub}");
        }
        if shell == "bash" {
            let f = dir.path().join("rogatory.bash");
            fs::write(&f, &script).unwrap();
            let ok = std::process::Command::new("bash")
                .arg("-n")
                .arg(&f)
                .status()
                .unwrap();
            assert!(ok.success(), "bash -n rejects the script");
        }
    }
    let o = rogatory(&["man"], dir.path());
    assert_eq!(o.status.code(), Some(0));
    let page = stdout(&o);
    assert!(page.contains(".TH rogatory 1"), "{page}");
    assert!(page.contains("render"));
}

#[test]
fn check_json_reports_an_unreadable_file_as_json_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "utf8.toml",
            b"format_version = 1\nfacts = \"\xff\"\n".to_vec(),
            Some(2),
            None,
        ),
        (
            "version.toml",
            b"reference = \"x\"\nformat_version = 9\n".to_vec(),
            Some(2),
            Some("format_version"),
        ),
        (
            "type.toml",
            b"format_version = 1\nfacts = 3\n".to_vec(),
            Some(2),
            Some("facts"),
        ),
    ];
    for (name, bytes, line, field) in cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let o = rogatory(
            &["check", "--format", "json", path.to_str().unwrap()],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(2), "{name}");
        let v: serde_json::Value = serde_json::from_str(&stdout(&o))
            .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {}", stdout(&o)));
        assert_eq!(v["error"], true);
        assert_eq!(v["file"], path.display().to_string());
        assert_eq!(v["line"].as_u64(), line.map(|l: u64| l), "{name}: {v}");
        assert!(v["column"].as_u64().is_some(), "{name}: {v}");
        assert_eq!(v["field"].as_str(), field, "{name}: {v}");
        assert!(!v["message"].as_str().unwrap().is_empty());
    }
    let o = rogatory(&["check", "--format", "json", "missing.toml"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["file"], "missing.toml");
}

#[test]
fn a_format_version_that_cannot_be_read_is_named_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.toml");
    fs::write(&path, "reference = \"x\"\nformat_version = 0\n").unwrap();
    let o = rogatory(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let want = format!("{}:2:18: ", path.display());
    assert!(stderr(&o).contains(&want), "{}", stderr(&o));
}

#[test]
fn a_dash_is_standard_input_for_check_and_standard_output_for_render() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let case = fs::read(root().join("examples/complete-fraud-gb-us.toml")).unwrap();
    let run = |args: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rogatory"))
            .args(["--today", TODAY])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&case).unwrap();
        child.wait_with_output().unwrap()
    };
    let o = run(&["check", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 errors"));
    let o = run(&["render", "-", "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        o.stdout.starts_with(b"%PDF"),
        "the PDF, and nothing else, on stdout"
    );
}

#[test]
fn a_draft_does_not_claim_pdf_a_and_its_metadata_says_draft() {
    let dir = tempfile::tempdir().unwrap();
    let case = root().join("examples/complete-fraud-gb-us.toml");
    let draft = dir.path().join("draft.pdf");
    let final_ = dir.path().join("final.pdf");
    let run = |out: &std::path::Path, extra: &[&str]| {
        let mut args = vec![
            "render",
            case.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let o = rogatory(&args, dir.path());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        fs::read(out).unwrap()
    };
    let has = |pdf: &[u8], s: &str| pdf.windows(s.len()).any(|w| w == s.as_bytes());
    let d = run(&draft, &["--draft"]);
    let f = run(&final_, &[]);
    assert!(has(&f, "pdfaid:part"), "the final request is PDF/A");
    assert!(!has(&d, "pdfaid:part"), "a draft must not claim PDF/A");
    assert!(has(&d, "DRAFT"), "the draft's metadata says so");
}

#[test]
fn a_pile_of_combining_marks_is_reported_and_bounded_before_the_layout() {
    let mut c = complete();
    c.persons[0].name = format!("Daniel A{}shcroft", "\u{0336}".repeat(16_000));
    let catalog = store::builtin_catalog();
    let f = check::check(&c, &catalog, &ctx());
    assert!(
        f.iter()
            .any(|f| f.id == "combining-marks" && f.path == "persons[0].name"),
        "{f:?}"
    );
    // 16,000 marks on one letter aborted the process; bounded, the request
    // lays out, with the name's letters all there.
    let opts = rogatory::document::Options::new("en", TODAY.parse().unwrap());
    let doc = rogatory::document::compose(&c, &catalog, &opts).unwrap();
    let r = rogatory::document::pdf::render(&doc).unwrap();
    assert!(r.pdf.starts_with(b"%PDF"));
    let kept = rogatory::check::glyphs::bound_marks(&c.persons[0].name);
    assert_eq!(
        kept.chars().filter(|c| *c == '\u{0336}').count(),
        rogatory::check::glyphs::MAX_MARKS
    );
    assert!(kept.starts_with("Daniel A") && kept.ends_with("shcroft"));
    // Ordinary writing keeps every mark: Vietnamese, Arabic with harakat.
    for s in ["Nguyễn Thị Ngọc", "مُحَمَّد"] {
        assert_eq!(rogatory::check::glyphs::bound_marks(s), s);
    }
}

#[test]
fn the_pdf_is_tagged_with_headings_tables_and_lists_and_has_bookmarks() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    let o = render_to(&pdf, dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let bytes = fs::read(&pdf).unwrap();
    let has = |s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(has("/Outlines"), "bookmarks for the sections");
    let Some(tree) = poppler("pdfinfo", &["-struct", pdf.to_str().unwrap()]) else {
        return;
    };
    let lines: Vec<&str> = tree.lines().map(str::trim).collect();
    let count = |tag: &str| lines.iter().filter(|l| l.starts_with(tag)).count();
    assert_eq!(count("H1 "), 1, "the title\n{tree}");
    assert!(lines.iter().any(|l| l.starts_with("H2 \"1. ")), "{tree}");
    assert!(count("H3 ") >= 4, "offences, persons, measures\n{tree}");
    assert!(count("Table") >= 10, "labelled fields as tables\n{tree}");
    assert!(count("LI") >= 2, "lists\n{tree}");
}

#[test]
fn output_piped_into_a_reader_that_stops_early_is_no_crash() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["check", "--all-states"],
        vec!["profiles", "list"],
        vec!["man"],
    ] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rogatory"));
        cmd.args(["--today", TODAY]);
        for a in &args {
            cmd.arg(a);
        }
        if args[0] == "check" {
            cmd.arg(root().join("examples/complete-fraud-gb-us.toml"));
        }
        let mut child = cmd
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join("c"))
            .env("XDG_DATA_HOME", dir.path().join("d"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader is gone before the program writes (as `| head -1` is
        // once it has its line): its output goes to a closed pipe.
        drop(child.stdout.take());
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert_ne!(status.code(), Some(101), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}
