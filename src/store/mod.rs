//! Files: reading and atomically writing case files and outputs, finding
//! the profile directories, and assembling the [`Catalog`]; the wizard's
//! autosaved drafts (`autosave`), recent files (`recent`) and the file
//! $EDITOR edits (`edit`). Every file the program touches goes through
//! here; the rest of the program hands plain data (paths, a [`Case`]) in
//! and gets data out.
//!
//! Case files hold personal data: they are written readable by their owner
//! only, through a temporary file renamed into place, so a crash never
//! leaves half a file, and the previous version is kept beside it as
//! `<name>.bak`. A file that does not parse is never overwritten.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

mod autosave;
pub mod bundle;
mod complete;
mod crypt;
mod edit;
pub mod lock;
mod recent;

use crate::case::{Case, CaseError};
use crate::embedded::PROFILES;
use crate::profile::{Catalog, Origin};

pub use autosave::{
    autosave_of, autosave_slot, autosaves, discard_autosave, modified_label, read_autosave,
    write_autosave,
};
pub use complete::complete_path;
pub use crypt::{
    AskPassphrase, Given, OpenedCase, TerminalAsk, can_ask, decrypt_case, encrypt_case,
    identity_path, open_case, own_identities,
};
pub use edit::EditFile;
pub use lock::{Lock, Passphrase};
pub use recent::{recent_files, remember};

/// What went wrong with a file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: the file is not valid UTF-8 text")]
    NotUtf8 {
        path: String,
        line: usize,
        column: usize,
    },
    #[error("{0}")]
    Case(#[from] CaseError),
    #[error(
        "{path} exists and is not a readable case file; it was left untouched. Save under another name or fix it first"
    )]
    WouldOverwriteBroken { path: String },
    #[error("{path} already exists; it was left untouched")]
    Exists { path: String },
    #[error("no data directory")]
    NoDataDir,
    #[error("{path} is not a regular file; nothing was written")]
    NotAFile { path: String },
    #[error("{path}: encrypted, and could not be opened: {refusal:?}")]
    Locked {
        path: String,
        refusal: lock::Refusal,
        /// Where this user's keys were looked for.
        keys: String,
    },
    #[error("{path}:{line}: not an age secret key (AGE-SECRET-KEY-1…)")]
    Identity { path: String, line: usize },
    #[error("{path}: could not encrypt: {error}; nothing was written")]
    Seal { path: String, error: String },
}

impl crate::i18n::Localized for StoreError {
    /// The problem in the reader's language; the operating system's own
    /// words for an I/O error are kept as its argument.
    fn localized(&self, l: &crate::i18n::Localizer) -> String {
        match self {
            StoreError::Io { path, source } => l.ta(
                "store-io",
                &[("path", path), ("error", &source.to_string())],
            ),
            StoreError::NotUtf8 { path, line, column } => l.ta(
                "store-not-utf8",
                &[
                    ("path", path),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            ),
            StoreError::Case(e) => e.localized(l),
            StoreError::WouldOverwriteBroken { path } => {
                l.ta("store-would-overwrite", &[("path", path)])
            }
            StoreError::Exists { path } => l.ta("store-exists", &[("path", path)]),
            StoreError::NoDataDir => l.t("store-no-data-dir"),
            StoreError::NotAFile { path } => l.ta("store-not-a-file", &[("path", path)]),
            StoreError::Locked {
                path,
                refusal,
                keys,
            } => match refusal {
                lock::Refusal::NeedPassphrase => l.ta("store-need-passphrase", &[("path", path)]),
                lock::Refusal::WrongPassphrase => l.ta("store-wrong-passphrase", &[("path", path)]),
                lock::Refusal::NoKey => l.ta("store-no-key", &[("path", path), ("keys", keys)]),
                lock::Refusal::Damaged(e) => l.ta("store-damaged", &[("path", path), ("error", e)]),
                lock::Refusal::TooMuchWork => l.ta("store-too-much-work", &[("path", path)]),
            },
            StoreError::Identity { path, line } => l.ta(
                "store-identity",
                &[("path", path), ("line", &line.to_string())],
            ),
            StoreError::Seal { path, error } => {
                l.ta("store-seal", &[("path", path), ("error", error)])
            }
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Read a file as UTF-8, reporting the position of the first invalid byte.
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let bytes = fs::read(path).map_err(io(path))?;
    utf8(path, bytes)
}

/// Bytes as UTF-8 text, or where the first invalid byte is.
fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, StoreError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let before = String::from_utf8_lossy(&bytes[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        StoreError::NotUtf8 {
            path: path.display().to_string(),
            line,
            column,
        }
    })
}

/// Load a case file; an encrypted one opens only with this user's keys
/// (no passphrase is asked: see [`open_case`]).
pub fn load_case(path: &Path) -> Result<Case, StoreError> {
    Ok(open_case(path, &mut Given(None))?.case)
}

/// Write `bytes` to `path` atomically, readable by the owner only.
/// The previous file, if any, is kept as `<path>.bak`, written as
/// atomically as the file itself (a full disk leaves the previous backup
/// whole). A symbolic link is written through, deliberately: its target is
/// replaced and the link kept. Anything else that is not a regular file (a
/// folder, a device, a FIFO) is refused before it is read. No temporary
/// file is left behind on any error.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, &|old| Ok(old))
}

/// [`write_atomic`], with the previous version passed through `backup`
/// before it is kept as `<path>.bak` (an encrypted case encrypts a
/// plain previous version, so no plain copy is left beside it).
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    backup: &dyn Fn(Vec<u8>) -> Result<Vec<u8>, StoreError>,
) -> Result<(), StoreError> {
    let resolved;
    let path = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            resolved = fs::canonicalize(path).map_err(io(path))?;
            resolved.as_path()
        }
        _ => path,
    };
    let existing = match fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return Err(StoreError::NotAFile {
                path: path.display().to_string(),
            });
        }
        Ok(_) => true,
        Err(_) => false,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let bak_tmp = dir.join(format!(".{name}.bak.{}.tmp", std::process::id()));
    // Into a temporary file; errors name the file it stands for.
    let write = |target: &Path, shown: &Path, bytes: &[u8]| -> Result<(), StoreError> {
        let mut f = private_create(target).map_err(io(shown))?;
        f.write_all(bytes).map_err(io(shown))?;
        f.sync_all().map_err(io(shown))
    };
    let result = (|| {
        write(&tmp, path, bytes)?;
        if existing {
            // The backup goes through its own temporary file and a rename:
            // a `.bak` that is a symbolic link is replaced, never followed.
            let bak = backup_path(path);
            let old = backup(fs::read(path).map_err(io(path))?)?;
            write(&bak_tmp, &bak, &old)?;
            fs::rename(&bak_tmp, &bak).map_err(io(&bak))?;
        }
        fs::rename(&tmp, path).map_err(io(path))?;
        // Make the renames themselves durable.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
        let _ = fs::remove_file(&bak_tmp);
    }
    result
}

