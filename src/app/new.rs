//! `rogatory new`: write a starter case file, never over an existing one.

use crate::i18n::Localized;
use std::io::Write;
use std::path::Path;

use super::{FAILURE, OK};
use crate::embedded;
use crate::i18n::Localizer;
use crate::store;

pub(super) fn cmd_new(path: &Path, to: Option<&str>, ui: &Localizer) -> i32 {
    let starter = embedded::template("starter.toml").unwrap_or("format_version = 1\n");
    let text = match to {
        Some(code) => starter.replace(
            "requested_state = \"\"",
            &format!("requested_state = {:?}", code.trim().to_uppercase()),
        ),
        None => starter.to_string(),
    };
    match store::create_new(path, &text) {
        Ok(()) => {}
        Err(store::StoreError::Exists { .. }) => {
            eprintln!(
                "{}",
                ui.ta("cli-exists", &[("path", &path.display().to_string())])
            );
            return FAILURE;
        }
        Err(e) => {
            eprintln!(
                "{}",
                ui.ta("cli-cannot-write", &[("error", &e.localized(ui))])
            );
            return FAILURE;
        }
    }
    println!(
        "{}",
        ui.ta("cli-created", &[("path", &path.display().to_string())])
    );
    let _ = std::io::stdout().flush();
    OK
}
