//! Case files encrypted at rest (issue "Hardening", item 18), through the
//! real binary: a passphrase or a team's keys, every command reading the
//! file transparently, and a wrong passphrase or a tampered file refused
//! with the file left as it was.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::*;

/// `rogatory` with these environment variables (passphrases, identity).
fn run(args: &[&str], home: &Path, env: &[(&str, &str)]) -> Output {
    let mut c = command(TODAY, args, home);
    c.env_remove("ROGATORY_PASSPHRASE")
        .env_remove("ROGATORY_NEW_PASSPHRASE")
        .env_remove("ROGATORY_IDENTITY");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run rogatory")
}

const SECRET_NAME: &str = "Daniel Ashcroft";

fn case_in(dir: &Path) -> std::path::PathBuf {
    let text = fs::read_to_string(example(COMPLETE)).unwrap();
    assert!(text.contains(SECRET_NAME), "the example names the suspect");
    let path = dir.join("case.toml");
    fs::write(&path, &text).unwrap();
    path
}

#[test]
fn a_passphrase_encrypts_the_case_and_every_command_reads_it_with_it() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    let c = case.to_str().unwrap();
    let plain = run(&["check", c], home.path(), &[]);

    let pass = [("ROGATORY_NEW_PASSPHRASE", "a long enough phrase")];
    let o = run(&["encrypt", c], home.path(), &pass);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Encrypted"), "{}", stdout(&o));
    // Neither the file nor its backup holds the suspect's name any more.
    for f in [case.clone(), dir.path().join("case.toml.bak")] {
        let bytes = fs::read(&f).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
            "{}",
            f.display()
        );
        assert!(!text.contains(SECRET_NAME), "{}", f.display());
    }

    // With the passphrase, check finds what it found in the plain file.
    let with = [("ROGATORY_PASSPHRASE", "a long enough phrase")];
    let o = run(&["check", c], home.path(), &with);
    assert_eq!(o.status.code(), plain.status.code(), "{}", stderr(&o));
    assert_eq!(stdout(&o), stdout(&plain));
    // And render writes the request.
    let pdf = dir.path().join("out.txt");
    let o = run(
        &["render", c, "--text", "-o", pdf.to_str().unwrap()],
        home.path(),
        &with,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(fs::read_to_string(&pdf).unwrap().contains(SECRET_NAME));

    // Without it, or with a wrong one: a clear message, the file as it was.
    let before = fs::read(&case).unwrap();
    let o = run(&["check", c], home.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is encrypted with a passphrase")
            && stderr(&o).contains("ROGATORY_PASSPHRASE"),
        "{}",
        stderr(&o)
    );
    let o = run(
        &["check", c],
        home.path(),
        &[("ROGATORY_PASSPHRASE", "not it at all")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the passphrase does not open this file"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", "--format", "json", c], home.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["error"], true);
    assert_eq!(v["file"], c);
    assert_eq!(fs::read(&case).unwrap(), before, "nothing was overwritten");

    // Decrypted again, it is the case it was.
    let o = run(&["decrypt", c], home.path(), &with);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["check", c], home.path(), &[]);
    assert_eq!(stdout(&o), stdout(&plain));
    // Byte for byte, with its comments: encryption never rewrote it.
    assert_eq!(
        fs::read_to_string(&case).unwrap(),
        fs::read_to_string(example(COMPLETE)).unwrap()
    );
}

#[test]
fn a_tampered_or_truncated_file_is_refused_and_left_untouched() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    let c = case.to_str().unwrap();
    let pass = [("ROGATORY_NEW_PASSPHRASE", "tamper evident")];
    assert_eq!(
        run(&["encrypt", c], home.path(), &pass).status.code(),
        Some(0)
    );
    let sealed = fs::read_to_string(&case).unwrap();
    let with = [("ROGATORY_PASSPHRASE", "tamper evident")];

    // One character of the payload changed.
    let mut lines: Vec<String> = sealed.lines().map(String::from).collect();
    let i = lines.len() - 4;
    let ch = lines[i].remove(20);
    lines[i].insert(20, if ch == 'Q' { 'R' } else { 'Q' });
    let tampered = lines.join("\n") + "\n";
    for (what, text) in [
        ("tampered", tampered),
        ("truncated", sealed[..sealed.len() * 2 / 3].to_string()),
    ] {
        fs::write(&case, &text).unwrap();
        let o = run(&["check", c], home.path(), &with);
        assert_eq!(o.status.code(), Some(2), "{what}");
        assert!(
            stderr(&o).contains("is not a whole encrypted file"),
            "{what}: {}",
            stderr(&o)
        );
        assert_eq!(fs::read_to_string(&case).unwrap(), text, "{what}");
    }
}

#[test]
fn a_team_key_opens_without_a_passphrase_and_an_outsider_cannot() {
    let me = tempfile::tempdir().unwrap();
    let colleague = tempfile::tempdir().unwrap();
    let outsider = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    let c = case.to_str().unwrap();

    let mut publics = Vec::new();
    for home in [me.path(), colleague.path()] {
        let o = run(&["key", "new"], home, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let public = stdout(&o).trim().to_string();
        assert!(public.starts_with("age1"), "{public}");
        // A second `key new` never replaces the key.
        let again = run(&["key", "new"], home, &[]);
        assert_eq!(again.status.code(), Some(2));
        assert_eq!(stdout(&run(&["key", "show"], home, &[])).trim(), public);
        publics.push(public);
    }
    // I encrypt to my colleague; my own key is added.
    let o = run(&["encrypt", c, "--to", &publics[1]], me.path(), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("to 2 keys"), "{}", stdout(&o));
    assert!(!fs::read_to_string(&case).unwrap().contains(SECRET_NAME));

    for home in [me.path(), colleague.path()] {
        let o = run(&["check", c], home, &[]);
        assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
    }
    let o = run(&["check", c], outsider.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("none is yours"), "{}", stderr(&o));

    // My colleague re-encrypts it to a passphrase: the keys are dropped.
    let o = run(
        &["encrypt", c],
        colleague.path(),
        &[("ROGATORY_NEW_PASSPHRASE", "shared phrase for the trip")],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["check", c], me.path(), &[]);
    assert_eq!(o.status.code(), Some(2), "my key no longer opens it");
    assert!(stderr(&o).contains("passphrase"), "{}", stderr(&o));

    // A bad key is refused before anything is written.
    let before = fs::read(&case).unwrap();
    let o = run(&["encrypt", c, "--to", "age1notakey"], me.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not an age public key"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&case).unwrap(), before);
}

#[test]
fn a_short_passphrase_is_refused_and_nothing_is_encrypted() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    let before = fs::read(&case).unwrap();
    let o = run(
        &["encrypt", case.to_str().unwrap()],
        home.path(),
        &[("ROGATORY_NEW_PASSPHRASE", "short")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("at least 8 characters"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&case).unwrap(), before);
    // No terminal and no passphrase given: said, not waited for.
    let o = run(&["encrypt", case.to_str().unwrap()], home.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no terminal"), "{}", stderr(&o));
}
