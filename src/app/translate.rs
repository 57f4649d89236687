//! `rogatory translate export` and `import`: the case's free text out to a
//! translator as XLIFF 1.2 and the translation back into the case.

use std::path::Path;

use super::{FAILURE, FINDINGS, OK};
use crate::i18n::{Localized, Localizer};
use crate::store;
use crate::translate::{memory, xliff};

use crate::translator::{self, memory_path, save_memory};

/// `rogatory translate memory export -o FILE`
pub fn memory_export(output: &Path, ui: &Localizer) -> i32 {
    let Some(p) = memory_path() else {
        return cannot(ui, &ui.t("translate-memory-no-folder"));
    };
    let m = match memory::Memory::load(&p) {
        Ok(m) => m,
        Err(e) => return cannot(ui, &e),
    };
    if let Err(e) = store::write_atomic(output, &m.to_tmx()) {
        return cannot(ui, &e.localized(ui));
    }
    println!(
        "{}",
        ui.ta(
            "translate-memory-exported",
            &[
                ("file", &output.display().to_string()),
                ("count", &m.entries.len().to_string())
            ]
        )
    );
    OK
}

/// `rogatory translate memory import FILE`
pub fn memory_import(file: &Path, ui: &Localizer) -> i32 {
    let Some(p) = memory_path() else {
        return cannot(ui, &ui.t("translate-memory-no-folder"));
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return cannot(ui, &format!("{}: {e}", file.display())),
    };
    let entries = match memory::read_tmx(&bytes) {
        Ok(e) => e,
        Err(e) => {
            let shown = file.display().to_string();
            return cannot(
                ui,
                &ui.ta("translate-bad-file", &[("file", &shown), ("problem", &e)]),
            );
        }
    };
    let mut m = match memory::Memory::load(&p) {
        Ok(m) => m,
        Err(e) => return cannot(ui, &e),
    };
    let read = entries.len();
    let added = entries.into_iter().filter(|e| m.add(e.clone())).count();
    if added > 0
        && let Err(e) = save_memory(&m, &p)
    {
        return cannot(ui, &e);
    }
    println!(
        "{}",
        ui.ta(
            "translate-memory-imported",
            &[
                ("file", &file.display().to_string()),
                ("count", &added.to_string()),
                ("read", &read.to_string())
            ]
        )
    );
    OK
}

fn cannot(ui: &Localizer, message: &str) -> i32 {
    eprintln!("{}", ui.ta("cli-cannot-read", &[("error", message)]));
    FAILURE
}

/// `rogatory translate export CASE --lang LANG -o FILE`
pub fn export(
    path: &Path,
    lang: &str,
    output: &Path,
    version: xliff::Version,
    copy_source: bool,
    ui: &Localizer,
) -> i32 {
    let opened = match store::open_case(path, &mut store::TerminalAsk { ui }) {
        Ok(o) => o,
        Err(e) => return cannot(ui, &e.localized(ui)),
    };
    let case = opened.case;
    let lang = lang.trim().to_lowercase();
    if crate::codes::language_name(&lang).is_none() {
        return cannot(ui, &ui.ta("translate-bad-language", &[("lang", &lang)]));
    }
    let made = match translator::export(&case, &lang, version, copy_source, ui) {
        Ok(Some(m)) => m,
        Ok(None) => {
            println!("{}", ui.ta("translate-nothing", &[("lang", &lang)]));
            return OK;
        }
        Err(e) => return cannot(ui, &e),
    };
    for w in &made.warnings {
        eprintln!("{w}");
    }
    if let Err(e) = store::write_atomic(output, &made.bytes) {
        return cannot(ui, &e.localized(ui));
    }
    println!(
        "{}",
        ui.ta(
            "translate-exported",
            &[
                ("file", &output.display().to_string()),
                ("units", &made.units.to_string()),
                ("fields", &made.fields.to_string()),
                ("lang", &lang),
            ],
        )
    );
    OK
}

/// `rogatory translate import CASE FILE`
pub fn import(path: &Path, file: &Path, ui: &Localizer) -> i32 {
    if path == Path::new("-") {
        return cannot(ui, &ui.t("lock-not-stdin"));
    }
    let opened = match store::open_case(path, &mut store::TerminalAsk { ui }) {
        Ok(o) => o,
        Err(e) => return cannot(ui, &e.localized(ui)),
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return cannot(ui, &format!("{}: {e}", file.display())),
    };
    let mut case = opened.case;
    let taken = match translator::import(&mut case, &bytes, &file.display().to_string(), ui) {
        Ok(t) => t,
        Err(e) => return cannot(ui, &e),
    };
    if taken.changed()
        && let Err(e) = store::save_case(path, &case, opened.lock.as_ref())
    {
        return cannot(ui, &e.localized(ui));
    }
    for line in &taken.lines {
        println!("{line}");
    }
    if taken.problems() == 0 { OK } else { FINDINGS }
}
