//! The translators' workflow on a case in memory, shared by the command
//! line (`rogatory translate`) and the wizard's translation step: what to
//! export, the file to write, a translated file taken back, and the user's
//! translation memory in the data folder. The formats themselves are
//! `translate`'s.

use std::path::{Path, PathBuf};

use crate::case::Case;
use crate::i18n::Localizer;
use crate::store;
use crate::translate::{self, Imported, memory, xliff};

/// The names a translator must not alter: the persons of the case.
pub fn names(case: &Case) -> Vec<String> {
    case.persons
        .iter()
        .flat_map(|p| [p.name.clone(), p.other_names.clone()])
        .filter(|n| !n.trim().is_empty())
        .collect()
}

/// What a field is, in words, for the translator's note and the wizard.
pub fn role(path: &str, ui: &Localizer) -> String {
    if let Some(t) = crate::case::Top::all().find(|t| t.path() == path) {
        return ui.t(&format!("wiz-field-{}", t.stem()));
    }
    // measures[0].questions, offences[1].provision_text…: the field's
    // name, and which item of which list.
    use crate::case::{AnnexField, EarlierField, OffenceField, PersonField};
    let Some((item, key)) = path.split_once('.') else {
        return path.to_string();
    };
    let Some((list, n)) = item.strip_suffix(']').and_then(|i| i.split_once('[')) else {
        return path.to_string();
    };
    let n = n.parse::<usize>().map_or(0, |n| n + 1);
    let stem = match list {
        "offences" => OffenceField::ALL
            .iter()
            .find(|f| f.path() == key)
            .map(|f| f.stem()),
        "persons" => PersonField::ALL
            .iter()
            .find(|f| f.path() == key)
            .map(|f| f.stem()),
        "annexes" => AnnexField::ALL
            .iter()
            .find(|f| f.path() == key)
            .map(|f| f.stem()),
        "earlier_requests" => EarlierField::ALL
            .iter()
            .find(|f| f.path() == key)
            .map(|f| f.stem()),
        _ => None,
    };
    let name = match (stem, crate::case::FieldKey::from_key(key)) {
        (Some(stem), _) => ui.t(&format!("wiz-field-{stem}")),
        (None, Some(k)) if list == "measures" => ui.t(&k.message_id()),
        _ => return path.to_string(),
    };
    let list_id = match list {
        "offences" => "wiz-list-offences",
        "persons" => "wiz-list-persons",
        "measures" => "wiz-list-measures",
        "annexes" => "wiz-list-annexes",
        _ => "wiz-list-earlier",
    };
    ui.ta(
        "translate-role-item",
        &[
            ("field", &name),
            ("list", &ui.t(list_id)),
            ("n", &n.to_string()),
        ],
    )
}

/// The memory file of this user.
pub fn memory_path() -> Option<PathBuf> {
    store::project_dirs().map(|d| d.data_dir().join("memory.tmx"))
}

/// Write the memory, atomically, creating its folder.
pub fn save_memory(m: &memory::Memory, path: &Path) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    store::write_atomic(path, &m.to_tmx()).map_err(|e| e.to_string())
}

/// The user's translation memory: empty when there is none; an error
/// (the file is left alone) when it cannot be read.
pub fn load_memory() -> Result<memory::Memory, String> {
    match memory_path() {
        Some(p) => memory::Memory::load(&p),
        None => Ok(memory::Memory::default()),
    }
}

/// Add translated sentences to the user's memory: how many were new.
pub fn remember(pairs: &[(String, String)], source: &str, target: &str) -> Result<usize, String> {
    let Some(p) = memory_path() else {
        return Ok(0);
    };
    let mut m = memory::Memory::load(&p)?;
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
    if added > 0 {
        save_memory(&m, &p)?;
    }
    Ok(added)
}

/// An export made: the file's bytes, with what it holds.
pub struct Export {
    pub bytes: Vec<u8>,
    pub units: usize,
    pub fields: usize,
    /// Said to the user on the way (a memory that cannot be read).
    pub warnings: Vec<String>,
}

