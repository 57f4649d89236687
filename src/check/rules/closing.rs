//! What closes a request: urgency, confidentiality, earlier requests,
//! annexes, the signature, what the requested state's profile demands and
//! the free text still to translate.

use super::super::formats::date;
use super::super::{Context, Finding, Severity};
use super::{A, CONF, LANG, MORE, blank, missing, profile_rule, untoc};
use crate::case::{Case, Request};
use crate::case::{ConfidentialityField, SignatureField, UrgencyField};
use crate::profile::Profile;

use Severity::{Error as E, Info as I, Warning as W};

pub(super) fn urgency(case: &Case, req: &Request<'_>, ctx: &Context, out: &mut Vec<Finding>) {
    let u = &case.urgency;
    let needed = req.needed_by.date;
    if u.urgent {
        if blank(&u.reason) {
            missing(
                out,
                E,
                UrgencyField::UrgencyReason.path(),
                "urgent-without-reason",
                MORE,
            );
        }
        if blank(&u.needed_by) {
            missing(
                out,
                E,
                UrgencyField::NeededBy.path(),
                "urgent-without-date",
                MORE,
            );
        }
    }
    if let Some(d) = needed
        && d < ctx.today
    {
        out.push(
            Finding::new(W, UrgencyField::NeededBy.path(), "date-past").arg("date", d.to_string()),
        );
    }
    if u.custody && !u.urgent {
        missing(
            out,
            W,
            UrgencyField::Urgent.path(),
            "custody-not-urgent",
            MORE,
        );
    }
}

pub(super) fn confidentiality(case: &Case, out: &mut Vec<Finding>) {
    let c = &case.confidentiality;
    if (c.required || c.no_disclosure_to_person) && blank(&c.reason) {
        missing(
            out,
            W,
            ConfidentialityField::ConfidentialityReason.path(),
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
            ConfidentialityField::Confidential.path(),
            "no-notice-not-confidential",
            CONF,
        );
    }
}

pub(super) fn earlier(case: &Case, out: &mut Vec<Finding>) {
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

pub(super) fn annexes(case: &Case, out: &mut Vec<Finding>) {
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

pub(super) fn signature(case: &Case, out: &mut Vec<Finding>) {
    let s = &case.signature;
    if blank(&s.name) {
        missing(
            out,
            E,
            SignatureField::SignName.path(),
            "missing-signature-name",
            A,
        );
    }
    if blank(&s.title) {
        missing(
            out,
            E,
            SignatureField::SignTitle.path(),
            "missing-signature-title",
            A,
        );
    }
    if blank(&s.place) {
        missing(
            out,
            W,
            SignatureField::SignPlace.path(),
            "missing-signature-place",
            A,
        );
    }
    // Without it the document is dated the day it is produced, which may
    // not be the day it is signed.
    if blank(&s.date) {
        missing(
            out,
            W,
            SignatureField::SignDate.path(),
            "missing-signature-date",
            A,
        );
    }
}

pub(super) fn profile_demands(
    case: &Case,
    p: &Profile,
    basis: &str,
    ctx: &Context,
    out: &mut Vec<Finding>,
) {
    let rule = profile_rule(p);
    // The languages accepted under the basis relied on, where a declaration
    // under it differs from the general ones (an EIO in Polish only).
    let accepted = p
        .legal_basis(basis.trim())
        .map(|b| &b.languages)
        .filter(|l| !l.is_empty())
        .unwrap_or(&p.languages);
    if let Some(lang) = &ctx.document_language
        && !accepted.is_empty()
        && !accepted.iter().any(|l| l.eq_ignore_ascii_case(lang))
    {
        out.push(
            Finding::new(W, "document_language", "language-not-accepted")
                .arg("lang", lang.clone())
                .arg("state", p.code.clone())
                .arg("accepted", accepted.join(", "))
                .rule(untoc(LANG)),
        );
    }
    let f = &p.formalities;
    // A translation the state wants certified carries the translator's
    // certificate: it needs the translator named, with a qualification.
    if f.certified_translation == Some(true)
        && ctx
            .document_language
            .as_deref()
            .is_some_and(|l| l != case.source_language())
    {
        for (value, path, id) in [
            (
                &case.translator.name,
                "translator.name",
                "translator-missing",
            ),
            (
                &case.translator.qualification,
                "translator.qualification",
                "translator-qualification-missing",
            ),
        ] {
            if value.trim().is_empty() {
                out.push(
                    Finding::new(W, path, id)
                        .arg("state", p.code.clone())
                        .rule(rule.clone()),
                );
            }
        }
    }
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
pub(super) fn untranslated(case: &Case, ctx: &Context, out: &mut Vec<Finding>) {
    // A translation of no free-text field (a typo in its key, or a field
    // since emptied) would be silently ignored: say so.
    let fields: Vec<String> = case.free_texts().into_iter().map(|(p, _)| p).collect();
    for (lang, t) in &case.translations {
        for key in t.keys() {
            if !fields.iter().any(|f| f == key) {
                out.push(
                    Finding::new(
                        W,
                        format!("translations.{lang}.{key}"),
                        "translation-no-field",
                    )
                    .arg("key", key.clone())
                    .arg("code", lang.clone()),
                );
            }
        }
    }
    let Some(lang) = &ctx.document_language else {
        return;
    };
    for path in crate::translate::stale(case, lang) {
        out.push(
            Finding::new(W, path.clone(), "translation-stale")
                .language("lang", lang.clone())
                .arg("path", path),
        );
    }
    for path in case.untranslated(lang) {
        out.push(
            Finding::new(W, path.clone(), "untranslated")
                .language("lang", lang.clone())
                .arg("code", lang.clone())
                .arg("path", path),
        );
    }
}
