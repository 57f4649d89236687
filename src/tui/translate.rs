//! The translation step's files: the XLIFF file written for a translator
//! from the case being edited, and the translated file read back into it
//! (the wizard saves the case as for any other change).

use std::path::Path;

use crate::i18n::Localized;
use crate::store;
use crate::translate::xliff;
use crate::translator;
use crate::wizard::{Msg, Wizard};

pub(super) fn export(w: &Wizard, path: &Path, lang: &str) -> Msg {
    match translator::export(&w.case, lang, xliff::Version::V12, false, &w.ui) {
        Ok(None) => Msg::TranslateNothing,
        Ok(Some(made)) => match store::write_atomic(path, &made.bytes) {
            Ok(()) => Msg::TranslateExported {
                path: path.to_path_buf(),
                units: made.units,
            },
            Err(e) => Msg::Failed(e.localized(&w.ui)),
        },
        Err(e) => Msg::Failed(e),
    }
}

pub(super) fn import(w: &Wizard, path: &Path) -> Msg {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Msg::Failed(format!("{}: {e}", path.display())),
    };
    let mut case = w.case.clone();
    match translator::import(&mut case, &bytes, &path.display().to_string(), &w.ui) {
        Ok(taken) => Msg::TranslateImported {
            applied: taken.report.applied.len(),
            refused: taken.problems(),
            case: Box::new(case),
            memory: Box::new(translator::load_memory().unwrap_or_else(|_| w.memory.clone())),
        },
        Err(e) => Msg::Failed(e),
    }
}
