//! Signed profile bundles: how a central authority publishes a set of
//! country profiles and treaty files, and how a user installs one.
//!
//! A bundle is one TOML file (`*.rogatory-bundle`) holding the files'
//! texts, a publisher, a version number and a date, signed with minisign
//! (Ed25519) in a `*.minisig` file beside it. Installing verifies the
//! signature against the keys the user chose to trust, refuses a bundle
//! that is unsigned, altered, signed by a key not trusted, or not newer
//! than the one installed from the same key, checks that every file loads,
//! and only then writes the files into the profile directory.

use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{StoreError, read_text, write_atomic};
use crate::profile::{Catalog, Origin};

/// The `format` value of a bundle file.
pub const FORMAT: &str = "rogatory-profile-bundle-1";
/// The name of the file, in the profile directory, that records what was installed.
pub const STATE_FILE: &str = "installed-bundles.toml";

/// A bundle's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    /// Raised by the publisher with each bundle; an install must be newer.
    pub version: u64,
    pub publisher: String,
    /// Date the bundle was made (YYYY-MM-DD).
    pub created: String,
    #[serde(default)]
    pub changes: String,
    #[serde(default)]
    pub files: Vec<BundleFile>,
}

/// One file of a bundle: `XX.toml` (a profile) or `treaties/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleFile {
    pub path: String,
    pub text: String,
}

/// What an install refuses, and why.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("{0}: not signed (no {0}.minisig beside it)")]
    Unsigned(String),
    #[error("{file}: the signature is not a minisign signature: {why}")]
    BadSignature { file: String, why: String },
    #[error("{file}: signed by key {key}, which is not among the trusted keys")]
    UnknownKey { file: String, key: String },
    #[error(
        "{file}: the signature does not match the content: the bundle was altered after signing"
    )]
    Tampered { file: String },
    #[error(
        "{file}: bundle version {version} is not newer than version {installed}, installed from the same key"
    )]
    Older {
        file: String,
        version: u64,
        installed: u64,
    },
    #[error("{file}: not a Rogatory bundle: {why}")]
    NotBundle { file: String, why: String },
    #[error("{file}: the bundle holds {path}, which is not a profile or treaty file name")]
    BadPath { file: String, path: String },
    #[error("{file}: {path} in the bundle does not load: {why}")]
    Broken {
        file: String,
        path: String,
        why: String,
    },
    #[error("{0}")]
    Store(#[from] StoreError),
    /// A failure inside the signing library (key generation, a bad key file).
    #[error("{0}")]
    Key(String),
}

impl crate::i18n::Localized for BundleError {
    fn localized(&self, l: &crate::i18n::Localizer) -> String {
        match self {
            BundleError::Unsigned(file) => l.ta("bundle-unsigned", &[("file", file)]),
            BundleError::BadSignature { file, why } => {
                l.ta("bundle-bad-signature", &[("file", file), ("why", why)])
            }
            BundleError::UnknownKey { file, key } => {
                l.ta("bundle-unknown-key", &[("file", file), ("key", key)])
            }
            BundleError::Tampered { file } => l.ta("bundle-tampered", &[("file", file)]),
            BundleError::Older {
                file,
                version,
                installed,
            } => l.ta(
                "bundle-older",
                &[
                    ("file", file),
                    ("version", &version.to_string()),
                    ("installed", &installed.to_string()),
                ],
            ),
            BundleError::NotBundle { file, why } => {
                l.ta("bundle-not-bundle", &[("file", file), ("why", why)])
            }
            BundleError::BadPath { file, path } => {
                l.ta("bundle-bad-path", &[("file", file), ("path", path)])
            }
            BundleError::Broken { file, path, why } => l.ta(
                "bundle-broken",
                &[("file", file), ("path", path), ("why", why)],
            ),
            BundleError::Store(e) => e.localized(l),
            BundleError::Key(why) => l.ta("bundle-key", &[("why", why)]),
        }
    }
}

/// The key id minisign prints, upper-case hex.
pub fn key_hex(keynum: &[u8]) -> String {
    let mut n = [0u8; 8];
    n.copy_from_slice(&keynum[..8]);
    format!("{:016X}", u64::from_le_bytes(n))
}

