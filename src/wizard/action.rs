//! What flows between the wizard and the terminal: every [`Action`] a user
//! can ask for (keys map to these in the key table, which also draws the
//! help), and every [`Effect`] the terminal side must carry out for the
//! wizard. Plain data: nothing here acts.

use std::path::PathBuf;

use super::fields::Field;
use crate::store::Passphrase;

/// Every intent a user can express; keys map to these in the key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move to the next field (or the next step after the last field).
    NextField,
    /// Move to the previous field.
    PrevField,
    /// Go to the next step.
    NextStep,
    /// Go to the previous step.
    PrevStep,
    /// Go to the first step (in the step list).
    StepFirst,
    /// Go to the last step (in the step list).
    StepLast,
    /// Enter: confirm, toggle, open a list, or go into the form.
    Activate,
    /// Esc: close what is open, or go back to the step list.
    Back,
    /// Select the next item of a list.
    ItemNext,
    /// Select the previous item of a list.
    ItemPrev,
    /// Add an item to the list.
    ItemAdd,
    /// Remove the selected item (asks first).
    ItemRemove,
    /// Move the selected item up.
    ItemUp,
    /// Move the selected item down.
    ItemDown,
    /// Save the case (asks for a file name the first time).
    Save,
    /// Quit (asks if there are unsaved changes).
    Quit,
    /// Show or hide the list of keys.
    Help,
    /// Show or hide the preview of the request.
    TogglePreview,
    /// Show the pages as they will print (or the text preview again).
    TogglePages,
    /// Scroll the preview or the review list.
    ScrollUp,
    ScrollDown,
    /// Open the focused text field in $EDITOR.
    Editor,
    /// Answer yes / no / cancel to a question.
    Yes,
    No,
    /// Move within a choice list or the welcome menu.
    Up,
    Down,
    /// Complete the file name in a prompt.
    Complete,
}

/// What the terminal side must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the case to this path atomically.
    Save(PathBuf),
    /// Load a case file.
    Load(PathBuf),
    /// Load the autosaved draft.
    Recover(PathBuf),
    /// Write the PDF.
    Produce { path: PathBuf, draft: bool },
    /// Open a file with the system viewer (and report how it went).
    Open(PathBuf),
    /// List what a file prompt's text could complete to.
    ListFiles(String),
    /// Edit the text of a field in $EDITOR.
    EditExternally(Field, String),
    /// Open an encrypted case file (or autosaved `draft`) with this
    /// passphrase.
    Unlock {
        path: PathBuf,
        draft: bool,
        passphrase: Passphrase,
    },
    /// Encrypt the case with this passphrase from now on.
    Encrypt(Passphrase),
    /// Read the register's list.
    ListRegister,
    /// Start the follow-up of this request in this new case file, then
    /// open it.
    FollowUp { reference: String, output: PathBuf },
    /// Record the case and the document sent in the register.
    RegisterAdd { case: PathBuf, sent: PathBuf },
    /// Remove the autosave (the work is saved, or knowingly discarded).
    DiscardAutosave,
    /// Write the XLIFF file of the free text still to translate into
    /// `lang`.
    TranslateExport { path: PathBuf, lang: String },
    /// Read a translated XLIFF file into the case.
    TranslateImport(PathBuf),
    /// End the program.
    Exit,
}
