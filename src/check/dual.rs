//! Dual criminality and refusal risks: advice with reasons, never a verdict.
//!
//! For each offence and each measure of a request, [`assess`] decides
//! whether dual criminality is required at all (the requested state's
//! policy, the legal basis, whether the measure is coercive, the EU list)
//! and, if it is, whether the conduct appears criminal in the requested
//! state, by comparing ICCS codes with the offences of the state's profile,
//! their penalties and the dates they came into force (DOMAIN.md §5).
//! The grounds for refusal of DOMAIN.md §6 are in [`super::refusal`].

use serde::Serialize;

use super::formats::date;
use super::{Finding, Note, Rule, Severity};
use crate::case::{Case, MeasureKind, Offence, Request};
use crate::profile::{DualCriminalityPolicy, Profile, ProfileOffence, is_eu};
use crate::taxonomy::{self, Relation};
use crate::treaty::{Bound, Ground, Registry, Treaty};

/// The result of one assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    NotRequired,
    Satisfied,
    Likely,
    Doubtful,
    NotSatisfied,
}

impl Outcome {
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::NotRequired => "dual-not-required",
            Outcome::Satisfied => "dual-satisfied",
            Outcome::Likely => "dual-likely",
            Outcome::Doubtful => "dual-doubtful",
            Outcome::NotSatisfied => "dual-not-satisfied",
        }
    }

    fn severity(self) -> Severity {
        match self {
            Outcome::NotRequired | Outcome::Satisfied | Outcome::Likely => Severity::Info,
            Outcome::Doubtful | Outcome::NotSatisfied => Severity::Warning,
        }
    }
}

/// Dual criminality for one offence and one measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub offence: usize,
    pub measure: usize,
    pub kind: MeasureKind,
    pub outcome: Outcome,
    /// The rule that decided whether dual criminality applies.
    pub rule: Rule,
    /// The requested state's provision that appears to cover the conduct.
    pub provision: Option<String>,
    pub reasons: Vec<Note>,
    pub suggestions: Vec<Note>,
}

pub(super) fn profile_rule(p: &Profile) -> Rule {
    p.rule(&p.dual_criminality.source)
}

fn provision_label(po: &ProfileOffence) -> String {
    format!("{} ({})", po.provision, po.name)
}

/// Whether the conduct is within a treaty's scope (UNCAC art. 46(1): the
/// offences of arts. 15-25, coded under corruption and money laundering).
/// A treaty without a scope covers every offence; conduct without codes
/// gets the benefit of the doubt.
pub fn in_scope(t: &Treaty, o: &Offence) -> bool {
    let Some(scope) = &t.scope else {
        return true;
    };
    o.iccs.is_empty()
        || o.iccs.iter().any(|c| {
            let c = c.trim();
            scope
                .iccs
                .iter()
                .any(|prefix| c.starts_with(prefix.as_str()))
        })
}

/// Whether both states apply a treaty: the request relies on it, or the
/// requested state's profile lists it with the requesting state and the
/// registry does not say either is not bound.
fn applies(case: &Case, p: &Profile, reg: &Registry, t: &Treaty) -> bool {
    let basis = case.legal_basis.trim();
    let requesting = case.requesting.state.trim();
    basis == t.id
        || (p
            .legal_basis(&t.id)
            .is_some_and(|b| b.covers_in(reg, requesting))
            && reg.binds(&t.id, &p.code) != Bound::No)
}