/// The backup kept beside a file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

#[cfg(unix)]
fn private_create(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let f = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    // An existing file keeps its old mode on open: tighten it.
    f.set_permissions(fs::Permissions::from_mode(0o600))?;
    Ok(f)
}

#[cfg(not(unix))]
fn private_create(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

/// Save a case. Refuses to replace a file that is not a readable case file
/// (it may be the user's only copy of something else).
/// An encrypted file counts as a case file (it cannot be checked without
/// its key, and its previous version is kept as `.bak` all the same).
/// With a `lock`, the case is written encrypted, and a plain previous
/// version is encrypted before it becomes the backup.
pub fn save_case(path: &Path, case: &Case, lock: Option<&Lock>) -> Result<(), StoreError> {
    if path.exists() {
        let readable = fs::read(path).ok().is_some_and(|b| {
            lock::is_sealed(&b)
                || String::from_utf8(b)
                    .ok()
                    .is_some_and(|t| Case::from_toml(&t, "").is_ok())
        });
        if !readable {
            return Err(StoreError::WouldOverwriteBroken {
                path: path.display().to_string(),
            });
        }
    }
    let text = case.to_toml();
    match lock {
        None => write_atomic(path, text.as_bytes()),
        Some(l) => {
            let sealed = seal(path, l, text.as_bytes())?;
            write_atomic_with(path, &sealed, &|old| {
                if lock::is_sealed(&old) {
                    Ok(old)
                } else {
                    seal(path, l, &old)
                }
            })
        }
    }
}

/// Encrypt for `path`, naming it in the error.
pub(crate) fn seal(path: &Path, lock: &Lock, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    lock.seal(plain).map_err(|error| StoreError::Seal {
        path: path.display().to_string(),
        error,
    })
}

/// Write a new file, readable by the owner only; never replaces an
/// existing file, even one created a moment before (the complete file is
/// linked into place, which fails if the name is taken).
pub fn create_new(path: &Path, text: &str) -> Result<(), StoreError> {
    let exists = || StoreError::Exists {
        path: path.display().to_string(),
    };
    if path.exists() {
        return Err(exists());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".new.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = private_create(&tmp).map_err(io(&tmp))?;
        f.write_all(text.as_bytes()).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
        fs::hard_link(&tmp, path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                exists()
            } else {
                io(path)(e)
            }
        })
    })();
    let _ = fs::remove_file(&tmp);
    result
}

/// The per-user directories of Rogatory.
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "Rogatory", "rogatory")
}

/// The system-wide profile directory.
pub fn system_profile_dir() -> PathBuf {
    if cfg!(windows) {
        PathBuf::from(r"C:\ProgramData\rogatory\country-profiles")
    } else {
        PathBuf::from("/etc/rogatory/country-profiles")
    }
}

/// The user's profile directory.
pub fn user_profile_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("country-profiles"))
}

