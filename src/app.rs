//! One match over the commands: wires the core (case, profiles, checks,
//! document) to files and the terminal. Returns the process exit code:
//! 0 success, 1 the case has errors (or a profile is broken), 2 the command
//! could not run (unreadable file, bad argument).

use std::io::Write;
use std::path::Path;

use jiff::civil::Date;

use crate::case::Case;
use crate::check::{self, Context, Finding, Severity};
use crate::cli::{Cli, Command, Format, ProfilesCommand};
use crate::document::{self, Options};
use crate::embedded;
use crate::i18n::Localizer;
use crate::profile::{Catalog, Origin, lint::lint};
use crate::store;

/// Exit codes, re-exported from their own module so `tui` need not import
/// `app`.
pub use crate::exit::{FAILURE, FINDINGS, OK};

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
        Some(s) => check::formats::date(s).ok_or_else(|| l.ta("cli-bad-today", &[("value", s)])),
        None => Ok(jiff::Zoned::now().date()),
    }
}

/// Run the command line; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    let ui = Localizer::new(&ui_language(cli.ui_lang.as_deref()));
    let today = match today(cli.today.as_deref(), &ui) {
        Ok(d) => d,
        Err(msg) => {
            eprintln!("{msg}");
            return FAILURE;
        }
    };
    let catalog = store::load_catalog(cli.profiles.as_deref());
    if let Some(dir) = &cli.profiles
        && !dir.is_dir()
    {
        eprintln!(
            "{}",
            ui.ta(
                "cli-profiles-dir-missing",
                &[("dir", &dir.display().to_string())]
            )
        );
        return FAILURE;
    }
    let command = match cli.command {
        Some(c) => c,
        None => return crate::tui::run(None, catalog, ui, today),
    };
    match command {
        Command::Open { case } => crate::tui::run(Some(case), catalog, ui, today),
        Command::Check { case, lang, format } => {
            cmd_check(&case, lang.as_deref(), format, &catalog, &ui, today)
        }
        Command::Render {
            case,
            output,
            lang,
            draft,
            text,
            bilingual,
            internal_annex,
        } => cmd_render(
            &case,
            &output,
            lang.as_deref(),
            (draft, text, bilingual, internal_annex),
            &catalog,
            &ui,
            today,
        ),
        Command::Profiles { command } => match command {
            ProfilesCommand::List => cmd_profiles_list(&catalog, &ui),
            ProfilesCommand::Show { code } => cmd_profiles_show(&code, &catalog, &ui),
            ProfilesCommand::Check { dir } => {
                cmd_profiles_check(dir.as_deref(), catalog, &ui, today)
            }
        },
        Command::New { case, to } => cmd_new(&case, to.as_deref(), &ui),
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
            ui.ta("cli-profile-skipped", &[("problem", &p.to_string())])
        );
    }
}

fn load(path: &Path, ui: &Localizer) -> Result<Case, i32> {
    store::load_case(path).map_err(|e| {
        eprintln!("{}", ui.ta("cli-cannot-read", &[("error", &e.to_string())]));
        FAILURE
    })
}

/// One finding as lines of text.
pub fn format_finding(f: &Finding, ui: &Localizer) -> String {
    format_finding_in(f, ui, None)
}

/// One finding as lines of text, starting with `file:line:column:` when the
/// file and its text are given and the finding's field is in it.
pub fn format_finding_in(f: &Finding, ui: &Localizer, at: Option<(&str, &str)>) -> String {
    let sev = ui.t(f.severity.message_id());
    let place = match at {
        Some((file, text)) => match crate::error::position(text, &f.path) {
            Some((line, column)) => format!("{file}:{line}:{column}: "),
            None => format!("{file}: "),
        },
        None => String::new(),
    };
    let mut s = format!("{place}{sev:<8} {}: {}", f.path, f.message(ui));
    if let Some(rule) = &f.rule {
        s.push_str(&format!(" [{rule}]"));
    }
    for n in &f.notes {
        s.push_str(&format!("\n         - {}", n.message(ui)));
    }
    if let Some(h) = f.hint(ui) {
        s.push_str(&format!(
            "\n         {}",
            ui.ta("cli-hint", &[("hint", &h)])
        ));
    }
    s
}

/// The summary line: counts by severity.
pub fn summary(findings: &[Finding], ui: &Localizer) -> String {
    let (e, w, i) = check::counts(findings);
    ui.ta(
        "cli-summary",
        &[
            ("errors", &e.to_string()),
            ("warnings", &w.to_string()),
            ("notes", &i.to_string()),
        ],
    )
}

