//! The rules themselves, one function per part of the request, in the order
//! of UNTOC art. 18(15) and the practice items of art. 18(16), in one file
//! per part of the request.

mod closing;
mod measures;
mod offences;
mod parties;
mod plain;

use closing::*;
use measures::*;
use offences::*;
use parties::*;

use super::{Context, Finding, Rule, Severity};
use crate::case::{Case, Request};
use crate::profile::{Catalog, Profile};

/// The articles below are UNTOC's: its art. 18(15)-(16) is the model list of
/// what a request contains, whichever treaty the request relies on.
fn untoc(article: &str) -> Rule {
    Rule::article("untoc", article)
}

const A: &str = "18(15)(a)";
const B: &str = "18(15)(b)";
const C: &str = "18(15)(c)";
const D: &str = "18(15)(d)";
const PERSONS: &str = "18(15)(e)";
const F: &str = "18(15)(f)";
const MORE: &str = "18(16)";
const CONF: &str = "18(20)";
const LANG: &str = "18(14)";

pub(super) fn run(
    case: &Case,
    req: &Request<'_>,
    catalog: &Catalog,
    ctx: &Context,
    out: &mut Vec<Finding>,
) {
    let profile = requested_state(case, req, catalog, out);
    requesting(case, out);
    legal_basis(case, profile, &catalog.treaties, out);
    channel(case, profile, out);
    proceeding(case, out);
    offences(case, req, ctx, out);
    facts(case, out);
    persons(case, req, ctx, out);
    measures(case, req, profile, out);
    measures::preservation(case, &catalog.treaties, out);
    purpose(case, out);
    link(case, out);
    urgency(case, req, ctx, out);
    confidentiality(case, out);
    earlier(case, out);
    annexes(case, out);
    signature(case, out);
    if let Some(p) = profile {
        profile_demands(case, p, &case.legal_basis, ctx, out);
    }
    untranslated(case, ctx, out);
    plain::plain_language(case, catalog, ctx, out);
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn missing(out: &mut Vec<Finding>, sev: Severity, path: &str, id: &'static str, rule: &str) {
    out.push(Finding::new(sev, path, id).rule(untoc(rule)));
}

fn profile_rule(p: &Profile) -> Rule {
    p.rule("")
}
