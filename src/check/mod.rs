//! Checks: what is missing, malformed, inconsistent, or demanded by the
//! requested state's profile. Findings are data (severity, field path,
//! fluent message id with arguments, the rule's source), so the command line,
//! the wizard and the PDF annex say the same thing in any language.
//!
//! Pure: no terminal, no files. The date of "today" comes in the
//! [`Context`] so tests are repeatable.

pub mod dual;
pub mod formats;
mod rules;

use jiff::civil::Date;
use serde::Serialize;

use crate::case::Case;
use crate::i18n::Localizer;
use crate::profile::Catalog;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The request would be refused or cannot be executed: the final PDF is
    /// not produced while any remain.
    Error,
    /// A risk of delay or refusal; the user should look.
    Warning,
    /// Something the requested state asks for that the user must do outside
    /// the tool (an apostille, a certified translation).
    Info,
}

impl Severity {
    pub fn message_id(self) -> &'static str {
        match self {
            Severity::Error => "severity-error",
            Severity::Warning => "severity-warning",
            Severity::Info => "severity-info",
        }
    }
}

/// Marks an argument value as a message id to translate.
const TERM: &str = "\u{1}term:";
/// Separates several message ids in one term argument.
pub(crate) const TERM_SEP: char = '\u{2}';
/// Marks an argument value as a language code to name.
const LANGUAGE: &str = "\u{1}lang:";
/// Marks an argument that is a list of ICCS codes, shown with their names.
const ICCS: &str = "\u{1}iccs:";

/// One thing the checks found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// Dotted path of the field, as in the case file (`offences[0].provision`).
    pub path: String,
    /// Fluent message id; its `.hint` attribute, if any, is the hint.
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// The rule's source, e.g. `UNTOC art. 18(15)(c)`.
    pub rule: Option<String>,
    /// Reasons and suggestions that explain the finding, one sentence each.
    pub notes: Vec<Note>,
}

/// A sentence that explains a finding: a fluent id with arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Note {
    pub fn new(id: &'static str) -> Note {
        Note {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Note {
        self.args.push((name, value.into()));
        self
    }

    /// An argument that is a message id, shown in the reader's language.
    pub fn term(self, name: &'static str, id: impl Into<String>) -> Note {
        let id = id.into();
        self.arg(name, format!("{TERM}{id}"))
    }

    /// An argument that is a list of message ids, shown as a list of names.
    pub fn terms(self, name: &'static str, ids: &[String]) -> Note {
        let joined = ids.join(&TERM_SEP.to_string());
        self.arg(name, format!("{TERM}{joined}"))
    }

    /// An argument that is a list of ICCS codes, shown with their names in
    /// the reader's language.
    pub fn iccs(self, name: &'static str, codes: &[String]) -> Note {
        let joined = codes.join(&TERM_SEP.to_string());
        self.arg(name, format!("{ICCS}{joined}"))
    }

    /// The sentence in the localizer's language.
    pub fn message(&self, l: &Localizer) -> String {
        let args = resolve(&self.args, l);
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        l.ta(self.id, &refs)
    }
}

/// Resolve marked arguments (terms, language codes) in the reader's language.
fn resolve(args: &[(&'static str, String)], l: &Localizer) -> Vec<(&'static str, String)> {
    args.iter()
        .map(|(k, v)| {
            if let Some(ids) = v.strip_prefix(TERM) {
                let names: Vec<String> = ids.split(TERM_SEP).map(|id| l.t(id)).collect();
                (*k, names.join(", "))
            } else if let Some(codes) = v.strip_prefix(ICCS) {
                let names: Vec<String> = codes
                    .split(TERM_SEP)
                    .map(|c| crate::taxonomy::describe(c, l.lang()))
                    .collect();
                (*k, names.join("; "))
            } else if let Some(code) = v.strip_prefix(LANGUAGE) {
                let name = crate::codes::language_name_in_text(l.lang(), code);
                (*k, name.unwrap_or_else(|| code.to_string()))
            } else {
                (*k, v.clone())
            }
        })
        .collect()
}

impl Finding {
    pub fn new(severity: Severity, path: impl Into<String>, id: &'static str) -> Finding {
        Finding {
            severity,
            path: path.into(),
            id,
            args: Vec::new(),
            rule: None,
            notes: Vec::new(),
        }
    }

    /// Add an explaining sentence.
    pub fn note(mut self, note: Note) -> Finding {
        self.notes.push(note);
        self
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Finding {
        self.args.push((name, value.into()));
        self
    }

    pub fn rule(mut self, rule: impl Into<String>) -> Finding {
        self.rule = Some(rule.into());
        self
    }

    /// An argument that is itself a message id (a measure's or a field's
    /// name), shown in the reader's language.
    pub fn term(self, name: &'static str, id: impl Into<String>) -> Finding {
        let id = id.into();
        self.arg(name, format!("{TERM}{id}"))
    }

    /// An argument that is a language code, shown as the language's name
    /// in the reader's language.
    pub fn language(self, name: &'static str, code: impl Into<String>) -> Finding {
        let code = code.into();
        self.arg(name, format!("{LANGUAGE}{code}"))
    }

    /// The arguments with terms and language codes in the reader's language.
    pub fn resolved_args(&self, l: &Localizer) -> Vec<(&'static str, String)> {
        resolve(&self.args, l)
    }

    fn fluent_args(&self, l: &Localizer) -> Vec<(&'static str, String)> {
        self.resolved_args(l)
    }

    /// The message in the localizer's language.
    pub fn message(&self, l: &Localizer) -> String {
        let args = self.fluent_args(l);
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        l.ta(self.id, &refs)
    }

    /// Whether this is a dual criminality result (shown in its own panel).
    pub fn is_dual_result(&self) -> bool {
        self.id.starts_with("dual-")
    }

    /// The hint, if the message has one.
    pub fn hint(&self, l: &Localizer) -> Option<String> {
        let args = self.fluent_args(l);
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        l.attr(self.id, "hint", &refs)
    }
}

/// What the checks need besides the case and the profiles.
#[derive(Debug, Clone)]
pub struct Context {
    pub today: Date,
    /// The document language that will be used, if already chosen.
    pub document_language: Option<String>,
}

/// Run every check. Findings come sorted by severity, then in the order of
/// the request.
pub fn check(case: &Case, catalog: &Catalog, ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    rules::run(case, catalog, ctx, &mut out);
    if let Some(p) = catalog.get(&case.requested_state) {
        out.extend(dual::findings(case, p, &dual::assess(case, p)));
        dual::refusal_risks(case, p, &mut out);
    }
    out.sort_by_key(|f| f.severity);
    out
}

/// Counts by severity: (errors, warnings, infos).
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}

/// Whether any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}
