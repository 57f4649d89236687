//! Case files encrypted at rest, with age (<https://age-encryption.org>).
//!
//! A case is locked either with a passphrase (age's scrypt recipient) or
//! to the public keys of a team (age's X25519 recipients, `age1…`). The
//! file on disk is a standard ASCII-armoured age file: `age -d` opens it
//! too. Which lock a case has is kept while it is open ([`Lock`]), so every
//! save, backup and autosave of it is locked the same way; the public keys
//! of a team are kept inside the encrypted case (`[encryption] recipients`),
//! so saving it again keeps every member able to read it.
//!
//! An autosaved draft is written every half second, too often for a
//! passphrase's deliberately slow key derivation. A draft of a
//! passphrase-locked case is therefore encrypted to a key made for the
//! session, and that key, locked once with the passphrase, is written at
//! the head of the draft: the passphrase alone opens the draft.

use std::io::{Read, Write};
use std::sync::{Arc, OnceLock};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;

/// The first line of an armoured age file.
pub const ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";
const ARMOR_END: &str = "-----END AGE ENCRYPTED FILE-----";
/// The start of a binary age file.
const BINARY_BEGIN: &[u8] = b"age-encryption.org/";

/// A passphrase as typed: compared, cloned and passed around as plain
/// data, never printed (its `Debug` is redacted) and wiped when dropped.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Passphrase(String);

impl Passphrase {
    pub fn new(s: impl Into<String>) -> Passphrase {
        Passphrase(s.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn secret(&self) -> SecretString {
        SecretString::from(self.0.clone())
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

/// The shortest passphrase accepted for a new lock.
pub const MIN_PASSPHRASE: usize = 8;

/// Whether a new passphrase is acceptable: the message id if not.
pub fn check_new(p: &Passphrase) -> Result<(), &'static str> {
    if p.as_str().chars().count() < MIN_PASSPHRASE {
        Err("lock-too-short")
    } else {
        Ok(())
    }
}

/// How an open case is locked; cloned cheaply, compared by identity.
#[derive(Clone)]
pub struct Lock(Arc<Inner>);

enum Inner {
    Passphrase {
        passphrase: Passphrase,
        /// The session's key for drafts and its passphrase-locked copy,
        /// made on first use.
        drafts: OnceLock<Result<DraftKey, String>>,
        /// scrypt's work factor; age picks one of about a second.
        log_n: Option<u8>,
    },
    Recipients(Vec<x25519::Recipient>),
}

struct DraftKey {
    identity: x25519::Identity,
    locked: String,
}

impl std::fmt::Debug for Lock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            Inner::Passphrase { .. } => f.write_str("Lock(passphrase)"),
            Inner::Recipients(r) => write!(f, "Lock({} recipients)", r.len()),
        }
    }
}

impl PartialEq for Lock {
    fn eq(&self, other: &Lock) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Why an encrypted file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It is locked with a passphrase and none was given.
    NeedPassphrase,
    /// The passphrase given does not open it.
    WrongPassphrase,
    /// It is locked to public keys, and no key of this user's opens it.
    NoKey,
    /// It is not a whole, unaltered age file.
    Damaged(String),
    /// Its passphrase lock asks for more work than this program allows
    /// (a file made to exhaust memory, or locked on a far faster machine).
    TooMuchWork,
}

/// How a file was opened.
pub enum Opened {
    Passphrase(Passphrase),
    /// By this user's key, whose public half is given.
    Key(x25519::Recipient),
}

impl Lock {
    pub fn passphrase(p: Passphrase) -> Lock {
        Lock(Arc::new(Inner::Passphrase {
            passphrase: p,
            drafts: OnceLock::new(),
            log_n: None,
        }))
    }

    /// A passphrase lock with a cheap key derivation, for tests only.
    #[cfg(test)]
    pub fn weak_passphrase(p: Passphrase) -> Lock {
        Lock(Arc::new(Inner::Passphrase {
            passphrase: p,
            drafts: OnceLock::new(),
            log_n: Some(4),
        }))
    }

    pub fn recipients(keys: Vec<x25519::Recipient>) -> Lock {
        Lock(Arc::new(Inner::Recipients(keys)))
    }

