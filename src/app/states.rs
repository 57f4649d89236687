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
    // Columns padded to their widest entry.
    let rows: Vec<[String; 6]> = results
        .iter()
        .map(|r| {
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
            [
                r.state.clone(),
                r.name.clone(),
                basis,
                format!("{} / {}", r.errors, r.warnings),
                dual.join(", "),
                format!("[{}]", r.bases.join(", ")),
            ]
        })
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| unicode_width::UnicodeWidthStr::width(r[i].as_str()))
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..5).map(width).collect();
    for r in &rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if let Some(w) = widths.get(i) {
                let pad = w - unicode_width::UnicodeWidthStr::width(cell.as_str());
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        println!("{}", line.trim_end());
    }
    OK
}
