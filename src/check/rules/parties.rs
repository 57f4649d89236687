//! Who asks whom, and on what legal basis: the requested state and its
//! profile, the requesting authority and its contact (UNTOC art. 18(15)(a)),
//! the legal basis and whether it binds both states.

use super::super::formats::email_ok;
use super::super::{Finding, Rule, Severity};
use super::{A, MORE, blank, missing};
use crate::case::{AssurancesField, ContactField, RequestingField};
use crate::case::{Case, Request};
use crate::profile::{Catalog, Profile};
use crate::treaty::Registry;

use Severity::{Error as E, Warning as W};

pub(super) fn requested_state<'a>(
    case: &Case,
    req: &Request<'_>,
    catalog: &'a Catalog,
    out: &mut Vec<Finding>,
) -> Option<&'a Profile> {
    let code = case.requested_state.trim();
    if code.is_empty() {
        missing(out, E, "requested_state", "missing-requested-state", MORE);
        return None;
    }
    // A code that is not one was reported by the conversion.
    req.requested.as_ref()?;
    let p = catalog.get(code);
    if p.is_none() {
        out.push(
            Finding::new(W, "requested_state", "no-profile").arg("state", code.to_uppercase()),
        );
    }
    p
}

pub(super) fn requesting(case: &Case, out: &mut Vec<Finding>) {
    let r = &case.requesting;
    if blank(&r.state) {
        missing(
            out,
            E,
            RequestingField::RequestingState.path(),
            "missing-requesting-state",
            A,
        );
    } else {
        if r.state
            .trim()
            .eq_ignore_ascii_case(case.requested_state.trim())
        {
            out.push(
                Finding::new(E, RequestingField::RequestingState.path(), "same-state")
                    .arg("state", r.state.trim().to_uppercase()),
            );
        }
    }
    if blank(&r.authority) {
        missing(
            out,
            E,
            RequestingField::Authority.path(),
            "missing-requesting-authority",
            A,
        );
    }
    if blank(&r.address) {
        missing(
            out,
            W,
            RequestingField::Address.path(),
            "missing-requesting-address",
            A,
        );
    }
    let c = &r.contact;
    if blank(&c.name) {
        missing(
            out,
            E,
            ContactField::ContactName.path(),
            "missing-contact-name",
            MORE,
        );
    }
    if blank(&c.email) && blank(&c.phone) {
        missing(
            out,
            E,
            ContactField::ContactEmail.path(),
            "missing-contact-means",
            MORE,
        );
    }
    if !blank(&c.email) && !email_ok(&c.email) {
        out.push(
            Finding::new(E, ContactField::ContactEmail.path(), "format-email")
                .arg("value", c.email.trim()),
        );
    }
    if blank(&c.office_hours) || blank(&c.time_zone) {
        missing(
            out,
            W,
            ContactField::ContactHours.path(),
            "missing-contact-hours",
            MORE,
        );
    } else if !jiff::tz::db().is_definitively_empty()
        && jiff::tz::TimeZone::get(c.time_zone.trim()).is_err()
    {
        out.push(
            Finding::new(W, ContactField::ContactTimeZone.path(), "format-time-zone")
                .arg("value", c.time_zone.trim()),
        );
    }
    if c.languages.is_empty() {
        missing(
            out,
            W,
            ContactField::ContactLanguages.path(),
            "missing-contact-languages",
            MORE,
        );
    }
}

pub(super) fn legal_basis(
    case: &Case,
    profile: Option<&Profile>,
    treaties: &Registry,
    out: &mut Vec<Finding>,
) {
    let id = case.legal_basis.trim();
    if id.is_empty() {
        missing(out, E, "legal_basis", "missing-legal-basis", MORE);
        return;
    }
    if let Some(t) = treaties.get(id)
        && let Some(scope) = &t.scope
        && !case.offences.is_empty()
        && !case
            .offences
            .iter()
            .any(|o| crate::check::dual::in_scope(t, o))
    {
        out.push(
            Finding::new(W, "legal_basis", "legal-basis-uncac-scope")
                .rule(Rule::article(&t.id, &scope.article)),
        );
    }
    let Some(p) = profile else { return };
    if id == "reciprocity" {
        if !case.assurances.reciprocity {
            missing(
                out,
                W,
                AssurancesField::Reciprocity.path(),
                "reciprocity-undertaking",
                MORE,
            );
        }
        return;
    }
    match p.legal_basis(id) {
        None => out.push(
            Finding::new(E, "legal_basis", "legal-basis-unknown")
                .arg("basis", id)
                .arg("state", p.code.clone()),
        ),
        Some(b)
            if !blank(&case.requesting.state)
                && !b.covers_in(treaties, case.requesting.state.trim()) =>
        {
            let f = Finding::new(W, "legal_basis", "legal-basis-not-with");
            let f = if treaties.get(&b.id).is_some() {
                f.term("basis", crate::treaty::term_id(&b.id, true))
            } else {
                f.arg("basis", b.title.clone())
            };
            out.push(
                f.arg("state", p.code.clone())
                    .arg("partner", case.requesting.state.trim().to_uppercase()),
            );
        }
        Some(_) => {}
    }
}
