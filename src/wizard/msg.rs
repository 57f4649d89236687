//! The messages the wizard's `update` takes: an action, typed text, a
//! click, or the result of an effect. Plain data.

use std::path::PathBuf;

use super::Action;
use super::fields::Field;
use crate::case::Case;
use crate::store::Lock;

/// Results of effects, and input that is not an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    /// The focused text field now holds this text.
    SetText(String),
    /// A character typed where there is no text field (filters, prompts).
    Char(char),
    /// Backspace where there is no text field.
    Backspace,
    /// The mouse selected a step, a row, an option or a welcome entry.
    ClickStep(usize),
    ClickRow(usize),
    ClickOption(usize),
    ClickWelcome(usize),
    Saved(PathBuf),
    /// A case file was read (and decrypted with this lock, if it was
    /// encrypted).
    Loaded(Box<Case>, Option<PathBuf>, Option<Lock>),
    /// An autosaved draft was read back; it belongs to this file, if any.
    Recovered(Box<Case>, Option<PathBuf>, Option<Lock>),
    /// This file (an autosaved `draft` or not) is encrypted with a
    /// passphrase: ask for it (again, when the last was `wrong`).
    Locked {
        path: PathBuf,
        draft: bool,
        wrong: bool,
        /// How the file is named to the user.
        shown: String,
    },
    /// The case is now encrypted with this lock.
    Encrypted(Lock),
    /// The register's list, read.
    RegisterListed(super::RegisterList),
    /// This request was recorded in the register.
    Registered(String),
    Produced(PathBuf),
    /// The XLIFF file for a translator was written: `units` sentences.
    TranslateExported {
        path: PathBuf,
        units: usize,
    },
    /// Every field is translated already: no file was written.
    TranslateNothing,
    /// A translated file was read: the case with what it took, how many
    /// fields were taken and refused, and the memory as it now is.
    TranslateImported {
        case: Box<Case>,
        applied: usize,
        refused: usize,
        memory: Box<crate::translate::memory::Memory>,
    },
    /// The system viewer was started on this file.
    Opened(PathBuf),
    Failed(String),
    /// Saving to this path failed with this error: the user may choose
    /// another place.
    SaveFailed(PathBuf, String),
    /// A digit typed in the step list; `fresh` when no digit came just
    /// before it (so `1` then `3` soon after is step 13).
    StepDigit(u8, bool),
    /// The terminal now has this size (columns, rows).
    Resized(u16, u16),
    /// What a file prompt's text completes to: for the text it was asked
    /// for, the entries (folders end with `/`).
    Files(String, Vec<String>),
    /// External editing finished with this text.
    Edited(Field, String),
}