/// Read a case, say which profiles were skipped, and check it for the
/// document language that will be used.
fn load_checked(
    path: &Path,
    lang: Option<&str>,
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
) -> Result<(Case, String, Vec<Finding>), i32> {
    let case = load(path, ui)?;
    print_problems(catalog, ui);
    let doc_lang = document::choose_language(&case, catalog, lang);
    let ctx = Context {
        today,
        document_language: Some(doc_lang.clone()),
    };
    let findings = check::check(&case, catalog, &ctx);
    Ok((case, doc_lang, findings))
}

fn cmd_check(
    path: &Path,
    lang: Option<&str>,
    format: Format,
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
) -> i32 {
    let (_, _, findings) = match load_checked(path, lang, catalog, ui, today) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let file = path.display().to_string();
    match format {
        Format::Text => {
            for f in &findings {
                println!("{}", format_finding_in(f, ui, Some((&file, &text))));
            }
            println!("{}", summary(&findings, ui));
        }
        Format::Json => {
            let items: Vec<serde_json::Value> = findings
                .iter()
                .map(|f| {
                    let (line, column) = crate::error::position(&text, &f.path).unzip();
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
                        "rule": f.rule,
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

fn cmd_render(
    path: &Path,
    output: &Path,
    lang: Option<&str>,
    (draft, text, bilingual, internal_annex): (bool, bool, document::Bilingual, bool),
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
) -> i32 {
    let (case, doc_lang, findings) = match load_checked(path, lang, catalog, ui, today) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if !errors.is_empty() && !draft {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let file = path.display().to_string();
        for f in &errors {
            eprintln!("{}", format_finding_in(f, ui, Some((&file, &text))));
        }
        eprintln!(
            "{}",
            ui.ta(
                "cli-render-refused",
                &[("count", &errors.len().to_string())]
            )
        );
        return FINDINGS;
    }
    let opts = Options {
        draft,
        bilingual,
        ..Options::new(&doc_lang, today)
    };
    let doc = match document::compose(&case, catalog, &opts) {
        Ok(mut d) => {
            if internal_annex {
                document::add_internal_annex(&mut d, &findings);
            }
            d
        }
        Err(e) => {
            eprintln!(
                "{}",
                ui.ta("cli-compose-failed", &[("error", &e.to_string())])
            );
            return FAILURE;
        }
    };
    let bytes = if text {
        document::text::to_text(&doc, 78).into_bytes()
    } else {
        match document::pdf::render(&doc) {
            Ok(r) => {
                if !r.pdf_a {
                    eprintln!("{}", ui.t("cli-not-pdf-a"));
                }
                for w in &r.warnings {
                    eprintln!("{}", ui.ta("cli-layout-warning", &[("warning", w)]));
                }
                r.pdf
            }
            Err(e) => {
                eprintln!(
                    "{}",
                    ui.ta("cli-compose-failed", &[("error", &e.to_string())])
                );
                return FAILURE;
            }
        }
    };
    if let Err(e) = store::write_atomic(output, &bytes) {
        eprintln!(
            "{}",
            ui.ta("cli-cannot-write", &[("error", &e.to_string())])
        );
        return FAILURE;
    }
    let (_, w, _) = check::counts(&findings);
    println!(
        "{}",
        ui.ta(
            "cli-rendered",
            &[
                ("path", &output.display().to_string()),
                ("lang", &opts.lang),
                ("warnings", &w.to_string()),
            ]
        )
    );
    OK
}

fn origin_label(o: Origin, ui: &Localizer) -> String {
    ui.t(match o {
        Origin::Builtin => "origin-builtin",
        Origin::System => "origin-system",
        Origin::User => "origin-user",
        Origin::Option => "origin-option",
    })
}

fn cmd_profiles_list(catalog: &Catalog, ui: &Localizer) -> i32 {
    for l in catalog.iter() {
        let p = &l.profile;
        println!(
            "{}  {:<28} {:<10} {}  {}",
            p.code,
            p.name,
            p.languages.join(","),
            ui.ta("cli-verified", &[("date", &p.verified)]),
            origin_label(l.origin, ui)
        );
    }
    print_problems(catalog, ui);
    OK
}

fn cmd_profiles_show(code: &str, catalog: &Catalog, ui: &Localizer) -> i32 {
    let Some(loaded) = catalog.loaded(code) else {
        eprintln!(
            "{}",
            ui.ta("cli-no-profile", &[("code", &code.to_uppercase())])
        );
        return FAILURE;
    };
    let p = &loaded.profile;
    let mut out = String::new();
    let mut line = |label: &str, value: &str| {
        if !value.trim().is_empty() {
            out.push_str(&format!(
                "{:<24} {}\n",
                ui.t(label),
                value.replace('\n', "\n                         ")
            ));
        }
    };
    line("show-state", &format!("{} ({})", p.name, p.code));
    line(
        "show-file",
        &format!("{} [{}]", loaded.file, origin_label(loaded.origin, ui)),
    );
    line("show-verified", &p.verified);
    line("show-languages", &p.languages.join(", "));
    line("show-languages-note", &p.languages_note);
    let channels: Vec<String> = p.channels.iter().map(|c| ui.t(c.message_id())).collect();
    line("show-channels", &channels.join(", "));
    line("show-channels-note", &p.channels_note);
    let ca = &p.central_authority;
    line("show-central-authority", &ca.name);
    line("show-address", &ca.address);
    line("show-email", &ca.email);
    line("show-phone", &ca.phone);
    line("show-website", &ca.website);
    line("show-note", &ca.note);
    for c in &p.competent_authorities {
        line("show-competent", &format!("{} — {}", c.name, c.role));
    }
    for b in &p.legal_bases {
        let partners = if b.partners.is_empty() {
            String::new()
        } else {
            format!(" [{}]", b.partners.join(", "))
        };
        line(
            "show-legal-basis",
            &format!("{}: {}{partners}", b.id, b.title),
        );
    }
    let dc = &p.dual_criminality;
    if let Some(policy) = dc.policy {
        let id = match policy {
            crate::profile::DualCriminalityPolicy::NotRequired => "dc-not-required",
            crate::profile::DualCriminalityPolicy::CoerciveOnly => "dc-coercive-only",
            crate::profile::DualCriminalityPolicy::Always => "dc-always",
        };
        line("show-dual-criminality", &ui.t(id));
    }
    line("show-note", &dc.note);
    for (kind, rule) in &p.measures {
        let mut v = ui.t(&kind.message_id());
        if rule.available == Some(false) {
            v.push_str(&format!(" — {}", ui.t("show-unavailable")));
        }
        for r in &rule.requirements {
            v.push_str(&format!("\n  • {r}"));
        }
        if !rule.note.is_empty() {
            v.push_str(&format!("\n  {}", rule.note));
        }
        line("show-measure", &v);
    }
    let f = &p.formalities;
    for (flag, id) in [
        (f.signature, "show-signature"),
        (f.seal, "show-seal"),
        (f.legalisation, "show-legalisation"),
        (f.apostille, "show-apostille"),
        (f.certified_translation, "show-certified-translation"),
    ] {
        if let Some(b) = flag {
            line(id, &ui.t(if b { "value-yes" } else { "value-no" }));
        }
    }
    line("show-note", &f.note);
    for o in &p.offences {
        let mut v = format!("{} — {}", o.provision, o.name);
        if !o.iccs.is_empty() {
            v.push_str(&format!(" [ICCS {}]", o.iccs.join(", ")));
        }
        if let Some(m) = o.max_penalty_months {
            v.push_str(&format!(
                " — {}",
                ui.ta("show-months", &[("months", &m.to_string())])
            ));
        }
        if o.life_imprisonment {
            v.push_str(&format!(" — {}", ui.t("show-life")));
        }
        line("show-offence", &v);
    }
    for c in &p.measure_catalogues {
        line(
            "show-catalogue",
            &format!(
                "{}: {}",
                ui.t(&c.measure.message_id()),
                c.provisions.join("; ")
            ),
        );
    }
    line("show-notes", &p.notes);
    for s in &p.sources {
        line(
            "show-source",
            &format!("{} <{}> ({})", s.title, s.url, s.checked),
        );
    }
    print!("{out}");
    OK
}

fn cmd_profiles_check(dir: Option<&Path>, catalog: Catalog, ui: &Localizer, today: Date) -> i32 {
    let catalog = match dir {
        Some(d) => {
            if !d.is_dir() {
                eprintln!(
                    "{}",
                    ui.ta(
                        "cli-profiles-dir-missing",
                        &[("dir", &d.display().to_string())]
                    )
                );
                return FAILURE;
            }
            let mut c = Catalog::default();
            store::add_profile_dir(&mut c, Origin::Option, d);
            c
        }
        None => catalog,
    };
    let mut errors = catalog.problems.len();
    for p in &catalog.problems {
        println!(
            "{}",
            ui.ta("cli-profile-broken", &[("problem", &p.to_string())])
        );
    }
    for l in catalog.iter() {
        let findings = lint(&l.profile, today);
        errors += findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        if findings.is_empty() {
            println!("{}", ui.ta("cli-profile-ok", &[("file", &l.file)]));
        }
        for f in &findings {
            println!("{}", format_finding_in(f, ui, Some((&l.file, &l.text))));
        }
    }
    println!(
        "{}",
        ui.ta(
            "cli-profiles-checked",
            &[
                (
                    "count",
                    &(catalog.len() + catalog.problems.len()).to_string()
                ),
                ("errors", &errors.to_string())
            ]
        )
    );
    if errors > 0 { FINDINGS } else { OK }
}

fn cmd_new(path: &Path, to: Option<&str>, ui: &Localizer) -> i32 {
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
                ui.ta("cli-cannot-write", &[("error", &e.to_string())])
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