    /// The public keys of a recipients lock, as written in the case; none
    /// for a passphrase.
    pub fn recipient_keys(&self) -> Vec<String> {
        match &*self.0 {
            Inner::Passphrase { .. } => Vec::new(),
            Inner::Recipients(r) => r.iter().map(|k| k.to_string()).collect(),
        }
    }

    pub fn is_passphrase(&self) -> bool {
        matches!(&*self.0, Inner::Passphrase { .. })
    }

    /// Encrypt, armoured.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, String> {
        match &*self.0 {
            Inner::Passphrase {
                passphrase, log_n, ..
            } => {
                let mut r = age::scrypt::Recipient::new(passphrase.secret());
                if let Some(n) = log_n {
                    r.set_work_factor(*n);
                }
                seal_to(&[&r as &dyn age::Recipient], plain)
            }
            Inner::Recipients(keys) => {
                let rs: Vec<&dyn age::Recipient> =
                    keys.iter().map(|k| k as &dyn age::Recipient).collect();
                seal_to(&rs, plain)
            }
        }
    }

    /// Make the session's draft key now (a second's work for a passphrase)
    /// rather than at the first autosave.
    pub fn prepare_drafts(&self) -> Result<(), String> {
        self.draft_key().map(|_| ())
    }

    fn draft_key(&self) -> Result<Option<&DraftKey>, String> {
        match &*self.0 {
            Inner::Recipients(_) => Ok(None),
            Inner::Passphrase { drafts, .. } => drafts
                .get_or_init(|| {
                    let identity = x25519::Identity::generate();
                    let text = identity.to_string();
                    let locked = self.seal(text.expose_secret().as_bytes())?;
                    let locked = String::from_utf8(locked).map_err(|e| e.to_string())?;
                    Ok(DraftKey { identity, locked })
                })
                .as_ref()
                .map(Some)
                .map_err(Clone::clone),
        }
    }

    /// Encrypt a draft: for a passphrase, the session key's locked copy
    /// and the draft encrypted to that key; for recipients, the draft
    /// encrypted to them.
    pub fn seal_draft(&self, plain: &[u8]) -> Result<Vec<u8>, String> {
        match self.draft_key()? {
            None => self.seal(plain),
            Some(key) => {
                let public = key.identity.to_public();
                let body = seal_to(&[&public as &dyn age::Recipient], plain)?;
                let mut out = key.locked.clone().into_bytes();
                if !out.ends_with(b"\n") {
                    out.push(b'\n');
                }
                out.extend(body);
                Ok(out)
            }
        }
    }
}

