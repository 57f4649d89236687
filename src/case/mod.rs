//! The request as the user wrote it: [`Case`], the contents of a case file.
//!
//! Everything here is what a person typed, possibly incomplete or wrong:
//! dates and codes are kept as text so that a typo is reported by the checks
//! (with its field) instead of making the whole file unreadable. This module
//! parses and prints the TOML format; it does no file I/O (see `store`).

pub mod measure;
pub mod request;
pub mod schema;

pub use measure::{FieldKey, FieldType, FieldValue, Measure, MeasureKind, Need};
pub use request::Request;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::locate::{Located, locate};

/// The case file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}
fn is_false(b: &bool) -> bool {
    !*b
}
fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

/// A whole request, as saved in a case file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Format of the file; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Language the free text (facts, questions) is written in (ISO 639-1).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub language: String,
    /// Document language override; empty means the requested state's first.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub document_language: String,
    /// The requesting state's own reference for this request.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub reference: String,
    /// ISO 3166-1 alpha-2 code of the requested state.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub requested_state: String,
    /// Id of the legal basis in the requested state's profile (`untoc`, ...).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub legal_basis: String,
    /// Anything to add about the legal basis (article, reciprocity undertaking).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub legal_basis_note: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub requesting: Requesting,
    #[serde(default, skip_serializing_if = "is_default")]
    pub proceeding: Proceeding,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offences: Vec<Offence>,
    /// Summary of the relevant facts (UNTOC art. 18(15)(c)).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub facts: String,
    /// The purpose for which the assistance is sought (art. 18(15)(f)).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub purpose: String,
    /// Why the evidence, person or asset is believed to be in the requested state.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub link_to_state: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<Person>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub urgency: Urgency,
    #[serde(default, skip_serializing_if = "is_default")]
    pub confidentiality: Confidentiality,
    #[serde(default, skip_serializing_if = "is_default")]
    pub procedures: Procedures,
    #[serde(default, skip_serializing_if = "is_default")]
    pub assurances: Assurances,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_requests: Vec<EarlierRequest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Annex>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub signature: Signature,
    /// Translations of the free text, by language, then by field path
    /// (`[translations.fr]` with keys such as `facts` or
    /// `"measures[0].questions"`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, BTreeMap<String, String>>,
}

/// The measure details that are free text to translate (others are names,
/// numbers, dates or identifiers).
const FREE_MEASURE_FIELDS: &[FieldKey] = &[
    FieldKey::purpose,
    FieldKey::questions,
    FieldKey::officials_present,
    FieldKey::recording,
    FieldKey::interpreter,
    FieldKey::perjury_law,
    FieldKey::caution,
    FieldKey::manner,
    FieldKey::record_types,
    FieldKey::items,
    FieldKey::grounds,
    FieldKey::disposal,
    FieldKey::assets,
    FieldKey::victims,
    FieldKey::sharing,
    FieldKey::data,
    FieldKey::risk,
    FieldKey::duration,
    FieldKey::known_details,
    FieldKey::custody,
    FieldKey::expert_questions,
];

impl Case {
    /// The language the free text is written in (English if not said).
    pub fn source_language(&self) -> &str {
        let l = self.language.trim();
        if l.is_empty() { "en" } else { l }
    }

    /// Visit every non-empty free-text field (facts, questions, reasons...)
    /// with its path: the text a translator must translate. Which fields
    /// are free text is said once, in [`schema`] and [`FREE_MEASURE_FIELDS`].
    pub fn for_each_free_text(&mut self, mut f: impl FnMut(&str, &mut String)) {
        let mut visit = |path: String, s: &mut String| {
            if !s.trim().is_empty() {
                f(&path, s);
            }
        };
        for t in schema::Top::ALL {
            if let Some(s) = t.free_text_mut(self) {
                visit(t.path().to_string(), s);
            }
        }
        macro_rules! items {
            ($list:ident, $key:literal, $fields:ty) => {
                for (i, item) in self.$list.iter_mut().enumerate() {
                    for k in <$fields>::ALL {
                        if let Some(s) = k.free_text_mut(item) {
                            visit(format!(concat!($key, "[{}].{}"), i, k.path()), s);
                        }
                    }
                }
            };
        }
        items!(offences, "offences", schema::OffenceField);
        items!(persons, "persons", schema::PersonField);
        for (i, m) in self.measures.iter_mut().enumerate() {
            for key in FREE_MEASURE_FIELDS {
                if let FieldValue::Text(s) = m.get_mut(*key) {
                    visit(format!("measures[{i}].{}", key.as_str()), s);
                }
            }
        }
        items!(earlier_requests, "earlier_requests", schema::EarlierField);
        items!(annexes, "annexes", schema::AnnexField);
    }

