//! The proceeding, the offences and the facts (UNTOC art. 18(15)(b)-(c)).

use super::super::{Context, Finding, Severity};
use super::{B, C, MORE, blank, missing, untoc};
use crate::case::OffenceField;
use crate::case::ProceedingField;
use crate::case::{Case, MeasureKind, Request};

use Severity::{Error as E, Info as I, Warning as W};

pub(super) fn proceeding(case: &Case, out: &mut Vec<Finding>) {
    let p = &case.proceeding;
    if blank(&p.subject) {
        missing(
            out,
            E,
            ProceedingField::Subject.path(),
            "missing-proceeding-subject",
            B,
        );
    }
    if p.kind.is_none() {
        missing(
            out,
            W,
            ProceedingField::ProceedingKind.path(),
            "missing-proceeding-kind",
            B,
        );
    }
    if blank(&p.authority) {
        missing(
            out,
            E,
            ProceedingField::ProceedingAuthority.path(),
            "missing-proceeding-authority",
            B,
        );
    }
    if blank(&p.authority_functions) {
        missing(
            out,
            W,
            ProceedingField::Functions.path(),
            "missing-proceeding-functions",
            B,
        );
    }
    if p.references.iter().all(|r| blank(r)) && blank(&case.reference) {
        missing(
            out,
            W,
            ProceedingField::References.path(),
            "missing-references",
            MORE,
        );
    }
}

pub(super) fn offences(case: &Case, req: &Request<'_>, ctx: &Context, out: &mut Vec<Finding>) {
    if case.offences.is_empty() {
        missing(out, E, "offences", "missing-offences", B);
    }
    for (i, o) in case.offences.iter().enumerate() {
        let at = |f: OffenceField| format!("offences[{i}].{}", f.path());
        let n = (i + 1).to_string();
        if blank(&o.name) {
            out.push(
                Finding::new(E, at(OffenceField::Name), "missing-offence-name")
                    .arg("n", n.clone())
                    .rule(untoc(B)),
            );
        }
        if blank(&o.provision) {
            out.push(
                Finding::new(E, at(OffenceField::Provision), "missing-offence-provision")
                    .arg("n", n.clone())
                    .rule(untoc(MORE)),
            );
        }
        if blank(&o.provision_text) {
            out.push(
                Finding::new(W, at(OffenceField::Text), "missing-offence-text")
                    .arg("n", n.clone())
                    .rule(untoc(MORE)),
            );
        }
        if blank(&o.max_penalty) {
            out.push(
                Finding::new(W, at(OffenceField::Penalty), "missing-offence-penalty")
                    .arg("n", n.clone())
                    .rule(untoc(MORE)),
            );
        }
        if blank(&o.committed_from) {
            out.push(
                Finding::new(W, at(OffenceField::From), "missing-offence-date")
                    .arg("n", n.clone())
                    .rule(untoc(C)),
            );
        }
        if blank(&o.place) {
            out.push(
                Finding::new(W, at(OffenceField::Place), "missing-offence-place")
                    .arg("n", n.clone())
                    .rule(untoc(C)),
            );
        }
        let typed = &req.offences[i];
        let from = typed.committed_from.date;
        let to = typed.committed_to.date;
        for (d, f) in [(from, OffenceField::From), (to, OffenceField::To)] {
            if let Some(d) = d
                && d > ctx.today
            {
                out.push(Finding::new(E, at(f), "offence-date-future").arg("date", d.to_string()));
            }
        }
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            out.push(Finding::new(E, at(OffenceField::To), "date-order"));
        }
        if let Some(lim) = typed.limitation.date {
            if lim < ctx.today {
                out.push(
                    Finding::new(E, at(OffenceField::Limitation), "limitation-passed")
                        .arg("n", n.clone())
                        .arg("date", lim.to_string()),
                );
            } else if let Ok(span) = ctx.today.until(lim)
                && span.get_days() < 183
            {
                out.push(
                    Finding::new(W, at(OffenceField::Limitation), "limitation-near")
                        .arg("n", n.clone())
                        .arg("date", lim.to_string()),
                );
            }
        }
        if o.iccs.is_empty() {
            out.push(Finding::new(I, at(OffenceField::Iccs), "missing-iccs").arg("n", n.clone()));
        }
    }
}

pub(super) fn facts(case: &Case, out: &mut Vec<Finding>) {
    let only_service = !case.measures.is_empty()
        && case
            .measures
            .iter()
            .all(|m| m.kind == Some(MeasureKind::ServiceOfDocuments));
    if blank(&case.facts) {
        if !only_service {
            missing(out, E, "facts", "missing-facts", C);
        }
    } else if case.facts.split_whitespace().count() < 40 {
        missing(out, W, "facts", "facts-short", C);
    }
}
