//! The case's fields, declared once.
//!
//! Each field of a case file that a person fills in is one line of a table
//! below: its fluent stem (labels `wiz-field-<stem>`, help `wiz-help-<stem>`),
//! its path in the file and in findings (`requesting.contact.name`), how it
//! is edited, how its value reads and writes as text, and whether it is free
//! text a translator must translate. The wizard's rows, the checks' field
//! paths, the translation units and the preview all derive from these
//! tables; a new field is one line here (and a field of the serde type it
//! lives in) plus its messages. Measure details have their own table in
//! `measure.rs`. Data only: no I/O, no wording.

use super::{Annex, Case, EarlierRequest, Offence, Person, ProceedingKind, Role};

/// How a field is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// One line of text.
    Line,
    /// Several lines, wrapped; one item per line for lists.
    Area,
    /// A date, typed as YYYY-MM-DD.
    Date,
    /// Yes / no.
    Toggle,
    /// One of a list of options.
    Choice,
}

/// The part of a request a field belongs to; the wizard shows parts as
/// steps, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Authority,
    State,
    LegalBasis,
    Proceeding,
    Offences,
    Facts,
    Persons,
    Urgency,
    Procedures,
    Annexes,
    Earlier,
    Signature,
}

/// Whether a field is free text to translate (facts, reasons, notes) or a
/// value to keep as it is (names, numbers, dates, codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Free,
    Kept,
}

/// How a field's value reads and writes as the text the wizard edits.
/// `set` returns false when the text was not taken (letters in a number
/// field): the caller keeps the text and reports it, nothing is dropped.
pub trait Codec<T: ?Sized> {
    fn get(v: &T) -> String;
    fn set(v: &mut T, s: &str) -> bool;
}

/// Text as typed.
pub struct AsTyped;
/// Text without surrounding spaces (ids).
pub struct Trimmed;
/// A code in upper case (states).
pub struct Upper;
/// A code in lower case (languages).
pub struct Lower;
/// Yes or no, as `true` / `false`.
pub struct Flag;
/// A list of codes, separated by commas, spaces or semicolons.
pub struct Codes;
/// A list, one item per line.
pub struct Lines;
/// A whole number of months, or nothing.
pub struct Months;
/// One of the values of an enum, by its file key.
pub struct Key;

impl Codec<String> for AsTyped {
    fn get(v: &String) -> String {
        v.clone()
    }
    fn set(v: &mut String, s: &str) -> bool {
        *v = s.to_string();
        true
    }
}

impl Codec<String> for Trimmed {
    fn get(v: &String) -> String {
        v.clone()
    }
    fn set(v: &mut String, s: &str) -> bool {
        *v = s.trim().to_string();
        true
    }
}

impl Codec<String> for Upper {
    fn get(v: &String) -> String {
        v.clone()
    }
    fn set(v: &mut String, s: &str) -> bool {
        *v = s.trim().to_uppercase();
        true
    }
}

impl Codec<String> for Lower {
    fn get(v: &String) -> String {
        v.clone()
    }
    fn set(v: &mut String, s: &str) -> bool {
        *v = s.trim().to_lowercase();
        true
    }
}

impl Codec<bool> for Flag {
    fn get(v: &bool) -> String {
        v.to_string()
    }
    fn set(v: &mut bool, s: &str) -> bool {
        *v = s.trim() == "true";
        true
    }
}

impl Codec<Vec<String>> for Codes {
    fn get(v: &Vec<String>) -> String {
        v.join(", ")
    }
    fn set(v: &mut Vec<String>, s: &str) -> bool {
        *v = s
            .split([',', ' ', ';'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        true
    }
}

impl Codec<Vec<String>> for Lines {
    fn get(v: &Vec<String>) -> String {
        v.join("\n")
    }
    fn set(v: &mut Vec<String>, s: &str) -> bool {
        *v = split_lines(s);
        true
    }
}

impl Codec<Option<u32>> for Months {
    fn get(v: &Option<u32>) -> String {
        v.map(|m| m.to_string()).unwrap_or_default()
    }
    fn set(v: &mut Option<u32>, s: &str) -> bool {
        if s.trim().is_empty() {
            *v = None;
        } else if let Ok(n) = s.trim().parse() {
            *v = Some(n);
        } else {
            return false;
        }
        true
    }
}

/// An enum stored in a case file by a key.
pub trait Keyed: Copy + 'static {
    const VALUES: &'static [Self];
    fn key(self) -> &'static str;
}

impl Keyed for ProceedingKind {
    const VALUES: &'static [Self] = ProceedingKind::ALL;
    fn key(self) -> &'static str {
        match self {
            ProceedingKind::Investigation => "investigation",
            ProceedingKind::Prosecution => "prosecution",
            ProceedingKind::Trial => "trial",
            ProceedingKind::Appeal => "appeal",
            ProceedingKind::Enforcement => "enforcement",
        }
    }
}

