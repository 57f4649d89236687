//! `rogatory translate export` and `import`: the case's free text out to a
//! translator as XLIFF 1.2 and the translation back into the case.

use std::path::Path;

use super::{FAILURE, FINDINGS, OK};
use crate::case::Case;
use crate::i18n::{Localized, Localizer};
use crate::store;
use crate::translate::{self, memory, xliff};

/// The names a translator must not alter: the persons of the case.
fn names(case: &Case) -> Vec<String> {
    case.persons
        .iter()
        .flat_map(|p| [p.name.clone(), p.other_names.clone()])
        .filter(|n| !n.trim().is_empty())
        .collect()
}

/// What a field is, in words, for the translator's note.
fn role(path: &str, ui: &Localizer) -> String {
    if let Some(t) = crate::case::Top::all().find(|t| t.path() == path) {
        return ui.t(&format!("wiz-field-{}", t.stem()));
    }
    // measures[0].questions, offences[1].provision_text…
    let key = path.rsplit('.').next().unwrap_or(path);
    if let Some(k) = crate::case::FieldKey::from_key(key) {
        return ui.t(&k.message_id());
    }
    path.to_string()
}

/// The memory file of this user.
fn memory_path() -> Option<std::path::PathBuf> {
    store::project_dirs().map(|d| d.data_dir().join("memory.tmx"))
}

/// Write the memory, atomically, creating its folder.
fn save_memory(m: &memory::Memory, path: &Path) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    store::write_atomic(path, &m.to_tmx()).map_err(|e| e.to_string())
}

/// The user's translation memory; one that cannot be read is reported and
/// left alone (an empty one is used, and it is not overwritten).
fn load_memory(ui: &Localizer) -> memory::Memory {
    let Some(p) = memory_path() else {
        return memory::Memory::default();
    };
    match memory::Memory::load(&p) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{}", ui.ta("translate-memory-unreadable", &[("error", &e)]));
            memory::Memory::default()
        }
    }
}

/// Add sentences to the user's memory; true if they were saved.
fn remember(pairs: &[(String, String)], source: &str, target: &str, ui: &Localizer) -> usize {
    let Some(p) = memory_path() else {
        return 0;
    };
    let mut m = match memory::Memory::load(&p) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{}", ui.ta("translate-memory-unreadable", &[("error", &e)]));
            return 0;
        }
    };
    let created = memory::now();
    let added = pairs
        .iter()
        .filter(|(s, t)| {
            m.add(memory::Entry {
                source_lang: source.to_string(),
                target_lang: target.to_string(),
                source: s.clone(),
                target: t.clone(),
                created: created.clone(),
            })
        })
        .count();
    if added > 0
        && let Err(e) = save_memory(&m, &p)
    {
        eprintln!("{}", ui.ta("translate-memory-unreadable", &[("error", &e)]));
        return 0;
    }
    added
}

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
    let stale = translate::stale(&case, &lang);
    let fields: Vec<xliff::Field> = case
        .free_texts()
        .into_iter()
        .filter(|(p, t)| {
            !t.trim().is_empty() && (case.translation(&lang, p).is_none() || stale.contains(p))
        })
        .map(|(p, text)| xliff::Field {
            role: role(&p, ui),
            // The translation of the earlier text, or one kept aside.
            previous: case
                .translation(&lang, &p)
                .or_else(|| {
                    case.translations_aside
                        .get(&lang)
                        .and_then(|a| a.get(&p))
                        .map(String::as_str)
                })
                .map(str::to_string),
            path: p,
            text,
        })
        .collect();
    if fields.is_empty() {
        println!("{}", ui.ta("translate-nothing", &[("lang", &lang)]));
        return OK;
    }
    let header = xliff::Header {
        case: case.reference.trim().to_string(),
        source_lang: case.source_language().to_string(),
        target_lang: lang.clone(),
        copy_source,
    };
    let memory = load_memory(ui);
    let source_lang = header.source_lang.clone();
    let suggest = |s: &str| memory.lookup(&source_lang, &lang, s, 3);
    let bytes = match xliff::write(&header, &fields, &names(&case), version, &suggest) {
        Ok(b) => b,
        Err(e) => return cannot(ui, &e),
    };
    if let Err(e) = store::write_atomic(output, &bytes) {
        return cannot(ui, &e.localized(ui));
    }
    let units = translate::xliff::read(&bytes)
        .map(|r| r.units.len())
        .unwrap_or(0);
    println!(
        "{}",
        ui.ta(
            "translate-exported",
            &[
                ("file", &output.display().to_string()),
                ("units", &units.to_string()),
                ("fields", &fields.len().to_string()),
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
    let read = match xliff::read(&bytes) {
        Ok(r) => r,
        Err(e) => {
            let shown = file.display().to_string();
            return cannot(
                ui,
                &ui.ta("translate-bad-file", &[("file", &shown), ("problem", &e)]),
            );
        }
    };
    let mut case = opened.case;
    let protected = names(&case);
    let report = match translate::import(&mut case, &read, &protected) {
        Ok(r) => r,
        Err(translate::ImportError::OtherCase { file: f, case: c }) => {
            return cannot(
                ui,
                &ui.ta("translate-other-case", &[("file", &f), ("case", &c)]),
            );
        }
        Err(translate::ImportError::NoLanguage) => {
            return cannot(ui, &ui.t("translate-no-language"));
        }
    };
    if !(report.applied.is_empty() && report.aside.is_empty())
        && let Err(e) = store::save_case(path, &case, opened.lock.as_ref())
    {
        return cannot(ui, &e.localized(ui));
    }
    let lang = read.target_lang.clone();
    let remembered = remember(&report.sentences, case.source_language(), &lang, ui);
    if remembered > 0 {
        println!(
            "{}",
            ui.ta(
                "translate-memory-added",
                &[("count", &remembered.to_string())]
            )
        );
    }
    let list = |v: &[String]| v.join(", ");
    let say = |id: &str, v: &[String]| {
        if !v.is_empty() {
            println!(
                "{}",
                ui.ta(
                    id,
                    &[
                        ("fields", &list(v)),
                        ("count", &v.len().to_string()),
                        ("lang", &lang)
                    ]
                )
            );
        }
    };
    say("translate-applied", &report.applied);
    say("translate-stale", &report.stale);
    say("translate-aside", &report.aside);
    say("translate-incomplete", &report.incomplete);
    say("translate-unknown", &report.unknown);
    for (unit, value) in &report.altered {
        println!(
            "{}",
            ui.ta("translate-altered", &[("unit", unit), ("value", value)])
        );
    }
    let problems =
        report.stale.len() + report.incomplete.len() + report.unknown.len() + report.altered.len();
    if problems == 0 { OK } else { FINDINGS }
}
