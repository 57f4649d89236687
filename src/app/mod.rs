//! One match over the commands: wires the core (case, profiles, checks,
//! document) to files and the terminal. Returns the process exit code:
//! 0 success, 1 the case has errors (or a profile is broken), 2 the command
//! could not run (unreadable file, bad argument).
//!
//! Each command lives in its own file (`check`, `render`, `profiles`,
//! `new`); `report` turns findings into the lines the command line prints.
//! This module must not hold command logic beyond the dispatch and the
//! helpers the commands share.

mod check;
mod lock;
mod new;
mod profiles;
mod publish;
mod register;
mod render;
mod report;
mod states;
mod translate;

use crate::i18n::Localized;
use std::path::Path;

use jiff::civil::Date;

use crate::case::Case;
use crate::check::{Context, Finding};
use crate::cli::{Cli, Command, KeyCommand, MemoryCommand, ProfilesCommand, TranslateCommand};
use crate::document;
use crate::i18n::Localizer;
use crate::profile::Catalog;
use crate::store;

/// Exit codes, re-exported from their own module so `tui` need not import
/// `app`.
pub use crate::exit::{FAILURE, FINDINGS, OK};
pub use publish::{diff as profile_diff, profile_schema, skeleton as profile_skeleton};
pub use report::{format_finding, format_finding_in, summary};

/// The interface language: `--ui-lang`, else the system locale, else English.
pub fn ui_language(asked: Option<&str>) -> String {
    if let Some(a) = asked {
        return a.to_string();
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            let code: String = v.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            if code.len() == 2 {
                return code.to_lowercase();
            }
        }
    }
    crate::i18n::FALLBACK.to_string()
}

/// Today's date, or the one given with `--today`.
pub fn today(asked: Option<&str>, l: &Localizer) -> Result<Date, String> {
    match asked {
        Some(s) => {
            crate::check::formats::date(s).ok_or_else(|| l.ta("cli-bad-today", &[("value", s)]))
        }
        None => Ok(jiff::Zoned::now().date()),
    }
}

/// Run the command line; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    if let Some(asked) = cli.ui_lang.as_deref()
        && !crate::i18n::languages().iter().any(|l| l == asked)
    {
        // Refused rather than quietly shown in English.
        let ui = Localizer::new(&ui_language(None));
        eprintln!(
            "{}",
            ui.ta(
                "cli-bad-ui-lang",
                &[
                    ("value", asked),
                    ("langs", &crate::i18n::languages().join(", "))
                ]
            )
        );
        return FAILURE;
    }
    let ui = Localizer::new(&ui_language(cli.ui_lang.as_deref()));
    let today = match today(cli.today.as_deref(), &ui) {
        Ok(d) => d,
        Err(msg) => {
            eprintln!("{}", ui.ta("cli-cannot-read", &[("error", &msg)]));
            return FAILURE;
        }
    };
    let catalog = store::load_catalog(cli.profiles.as_deref());
    let terms = catalog.treaties.terms(ui.lang());
    let ui = ui.with_terms(terms);
    if let Some(dir) = &cli.profiles
        && !dir.is_dir()
    {
        eprintln!(
            "{}",
            ui.ta(
                "cli-cannot-read",
                &[(
                    "error",
                    &ui.ta(
                        "cli-profiles-dir-missing",
                        &[("dir", &dir.display().to_string())]
                    )
                )]
            )
        );
        return FAILURE;
    }
    let command = match cli.command {
        Some(c) => c,
        None => return crate::tui::run(cli.case, catalog, ui, today),
    };
    match command {
        Command::Open { case } => crate::tui::run(Some(case), catalog, ui, today),
        Command::Check {
            case,
            all_states: true,
            format,
            ..
        } => states::cmd(
            &case,
            format == crate::cli::Format::Json,
            &catalog,
            &ui,
            today,
        ),
        Command::Check {
            case, lang, format, ..
        } => check::cmd_check(&case, lang.as_deref(), format, &catalog, &ui, today),
        Command::Render {
            case,
            output,
            out_dir,
            lang,
            draft,
            text,
            format,
            bilingual,
            internal_annex,
        } => {
            let asked = format.or(text.then_some(document::OutputFormat::Text));
            match (output, out_dir) {
                (Some(output), None) if case.len() == 1 => render::cmd_render(
                    &case[0],
                    &output,
                    lang.as_deref(),
                    (
                        draft,
                        document::OutputFormat::choose(asked, &output),
                        bilingual,
                        internal_annex,
                    ),
                    &catalog,
                    &ui,
                    today,
                ),
                (_, Some(dir)) => render::cmd_batch(
                    &case,
                    &dir,
                    lang.as_deref(),
                    (
                        draft,
                        asked.unwrap_or(document::OutputFormat::Pdf),
                        bilingual,
                        internal_annex,
                    ),
                    &catalog,
                    &ui,
                    today,
                ),
                _ => {
                    eprintln!(
                        "{}",
                        ui.ta(
                            "cli-cannot-read",
                            &[("error", &ui.t("cli-batch-needs-dir"))]
                        )
                    );
                    FAILURE
                }
            }
        }
        Command::Profiles { command } => match command {
            ProfilesCommand::List => profiles::cmd_profiles_list(&catalog, &ui),
            ProfilesCommand::Show { code } => profiles::cmd_profiles_show(&code, &catalog, &ui),
            ProfilesCommand::Check { dir } => {
                profiles::cmd_profiles_check(dir.as_deref(), catalog, &ui, today)
            }
            ProfilesCommand::Schema => publish::cmd_schema(),
            ProfilesCommand::New { code, out } => {
                publish::cmd_new(&code, out.as_deref(), &ui, today)
            }
            ProfilesCommand::Diff { a, b } => publish::cmd_diff(&a, &b, &ui),
            ProfilesCommand::Keygen {
                dir,
                name,
                no_password,
            } => publish::cmd_keygen(&dir, &name, no_password, &ui),
            ProfilesCommand::Bundle {
                dir,
                key,
                bundle_version,
                publisher,
                changes,
                out,
            } => publish::cmd_bundle(
                &dir,
                &key,
                bundle_version,
                &publisher,
                &changes,
                &out,
                &ui,
                today,
            ),
            ProfilesCommand::Trust { key } => publish::cmd_trust(&key, &ui),
            ProfilesCommand::Install {
                bundle,
                trusted,
                into,
            } => publish::cmd_install(&bundle, trusted.as_deref(), into.as_deref(), &ui),
        },
        Command::New { case, to } => new::cmd_new(&case, to.as_deref(), &catalog, &ui),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            let mut out = std::io::stdout();
            match shell {
                crate::cli::Shell::Bash => clap_complete::generate(
                    clap_complete::Shell::Bash,
                    &mut cmd,
                    "rogatory",
                    &mut out,
                ),
                crate::cli::Shell::Zsh => clap_complete::generate(
                    clap_complete::Shell::Zsh,
                    &mut cmd,
                    "rogatory",
                    &mut out,
                ),
                crate::cli::Shell::Fish => clap_complete::generate(
                    clap_complete::Shell::Fish,
                    &mut cmd,
                    "rogatory",
                    &mut out,
                ),
            }
            OK
        }
        Command::Man => {
            use clap::CommandFactory;
            let man = clap_mangen::Man::new(Cli::command());
            match man.render(&mut std::io::stdout()) {
                Ok(()) => OK,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => OK,
                Err(e) => {
                    eprintln!("error: {e}");
                    FAILURE
                }
            }
        }
        Command::Encrypt { case, to } => lock::encrypt(&case, &to, &ui),
        Command::Decrypt { case } => lock::decrypt(&case, &ui),
        Command::Translate { command } => match command {
            TranslateCommand::Export {
                case,
                lang,
                output,
                xliff,
                copy_source,
            } => translate::export(&case, &lang, &output, xliff, copy_source, &ui),
            TranslateCommand::Import { case, file } => translate::import(&case, &file, &ui),
            TranslateCommand::Memory { command } => match command {
                MemoryCommand::Export { output } => translate::memory_export(&output, &ui),
                MemoryCommand::Import { file } => translate::memory_import(&file, &ui),
            },
        },
        Command::Key { command } => match command {
            KeyCommand::New => lock::key_new(&ui, &today.to_string()),
            KeyCommand::Show => lock::key_show(&ui),
        },
        Command::Register { command } => register::cmd(command, &ui, today),
        Command::Languages => {
            for lang in crate::i18n::languages() {
                let l = Localizer::new(&lang);
                println!("{lang}\t{}", l.t("language-self-name"));
            }
            OK
        }
    }
}

