//! The validated request: [`Request`], built from the raw [`Case`] by one
//! conversion that parses every date, state, language and code once and
//! yields the findings about their format.
//!
//! The checks, the dual criminality assessment and the document read the
//! typed values here instead of parsing the case's strings again. Text the
//! user typed is never dropped: a [`Day`] keeps what was typed beside the
//! date it names, so a malformed date is still shown as written. Pure: no
//! I/O, no wording.

use crate::case::{
    CaseField, ContactField, RequestingField, SignatureField, TranslatorField, UrgencyField,
};
use jiff::civil::Date;

use super::records::{EarlierField, OffenceField, PersonField, Top};
use super::{Case, FieldKey, FieldType, MeasureKind};
use crate::codes::{country_name, language_name};
use crate::finding::{Finding, Severity};
use crate::formats::{date, iccs_ok};

/// A date field: what was typed and the date it names, if it is one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Day {
    pub typed: String,
    pub date: Option<Date>,
}

impl Day {
    fn parse(typed: &str) -> Day {
        Day {
            typed: typed.trim().to_string(),
            date: date(typed),
        }
    }

    /// Nothing was typed.
    pub fn is_blank(&self) -> bool {
        self.typed.is_empty()
    }
}

/// One offence's typed values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OffenceValues {
    pub committed_from: Day,
    pub committed_to: Day,
    pub limitation: Day,
    /// The ICCS codes that are well formed, trimmed.
    pub iccs: Vec<String>,
}

/// One person's typed values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonValues {
    pub birth_date: Day,
    /// ISO 3166-1 code, upper case, when it is one.
    pub nationality: Option<String>,
    /// ISO 639-1 code, lower case, when it is one.
    pub language: Option<String>,
}

/// One measure's typed values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MeasureValues {
    pub kind: Option<MeasureKind>,
    /// Its date details (`date_from`, `date_to`, `deadline`), by key.
    pub dates: Vec<(FieldKey, Day)>,
}

impl MeasureValues {
    /// A date detail.
    pub fn day(&self, key: FieldKey) -> Option<&Day> {
        self.dates.iter().find(|(k, _)| *k == key).map(|(_, d)| d)
    }
}

/// The request with every value parsed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Request<'a> {
    /// The case as typed, for the free text and everything kept as text.
    pub draft: &'a Case,
    /// ISO 3166-1 codes, upper case, when they are codes.
    pub requesting: Option<String>,
    pub requested: Option<String>,
    /// The legal basis id, trimmed (empty when none is chosen).
    pub legal_basis: String,
    /// The languages the contact speaks that are ISO 639-1 codes.
    pub contact_languages: Vec<String>,
    pub offences: Vec<OffenceValues>,
    pub persons: Vec<PersonValues>,
    pub measures: Vec<MeasureValues>,
    pub needed_by: Day,
    pub earlier: Vec<Day>,
    pub signed: Day,
    pub translated: Day,
}

/// The parser of one case: collects the format findings as it goes.
struct Parse<'f> {
    out: &'f mut Vec<Finding>,
}

impl Parse<'_> {
    fn day(&mut self, path: String, typed: &str) -> Day {
        let d = Day::parse(typed);
        if !d.is_blank() && d.date.is_none() {
            self.out.push(
                Finding::new(Severity::Error, path, "format-date").arg("value", d.typed.clone()),
            );
        }
        d
    }

    fn state(&mut self, path: &str, typed: &str) -> Option<String> {
        let code = typed.trim();
        if code.is_empty() {
            return None;
        }
        if country_name(code).is_none() {
            self.out
                .push(Finding::new(Severity::Error, path, "format-country").arg("value", code));
            return None;
        }
        Some(code.to_uppercase())
    }

    fn language(&mut self, path: String, typed: &str) -> Option<String> {
        let code = typed.trim();
        if code.is_empty() {
            return None;
        }
        if language_name(code).is_none() {
            self.out
                .push(Finding::new(Severity::Error, path, "format-language").arg("value", code));
            return None;
        }
        Some(code.to_lowercase())
    }
}

