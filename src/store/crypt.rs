//! Opening and writing encrypted case files: every command reads a case
//! through [`open_case`], which decrypts it when it is encrypted (asking
//! for the passphrase through an [`AskPassphrase`], or using this user's
//! keys), and [`encrypt_case`] / [`decrypt_case`] change how a case file
//! is stored. The cryptography itself is in `lock`.

use std::path::{Path, PathBuf};

use super::lock::{self, Lock, Opened, Passphrase, Refusal};
use super::{StoreError, backup_path, io, project_dirs, utf8};
use crate::case::Case;

/// Where a passphrase comes from when a file needs one: the terminal, a
/// prompt of the wizard, the environment. `again` is true after a wrong
/// one; `None` gives up.
pub trait AskPassphrase {
    fn passphrase(&mut self, path: &Path, again: bool) -> Option<Passphrase>;
}

/// A passphrase already known (typed in the wizard's prompt), tried once.
pub struct Given(pub Option<Passphrase>);

impl AskPassphrase for Given {
    fn passphrase(&mut self, _: &Path, _: bool) -> Option<Passphrase> {
        self.0.take()
    }
}

/// Asks on the terminal (`/dev/tty`, so standard input may be the case
/// file), unless `ROGATORY_PASSPHRASE` gives it.
pub struct TerminalAsk<'a> {
    pub ui: &'a crate::i18n::Localizer,
}

impl AskPassphrase for TerminalAsk<'_> {
    fn passphrase(&mut self, path: &Path, again: bool) -> Option<Passphrase> {
        if let Some(p) = std::env::var_os("ROGATORY_PASSPHRASE") {
            // Given once: a wrong one is not asked for again.
            return (!again).then(|| Passphrase::new(p.to_string_lossy()));
        }
        if !can_ask() {
            return None;
        }
        let shown = path.display().to_string();
        let id = if again { "lock-ask-again" } else { "lock-ask" };
        let prompt = format!("{} ", self.ui.ta(id, &[("path", &shown)]));
        rpassword::prompt_password(prompt)
            .ok()
            .map(Passphrase::new)
            .filter(|p| !p.is_empty())
    }
}

/// Whether someone is at a terminal to type a passphrase (a script with
/// its input and messages redirected is not asked: it would wait forever).
pub fn can_ask() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() || std::io::stderr().is_terminal()
}

/// A case as read: the case, its text (for placing findings) and, when
/// the file was encrypted, how to lock it again.
#[derive(Debug)]
pub struct OpenedCase {
    pub case: Case,
    pub text: String,
    pub lock: Option<Lock>,
}

/// How many times a wrong passphrase may be typed again.
const TRIES: usize = 3;

/// This user's own identity file: the key `rogatory key new` writes.
pub fn identity_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("identity.txt"))
}

/// This user's secret keys: from the file named by `ROGATORY_IDENTITY`
/// (which must then exist) and from [`identity_path`] (if it exists); and
/// where they were looked for, for messages.
pub fn own_identities() -> Result<(Vec<age::x25519::Identity>, String), StoreError> {
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    if let Some(p) = std::env::var_os("ROGATORY_IDENTITY").filter(|p| !p.is_empty()) {
        files.push((PathBuf::from(p), true));
    }
    if let Some(p) = identity_path() {
        files.push((p, false));
    }
    let mut keys = Vec::new();
    for (file, required) in &files {
        if !required && !file.exists() {
            continue;
        }
        let text = super::read_text(file)?;
        keys.extend(
            lock::parse_identities(&text).map_err(|line| StoreError::Identity {
                path: file.display().to_string(),
                line,
            })?,
        );
    }
    let looked = files
        .iter()
        .map(|(f, _)| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    Ok((keys, looked))
}

fn locked(path: &Path, refusal: Refusal, keys: &str) -> StoreError {
    StoreError::Locked {
        path: path.display().to_string(),
        refusal,
        keys: keys.to_string(),
    }
}

/// Read a file, `-` meaning standard input.
fn read_input(path: &Path) -> Result<Vec<u8>, StoreError> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(io(path))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(io(path))
    }
}

