//! The profile tools for central authorities, run as a user would: the
//! shipped JSON Schema is current and validates every shipped profile with
//! a real validator (check-jsonschema), `profiles new` writes a skeleton
//! that `profiles check` reads, `profiles diff` names the fields changed,
//! and signed bundles install only when they are what they claim.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

#[test]
fn the_shipped_schema_is_the_programs_own() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(&["profiles", "schema"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let shipped = fs::read_to_string(root().join("country-profiles/profile.schema.json")).unwrap();
    assert_eq!(
        stdout(&o),
        shipped,
        "run: cargo run -- profiles schema > country-profiles/profile.schema.json"
    );
}

/// check-jsonschema from the CI venv, else from PATH; None outside CI when absent.
fn check_jsonschema() -> Option<std::path::PathBuf> {
    let venv = root().join(".venv-ci/bin/check-jsonschema");
    if venv.exists() {
        return Some(venv);
    }
    match Command::new("check-jsonschema").arg("--version").output() {
        Ok(_) => Some("check-jsonschema".into()),
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("check-jsonschema is not installed; .ci/run installs it in .venv-ci")
        }
        Err(_) => None,
    }
}

#[test]
fn every_shipped_profile_validates_against_the_schema() {
    let Some(tool) = check_jsonschema() else {
        eprintln!("check-jsonschema not installed: skipped outside CI");
        return;
    };
    let dir = root().join("country-profiles");
    let mut files: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 3);
    let schema = dir.join("profile.schema.json");
    let o = Command::new(&tool)
        .arg("--schemafile")
        .arg(&schema)
        .args(&files)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    // And the validator does reject what the program rejects.
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("US.toml");
    let us = fs::read_to_string(dir.join("US.toml")).unwrap();
    fs::write(
        &bad,
        us.replace("languages_note", "colour = \"red\"\nlanguages_note"),
    )
    .unwrap();
    let o = Command::new(&tool)
        .arg("--schemafile")
        .arg(&schema)
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!o.status.success(), "an unknown key must fail the schema");
}

#[test]
fn every_shipped_profile_declares_the_schema() {
    for e in fs::read_dir(root().join("country-profiles"))
        .unwrap()
        .flatten()
    {
        let p = e.path();
        if p.extension().is_some_and(|e| e == "toml") {
            let text = fs::read_to_string(&p).unwrap();
            assert!(
                text.starts_with("#:schema ./profile.schema.json"),
                "{} does not declare the schema on its first line",
                p.display()
            );
        }
    }
}

