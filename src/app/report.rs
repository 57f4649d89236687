//! Findings as the command line prints them: one finding as lines of text
//! (with `file:line:column:` when the file is known) and the summary line.
//! Only formatting: nothing here prints, reads files or decides exit codes.

use crate::check::{self, Finding};
use crate::i18n::Localizer;

/// One finding as lines of text.
pub fn format_finding(f: &Finding, ui: &Localizer) -> String {
    format_finding_in(f, ui, None)
}

/// One finding as lines of text, starting with `file:line:column:` when the
/// file and its parsed text are given and the finding's field is in it.
pub fn format_finding_in(
    f: &Finding,
    ui: &Localizer,
    at: Option<(&str, &crate::locate::Positions<'_>)>,
) -> String {
    let sev = ui.t(f.severity.message_id());
    let place = match at {
        Some((file, positions)) => match positions.of(&f.path) {
            Some((line, column)) => format!("{file}:{line}:{column}: "),
            None => format!("{file}: "),
        },
        None => String::new(),
    };
    let mut s = format!("{place}{sev:<8} {}: {}", f.path, f.message(ui));
    if let Some(rule) = f.cite(ui) {
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
