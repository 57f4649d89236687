//! Autosaved drafts: where the wizard's unsaved work is written every few
//! seconds, how an earlier session's drafts are found again, and which case
//! file each belongs to.
//!
//! A draft is a case file whose first line names the case file it belongs
//! to (`# rogatory autosave of: /abs/path.toml`, empty for a request never
//! saved); drafts live in the per-user data folder as `autosave-*.toml`
//! and are written like case files (private, atomic, with a `.bak`). Only
//! plain data comes in: the path and the [`Case`], never the wizard.

use std::io;
use std::path::{Path, PathBuf};

use super::crypt::AskPassphrase;
use super::{Lock, StoreError, backup_path, project_dirs, read_text, write_atomic_with};
use crate::case::Case;

/// The first line of an autosave names the case file it belongs to.
const AUTOSAVE_HEADER: &str = "# rogatory autosave of: ";

/// The folder of autosaved drafts.
fn autosave_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().to_path_buf())
}

/// Where the draft of a case file is autosaved: one file per case file
/// (named by a hash of its absolute path), and one per running wizard for a
/// request not yet saved, so two wizards never overwrite each other's draft.
pub fn autosave_slot(case: Option<&Path>) -> Option<PathBuf> {
    let dir = autosave_dir()?;
    let name = match case {
        Some(p) => {
            let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
            // FNV-1a: stable across runs and builds, unlike the std hasher.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in abs.to_string_lossy().bytes() {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            format!("autosave-{h:016x}.toml")
        }
        None => format!("autosave-new-{}.toml", std::process::id()),
    };
    Some(dir.join(name))
}

/// Every autosaved draft left by an earlier session, newest first.
pub fn autosaves() -> Vec<PathBuf> {
    let Some(dir) = autosave_dir() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("autosave") && n.ends_with(".toml"))
        })
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    found.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
    found.into_iter().map(|(_, p)| p).collect()
}

/// The case file named on the first line of an autosave's text.
fn owner_in(text: &str) -> Option<PathBuf> {
    text.lines()
        .next()?
        .strip_prefix(AUTOSAVE_HEADER)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
}

/// The case file an autosave belongs to, from its first line.
pub fn autosave_of(path: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(path).ok()?;
    owner_in(&text)
}

/// Write the draft of `case` to `path`, naming the case file `of` (made
/// absolute) it belongs to. With a `lock`, what follows the first line is
/// encrypted (see `lock`), and a plain previous draft is encrypted before
/// it becomes the backup.
pub fn write_autosave(
    path: &Path,
    of: Option<&Path>,
    case: &Case,
    lock: Option<&Lock>,
) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let of = of
        .map(|p| {
            std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string()
        })
        .unwrap_or_default();
    let head = format!("{AUTOSAVE_HEADER}{of}\n");
    let plain = case.to_toml();
    let bytes = match lock {
        None => format!("{head}{plain}").into_bytes(),
        Some(l) => {
            let mut b = head.into_bytes();
            b.extend(l.seal_draft(plain.as_bytes()).map_err(io::Error::other)?);
            b
        }
    };
    // A plain previous draft is encrypted before it becomes the backup,
    // its first line kept.
    let seal_old = |old: Vec<u8>| match lock {
        Some(l) if !sealed_body(&old) => {
            let cut = if old.starts_with(AUTOSAVE_HEADER.as_bytes()) {
                old.iter()
                    .position(|b| *b == b'\n')
                    .map_or(old.len(), |i| i + 1)
            } else {
                0
            };
            let mut b = old[..cut].to_vec();
            b.extend(
                l.seal_draft(&old[cut..])
                    .map_err(|error| StoreError::Seal {
                        path: path.display().to_string(),
                        error,
                    })?,
            );
            Ok(b)
        }
        _ => Ok(old),
    };
    write_atomic_with(path, &bytes, &seal_old).map_err(io::Error::other)
}

/// Whether a draft's text after its first line is encrypted.
fn sealed_body(bytes: &[u8]) -> bool {
    let body = match bytes.strip_prefix(AUTOSAVE_HEADER.as_bytes()) {
        Some(rest) => rest
            .iter()
            .position(|b| *b == b'\n')
            .map_or(&b""[..], |i| &rest[i + 1..]),
        None => bytes,
    };
    super::lock::is_sealed(body)
}

/// Whether the draft at `path` is encrypted.
pub fn is_sealed_draft(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|b| sealed_body(&b))
}

