//! The persons concerned and the assistance sought: each measure's details
//! as its table in `case/measure.rs` asks, the purpose and the link to the
//! requested state (UNTOC art. 18(15)(d)-(f), 18(16)).

use super::super::formats::{iban_ok, looks_like_iban};
use super::super::{Context, Finding, Rule, Severity};
use super::{D, F, MORE, PERSONS, blank, missing, profile_rule, untoc};
use crate::case::PersonField;
use crate::case::{Case, FieldKey, FieldType, FieldValue, MeasureKind, Need, Request};
use crate::profile::Profile;

use Severity::{Error as E, Info as I, Warning as W};

pub(super) fn persons(case: &Case, req: &Request<'_>, ctx: &Context, out: &mut Vec<Finding>) {
    if case.persons.is_empty() {
        missing(out, W, "persons", "missing-persons", PERSONS);
    }
    for (i, p) in case.persons.iter().enumerate() {
        let at = |f: PersonField| format!("persons[{i}].{}", f.path());
        let n = (i + 1).to_string();
        if blank(&p.name) {
            out.push(
                Finding::new(E, at(PersonField::Name), "missing-person-name")
                    .arg("n", n.clone())
                    .rule(untoc(PERSONS)),
            );
        }
        if p.role.is_none() {
            out.push(
                Finding::new(W, at(PersonField::Role), "missing-person-role")
                    .arg("n", n.clone())
                    .rule(untoc(PERSONS)),
            );
        }
        if blank(&p.nationality) && p.role != Some(crate::case::Role::Company) {
            out.push(
                Finding::new(
                    W,
                    at(PersonField::Nationality),
                    "missing-person-nationality",
                )
                .arg("n", n.clone())
                .rule(untoc(PERSONS)),
            );
        }
        if let Some(born) = req.persons.get(i).and_then(|t| t.birth_date.date)
            && born > ctx.today
        {
            out.push(
                Finding::new(E, at(PersonField::BirthDate), "birth-date-future")
                    .arg("date", born.to_string()),
            );
        }
        if !blank(&p.id) && case.persons[..i].iter().any(|q| q.id == p.id) {
            out.push(
                Finding::new(E, at(PersonField::Id), "person-id-duplicate").arg("id", p.id.clone()),
            );
        }
    }
}

pub(super) fn measures(
    case: &Case,
    req: &Request<'_>,
    profile: Option<&Profile>,
    out: &mut Vec<Finding>,
) {
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
            // A requirement tied to other legal bases does not bind a
            // request under this one.
            for r in rule
                .requirements
                .iter()
                .filter(|r| r.applies(&case.legal_basis))
            {
                out.push(
                    Finding::new(I, format!("measures[{i}]"), "measure-requirement")
                        .arg("state", p.code.clone())
                        .term("measure", kind.message_id())
                        .arg("requirement", r.text().to_string())
                        .rule(profile_rule(p)),
                );
            }
        }
    }
}

pub(super) fn value_format(
    case: &Case,
    out: &mut Vec<Finding>,
    path: &str,
    ty: FieldType,
    v: &FieldValue,
) {
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

pub(super) fn purpose(case: &Case, out: &mut Vec<Finding>) {
    let per_measure =
        !case.measures.is_empty() && case.measures.iter().all(|m| !m.purpose.is_empty());
    if blank(&case.purpose) && !per_measure {
        missing(out, E, "purpose", "missing-purpose", F);
    }
}

pub(super) fn link(case: &Case, out: &mut Vec<Finding>) {
    if blank(&case.link_to_state)
        && case
            .measures
            .iter()
            .any(|m| m.kind.is_some_and(MeasureKind::needs_link))
    {
        missing(out, E, "link_to_state", "missing-link", MORE);
    }
}

/// Preservation of stored data: where the Budapest Convention binds both
/// states, its art. 29 (and 29(3), no dual criminality) is there to rely on;
/// where it does not, say that art. 29(3) does not apply and where urgent
/// preservation can still be asked.
pub(super) fn preservation(
    case: &Case,
    treaties: &crate::treaty::Registry,
    out: &mut Vec<Finding>,
) {
    use crate::treaty::Bound;
    let Some(i) = case
        .measures
        .iter()
        .position(|m| m.kind == Some(crate::case::MeasureKind::DataPreservation))
    else {
        return;
    };
    let Some(t) = treaties
        .iter()
        .find(|t| !t.rules.preservation_without_dual_criminality.is_empty())
    else {
        return;
    };
    let requested = case.requested_state.trim().to_uppercase();
    let requesting = case.requesting.state.trim().to_uppercase();
    if requested.is_empty() {
        return;
    }
    let day = crate::formats::date(&case.signature.date);
    let term = crate::treaty::term_id(&t.id, true);
    let article = &t.rules.preservation_without_dual_criminality;
    let not_bound = [&requested, &requesting]
        .into_iter()
        .filter(|s| !s.is_empty())
        .find(|s| treaties.binds_on(&t.id, s, day) != Bound::Yes);
    let at = format!("measures[{i}].kind");
    match not_bound {
        Some(state) => out.push(
            Finding::new(W, at, "preservation-no-budapest")
                .term("treaty", term)
                .arg("state", state.clone())
                .arg("article", article.clone())
                .rule(Rule::article(&t.id, article)),
        ),
        None if case.legal_basis.trim() != t.id => out.push(
            Finding::new(Severity::Info, at, "preservation-budapest-available")
                .term("treaty", term)
                .arg("article", article.clone())
                .rule(Rule::article(&t.id, article)),
        ),
        None => {}
    }
}
