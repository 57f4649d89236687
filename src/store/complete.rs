//! Completing a file name typed in the wizard's prompts: the folders and
//! case files (`.toml`) whose path starts with what was typed, and, while
//! nothing is typed yet, the folders of the recent case files.

use std::path::{Path, PathBuf};

/// At most this many entries are offered.
const MAX_ENTRIES: usize = 200;

/// What `typed` can complete to, as it would be typed: folders end with
/// `/`, then case files; hidden entries only when the typed name starts
/// with a dot. `~/` stands for the home folder, as in a shell.
pub fn complete_path(typed: &str, recent: &[PathBuf]) -> Vec<String> {
    let (dir_text, prefix) = match typed.rfind('/') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed),
    };
    let dir = expand(dir_text);
    let mut folders = Vec::new();
    let mut files = Vec::new();
    if typed.is_empty() {
        for p in recent {
            if let Some(parent) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                let mut s = parent.display().to_string();
                if !s.ends_with('/') {
                    s.push('/');
                }
                if !folders.contains(&s) {
                    folders.push(s);
                }
            }
        }
    }
    let Ok(read) = std::fs::read_dir(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &dir
    }) else {
        return folders;
    };
    for entry in read.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
            continue;
        }
        // Follows symbolic links, so a link to a folder is a folder.
        let is_dir = entry.path().is_dir();
        if is_dir {
            folders.push(format!("{dir_text}{name}/"));
        } else if name.ends_with(".toml") {
            files.push(format!("{dir_text}{name}"));
        }
        if folders.len() + files.len() >= MAX_ENTRIES * 4 {
            break;
        }
    }
    let recent_count = if typed.is_empty() {
        folders.iter().take_while(|f| f.starts_with('/')).count()
    } else {
        0
    };
    folders[recent_count..].sort();
    files.sort();
    folders.extend(files);
    folders.truncate(MAX_ENTRIES);
    folders
}

fn expand(dir_text: &str) -> PathBuf {
    if let Some(rest) = dir_text.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(dir_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_folders_and_case_files_that_start_with_the_text() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir(root.join("cases")).unwrap();
        std::fs::create_dir(root.join(".hidden")).unwrap();
        std::fs::write(root.join("case-a.toml"), "").unwrap();
        std::fs::write(root.join("case-b.toml"), "").unwrap();
        std::fs::write(root.join("case.pdf"), "").unwrap();
        let base = format!("{}/", root.display());
        let got = complete_path(&format!("{base}ca"), &[]);
        assert_eq!(
            got,
            [
                format!("{base}cases/"),
                format!("{base}case-a.toml"),
                format!("{base}case-b.toml")
            ]
        );
        assert!(
            complete_path(&base, &[])
                .iter()
                .all(|e| !e.contains(".hidden"))
        );
        assert_eq!(
            complete_path(&format!("{base}.h"), &[]),
            [format!("{base}.hidden/")]
        );
        // Nothing typed: the folders of recent files come first.
        let recent = [root.join("cases/x.toml")];
        let got = complete_path("", &recent);
        assert_eq!(got[0], format!("{base}cases/"));
    }
}
