//! `rogatory profiles schema|new|diff|keygen|bundle|trust|install`: what a
//! central authority needs to write, compare and publish country profiles,
//! and what a user needs to take a published update safely.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;

use super::{FAILURE, FINDINGS, OK};
use crate::i18n::Localizer;
use crate::store;
use crate::store::bundle::{self, Bundle, BundleError};

/// The JSON Schema of the profile format, as shipped in
/// `country-profiles/profile.schema.json`.
pub fn profile_schema() -> String {
    let schema = schemars::schema_for!(crate::profile::Profile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

pub(super) fn cmd_schema() -> i32 {
    print!("{}", profile_schema());
    OK
}

/// A commented skeleton profile for `code`.
pub fn skeleton(code: &str, name: &str, today: Date) -> String {
    format!(
        r#"#:schema ./profile.schema.json
# Country profile of {name} ({code}). Fill in only what a named source supports;
# leave a field out (or empty) rather than guess, and say so in a note. Each
# section names its source by the id of a [[sources]] entry at the end.
# Field reference: country-profiles/README.md. Check with: rogatory profiles check DIR
schema_version = 1
code = "{code}"
name = "{name}"
version = 1                      # raise by one with each published change
changes = "First version."
verified = "{today}"             # the day you checked the whole profile against its sources
languages = []                   # accepted languages (ISO 639-1), e.g. ["en"], in order of preference
languages_note = ""
languages_source = ""            # id of the [[sources]] entry that says so
channels = []                    # central-authority | diplomatic | direct | interpol
channels_note = ""
channels_source = ""

[[central_authorities]]          # one per authority; add more for a stage, tax matters or a territory
name = ""
stage = "any"                    # any | investigation | trial
tax = false                      # true: for tax and fiscal matters only
territory = ""                   # e.g. "Scotland", if it covers part of the state only
bases = []                       # legal-basis ids it is designated under, if only those
address = """"""
email = ""
phone = ""
website = ""
note = ""
source = ""

# [[legal_bases]]                # one per basis; ids of the treaty registry (treaties/*.toml),
# id = "untoc"                   # or "reciprocity" (with title and kind = "reciprocity")
# note = ""                      # this state's reservations, declarations, designations
# source = ""

[dual_criminality]
# policy = "coercive-only"       # not-required | coercive-only | always
# min_penalty_months = 12
note = ""
source = ""

# [measures.bank_records]        # witness_statement, search_seizure, data_preservation, ...
# available = true
# requirements = []
# note = ""
# source = ""

[formalities]
# signature = true
# certified_translation = true
note = ""
source = ""

# [[offences]]                   # for dual criminality advice
# provision = ""
# name = ""                      # in the state's language
# name_en = ""
# iccs = []                      # ICCS 1.0 codes (data/iccs.toml)
# max_penalty_months = 0         # or life_imprisonment = true, or [[offences.penalties]] versions
# source = ""

[[sources]]
id = "s1"
title = ""
url = ""
checked = "{today}"
"#
    )
}

pub(super) fn cmd_new(code: &str, out: Option<&Path>, ui: &Localizer, today: Date) -> i32 {
    let code = code.trim().to_uppercase();
    let Some(name) = crate::codes::country_name(&code) else {
        eprintln!("{}", ui.ta("cli-profile-new-code", &[("code", &code)]));
        return FAILURE;
    };
    let default = format!("{code}.toml");
    let path = out.unwrap_or(Path::new(&default));
    match store::create_new(path, &skeleton(&code, name, today)) {
        Ok(()) => {
            println!(
                "{}",
                ui.ta(
                    "cli-profile-new-written",
                    &[("file", &path.display().to_string())]
                )
            );
            OK
        }
        Err(e) => {
            eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
            FAILURE
        }
    }
}

/// A TOML document as `path = value` lines. Arrays of tables are keyed by
/// the entry's `id`, `provision` or `state` where it has one, so
/// that inserting an entry does not show every later one as changed.
pub fn flatten(v: &toml::Value, prefix: &str, out: &mut BTreeMap<String, String>) {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(v, &p, out);
            }
        }
        toml::Value::Array(a) if a.iter().all(|x| x.is_table()) && !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                let key = ["id", "provision", "state"]
                    .iter()
                    .find_map(|k| x.get(k).and_then(|v| v.as_str()))
                    .filter(|k| !k.trim().is_empty())
                    .map(|s| format!("{prefix}[{s}]"))
                    .unwrap_or_else(|| format!("{prefix}[{i}]"));
                flatten(x, &key, out);
            }
        }
        other => {
            out.insert(prefix.to_string(), other.to_string());
        }
    }
}