/// The XLIFF file of every free-text field with no current translation
/// into `lang` (none: `Ok(None)`), with the memory's matches.
pub fn export(
    case: &Case,
    lang: &str,
    version: xliff::Version,
    copy_source: bool,
    ui: &Localizer,
) -> Result<Option<Export>, String> {
    let stale = translate::stale(case, lang);
    let fields: Vec<xliff::Field> = case
        .free_texts()
        .into_iter()
        .filter(|(p, t)| {
            !t.trim().is_empty() && (case.translation(lang, p).is_none() || stale.contains(p))
        })
        .map(|(p, text)| xliff::Field {
            role: role(&p, ui),
            // The translation of the earlier text, or one kept aside.
            previous: case
                .translation(lang, &p)
                .or_else(|| {
                    case.translations_aside
                        .get(lang)
                        .and_then(|a| a.get(&p))
                        .map(String::as_str)
                })
                .map(str::to_string),
            path: p,
            text,
        })
        .collect();
    if fields.is_empty() {
        return Ok(None);
    }
    let header = xliff::Header {
        case: case.reference.trim().to_string(),
        source_lang: case.source_language().to_string(),
        target_lang: lang.to_string(),
        copy_source,
    };
    let mut warnings = Vec::new();
    let memory = load_memory().unwrap_or_else(|e| {
        warnings.push(ui.ta("translate-memory-unreadable", &[("error", &e)]));
        memory::Memory::default()
    });
    let source_lang = header.source_lang.clone();
    let suggest = |s: &str| memory.lookup(&source_lang, lang, s, 3);
    let bytes = xliff::write(&header, &fields, &names(case), version, &suggest)?;
    let units = xliff::read(&bytes).map(|r| r.units.len()).unwrap_or(0);
    Ok(Some(Export {
        bytes,
        units,
        fields: fields.len(),
        warnings,
    }))
}

/// A translated file taken into the case.
pub struct Taken {
    pub report: Imported,
    pub lang: String,
    /// What to tell the user, one line each, in order.
    pub lines: Vec<String>,
}

impl Taken {
    /// Whether the case changed (a translation taken or one kept aside).
    pub fn changed(&self) -> bool {
        !(self.report.applied.is_empty() && self.report.aside.is_empty())
    }

    /// Whether some unit was not taken.
    pub fn problems(&self) -> usize {
        let r = &self.report;
        r.stale.len() + r.incomplete.len() + r.unknown.len() + r.altered.len()
    }
}

/// Take a translated XLIFF file (its bytes; `file` names it in messages)
/// into `case`; the sentences taken go into the memory. An error is a
/// file that cannot be used at all: then the case is unchanged.
pub fn import(case: &mut Case, bytes: &[u8], file: &str, ui: &Localizer) -> Result<Taken, String> {
    let read = xliff::read(bytes)
        .map_err(|e| ui.ta("translate-bad-file", &[("file", file), ("problem", &e)]))?;
    let protected = names(case);
    let report = match translate::import(case, &read, &protected) {
        Ok(r) => r,
        Err(translate::ImportError::OtherCase { file: f, case: c }) => {
            return Err(ui.ta("translate-other-case", &[("file", &f), ("case", &c)]));
        }
        Err(translate::ImportError::NoLanguage) => return Err(ui.t("translate-no-language")),
    };
    let lang = read.target_lang.clone();
    let mut lines = Vec::new();
    match remember(&report.sentences, case.source_language(), &lang) {
        Ok(0) => {}
        Ok(n) => lines.push(ui.ta("translate-memory-added", &[("count", &n.to_string())])),
        Err(e) => lines.push(ui.ta("translate-memory-unreadable", &[("error", &e)])),
    }
    let list = |v: &[String]| v.join(", ");
    for (id, v) in [
        ("translate-applied", &report.applied),
        ("translate-stale", &report.stale),
        ("translate-aside", &report.aside),
        ("translate-incomplete", &report.incomplete),
        ("translate-unknown", &report.unknown),
    ] {
        if !v.is_empty() {
            lines.push(ui.ta(
                id,
                &[
                    ("fields", &list(v)),
                    ("count", &v.len().to_string()),
                    ("lang", &lang),
                ],
            ));
        }
    }
    for (unit, value) in &report.altered {
        lines.push(ui.ta("translate-altered", &[("unit", unit), ("value", value)]));
    }
    Ok(Taken {
        report,
        lang,
        lines,
    })
}
