//! The command line as a user runs it: render, check, profiles, new.

mod common;

use std::fs;

use common::*;

#[test]
fn renders_the_complete_example_to_a_pdf_with_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("request.pdf");
    let o = rogatory(
        &[
            "render",
            example(COMPLETE).to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&pdf).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let p = pdf.to_str().unwrap();
    if let Some(text) = poppler("pdftotext", &["-layout", p, "-"]) {
        for needle in [
            "Request for Mutual Legal Assistance in Criminal Matters",
            "Summary of the facts",
            "Northgate Lithium Ltd",
            "Fraud by false representation",
            "Proceeds of Crime Act 2002, section 327",
            "Production of bank records",
            "Taking a witness statement",
            "Harbor Point Bank",
            "Sarah Whitfield",
            "Senior Crown Prosecutor",
            "Ref. OPL/2026/0147",
            "CONFIDENTIAL",
            "Page 1 of",
            "Annexes",
        ] {
            assert!(text.contains(needle), "PDF text lacks {needle:?}");
        }
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
        assert!(!text.contains("DRAFT"));
    }
    embedded_fonts(&pdf);
}

#[test]
fn same_case_renders_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.pdf");
    let b = dir.path().join("b.pdf");
    for out in [&a, &b] {
        let o = rogatory(
            &[
                "render",
                example(COMPLETE).to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert_eq!(fs::read(a).unwrap(), fs::read(b).unwrap());
}

#[test]
fn check_lists_each_gap_with_its_rule() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(
        &["check", "--lang", "en", example(GAPS).to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1), "errors give exit code 1");
    let out = stdout(&o);
    for (path, rule) in [
        ("legal_basis:", "[UNTOC art. 18(16)]"),
        ("purpose:", "[UNTOC art. 18(15)(f)]"),
        ("proceeding.authority:", "[UNTOC art. 18(15)(b)]"),
        ("offences[0].provision:", "[UNTOC art. 18(16)]"),
        ("measures[0].grounds:", "[UNTOC art. 18(15)(d)]"),
        ("link_to_state:", "[UNTOC art. 18(16)]"),
        ("urgency.needed_by:", "[UNTOC art. 18(16)]"),
        ("signature.title:", "[UNTOC art. 18(15)(a)]"),
    ] {
        let line = out
            .lines()
            .find(|l| l.contains(path))
            .unwrap_or_else(|| panic!("no finding for {path} in:\n{out}"));
        assert!(line.contains(": error "), "{line}");
        assert!(line.contains(rule), "{line} should cite {rule}");
    }
    // Each finding starts with the file, and with the line and column of its
    // field where the file has that field.
    assert!(
        out.contains("gaps-search-be-fr.toml:26:18: error    offences[0].committed_from:"),
        "{out}"
    );
    assert!(
        out.contains("gaps-search-be-fr.toml: error    legal_basis:"),
        "{out}"
    );
    assert!(out.contains("error    offences[0].limitation_date: Offence 1: the limitation date 2026-01-31 has passed."), "{out}");
    for path in [
        "offences[0].committed_from: \"2025-14-02\" is not a date",
        "measures[1].accounts[0]: \"FR14 2004 1010 0505 0001 3M02 607\" is not a valid IBAN",
        "measures[1].person: No person in the request has the id \"p2\"",
        "requesting.contact.email: \"marc.janssens@example\" is not a valid e-mail",
    ] {
        assert!(out.contains(path), "missing {path:?} in:\n{out}");
    }
    assert!(out.contains(
        "warning  document_language: The document language \"en\" is not one FR accepts (fr)."
    ));
    assert!(
        out.lines().last().unwrap().starts_with("17 errors, "),
        "{out}"
    );
}

#[test]
fn the_complete_example_has_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(&["check", example(COMPLETE).to_str().unwrap()], dir.path());
    let out = stdout(&o);
    assert!(
        out.trim_end().ends_with("0 errors, 0 warnings, 5 notes"),
        "{out}"
    );
    assert!(
        !out.contains("error ") && !out.contains("warning "),
        "{out}"
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn the_document_language_defaults_to_the_requested_states() {
    let dir = tempfile::tempdir().unwrap();
    // The gaps example goes to France, whose profile accepts French.
    let o = rogatory(&["check", example(GAPS).to_str().unwrap()], dir.path());
    assert!(!stdout(&o).contains("document_language"), "{}", stdout(&o));
    let pdf = dir.path().join("fr.pdf");
    let o = rogatory(
        &[
            "render",
            example(GAPS).to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
            "--draft",
        ],
        dir.path(),
    );
    assert!(stdout(&o).contains("language: fr"), "{}", stdout(&o));
    if let Some(text) = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) {
        assert!(text.contains("entraide judiciaire"), "{text}");
    }
}

#[test]
fn check_json_is_machine_readable() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(
        &["check", "--format", "json", example(GAPS).to_str().unwrap()],
        dir.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let items = v.as_array().unwrap();
    let f = items.iter().find(|f| f["path"] == "purpose").unwrap();
    assert_eq!(f["severity"], "error");
    assert_eq!(f["id"], "missing-purpose");
    assert_eq!(f["rule"], "UNTOC art. 18(15)(f)");
}

#[test]
fn render_refuses_errors_unless_draft_and_the_draft_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("draft.pdf");
    let gaps = example(GAPS);
    let args = [
        "render",
        gaps.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
        "--lang",
        "en",
    ];
    let o = rogatory(&args, dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("use --draft"), "{}", stderr(&o));
    assert!(!pdf.exists(), "no PDF is written for a request with errors");
    let mut draft = args.to_vec();
    draft.push("--draft");
    let o = rogatory(&draft, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    if let Some(text) = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) {
        let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
        assert!(pages >= 1);
        assert_eq!(
            text.matches("DRAFT").count(),
            pages,
            "every page says DRAFT"
        );
    }
}

