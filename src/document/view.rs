//! The view model: what the request template sees, typed.
//!
//! Every value is already formatted for the document's language (dates,
//! names of states and languages, yes/no) from the typed [`Request`] and
//! the text of the case as it reads in that language. The template gets it
//! as data and decides only the structure; these types are its contract, so
//! a field the template uses cannot silently go missing.

use serde::Serialize;

use super::compose::{format_day, state_name};
use super::grammar::StateForms;
use super::letter::{
    address_block, forms_or_missing, or_missing, recipient, state_sentence, subject,
};
use crate::case::{Case, FieldKey, FieldType, Measure, Need, Request, Role};
use crate::i18n::Localizer;
use crate::profile::{Catalog, LegalBasis};

#[derive(Debug, Serialize)]
pub struct View {
    pub draft: bool,
    pub reference: String,
    /// The letter's subject line (the matter, after the title).
    pub subject: String,
    pub requesting: Requesting,
    pub requested: Requested,
    pub legal_basis: Basis,
    pub proceeding: Proceeding,
    pub offences: Vec<Offence>,
    pub facts: String,
    pub persons: Vec<Person>,
    pub measures: Vec<MeasureView>,
    pub purpose: String,
    pub link: String,
    pub urgency: Urgency,
    pub confidentiality: Confidentiality,
    pub procedures: Vec<String>,
    pub assurances: Vec<String>,
    pub earlier: Vec<Earlier>,
    pub annexes: Vec<Annex>,
    pub signature: Signature,
    /// The translator's certificate, where the request is a translation
    /// and the requested state requires it certified (or a translator is
    /// named).
    pub certificate: Option<Certificate>,
}

#[derive(Debug, Serialize)]
pub struct Certificate {
    pub name: String,
    pub qualification: String,
    pub date: String,
    /// The language of the original and of this text, named in this one.
    pub source: String,
    pub target: String,
}

#[derive(Debug, Serialize)]
pub struct Requesting {
    pub state: String,
    pub state_phrase: String,
    /// The state's name in each grammatical form (see `grammar.rs`).
    pub forms: StateForms,
    pub authority: String,
    pub address: String,
    pub contact: Contact,
}

#[derive(Debug, Serialize)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub office_hours: String,
    pub time_zone: String,
    pub languages: String,
    pub reply_channel: String,
}

#[derive(Debug, Serialize)]
pub struct Requested {
    pub state: String,
    pub state_phrase: String,
    pub forms: StateForms,
    /// The authority the letter is addressed to, in the document's
    /// language where the profile gives that form.
    pub authority: String,
    /// Its address, ending with the state's name in the document's language.
    pub address: String,
    /// How the request is transmitted, in words.
    pub channel: String,
}

#[derive(Debug, Serialize)]
pub struct Basis {
    pub title: String,
    pub note: String,
}

#[derive(Debug, Serialize)]
pub struct Proceeding {
    pub kind: String,
    pub stage: String,
    pub references: String,
    pub authority: String,
    pub functions: String,
    pub subject: String,
    pub final_judgment: String,
}

#[derive(Debug, Serialize)]
pub struct Offence {
    pub n: usize,
    pub name: String,
    pub provision: String,
    pub text: String,
    pub penalty: String,
    pub dates: String,
    pub place: String,
    pub limitation: String,
    pub iccs: String,
}

#[derive(Debug, Serialize)]
pub struct Person {
    pub n: usize,
    pub name: String,
    pub role: String,
    pub other_names: String,
    pub birth: String,
    pub nationality: String,
    pub id_documents: String,
    pub address: String,
    pub language: String,
    pub notes: String,
    /// A company: its state is where it is registered, not a nationality.
    pub company: bool,
}

#[derive(Debug, Serialize)]
pub struct MeasureView {
    pub n: usize,
    pub key: String,
    pub title: String,
    pub coercive: bool,
    pub fields: Vec<Labelled>,
}

#[derive(Debug, Serialize)]
pub struct Labelled {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Serialize)]
pub struct Urgency {
    pub urgent: bool,
    pub reason: String,
    pub needed_by: String,
    pub custody: bool,
}

