//! The records of a case file, each declared once: a line per field gives
//! its type and doc, and its variant, fluent stem, part of the request, how
//! it is edited, how it reads as text and whether it is free text to
//! translate (see `schema.rs` for the columns). The serde structs, the
//! wizard's rows, the checks' field paths and the translation units all
//! come from these tables: a new field is one line here plus its messages
//! (`wiz-field-<stem>`, `wiz-help-<stem>`).

use std::collections::BTreeMap;

use super::measure::Measure;
use super::schema::{
    AsTyped, Blank, Codec, Codes, Edit, Flag, Key, Lines, Lower, Months, Section, Text, Trimmed,
    Upper, free_string, record, top,
};
use super::{ProceedingKind, Role};

record! {
    /// A whole request, as saved in a case file.
    pub struct Case, fields CaseField at "" {
        /// The requesting state's own reference for this request.
        reference: String => Reference, "reference", Authority, Line, AsTyped, Kept;
        /// Language the free text (facts, questions) is written in
        /// (ISO 639-1); English when not said.
        language: String => WritingLanguage, "writing-language", Authority, Choice, Lower, Kept;
        /// ISO 3166-1 alpha-2 code of the requested state.
        requested_state: String => RequestedState, "requested-state", State, Choice, AsTyped, Kept;
        /// Document language override; empty means the requested state's first.
        document_language: String => DocumentLanguage, "document-language", State, Choice, AsTyped, Kept;
        /// How the request travels: `central-authority` (empty means so),
        /// `direct` (between judicial authorities, where the requested
        /// state's profile allows it) or `diplomatic`.
        channel: String => Channel, "channel", State, Choice, Lower, Kept;
        /// The authority the letter is addressed to when it does not go to
        /// the central authority (the competent prosecutor or court).
        recipient: String => Recipient, "recipient", State, Line, AsTyped, Kept;
        /// That authority's postal address.
        recipient_address: String => RecipientAddress, "recipient-address", State, Area, AsTyped, Kept;
        /// Id of the legal basis: a treaty of the registry (`untoc`, ...), or
        /// another basis the requested state's profile lists.
        legal_basis: String => LegalBasis, "legal-basis", LegalBasis, Choice, AsTyped, Kept;
        /// Anything to add about the legal basis (article, reciprocity undertaking).
        legal_basis_note: String => LegalBasisNote, "legal-basis-note", LegalBasis, Area, AsTyped, Free;
        /// Summary of the relevant facts (UNTOC art. 18(15)(c)).
        facts: String => Facts, "facts", Facts, Area, AsTyped, Free;
        /// The purpose for which the assistance is sought (art. 18(15)(f)).
        purpose: String => Purpose, "purpose", Facts, Area, AsTyped, Free;
        /// Why the evidence, person or asset is believed to be in the requested state.
        link_to_state: String => Link, "link", Facts, Area, AsTyped, Free;
    }
    contains {
        /// Format of the file; see [`super::FORMAT_VERSION`].
        format_version: u32;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        requesting: Requesting;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        proceeding: Proceeding;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        offences: Vec<Offence>;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        persons: Vec<Person>;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        measures: Vec<Measure>;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        urgency: Urgency;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        confidentiality: Confidentiality;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        procedures: Procedures;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        assurances: Assurances;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        earlier_requests: Vec<EarlierRequest>;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        annexes: Vec<Annex>;
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        signature: Signature;
        /// Who translated the request, for the certificate a state that
        /// requires a certified translation expects.
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        translator: Translator;
        /// Translations of the free text, by language, then by field path
        /// (`[translations.fr]` with keys such as `facts` or
        /// `"measures[0].questions"`).
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        translations: BTreeMap<String, BTreeMap<String, String>>;
        /// The fingerprint of the source each translation was made from, by
        /// language then field path: written by `rogatory translate import`,
        /// so that a source edited afterwards marks its translation stale.
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        translation_sources: BTreeMap<String, BTreeMap<String, String>>;
        /// Translations kept aside, by language then field path: one an
        /// import refused because the text had changed since the export,
        /// so that the translator's work is not lost. Never printed.
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        translations_aside: BTreeMap<String, BTreeMap<String, String>>;
        /// What Rogatory knew when the file was saved: the version of the
        /// requested state's profile and of the treaty relied on
        /// (`"profile.GB" = "version 3, verified 2026-12-02, built-in"`).
        /// Written on save; not edited by hand.
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        knowledge: BTreeMap<String, String>;
        /// The public keys (`age1…`) the file is encrypted to, when it is
        /// encrypted to a team's keys rather than a passphrase: kept inside
        /// the encrypted case so that saving it again keeps every member
        /// able to read it. Written by `rogatory encrypt`; not edited by hand.
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        encrypted_to: Vec<String>;
    }
}