#[test]
fn truncated_case_file_gets_a_precise_message() {
    let dir = tempfile::tempdir().unwrap();
    let full = fs::read_to_string(example(COMPLETE)).unwrap();
    let cut = full.find("[[offences]]").unwrap() + 40;
    let path = dir.path().join("cut.toml");
    fs::write(&path, &full[..cut]).unwrap();
    let o = rogatory(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let line = full[..cut].lines().count();
    assert!(err.contains(&format!("cut.toml:{line}:")), "{err}");
    assert!(err.contains("field `offences[0].name`"), "{err}");
    assert!(err.contains("invalid basic string"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn wrong_type_in_a_case_names_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(example(COMPLETE)).unwrap().replace(
        "max_penalty_months = 168",
        "max_penalty_months = \"fourteen years\"",
    );
    let path = dir.path().join("typed.toml");
    fs::write(&path, &text).unwrap();
    let o = rogatory(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("field `offences[1].max_penalty_months`"),
        "{err}"
    );
    assert!(err.contains("invalid type: string"), "{err}");
}

#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    fs::write(&path, b"format_version = 1\nfacts = \"Soci\xe9t\xe9\"\n").unwrap();
    let o = rogatory(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("latin1.toml:2:14: the file is not valid UTF-8"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn profile_with_a_wrong_type_is_reported_and_the_others_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    fs::create_dir(&profiles).unwrap();
    let fr = fs::read_to_string(root().join("country-profiles/FR.toml")).unwrap();
    let broken = fr.replacen("languages = [\"fr\"]", "languages = \"fr\"", 1);
    assert_ne!(fr, broken);
    fs::write(profiles.join("FR.toml"), &broken).unwrap();
    let o = rogatory(
        &["profiles", "check", profiles.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let line = broken
        .lines()
        .position(|l| l.starts_with("languages ="))
        .unwrap()
        + 1;
    assert!(
        out.contains(&format!(
            "FR.toml:{line}:13: field `languages`: invalid type: string"
        )),
        "{out}"
    );
    assert!(!stderr(&o).contains("panicked"));

    // Loaded with --profiles, the broken file is skipped with a warning and
    // every other profile (including the built-in France) still loads.
    let o = rogatory(
        &["--profiles", profiles.to_str().unwrap(), "profiles", "list"],
        dir.path(),
    );
    assert!(o.status.success());
    let list = stdout(&o);
    for code in ["DE ", "FR ", "US "] {
        assert!(list.contains(code), "{list}");
    }
    assert!(stderr(&o).contains("profile skipped"), "{}", stderr(&o));
}

#[test]
fn profile_content_problems_point_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    fs::create_dir(&profiles).unwrap();
    let us = fs::read_to_string(root().join("country-profiles/US.toml")).unwrap();
    let broken = us
        .replacen(
            "iccs = [\"07041\"]",
            "iccs = [\"07041\", \"7x\"]\neu_list = [\"money_laundering\", \"bogus\"]",
            1,
        )
        .replacen(
            "in_force_since = \"1986-10-27\"",
            "in_force_since = \"1986-13-27\"",
            1,
        );
    assert_ne!(us, broken);
    fs::write(profiles.join("US.toml"), &broken).unwrap();
    let o = rogatory(
        &["profiles", "check", profiles.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    let line_of = |prefix: &str| broken.lines().position(|l| l.starts_with(prefix)).unwrap() + 1;
    let iccs = line_of("iccs = [\"07041\", \"7x\"]");
    let eu = line_of("eu_list = [\"money_laundering\", \"bogus\"]");
    let since = line_of("in_force_since = \"1986-13-27\"");
    for expected in [
        format!("US.toml:{iccs}:18: error    offences[1].iccs[1]: \"7x\" is not an ICCS code"),
        format!(
            "US.toml:{eu}:32: error    offences[1].eu_list[1]: \"bogus\" is not an EU list category"
        ),
        format!("US.toml:{eu}:11: warning  offences[1].eu_list: US is not an EU member state"),
        format!(
            "US.toml:{since}:18: error    offences[1].in_force_since: \"1986-13-27\" is not a date"
        ),
    ] {
        assert!(out.contains(&expected), "{expected}\nnot in:\n{out}");
    }
}

#[test]
fn profiles_given_with_the_option_override_the_built_in_ones() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    fs::create_dir(&profiles).unwrap();
    let de = fs::read_to_string(root().join("country-profiles/DE.toml")).unwrap();
    fs::write(
        profiles.join("DE.toml"),
        de.replace("name = \"Germany\"", "name = \"Germany (test)\""),
    )
    .unwrap();
    let o = rogatory(
        &[
            "--profiles",
            profiles.to_str().unwrap(),
            "profiles",
            "show",
            "de",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Germany (test) (DE)"), "{out}");
    assert!(out.contains("[--profiles]"), "{out}");
}

#[test]
fn shipped_profiles_pass_their_own_check() {
    let dir = tempfile::tempdir().unwrap();
    // Checked as of the real date: profiles verified after the tests' fixed
    // date must not look as if they came from the future.
    let today = jiff::Zoned::now().date().to_string();
    let o = common::rogatory_on(
        &today,
        &[
            "profiles",
            "check",
            root().join("country-profiles").to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stdout(&o));
}

#[test]
fn new_writes_a_private_starter_that_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.toml");
    let o = rogatory(&["new", path.to_str().unwrap(), "--to", "de"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("requested_state = \"DE\""));
    let o = rogatory(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(
        o.status.code(),
        Some(1),
        "a starter is incomplete: {}",
        stderr(&o)
    );
    fs::write(&path, "mine").unwrap();
    let o = rogatory(&["new", path.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&path).unwrap(), "mine");
}

#[test]
fn new_refuses_a_code_that_is_no_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.toml");
    for (code, says) in [("XX", "XX"), ("germ", "DE (Germany)"), ("QQ", "QQ")] {
        let o = rogatory(&["new", path.to_str().unwrap(), "--to", code], dir.path());
        assert_eq!(o.status.code(), Some(2), "{code}");
        assert!(stderr(&o).contains(says), "{code}: {}", stderr(&o));
        assert!(!path.exists(), "{code}: nothing written");
    }
    let o = rogatory(&["new", path.to_str().unwrap(), "--to", "de"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("requested_state = \"DE\"")
    );
}

#[test]
fn a_bare_path_is_a_case_to_open() {
    // Without a terminal the wizard cannot start; what matters is that the
    // path is taken as a case file (read first), not as an unknown command.
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(&["missing-case.toml"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("missing-case.toml"), "{err}");
    assert!(!err.contains("subcommand"), "{err}");
}

#[test]
fn render_many_cases_into_a_folder_with_a_summary_and_the_worst_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    // Same file name in two folders: both kept.
    std::fs::copy(example(COMPLETE), other.join("complete-fraud-gb-us.toml")).unwrap();
    std::fs::write(dir.path().join("broken.toml"), "format_version = [").unwrap();
    let out = dir.path().join("out");
    let o = rogatory(
        &[
            "render",
            example(COMPLETE).to_str().unwrap(),
            other.join("complete-fraud-gb-us.toml").to_str().unwrap(),
            example(GAPS).to_str().unwrap(),
            dir.path().join("broken.toml").to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("2 written, 1 refused for their errors, 1 could not be read"),
        "{}",
        stdout(&o)
    );
    for f in ["complete-fraud-gb-us.pdf", "complete-fraud-gb-us-2.pdf"] {
        let bytes = std::fs::read(out.join(f)).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{f}");
    }
    assert!(!out.join("gaps-search-be-fr.pdf").exists());
    // One case and no -o nor --out-dir: said.
    let o = rogatory(
        &[
            "render",
            example(COMPLETE).to_str().unwrap(),
            example(GAPS).to_str().unwrap(),
            "-o",
            "x.pdf",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--out-dir"), "{}", stderr(&o));
}

#[test]
fn check_all_states_assesses_the_request_against_every_profile() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(
        &[
            "check",
            example(COMPLETE).to_str().unwrap(),
            "--all-states",
            "--format",
            "json",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let states: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["state"].as_str().unwrap())
        .collect();
    assert!(states.len() >= 29, "{states:?}");
    assert!(!states.contains(&"GB"), "not the requesting state itself");
    let us = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["state"] == "US")
        .unwrap();
    assert_eq!(us["basis"], "untoc");
    assert_eq!(us["errors"], 0);
    assert!(
        us["bases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b == "mlat-gb-us")
    );
    assert!(us["dual_criminality"]["satisfied"].as_u64().unwrap() >= 1);
    let o = rogatory(
        &["check", example(COMPLETE).to_str().unwrap(), "--all-states"],
        dir.path(),
    );
    let us = stdout(&o)
        .lines()
        .find(|l| l.starts_with("US "))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    assert!(
        us.starts_with("US United States untoc 0 / 0"),
        "{}",
        stdout(&o)
    );
}