/// The changes from `a` to `b`: (path, old, new), None where absent.
pub fn diff(a: &toml::Value, b: &toml::Value) -> Vec<(String, Option<String>, Option<String>)> {
    let (mut fa, mut fb) = (BTreeMap::new(), BTreeMap::new());
    flatten(a, "", &mut fa);
    flatten(b, "", &mut fb);
    let mut keys: Vec<&String> = fa.keys().chain(fb.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (fa.get(k), fb.get(k));
            (x != y).then(|| (k.clone(), x.cloned(), y.cloned()))
        })
        .collect()
}

pub(super) fn cmd_diff(a: &Path, b: &Path, ui: &Localizer) -> i32 {
    let read = |p: &Path| -> Result<toml::Value, String> {
        let text = store::read_text(p).map_err(|e| crate::i18n::Localized::localized(&e, ui))?;
        toml::from_str(&text).map_err(|e| {
            let l = crate::locate::locate(
                &p.display().to_string(),
                &text,
                e.span(),
                e.message().to_string(),
            );
            crate::i18n::Localized::localized(&l, ui)
        })
    };
    let (va, vb) = match (read(a), read(b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return FAILURE;
        }
    };
    let changes = diff(&va, &vb);
    if changes.is_empty() {
        println!("{}", ui.t("cli-diff-same"));
        return OK;
    }
    for (path, old, new) in &changes {
        match (old, new) {
            (None, Some(n)) => println!("+ {path} = {n}"),
            (Some(o), None) => println!("- {path} = {o}"),
            (Some(o), Some(n)) => println!("~ {path}: {o} → {n}"),
            (None, None) => {}
        }
    }
    println!(
        "{}",
        ui.ta("cli-diff-count", &[("count", &changes.len().to_string())])
    );
    FINDINGS
}

/// The password for a secret key, from ROGATORY_KEY_PASSWORD when set.
fn password_from_env() -> Option<String> {
    std::env::var("ROGATORY_KEY_PASSWORD")
        .ok()
        .filter(|p| !p.is_empty())
}

pub(super) fn cmd_keygen(dir: &Path, name: &str, no_password: bool, ui: &Localizer) -> i32 {
    let protection = match (no_password, password_from_env()) {
        (true, _) => bundle::Protection::None,
        (false, Some(p)) => bundle::Protection::Password(p),
        (false, None) => bundle::Protection::Prompt,
    };
    let pub_path = dir.join(format!("{name}.pub"));
    let key_path = dir.join(format!("{name}.key"));
    for path in [&pub_path, &key_path] {
        if path.exists() {
            let e = store::StoreError::Exists {
                path: path.display().to_string(),
            };
            eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
            return FAILURE;
        }
    }
    let (pk, sk) = match bundle::keygen(protection) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
            return FAILURE;
        }
    };
    for (path, text) in [(&key_path, &sk), (&pub_path, &pk)] {
        if let Err(e) = store::create_new(path, text) {
            eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
            return FAILURE;
        }
    }
    println!(
        "{}",
        ui.ta(
            "cli-keygen-written",
            &[
                ("public", &pub_path.display().to_string()),
                ("secret", &key_path.display().to_string())
            ]
        )
    );
    OK
}