record! {
    /// The requesting authority and the person handling the case.
    pub struct Requesting, fields RequestingField at "requesting." {
        /// ISO 3166-1 alpha-2 code of the requesting state.
        state: String => RequestingState, "requesting-state", Authority, Choice, AsTyped, Kept;
        authority: String => Authority, "authority", Authority, Line, AsTyped, Kept;
        address: String => Address, "address", Authority, Area, AsTyped, Kept;
        /// The reference of an earlier police-to-police contact in the matter
        /// (through Interpol, Europol or a liaison officer).
        police_reference: String => PoliceReference, "police-reference", Authority, Line, AsTyped, Kept;
    }
    contains {
        #[serde(default, skip_serializing_if = "Blank::is_blank")]
        contact: Contact;
    }
}

record! {
    /// The person handling the case, to be reached by the requested state.
    pub struct Contact, fields ContactField at "requesting.contact." {
        name: String => ContactName, "contact-name", Authority, Line, AsTyped, Kept;
        role: String => ContactRole, "contact-role", Authority, Line, AsTyped, Kept;
        phone: String => ContactPhone, "contact-phone", Authority, Line, AsTyped, Kept;
        email: String => ContactEmail, "contact-email", Authority, Line, AsTyped, Kept;
        office_hours: String => ContactHours, "contact-hours", Authority, Line, AsTyped, Free;
        /// IANA time zone name, e.g. `Europe/London`.
        time_zone: String => ContactTimeZone, "contact-time-zone", Authority, Line, AsTyped, Kept;
        /// Languages the contact speaks (ISO 639-1).
        languages: Vec<String> => ContactLanguages, "contact-languages", Authority, Line, Codes, Kept;
        /// How the requested state should reply (e-mail, through the central authority...).
        reply_channel: String => ContactReply, "contact-reply", Authority, Line, AsTyped, Free;
    }
}

record! {
    /// The investigation, prosecution or proceeding the request serves.
    pub struct Proceeding, fields ProceedingField at "proceeding." {
        kind: Option<ProceedingKind> => ProceedingKind, "proceeding-kind", Proceeding, Choice, Key, Kept;
        /// Subject matter and nature of the proceeding.
        subject: String => Subject, "subject", Proceeding, Area, AsTyped, Free;
        /// Stage in the proceeding, in the requesting state's words.
        stage: String => Stage, "stage", Proceeding, Line, AsTyped, Free;
        references: Vec<String> => References, "references", Proceeding, Area, Lines, Kept;
        /// The authority conducting the proceeding.
        authority: String => ProceedingAuthority, "proceeding-authority", Proceeding, Line, AsTyped, Free;
        /// Its functions (art. 18(15)(b)).
        authority_functions: String => Functions, "functions", Proceeding, Area, AsTyped, Free;
        /// A final judgment already given on the same facts, if any (ne bis in idem).
        final_judgment: String => FinalJudgment, "final-judgment", Proceeding, Line, AsTyped, Free;
    }
}

record! {
    /// One offence under investigation (`offences[i]`).
    pub struct Offence, fields OffenceField at "" {
        name: String => Name, "offence-name", Offences, Line, AsTyped, Free;
        /// The provision's citation, e.g. `Fraud Act 2006, s. 1`.
        provision: String => Provision, "offence-provision", Offences, Line, AsTyped, Free;
        /// The text of the provision.
        provision_text: String => Text, "offence-text", Offences, Area, AsTyped, Free;
        /// Maximum penalty, in words (e.g. `10 years' imprisonment`).
        max_penalty: String => Penalty, "offence-penalty", Offences, Line, AsTyped, Free;
        /// Maximum custodial penalty in months, for thresholds.
        max_penalty_months: Option<u32> => PenaltyMonths, "offence-penalty-months", Offences, Line, Months, Kept;
        committed_from: String => From, "offence-from", Offences, Date, AsTyped, Kept;
        committed_to: String => To, "offence-to", Offences, Date, AsTyped, Kept;
        place: String => Place, "offence-place", Offences, Line, AsTyped, Free;
        limitation_date: String => Limitation, "offence-limitation", Offences, Date, AsTyped, Kept;
        /// ICCS codes of the conduct (UNODC 2015), e.g. `0701`.
        iccs: Vec<String> => Iccs, "offence-iccs", Offences, Choice, Codes, Kept;
        /// A tax, customs or excise offence (UNTOC art. 18(22)).
        fiscal: bool => Fiscal, "offence-fiscal", Offences, Toggle, Flag, Kept;
        /// The offence is, or may be seen as, political.
        political: bool => Political, "offence-political", Offences, Toggle, Flag, Kept;
        /// A purely military offence.
        military: bool => Military, "offence-military", Offences, Toggle, Flag, Kept;
        /// The requesting state's law allows the death penalty for it.
        death_penalty: bool => DeathPenalty, "offence-death-penalty", Offences, Toggle, Flag, Kept;
    }
}

