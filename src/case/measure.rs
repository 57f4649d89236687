//! The kinds of assistance (measures) and the fields each one needs.
//!
//! One table, [`MeasureKind::fields`], says which details a measure asks for
//! and which of them are required; the checks, the document and the wizard
//! all read it, so a measure is described once. This module holds data only:
//! no I/O, no wording (labels are fluent ids derived from the field keys).

use serde::{Deserialize, Serialize};

/// A kind of assistance (DOMAIN.md §4). The serialised names are the keys
/// used in case files and in country profiles (`[measures.bank_records]`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    WitnessStatement,
    VideoHearing,
    SuspectInterview,
    ServiceOfDocuments,
    BankRecords,
    OtherRecords,
    SearchSeizure,
    AssetFreezing,
    Confiscation,
    DataPreservation,
    DataDisclosure,
    Interception,
    LocatePerson,
    TransferDetained,
    ExamineObjects,
}

/// How a field is edited and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// One line of text.
    Text,
    /// Several lines of free text (questions, descriptions).
    LongText,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// Yes or no.
    Bool,
    /// A list of short items, one per line.
    List,
    /// A list of IBANs (check digits are verified).
    Ibans,
    /// The id of a person listed in the request.
    Person,
}

/// Whether a field must be filled for the measure to be executable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
}

macro_rules! measure_fields {
    ($( $field:ident : $ty:ident ),* $(,)?) => {
        /// The details of one measure. Which of them apply depends on the
        /// kind; see [`MeasureKind::fields`].
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Measure {
            pub kind: Option<MeasureKind>,
            $(
                #[serde(default, skip_serializing_if = "is_empty_value")]
                pub $field: FieldValue,
            )*
        }

        /// The key of a measure detail, as written in case files.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum FieldKey { $( $field, )* }

        impl FieldKey {
            /// Every key, in declaration order.
            pub const ALL: &'static [FieldKey] = &[ $( FieldKey::$field, )* ];

            /// The key as it appears in a case file.
            pub fn as_str(self) -> &'static str {
                match self { $( FieldKey::$field => stringify!($field), )* }
            }

            /// The field's type.
            pub fn field_type(self) -> FieldType {
                match self { $( FieldKey::$field => FieldType::$ty, )* }
            }
        }

        impl Measure {
            /// The value of one detail.
            pub fn get(&self, key: FieldKey) -> &FieldValue {
                match key { $( FieldKey::$field => &self.$field, )* }
            }

            /// A mutable reference to one detail.
            pub fn get_mut(&mut self, key: FieldKey) -> &mut FieldValue {
                match key { $( FieldKey::$field => &mut self.$field, )* }
            }
        }
    };
}

measure_fields! {
    person: Person,
    purpose: LongText,
    questions: LongText,
    oath: Bool,
    officials_present: Text,
    recording: Text,
    interpreter: Text,
    date_from: Date,
    date_to: Date,
    technical_contact: Text,
    presiding: Text,
    perjury_law: Text,
    caution: LongText,
    lawyer: Text,
    documents: List,
    address: Text,
    manner: Text,
    proof_of_service: Bool,
    deadline: Date,
    institution: Text,
    accounts: Ibans,
    identifiers: List,
    record_types: LongText,
    certification: Bool,
    no_customer_notice: Bool,
    premises: Text,
    items: LongText,
    grounds: LongText,
    disposal: Text,
    assets: LongText,
    value: Text,
    domestic_order: Text,
    victims: LongText,
    sharing: LongText,
    provider: Text,
    data: LongText,
    risk: Text,
    follow_up: Bool,
    duration: Text,
    known_details: LongText,
    consent: Bool,
    custody: LongText,
    site: Text,
    expert_questions: LongText,
}

/// A measure detail's value. Dates are kept as typed so that a malformed
/// date is reported by the checks instead of refusing the whole file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    #[default]
    Empty,
    Bool(bool),
    Text(String),
    List(Vec<String>),
}

fn is_empty_value(v: &FieldValue) -> bool {
    v.is_empty()
}

impl FieldValue {
    /// True when nothing was entered (an empty string or list counts as empty,
    /// `false` does not).
    pub fn is_empty(&self) -> bool {
        match self {
            FieldValue::Empty => true,
            FieldValue::Bool(_) => false,
            FieldValue::Text(s) => s.trim().is_empty(),
            FieldValue::List(l) => l.iter().all(|s| s.trim().is_empty()),
        }
    }