    /// The translation of a free-text field into `lang`, if one is given.
    pub fn translation(&self, lang: &str, path: &str) -> Option<&str> {
        self.translations
            .get(lang)
            .and_then(|t| t.get(path))
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
    }

    /// Paths of the free-text fields with no translation into `lang`
    /// (none when `lang` is the language the case is written in).
    pub fn untranslated(&self, lang: &str) -> Vec<String> {
        if lang == self.source_language() {
            return Vec::new();
        }
        let mut copy = self.clone();
        let mut out = Vec::new();
        copy.for_each_free_text(|path, _| {
            if self.translation(lang, path).is_none() {
                out.push(path.to_string());
            }
        });
        out
    }
}

/// The requesting authority and the person handling the case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requesting {
    /// ISO 3166-1 alpha-2 code of the requesting state.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub state: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub authority: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub address: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub contact: Contact,
}

/// The person handling the case, to be reached by the requested state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "is_blank")]
    pub name: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub role: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub email: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub office_hours: String,
    /// IANA time zone name, e.g. `Europe/London`.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub time_zone: String,
    /// Languages the contact speaks (ISO 639-1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// How the requested state should reply (e-mail, through the central authority...).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub reply_channel: String,
}

/// The investigation, prosecution or proceeding the request serves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proceeding {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProceedingKind>,
    /// Stage in the proceeding, in the requesting state's words.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub stage: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    /// The authority conducting the proceeding.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub authority: String,
    /// Its functions (art. 18(15)(b)).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub authority_functions: String,
    /// Subject matter and nature of the proceeding.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub subject: String,
    /// A final judgment already given on the same facts, if any (ne bis in idem).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub final_judgment: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProceedingKind {
    Investigation,
    Prosecution,
    Trial,
    Appeal,
    Enforcement,
}

impl ProceedingKind {
    pub const ALL: &'static [ProceedingKind] = &[
        ProceedingKind::Investigation,
        ProceedingKind::Prosecution,
        ProceedingKind::Trial,
        ProceedingKind::Appeal,
        ProceedingKind::Enforcement,
    ];
    pub fn message_id(self) -> &'static str {
        match self {
            ProceedingKind::Investigation => "proceeding-investigation",
            ProceedingKind::Prosecution => "proceeding-prosecution",
            ProceedingKind::Trial => "proceeding-trial",
            ProceedingKind::Appeal => "proceeding-appeal",
            ProceedingKind::Enforcement => "proceeding-enforcement",
        }
    }
}

/// One offence under investigation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offence {
    #[serde(default, skip_serializing_if = "is_blank")]
    pub name: String,
    /// The provision's citation, e.g. `Fraud Act 2006, s. 1`.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub provision: String,
    /// The text of the provision.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub provision_text: String,
    /// Maximum penalty, in words (e.g. `10 years' imprisonment`).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub max_penalty: String,
    /// Maximum custodial penalty in months, for thresholds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_penalty_months: Option<u32>,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub committed_from: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub committed_to: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub place: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub limitation_date: String,
    /// ICCS codes of the conduct (UNODC 2015), e.g. `0701`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub iccs: Vec<String>,
    /// A tax, customs or excise offence (UNTOC art. 18(22)).
    #[serde(default, skip_serializing_if = "is_false")]
    pub fiscal: bool,
    /// The offence is, or may be seen as, political.
    #[serde(default, skip_serializing_if = "is_false")]
    pub political: bool,
    /// A purely military offence.
    #[serde(default, skip_serializing_if = "is_false")]
    pub military: bool,
    /// The requesting state's law allows the death penalty for it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub death_penalty: bool,
}

/// A person or company concerned by the request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Short id measures refer to (`p1`, `bank-holder`).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Full name, or the company's registered name.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub name: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub other_names: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub birth_date: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub birth_place: String,
    /// ISO 3166-1 alpha-2 code (country of registration for a company).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub nationality: String,
    /// Passport, identity card or company registration number.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub id_documents: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub address: String,
    /// Language the person speaks (ISO 639-1), for interpreters.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub language: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub notes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Suspect,
    Accused,
    Witness,
    Victim,
    Expert,
    Company,
}