/// Each `*.toml` file of a directory, sorted, with its text or why it could
/// not be read. A missing directory has none.
fn toml_files(dir: &Path) -> Vec<(String, Result<String, crate::locate::Located>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        // The record of installed bundles lives beside the profiles.
        .filter(|p| p.file_name().is_none_or(|n| n != bundle::STATE_FILE))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.display().to_string();
            let text = read_text(&p).map_err(|e| {
                // Where in the file, and the reason without the path again.
                let (line, column, message) = match &e {
                    StoreError::NotUtf8 { line, column, .. } => (
                        *line,
                        *column,
                        "the file is not valid UTF-8 text".to_string(),
                    ),
                    StoreError::Io { source, .. } => (0, 0, source.to_string()),
                    other => (0, 0, other.to_string()),
                };
                crate::locate::Located {
                    file: name.clone(),
                    line,
                    column,
                    field: String::new(),
                    message,
                    id: None,
                    excerpt: String::new(),
                }
            });
            (name, text)
        })
        .collect()
}

/// Add every `*.toml` file of a directory to the catalog, and the treaties
/// of its `treaties/` folder to the registry. A missing directory is not an
/// error; an unreadable file is recorded as a problem.
pub fn add_profile_dir(catalog: &mut Catalog, origin: Origin, dir: &Path) {
    add_treaty_dir(&mut catalog.treaties, origin, &dir.join("treaties"));
    // Plain-language lists a central authority edited replace the built-in
    // list of their language.
    for (name, text) in toml_files(&dir.join("plain-language")) {
        if let Err(e) = text.and_then(|t| catalog.plain.add(&name, &t)) {
            catalog.problems.push(e);
        }
    }
    for (name, text) in toml_files(dir) {
        match text {
            Ok(text) => catalog.add(origin, &name, &text),
            Err(e) => catalog.problems.push(e),
        }
    }
}

/// Add every `*.toml` file of a treaty directory to the registry.
pub fn add_treaty_dir(registry: &mut crate::treaty::Registry, origin: Origin, dir: &Path) {
    for (name, text) in toml_files(dir) {
        match text {
            Ok(text) => registry.add(origin, &name, &text),
            Err(e) => registry.problems.push(e),
        }
    }
}

/// The catalog of this run: embedded profiles, then the system directory,
/// the user's config directory and `extra` (from `--profiles`), each
/// overriding the ones before.
pub fn load_catalog(extra: Option<&Path>) -> Catalog {
    let mut c = builtin_catalog();
    add_profile_dir(&mut c, Origin::System, &system_profile_dir());
    if let Some(u) = user_profile_dir() {
        add_profile_dir(&mut c, Origin::User, &u);
    }
    if let Some(e) = extra {
        add_profile_dir(&mut c, Origin::Option, e);
    }
    c
}

/// Only the profiles shipped in the binary.
pub fn builtin_catalog() -> Catalog {
    let mut c = Catalog::default();
    for (name, text) in PROFILES {
        c.add(Origin::Builtin, name, text);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_names_the_file_asked_for_not_the_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-folder").join("case.toml");
        let e = write_atomic(&path, b"x").unwrap_err().to_string();
        assert!(e.starts_with(&path.display().to_string()), "{e}");
        assert!(!e.contains(".case.toml."), "names the temporary file: {e}");
    }

    #[test]
    fn save_is_private_and_keeps_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        let mut case = Case::new();
        case.facts = "first".into();
        save_case(&path, &case, None).unwrap();
        case.facts = "second".into();
        save_case(&path, &case, None).unwrap();
        assert_eq!(load_case(&path).unwrap().facts, "second");
        assert_eq!(load_case(&backup_path(&path)).unwrap().facts, "first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for p in [path.clone(), backup_path(&path)] {
                let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "{}", p.display());
            }
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn broken_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        fs::write(&path, "format_version = 1\nfacts = \"unterminated\n").unwrap();
        let err = save_case(&path, &Case::new(), None).unwrap_err();
        assert!(matches!(err, StoreError::WouldOverwriteBroken { .. }));
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "format_version = 1\nfacts = \"unterminated\n"
        );
    }

    #[test]
    fn invalid_utf8_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        fs::write(&path, b"format_version = 1\nfacts = \"caf\xe9\"\n").unwrap();
        let err = load_case(&path).unwrap_err().to_string();
        assert!(
            err.ends_with(":2:13: the file is not valid UTF-8 text"),
            "{err}"
        );
    }

    #[test]
    fn create_refuses_existing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        fs::write(&path, "x").unwrap();
        assert!(matches!(
            create_new(&path, "format_version = 1\n"),
            Err(StoreError::Exists { .. })
        ));
        assert_eq!(fs::read_to_string(&path).unwrap(), "x");
        let fresh = dir.path().join("new.toml");
        create_new(&fresh, "format_version = 1\n").unwrap();
        assert_eq!(load_case(&fresh).unwrap(), Case::new());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