    /// The value as text; lists joined by new lines, booleans as `yes`/`no`.
    pub fn as_text(&self) -> String {
        match self {
            FieldValue::Empty => String::new(),
            FieldValue::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            FieldValue::Text(s) => s.clone(),
            FieldValue::List(l) => l.join("\n"),
        }
    }

    /// The value as a list of non-empty items.
    pub fn as_list(&self) -> Vec<String> {
        match self {
            FieldValue::Empty | FieldValue::Bool(_) => Vec::new(),
            FieldValue::Text(s) => s
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
            FieldValue::List(l) => l
                .iter()
                .map(|s| s.trim())
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
        }
    }

    /// The value as a boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            FieldValue::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

use FieldKey as K;
use Need::{Optional as O, Required as R};

impl MeasureKind {
    /// Every kind, in the order the wizard offers them.
    pub const ALL: &'static [MeasureKind] = &[
        MeasureKind::WitnessStatement,
        MeasureKind::VideoHearing,
        MeasureKind::SuspectInterview,
        MeasureKind::ServiceOfDocuments,
        MeasureKind::BankRecords,
        MeasureKind::OtherRecords,
        MeasureKind::SearchSeizure,
        MeasureKind::AssetFreezing,
        MeasureKind::Confiscation,
        MeasureKind::DataPreservation,
        MeasureKind::DataDisclosure,
        MeasureKind::Interception,
        MeasureKind::LocatePerson,
        MeasureKind::TransferDetained,
        MeasureKind::ExamineObjects,
    ];