/// Whether a path inside a bundle is one the profile directory takes.
pub fn path_ok(path: &str) -> bool {
    let stem_ok = |s: &str, upper: bool| {
        !s.is_empty()
            && s.len() <= 64
            && s.chars().all(|c| {
                if upper {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
                }
            })
    };
    if let Some(rest) = path.strip_prefix("treaties/") {
        return rest
            .strip_suffix(".toml")
            .is_some_and(|s| stem_ok(s, false));
    }
    path.strip_suffix(".toml")
        .is_some_and(|s| s.len() == 2 && stem_ok(s, true))
}

/// The files of a profile directory as a bundle's files: `*.toml` and
/// `treaties/*.toml`, sorted.
pub fn collect(dir: &Path) -> Result<Vec<BundleFile>, StoreError> {
    let mut out = Vec::new();
    for (sub, prefix) in [(dir.to_path_buf(), ""), (dir.join("treaties"), "treaties/")] {
        let Ok(entries) = fs::read_dir(&sub) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
            .collect();
        paths.sort();
        for p in paths {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            if name == STATE_FILE {
                continue;
            }
            out.push(BundleFile {
                path: format!("{prefix}{name}"),
                text: read_text(&p)?,
            });
        }
    }
    Ok(out)
}

/// Check that the files load as profiles and treaties, with none broken.
pub fn check_files(file: &str, files: &[BundleFile]) -> Result<Catalog, BundleError> {
    let mut c = Catalog::default();
    for f in files {
        if !path_ok(&f.path) {
            return Err(BundleError::BadPath {
                file: file.to_string(),
                path: f.path.clone(),
            });
        }
        if f.path.starts_with("treaties/") {
            c.treaties.add(Origin::Option, &f.path, &f.text);
        }
    }
    for f in files.iter().filter(|f| !f.path.starts_with("treaties/")) {
        c.add(Origin::Option, &f.path, &f.text);
    }
    let problems = c.problems.iter().chain(c.treaties.problems.iter());
    if let Some(p) = problems.into_iter().next() {
        return Err(BundleError::Broken {
            file: file.to_string(),
            path: p.file.clone(),
            why: format!("line {}, {}: {}", p.line, p.field, p.message),
        });
    }
    Ok(c)
}

/// How a new secret key is protected.
pub enum Protection {
    /// Not at all (for automated publishing).
    None,
    /// With this password.
    Password(String),
    /// With a password asked on the terminal.
    Prompt,
}

/// Make a key pair. Returns (public key file text, secret key file text).
pub fn keygen(protection: Protection) -> Result<(String, String), BundleError> {
    let err = |e: minisign::PError| BundleError::Key(e.to_string());
    let kp = match protection {
        Protection::Password(p) => {
            minisign::KeyPair::generate_encrypted_keypair(Some(p)).map_err(err)?
        }
        Protection::Prompt => minisign::KeyPair::generate_encrypted_keypair(None).map_err(err)?,
        Protection::None => minisign::KeyPair::generate_unencrypted_keypair().map_err(err)?,
    };
    let pk = kp.pk.to_box().map_err(err)?.into_string();
    let sk = kp
        .sk
        .to_box(Some("Rogatory profile publishing key"))
        .map_err(err)?
        .into_string();
    Ok((pk, sk))
}

/// Make a signed bundle: the bundle file's text and its signature's text.
pub fn make(
    bundle: &Bundle,
    secret_key: &str,
    password: Option<String>,
) -> Result<(String, String), BundleError> {
    let err = |e: minisign::PError| BundleError::Key(e.to_string());
    let text = toml::to_string(bundle).map_err(|e| BundleError::Key(e.to_string()))?;
    let sk_box = minisign::SecretKeyBox::from_string(secret_key).map_err(err)?;
    // An encrypted key without a password given asks for it on the terminal.
    let sk = match sk_box.clone().into_unencrypted_secret_key() {
        Ok(sk) if !sk.is_encrypted() => sk,
        _ => sk_box.into_secret_key(password).map_err(err)?,
    };
    let comment = format!(
        "rogatory bundle version={} created={} publisher={}",
        bundle.version,
        bundle.created,
        bundle.publisher.replace(['\n', '\r'], " ")
    );
    let sig = minisign::sign(
        None,
        &sk,
        Cursor::new(text.as_bytes()),
        Some(&comment),
        None,
    )
    .map_err(err)?;
    Ok((text, sig.into_string()))
}

