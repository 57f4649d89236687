//! `rogatory encrypt`, `decrypt` and `key`: storing a case file encrypted,
//! and the passphrase asked on the terminal (or given in the environment,
//! for scripts) whenever a command reads an encrypted case.

use std::path::Path;

use super::{FAILURE, OK};
use crate::i18n::{Localized, Localizer};
use crate::store::{self, Lock, Passphrase, TerminalAsk, lock};

/// A new passphrase: `ROGATORY_NEW_PASSPHRASE` (or `ROGATORY_PASSPHRASE`)
/// for scripts, else typed twice on the terminal.
fn new_passphrase(ui: &Localizer) -> Result<Passphrase, String> {
    let given = std::env::var_os("ROGATORY_NEW_PASSPHRASE")
        .or_else(|| std::env::var_os("ROGATORY_PASSPHRASE"));
    let p = match given {
        Some(p) => Passphrase::new(p.to_string_lossy()),
        None if !store::can_ask() => {
            return Err(ui.t("lock-no-terminal"));
        }
        None => {
            let ask = |id: &str| {
                rpassword::prompt_password(format!("{} ", ui.t(id)))
                    .map_err(|_| ui.t("lock-no-terminal"))
            };
            let one = Passphrase::new(ask("lock-new")?);
            let two = Passphrase::new(ask("lock-new-again")?);
            if one != two {
                return Err(ui.t("lock-mismatch"));
            }
            one
        }
    };
    lock::check_new(&p).map_err(|id| ui.ta(id, &[("min", &lock::MIN_PASSPHRASE.to_string())]))?;
    Ok(p)
}

fn fail(ui: &Localizer, message: &str) -> i32 {
    eprintln!("{}", ui.ta("cli-cannot-read", &[("error", message)]));
    FAILURE
}

/// `rogatory encrypt CASE [--to KEY]...`
pub fn encrypt(path: &Path, to: &[String], ui: &Localizer) -> i32 {
    if path == Path::new("-") {
        return fail(ui, &ui.t("lock-not-stdin"));
    }
    let shown = path.display().to_string();
    let lock = if to.is_empty() {
        match new_passphrase(ui) {
            Ok(p) => Lock::passphrase(p),
            Err(e) => return fail(ui, &e),
        }
    } else {
        let mut keys = Vec::new();
        for k in to {
            match lock::parse_recipient(k) {
                Some(r) => keys.push(r),
                None => return fail(ui, &ui.ta("lock-bad-recipient", &[("key", k)])),
            }
        }
        // Your own key, so you can read what you encrypted.
        match store::own_identities() {
            Ok((own, _)) => {
                for id in own {
                    let public = id.to_public();
                    if !keys.iter().any(|k| k.to_string() == public.to_string()) {
                        keys.push(public);
                    }
                }
            }
            Err(e) => return fail(ui, &e.localized(ui)),
        }
        Lock::recipients(keys)
    };
    match store::encrypt_case(path, &lock, &mut TerminalAsk { ui }) {
        Ok(()) => {
            let n = lock.recipient_keys().len();
            if lock.is_passphrase() {
                println!(
                    "{}",
                    ui.ta("lock-encrypted-passphrase", &[("path", &shown)])
                );
            } else {
                println!(
                    "{}",
                    ui.ta(
                        "lock-encrypted-keys",
                        &[("path", &shown), ("count", &n.to_string())]
                    )
                );
            }
            OK
        }
        Err(e) => fail(ui, &e.localized(ui)),
    }
}

/// `rogatory decrypt CASE`
pub fn decrypt(path: &Path, ui: &Localizer) -> i32 {
    if path == Path::new("-") {
        return fail(ui, &ui.t("lock-not-stdin"));
    }
    let shown = path.display().to_string();
    match store::decrypt_case(path, &mut TerminalAsk { ui }) {
        Ok(true) => {
            println!("{}", ui.ta("lock-decrypted", &[("path", &shown)]));
            OK
        }
        Ok(false) => {
            println!("{}", ui.ta("lock-not-encrypted", &[("path", &shown)]));
            OK
        }
        Err(e) => fail(ui, &e.localized(ui)),
    }
}

/// `rogatory key new`: never replaces an existing key (the cases
/// encrypted to it would be lost with it).
pub fn key_new(ui: &Localizer, today: &str) -> i32 {
    let Some(path) = store::identity_path() else {
        return fail(ui, &ui.t("store-no-data-dir"));
    };
    if let Some(dir) = path.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return fail(ui, &format!("{}: {e}", dir.display()));
    }
    let (text, public) = lock::new_identity(today);
    match store::create_new(&path, &text) {
        Ok(()) => {
            eprintln!(
                "{}",
                ui.ta("lock-key-made", &[("path", &path.display().to_string())])
            );
            println!("{public}");
            OK
        }
        Err(e) => fail(ui, &e.localized(ui)),
    }
}

/// `rogatory key show`
pub fn key_show(ui: &Localizer) -> i32 {
    match store::own_identities() {
        Ok((keys, looked)) if keys.is_empty() => {
            fail(ui, &ui.ta("lock-no-own-key", &[("where", &looked)]))
        }
        Ok((keys, _)) => {
            for k in keys {
                println!("{}", k.to_public());
            }
            OK
        }
        Err(e) => fail(ui, &e.localized(ui)),
    }
}