record! {
    /// A person or company concerned by the request (`persons[i]`).
    pub struct Person, fields PersonField at "" {
        role: Option<Role> => Role, "person-role", Persons, Choice, Key, Kept;
        /// Full name, or the company's registered name.
        name: String => Name, "person-name", Persons, Line, AsTyped, Kept;
        /// Short id measures refer to (`p1`, `bank-holder`).
        id: String => Id, "person-id", Persons, Line, Trimmed, Kept;
        other_names: String => OtherNames, "person-other-names", Persons, Line, AsTyped, Kept;
        birth_date: String => BirthDate, "person-birth-date", Persons, Date, AsTyped, Kept;
        birth_place: String => BirthPlace, "person-birth-place", Persons, Line, AsTyped, Free;
        /// ISO 3166-1 alpha-2 code (country of registration for a company).
        nationality: String => Nationality, "person-nationality", Persons, Choice, Upper, Kept;
        /// Passport, identity card or company registration number.
        id_documents: String => IdDocuments, "person-id-documents", Persons, Line, AsTyped, Free;
        address: String => Address, "person-address", Persons, Area, AsTyped, Free;
        /// `female` or `male`, where the document's language writes the
        /// role differently (Zeugin, Zeuge); empty when not said.
        gender: String => Gender, "person-gender", Persons, Choice, Lower, Kept;
        /// Language the person speaks (ISO 639-1), for interpreters.
        language: String => Language, "person-language", Persons, Line, Lower, Kept;
        notes: String => Notes, "person-notes", Persons, Area, AsTyped, Free;
    }
}

record! {
    /// How urgent the request is.
    pub struct Urgency, fields UrgencyField at "urgency." {
        urgent: bool => Urgent, "urgent", Urgency, Toggle, Flag, Kept;
        reason: String => UrgencyReason, "urgency-reason", Urgency, Area, AsTyped, Free;
        /// Date by which the result is needed.
        needed_by: String => NeededBy, "needed-by", Urgency, Date, AsTyped, Kept;
        /// A person is in custody in this case.
        custody: bool => Custody, "custody", Urgency, Toggle, Flag, Kept;
    }
}

record! {
    /// Whether the request and its execution must stay confidential.
    pub struct Confidentiality, fields ConfidentialityField at "confidentiality." {
        required: bool => Confidential, "confidential", Urgency, Toggle, Flag, Kept;
        reason: String => ConfidentialityReason, "confidentiality-reason", Urgency, Area, AsTyped, Free;
        /// The person concerned must not be told (anti tipping-off).
        no_disclosure_to_person: bool => NoDisclosure, "no-disclosure", Urgency, Toggle, Flag, Kept;
    }
}

record! {
    /// Procedures the requesting state asks to be followed (art. 18(17)).
    pub struct Procedures, fields ProceduresField at "procedures." {
        officials_present: bool => OfficialsPresent, "officials-present", Procedures, Toggle, Flag, Kept;
        defence_present: bool => DefencePresent, "defence-present", Procedures, Toggle, Flag, Kept;
        verbatim_record: bool => VerbatimRecord, "verbatim-record", Procedures, Toggle, Flag, Kept;
        chain_of_custody: bool => ChainOfCustody, "chain-of-custody", Procedures, Toggle, Flag, Kept;
        other: String => ProceduresOther, "procedures-other", Procedures, Area, AsTyped, Free;
    }
    contains {
        /// Older files asked for the oath and the certification of records
        /// here as well as in each measure; they are read into the measures
        /// (see [`Case::from_toml`]) and kept here only when no measure
        /// takes them, so nothing written is lost.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        oath: bool;
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        certify_business_records: bool;
    }
}

record! {
    /// Assurances the requesting state gives.
    pub struct Assurances, fields AssurancesField at "assurances." {
        /// Use only for the stated purpose (speciality, art. 18(19)).
        speciality: bool => Speciality, "speciality", Procedures, Toggle, Flag, Kept;
        no_death_penalty: bool => NoDeathPenalty, "no-death-penalty", Procedures, Toggle, Flag, Kept;
        return_originals: bool => ReturnOriginals, "return-originals", Procedures, Toggle, Flag, Kept;
        reciprocity: bool => Reciprocity, "reciprocity", Procedures, Toggle, Flag, Kept;
        other: String => AssurancesOther, "assurances-other", Procedures, Area, AsTyped, Free;
    }
}

