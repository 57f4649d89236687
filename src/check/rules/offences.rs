//! The proceeding, the offences and the facts (UNTOC art. 18(15)(b)-(c)).

use super::super::{Context, Finding, Severity};
use super::{B, C, MORE, blank, missing, untoc};
use crate::case::{Case, MeasureKind, Request};

use Severity::{Error as E, Info as I, Warning as W};

pub(super) fn proceeding(case: &Case, out: &mut Vec<Finding>) {
    let p = &case.proceeding;
    if blank(&p.subject) {
        missing(
            out,
            E,
            "proceeding.subject",
            "missing-proceeding-subject",
            B,
        );
    }
    if p.kind.is_none() {
        missing(out, W, "proceeding.kind", "missing-proceeding-kind", B);
    }
    if blank(&p.authority) {
        missing(
            out,
            E,
            "proceeding.authority",
            "missing-proceeding-authority",
            B,
        );
    }
    if blank(&p.authority_functions) {
        missing(
            out,
            W,
            "proceeding.authority_functions",
            "missing-proceeding-functions",
            B,
        );
    }
    if p.references.iter().all(|r| blank(r)) && blank(&case.reference) {
        missing(out, W, "proceeding.references", "missing-references", MORE);
    }
}

pub(super) fn offences(case: &Case, req: &Request<'_>, ctx: &Context, out: &mut Vec<Finding>) {
    if case.offences.is_empty() {
        missing(out, E, "offences", "missing-offences", B);
    }
    for (i, o) in case.offences.iter().enumerate() {
        let at = |f: &str| format!("offences[{i}].{f}");
        let n = (i + 1).to_string();
        if blank(&o.name) {
            out.push(
                Finding::new(E, at("name"), "missing-offence-name")
                    .arg("n", n.clone())
                    .rule(untoc(B)),
            );
        }
        if blank(&o.provision) {
            out.push(
                Finding::new(E, at("provision"), "missing-offence-provision")
                    .arg("n", n.clone())
                    .rule(untoc(MORE)),
            );
        }
        if blank(&o.provision_text) {
            out.push(
                Finding::new(W, at("provision_text"), "missing-offence-text")
                    .arg("n", n.clone())
                    .rule(untoc(MORE)),
            );
        }
        if blank(&o.max_penalty) {
            out.push(
                Finding::new(W, at("max_penalty"), "missing-offence-penalty")
                    .arg("n", n.clone())
                    .rule(untoc(MORE)),
            );
        }
        if blank(&o.committed_from) {
            out.push(
                Finding::new(W, at("committed_from"), "missing-offence-date")
                    .arg("n", n.clone())
                    .rule(untoc(C)),
            );
        }
        if blank(&o.place) {
            out.push(
                Finding::new(W, at("place"), "missing-offence-place")
                    .arg("n", n.clone())
                    .rule(untoc(C)),
            );
        }
        let typed = &req.offences[i];
        let from = typed.committed_from.date;
        let to = typed.committed_to.date;
        for (d, f) in [(from, "committed_from"), (to, "committed_to")] {
            if let Some(d) = d
                && d > ctx.today
            {
                out.push(Finding::new(E, at(f), "offence-date-future").arg("date", d.to_string()));
            }
        }
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            out.push(Finding::new(E, at("committed_to"), "date-order"));
        }
        if let Some(lim) = typed.limitation.date {
            if lim < ctx.today {
                out.push(
                    Finding::new(E, at("limitation_date"), "limitation-passed")
                        .arg("n", n.clone())
                        .arg("date", lim.to_string()),
                );
            } else if let Ok(span) = ctx.today.until(lim)
                && span.get_days() < 183
            {
                out.push(
                    Finding::new(W, at("limitation_date"), "limitation-near")
                        .arg("n", n.clone())
                        .arg("date", lim.to_string()),
                );
            }
        }
        if o.iccs.is_empty() {
            out.push(Finding::new(I, at("iccs"), "missing-iccs").arg("n", n.clone()));
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