#[derive(Debug, Serialize)]
pub struct Confidentiality {
    pub required: bool,
    pub reason: String,
    pub no_disclosure: bool,
}

#[derive(Debug, Serialize)]
pub struct Earlier {
    pub reference: String,
    pub date: String,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct Annex {
    pub n: usize,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct Signature {
    pub name: String,
    pub title: String,
    pub place: String,
    pub date: String,
}

fn yes_no(l: &Localizer, b: bool) -> String {
    l.t(if b { "value-yes" } else { "value-no" })
}

/// A legal basis as the letter names it: a registry treaty by its name in
/// the document's language, with its article on assistance where that is
/// one article; another basis by the profile's title.
fn basis_name(b: &LegalBasis, catalog: &Catalog, l: &Localizer) -> String {
    treaty_name(&b.id, b.title_in(&catalog.treaties, l.lang()), catalog, l)
}

/// A registry treaty's name with its article on assistance, else `name`.
/// A registry treaty with no name in the document's language is named in
/// English and marked for the translator: a bilateral treaty's title exists
/// officially only in its parties' languages.
fn treaty_name(id: &str, name: &str, catalog: &Catalog, l: &Localizer) -> String {
    let treaty = catalog.treaties.get(id);
    let cited = match treaty {
        Some(t) if !t.assistance.is_empty() && t.assistance.chars().all(|c| c.is_ascii_digit()) => {
            l.ta(
                "basis-treaty-article",
                &[("treaty", name), ("article", &t.assistance)],
            )
        }
        _ => l.ta("basis-treaty", &[("treaty", name)]),
    };
    match treaty {
        Some(t) if !t.name.contains_key(l.lang()) => {
            format!("{}{cited}", super::markup::UNTRANSLATED)
        }
        _ => cited,
    }
}

fn measure_view(
    l: &Localizer,
    case: &Case,
    req: &Request<'_>,
    i: usize,
    m: &Measure,
    draft: bool,
) -> MeasureView {
    let Some(kind) = m.kind else {
        return MeasureView {
            n: i + 1,
            key: String::new(),
            title: String::new(),
            coercive: false,
            fields: Vec::new(),
        };
    };
    let value = |k: FieldKey| {
        let v = m.get(k);
        match k.field_type() {
            FieldType::Bool => v.as_bool().map(|b| yes_no(l, b)).unwrap_or_default(),
            FieldType::Date => req
                .measures
                .get(i)
                .and_then(|t| t.day(k))
                .map(|d| format_day(l, d))
                .unwrap_or_else(|| v.as_text()),
            FieldType::Person => {
                let id = v.as_text();
                case.person(id.trim()).map(|p| p.name.clone()).unwrap_or(id)
            }
            FieldType::List | FieldType::Ibans => v.as_list().join("\n"),
            FieldType::Text | FieldType::LongText => v.as_text(),
        }
    };
    MeasureView {
        n: i + 1,
        key: kind.key().to_string(),
        title: l.t(&kind.message_id()),
        coercive: kind.is_coercive(),
        fields: kind
            .fields()
            .iter()
            .filter(|(k, need)| !m.get(*k).is_empty() || draft && *need == Need::Required)
            .map(|(k, _)| Labelled {
                label: l.t(&k.message_id()),
                value: or_missing(l, draft, value(*k), &k.message_id()),
            })
            .collect(),
    }
}

/// The view model of `case` (the case as it reads in the document's
/// language) with the typed values of `req` (built from the same case).
pub fn view(case: &Case, req: &Request<'_>, catalog: &Catalog, l: &Localizer, draft: bool) -> View {
    let profile = catalog.get(&case.requested_state);
    let missing = |v: String, label: &str| or_missing(l, draft, v, label);
    let requested_forms =
        forms_or_missing(l, draft, &case.requested_state, "label-requested-state");
    let requesting_forms =
        forms_or_missing(l, draft, &case.requesting.state, "label-requesting-state");
    let requested_name = requested_forms.nom.clone();
    let requesting_name = requesting_forms.nom.clone();
    let (recipient_name, to_address, channel) =
        recipient(l, case, profile, &requested_forms.name, draft);
    let basis = profile
        .and_then(|p| p.legal_basis(&req.legal_basis))
        .map(|b| basis_name(b, catalog, l))
        .unwrap_or_else(|| {
            // Without a profile, a treaty of the registry is still named in
            // words, never by its id.
            match catalog.treaties.get(&req.legal_basis) {
                _ if req.legal_basis == "reciprocity" => l.t("basis-reciprocity"),
                Some(t) => treaty_name(&t.id, t.name_in(l.lang()), catalog, l),
                None => case.legal_basis.clone(),
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
    let offences = case
        .offences
        .iter()
        .zip(&req.offences)
        .enumerate()
        .map(|(i, (o, t))| {
            let (from, to) = (&t.committed_from, &t.committed_to);
            let dates = if from.is_blank() {
                String::new()
            } else if to.is_blank() || to.typed == from.typed {
                format_day(l, from)
            } else {
                l.ta(
                    "date-range",
                    &[("from", &format_day(l, from)), ("to", &format_day(l, to))],
                )
            };
            Offence {
                n: i + 1,
                name: o.name.clone(),
                provision: o.provision.clone(),
                text: o.provision_text.clone(),
                penalty: o.max_penalty.clone(),
                dates,
                place: o.place.clone(),
                limitation: format_day(l, &t.limitation),
                iccs: o.iccs.join(", "),
            }
        })
        .collect();
    let persons = case
        .persons
        .iter()
        .zip(&req.persons)
        .enumerate()
        .map(|(i, (p, t))| Person {
            n: i + 1,
            name: p.name.clone(),
            role: p
                .role
                .map(|r| l.ta(r.message_id(), &[("gender", p.gender.trim())]))
                .unwrap_or_default(),
            other_names: p.other_names.clone(),
            birth: match (t.birth_date.is_blank(), p.birth_place.trim()) {
                (true, "") => String::new(),
                (false, "") => format_day(l, &t.birth_date),
                (true, place) => place.to_string(),
                (false, place) => l.ta(
                    "born-on-in",
                    &[("date", &format_day(l, &t.birth_date)), ("place", place)],
                ),
            },
            nationality: if p.nationality.trim().is_empty() {
                String::new()
            } else {
                state_name(l, &p.nationality)
            },
            id_documents: p.id_documents.clone(),
            address: p.address.clone(),
            language: crate::codes::language_name_in_text(l.lang(), p.language.trim())
                .unwrap_or_else(|| p.language.clone()),
            notes: p.notes.clone(),
            company: p.role == Some(Role::Company),
        })
        .collect();
    let measures = case
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| measure_view(l, case, req, i, m, draft))
        .collect();
    let pr = &case.procedures;
    let procedures = [
        (pr.officials_present, "procedure-officials-present"),
        (pr.defence_present, "procedure-defence-present"),
        (pr.verbatim_record, "procedure-verbatim-record"),
        (pr.chain_of_custody, "procedure-chain-of-custody"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| state_sentence(l, id, &requesting_forms, &requested_forms))
    .chain((!pr.other.trim().is_empty()).then(|| pr.other.clone()))
    .collect();
    let a = &case.assurances;
    let assurances = [
        (a.speciality, "assurance-speciality"),
        (a.no_death_penalty, "assurance-no-death-penalty"),
        (a.return_originals, "assurance-return-originals"),
        (a.reciprocity, "assurance-reciprocity"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| state_sentence(l, id, &requesting_forms, &requested_forms))
    .chain((!a.other.trim().is_empty()).then(|| a.other.clone()))
    .collect();
    let references: Vec<&str> = case
        .proceeding
        .references
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    // The sender's own address as typed, but a last line that is the
    // state's English name reads in the document's language.
    let sender_address = if case.requesting.address.trim().is_empty() {
        String::new()
    } else {
        address_block(
            &case.requesting.address,
            None,
            &case.requesting.authority,
            &requesting_forms.name,
            case.requesting.state.trim(),
        )
    };
    View {
        draft,
        reference: missing(case.reference.clone(), "label-our-reference"),
        subject: subject(l, case),
        requesting: Requesting {
            state: requesting_forms.name.clone(),
            state_phrase: requesting_name,
            forms: requesting_forms,
            authority: missing(case.requesting.authority.clone(), "label-authority"),
            address: sender_address,
            contact: Contact {
                name: c.name.clone(),
                role: c.role.clone(),
                phone: c.phone.clone(),
                email: c.email.clone(),
                office_hours: c.office_hours.clone(),
                time_zone: c.time_zone.clone(),
                languages: contact_langs.join(&l.t("list-separator")),
                reply_channel: c.reply_channel.clone(),
            },
        },
        requested: Requested {
            state: requested_forms.name.clone(),
            state_phrase: requested_name,
            forms: requested_forms,
            authority: recipient_name,
            address: to_address,
            channel,
        },
        legal_basis: Basis {
            title: missing(basis, "heading-legal-basis"),
            note: case.legal_basis_note.clone(),
        },
        proceeding: Proceeding {
            kind: case
                .proceeding
                .kind
                .map(|k| l.t(k.message_id()))
                .unwrap_or_default(),
            stage: case.proceeding.stage.clone(),
            references: references.join("; "),
            authority: case.proceeding.authority.clone(),
            functions: case.proceeding.authority_functions.clone(),
            subject: missing(case.proceeding.subject.clone(), "heading-proceeding"),
            final_judgment: case.proceeding.final_judgment.clone(),
        },
        offences,
        facts: missing(case.facts.clone(), "heading-facts"),
        persons,
        measures,
        purpose: missing(case.purpose.clone(), "heading-purpose"),
        link: case.link_to_state.clone(),
        urgency: Urgency {
            urgent: case.urgency.urgent,
            reason: case.urgency.reason.clone(),
            needed_by: format_day(l, &req.needed_by),
            custody: case.urgency.custody,
        },
        confidentiality: Confidentiality {
            required: case.confidentiality.required,
            reason: case.confidentiality.reason.clone(),
            no_disclosure: case.confidentiality.no_disclosure_to_person,
        },
        procedures,
        assurances,
        earlier: case
            .earlier_requests
            .iter()
            .zip(&req.earlier)
            .map(|(e, d)| Earlier {
                reference: e.reference.clone(),
                date: format_day(l, d),
                description: e.description.clone(),
            })
            .collect(),
        annexes: case
            .annexes
            .iter()
            .enumerate()
            .map(|(i, x)| Annex {
                n: i + 1,
                title: x.title.clone(),
                description: x.description.clone(),
            })
            .collect(),
        signature: Signature {
            name: missing(case.signature.name.clone(), "label-name"),
            title: missing(case.signature.title.clone(), "label-title"),
            place: missing(case.signature.place.clone(), "label-sign-place"),
            date: missing(format_day(l, &req.signed), "label-date"),
        },
        certificate: certificate(case, req, profile, l, draft),
    }
}

/// The translator's certificate, when the document is a translation and
/// the requested state requires it certified or a translator is named.
fn certificate(
    case: &Case,
    req: &Request<'_>,
    profile: Option<&crate::profile::Profile>,
    l: &Localizer,
    draft: bool,
) -> Option<Certificate> {
    let source = case.source_language();
    let t = &case.translator;
    let named = !t.name.trim().is_empty() || !t.qualification.trim().is_empty();
    let required = profile.is_some_and(|p| p.formalities.certified_translation == Some(true));
    if l.lang() == source || !(required || named) {
        return None;
    }
    let lang = |code: &str| {
        crate::codes::language_name_in_text(l.lang(), code).unwrap_or_else(|| code.to_string())
    };
    Some(Certificate {
        name: or_missing(l, draft, t.name.clone(), "label-translator"),
        qualification: or_missing(l, draft, t.qualification.clone(), "label-qualification"),
        date: format_day(l, &req.translated),
        source: lang(source),
        target: lang(l.lang()),
    })
}