fn seal_to(recipients: &[&dyn age::Recipient], plain: &[u8]) -> Result<Vec<u8>, String> {
    let enc =
        age::Encryptor::with_recipients(recipients.iter().copied()).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let armored =
        ArmoredWriter::wrap_output(&mut out, Format::AsciiArmor).map_err(|e| e.to_string())?;
    let mut w = enc.wrap_output(armored).map_err(|e| e.to_string())?;
    w.write_all(plain).map_err(|e| e.to_string())?;
    w.finish()
        .and_then(|a| a.finish())
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// Whether these bytes are an age file (armoured or binary), after
/// leading blank space.
pub fn is_sealed(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let b = &bytes[start..];
    b.starts_with(ARMOR_BEGIN.as_bytes()) || b.starts_with(BINARY_BEGIN)
}

/// Whether an age file is locked with a passphrase (rather than to keys).
pub fn needs_passphrase(bytes: &[u8]) -> Result<bool, Refusal> {
    let d = age::Decryptor::new_buffered(ArmoredReader::new(bytes)).map_err(damaged)?;
    Ok(d.is_scrypt())
}

fn damaged(e: age::DecryptError) -> Refusal {
    match e {
        age::DecryptError::ExcessiveWork { .. } => Refusal::TooMuchWork,
        other => Refusal::Damaged(other.to_string()),
    }
}

/// The upper bound on scrypt's work factor accepted when opening a file:
/// 2^20 costs 1 GiB of memory and a few seconds; age itself writes 2^18
/// on most machines.
const MAX_LOG_N: u8 = 20;

/// Decrypt one age file with a passphrase or with this user's keys.
pub fn unseal(
    bytes: &[u8],
    passphrase: Option<&Passphrase>,
    keys: &[x25519::Identity],
) -> Result<(Vec<u8>, Opened), Refusal> {
    let d = age::Decryptor::new_buffered(ArmoredReader::new(bytes)).map_err(damaged)?;
    let (reader, opened) = if d.is_scrypt() {
        let p = passphrase.ok_or(Refusal::NeedPassphrase)?;
        let mut id = age::scrypt::Identity::new(p.secret());
        id.set_max_work_factor(MAX_LOG_N);
        let r = d
            .decrypt(std::iter::once(&id as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                    Refusal::WrongPassphrase
                }
                other => damaged(other),
            })?;
        (r, None)
    } else {
        // Try each key alone, to know whose opened it.
        let mut found = None;
        let mut d = Some(d);
        for k in keys {
            let Some(dec) = d.take() else { break };
            // A decryptor is consumed by a failed attempt: parse again.
            match dec.decrypt(std::iter::once(k as &dyn age::Identity)) {
                Ok(r) => {
                    found = Some((r, k.to_public()));
                    break;
                }
                Err(age::DecryptError::NoMatchingKeys) => {
                    d = Some(
                        age::Decryptor::new_buffered(ArmoredReader::new(bytes)).map_err(damaged)?,
                    );
                }
                Err(e) => return Err(damaged(e)),
            }
        }
        let (r, public) = found.ok_or(Refusal::NoKey)?;
        (r, Some(public))
    };
    let mut plain = Vec::new();
    let mut reader = reader;
    reader
        .read_to_end(&mut plain)
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let opened = match (opened, passphrase) {
        (Some(k), _) => Opened::Key(k),
        (None, Some(p)) => Opened::Passphrase(p.clone()),
        (None, None) => return Err(Refusal::NeedPassphrase),
    };
    Ok((plain, opened))
}

/// Split a draft's encrypted text into its armoured age files.
pub fn armored_parts(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(ARMOR_BEGIN) {
        let from = &rest[start..];
        let Some(end) = from.find(ARMOR_END) else {
            parts.push(from);
            break;
        };
        let end = end + ARMOR_END.len();
        parts.push(&from[..end]);
        rest = &from[end..];
    }
    parts
}

/// Decrypt a draft written by [`Lock::seal_draft`].
pub fn unseal_draft(
    text: &str,
    passphrase: Option<&Passphrase>,
    keys: &[x25519::Identity],
) -> Result<(Vec<u8>, Opened), Refusal> {
    match armored_parts(text).as_slice() {
        [one] => unseal(one.as_bytes(), passphrase, keys),
        [key, body] => {
            let (session, opened) = unseal(key.as_bytes(), passphrase, &[])?;
            let session = std::str::from_utf8(&session)
                .ok()
                .and_then(|s| s.trim().parse::<x25519::Identity>().ok())
                .ok_or_else(|| Refusal::Damaged("the draft's key is not a key".into()))?;
            let (plain, _) = unseal(body.as_bytes(), None, &[session])?;
            Ok((plain, opened))
        }
        _ => Err(Refusal::Damaged("not an encrypted draft".into())),
    }
}

/// The X25519 secret keys in an identity file (the format `age-keygen`
/// writes): one `AGE-SECRET-KEY-1…` per line, `#` comments. Returns the
/// keys, or the line of the first that is not one.
pub fn parse_identities(text: &str) -> Result<Vec<x25519::Identity>, usize> {
    let mut keys = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        keys.push(line.parse::<x25519::Identity>().map_err(|_| i + 1)?);
    }
    Ok(keys)
}

/// A public key, `age1…`.
pub fn parse_recipient(s: &str) -> Option<x25519::Recipient> {
    s.trim().parse().ok()
}