#[test]
fn a_new_skeleton_is_read_by_check_and_diff_names_the_changes() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("profiles");
    fs::create_dir(&dir).unwrap();
    let file = dir.join("GB.toml");
    let o = rogatory(
        &["profiles", "new", "gb", "--out", file.to_str().unwrap()],
        home.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // It never overwrites.
    let again = rogatory(
        &["profiles", "new", "GB", "--out", file.to_str().unwrap()],
        home.path(),
    );
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    let o = rogatory(&["profiles", "check", dir.to_str().unwrap()], home.path());
    let out = stdout(&o);
    // The skeleton parses (no syntax error) and its gaps are listed, with
    // the one real error: no central authority named.
    assert!(out.contains("GB.toml"), "{out}");
    assert!(out.contains("Gap:"), "{out}");
    assert!(out.contains("central_authorities[0].name"), "{out}");
    assert!(!out.contains("unknown field"), "{out}");
    let text = fs::read_to_string(&file).unwrap();
    let newer = dir.join("GB-2.toml");
    fs::write(
        &newer,
        text.replace("version = 1 ", "version = 2 ").replace(
            "name = \"\"\nstage",
            "name = \"UK Central Authority\"\nstage",
        ),
    )
    .unwrap();
    let o = rogatory(
        &[
            "profiles",
            "diff",
            file.to_str().unwrap(),
            newer.to_str().unwrap(),
        ],
        home.path(),
    );
    let out = stdout(&o);
    assert!(out.contains("~ version: 1 → 2"), "{out}");
    assert!(
        out.contains("~ central_authorities[0].name: \"\" → \"UK Central Authority\""),
        "{out}"
    );
    assert!(out.contains("2 fields changed"), "{out}");
    // A broken file is named with its line.
    fs::write(&newer, "schema_version = 1\ncode = \"GB\n").unwrap();
    let o = rogatory(
        &[
            "profiles",
            "diff",
            file.to_str().unwrap(),
            newer.to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("GB-2.toml:2"), "{}", stderr(&o));
}

fn run_ok(args: &[&str], home: &Path) -> String {
    let o = rogatory(args, home);
    assert!(o.status.success(), "{args:?}: {}{}", stdout(&o), stderr(&o));
    stdout(&o)
}

#[test]
fn bundles_install_only_when_signed_by_a_trusted_key_and_newer() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let keys = h.join("keys");
    let other = h.join("other");
    fs::create_dir_all(&keys).unwrap();
    fs::create_dir_all(&other).unwrap();
    run_ok(
        &["profiles", "keygen", "--dir", &s(&keys), "--no-password"],
        h,
    );
    run_ok(
        &["profiles", "keygen", "--dir", &s(&other), "--no-password"],
        h,
    );
    let src = h.join("publish");
    fs::create_dir_all(&src).unwrap();
    fs::copy(root().join("country-profiles/US.toml"), src.join("US.toml")).unwrap();
    let bundle = |version: &str, key: &Path, out: &Path| {
        run_ok(
            &[
                "profiles",
                "bundle",
                &s(&src),
                "--key",
                &s(key),
                "--bundle-version",
                version,
                "--publisher",
                "Test central authority",
                "--out",
                &s(out),
            ],
            h,
        )
    };
    let b2 = h.join("v2.rogatory-bundle");
    bundle("2", &keys.join("rogatory.key"), &b2);
    let into = h.join("installed");
    let install =
        |file: &Path| rogatory(&["profiles", "install", &s(file), "--into", &s(&into)], h);
    // Not trusted yet: refused, naming the key.
    let o = install(&b2);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not chosen to trust"), "{}", stderr(&o));
    run_ok(&["profiles", "trust", &s(&keys.join("rogatory.pub"))], h);
    // One byte changed: refused as altered.
    let tampered = h.join("tampered.rogatory-bundle");
    let mut bytes = fs::read(&b2).unwrap();
    let i = bytes.iter().position(|&c| c == b'O').unwrap();
    bytes[i] = b'0';
    fs::write(&tampered, &bytes).unwrap();
    fs::copy(
        format!("{}.minisig", b2.display()),
        format!("{}.minisig", tampered.display()),
    )
    .unwrap();
    let o = install(&tampered);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("changed after it was signed"),
        "{}",
        stderr(&o)
    );
    // No signature beside it: refused as unsigned.
    let unsigned = h.join("unsigned.rogatory-bundle");
    fs::copy(&b2, &unsigned).unwrap();
    let o = install(&unsigned);
    assert!(stderr(&o).contains("not signed"), "{}", stderr(&o));
    // Signed by a key nobody trusted: refused.
    let foreign = h.join("foreign.rogatory-bundle");
    bundle("9", &other.join("rogatory.key"), &foreign);
    let o = install(&foreign);
    assert!(stderr(&o).contains("not chosen to trust"), "{}", stderr(&o));
    assert!(!into.join("US.toml").exists(), "nothing installed so far");
    // The good one installs, and is used.
    let out = stdout(&install(&b2));
    assert!(out.contains("Installed version 2"), "{out}");
    assert!(into.join("US.toml").exists());
    // The installed profile is used, and the record beside it is not read
    // as a profile.
    let o = rogatory(&["--profiles", &s(&into), "profiles", "list"], h);
    assert!(stdout(&o).contains("US "), "{}", stdout(&o));
    assert!(!stderr(&o).contains("installed-bundles"), "{}", stderr(&o));
    // An older (or the same) version is refused.
    let b1 = h.join("v1.rogatory-bundle");
    bundle("1", &keys.join("rogatory.key"), &b1);
    let o = install(&b1);
    assert!(
        stderr(&o).contains("is not newer than version 2"),
        "{}",
        stderr(&o)
    );
    // A directory with a broken file is not signed at all.
    fs::write(src.join("FR.toml"), "schema_version = 1\ncode = ").unwrap();
    let o = rogatory(
        &[
            "profiles",
            "bundle",
            &s(&src),
            "--key",
            &s(&keys.join("rogatory.key")),
            "--bundle-version",
            "3",
            "--publisher",
            "x",
            "--out",
            &s(&h.join("v3.rogatory-bundle")),
        ],
        h,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("FR.toml"), "{}", stderr(&o));
}