/// Whether dual criminality applies to this offence and measure; `None`
/// when it does not, with the rule and reasons that say why.
fn exemption(
    case: &Case,
    p: &Profile,
    reg: &Registry,
    o: &Offence,
    kind: MeasureKind,
) -> Option<(Rule, Vec<Note>)> {
    let basis_id = case.legal_basis.trim();
    let basis = reg.get(basis_id);
    // Preservation without dual criminality (Budapest art. 29(3)) binds the
    // parties: the request must be made under the treaty, or both states
    // must apply it.
    if kind == MeasureKind::DataPreservation
        && let Some(t) = reg.iter().find(|t| {
            !t.rules.preservation_without_dual_criminality.is_empty() && applies(case, p, reg, t)
        })
    {
        let mut reasons = vec![Note::new("dual-reason-preservation")];
        if basis_id != t.id {
            reasons.push(Note::new("dual-reason-preservation-basis").arg("state", p.code.clone()));
        }
        return Some((
            Rule::article(&t.id, &t.rules.preservation_without_dual_criminality),
            reasons,
        ));
    }
    if let Some(t) = basis
        && !t.rules.non_coercive_without_dual_criminality.is_empty()
        && !kind.is_coercive()
    {
        let mut reasons =
            vec![Note::new("dual-reason-uncac-non-coercive").term("measure", kind.message_id())];
        if !in_scope(t, o) {
            reasons.push(Note::new("dual-reason-uncac-scope").iccs("codes", &o.iccs));
        }
        return Some((
            Rule::article(&t.id, &t.rules.non_coercive_without_dual_criminality),
            reasons,
        ));
    }
    match p.dual_criminality.policy {
        Some(DualCriminalityPolicy::NotRequired) => {
            return Some((
                profile_rule(p),
                vec![Note::new("dual-reason-policy-none").arg("state", p.code.clone())],
            ));
        }
        Some(DualCriminalityPolicy::CoerciveOnly) if !kind.is_coercive() => {
            return Some((
                profile_rule(p),
                vec![
                    Note::new("dual-reason-policy-coercive")
                        .arg("state", p.code.clone())
                        .term("measure", kind.message_id()),
                ],
            ));
        }
        None if !kind.is_coercive() => {
            let states = [p.code.as_str(), case.requesting.state.trim()];
            let day = crate::formats::date(&case.signature.date);
            let rule = reg
                .citing(basis_id, Ground::DualCriminalityDiscretion, states, day)
                .map_or_else(|| profile_rule(p), |(t, a)| Rule::article(t, a));
            return Some((
                rule,
                vec![Note::new("dual-reason-policy-unknown").arg("state", p.code.clone())],
            ));
        }
        _ => {}
    }
    // The EU list: between member states bound by the instrument, for
    // listed categories punishable by at least the threshold in the
    // issuing state.
    if let Some(t) = basis
        && let Some(list) = &t.rules.eu_list
        && is_eu(reg, &case.requesting.state)
        && is_eu(reg, &p.code)
    {
        let mut cats: Vec<&str> = o
            .iccs
            .iter()
            .flat_map(|c| taxonomy::eu_categories(c))
            .collect();
        cats.sort();
        cats.dedup();
        if !cats.is_empty()
            && o.max_penalty_months
                .is_some_and(|m| m >= list.min_penalty_months)
        {
            return Some((
                Rule::article(&t.id, &list.article),
                vec![
                    Note::new("dual-reason-eu-list")
                        .terms(
                            "categories",
                            &cats
                                .iter()
                                .map(|c| format!("eu-{}", c.replace('_', "-")))
                                .collect::<Vec<_>>(),
                        )
                        .arg("months", o.max_penalty_months.unwrap_or(0).to_string()),
                ],
            ));
        }
    }
    None
}

/// The best matching offence of the requested state for the conduct.
fn best_match<'a>(o: &Offence, p: &'a Profile) -> Vec<(Relation, &'a ProfileOffence)> {
    let mut found: Vec<(Relation, &ProfileOffence)> = p
        .offences
        .iter()
        .filter_map(|po| {
            let rel = o
                .iccs
                .iter()
                .flat_map(|a| po.iccs.iter().map(move |b| taxonomy::relation(a, b)))
                .min()?;
            (rel != Relation::Unrelated).then_some((rel, po))
        })
        .collect();
    found.sort_by_key(|(r, _)| *r);
    found
}

