//! The temporary file a field's text is edited in with $EDITOR:
//! `edit.txt` in the per-user data folder, written privately like a case
//! file and removed (with its backup) once the editor is done. Running the
//! editor is the terminal's business, not this module's.

use std::fs;
use std::path::{Path, PathBuf};

use super::{StoreError, backup_path, project_dirs, read_text, write_atomic};

/// The editor's file, holding the text to edit.
#[derive(Debug)]
pub struct EditFile(PathBuf);

impl EditFile {
    /// Write `text` to the editor's file.
    pub fn create(text: &str) -> Result<EditFile, StoreError> {
        let dir = project_dirs()
            .map(|d| d.data_dir().to_path_buf())
            .ok_or(StoreError::NoDataDir)?;
        let _ = fs::create_dir_all(&dir);
        let file = dir.join("edit.txt");
        write_atomic(&file, text.as_bytes())?;
        Ok(EditFile(file))
    }

    /// Where the file is, to hand to the editor.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The text as the editor left it.
    pub fn read(&self) -> Result<String, StoreError> {
        read_text(&self.0)
    }

    /// Remove the file and its backup.
    pub fn remove(self) {
        let _ = fs::remove_file(&self.0);
        let _ = fs::remove_file(backup_path(&self.0));
    }
}