    /// The key used in files (`bank_records`).
    pub fn key(self) -> &'static str {
        match self {
            MeasureKind::WitnessStatement => "witness_statement",
            MeasureKind::VideoHearing => "video_hearing",
            MeasureKind::SuspectInterview => "suspect_interview",
            MeasureKind::ServiceOfDocuments => "service_of_documents",
            MeasureKind::BankRecords => "bank_records",
            MeasureKind::OtherRecords => "other_records",
            MeasureKind::SearchSeizure => "search_seizure",
            MeasureKind::AssetFreezing => "asset_freezing",
            MeasureKind::Confiscation => "confiscation",
            MeasureKind::DataPreservation => "data_preservation",
            MeasureKind::DataDisclosure => "data_disclosure",
            MeasureKind::Interception => "interception",
            MeasureKind::LocatePerson => "locate_person",
            MeasureKind::TransferDetained => "transfer_detained",
            MeasureKind::ExamineObjects => "examine_objects",
        }
    }

    /// Parse a file key.
    pub fn from_key(key: &str) -> Option<MeasureKind> {
        MeasureKind::ALL.iter().copied().find(|k| k.key() == key)
    }

    /// The fluent id of the measure's name (`measure-bank-records`).
    pub fn message_id(self) -> String {
        format!("measure-{}", self.key().replace('_', "-"))
    }

    /// Coercive measures usually need dual criminality (DOMAIN.md §4, §5).
    pub fn is_coercive(self) -> bool {
        matches!(
            self,
            MeasureKind::BankRecords
                | MeasureKind::OtherRecords
                | MeasureKind::SearchSeizure
                | MeasureKind::AssetFreezing
                | MeasureKind::Confiscation
                | MeasureKind::DataDisclosure
                | MeasureKind::Interception
                | MeasureKind::TransferDetained
        )
    }

    /// Measures for which the link to the requested state must be shown
    /// (why the evidence, person or asset is believed to be there).
    pub fn needs_link(self) -> bool {
        matches!(
            self,
            MeasureKind::BankRecords
                | MeasureKind::SearchSeizure
                | MeasureKind::AssetFreezing
                | MeasureKind::Confiscation
                | MeasureKind::DataDisclosure
                | MeasureKind::Interception
        )
    }

    /// The details this kind of measure asks for, in the order they are asked,
    /// with whether each is required (DOMAIN.md §4).
    pub fn fields(self) -> &'static [(FieldKey, Need)] {
        match self {
            MeasureKind::WitnessStatement => &[
                (K::person, R),
                (K::questions, R),
                (K::oath, O),
                (K::officials_present, O),
                (K::recording, O),
                (K::interpreter, O),
                (K::purpose, O),
            ],
            MeasureKind::VideoHearing => &[
                (K::person, R),
                (K::date_from, R),
                (K::date_to, O),
                (K::technical_contact, R),
                (K::presiding, R),
                (K::interpreter, O),
                (K::perjury_law, O),
                (K::questions, O),
                (K::purpose, O),
            ],
            MeasureKind::SuspectInterview => &[
                (K::person, R),
                (K::caution, R),
                (K::lawyer, O),
                (K::questions, R),
                (K::officials_present, O),
                (K::recording, O),
                (K::interpreter, O),
                (K::purpose, O),
            ],
            MeasureKind::ServiceOfDocuments => &[
                (K::person, R),
                (K::documents, R),
                (K::address, R),
                (K::manner, O),
                (K::proof_of_service, O),
                (K::deadline, O),
            ],
            MeasureKind::BankRecords => &[
                (K::institution, R),
                (K::accounts, R),
                (K::person, O),
                (K::date_from, R),
                (K::date_to, R),
                (K::record_types, R),
                (K::certification, O),
                (K::no_customer_notice, O),
                (K::purpose, O),
            ],
            MeasureKind::OtherRecords => &[
                (K::institution, R),
                (K::identifiers, R),
                (K::date_from, O),
                (K::date_to, O),
                (K::record_types, R),
                (K::certification, O),
                (K::purpose, O),
            ],
            MeasureKind::SearchSeizure => &[
                (K::premises, R),
                (K::items, R),
                (K::grounds, R),
                (K::disposal, O),
                (K::officials_present, O),
                (K::purpose, O),
            ],
            MeasureKind::AssetFreezing => &[
                (K::assets, R),
                (K::person, O),
                (K::value, O),
                (K::grounds, R),
                (K::domestic_order, R),
            ],
            MeasureKind::Confiscation => &[
                (K::assets, R),
                (K::domestic_order, R),
                (K::victims, O),
                (K::sharing, O),
            ],
            MeasureKind::DataPreservation => &[
                (K::provider, R),
                (K::identifiers, R),
                (K::data, R),
                (K::date_from, O),
                (K::date_to, O),
                (K::risk, R),
                (K::follow_up, R),
            ],
            MeasureKind::DataDisclosure => &[
                (K::provider, R),
                (K::identifiers, R),
                (K::data, R),
                (K::date_from, R),
                (K::date_to, R),
                (K::purpose, O),
            ],
            MeasureKind::Interception => &[
                (K::identifiers, R),
                (K::duration, R),
                (K::data, R),
                (K::grounds, R),
            ],
            MeasureKind::LocatePerson => &[(K::person, R), (K::known_details, R), (K::address, O)],
            MeasureKind::TransferDetained => &[
                (K::person, R),
                (K::consent, R),
                (K::date_from, R),
                (K::date_to, R),
                (K::site, R),
                (K::custody, R),
            ],
            MeasureKind::ExamineObjects => &[(K::items, R), (K::site, O), (K::expert_questions, R)],
        }
    }
}

impl FieldKey {
    /// Parse a file key.
    pub fn from_key(key: &str) -> Option<FieldKey> {
        FieldKey::ALL.iter().copied().find(|k| k.as_str() == key)
    }

    /// The fluent id of the field's label (`field-record-types`).
    pub fn message_id(self) -> String {
        format!("field-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_its_key() {
        for k in MeasureKind::ALL {
            assert_eq!(MeasureKind::from_key(k.key()), Some(*k));
        }
        assert_eq!(MeasureKind::from_key("nonsense"), None);
    }

    #[test]
    fn every_field_key_round_trips() {
        for k in FieldKey::ALL {
            assert_eq!(FieldKey::from_key(k.as_str()), Some(*k));
        }
    }

    #[test]
    fn no_kind_lists_a_field_twice() {
        for k in MeasureKind::ALL {
            let f = k.fields();
            for (i, (a, _)) in f.iter().enumerate() {
                assert!(
                    f[i + 1..].iter().all(|(b, _)| a != b),
                    "{k:?} lists {a:?} twice"
                );
            }
        }
    }

    #[test]
    fn empty_values() {
        assert!(FieldValue::Empty.is_empty());
        assert!(FieldValue::Text("  ".into()).is_empty());
        assert!(!FieldValue::Bool(false).is_empty());
        assert!(FieldValue::List(vec![" ".into()]).is_empty());
        assert_eq!(
            FieldValue::Text("a\n\n b ".into()).as_list(),
            vec!["a".to_string(), "b".to_string()]
        );
    }
}