record! {
    /// An earlier request in the same matter (`earlier_requests[i]`).
    pub struct EarlierRequest, fields EarlierField at "" {
        reference: String => Reference, "earlier-reference", Earlier, Line, AsTyped, Kept;
        date: String => Date, "earlier-date", Earlier, Date, AsTyped, Kept;
        description: String => Description, "earlier-description", Earlier, Area, AsTyped, Free;
    }
}

record! {
    /// A document annexed to the request (`annexes[i]`).
    pub struct Annex, fields AnnexField at "" {
        title: String => Title, "annex-title", Annexes, Line, AsTyped, Free;
        description: String => Description, "annex-description", Annexes, Area, AsTyped, Free;
    }
}

record! {
    /// Who signs the request, where and when.
    pub struct Signature, fields SignatureField at "signature." {
        name: String => SignName, "sign-name", Signature, Line, AsTyped, Kept;
        title: String => SignTitle, "sign-title", Signature, Line, AsTyped, Kept;
        place: String => SignPlace, "sign-place", Signature, Line, AsTyped, Kept;
        date: String => SignDate, "sign-date", Signature, Date, AsTyped, Kept;
    }
}

record! {
    /// The translator who certifies the translation.
    pub struct Translator, fields TranslatorField at "translator." {
        name: String => TranslatorName, "translator-name", Signature, Line, AsTyped, Kept;
        qualification: String => TranslatorQualification, "translator-qualification", Signature, Line, AsTyped, Kept;
        date: String => TranslatorDate, "translator-date", Signature, Date, AsTyped, Kept;
    }
}

top! {
    Requesting(RequestingField) => requesting;
    Contact(ContactField) => requesting.contact;
    Case(CaseField) => ;
    Proceeding(ProceedingField) => proceeding;
    Urgency(UrgencyField) => urgency;
    Confidentiality(ConfidentialityField) => confidentiality;
    Procedures(ProceduresField) => procedures;
    Assurances(AssurancesField) => assurances;
    Signature(SignatureField) => signature;
    Translator(TranslatorField) => translator;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_file_keys() {
        let t = Top::Contact(ContactField::ContactName);
        assert_eq!(t.path(), "requesting.contact.name");
        let t = Top::Confidentiality(ConfidentialityField::NoDisclosure);
        assert_eq!(t.path(), "confidentiality.no_disclosure_to_person");
        assert_eq!(OffenceField::Text.path(), "provision_text");
    }

    #[test]
    fn every_path_names_a_key_of_the_case_file() {
        // Fill every field through the schema, write the TOML and find each
        // path in it: a path that is not the serde key would be missing.
        let mut c = Case::new();
        for t in Top::all() {
            let v = match t.edit() {
                Edit::Toggle => "true",
                Edit::Date => "2026-01-02",
                _ if t == Top::Proceeding(ProceedingField::ProceedingKind) => "trial",
                _ => "x",
            };
            assert!(t.set(&mut c, v), "{t:?}");
            assert!(!t.get(&c).is_empty(), "{t:?}");
        }
        let text = c.to_toml();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        for t in Top::all() {
            let mut v: Option<&toml::Value> = None;
            let mut table = Some(&doc);
            for seg in t.path().split('.') {
                v = table.and_then(|tb| tb.get(seg));
                table = v.and_then(|x| x.as_table());
            }
            assert!(v.is_some(), "{} not in\n{text}", t.path());
        }
        // And it reads back the same.
        assert_eq!(Case::from_toml(&text, "t.toml").unwrap(), c);
    }

    #[test]
    fn free_text_is_reached_and_kept_values_are_not() {
        let mut o = Offence::default();
        OffenceField::Text.set(&mut o, "He took");
        assert_eq!(
            OffenceField::Text.free_text_mut(&mut o).map(|s| s.clone()),
            Some("He took".to_string())
        );
        assert!(OffenceField::From.free_text_mut(&mut o).is_none());
        assert!(!OffenceField::PenaltyMonths.set(&mut o, "ten"));
        assert!(OffenceField::PenaltyMonths.set(&mut o, "120"));
        assert_eq!(o.max_penalty_months, Some(120));
    }

    #[test]
    fn the_wizard_order_of_a_part_is_the_table_order() {
        let authority: Vec<_> = Top::in_section(Section::Authority)
            .map(|t| t.stem())
            .collect();
        assert_eq!(authority.first(), Some(&"requesting-state"));
        assert_eq!(authority.last(), Some(&"writing-language"));
    }
}