fn print_problems(catalog: &Catalog, ui: &Localizer) {
    for p in &catalog.problems {
        eprintln!(
            "{}",
            ui.ta("cli-profile-skipped", &[("problem", &p.localized(ui))])
        );
    }
}

fn load(path: &Path, ui: &Localizer, json: bool) -> Result<(Case, String), i32> {
    let opened = store::open_case(path, &mut store::TerminalAsk { ui });
    opened.map(|o| (o.case, o.text)).map_err(|e| {
        if json {
            // A script reads every outcome the same way: as JSON.
            println!("{}", error_json(path, &e, ui));
        } else {
            eprintln!(
                "{}",
                ui.ta("cli-cannot-read", &[("error", &e.localized(ui))])
            );
        }
        FAILURE
    })
}

/// A file that could not be read, as the JSON `check --format json` prints:
/// file, line, column (null where unknown), field and message.
fn error_json(path: &Path, e: &store::StoreError, ui: &Localizer) -> String {
    use store::StoreError as S;
    let file = path.display().to_string();
    let (line, column, field, message) = match e {
        S::NotUtf8 { line, column, .. } => (
            Some(*line),
            Some(*column),
            None,
            ui.ta("store-not-utf8-here", &[]),
        ),
        S::Case(crate::case::CaseError::Syntax(at)) => {
            let message = crate::i18n::located_message(at, ui);
            (
                (at.line > 0).then_some(at.line),
                (at.line > 0).then_some(at.column),
                (!at.field.is_empty()).then(|| at.field.clone()),
                message,
            )
        }
        S::Io { source, .. } => (None, None, None, source.to_string()),
        other => (None, None, None, other.localized(ui)),
    };
    let v = serde_json::json!({
        "error": true,
        "file": file,
        "line": line,
        "column": column,
        "field": field,
        "message": message,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// Read a case, say which profiles were skipped, and check it for the
/// document language that will be used.
fn load_checked(
    path: &Path,
    lang: Option<&str>,
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
    json: bool,
) -> Result<(Case, String, Vec<Finding>, String), i32> {
    let (case, text) = load(path, ui, json)?;
    print_problems(catalog, ui);
    let doc_lang = document::choose_language(&case, catalog, lang);
    let have = crate::i18n::languages();
    if !have.contains(&doc_lang) {
        eprintln!(
            "{}",
            ui.ta(
                "cli-cannot-read",
                &[(
                    "error",
                    &ui.ta(
                        "cli-lang-unsupported",
                        &[("lang", &doc_lang), ("list", &have.join(", "))]
                    )
                )]
            )
        );
        return Err(FAILURE);
    }
    let ctx = Context {
        today,
        document_language: Some(doc_lang.clone()),
    };
    let findings = crate::check::check(&case, catalog, &ctx);
    Ok((case, doc_lang, findings, text))
}
