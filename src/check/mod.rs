//! Checks: what is missing, malformed, inconsistent, or demanded by the
//! requested state's profile. Findings are data (severity, field path,
//! fluent message id with arguments, the rule's source), so the command line,
//! the wizard and the PDF annex say the same thing in any language.
//!
//! Pure: no terminal, no files. The date of "today" comes in the
//! [`Context`] so tests are repeatable.

pub mod dual;
pub mod glyphs;
pub mod refusal;
mod rules;
pub mod states;

use jiff::civil::Date;

use crate::case::Case;
use crate::profile::Catalog;

pub use crate::finding::{Arg, Finding, Note, Rule, Severity, counts, has_errors};
pub use crate::formats;

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
    let (req, mut out) = crate::case::Request::build(case);
    rules::run(case, &req, catalog, ctx, &mut out);
    glyphs::check(case, &mut out);
    let reg = &catalog.treaties;
    let requested = catalog.get(&case.requested_state);
    if let Some(p) = requested {
        out.extend(dual::findings(case, p, &dual::assess(&req, p, reg)));
    }
    // Refusal risks that need no profile are raised without one.
    let requesting = catalog.get(&case.requesting.state);
    refusal::refusal_risks(case, requested, requesting, reg, &mut out);
    out.sort_by_key(|f| f.severity);
    out
}