impl Keyed for Role {
    const VALUES: &'static [Self] = Role::ALL;
    fn key(self) -> &'static str {
        match self {
            Role::Suspect => "suspect",
            Role::Accused => "accused",
            Role::Witness => "witness",
            Role::Victim => "victim",
            Role::Expert => "expert",
            Role::Company => "company",
        }
    }
}

impl<E: Keyed> Codec<Option<E>> for Key {
    fn get(v: &Option<E>) -> String {
        v.map(|k| k.key().to_string()).unwrap_or_default()
    }
    fn set(v: &mut Option<E>, s: &str) -> bool {
        *v = E::VALUES
            .iter()
            .copied()
            .find(|k| k.key().eq_ignore_ascii_case(s.trim()));
        true
    }
}

/// Lines of a text, trimmed, without the empty ones.
pub fn split_lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

macro_rules! dotted {
    ($a:ident) => { stringify!($a) };
    ($a:ident . $($rest:ident).+) => { concat!(stringify!($a), ".", dotted!($($rest).+)) };
}

/// One table: an enum of the fields of a record type, with everything the
/// rest of the program needs to know about each.
macro_rules! schema {
    (
        $(#[$meta:meta])*
        pub enum $name:ident for $ty:ty {
            $( $var:ident : $stem:literal, $section:ident, $edit:ident, $codec:ident, $text:ident => $($f:ident).+ ; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $( $var, )* }

        impl $name {
            /// Every field, in the order the wizard asks for them.
            pub const ALL: &'static [$name] = &[ $( $name::$var, )* ];

            /// The stem of its fluent ids.
            pub fn stem(self) -> &'static str {
                match self { $( $name::$var => $stem, )* }
            }

            /// Its path inside the record, as in the file and in findings.
            pub fn path(self) -> &'static str {
                match self { $( $name::$var => dotted!($($f).+), )* }
            }

            /// The part of the request it belongs to.
            pub fn section(self) -> Section {
                match self { $( $name::$var => Section::$section, )* }
            }

            /// The fields of one part, in order.
            pub fn in_section(section: Section) -> impl Iterator<Item = $name> {
                Self::ALL.iter().copied().filter(move |f| f.section() == section)
            }

            pub fn edit(self) -> Edit {
                match self { $( $name::$var => Edit::$edit, )* }
            }

            /// Whether it is free text to translate.
            pub fn is_free(self) -> bool {
                match self { $( $name::$var => Text::$text == Text::Free, )* }
            }

            /// Its value as text.
            pub fn get(self, r: &$ty) -> String {
                match self { $( $name::$var => <$codec as Codec<_>>::get(&r.$($f).+), )* }
            }

            /// Set it from text; false when the text was not taken.
            pub fn set(self, r: &mut $ty, s: &str) -> bool {
                match self { $( $name::$var => <$codec as Codec<_>>::set(&mut r.$($f).+, s), )* }
            }

            /// The free text itself, for translation.
            pub fn free_text_mut(self, r: &mut $ty) -> Option<&mut String> {
                if !self.is_free() {
                    return None;
                }
                match self { $( $name::$var => free_string(&mut r.$($f).+), )* }
            }
        }
    };
}

/// The string of a free-text field (free text is always a `String`).
fn free_string<T: std::any::Any>(v: &mut T) -> Option<&mut String> {
    (v as &mut dyn std::any::Any).downcast_mut::<String>()
}

