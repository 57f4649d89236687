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
        let upper = code.to_uppercase();
        // A profile that failed to load is not the same as no profile.
        let broken = catalog.problems.iter().find(|pr| {
            let name = pr.file.rsplit(['/', '\\']).next().unwrap_or(&pr.file);
            name.eq_ignore_ascii_case(&format!("{upper}.toml"))
        });
        out.push(match broken {
            Some(pr) => Finding::new(W, "requested_state", "profile-broken")
                .arg("state", upper.clone())
                .arg("problem", pr.to_string()),
            None => Finding::new(W, "requested_state", "no-profile").arg("state", upper.clone()),
        });
        designations(catalog, &upper, out);
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
    let requested = case.requested_state.trim().to_uppercase();
    let requesting = case.requesting.state.trim().to_uppercase();
    let day = crate::formats::date(&case.signature.date);
    use crate::profile::between::{Missing, missing as basis_missing};
    match basis_missing(treaties, profile, id, &requested, &requesting, day) {
        None => {}
        Some(Missing::Unknown) => out.push(
            Finding::new(E, "legal_basis", "legal-basis-unknown")
                .arg("basis", id)
                .arg("state", requested.clone()),
        ),
        Some(Missing::NotParty { state, since }) => {
            let msg = match (since, day) {
                (Some(_), Some(_)) => "legal-basis-not-yet",
                _ => "legal-basis-missing-party",
            };
            let f = Finding::new(E, "legal_basis", msg);
            let f = if treaties.get(id).is_some() {
                f.term("basis", crate::treaty::term_id(id, true))
            } else {
                let title = profile
                    .and_then(|p| p.legal_basis(id))
                    .map(|b| b.title.clone())
                    .unwrap_or_else(|| id.to_string());
                f.arg("basis", title)
            };
            let f = f.arg("state", state);
            out.push(match (since, day) {
                (Some(since), Some(day)) => f
                    .arg("since", since.to_string())
                    .arg("date", day.to_string()),
                _ => f,
            });
        }
    }
}

/// Without a profile, what the treaty registry holds of the requested
/// state's own designations: its central authority and languages notified
/// under a convention (UNTOC art. 18(13)-(14)).
fn designations(catalog: &Catalog, state: &str, out: &mut Vec<Finding>) {
    for t in catalog.treaties.iter() {
        let Some(p) = t.listed(state).filter(|p| p.party) else {
            continue;
        };
        if p.central_authority.trim().is_empty() && p.languages.is_empty() {
            continue;
        }
        let langs: Vec<String> = p
            .languages
            .iter()
            .map(|l| crate::codes::language_name(l).unwrap_or(l).to_string())
            .collect();
        out.push(
            Finding::new(Severity::Info, "requested_state", "registry-designation")
                .arg("state", state)
                .term("treaty", crate::treaty::term_id(&t.id, true))
                .arg("authority", p.central_authority.trim())
                .arg("languages", langs.join(", "))
                .rule(Rule::article(&t.id, &t.assistance)),
        );
    }
}
