//! `rogatory check CASE --all-states`: the request assessed against every
//! profile (`check::states`), printed as a table or JSON.

use std::path::Path;

use jiff::civil::Date;

use super::{FAILURE, OK, load};
use crate::check::states::assess;
use crate::i18n::Localizer;
use crate::profile::Catalog;

pub(super) fn cmd(path: &Path, json: bool, catalog: &Catalog, ui: &Localizer, today: Date) -> i32 {
    let (case, _) = match load(path, ui, json) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let results = assess(&case, catalog, today);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&results).unwrap_or_default()
        );
        return OK;
    }
    if results.is_empty() {
        eprintln!(
            "{}",
            ui.ta("cli-cannot-read", &[("error", &ui.t("cli-no-profiles"))])
        );
        return FAILURE;
    }
    println!("{}", ui.t("cli-states-header"));
    for r in &results {
        let dual: Vec<String> = r
            .dual_criminality
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let basis = if r.basis.is_empty() {
            ui.t("cli-states-no-basis")
        } else {
            r.basis.clone()
        };
        println!(
            "{}  {}  {}  {} / {}  {}  [{}]",
            r.state,
            r.name,
            basis,
            r.errors,
            r.warnings,
            dual.join(", "),
            r.bases.join(", ")
        );
    }
    OK
}
