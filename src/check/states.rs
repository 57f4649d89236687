//! Which states could I ask? The same request assessed against every
//! profile: for each state, the legal basis the assessment used (the
//! case's own where it exists between the two states, else the first
//! available), the bases available, the errors and warnings, and the dual
//! criminality outcome of the measures. Pure: for `check --all-states`
//! and the wizard's state step.

use jiff::civil::Date;

use super::{Context, Severity};
use crate::case::Case;
use crate::profile::Catalog;
use crate::profile::between::bases_between;

/// One state's assessment.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StateResult {
    pub state: String,
    pub name: String,
    /// The basis the assessment used; empty when none is available.
    pub basis: String,
    pub bases: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
    /// Per outcome (`satisfied`, `likely`, `doubtful`, `not-satisfied`,
    /// `not-required`), how many measure–offence pairs reached it.
    pub dual_criminality: std::collections::BTreeMap<String, usize>,
}

/// Assess `case` against every profile but the requesting state's own.
pub fn assess(case: &Case, catalog: &Catalog, today: Date) -> Vec<StateResult> {
    let requesting = case.requesting.state.trim().to_uppercase();
    let mut out: Vec<StateResult> = catalog
        .iter()
        .filter(|l| l.profile.code != requesting)
        .map(|l| {
            let p = &l.profile;
            let offers = bases_between(
                &catalog.treaties,
                Some(p),
                &p.code,
                &requesting,
                Some(today),
            );
            let bases: Vec<String> = offers.iter().map(|o| o.id.clone()).collect();
            let basis = if bases.contains(&case.legal_basis) {
                case.legal_basis.clone()
            } else {
                bases.first().cloned().unwrap_or_default()
            };
            let mut c = case.clone();
            c.requested_state = p.code.clone();
            c.legal_basis = basis.clone();
            c.document_language.clear();
            let ctx = Context {
                today,
                // The state's first language this build writes (as the
                // document would be), so the language checks apply.
                document_language: p
                    .languages
                    .iter()
                    .find(|l| crate::i18n::languages().contains(l))
                    .cloned()
                    .or_else(|| Some(crate::i18n::FALLBACK.to_string())),
            };
            let findings = super::check(&c, catalog, &ctx);
            let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
            let mut dual = std::collections::BTreeMap::new();
            for f in findings.iter().filter(|f| f.id.starts_with("dual-")) {
                let outcome = f.id.trim_start_matches("dual-").to_string();
                *dual.entry(outcome).or_insert(0) += 1;
            }
            StateResult {
                state: p.code.clone(),
                name: p.name.clone(),
                basis,
                bases,
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                dual_criminality: dual,
            }
        })
        .collect();
    // Fewest errors first, then by code.
    out.sort_by(|a, b| a.errors.cmp(&b.errors).then(a.state.cmp(&b.state)));
    out
}