/// The bundles installed in a profile directory, by signing key.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Installed {
    #[serde(default)]
    pub installed: Vec<InstalledBundle>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstalledBundle {
    pub key: String,
    pub publisher: String,
    pub version: u64,
    pub created: String,
    pub files: Vec<String>,
}

/// Read the record of installed bundles (none if the file is missing).
pub fn installed(dir: &Path) -> Result<Installed, BundleError> {
    let p = dir.join(STATE_FILE);
    if !p.exists() {
        return Ok(Installed::default());
    }
    let text = read_text(&p)?;
    toml::from_str(&text).map_err(|e| BundleError::NotBundle {
        file: p.display().to_string(),
        why: e.to_string(),
    })
}

/// The trusted public keys: every `*.pub` file of `dir`.
pub fn trusted_keys(dir: &Path) -> Vec<(String, minisign::PublicKey)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in entries.flatten().map(|e| e.path()) {
        if p.extension().is_none_or(|e| e != "pub") {
            continue;
        }
        let Ok(text) = read_text(&p) else { continue };
        let key = minisign::PublicKeyBox::from_string(&text)
            .and_then(|b| b.into_public_key())
            .or_else(|_| minisign::PublicKey::from_base64(text.trim()));
        if let Ok(k) = key {
            out.push((key_hex(k.keynum()), k));
        }
    }
    out
}

/// Verify a bundle's bytes against its signature and the trusted keys, and
/// against what is installed. Returns the bundle and its key id.
pub fn verify(
    file: &str,
    bytes: &[u8],
    signature: Option<&str>,
    trusted: &[(String, minisign::PublicKey)],
    installed: &Installed,
) -> Result<(Bundle, String), BundleError> {
    let Some(signature) = signature else {
        return Err(BundleError::Unsigned(file.to_string()));
    };
    let sig =
        minisign::SignatureBox::from_string(signature).map_err(|e| BundleError::BadSignature {
            file: file.to_string(),
            why: e.to_string(),
        })?;
    let key = key_hex(sig.keynum());
    let Some((_, pk)) = trusted.iter().find(|(k, _)| *k == key) else {
        return Err(BundleError::UnknownKey {
            file: file.to_string(),
            key,
        });
    };
    minisign::verify(pk, &sig, Cursor::new(bytes), true, false, false).map_err(|_| {
        BundleError::Tampered {
            file: file.to_string(),
        }
    })?;
    let text = std::str::from_utf8(bytes).map_err(|e| BundleError::NotBundle {
        file: file.to_string(),
        why: e.to_string(),
    })?;
    let bundle: Bundle = toml::from_str(text).map_err(|e| BundleError::NotBundle {
        file: file.to_string(),
        why: e.message().to_string(),
    })?;
    if bundle.format != FORMAT {
        return Err(BundleError::NotBundle {
            file: file.to_string(),
            why: format!("format is \"{}\", expected \"{FORMAT}\"", bundle.format),
        });
    }
    if let Some(i) = installed.installed.iter().find(|i| i.key == key)
        && bundle.version <= i.version
    {
        return Err(BundleError::Older {
            file: file.to_string(),
            version: bundle.version,
            installed: i.version,
        });
    }
    Ok((bundle, key))
}