schema! {
    /// A field of the case that is not inside a repeated item.
    pub enum Top for Case {
        RequestingState: "requesting-state", Authority, Choice, AsTyped, Kept => requesting.state;
        Authority: "authority", Authority, Line, AsTyped, Kept => requesting.authority;
        Address: "address", Authority, Area, AsTyped, Kept => requesting.address;
        ContactName: "contact-name", Authority, Line, AsTyped, Kept => requesting.contact.name;
        ContactRole: "contact-role", Authority, Line, AsTyped, Free => requesting.contact.role;
        ContactPhone: "contact-phone", Authority, Line, AsTyped, Kept => requesting.contact.phone;
        ContactEmail: "contact-email", Authority, Line, AsTyped, Kept => requesting.contact.email;
        ContactHours: "contact-hours", Authority, Line, AsTyped, Free => requesting.contact.office_hours;
        ContactTimeZone: "contact-time-zone", Authority, Line, AsTyped, Kept => requesting.contact.time_zone;
        ContactLanguages: "contact-languages", Authority, Line, Codes, Kept => requesting.contact.languages;
        ContactReply: "contact-reply", Authority, Line, AsTyped, Free => requesting.contact.reply_channel;
        Reference: "reference", Authority, Line, AsTyped, Kept => reference;
        RequestedState: "requested-state", State, Choice, AsTyped, Kept => requested_state;
        DocumentLanguage: "document-language", State, Choice, AsTyped, Kept => document_language;
        LegalBasis: "legal-basis", LegalBasis, Choice, AsTyped, Kept => legal_basis;
        LegalBasisNote: "legal-basis-note", LegalBasis, Area, AsTyped, Free => legal_basis_note;
        ProceedingKind: "proceeding-kind", Proceeding, Choice, Key, Kept => proceeding.kind;
        Subject: "subject", Proceeding, Area, AsTyped, Free => proceeding.subject;
        Stage: "stage", Proceeding, Line, AsTyped, Free => proceeding.stage;
        References: "references", Proceeding, Area, Lines, Kept => proceeding.references;
        ProceedingAuthority: "proceeding-authority", Proceeding, Line, AsTyped, Kept => proceeding.authority;
        Functions: "functions", Proceeding, Area, AsTyped, Free => proceeding.authority_functions;
        FinalJudgment: "final-judgment", Proceeding, Line, AsTyped, Free => proceeding.final_judgment;
        Facts: "facts", Facts, Area, AsTyped, Free => facts;
        Purpose: "purpose", Facts, Area, AsTyped, Free => purpose;
        Link: "link", Facts, Area, AsTyped, Free => link_to_state;
        Urgent: "urgent", Urgency, Toggle, Flag, Kept => urgency.urgent;
        UrgencyReason: "urgency-reason", Urgency, Area, AsTyped, Free => urgency.reason;
        NeededBy: "needed-by", Urgency, Date, AsTyped, Kept => urgency.needed_by;
        Custody: "custody", Urgency, Toggle, Flag, Kept => urgency.custody;
        Confidential: "confidential", Urgency, Toggle, Flag, Kept => confidentiality.required;
        ConfidentialityReason: "confidentiality-reason", Urgency, Area, AsTyped, Free => confidentiality.reason;
        NoDisclosure: "no-disclosure", Urgency, Toggle, Flag, Kept => confidentiality.no_disclosure_to_person;
        Oath: "oath", Procedures, Toggle, Flag, Kept => procedures.oath;
        OfficialsPresent: "officials-present", Procedures, Toggle, Flag, Kept => procedures.officials_present;
        DefencePresent: "defence-present", Procedures, Toggle, Flag, Kept => procedures.defence_present;
        VerbatimRecord: "verbatim-record", Procedures, Toggle, Flag, Kept => procedures.verbatim_record;
        ChainOfCustody: "chain-of-custody", Procedures, Toggle, Flag, Kept => procedures.chain_of_custody;
        CertifyRecords: "certify-records", Procedures, Toggle, Flag, Kept => procedures.certify_business_records;
        ProceduresOther: "procedures-other", Procedures, Area, AsTyped, Free => procedures.other;
        Speciality: "speciality", Procedures, Toggle, Flag, Kept => assurances.speciality;
        NoDeathPenalty: "no-death-penalty", Procedures, Toggle, Flag, Kept => assurances.no_death_penalty;
        ReturnOriginals: "return-originals", Procedures, Toggle, Flag, Kept => assurances.return_originals;
        Reciprocity: "reciprocity", Procedures, Toggle, Flag, Kept => assurances.reciprocity;
        AssurancesOther: "assurances-other", Procedures, Area, AsTyped, Free => assurances.other;
        SignName: "sign-name", Signature, Line, AsTyped, Kept => signature.name;
        SignTitle: "sign-title", Signature, Line, AsTyped, Free => signature.title;
        SignPlace: "sign-place", Signature, Line, AsTyped, Kept => signature.place;
        SignDate: "sign-date", Signature, Date, AsTyped, Kept => signature.date;
    }
}