impl<'a> Request<'a> {
    /// Convert the case; the findings say which values are malformed (they
    /// are kept as typed and left out of the typed values).
    pub fn build(case: &'a Case) -> (Request<'a>, Vec<Finding>) {
        let mut out = Vec::new();
        let mut p = Parse { out: &mut out };
        let requesting = p.state(
            Top::Requesting(RequestingField::RequestingState).path(),
            &case.requesting.state,
        );
        let requested = p.state(
            Top::Case(CaseField::RequestedState).path(),
            &case.requested_state,
        );
        let contact_languages = case
            .requesting
            .contact
            .languages
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                p.language(
                    format!(
                        "{}[{i}]",
                        Top::Contact(ContactField::ContactLanguages).path()
                    ),
                    l,
                )
            })
            .collect();
        let offences = case
            .offences
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let at = |f: OffenceField| format!("offences[{i}].{}", f.path());
                let values = OffenceValues {
                    committed_from: p.day(at(OffenceField::From), &o.committed_from),
                    committed_to: p.day(at(OffenceField::To), &o.committed_to),
                    limitation: p.day(at(OffenceField::Limitation), &o.limitation_date),
                    iccs: o
                        .iccs
                        .iter()
                        .map(|c| c.trim().to_string())
                        .filter(|c| iccs_ok(c))
                        .collect(),
                };
                for (j, code) in o.iccs.iter().enumerate() {
                    crate::formats::check_iccs(
                        format!("{}[{j}]", at(OffenceField::Iccs)),
                        code,
                        p.out,
                    );
                }
                values
            })
            .collect();
        let persons = case
            .persons
            .iter()
            .enumerate()
            .map(|(i, person)| {
                let at = |f: PersonField| format!("persons[{i}].{}", f.path());
                PersonValues {
                    birth_date: p.day(at(PersonField::BirthDate), &person.birth_date),
                    nationality: p.state(&at(PersonField::Nationality), &person.nationality),
                    language: p.language(at(PersonField::Language), &person.language),
                }
            })
            .collect();
        let measures = case
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let dates = m
                    .kind
                    .map(|k| k.fields())
                    .unwrap_or_default()
                    .iter()
                    .filter(|(k, _)| k.field_type() == FieldType::Date)
                    .map(|(k, _)| {
                        let path = format!("measures[{i}].{}", k.as_str());
                        (*k, p.day(path, &m.get(*k).as_text()))
                    })
                    .collect();
                MeasureValues {
                    kind: m.kind,
                    dates,
                }
            })
            .collect();
        let needed_by = p.day(
            Top::Urgency(UrgencyField::NeededBy).path().into(),
            &case.urgency.needed_by,
        );
        let earlier = case
            .earlier_requests
            .iter()
            .enumerate()
            .map(|(i, e)| {
                p.day(
                    format!("earlier_requests[{i}].{}", EarlierField::Date.path()),
                    &e.date,
                )
            })
            .collect();
        let signed = p.day(
            Top::Signature(SignatureField::SignDate).path().into(),
            &case.signature.date,
        );
        let translated = p.day(
            Top::Translator(TranslatorField::TranslatorDate)
                .path()
                .into(),
            &case.translator.date,
        );
        let request = Request {
            draft: case,
            requesting,
            requested,
            legal_basis: case.legal_basis.trim().to_string(),
            contact_languages,
            offences,
            persons,
            measures,
            needed_by,
            earlier,
            signed,
            translated,
        };
        (request, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Offence;

    #[test]
    fn values_are_parsed_once_and_bad_ones_reported_where_they_are() {
        let mut c = Case::new();
        c.requesting.state = "gb".into();
        c.requested_state = "ZZZ".into();
        c.urgency.needed_by = "2026-02-30".into();
        c.offences.push(Offence {
            committed_from: "2025-01-10".into(),
            iccs: vec!["0701".into(), "7x".into()],
            ..Offence::default()
        });
        let (r, findings) = Request::build(&c);
        assert_eq!(r.requesting.as_deref(), Some("GB"));
        assert_eq!(r.requested, None);
        assert_eq!(
            r.offences[0].committed_from.date,
            Some(jiff::civil::date(2025, 1, 10))
        );
        assert_eq!(r.offences[0].iccs, ["0701"]);
        // The malformed date is kept as typed.
        assert_eq!(r.needed_by.typed, "2026-02-30");
        assert_eq!(r.needed_by.date, None);
        let at: Vec<_> = findings.iter().map(|f| (f.path.as_str(), f.id)).collect();
        assert!(
            at.contains(&("requested_state", "format-country")),
            "{at:?}"
        );
        assert!(at.contains(&("urgency.needed_by", "format-date")), "{at:?}");
        assert!(
            at.contains(&("offences[0].iccs[1]", "format-iccs")),
            "{at:?}"
        );
    }
}
