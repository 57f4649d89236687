//! `rogatory new`: write a starter case file, never over an existing one.

use crate::i18n::Localized;
use std::io::Write;
use std::path::Path;

use super::{FAILURE, OK};
use crate::embedded;
use crate::i18n::Localizer;
use crate::store;

pub(super) fn cmd_new(
    path: &Path,
    to: Option<&str>,
    catalog: &crate::profile::Catalog,
    ui: &Localizer,
) -> i32 {
    if let Some(code) = to {
        let code = code.trim().to_uppercase();
        // A state's ISO code, or a fictitious state's code (XA–XZ) that a
        // profile describes (training material).
        let real =
            !crate::codes::is_fictitious(&code) && crate::codes::country_name(&code).is_some();
        if !real && catalog.get(&code).is_none() {
            let close: Vec<String> = crate::codes::countries()
                .filter(|(_, n)| {
                    let n = n.to_lowercase();
                    let c = code.to_lowercase();
                    c.len() > 2 && n.starts_with(&c)
                })
                .map(|(c, n)| format!("{c} ({n})"))
                .take(5)
                .collect();
            let id = if close.is_empty() {
                "cli-not-a-state"
            } else {
                "cli-not-a-state-perhaps"
            };
            eprintln!(
                "{}",
                ui.ta(id, &[("code", &code), ("perhaps", &close.join(", "))])
            );
            return crate::exit::FAILURE;
        }
    }
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