schema! {
    /// A field of one offence (`offences[i]`).
    pub enum OffenceField for Offence {
        Name: "offence-name", Offences, Line, AsTyped, Free => name;
        Provision: "offence-provision", Offences, Line, AsTyped, Kept => provision;
        Text: "offence-text", Offences, Area, AsTyped, Free => provision_text;
        Penalty: "offence-penalty", Offences, Line, AsTyped, Free => max_penalty;
        PenaltyMonths: "offence-penalty-months", Offences, Line, Months, Kept => max_penalty_months;
        From: "offence-from", Offences, Date, AsTyped, Kept => committed_from;
        To: "offence-to", Offences, Date, AsTyped, Kept => committed_to;
        Place: "offence-place", Offences, Line, AsTyped, Kept => place;
        Limitation: "offence-limitation", Offences, Date, AsTyped, Kept => limitation_date;
        Iccs: "offence-iccs", Offences, Choice, Codes, Kept => iccs;
        Fiscal: "offence-fiscal", Offences, Toggle, Flag, Kept => fiscal;
        Political: "offence-political", Offences, Toggle, Flag, Kept => political;
        Military: "offence-military", Offences, Toggle, Flag, Kept => military;
        DeathPenalty: "offence-death-penalty", Offences, Toggle, Flag, Kept => death_penalty;
    }
}

schema! {
    /// A field of one person or company (`persons[i]`).
    pub enum PersonField for Person {
        Role: "person-role", Persons, Choice, Key, Kept => role;
        Name: "person-name", Persons, Line, AsTyped, Kept => name;
        Id: "person-id", Persons, Line, Trimmed, Kept => id;
        OtherNames: "person-other-names", Persons, Line, AsTyped, Kept => other_names;
        BirthDate: "person-birth-date", Persons, Date, AsTyped, Kept => birth_date;
        BirthPlace: "person-birth-place", Persons, Line, AsTyped, Kept => birth_place;
        Nationality: "person-nationality", Persons, Choice, Upper, Kept => nationality;
        IdDocuments: "person-id-documents", Persons, Line, AsTyped, Kept => id_documents;
        Address: "person-address", Persons, Area, AsTyped, Kept => address;
        Language: "person-language", Persons, Line, Lower, Kept => language;
        Notes: "person-notes", Persons, Area, AsTyped, Free => notes;
    }
}

schema! {
    /// A field of one earlier request (`earlier_requests[i]`).
    pub enum EarlierField for EarlierRequest {
        Reference: "earlier-reference", Earlier, Line, AsTyped, Kept => reference;
        Date: "earlier-date", Earlier, Date, AsTyped, Kept => date;
        Description: "earlier-description", Earlier, Area, AsTyped, Free => description;
    }
}

schema! {
    /// A field of one annex (`annexes[i]`).
    pub enum AnnexField for Annex {
        Title: "annex-title", Annexes, Line, AsTyped, Free => title;
        Description: "annex-description", Annexes, Area, AsTyped, Free => description;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_file_keys() {
        assert_eq!(Top::ContactName.path(), "requesting.contact.name");
        assert_eq!(
            Top::NoDisclosure.path(),
            "confidentiality.no_disclosure_to_person"
        );
        assert_eq!(OffenceField::Text.path(), "provision_text");
    }

    #[test]
    fn every_path_names_a_key_of_the_case_file() {
        // Fill every field through the schema, write the TOML and find each
        // path in it: a path that is not the serde key would be missing.
        let mut c = Case::new();
        for t in Top::ALL {
            let v = match t.edit() {
                Edit::Toggle => "true",
                Edit::Date => "2026-01-02",
                _ if *t == Top::ProceedingKind => "trial",
                _ => "x",
            };
            assert!(t.set(&mut c, v), "{t:?}");
            assert!(!t.get(&c).is_empty(), "{t:?}");
        }
        let text = c.to_toml();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        for t in Top::ALL {
            let mut v: Option<&toml::Value> = None;
            let mut table = Some(&doc);
            for seg in t.path().split('.') {
                v = table.and_then(|tb| tb.get(seg));
                table = v.and_then(|x| x.as_table());
            }
            assert!(v.is_some(), "{} not in\n{text}", t.path());
        }
    }

    #[test]
    fn free_text_is_reached_and_kept_values_are_not() {
        let mut o = Offence::default();
        OffenceField::Text.set(&mut o, "He took");
        assert_eq!(
            OffenceField::Text.free_text_mut(&mut o).map(|s| s.clone()),
            Some("He took".to_string())
        );
        assert!(OffenceField::Provision.free_text_mut(&mut o).is_none());
        assert!(!OffenceField::PenaltyMonths.set(&mut o, "ten"));
        assert!(OffenceField::PenaltyMonths.set(&mut o, "120"));
        assert_eq!(o.max_penalty_months, Some(120));
    }
}
