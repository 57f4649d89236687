//! The recently used case files, for the welcome screen: `recent.txt` in
//! the per-user data folder, one absolute path a line, most recent first.

use std::path::{Path, PathBuf};

use super::{project_dirs, write_atomic};

fn recent_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("recent.txt"))
}

/// The recently used case files, most recent first.
pub fn recent_files() -> Vec<PathBuf> {
    recent_path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            t.lines()
                .filter(|l| !l.trim().is_empty())
                .map(PathBuf::from)
                .filter(|p| p.exists())
                .take(6)
                .collect()
        })
        .unwrap_or_default()
}

/// Put a case file first in the recent list. Best effort: a list that
/// cannot be written is not worth interrupting the user for.
pub fn remember(path: &Path) {
    let Some(list) = recent_path() else { return };
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut items = vec![abs.clone()];
    items.extend(recent_files().into_iter().filter(|p| *p != abs));
    let text: String = items
        .iter()
        .take(8)
        .map(|p| format!("{}\n", p.display()))
        .collect();
    if let Some(dir) = list.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = write_atomic(&list, text.as_bytes());
}