#[allow(clippy::too_many_arguments)]
pub(super) fn cmd_bundle(
    dir: &Path,
    key: &Path,
    version: u64,
    publisher: &str,
    changes: &str,
    out: &Path,
    ui: &Localizer,
    today: Date,
) -> i32 {
    let fail = |e: BundleError| {
        eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
        FAILURE
    };
    let files = match bundle::collect(dir) {
        Ok(f) if f.is_empty() => {
            eprintln!(
                "{}",
                ui.ta(
                    "cli-cannot-read",
                    &[(
                        "error",
                        &ui.ta("cli-bundle-empty", &[("dir", &dir.display().to_string())])
                    )]
                )
            );
            return FAILURE;
        }
        Ok(f) => f,
        Err(e) => return fail(e.into()),
    };
    if let Err(e) = bundle::check_files(&dir.display().to_string(), &files) {
        return fail(e);
    }
    let secret = match store::read_text(key) {
        Ok(t) => t,
        Err(e) => return fail(e.into()),
    };
    let b = Bundle {
        format: bundle::FORMAT.into(),
        version,
        publisher: publisher.to_string(),
        created: today.to_string(),
        changes: changes.to_string(),
        files,
    };
    let (text, sig) = match bundle::make(&b, &secret, password_from_env()) {
        Ok(x) => x,
        Err(e) => return fail(e),
    };
    let sig_path = std::path::PathBuf::from(format!("{}.minisig", out.display()));
    for (path, t) in [(out, &text), (sig_path.as_path(), &sig)] {
        if let Err(e) = store::create_new(path, t) {
            return fail(e.into());
        }
    }
    println!(
        "{}",
        ui.ta(
            "cli-bundle-written",
            &[
                ("file", &out.display().to_string()),
                ("count", &b.files.len().to_string()),
                ("version", &version.to_string())
            ]
        )
    );
    OK
}

/// The user's trusted-keys directory.
pub fn trusted_dir() -> Option<std::path::PathBuf> {
    store::project_dirs().map(|d| d.config_dir().join("trusted-keys"))
}

pub(super) fn cmd_trust(key: &Path, ui: &Localizer) -> i32 {
    let text = match store::read_text(key) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
            return FAILURE;
        }
    };
    let Ok(pk) = minisign::PublicKeyBox::from_string(&text).and_then(|b| b.into_public_key())
    else {
        eprintln!(
            "{}",
            ui.ta(
                "cli-cannot-read",
                &[(
                    "error",
                    &ui.ta("cli-trust-not-key", &[("file", &key.display().to_string())])
                )]
            )
        );
        return FAILURE;
    };
    let Some(dir) = trusted_dir() else {
        eprintln!(
            "{}",
            ui.ta("cli-cannot-read", &[("error", &ui.t("cli-no-config-dir"))])
        );
        return FAILURE;
    };
    let id = bundle::key_hex(pk.keynum());
    let dest = dir.join(format!("{id}.pub"));
    if let Err(e) = std::fs::create_dir_all(&dir)
        .map_err(|e| store::StoreError::Io {
            path: dir.display().to_string(),
            source: e,
        })
        .and_then(|_| store::write_atomic(&dest, text.as_bytes()))
    {
        eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
        return FAILURE;
    }
    println!(
        "{}",
        ui.ta(
            "cli-trust-done",
            &[("key", &id), ("file", &dest.display().to_string())]
        )
    );
    OK
}

pub(super) fn cmd_install(
    path: &Path,
    trusted: Option<&Path>,
    into: Option<&Path>,
    ui: &Localizer,
) -> i32 {
    let (Some(trusted), Some(into)) = (
        trusted.map(Path::to_path_buf).or_else(trusted_dir),
        into.map(Path::to_path_buf).or_else(store::user_profile_dir),
    ) else {
        eprintln!(
            "{}",
            ui.ta("cli-cannot-read", &[("error", &ui.t("cli-no-config-dir"))])
        );
        return FAILURE;
    };
    match bundle::install(path, &trusted, &into) {
        Ok(r) => {
            println!(
                "{}",
                ui.ta(
                    "cli-install-done",
                    &[
                        ("publisher", &r.publisher),
                        ("version", &r.version.to_string()),
                        ("count", &r.files.len().to_string()),
                        ("dir", &into.display().to_string()),
                    ]
                )
            );
            OK
        }
        Err(e) => {
            eprintln!("{}", crate::i18n::Localized::localized(&e, ui));
            FAILURE
        }
    }
}
