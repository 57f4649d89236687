//! Findings: what the checks and the profile lint report, as data.
//!
//! The bottom floor of the library: `check`, the profile and treaty lint,
//! the wizard, the command line and the PDF annex all use these types, and
//! this module uses nothing of theirs. A finding carries a fluent message id
//! with typed arguments and the rule behind it; the words are chosen only
//! when it is shown ([`Finding::message`]), in the reader's language, so the
//! same finding reads the same in the terminal, on the command line and in
//! the document.

use serde::Serialize;

use crate::i18n::Localizer;

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

/// One argument of a message. Everything but [`Arg::Text`] is named in the
/// reader's language when the message is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Arg {
    /// Text shown as it is (a name, a number, a provision).
    Text(String),
    /// Message ids (a measure's or a field's name), shown as a list of names.
    Terms(Vec<String>),
    /// A language code, shown as the language's name.
    Language(String),
    /// ICCS codes, shown with their names.
    Iccs(Vec<String>),
    /// A state code, shown as the state's name.
    State(String),
}

/// The law or the profile a finding rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Rule {
    /// An article of a treaty of the registry, numbered as the treaty
    /// numbers it (`18(15)(c)`).
    Article { treaty: String, article: String },
    /// A requested state's profile (by its code, as the profile is named),
    /// with the source it names (may be empty) and the date it was verified.
    Profile {
        state: String,
        source: String,
        verified: String,
    },
}

impl Rule {
    pub fn article(treaty: impl Into<String>, article: impl Into<String>) -> Rule {
        Rule::Article {
            treaty: treaty.into(),
            article: article.into(),
        }
    }

    /// The rule as a citation in the reader's language: the treaty's short
    /// name from the registry (see [`crate::treaty::term_id`]) and the
    /// article, or the profile and its source.
    pub fn cite(&self, l: &Localizer) -> String {
        match self {
            Rule::Article { treaty, article } => {
                let name = l.t(&crate::treaty::term_id(treaty, true));
                l.ta("rule-article", &[("treaty", &name), ("article", article)])
            }
            Rule::Profile {
                state,
                source,
                verified,
            } => {
                if source.trim().is_empty() {
                    l.ta(
                        "rule-profile-verified",
                        &[("state", state), ("date", verified)],
                    )
                } else {
                    l.ta(
                        "rule-profile",
                        &[("state", state), ("source", source.trim())],
                    )
                }
            }
        }
    }
}

/// A sentence that explains a finding: a fluent id with arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// Builders shared by [`Finding`] and [`Note`].
macro_rules! arg_builders {
    () => {
        /// A text argument, shown as it is.
        pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
            self.args.push((name, Arg::Text(value.into())));
            self
        }

        /// An argument that is a message id, shown in the reader's language.
        pub fn term(mut self, name: &'static str, id: impl Into<String>) -> Self {
            self.args.push((name, Arg::Terms(vec![id.into()])));
            self
        }

        /// An argument that is a list of message ids, shown as a list of names.
        pub fn terms(mut self, name: &'static str, ids: &[String]) -> Self {
            self.args.push((name, Arg::Terms(ids.to_vec())));
            self
        }

        /// An argument that is a list of ICCS codes, shown with their names.
        pub fn iccs(mut self, name: &'static str, codes: &[String]) -> Self {
            self.args.push((name, Arg::Iccs(codes.to_vec())));
            self
        }

        /// An argument that is a language code, shown as its name.
        pub fn language(mut self, name: &'static str, code: impl Into<String>) -> Self {
            self.args.push((name, Arg::Language(code.into())));
            self
        }

        /// An argument that is a state code, shown as its name.
        pub fn state(mut self, name: &'static str, code: impl Into<String>) -> Self {
            self.args.push((name, Arg::State(code.into())));
            self
        }

        /// The arguments as text in the reader's language.
        pub fn resolved_args(&self, l: &Localizer) -> Vec<(&'static str, String)> {
            self.args.iter().map(|(k, v)| (*k, resolve(v, l))).collect()
        }
    };
}

impl Note {
    pub fn new(id: &'static str) -> Note {
        Note {
            id,
            args: Vec::new(),
        }
    }

    arg_builders!();

    /// The sentence in the localizer's language.
    pub fn message(&self, l: &Localizer) -> String {
        with_args(l, &self.resolved_args(l), |l, a| l.ta(self.id, a))
    }
}

/// One argument in the reader's language.
fn resolve(v: &Arg, l: &Localizer) -> String {
    match v {
        Arg::Text(s) => s.clone(),
        Arg::Terms(ids) => ids.iter().map(|id| l.t(id)).collect::<Vec<_>>().join(", "),
        Arg::Iccs(codes) => codes
            .iter()
            .map(|c| crate::taxonomy::describe(c, l.lang()))
            .collect::<Vec<_>>()
            .join("; "),
        Arg::Language(code) => {
            crate::codes::language_name_in_text(l.lang(), code).unwrap_or_else(|| code.clone())
        }
        Arg::State(code) => crate::codes::country_name_in(l.lang(), code)
            .map(String::from)
            .unwrap_or_else(|| code.clone()),
    }
}

fn with_args<T>(
    l: &Localizer,
    args: &[(&'static str, String)],
    f: impl FnOnce(&Localizer, &[(&str, &str)]) -> T,
) -> T {
    let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    f(l, &refs)
}

/// One thing the checks found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// Dotted path of the field, as in the case file (`offences[0].provision`).
    pub path: String,
    /// Fluent message id; its `.hint` attribute, if any, is the hint.
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// The rule's source: a treaty article or a profile.
    pub rule: Option<Rule>,
    /// Reasons and suggestions that explain the finding, one sentence each.
    pub notes: Vec<Note>,
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

    arg_builders!();

    /// Add an explaining sentence.
    pub fn note(mut self, note: Note) -> Finding {
        self.notes.push(note);
        self
    }

    pub fn rule(mut self, rule: Rule) -> Finding {
        self.rule = Some(rule);
        self
    }

    /// The rule as a citation in the reader's language.
    pub fn cite(&self, l: &Localizer) -> Option<String> {
        self.rule.as_ref().map(|r| r.cite(l))
    }

    /// The message in the localizer's language.
    pub fn message(&self, l: &Localizer) -> String {
        with_args(l, &self.resolved_args(l), |l, a| l.ta(self.id, a))
    }

    /// Whether this is a dual criminality result (shown in its own panel).
    pub fn is_dual_result(&self) -> bool {
        self.id.starts_with("dual-")
    }

    /// The hint, if the message has one.
    pub fn hint(&self, l: &Localizer) -> Option<String> {
        with_args(l, &self.resolved_args(l), |l, a| l.attr(self.id, "hint", a))
    }
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
