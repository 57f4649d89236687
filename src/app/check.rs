//! `rogatory check`: the findings of a case file, as text or JSON, with the
//! position of each finding's field in the file.

use std::path::Path;

use jiff::civil::Date;

use super::report::{format_finding_in, summary};
use super::{FINDINGS, OK, load_checked};
use crate::check;
use crate::cli::Format;
use crate::i18n::Localizer;
use crate::profile::Catalog;

pub(super) fn cmd_check(
    path: &Path,
    lang: Option<&str>,
    format: Format,
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
) -> i32 {
    let (_, _, findings, text) =
        match load_checked(path, lang, catalog, ui, today, format == Format::Json) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let file = path.display().to_string();
    let positions = crate::locate::Positions::new(&text);
    match format {
        Format::Text => {
            for f in &findings {
                println!("{}", format_finding_in(f, ui, Some((&file, &positions))));
            }
            println!("{}", summary(&findings, ui));
        }
        Format::Json => {
            let items: Vec<serde_json::Value> = findings
                .iter()
                .map(|f| {
                    let (line, column) = positions.of(&f.path).unzip();
                    serde_json::json!({
                        "severity": f.severity,
                        "file": file,
                        "line": line,
                        "column": column,
                        "path": f.path,
                        "id": f.id,
                        "args": f.resolved_args(ui).into_iter().collect::<std::collections::BTreeMap<_, _>>(),
                        "message": f.message(ui),
                        "hint": f.hint(ui),
                        "rule": f.cite(ui),
                        "notes": f.notes.iter().map(|n| n.message(ui)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&items).unwrap_or_default()
            );
        }
    }
    if check::has_errors(&findings) {
        FINDINGS
    } else {
        OK
    }
}