/// Read a plain draft back: the case and the case file it belongs to.
pub(crate) fn read_plain_autosave(path: &Path) -> Result<(Case, Option<PathBuf>), StoreError> {
    let text = read_text(path)?;
    let of = owner_in(&text);
    let case = Case::from_toml(&text, &path.display().to_string())?;
    Ok((case, of))
}

/// Read a draft back, decrypting it if it is encrypted: the case, the case
/// file it belongs to, if any, and the lock it had.
pub fn read_autosave(
    path: &Path,
    ask: &mut dyn AskPassphrase,
) -> Result<(Case, Option<PathBuf>, Option<Lock>), StoreError> {
    let text = read_text(path)?;
    let of = owner_in(&text);
    if !sealed_body(text.as_bytes()) {
        let case = Case::from_toml(&text, &path.display().to_string())?;
        return Ok((case, of, None));
    }
    let (plain, opened) = super::crypt::open_sealed(path, text.as_bytes(), ask, true)?;
    let plain = super::utf8(path, plain)?;
    let case = Case::from_toml(&plain, &path.display().to_string())?;
    let lock = super::crypt::lock_for(&case, opened);
    Ok((case, of, Some(lock)))
}

/// Remove a draft and its backup (the work is saved, or knowingly dropped).
pub fn discard_autosave(p: &Path) {
    let _ = std::fs::remove_file(p);
    let _ = std::fs::remove_file(backup_path(p));
}

/// "2026-11-22 10:31" for the welcome screen's recovery entry.
pub fn modified_label(p: &Path) -> String {
    std::fs::metadata(p)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_names_its_case_file_on_the_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let case_file = dir.path().join("case.toml");
        std::fs::write(&case_file, "format_version = 1\n").unwrap();
        let draft = dir.path().join("drafts").join("autosave-x.toml");
        let mut case = Case::new();
        case.facts = "unsaved work".into();
        write_autosave(&draft, Some(&case_file), &case, None).unwrap();
        let text = std::fs::read_to_string(&draft).unwrap();
        let abs = std::fs::canonicalize(&case_file).unwrap();
        assert_eq!(
            text.lines().next().unwrap(),
            format!("# rogatory autosave of: {}", abs.display())
        );
        assert_eq!(autosave_of(&draft), Some(abs.clone()));
        let (back, of, _) = read_autosave(&draft, &mut super::super::Given(None)).unwrap();
        assert_eq!((back, of), (case, Some(abs)));
        discard_autosave(&draft);
        assert!(!draft.exists());
    }

    #[test]
    fn a_draft_of_a_new_request_belongs_to_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("autosave-new-1.toml");
        write_autosave(&draft, None, &Case::new(), None).unwrap();
        let text = std::fs::read_to_string(&draft).unwrap();
        assert!(text.starts_with("# rogatory autosave of: \n"), "{text}");
        assert_eq!(autosave_of(&draft), None);
        let (back, of, lock) = read_autosave(&draft, &mut super::super::Given(None)).unwrap();
        assert_eq!((back, of, lock.is_none()), (Case::new(), None, true));
    }

    #[test]
    fn an_encrypted_cases_draft_is_encrypted_and_its_plain_predecessor_too() {
        use super::super::{Given, Passphrase, lock::Lock};
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("autosave-x.toml");
        let mut case = Case::new();
        case.facts = "Mr Secret moved the money.".into();
        // A plain draft from before the case was encrypted...
        write_autosave(&draft, None, &case, None).unwrap();
        let lock = Lock::weak_passphrase(Passphrase::new("draft passphrase"));
        case.facts.push_str(" Twice.");
        write_autosave(&draft, None, &case, Some(&lock)).unwrap();
        // ... leaves no plain copy, in the draft or its backup.
        for f in [draft.clone(), backup_path(&draft)] {
            let text = std::fs::read_to_string(&f).unwrap();
            assert!(!text.contains("Secret"), "{}: {text}", f.display());
            assert!(text.starts_with(AUTOSAVE_HEADER), "{text}");
        }
        assert!(is_sealed_draft(&draft));
        let (back, _, l) = read_autosave(
            &draft,
            &mut Given(Some(Passphrase::new("draft passphrase"))),
        )
        .unwrap();
        assert_eq!(back, case);
        assert!(l.is_some_and(|l| l.is_passphrase()));
        let e = read_autosave(&draft, &mut Given(Some(Passphrase::new("wrong")))).unwrap_err();
        assert!(matches!(e, StoreError::Locked { .. }), "{e}");
    }
}
