//! Compose the request: a view model of the case (values formatted for the
//! document's language) fed to the handlebars template, whose output is
//! the line markup parsed into [`Block`]s.
//!
//! Wording comes from fluent through the `t` helper; structure from the
//! template, which a central authority can edit. Every value is escaped for
//! the markup, so user text is data, never structure.

use handlebars::{
    Context as HbContext, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderErrorReason,
};
use serde_json::{Value, json};

use super::markup::{self, Block};
use crate::case::{Case, FieldType, FieldValue, Measure};
use crate::check::formats::date;
use crate::i18n::Localizer;
use crate::profile::Catalog;

/// Why a document could not be composed.
#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("template {name}: {message}")]
    Template { name: String, message: String },
    #[error("template {name}: {source}")]
    Markup {
        name: String,
        source: markup::MarkupError,
    },
}

/// Format a `YYYY-MM-DD` date for the document (`22 November 2026`); text
/// that is not a date is shown as typed.
pub fn format_date(l: &Localizer, s: &str) -> String {
    let Some(d) = date(s) else {
        return s.trim().to_string();
    };
    let month = l.t(&format!("month-{}", d.month()));
    l.ta(
        "date-format",
        &[
            ("day", &d.day().to_string()),
            ("month", &month),
            ("year", &d.year().to_string()),
        ],
    )
}

/// A state's name in the document's language, or the English one.
pub fn state_name(l: &Localizer, code: &str) -> String {
    let code = code.trim().to_uppercase();
    crate::codes::country_name_in(l.lang(), &code).map_or(code, String::from)
}

/// A state's name as used inside a sentence (`the United States`).
pub fn state_phrase(l: &Localizer, code: &str) -> String {
    let id = format!("state-phrase-{}", code.trim().to_uppercase());
    if l.has_own(&id) {
        l.t(&id)
    } else {
        state_name(l, code)
    }
}

fn yes_no(l: &Localizer, b: bool) -> String {
    l.t(if b { "value-yes" } else { "value-no" })
}

fn field_value(l: &Localizer, case: &Case, ty: FieldType, v: &FieldValue) -> String {
    match ty {
        FieldType::Bool => v.as_bool().map(|b| yes_no(l, b)).unwrap_or_default(),
        FieldType::Date => format_date(l, &v.as_text()),
        FieldType::Person => {
            let id = v.as_text();
            case.person(id.trim()).map(|p| p.name.clone()).unwrap_or(id)
        }
        FieldType::List | FieldType::Ibans => v.as_list().join("\n"),
        FieldType::Text | FieldType::LongText => v.as_text(),
    }
}

fn measure_view(l: &Localizer, case: &Case, n: usize, m: &Measure) -> Value {
    let Some(kind) = m.kind else {
        return json!({ "n": n, "title": "", "fields": [] });
    };
    let fields: Vec<Value> = kind
        .fields()
        .iter()
        .filter(|(k, _)| !m.get(*k).is_empty())
        .map(|(k, _)| {
            json!({
                "label": l.t(&k.message_id()),
                "value": field_value(l, case, k.field_type(), m.get(*k)),
            })
        })
        .collect();
    json!({
        "n": n,
        "key": kind.key(),
        "title": l.t(&kind.message_id()),
        "coercive": kind.is_coercive(),
        "fields": fields,
    })
}

/// A legal basis as the letter names it: a registry treaty by its name in
/// the document's language, with its article on assistance where that is
/// one article; another basis by the profile's title.
fn basis_name(b: &crate::profile::LegalBasis, catalog: &Catalog, l: &Localizer) -> String {
    let name = b.title_in(&catalog.treaties, l.lang()).to_string();
    match catalog.treaties.get(&b.id) {
        Some(t) if !t.assistance.is_empty() && t.assistance.chars().all(|c| c.is_ascii_digit()) => {
            l.ta(
                "basis-treaty-article",
                &[("treaty", &name), ("article", &t.assistance)],
            )
        }
        _ => name,
    }
}