/// Install a bundle file into `into`, trusting the keys of `trusted_dir`.
/// Nothing is written unless every check passes.
pub fn install(
    path: &Path,
    trusted_dir: &Path,
    into: &Path,
) -> Result<InstalledBundle, BundleError> {
    let file = path.display().to_string();
    let bytes = fs::read(path).map_err(|e| StoreError::Io {
        path: file.clone(),
        source: e,
    })?;
    let sig_path = PathBuf::from(format!("{}.minisig", path.display()));
    let signature = match fs::read_to_string(&sig_path) {
        Ok(s) => Some(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(StoreError::Io {
                path: sig_path.display().to_string(),
                source: e,
            }
            .into());
        }
    };
    let trusted = trusted_keys(trusted_dir);
    let mut state = installed(into)?;
    let (bundle, key) = verify(&file, &bytes, signature.as_deref(), &trusted, &state)?;
    check_files(&file, &bundle.files)?;
    fs::create_dir_all(into.join("treaties")).map_err(|e| StoreError::Io {
        path: into.display().to_string(),
        source: e,
    })?;
    for f in &bundle.files {
        write_atomic(&into.join(&f.path), f.text.as_bytes())?;
    }
    let record = InstalledBundle {
        key: key.clone(),
        publisher: bundle.publisher.clone(),
        version: bundle.version,
        created: bundle.created.clone(),
        files: bundle.files.iter().map(|f| f.path.clone()).collect(),
    };
    state.installed.retain(|i| i.key != key);
    state.installed.push(record.clone());
    let text = toml::to_string(&state).map_err(|e| BundleError::Key(e.to_string()))?;
    write_atomic(&into.join(STATE_FILE), text.as_bytes())?;
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(version: u64) -> Bundle {
        Bundle {
            format: FORMAT.into(),
            version,
            publisher: "Test central authority".into(),
            created: "2026-12-02".into(),
            changes: String::new(),
            files: vec![BundleFile {
                path: "US.toml".into(),
                text: crate::embedded::PROFILES
                    .iter()
                    .find(|(n, _)| n.ends_with("US.toml"))
                    .unwrap()
                    .1
                    .to_string(),
            }],
        }
    }

    fn trusted(pk: &str) -> Vec<(String, minisign::PublicKey)> {
        let k = minisign::PublicKeyBox::from_string(pk)
            .unwrap()
            .into_public_key()
            .unwrap();
        vec![(key_hex(k.keynum()), k)]
    }

    #[test]
    fn a_good_bundle_verifies_and_each_bad_one_says_why() {
        let (pk, sk) = keygen(Protection::None).unwrap();
        let (text, sig) = make(&sample(2), &sk, None).unwrap();
        let keys = trusted(&pk);
        let none = Installed::default();
        let (b, key) = verify("b", text.as_bytes(), Some(&sig), &keys, &none).unwrap();
        assert_eq!(b.version, 2);
        // One byte changed.
        let mut bytes = text.clone().into_bytes();
        let i = bytes.iter().position(|&c| c == b'T').unwrap();
        bytes[i] = b'X';
        assert!(matches!(
            verify("b", &bytes, Some(&sig), &keys, &none),
            Err(BundleError::Tampered { .. })
        ));
        // Unsigned.
        assert!(matches!(
            verify("b", text.as_bytes(), None, &keys, &none),
            Err(BundleError::Unsigned(_))
        ));
        // Signed by a key nobody trusts.
        let (_, other_sk) = keygen(Protection::None).unwrap();
        let (text2, sig2) = make(&sample(2), &other_sk, None).unwrap();
        assert!(matches!(
            verify("b", text2.as_bytes(), Some(&sig2), &keys, &none),
            Err(BundleError::UnknownKey { .. })
        ));
        // Not newer than what is installed from the same key.
        let state = Installed {
            installed: vec![InstalledBundle {
                key,
                publisher: String::new(),
                version: 2,
                created: String::new(),
                files: vec![],
            }],
        };
        assert!(matches!(
            verify("b", text.as_bytes(), Some(&sig), &keys, &state),
            Err(BundleError::Older {
                version: 2,
                installed: 2,
                ..
            })
        ));
    }

    #[test]
    fn only_profile_and_treaty_names_are_taken() {
        assert!(path_ok("GB.toml"));
        assert!(path_ok("treaties/mlat-gb-us.toml"));
        for bad in [
            "../GB.toml",
            "gb.toml",
            "treaties/../x.toml",
            "/etc/x.toml",
            "GBR.toml",
            "a/GB.toml",
        ] {
            assert!(!path_ok(bad), "{bad}");
        }
    }
}
