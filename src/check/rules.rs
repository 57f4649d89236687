//! The rules themselves, one function per part of the request, in the order
//! of UNTOC art. 18(15) and the practice items of art. 18(16).

use super::formats::{date, email_ok, iban_ok, looks_like_iban};
use super::{Context, Finding, Rule, Severity};
use crate::case::{Case, FieldType, FieldValue, MeasureKind, Need};
use crate::case::{FieldKey, Request};
use crate::profile::{Catalog, Profile};
use crate::treaty::Registry;

use Severity::{Error as E, Info as I, Warning as W};

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
    proceeding(case, out);
    offences(case, req, ctx, out);
    facts(case, out);
    persons(case, out);
    measures(case, req, profile, out);
    purpose(case, out);
    link(case, out);
    urgency(case, req, ctx, out);
    confidentiality(case, out);
    earlier(case, out);
    annexes(case, out);
    signature(case, out);
    if let Some(p) = profile {
        profile_demands(p, ctx, out);
    }
    untranslated(case, ctx, out);
}

fn untranslated(case: &Case, ctx: &Context, out: &mut Vec<Finding>) {
    let Some(lang) = &ctx.document_language else {
        return;
    };
    for path in case.untranslated(lang) {
        out.push(
            Finding::new(W, path.clone(), "untranslated")
                .language("lang", lang.clone())
                .arg("code", lang.clone())
                .arg("path", path),
        );
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn missing(out: &mut Vec<Finding>, sev: Severity, path: &str, id: &'static str, rule: &str) {
    out.push(Finding::new(sev, path, id).rule(untoc(rule)));
}

fn requested_state<'a>(
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

fn requesting(case: &Case, out: &mut Vec<Finding>) {
    let r = &case.requesting;
    if blank(&r.state) {
        missing(out, E, "requesting.state", "missing-requesting-state", A);
    } else {
        if r.state
            .trim()
            .eq_ignore_ascii_case(case.requested_state.trim())
        {
            out.push(
                Finding::new(E, "requesting.state", "same-state")
                    .arg("state", r.state.trim().to_uppercase()),
            );
        }
    }
    if blank(&r.authority) {
        missing(
            out,
            E,
            "requesting.authority",
            "missing-requesting-authority",
            A,
        );
    }
    if blank(&r.address) {
        missing(
            out,
            W,
            "requesting.address",
            "missing-requesting-address",
            A,
        );
    }
    let c = &r.contact;
    if blank(&c.name) {
        missing(
            out,
            E,
            "requesting.contact.name",
            "missing-contact-name",
            MORE,
        );
    }
    if blank(&c.email) && blank(&c.phone) {
        missing(
            out,
            E,
            "requesting.contact.email",
            "missing-contact-means",
            MORE,
        );
    }
    if !blank(&c.email) && !email_ok(&c.email) {
        out.push(
            Finding::new(E, "requesting.contact.email", "format-email")
                .arg("value", c.email.trim()),
        );
    }
    if blank(&c.office_hours) || blank(&c.time_zone) {
        missing(
            out,
            W,
            "requesting.contact.office_hours",
            "missing-contact-hours",
            MORE,
        );
    } else if !jiff::tz::db().is_definitively_empty()
        && jiff::tz::TimeZone::get(c.time_zone.trim()).is_err()
    {
        out.push(
            Finding::new(W, "requesting.contact.time_zone", "format-time-zone")
                .arg("value", c.time_zone.trim()),
        );
    }
    if c.languages.is_empty() {
        missing(
            out,
            W,
            "requesting.contact.languages",
            "missing-contact-languages",
            MORE,
        );
    }
}

fn legal_basis(
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
                "assurances.reciprocity",
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

fn proceeding(case: &Case, out: &mut Vec<Finding>) {
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

fn offences(case: &Case, req: &Request<'_>, ctx: &Context, out: &mut Vec<Finding>) {
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

fn facts(case: &Case, out: &mut Vec<Finding>) {
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

fn persons(case: &Case, out: &mut Vec<Finding>) {
    if case.persons.is_empty() {
        missing(out, W, "persons", "missing-persons", PERSONS);
    }
    for (i, p) in case.persons.iter().enumerate() {
        let at = |f: &str| format!("persons[{i}].{f}");
        let n = (i + 1).to_string();
        if blank(&p.name) {
            out.push(
                Finding::new(E, at("name"), "missing-person-name")
                    .arg("n", n.clone())
                    .rule(untoc(PERSONS)),
            );
        }
        if p.role.is_none() {
            out.push(
                Finding::new(W, at("role"), "missing-person-role")
                    .arg("n", n.clone())
                    .rule(untoc(PERSONS)),
            );
        }
        if blank(&p.nationality) && p.role != Some(crate::case::Role::Company) {
            out.push(
                Finding::new(W, at("nationality"), "missing-person-nationality")
                    .arg("n", n.clone())
                    .rule(untoc(PERSONS)),
            );
        }
        if !blank(&p.id) && case.persons[..i].iter().any(|q| q.id == p.id) {
            out.push(Finding::new(E, at("id"), "person-id-duplicate").arg("id", p.id.clone()));
        }
    }
}

fn measures(case: &Case, req: &Request<'_>, profile: Option<&Profile>, out: &mut Vec<Finding>) {
    if case.measures.is_empty() {
        missing(out, E, "measures", "missing-measures", D);
    }
    for (i, m) in case.measures.iter().enumerate() {
        let n = (i + 1).to_string();
        let Some(kind) = m.kind else {
            out.push(
                Finding::new(E, format!("measures[{i}].kind"), "missing-measure-kind")
                    .arg("n", n)
                    .rule(untoc(D)),
            );
            continue;
        };
        let wanted = kind.fields();
        for key in crate::case::FieldKey::ALL {
            let v = m.get(*key);
            let path = format!("measures[{i}].{}", key.as_str());
            let need = wanted.iter().find(|(k, _)| k == key).map(|(_, n)| *n);
            match need {
                None if !v.is_empty() => out.push(
                    Finding::new(W, path, "measure-field-ignored")
                        .term("field", key.message_id())
                        .term("measure", kind.message_id()),
                ),
                None => {}
                Some(need) => {
                    if v.is_empty() {
                        if need == Need::Required {
                            out.push(
                                Finding::new(E, path, "missing-measure-field")
                                    .arg("n", n.clone())
                                    .term("field", key.message_id())
                                    .term("measure", kind.message_id())
                                    .rule(untoc(D)),
                            );
                        }
                        continue;
                    }
                    value_format(case, out, &path, key.field_type(), v);
                }
            }
        }
        let typed = &req.measures[i];
        let day = |k| typed.day(k).and_then(|d| d.date);
        if let (Some(a), Some(b)) = (day(FieldKey::date_from), day(FieldKey::date_to))
            && b < a
        {
            out.push(Finding::new(
                E,
                format!("measures[{i}].date_to"),
                "date-order",
            ));
        }
        if let Some(p) = profile
            && let Some(rule) = p.measures.get(&kind)
        {
            if rule.available == Some(false) {
                out.push(
                    Finding::new(E, format!("measures[{i}].kind"), "measure-unavailable")
                        .term("measure", kind.message_id())
                        .arg("state", p.code.clone())
                        .arg("note", rule.note.clone())
                        .rule(profile_rule(p)),
                );
            }
            for r in &rule.requirements {
                out.push(
                    Finding::new(I, format!("measures[{i}]"), "measure-requirement")
                        .arg("state", p.code.clone())
                        .term("measure", kind.message_id())
                        .arg("requirement", r.clone())
                        .rule(profile_rule(p)),
                );
            }
        }
    }
}

fn value_format(case: &Case, out: &mut Vec<Finding>, path: &str, ty: FieldType, v: &FieldValue) {
    match (ty, v) {
        // Dates were parsed, and reported, by the conversion to a Request.
        (FieldType::Date, _) => {}
        (FieldType::Bool, FieldValue::Bool(_)) => {}
        (FieldType::Bool, _) => out.push(Finding::new(E, path, "format-bool")),
        (FieldType::Person, v) => {
            let id = v.as_text();
            if case.person(id.trim()).is_none() {
                out.push(Finding::new(E, path, "person-unknown").arg("id", id.trim()));
            }
        }
        (FieldType::Ibans, v) => {
            for (j, acct) in v.as_list().iter().enumerate() {
                if looks_like_iban(acct) && !iban_ok(acct) {
                    out.push(
                        Finding::new(E, format!("{path}[{j}]"), "format-iban")
                            .arg("value", acct.clone()),
                    );
                }
            }
        }
        (_, FieldValue::Bool(_)) => out.push(Finding::new(E, path, "format-text")),
        _ => {}
    }
}

fn purpose(case: &Case, out: &mut Vec<Finding>) {
    let per_measure =
        !case.measures.is_empty() && case.measures.iter().all(|m| !m.purpose.is_empty());
    if blank(&case.purpose) && !per_measure {
        missing(out, E, "purpose", "missing-purpose", F);
    }
}

fn link(case: &Case, out: &mut Vec<Finding>) {
    if blank(&case.link_to_state)
        && case
            .measures
            .iter()
            .any(|m| m.kind.is_some_and(MeasureKind::needs_link))
    {
        missing(out, E, "link_to_state", "missing-link", MORE);
    }
}

fn urgency(case: &Case, req: &Request<'_>, ctx: &Context, out: &mut Vec<Finding>) {
    let u = &case.urgency;
    let needed = req.needed_by.date;
    if u.urgent {
        if blank(&u.reason) {
            missing(out, E, "urgency.reason", "urgent-without-reason", MORE);
        }
        if blank(&u.needed_by) {
            missing(out, E, "urgency.needed_by", "urgent-without-date", MORE);
        }
    }
    if let Some(d) = needed
        && d < ctx.today
    {
        out.push(Finding::new(W, "urgency.needed_by", "date-past").arg("date", d.to_string()));
    }
    if u.custody && !u.urgent {
        missing(out, W, "urgency.urgent", "custody-not-urgent", MORE);
    }
}

fn confidentiality(case: &Case, out: &mut Vec<Finding>) {
    let c = &case.confidentiality;
    if (c.required || c.no_disclosure_to_person) && blank(&c.reason) {
        missing(
            out,
            W,
            "confidentiality.reason",
            "confidential-without-reason",
            CONF,
        );
    }
    let bank_no_notice = case
        .measures
        .iter()
        .any(|m| m.no_customer_notice.as_bool() == Some(true));
    if bank_no_notice && !c.required {
        missing(
            out,
            W,
            "confidentiality.required",
            "no-notice-not-confidential",
            CONF,
        );
    }
}

fn earlier(case: &Case, out: &mut Vec<Finding>) {
    for (i, e) in case.earlier_requests.iter().enumerate() {
        if blank(&e.reference) && blank(&e.description) {
            out.push(Finding::new(
                W,
                format!("earlier_requests[{i}]"),
                "earlier-empty",
            ));
        }
    }
}

fn annexes(case: &Case, out: &mut Vec<Finding>) {
    for (i, a) in case.annexes.iter().enumerate() {
        if blank(&a.title) {
            out.push(
                Finding::new(E, format!("annexes[{i}].title"), "missing-annex-title")
                    .arg("n", (i + 1).to_string()),
            );
        }
    }
    let has_order = case.measures.iter().any(|m| !m.domestic_order.is_empty());
    if has_order && case.annexes.is_empty() {
        missing(out, W, "annexes", "order-not-annexed", MORE);
    }
}

fn signature(case: &Case, out: &mut Vec<Finding>) {
    let s = &case.signature;
    if blank(&s.name) {
        missing(out, E, "signature.name", "missing-signature-name", A);
    }
    if blank(&s.title) {
        missing(out, E, "signature.title", "missing-signature-title", A);
    }
    if blank(&s.place) {
        missing(out, W, "signature.place", "missing-signature-place", A);
    }
}

fn profile_rule(p: &Profile) -> Rule {
    p.rule("")
}

fn profile_demands(p: &Profile, ctx: &Context, out: &mut Vec<Finding>) {
    let rule = profile_rule(p);
    if let Some(lang) = &ctx.document_language
        && !p.languages.is_empty()
        && !p.languages.iter().any(|l| l.eq_ignore_ascii_case(lang))
    {
        out.push(
            Finding::new(W, "document_language", "language-not-accepted")
                .arg("lang", lang.clone())
                .arg("state", p.code.clone())
                .arg("accepted", p.languages.join(", "))
                .rule(untoc(LANG)),
        );
    }
    let f = &p.formalities;
    for (flag, id) in [
        (f.seal, "formality-seal"),
        (f.legalisation, "formality-legalisation"),
        (f.apostille, "formality-apostille"),
        (f.certified_translation, "formality-certified-translation"),
    ] {
        if flag == Some(true) {
            out.push(
                Finding::new(I, "signature", id)
                    .arg("state", p.code.clone())
                    .rule(rule.clone()),
            );
        }
    }
    if let Some(verified) = date(&p.verified)
        && let Ok(span) = verified.until(ctx.today)
        && span.get_days() > 366
    {
        out.push(
            Finding::new(W, "requested_state", "profile-stale")
                .arg("state", p.code.clone())
                .arg("date", p.verified.clone()),
        );
    }
}