/// The data the template sees.
pub fn view_model(case: &Case, catalog: &Catalog, l: &Localizer, draft: bool) -> Value {
    let profile = catalog.get(&case.requested_state);
    let requested_name = state_phrase(l, &case.requested_state);
    let requesting_name = state_phrase(l, &case.requesting.state);
    let basis = profile
        .and_then(|p| p.legal_basis(case.legal_basis.trim()))
        .map(|b| basis_name(b, catalog, l))
        .unwrap_or_else(|| {
            if case.legal_basis.trim() == "reciprocity" {
                l.t("basis-reciprocity")
            } else {
                case.legal_basis.clone()
            }
        });
    let c = &case.requesting.contact;
    let contact_langs: Vec<String> = c
        .languages
        .iter()
        .map(|code| {
            crate::codes::language_name_in_text(l.lang(), code.trim())
                .unwrap_or_else(|| code.clone())
        })
        .collect();
    let offences: Vec<Value> = case
        .offences
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let dates = match (o.committed_from.trim(), o.committed_to.trim()) {
                ("", _) => String::new(),
                (a, "") => format_date(l, a),
                (a, b) if a == b => format_date(l, a),
                (a, b) => l.ta(
                    "date-range",
                    &[("from", &format_date(l, a)), ("to", &format_date(l, b))],
                ),
            };
            json!({
                "n": i + 1,
                "name": o.name,
                "provision": o.provision,
                "text": o.provision_text,
                "penalty": o.max_penalty,
                "dates": dates,
                "place": o.place,
                "limitation": format_date(l, &o.limitation_date),
                "iccs": o.iccs.join(", "),
            })
        })
        .collect();
    let persons: Vec<Value> = case
        .persons
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let nationality = if p.nationality.trim().is_empty() {
                String::new()
            } else {
                state_name(l, &p.nationality)
            };
            json!({
                "n": i + 1,
                "name": p.name,
                "role": p.role.map(|r| l.t(r.message_id())).unwrap_or_default(),
                "other_names": p.other_names,
                "birth": match (p.birth_date.trim(), p.birth_place.trim()) {
                    ("", "") => String::new(),
                    (d, "") => format_date(l, d),
                    ("", place) => place.to_string(),
                    (d, place) => l.ta("born-on-in", &[("date", &format_date(l, d)), ("place", place)]),
                },
                "nationality": nationality,
                "id_documents": p.id_documents,
                "address": p.address,
                "language": crate::codes::language_name_in_text(l.lang(), p.language.trim()).unwrap_or_else(|| p.language.clone()),
                "notes": p.notes,
            })
        })
        .collect();
    let measures: Vec<Value> = case
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| measure_view(l, case, i + 1, m))
        .collect();
    let pr = &case.procedures;
    let procedures: Vec<String> = [
        (pr.oath, "procedure-oath"),
        (pr.officials_present, "procedure-officials-present"),
        (pr.defence_present, "procedure-defence-present"),
        (pr.verbatim_record, "procedure-verbatim-record"),
        (pr.chain_of_custody, "procedure-chain-of-custody"),
        (pr.certify_business_records, "procedure-certify-records"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| l.ta(id, &[("state", &requesting_name)]))
    .chain((!pr.other.trim().is_empty()).then(|| pr.other.clone()))
    .collect();
    let a = &case.assurances;
    let assurances: Vec<String> = [
        (a.speciality, "assurance-speciality"),
        (a.no_death_penalty, "assurance-no-death-penalty"),
        (a.return_originals, "assurance-return-originals"),
        (a.reciprocity, "assurance-reciprocity"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| {
        l.ta(
            id,
            &[("state", &requesting_name), ("requested", &requested_name)],
        )
    })
    .chain((!a.other.trim().is_empty()).then(|| a.other.clone()))
    .collect();
    let earlier: Vec<Value> = case
        .earlier_requests
        .iter()
        .map(|e| {
            json!({
                "reference": e.reference,
                "date": format_date(l, &e.date),
                "description": e.description,
            })
        })
        .collect();
    let annexes: Vec<Value> = case
        .annexes
        .iter()
        .enumerate()
        .map(|(i, x)| json!({ "n": i + 1, "title": x.title, "description": x.description }))
        .collect();
    let references: Vec<&str> = case
        .proceeding
        .references
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    json!({
        "draft": draft,
        "reference": case.reference,
        "requesting": {
            "state": state_name(l, &case.requesting.state),
            "state_phrase": requesting_name,
            "authority": case.requesting.authority,
            "address": case.requesting.address,
            "contact": {
                "name": c.name,
                "role": c.role,
                "phone": c.phone,
                "email": c.email,
                "office_hours": c.office_hours,
                "time_zone": c.time_zone,
                "languages": contact_langs.join(", "),
                "reply_channel": c.reply_channel,
            },
        },
        "requested": {
            "state": state_name(l, &case.requested_state),
            "state_phrase": requested_name,
            "authority": profile.map(|p| p.central_authority.name.clone()).unwrap_or_default(),
            "address": profile.map(|p| p.central_authority.address.clone()).unwrap_or_default(),
        },
        "legal_basis": { "title": basis, "note": case.legal_basis_note },
        "proceeding": {
            "kind": case.proceeding.kind.map(|k| l.t(k.message_id())).unwrap_or_default(),
            "stage": case.proceeding.stage,
            "references": references.join("; "),
            "authority": case.proceeding.authority,
            "functions": case.proceeding.authority_functions,
            "subject": case.proceeding.subject,
            "final_judgment": case.proceeding.final_judgment,
        },
        "offences": offences,
        "facts": case.facts,
        "persons": persons,
        "measures": measures,
        "purpose": case.purpose,
        "link": case.link_to_state,
        "urgency": {
            "urgent": case.urgency.urgent,
            "reason": case.urgency.reason,
            "needed_by": format_date(l, &case.urgency.needed_by),
            "custody": case.urgency.custody,
        },
        "confidentiality": {
            "required": case.confidentiality.required,
            "reason": case.confidentiality.reason,
            "no_disclosure": case.confidentiality.no_disclosure_to_person,
        },
        "procedures": procedures,
        "assurances": assurances,
        "earlier": earlier,
        "annexes": annexes,
        "signature": {
            "name": case.signature.name,
            "title": case.signature.title,
            "place": case.signature.place,
            "date": format_date(l, &case.signature.date),
        },
    })
}

/// The `t` helper: `{{t "message-id" name=value ...}}`, resolved in the
/// document's language and escaped for the markup.
struct Translate<'a>(&'a Localizer);

impl HelperDef for Translate<'_> {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc HbContext,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let id = h
            .param(0)
            .and_then(|v| v.value().as_str())
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        if !self.0.has(id) {
            return Err(
                RenderErrorReason::Other(format!("no message {id:?} in the locale")).into(),
            );
        }
        let args: Vec<(String, String)> = h
            .hash()
            .iter()
            .map(|(k, v)| {
                let s = match v.value() {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                (k.to_string(), s)
            })
            .collect();
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        out.write(&markup::escape(&self.0.ta(id, &refs)))?;
        Ok(())
    }
}

/// Run a template over the view model and parse the result into blocks.
pub fn compose_with(
    name: &str,
    template: &str,
    view: &Value,
    l: &Localizer,
) -> Result<Vec<Block>, ComposeError> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    hb.register_escape_fn(markup::escape);
    hb.register_helper("t", Box::new(Translate(l)));
    let err = |message: String| ComposeError::Template {
        name: name.to_string(),
        message,
    };
    hb.register_template_string(name, template)
        .map_err(|e| err(e.to_string()))?;
    let out = hb.render(name, view).map_err(|e| err(e.to_string()))?;
    markup::parse(&out).map_err(|source| ComposeError::Markup {
        name: name.to_string(),
        source,
    })
}