impl Role {
    pub const ALL: &'static [Role] = &[
        Role::Suspect,
        Role::Accused,
        Role::Witness,
        Role::Victim,
        Role::Expert,
        Role::Company,
    ];
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Suspect => "role-suspect",
            Role::Accused => "role-accused",
            Role::Witness => "role-witness",
            Role::Victim => "role-victim",
            Role::Expert => "role-expert",
            Role::Company => "role-company",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Urgency {
    #[serde(default, skip_serializing_if = "is_false")]
    pub urgent: bool,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub reason: String,
    /// Date by which the result is needed.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub needed_by: String,
    /// A person is in custody in this case.
    #[serde(default, skip_serializing_if = "is_false")]
    pub custody: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confidentiality {
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub reason: String,
    /// The person concerned must not be told (anti tipping-off).
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_disclosure_to_person: bool,
}

/// Procedures the requesting state asks to be followed (art. 18(17)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedures {
    #[serde(default, skip_serializing_if = "is_false")]
    pub oath: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub officials_present: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub defence_present: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub verbatim_record: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub chain_of_custody: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub certify_business_records: bool,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub other: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assurances {
    /// Use only for the stated purpose (speciality, art. 18(19)).
    #[serde(default, skip_serializing_if = "is_false")]
    pub speciality: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_death_penalty: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub return_originals: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub reciprocity: bool,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub other: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierRequest {
    #[serde(default, skip_serializing_if = "is_blank")]
    pub reference: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub date: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annex {
    #[serde(default, skip_serializing_if = "is_blank")]
    pub title: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    #[serde(default, skip_serializing_if = "is_blank")]
    pub name: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub title: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub place: String,
    #[serde(default, skip_serializing_if = "is_blank")]
    pub date: String,
}

impl crate::i18n::Localized for CaseError {
    fn localized(&self, l: &crate::i18n::Localizer) -> String {
        let v = FORMAT_VERSION.to_string();
        match self {
            CaseError::Syntax(at) => at.localized(l),
            CaseError::TooNew { found } => l.ta(
                "case-format-too-new",
                &[("found", &found.to_string()), ("supported", &v)],
            ),
            CaseError::BadVersion => l.ta("case-format-zero", &[("supported", &v)]),
        }
    }
}

/// Why a case file could not be read. The English texts are for logs; a
/// user reads its `Localized` form.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("{0}")]
    Syntax(Located),
    #[error(
        "case file format version {found} is newer than this program reads ({FORMAT_VERSION}); update Rogatory"
    )]
    TooNew { found: u32 },
    #[error(
        "case file format version 0 does not exist; expected format_version = {FORMAT_VERSION}"
    )]
    BadVersion,
}

impl Case {
    /// An empty case in the current format.
    pub fn new() -> Case {
        Case {
            format_version: FORMAT_VERSION,
            ..Case::default()
        }
    }

    /// Parse a case file's text. `origin` names the file in messages.
    pub fn from_toml(text: &str, origin: &str) -> Result<Case, CaseError> {
        let case: Case = toml::from_str(text).map_err(|e| {
            CaseError::Syntax(locate(origin, text, e.span(), e.message().to_string()))
        })?;
        if case.format_version == 0 {
            return Err(CaseError::BadVersion);
        }
        if case.format_version > FORMAT_VERSION {
            return Err(CaseError::TooNew {
                found: case.format_version,
            });
        }
        Ok(case)
    }

    /// Print the case as TOML.
    pub fn to_toml(&self) -> String {
        // Serialising plain structs of strings, lists and booleans cannot fail;
        // keep an explicit fallback rather than a panic all the same.
        toml::to_string_pretty(self).unwrap_or_else(|e| format!("# could not serialise: {e}\n"))
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.persons.iter().find(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_file_parses() {
        let c = Case::from_toml("format_version = 1\n", "t.toml").unwrap();
        assert_eq!(c, Case::new());
    }

    #[test]
    fn newer_format_is_refused() {
        let e = Case::from_toml("format_version = 9\n", "t.toml").unwrap_err();
        assert!(e.to_string().contains("newer"), "{e}");
    }

    #[test]
    fn unknown_field_is_located() {
        let e = Case::from_toml("format_version = 1\n[urgency]\nurgnet = true\n", "t.toml")
            .unwrap_err();
        let s = e.to_string();
        assert!(s.contains("t.toml:3:1"), "{s}");
        assert!(s.contains("urgency.urgnet"), "{s}");
    }

    #[test]
    fn wrong_type_is_located() {
        let e = Case::from_toml(
            "format_version = 1\nfacts = \"x\"\n[urgency]\nurgent = \"yes\"\n",
            "t.toml",
        )
        .unwrap_err();
        let s = e.to_string();
        assert!(s.contains("t.toml:4:10"), "{s}");
        assert!(s.contains("urgency.urgent"), "{s}");
    }
}