/// The legal bases the wizard offers between two states.
fn offered(
    cat: &rogatory::profile::Catalog,
    requested: &str,
    requesting: &str,
    day: Option<&str>,
) -> Vec<String> {
    let day = day.map(|d| d.parse().unwrap());
    rogatory::profile::between::bases_between(
        &cat.treaties,
        cat.get(requested),
        requested,
        requesting,
        day,
    )
    .into_iter()
    .map(|o| o.id)
    .collect()
}

#[test]
fn the_bases_offered_between_two_states_are_those_the_registry_sources_support() {
    let cat = rogatory::store::builtin_catalog();
    // Every basis offered on the registry's word has, for both states, a
    // party entry that names its source and the day it was read.
    let states: Vec<String> = cat.iter().map(|l| l.profile.code.clone()).collect();
    for a in &states {
        for b in states.iter().filter(|b| *b != a) {
            for o in
                rogatory::profile::between::bases_between(&cat.treaties, cat.get(a), a, b, None)
            {
                if o.from != rogatory::profile::between::Offered::Registry {
                    continue;
                }
                let t = cat.treaties.get(&o.id).unwrap();
                for s in [a, b] {
                    if let Some(p) = t.listed(s) {
                        assert!(
                            !p.source.trim().is_empty() && !p.checked.trim().is_empty(),
                            "{} offered between {a} and {b}: {s}'s entry names no source",
                            o.id
                        );
                    } else {
                        // Bound through membership (the EIO through the EU).
                        assert!(!t.parties_from.is_empty(), "{} {s}", o.id);
                    }
                }
            }
        }
    }
    let has = |v: &[String], id: &str| v.iter().any(|x| x == id);
    // A dozen pairs, against what the registry files' sources say.
    let fr_de = offered(&cat, "FR", "DE", None);
    for id in [
        "eio",
        "coe-1959",
        "untoc",
        "uncac",
        "budapest",
        "reciprocity",
    ] {
        assert!(has(&fr_de, id), "FR-DE lacks {id}: {fr_de:?}");
    }
    // (requested, requesting, must be offered, must not be offered)
    let pairs: [(&str, &str, &str, &str); 11] = [
        ("FR", "US", "mlat-fr-us", "eio"),
        ("DE", "US", "mlat-de-us", "eu-2000"),
        ("US", "DE", "mlat-de-us", "eio"),
        ("PL", "US", "mlat-pl-us", "eio"),
        ("PL", "UA", "mlat-pl-ua", "eio"),
        ("UA", "US", "mlat-ua-us", "eio"),
        ("RU", "US", "mlat-ru-us", "eio"),
        ("JP", "US", "mlat-jp-us", "coe-1959-p2"),
        ("MA", "FR", "mlat-fr-ma", "eio"),
        ("ZA", "US", "mlat-us-za", "eio"),
        ("IN", "US", "mlat-in-us", "eio"),
    ];
    for (requested, requesting, yes, no) in pairs {
        let v = offered(&cat, requested, requesting, None);
        assert!(
            has(&v, yes) && !has(&v, no),
            "{requested} <- {requesting}: {v:?}"
        );
    }
    // A bilateral treaty is never offered to a third state.
    let fr_de_bilaterals: Vec<_> = fr_de.iter().filter(|id| id.starts_with("mlat-")).collect();
    assert!(fr_de_bilaterals.is_empty(), "{fr_de_bilaterals:?}");
    // On a date before the US-South Africa treaty bound them, it is not offered.
    let before = offered(&cat, "ZA", "US", Some("2000-01-01"));
    assert!(!has(&before, "mlat-us-za"), "{before:?}");
    // Reciprocity is always there, last.
    assert_eq!(fr_de.last().map(String::as_str), Some("reciprocity"));
}
