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
        None => eio_replaced(case, treaties, id, &requested, &requesting, day, out),
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

/// The channel the letter is sent by: the central authority unless the
/// case says otherwise; a direct or diplomatic transmission needs the
/// authority it is addressed to, and should be one the profile allows.
pub(super) fn channel(case: &Case, profile: Option<&Profile>, out: &mut Vec<Finding>) {
    use crate::case::CaseField;
    use crate::profile::Channel;
    let c = case.channel.trim().to_lowercase();
    let wanted = match c.as_str() {
        "" | "central-authority" => return,
        "direct" => Channel::Direct,
        "diplomatic" => Channel::Diplomatic,
        _ => {
            out.push(
                Finding::new(E, CaseField::Channel.path(), "channel-unknown").arg("channel", c),
            );
            return;
        }
    };
    if case.recipient.trim().is_empty() {
        out.push(Finding::new(
            E,
            CaseField::Recipient.path(),
            "recipient-missing",
        ));
    }
    if let Some(p) = profile
        && !p.channels.is_empty()
        && !p.channels.contains(&wanted)
    {
        out.push(
            Finding::new(W, CaseField::Channel.path(), "channel-not-listed")
                .arg("state", p.code.clone())
                .term("channel", wanted.message_id())
                .rule(super::profile_rule(p)),
        );
    }
}

/// Measures an EIO covers: every investigative measure (art. 3). Service of
/// documents is not one, and freezing or confiscation of proceeds has its
/// own instrument (Regulation (EU) 2018/1805), so those stay under the
/// conventions.
fn investigative(kind: crate::case::MeasureKind) -> bool {
    use crate::case::MeasureKind as K;
    !matches!(
        kind,
        K::ServiceOfDocuments | K::AssetFreezing | K::Confiscation | K::LocatePerson
    )
}

/// A request for evidence between two states bound by the EIO Directive,
/// made under a convention the Directive replaced there (the registry's
/// `replaces`): it must be an EIO.
fn eio_replaced(
    case: &Case,
    treaties: &Registry,
    id: &str,
    requested: &str,
    requesting: &str,
    day: Option<jiff::civil::Date>,
    out: &mut Vec<Finding>,
) {
    use crate::treaty::Bound;
    // The registry says which instrument replaced which (art. 34(1) of the
    // EIO Directive); the first that binds both states on the day counts.
    let Some(by) = treaties.iter().find(|t| {
        t.replaces.iter().any(|r| r == id)
            && treaties.binds_on(&t.id, requested, day) == Bound::Yes
            && treaties.binds_on(&t.id, requesting, day) == Bound::Yes
    }) else {
        return;
    };
    for (i, m) in case.measures.iter().enumerate() {
        if m.kind.is_some_and(investigative) {
            let kind = m.kind.map(|k| k.message_id()).unwrap_or_default();
            out.push(
                Finding::new(E, format!("measures[{i}].kind"), "eio-replaced")
                    .term("basis", crate::treaty::term_id(id, true))
                    .term("measure", kind)
                    .arg("state", requesting.to_string())
                    .arg("requested", requested.to_string())
                    .rule(Rule::article(&by.id, &by.replaces_article)),
            );
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