/// Whether an entry coded `entry` reaches the conduct coded `conduct`: the
/// same code or a wider one.
fn reaches(entry: &[String], conduct: &[String]) -> bool {
    conduct.iter().any(|a| {
        entry
            .iter()
            .any(|b| matches!(taxonomy::relation(a, b), Relation::Exact | Relation::Within))
    })
}

/// Assess one offence for one measure.
fn assess_one(
    req: &Request<'_>,
    p: &Profile,
    reg: &Registry,
    oi: usize,
    mi: usize,
    kind: MeasureKind,
) -> Assessment {
    let case = req.draft;
    let o = &case.offences[oi];
    let mut a = Assessment {
        offence: oi,
        measure: mi,
        kind,
        outcome: Outcome::NotRequired,
        rule: profile_rule(p),
        provision: None,
        reasons: Vec::new(),
        suggestions: Vec::new(),
    };
    if let Some((rule, reasons)) = exemption(case, p, reg, o, kind) {
        a.rule = rule;
        a.reasons = reasons;
        return a;
    }
    a.rule = profile_rule(p);
    let reason_required = match p.dual_criminality.policy {
        Some(DualCriminalityPolicy::Always) => {
            Note::new("dual-reason-required-always").arg("state", p.code.clone())
        }
        _ => Note::new("dual-reason-required-coercive")
            .arg("state", p.code.clone())
            .term("measure", kind.message_id()),
    };
    a.reasons.push(reason_required);
    if o.iccs.is_empty() {
        a.outcome = Outcome::Doubtful;
        a.reasons.push(Note::new("dual-reason-no-iccs"));
        a.suggestions.push(Note::new("dual-suggest-describe"));
        return a;
    }
    // Conduct that a source says is not an offence there.
    let not_criminal = p.not_criminal.iter().find(|n| reaches(&n.iccs, &o.iccs));
    if let Some(n) = not_criminal {
        a.outcome = Outcome::NotSatisfied;
        if !n.source.trim().is_empty() {
            a.rule = p.rule(&n.source);
        }
        a.reasons.push(
            Note::new("dual-reason-not-criminal")
                .arg("state", p.code.clone())
                .arg("conduct", n.conduct.trim())
                .arg("codes", n.iccs.join(", "))
                .arg("note", n.note.trim()),
        );
        suggest(&mut a, kind);
        return a;
    }
    // Conduct that is an offence there only if the facts show something
    // (tax fraud, not mere evasion): doubtful until the request shows it.
    let depends = p
        .depends_on_facts
        .iter()
        .find(|d| reaches(&d.iccs, &o.iccs));
    if let Some(d) = depends {
        a.outcome = Outcome::Doubtful;
        if !d.source.trim().is_empty() {
            a.rule = p.rule(&d.source);
        }
        a.reasons.push(
            Note::new("dual-reason-depends")
                .arg("state", p.code.clone())
                .arg("conduct", d.conduct.trim())
                .arg("condition", d.condition.trim()),
        );
        a.suggestions
            .push(Note::new("dual-suggest-show-facts").arg("condition", d.condition.trim()));
        suggest(&mut a, kind);
        return a;
    }
    let conduct = req.offences[oi].committed_from.date;
    let threshold = p.dual_criminality.min_penalty_months;
    let mut outcome = None;
    for (rel, po) in best_match(o, p) {
        let since = date(&po.in_force_since);
        if let (Some(since), Some(conduct)) = (since, conduct)
            && since > conduct
        {
            a.reasons.push(
                Note::new("dual-reason-later-law")
                    .arg("provision", provision_label(po))
                    .arg("since", since.to_string())
                    .arg("date", conduct.to_string()),
            );
            continue;
        }
        a.provision = Some(provision_label(po));
        let codes = po.iccs.join(", ");
        let (id, mut result) = match rel {
            Relation::Exact => ("dual-reason-exact", Outcome::Satisfied),
            Relation::Within => ("dual-reason-within", Outcome::Likely),
            Relation::Contains => ("dual-reason-nested", Outcome::Likely),
            _ => ("dual-reason-sibling", Outcome::Doubtful),
        };
        a.reasons.push(
            Note::new(id)
                .arg("provision", provision_label(po))
                .arg("codes", codes),
        );
        // Only a provision that reaches the conduct covers it "under another
        // name"; a sibling provision covers different conduct.
        if rel != Relation::Sibling
            && !po.name.is_empty()
            && !o.name.is_empty()
            && !po.name_en.eq_ignore_ascii_case(&o.name)
        {
            a.reasons.push(Note::new("dual-reason-other-name"));
        }
        if let Some(t) = threshold {
            let at = po.penalty_at(conduct);
            if at.dated {
                let id = if at.life || at.months.is_none() {
                    "dual-reason-penalty-version-life"
                } else {
                    "dual-reason-penalty-version"
                };
                a.reasons.push(
                    Note::new(id)
                        .arg("provision", provision_label(po))
                        .arg("months", at.months.unwrap_or(0).to_string())
                        .arg("date", conduct.map(|d| d.to_string()).unwrap_or_default()),
                );
            }
            let theirs = at.months;
            let ours = o.max_penalty_months;
            let theirs_below = !at.life && !at.death && theirs.is_some_and(|m| m < t);
            if theirs_below || ours.is_some_and(|m| m < t) {
                a.reasons
                    .push(Note::new("dual-reason-threshold").arg("months", t.to_string()));
                result = result.max(Outcome::Doubtful);
            }
        }
        if po.fiscal {
            a.reasons.push(Note::new("dual-reason-fiscal"));
        }
        outcome = Some(result);
        break;
    }
    a.outcome = match outcome {
        Some(r) => r,
        None if p.offences.is_empty() => {
            a.reasons
                .push(Note::new("dual-reason-no-catalogue").arg("state", p.code.clone()));
            Outcome::Doubtful
        }
        None => {
            a.reasons.push(
                Note::new("dual-reason-no-match")
                    .arg("state", p.code.clone())
                    .iccs("codes", &o.iccs)
                    .arg("count", p.offences.len().to_string()),
            );
            Outcome::NotSatisfied
        }
    };
    if a.outcome >= Outcome::Doubtful {
        suggest(&mut a, kind);
    }
    a
}

