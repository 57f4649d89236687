//! Helpers shared by the integration tests: run the real binary, find the
//! examples, and use poppler's tools when they are installed (CI installs
//! them; there a missing tool is a failure, not a skip).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const TODAY: &str = "2026-11-22";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

pub const COMPLETE: &str = "complete-fraud-gb-us.toml";
pub const GAPS: &str = "gaps-search-be-fr.toml";

/// Run `rogatory` with `--today` fixed and an empty user config, so the
/// machine's own profiles never change a test's result.
pub fn rogatory(args: &[&str], home: &Path) -> Output {
    rogatory_on(TODAY, args, home)
}

/// `rogatory` as of `today`.
pub fn rogatory_on(today: &str, args: &[&str], home: &Path) -> Output {
    command(today, args, home).output().expect("run rogatory")
}

/// The command `rogatory_on` runs, to add to (environment variables).
pub fn command(today: &str, args: &[&str], home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rogatory"));
    c.args(["--today", today])
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Run a poppler tool; `None` when it is not installed outside CI.
pub fn poppler(tool: &str, args: &[&str]) -> Option<String> {
    match Command::new(tool).args(args).output() {
        Ok(o) => {
            assert!(
                o.status.success(),
                "{tool} failed: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            Some(String::from_utf8_lossy(&o.stdout).into_owned())
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("{tool} is not installed; .ci/run installs poppler-utils")
        }
        Err(_) => {
            eprintln!("{tool} not installed: skipping that part of the test");
            None
        }
    }
}

/// The PDF's fonts (pdffonts output), after asserting that every one is
/// embedded, subset and has a Unicode map; `None` when pdffonts is missing
/// outside CI.
pub fn embedded_fonts(pdf: &Path) -> Option<String> {
    let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()])?;
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in {}", pdf.display());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "font not embedded+subset: {row}"
        );
    }
    Some(fonts)
}

/// The shipped profiles plus the fictitious ones of the training cases.
pub fn training_catalog() -> rogatory::profile::Catalog {
    let mut c = rogatory::store::builtin_catalog();
    rogatory::store::add_profile_dir(
        &mut c,
        rogatory::profile::Origin::Option,
        &root().join("examples/training/profiles"),
    );
    c
}