/// A new identity file's text and its public key.
pub fn new_identity(created: &str) -> (String, String) {
    let id = x25519::Identity::generate();
    let public = id.to_public().to_string();
    let text = format!(
        "# created: {created}\n# public key: {public}\n{}\n",
        id.to_string().expose_secret()
    );
    (text, public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_lock_round_trips_and_refuses_a_wrong_passphrase() {
        let lock = Lock::weak_passphrase(Passphrase::new("correct horse"));
        let sealed = lock.seal(b"format_version = 1\n").unwrap();
        assert!(is_sealed(&sealed));
        assert!(needs_passphrase(&sealed).unwrap());
        let (plain, _) = unseal(&sealed, Some(&Passphrase::new("correct horse")), &[]).unwrap();
        assert_eq!(plain, b"format_version = 1\n");
        assert_eq!(
            unseal(&sealed, Some(&Passphrase::new("wrong")), &[]).err(),
            Some(Refusal::WrongPassphrase)
        );
        assert_eq!(
            unseal(&sealed, None, &[]).err(),
            Some(Refusal::NeedPassphrase)
        );
    }

    #[test]
    fn a_key_lock_opens_with_any_members_key_only() {
        let a = x25519::Identity::generate();
        let b = x25519::Identity::generate();
        let outsider = x25519::Identity::generate();
        let lock = Lock::recipients(vec![a.to_public(), b.to_public()]);
        let sealed = lock.seal(b"secret").unwrap();
        assert!(!needs_passphrase(&sealed).unwrap());
        let (plain, by) = unseal(&sealed, None, &[outsider.clone(), b.clone()]).unwrap();
        assert_eq!(plain, b"secret");
        assert!(matches!(by, Opened::Key(k) if k.to_string() == b.to_public().to_string()));
        assert_eq!(
            unseal(&sealed, None, &[outsider]).err(),
            Some(Refusal::NoKey)
        );
    }

    #[test]
    fn a_tampered_file_is_refused_as_damaged() {
        let lock = Lock::weak_passphrase(Passphrase::new("pw-pw-pw-pw"));
        let sealed = String::from_utf8(lock.seal(&[b'x'; 2000]).unwrap()).unwrap();
        // Change one character of the payload (well after the header).
        let mut lines: Vec<String> = sealed.lines().map(String::from).collect();
        let i = lines.len() - 3;
        let c = lines[i].remove(10);
        lines[i].insert(10, if c == 'A' { 'B' } else { 'A' });
        let tampered = lines.join("\n") + "\n";
        let e = unseal(
            tampered.as_bytes(),
            Some(&Passphrase::new("pw-pw-pw-pw")),
            &[],
        );
        assert!(matches!(e, Err(Refusal::Damaged(_))), "{:?}", e.err());
        // Cut short.
        let cut = &sealed.as_bytes()[..sealed.len() / 2];
        assert!(matches!(
            unseal(cut, Some(&Passphrase::new("pw-pw-pw-pw")), &[]),
            Err(Refusal::Damaged(_))
        ));
    }

    #[test]
    fn a_passphrase_drafts_key_is_made_once_and_the_passphrase_opens_the_draft() {
        let lock = Lock::weak_passphrase(Passphrase::new("draft pass"));
        let one = String::from_utf8(lock.seal_draft(b"first").unwrap()).unwrap();
        let two = String::from_utf8(lock.seal_draft(b"second").unwrap()).unwrap();
        assert_eq!(armored_parts(&one).len(), 2);
        assert_eq!(armored_parts(&one)[0], armored_parts(&two)[0]);
        let (plain, _) = unseal_draft(&two, Some(&Passphrase::new("draft pass")), &[]).unwrap();
        assert_eq!(plain, b"second");
        assert_eq!(
            unseal_draft(&two, Some(&Passphrase::new("nope")), &[]).err(),
            Some(Refusal::WrongPassphrase)
        );
    }

    #[test]
    fn identity_files_parse_and_name_a_bad_line() {
        let (text, public) = new_identity("2026-12-03");
        let keys = parse_identities(&text).unwrap();
        assert_eq!(keys[0].to_public().to_string(), public);
        assert_eq!(
            parse_identities("# c\n\nAGE-SECRET-KEY-1XYZ\n").err(),
            Some(3)
        );
        assert!(parse_recipient(&public).is_some());
        assert!(parse_recipient("age1nope").is_none());
    }
}
