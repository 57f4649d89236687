//! `rogatory translate export` and `import`: the case's free text out to a
//! translator as XLIFF 1.2 and the translation back into the case.

use std::path::Path;

use super::{FAILURE, FINDINGS, OK};
use crate::case::Case;
use crate::i18n::{Localized, Localizer};
use crate::store;
use crate::translate::{self, xliff};

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

fn cannot(ui: &Localizer, message: &str) -> i32 {
    eprintln!("{}", ui.ta("cli-cannot-read", &[("error", message)]));
    FAILURE
}

/// `rogatory translate export CASE --lang LANG -o FILE`
pub fn export(path: &Path, lang: &str, output: &Path, ui: &Localizer) -> i32 {
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
    };
    let bytes = match xliff::write(&header, &fields, &names(&case)) {
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
    if !report.applied.is_empty()
        && let Err(e) = store::save_case(path, &case, opened.lock.as_ref())
    {
        return cannot(ui, &e.localized(ui));
    }
    let lang = read.target_lang.clone();
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
