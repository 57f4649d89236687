//! The steps of the wizard, in the order a prosecutor thinks in, and which
//! finding paths belong to each (so a finding shows on its step and the
//! step list counts its errors).

use super::Wizard;
use super::fields::Field;
use crate::check::{Finding, Severity};

/// The steps, in the order a prosecutor thinks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Authority,
    State,
    LegalBasis,
    Proceeding,
    Offences,
    Facts,
    Persons,
    Measures,
    Urgency,
    Procedures,
    Annexes,
    Translation,
    Review,
    Produce,
}

impl Step {
    pub const ALL: &'static [Step] = &[
        Step::Authority,
        Step::State,
        Step::LegalBasis,
        Step::Proceeding,
        Step::Offences,
        Step::Facts,
        Step::Persons,
        Step::Measures,
        Step::Urgency,
        Step::Procedures,
        Step::Annexes,
        Step::Translation,
        Step::Review,
        Step::Produce,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn title_id(self) -> &'static str {
        match self {
            Step::Authority => "step-authority",
            Step::State => "step-state",
            Step::LegalBasis => "step-legal-basis",
            Step::Proceeding => "step-proceeding",
            Step::Offences => "step-offences",
            Step::Facts => "step-facts",
            Step::Persons => "step-persons",
            Step::Measures => "step-measures",
            Step::Urgency => "step-urgency",
            Step::Procedures => "step-procedures",
            Step::Annexes => "step-annexes",
            Step::Translation => "step-translation",
            Step::Review => "step-review",
            Step::Produce => "step-produce",
        }
    }

    /// The finding paths that belong to this step.
    pub fn prefixes(self) -> &'static [&'static str] {
        match self {
            Step::Authority => &["requesting", "reference"],
            Step::State => &["requested_state", "document_language"],
            Step::LegalBasis => &["legal_basis", "assurances.reciprocity"],
            Step::Proceeding => &["proceeding"],
            Step::Offences => &["offences"],
            Step::Facts => &["facts", "purpose", "link_to_state"],
            Step::Persons => &["persons"],
            Step::Measures => &["measures"],
            Step::Urgency => &["urgency", "confidentiality"],
            Step::Procedures => &["procedures", "assurances"],
            Step::Annexes => &["annexes", "earlier_requests", "signature", "translator"],
            Step::Translation => &["translations"],
            Step::Review | Step::Produce => &[],
        }
    }

    fn owns(self, path: &str) -> bool {
        self.prefixes().iter().any(|p| path_under(path, p))
    }
}

/// Whether `path` is `prefix` or inside it.
pub fn path_under(path: &str, prefix: &str) -> bool {
    path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|r| r.starts_with('.') || r.starts_with('['))
}

/// The step a finding belongs to.
pub fn step_of(path: &str) -> Step {
    Step::ALL
        .iter()
        .copied()
        .find(|s| s.owns(path))
        .unwrap_or(Step::Review)
}

impl Wizard {
    /// Findings of one step.
    pub fn step_findings(&self, step: Step) -> Vec<&Finding> {
        match step {
            Step::Review | Step::Produce => self.findings.iter().collect(),
            s => self.findings.iter().filter(|f| s.owns(&f.path)).collect(),
        }
    }

    /// Errors in a step.
    pub fn step_errors(&self, step: Step) -> usize {
        self.step_findings(step)
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// Findings about one field.
    pub fn field_findings(&self, field: Field) -> Vec<&Finding> {
        let p = field.path();
        self.findings
            .iter()
            .filter(|f| path_under(&f.path, &p))
            .collect()
    }
}