/// What the prosecutor can do when dual criminality is in doubt.
fn suggest(a: &mut Assessment, kind: MeasureKind) {
    a.suggestions.push(Note::new("dual-suggest-describe"));
    if kind.is_coercive() {
        a.suggestions.push(Note::new("dual-suggest-non-coercive"));
    }
    a.suggestions.push(Note::new("dual-suggest-basis"));
}

/// Assess every offence against every measure of the request.
pub fn assess(req: &Request<'_>, p: &Profile, reg: &Registry) -> Vec<Assessment> {
    let case = req.draft;
    let mut out = Vec::new();
    for (mi, m) in case.measures.iter().enumerate() {
        let Some(kind) = m.kind else { continue };
        for oi in 0..case.offences.len() {
            out.push(assess_one(req, p, reg, oi, mi, kind));
        }
    }
    out
}

/// The assessments as findings: doubtful and not satisfied are warnings,
/// the others notes.
pub fn findings(case: &Case, p: &Profile, assessments: &[Assessment]) -> Vec<Finding> {
    assessments
        .iter()
        .map(|a| {
            let o = &case.offences[a.offence];
            let name = if o.name.trim().is_empty() {
                (a.offence + 1).to_string()
            } else {
                o.name.clone()
            };
            let mut f = Finding::new(
                a.outcome.severity(),
                format!("measures[{}]", a.measure),
                a.outcome.message_id(),
            )
            .arg("offence", name)
            .term("measure", a.kind.message_id())
            .arg("state", p.code.clone())
            .arg("provision", a.provision.clone().unwrap_or_default())
            .rule(a.rule.clone());
            for n in a.reasons.iter().chain(&a.suggestions) {
                f = f.note(n.clone());
            }
            f
        })
        .collect()
}
