//! `rogatory render`: compose the request and write it as PDF, text, DOCX
//! or ODT;
//! refuses a case with errors unless it is marked as a draft.

use crate::i18n::Localized;
use std::path::Path;

use jiff::civil::Date;

use super::report::format_finding_in;
use super::{FAILURE, FINDINGS, OK, load_checked};
use crate::check::{self, Finding, Severity};
use crate::document::{self, Options};
use crate::i18n::Localizer;
use crate::profile::Catalog;
use crate::store;

pub(super) fn cmd_render(
    path: &Path,
    output: &Path,
    lang: Option<&str>,
    (draft, format, bilingual, internal_annex): (
        bool,
        document::OutputFormat,
        document::Bilingual,
        bool,
    ),
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
) -> i32 {
    let (case, doc_lang, findings, source) =
        match load_checked(path, lang, catalog, ui, today, false) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if !errors.is_empty() && !draft {
        let file = path.display().to_string();
        let positions = crate::locate::Positions::new(&source);
        for f in &errors {
            eprintln!("{}", format_finding_in(f, ui, Some((&file, &positions))));
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
                document::add_internal_annex(&mut d, &findings, &catalog.treaties);
            }
            d
        }
        Err(e) => {
            eprintln!(
                "{}",
                ui.ta("cli-compose-failed", &[("error", &e.localized(ui))])
            );
            return FAILURE;
        }
    };
    let bytes = match format {
        document::OutputFormat::Text => document::text::to_text(&doc, 78).into_bytes(),
        document::OutputFormat::Docx | document::OutputFormat::Odt => {
            let kind = if format == document::OutputFormat::Docx {
                document::office::Format::Docx
            } else {
                document::office::Format::Odt
            };
            match document::office::write(&doc, kind) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!(
                        "{}",
                        ui.ta("cli-compose-failed", &[("error", &e.to_string())])
                    );
                    return FAILURE;
                }
            }
        }
        document::OutputFormat::Pdf => match document::pdf::render(&doc) {
            Ok(r) => {
                if !r.pdf_a && !draft {
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
                    ui.ta("cli-compose-failed", &[("error", &e.localized(ui))])
                );
                return FAILURE;
            }
        },
    };
    if output == Path::new("-") {
        // `-o -`: the document on standard output, the report on stderr.
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        if let Err(e) = out.write_all(&bytes).and_then(|()| out.flush()) {
            eprintln!(
                "{}",
                ui.ta("cli-cannot-write", &[("error", &format!("-: {e}"))])
            );
            return FAILURE;
        }
        let (_, w, _) = check::counts(&findings);
        eprintln!(
            "{}",
            ui.ta(
                "cli-rendered",
                &[
                    ("path", "-"),
                    ("lang", &opts.lang),
                    ("warnings", &w.to_string())
                ]
            )
        );
        return OK;
    }
    if let Err(e) = store::write_atomic(output, &bytes) {
        eprintln!(
            "{}",
            ui.ta("cli-cannot-write", &[("error", &e.localized(ui))])
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

/// `render A.toml B.toml … --out-dir DIR`: every case in one process (the
/// fonts and templates loaded once), each written as DIR/NAME.EXT, a
/// progress bar on a terminal, and a summary. Exits with the worst
/// outcome: 2 if a file could not be read or written, 1 if a request was
/// refused for its errors, else 0.
pub(super) fn cmd_batch(
    cases: &[std::path::PathBuf],
    dir: &Path,
    lang: Option<&str>,
    (draft, format, bilingual, internal_annex): (
        bool,
        document::OutputFormat,
        document::Bilingual,
        bool,
    ),
    catalog: &Catalog,
    ui: &Localizer,
    today: Date,
) -> i32 {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!(
            "{}",
            ui.ta(
                "cli-cannot-write",
                &[("error", &format!("{}: {e}", dir.display()))]
            )
        );
        return FAILURE;
    }
    let ext = match format {
        document::OutputFormat::Pdf => "pdf",
        document::OutputFormat::Text => "txt",
        document::OutputFormat::Docx => "docx",
        document::OutputFormat::Odt => "odt",
    };
    let bar = indicatif::ProgressBar::new(cases.len() as u64);
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
    } else {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let (mut written, mut refused, mut failed) = (0, 0, 0);
    let mut seen = std::collections::HashSet::new();
    for case in cases {
        let stem = case
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "request".into());
        // Two cases of one name in different folders must not overwrite
        // each other's output.
        let mut name = stem.clone();
        let mut n = 1;
        while !seen.insert(name.clone()) {
            n += 1;
            name = format!("{stem}-{n}");
        }
        let output = dir.join(format!("{name}.{ext}"));
        bar.set_message(case.display().to_string());
        let code = bar.suspend(|| {
            cmd_render(
                case,
                &output,
                lang,
                (draft, format, bilingual, internal_annex),
                catalog,
                ui,
                today,
            )
        });
        match code {
            OK => written += 1,
            FINDINGS => refused += 1,
            _ => failed += 1,
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    println!(
        "{}",
        ui.ta(
            "cli-batch-summary",
            &[
                ("written", &written.to_string()),
                ("refused", &refused.to_string()),
                ("failed", &failed.to_string()),
                ("dir", &dir.display().to_string()),
            ]
        )
    );
    if failed > 0 {
        FAILURE
    } else if refused > 0 {
        FINDINGS
    } else {
        OK
    }
}