/// Decrypt an encrypted file (`draft`: an autosave, whose text follows its
/// first line), asking for the passphrase when it has one.
pub(crate) fn open_sealed(
    path: &Path,
    bytes: &[u8],
    ask: &mut dyn AskPassphrase,
    draft: bool,
) -> Result<(Vec<u8>, Opened), StoreError> {
    let (keys, looked) = own_identities()?;
    let text = std::str::from_utf8(bytes).unwrap_or("");
    let head = if draft {
        lock::armored_parts(text)
            .first()
            .map_or(&b""[..], |p| p.as_bytes())
    } else {
        bytes
    };
    let needs = lock::needs_passphrase(head).map_err(|r| locked(path, r, &looked))?;
    let mut wrong = 0;
    loop {
        let passphrase = if needs {
            match ask.passphrase(path, wrong > 0) {
                Some(p) => Some(p),
                None if wrong > 0 => return Err(locked(path, Refusal::WrongPassphrase, &looked)),
                None => return Err(locked(path, Refusal::NeedPassphrase, &looked)),
            }
        } else {
            None
        };
        let result = if draft {
            lock::unseal_draft(text, passphrase.as_ref(), &keys)
        } else {
            lock::unseal(bytes, passphrase.as_ref(), &keys)
        };
        match result {
            Ok(x) => return Ok(x),
            Err(Refusal::WrongPassphrase) if needs && wrong + 1 < TRIES => wrong += 1,
            Err(r) => return Err(locked(path, r, &looked)),
        }
    }
}

/// The lock to save a decrypted case with: its passphrase, or the keys
/// written in it (with the key that opened it, so its owner keeps access).
pub(crate) fn lock_for(case: &Case, opened: Opened) -> Lock {
    match opened {
        Opened::Passphrase(p) => Lock::passphrase(p),
        Opened::Key(own) => {
            let mut keys: Vec<age::x25519::Recipient> = case
                .encrypted_to
                .iter()
                .filter_map(|k| lock::parse_recipient(k))
                .collect();
            if !keys.iter().any(|k| k.to_string() == own.to_string()) {
                keys.push(own);
            }
            Lock::recipients(keys)
        }
    }
}

/// Read a case file, encrypted or not; `-` is standard input.
pub fn open_case(path: &Path, ask: &mut dyn AskPassphrase) -> Result<OpenedCase, StoreError> {
    let shown = path.display().to_string();
    let bytes = read_input(path)?;
    if !lock::is_sealed(&bytes) {
        let text = utf8(path, bytes)?;
        let case = Case::from_toml(&text, &shown)?;
        return Ok(OpenedCase {
            case,
            text,
            lock: None,
        });
    }
    let (plain, opened) = open_sealed(path, &bytes, ask, false)?;
    let text = utf8(path, plain)?;
    let case = Case::from_toml(&text, &shown)?;
    let lock = lock_for(&case, opened);
    Ok(OpenedCase {
        case,
        text,
        lock: Some(lock),
    })
}

/// Store a case file encrypted with `lock` (a plain one, or an encrypted
/// one locked anew: a new passphrase, other keys). Its backup becomes the
/// previous version encrypted with the new lock, and a plain autosaved
/// draft of it is encrypted too: no plain copy of it is left by Rogatory.
pub fn encrypt_case(
    path: &Path,
    lock: &Lock,
    ask: &mut dyn AskPassphrase,
) -> Result<(), StoreError> {
    let opened = open_case(path, ask)?;
    let text = keys_line(&opened.text, &lock.recipient_keys());
    let previous = opened.text.into_bytes();
    let sealed = super::seal(path, lock, text.as_bytes())?;
    let sealed_previous = super::seal(&backup_path(path), lock, &previous)?;
    super::write_atomic_with(path, &sealed, &|_| Ok(sealed_previous.clone()))?;
    if let Some(slot) = super::autosave_slot(Some(path))
        && slot.exists()
        && !super::autosave::is_sealed_draft(&slot)
    {
        let (draft, of) = super::autosave::read_plain_autosave(&slot)?;
        super::write_autosave(&slot, of.as_deref(), &draft, Some(lock)).map_err(io(&slot))?;
    }
    Ok(())
}

/// Store an encrypted case file as plain text again (its backup keeps the
/// encrypted version).
pub fn decrypt_case(path: &Path, ask: &mut dyn AskPassphrase) -> Result<bool, StoreError> {
    let opened = open_case(path, ask)?;
    if opened.lock.is_none() {
        return Ok(false);
    }
    let text = keys_line(&opened.text, &[]);
    super::write_atomic(path, text.as_bytes())?;
    Ok(true)
}

/// The case's text as it was typed (comments, order, spacing), with its
/// `encrypted_to` line replaced by these keys (or removed, for none). A
/// hand-edited line this cannot replace safely makes it write the case
/// anew instead.
fn keys_line(text: &str, keys: &[String]) -> String {
    let mut in_top = true;
    let mut kept = String::with_capacity(text.len() + 100);
    if !keys.is_empty() {
        let list: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        kept.push_str(&format!("encrypted_to = [{}]\n", list.join(", ")));
    }
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') {
            in_top = false;
        }
        if in_top && t.starts_with("encrypted_to") {
            continue;
        }
        kept.push_str(line);
    }
    match Case::from_toml(&kept, "") {
        Ok(c) if c.encrypted_to == keys => kept,
        _ => match Case::from_toml(text, "") {
            Ok(mut case) => {
                case.encrypted_to = keys.to_vec();
                case.to_toml()
            }
            Err(_) => kept,
        },
    }
}
