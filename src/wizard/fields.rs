//! The fields of the wizard: what each step asks, how each field reads and
//! writes the [`Case`], its label, help and the finding path it answers to.
//!
//! Pure data access: no terminal here. Labels and help are fluent ids
//! (`wiz-field-<key>`, `wiz-help-<key>`); measure details reuse the names
//! of `terms.ftl` (`field-<key>`).

use crate::case::{
    Case, FieldKey, FieldType, FieldValue, Measure, MeasureKind, ProceedingKind, Role,
};

/// A top-level field of the case (not inside a repeated item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Top {
    Reference,
    RequestingState,
    Authority,
    Address,
    ContactName,
    ContactRole,
    ContactPhone,
    ContactEmail,
    ContactHours,
    ContactTimeZone,
    ContactLanguages,
    ContactReply,
    RequestedState,
    DocumentLanguage,
    LegalBasis,
    LegalBasisNote,
    ProceedingKind,
    Stage,
    References,
    ProceedingAuthority,
    Functions,
    Subject,
    FinalJudgment,
    Facts,
    Purpose,
    Link,
    Urgent,
    UrgencyReason,
    NeededBy,
    Custody,
    Confidential,
    ConfidentialityReason,
    NoDisclosure,
    Oath,
    OfficialsPresent,
    DefencePresent,
    VerbatimRecord,
    ChainOfCustody,
    CertifyRecords,
    ProceduresOther,
    Speciality,
    NoDeathPenalty,
    ReturnOriginals,
    Reciprocity,
    AssurancesOther,
    SignName,
    SignTitle,
    SignPlace,
    SignDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OffenceField {
    Name,
    Provision,
    Text,
    Penalty,
    PenaltyMonths,
    From,
    To,
    Place,
    Limitation,
    Iccs,
    Fiscal,
    Political,
    Military,
    DeathPenalty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PersonField {
    Id,
    Role,
    Name,
    OtherNames,
    BirthDate,
    BirthPlace,
    Nationality,
    IdDocuments,
    Address,
    Language,
    Notes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnnexField {
    Title,
    Description,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EarlierField {
    Reference,
    Date,
    Description,
}

/// The repeated items of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Offences,
    Persons,
    Measures,
    Annexes,
    Earlier,
}

impl ListKind {
    /// The key of the list in the case file (and in finding paths).
    pub fn path(self) -> &'static str {
        match self {
            ListKind::Offences => "offences",
            ListKind::Persons => "persons",
            ListKind::Measures => "measures",
            ListKind::Annexes => "annexes",
            ListKind::Earlier => "earlier_requests",
        }
    }

    pub fn len(self, case: &Case) -> usize {
        match self {
            ListKind::Offences => case.offences.len(),
            ListKind::Persons => case.persons.len(),
            ListKind::Measures => case.measures.len(),
            ListKind::Annexes => case.annexes.len(),
            ListKind::Earlier => case.earlier_requests.len(),
        }
    }

    /// Add an empty item at the end; returns its index.
    pub fn push_new(self, case: &mut Case) -> usize {
        match self {
            ListKind::Offences => case.offences.push(Default::default()),
            ListKind::Persons => {
                let n = (1..)
                    .map(|i| format!("p{i}"))
                    .find(|id| case.person(id).is_none())
                    .unwrap_or_default();
                case.persons.push(crate::case::Person {
                    id: n,
                    ..Default::default()
                });
            }
            ListKind::Measures => case.measures.push(Measure::default()),
            ListKind::Annexes => case.annexes.push(Default::default()),
            ListKind::Earlier => case.earlier_requests.push(Default::default()),
        }
        self.len(case) - 1
    }

    pub fn remove(self, case: &mut Case, i: usize) {
        if i >= self.len(case) {
            return;
        }
        match self {
            ListKind::Offences => drop(case.offences.remove(i)),
            ListKind::Persons => drop(case.persons.remove(i)),
            ListKind::Measures => drop(case.measures.remove(i)),
            ListKind::Annexes => drop(case.annexes.remove(i)),
            ListKind::Earlier => drop(case.earlier_requests.remove(i)),
        }
    }

    /// Swap items `i` and `j`.
    pub fn swap(self, case: &mut Case, i: usize, j: usize) {
        let n = self.len(case);
        if i >= n || j >= n {
            return;
        }
        match self {
            ListKind::Offences => case.offences.swap(i, j),
            ListKind::Persons => case.persons.swap(i, j),
            ListKind::Measures => case.measures.swap(i, j),
            ListKind::Annexes => case.annexes.swap(i, j),
            ListKind::Earlier => case.earlier_requests.swap(i, j),
        }
    }

    /// A short title for item `i`, for the selector.
    pub fn title(self, case: &Case, i: usize) -> String {
        match self {
            ListKind::Offences => case.offences.get(i).map(|o| o.name.clone()),
            ListKind::Persons => case.persons.get(i).map(|p| p.name.clone()),
            ListKind::Measures => case
                .measures
                .get(i)
                .and_then(|m| m.kind)
                .map(|k| k.message_id()),
            ListKind::Annexes => case.annexes.get(i).map(|a| a.title.clone()),
            ListKind::Earlier => case.earlier_requests.get(i).map(|e| e.reference.clone()),
        }
        .unwrap_or_default()
    }

    pub fn label_id(self) -> &'static str {
        match self {
            ListKind::Offences => "wiz-list-offences",
            ListKind::Persons => "wiz-list-persons",
            ListKind::Measures => "wiz-list-measures",
            ListKind::Annexes => "wiz-list-annexes",
            ListKind::Earlier => "wiz-list-earlier",
        }
    }
}

/// One field the wizard can show and edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Top(Top),
    /// The selector of a repeated list (choose, add, remove, reorder items).
    List(ListKind),
    Offence(usize, OffenceField),
    Person(usize, PersonField),
    MeasureKind(usize),
    Measure(usize, FieldKey),
    Annex(usize, AnnexField),
    Earlier(usize, EarlierField),
}

/// How a field is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Line,
    /// Several lines, wrapped; one item per line for lists.
    Area,
    /// A date, typed as YYYY-MM-DD.
    Date,
    /// Yes / no, toggled.
    Toggle,
    /// One of a list of options (see [`Field::options`]).
    Choice,
    /// The selector of a list.
    Selector,
}

/// Where an option list comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The value stored in the case.
    pub value: String,
    /// A fluent id to show, or the text itself when `is_id` is false.
    pub label: String,
    pub is_id: bool,
}

fn lines_of(v: &[String]) -> String {
    v.join("\n")
}

fn split_lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn split_codes(s: &str) -> Vec<String> {
    s.split([',', ' ', ';'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

impl Top {
    /// The key in fluent ids and the path in findings.
    pub fn key(self) -> (&'static str, &'static str) {
        use Top::*;
        match self {
            Reference => ("reference", "reference"),
            RequestingState => ("requesting-state", "requesting.state"),
            Authority => ("authority", "requesting.authority"),
            Address => ("address", "requesting.address"),
            ContactName => ("contact-name", "requesting.contact.name"),
            ContactRole => ("contact-role", "requesting.contact.role"),
            ContactPhone => ("contact-phone", "requesting.contact.phone"),
            ContactEmail => ("contact-email", "requesting.contact.email"),
            ContactHours => ("contact-hours", "requesting.contact.office_hours"),
            ContactTimeZone => ("contact-time-zone", "requesting.contact.time_zone"),
            ContactLanguages => ("contact-languages", "requesting.contact.languages"),
            ContactReply => ("contact-reply", "requesting.contact.reply_channel"),
            RequestedState => ("requested-state", "requested_state"),
            DocumentLanguage => ("document-language", "document_language"),
            LegalBasis => ("legal-basis", "legal_basis"),
            LegalBasisNote => ("legal-basis-note", "legal_basis_note"),
            ProceedingKind => ("proceeding-kind", "proceeding.kind"),
            Stage => ("stage", "proceeding.stage"),
            References => ("references", "proceeding.references"),
            ProceedingAuthority => ("proceeding-authority", "proceeding.authority"),
            Functions => ("functions", "proceeding.authority_functions"),
            Subject => ("subject", "proceeding.subject"),
            FinalJudgment => ("final-judgment", "proceeding.final_judgment"),
            Facts => ("facts", "facts"),
            Purpose => ("purpose", "purpose"),
            Link => ("link", "link_to_state"),
            Urgent => ("urgent", "urgency.urgent"),
            UrgencyReason => ("urgency-reason", "urgency.reason"),
            NeededBy => ("needed-by", "urgency.needed_by"),
            Custody => ("custody", "urgency.custody"),
            Confidential => ("confidential", "confidentiality.required"),
            ConfidentialityReason => ("confidentiality-reason", "confidentiality.reason"),
            NoDisclosure => ("no-disclosure", "confidentiality.no_disclosure_to_person"),
            Oath => ("oath", "procedures.oath"),
            OfficialsPresent => ("officials-present", "procedures.officials_present"),
            DefencePresent => ("defence-present", "procedures.defence_present"),
            VerbatimRecord => ("verbatim-record", "procedures.verbatim_record"),
            ChainOfCustody => ("chain-of-custody", "procedures.chain_of_custody"),
            CertifyRecords => ("certify-records", "procedures.certify_business_records"),
            ProceduresOther => ("procedures-other", "procedures.other"),
            Speciality => ("speciality", "assurances.speciality"),
            NoDeathPenalty => ("no-death-penalty", "assurances.no_death_penalty"),
            ReturnOriginals => ("return-originals", "assurances.return_originals"),
            Reciprocity => ("reciprocity", "assurances.reciprocity"),
            AssurancesOther => ("assurances-other", "assurances.other"),
            SignName => ("sign-name", "signature.name"),
            SignTitle => ("sign-title", "signature.title"),
            SignPlace => ("sign-place", "signature.place"),
            SignDate => ("sign-date", "signature.date"),
        }
    }

    fn input(self) -> Input {
        use Top::*;
        match self {
            Address
            | LegalBasisNote
            | Functions
            | Subject
            | Facts
            | Purpose
            | Link
            | UrgencyReason
            | ConfidentialityReason
            | ProceduresOther
            | AssurancesOther
            | References => Input::Area,
            NeededBy | SignDate => Input::Date,
            Urgent | Custody | Confidential | NoDisclosure | Oath | OfficialsPresent
            | DefencePresent | VerbatimRecord | ChainOfCustody | CertifyRecords | Speciality
            | NoDeathPenalty | ReturnOriginals | Reciprocity => Input::Toggle,
            RequestingState | RequestedState | DocumentLanguage | LegalBasis | ProceedingKind => {
                Input::Choice
            }
            _ => Input::Line,
        }
    }
}

/// The top-level fields that hold a yes/no or a text directly, written
/// once for both the shared and the mutable accessor.
macro_rules! top_accessors {
    (bools { $($bv:ident => $($bf:ident).+,)* } texts { $($tv:ident => $($tf:ident).+,)* }) => {
        impl Top {
            fn bool_mut(self, c: &mut Case) -> Option<&mut bool> {
                match self { $(Top::$bv => Some(&mut c.$($bf).+),)* _ => None }
            }
            fn bool_ref(self, c: &Case) -> Option<&bool> {
                match self { $(Top::$bv => Some(&c.$($bf).+),)* _ => None }
            }
            fn text_mut(self, c: &mut Case) -> Option<&mut String> {
                match self { $(Top::$tv => Some(&mut c.$($tf).+),)* _ => None }
            }
            fn text_ref(self, c: &Case) -> Option<&String> {
                match self { $(Top::$tv => Some(&c.$($tf).+),)* _ => None }
            }
        }
    };
}

top_accessors! {
    bools {
        Urgent => urgency.urgent,
        Custody => urgency.custody,
        Confidential => confidentiality.required,
        NoDisclosure => confidentiality.no_disclosure_to_person,
        Oath => procedures.oath,
        OfficialsPresent => procedures.officials_present,
        DefencePresent => procedures.defence_present,
        VerbatimRecord => procedures.verbatim_record,
        ChainOfCustody => procedures.chain_of_custody,
        CertifyRecords => procedures.certify_business_records,
        Speciality => assurances.speciality,
        NoDeathPenalty => assurances.no_death_penalty,
        ReturnOriginals => assurances.return_originals,
        Reciprocity => assurances.reciprocity,
    }
    texts {
        Reference => reference,
        RequestingState => requesting.state,
        Authority => requesting.authority,
        Address => requesting.address,
        ContactName => requesting.contact.name,
        ContactRole => requesting.contact.role,
        ContactPhone => requesting.contact.phone,
        ContactEmail => requesting.contact.email,
        ContactHours => requesting.contact.office_hours,
        ContactTimeZone => requesting.contact.time_zone,
        ContactReply => requesting.contact.reply_channel,
        RequestedState => requested_state,
        DocumentLanguage => document_language,
        LegalBasis => legal_basis,
        LegalBasisNote => legal_basis_note,
        Stage => proceeding.stage,
        ProceedingAuthority => proceeding.authority,
        Functions => proceeding.authority_functions,
        Subject => proceeding.subject,
        FinalJudgment => proceeding.final_judgment,
        Facts => facts,
        Purpose => purpose,
        Link => link_to_state,
        UrgencyReason => urgency.reason,
        NeededBy => urgency.needed_by,
        ConfidentialityReason => confidentiality.reason,
        ProceduresOther => procedures.other,
        AssurancesOther => assurances.other,
        SignName => signature.name,
        SignTitle => signature.title,
        SignPlace => signature.place,
        SignDate => signature.date,
    }
}

impl OffenceField {
    fn key(self) -> (&'static str, &'static str) {
        match self {
            OffenceField::Name => ("offence-name", "name"),
            OffenceField::Provision => ("offence-provision", "provision"),
            OffenceField::Text => ("offence-text", "provision_text"),
            OffenceField::Penalty => ("offence-penalty", "max_penalty"),
            OffenceField::PenaltyMonths => ("offence-penalty-months", "max_penalty_months"),
            OffenceField::From => ("offence-from", "committed_from"),
            OffenceField::To => ("offence-to", "committed_to"),
            OffenceField::Place => ("offence-place", "place"),
            OffenceField::Limitation => ("offence-limitation", "limitation_date"),
            OffenceField::Iccs => ("offence-iccs", "iccs"),
            OffenceField::Fiscal => ("offence-fiscal", "fiscal"),
            OffenceField::Political => ("offence-political", "political"),
            OffenceField::Military => ("offence-military", "military"),
            OffenceField::DeathPenalty => ("offence-death-penalty", "death_penalty"),
        }
    }
    pub const ALL: &'static [OffenceField] = &[
        OffenceField::Name,
        OffenceField::Provision,
        OffenceField::Text,
        OffenceField::Penalty,
        OffenceField::PenaltyMonths,
        OffenceField::From,
        OffenceField::To,
        OffenceField::Place,
        OffenceField::Limitation,
        OffenceField::Iccs,
        OffenceField::Fiscal,
        OffenceField::Political,
        OffenceField::Military,
        OffenceField::DeathPenalty,
    ];
}

impl PersonField {
    fn key(self) -> (&'static str, &'static str) {
        match self {
            PersonField::Id => ("person-id", "id"),
            PersonField::Role => ("person-role", "role"),
            PersonField::Name => ("person-name", "name"),
            PersonField::OtherNames => ("person-other-names", "other_names"),
            PersonField::BirthDate => ("person-birth-date", "birth_date"),
            PersonField::BirthPlace => ("person-birth-place", "birth_place"),
            PersonField::Nationality => ("person-nationality", "nationality"),
            PersonField::IdDocuments => ("person-id-documents", "id_documents"),
            PersonField::Address => ("person-address", "address"),
            PersonField::Language => ("person-language", "language"),
            PersonField::Notes => ("person-notes", "notes"),
        }
    }
    pub const ALL: &'static [PersonField] = &[
        PersonField::Role,
        PersonField::Name,
        PersonField::Id,
        PersonField::OtherNames,
        PersonField::BirthDate,
        PersonField::BirthPlace,
        PersonField::Nationality,
        PersonField::IdDocuments,
        PersonField::Address,
        PersonField::Language,
        PersonField::Notes,
    ];
}

impl Field {
    /// The fluent id stem of the field (`wiz-field-<stem>`, `wiz-help-<stem>`).
    pub fn stem(self) -> String {
        match self {
            Field::Top(t) => t.key().0.to_string(),
            Field::List(l) => l.path().replace('_', "-"),
            Field::Offence(_, f) => f.key().0.to_string(),
            Field::Person(_, f) => f.key().0.to_string(),
            Field::MeasureKind(_) => "measure-kind".to_string(),
            Field::Measure(_, k) => format!("measure-{}", k.as_str().replace('_', "-")),
            Field::Annex(_, AnnexField::Title) => "annex-title".into(),
            Field::Annex(_, AnnexField::Description) => "annex-description".into(),
            Field::Earlier(_, EarlierField::Reference) => "earlier-reference".into(),
            Field::Earlier(_, EarlierField::Date) => "earlier-date".into(),
            Field::Earlier(_, EarlierField::Description) => "earlier-description".into(),
        }
    }

    /// The fluent id of the field's label.
    pub fn label_id(self) -> String {
        match self {
            Field::Measure(_, k) => k.message_id(),
            Field::List(l) => l.label_id().to_string(),
            f => format!("wiz-field-{}", f.stem()),
        }
    }

    /// The fluent id of the field's help text.
    pub fn help_id(self) -> String {
        format!("wiz-help-{}", self.stem())
    }

    /// The path findings use for this field (`offences[0].provision`).
    pub fn path(self) -> String {
        match self {
            Field::Top(t) => t.key().1.to_string(),
            Field::List(l) => l.path().to_string(),
            Field::Offence(i, f) => format!("offences[{i}].{}", f.key().1),
            Field::Person(i, f) => format!("persons[{i}].{}", f.key().1),
            Field::MeasureKind(i) => format!("measures[{i}].kind"),
            Field::Measure(i, k) => format!("measures[{i}].{}", k.as_str()),
            Field::Annex(i, AnnexField::Title) => format!("annexes[{i}].title"),
            Field::Annex(i, AnnexField::Description) => format!("annexes[{i}].description"),
            Field::Earlier(i, EarlierField::Reference) => {
                format!("earlier_requests[{i}].reference")
            }
            Field::Earlier(i, EarlierField::Date) => format!("earlier_requests[{i}].date"),
            Field::Earlier(i, EarlierField::Description) => {
                format!("earlier_requests[{i}].description")
            }
        }
    }

    /// How the field is edited.
    pub fn input(self) -> Input {
        match self {
            Field::Top(t) => t.input(),
            Field::List(_) => Input::Selector,
            Field::Offence(_, f) => match f {
                OffenceField::Text => Input::Area,
                OffenceField::Iccs => Input::Choice,
                OffenceField::Fiscal
                | OffenceField::Political
                | OffenceField::Military
                | OffenceField::DeathPenalty => Input::Toggle,
                OffenceField::From | OffenceField::To | OffenceField::Limitation => Input::Date,
                _ => Input::Line,
            },
            Field::Person(_, f) => match f {
                PersonField::Role | PersonField::Nationality => Input::Choice,
                PersonField::Address | PersonField::Notes => Input::Area,
                PersonField::BirthDate => Input::Date,
                _ => Input::Line,
            },
            Field::MeasureKind(_) => Input::Choice,
            Field::Measure(_, k) => match k.field_type() {
                FieldType::Text => Input::Line,
                FieldType::LongText | FieldType::List | FieldType::Ibans => Input::Area,
                FieldType::Date => Input::Date,
                FieldType::Bool => Input::Toggle,
                FieldType::Person => Input::Choice,
            },
            Field::Annex(_, AnnexField::Title) | Field::Earlier(_, EarlierField::Reference) => {
                Input::Line
            }
            Field::Earlier(_, EarlierField::Date) => Input::Date,
            Field::Annex(_, _) | Field::Earlier(_, _) => Input::Area,
        }
    }

    /// The field's value as text (lists one item per line, or comma
    /// separated for codes).
    pub fn text(self, c: &Case) -> String {
        match self {
            Field::Top(Top::ProceedingKind) => c
                .proceeding
                .kind
                .map(|k| format!("{k:?}").to_lowercase())
                .unwrap_or_default(),
            Field::Top(Top::ContactLanguages) => c.requesting.contact.languages.join(", "),
            Field::Top(Top::References) => lines_of(&c.proceeding.references),
            Field::Top(t) => {
                if let Some(b) = t.bool_ref(c) {
                    return b.to_string();
                }
                t.text_ref(c).cloned().unwrap_or_default()
            }
            Field::List(l) => l.len(c).to_string(),
            Field::Offence(i, f) => c.offences.get(i).map_or(String::new(), |o| match f {
                OffenceField::Name => o.name.clone(),
                OffenceField::Provision => o.provision.clone(),
                OffenceField::Text => o.provision_text.clone(),
                OffenceField::Penalty => o.max_penalty.clone(),
                OffenceField::PenaltyMonths => o
                    .max_penalty_months
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                OffenceField::From => o.committed_from.clone(),
                OffenceField::To => o.committed_to.clone(),
                OffenceField::Place => o.place.clone(),
                OffenceField::Limitation => o.limitation_date.clone(),
                OffenceField::Iccs => o.iccs.join(", "),
                OffenceField::Fiscal => o.fiscal.to_string(),
                OffenceField::Political => o.political.to_string(),
                OffenceField::Military => o.military.to_string(),
                OffenceField::DeathPenalty => o.death_penalty.to_string(),
            }),
            Field::Person(i, f) => c.persons.get(i).map_or(String::new(), |p| match f {
                PersonField::Id => p.id.clone(),
                PersonField::Role => p.role.map(|r| role_key(r).to_string()).unwrap_or_default(),
                PersonField::Name => p.name.clone(),
                PersonField::OtherNames => p.other_names.clone(),
                PersonField::BirthDate => p.birth_date.clone(),
                PersonField::BirthPlace => p.birth_place.clone(),
                PersonField::Nationality => p.nationality.clone(),
                PersonField::IdDocuments => p.id_documents.clone(),
                PersonField::Address => p.address.clone(),
                PersonField::Language => p.language.clone(),
                PersonField::Notes => p.notes.clone(),
            }),
            Field::MeasureKind(i) => c
                .measures
                .get(i)
                .and_then(|m| m.kind)
                .map(|k| k.key().to_string())
                .unwrap_or_default(),
            Field::Measure(i, k) => c.measures.get(i).map_or(String::new(), |m| {
                let v = m.get(k);
                match v {
                    FieldValue::Bool(b) => b.to_string(),
                    FieldValue::List(l) => l.join("\n"),
                    other => other.as_text(),
                }
            }),
            Field::Annex(i, f) => c.annexes.get(i).map_or(String::new(), |a| match f {
                AnnexField::Title => a.title.clone(),
                AnnexField::Description => a.description.clone(),
            }),
            Field::Earlier(i, f) => c
                .earlier_requests
                .get(i)
                .map_or(String::new(), |e| match f {
                    EarlierField::Reference => e.reference.clone(),
                    EarlierField::Date => e.date.clone(),
                    EarlierField::Description => e.description.clone(),
                }),
        }
    }

    /// Whether a toggle is on.
    pub fn is_on(self, c: &Case) -> bool {
        self.text(c) == "true"
    }

    /// Set the field from text. Returns false when the text was not taken
    /// (a number field given letters keeps its text in a finding instead:
    /// nothing typed is dropped silently).
    pub fn set_text(self, c: &mut Case, s: &str) -> bool {
        match self {
            Field::Top(Top::ProceedingKind) => {
                c.proceeding.kind = ProceedingKind::ALL
                    .iter()
                    .copied()
                    .find(|k| format!("{k:?}").eq_ignore_ascii_case(s.trim()));
            }
            Field::Top(Top::ContactLanguages) => c.requesting.contact.languages = split_codes(s),
            Field::Top(Top::References) => c.proceeding.references = split_lines(s),
            Field::Top(t) => {
                if let Some(b) = t.bool_mut(c) {
                    *b = s.trim() == "true";
                } else if let Some(text) = t.text_mut(c) {
                    *text = s.to_string();
                }
            }
            Field::List(_) => return false,
            Field::Offence(i, f) => {
                let Some(o) = c.offences.get_mut(i) else {
                    return false;
                };
                match f {
                    OffenceField::Name => o.name = s.into(),
                    OffenceField::Provision => o.provision = s.into(),
                    OffenceField::Text => o.provision_text = s.into(),
                    OffenceField::Penalty => o.max_penalty = s.into(),
                    OffenceField::PenaltyMonths => {
                        if s.trim().is_empty() {
                            o.max_penalty_months = None;
                        } else if let Ok(n) = s.trim().parse() {
                            o.max_penalty_months = Some(n);
                        } else {
                            return false;
                        }
                    }
                    OffenceField::From => o.committed_from = s.into(),
                    OffenceField::To => o.committed_to = s.into(),
                    OffenceField::Place => o.place = s.into(),
                    OffenceField::Limitation => o.limitation_date = s.into(),
                    OffenceField::Iccs => o.iccs = split_codes(s),
                    OffenceField::Fiscal => o.fiscal = s.trim() == "true",
                    OffenceField::Political => o.political = s.trim() == "true",
                    OffenceField::Military => o.military = s.trim() == "true",
                    OffenceField::DeathPenalty => o.death_penalty = s.trim() == "true",
                }
            }
            Field::Person(i, f) => {
                let Some(p) = c.persons.get_mut(i) else {
                    return false;
                };
                match f {
                    PersonField::Id => p.id = s.trim().into(),
                    PersonField::Role => {
                        p.role = Role::ALL.iter().copied().find(|r| role_key(*r) == s.trim())
                    }
                    PersonField::Name => p.name = s.into(),
                    PersonField::OtherNames => p.other_names = s.into(),
                    PersonField::BirthDate => p.birth_date = s.into(),
                    PersonField::BirthPlace => p.birth_place = s.into(),
                    PersonField::Nationality => p.nationality = s.trim().to_uppercase(),
                    PersonField::IdDocuments => p.id_documents = s.into(),
                    PersonField::Address => p.address = s.into(),
                    PersonField::Language => p.language = s.trim().to_lowercase(),
                    PersonField::Notes => p.notes = s.into(),
                }
            }
            Field::MeasureKind(i) => {
                let Some(m) = c.measures.get_mut(i) else {
                    return false;
                };
                m.kind = MeasureKind::from_key(s.trim());
            }
            Field::Measure(i, k) => {
                let Some(m) = c.measures.get_mut(i) else {
                    return false;
                };
                *m.get_mut(k) = match k.field_type() {
                    FieldType::Bool => FieldValue::Bool(s.trim() == "true"),
                    FieldType::List | FieldType::Ibans => {
                        let items = split_lines(s);
                        if items.is_empty() {
                            FieldValue::Empty
                        } else {
                            FieldValue::List(items)
                        }
                    }
                    _ if s.is_empty() => FieldValue::Empty,
                    _ => FieldValue::Text(s.to_string()),
                };
            }
            Field::Annex(i, f) => {
                let Some(a) = c.annexes.get_mut(i) else {
                    return false;
                };
                match f {
                    AnnexField::Title => a.title = s.into(),
                    AnnexField::Description => a.description = s.into(),
                }
            }
            Field::Earlier(i, f) => {
                let Some(e) = c.earlier_requests.get_mut(i) else {
                    return false;
                };
                match f {
                    EarlierField::Reference => e.reference = s.into(),
                    EarlierField::Date => e.date = s.into(),
                    EarlierField::Description => e.description = s.into(),
                }
            }
        }
        true
    }

    /// Flip a toggle.
    pub fn toggle(self, c: &mut Case) {
        let on = self.is_on(c);
        self.set_text(c, if on { "false" } else { "true" });
    }
}

/// Add an ICCS code to an offence, or remove it if it is there.
pub fn toggle_iccs(c: &mut Case, offence: usize, code: &str) {
    if let Some(o) = c.offences.get_mut(offence) {
        if let Some(pos) = o.iccs.iter().position(|x| x == code) {
            o.iccs.remove(pos);
        } else {
            o.iccs.push(code.to_string());
        }
    }
}

/// The file key of a role.
pub fn role_key(r: Role) -> &'static str {
    match r {
        Role::Suspect => "suspect",
        Role::Accused => "accused",
        Role::Witness => "witness",
        Role::Victim => "victim",
        Role::Expert => "expert",
        Role::Company => "company",
    }
}

/// The rows of one item of a list, in the order they are asked.
pub fn item_fields(list: ListKind, c: &Case, i: usize) -> Vec<Field> {
    match list {
        ListKind::Offences => OffenceField::ALL
            .iter()
            .map(|f| Field::Offence(i, *f))
            .collect(),
        ListKind::Persons => PersonField::ALL
            .iter()
            .map(|f| Field::Person(i, *f))
            .collect(),
        ListKind::Measures => {
            let mut v = vec![Field::MeasureKind(i)];
            if let Some(kind) = c.measures.get(i).and_then(|m| m.kind) {
                v.extend(kind.fields().iter().map(|(k, _)| Field::Measure(i, *k)));
            }
            v
        }
        ListKind::Annexes => vec![
            Field::Annex(i, AnnexField::Title),
            Field::Annex(i, AnnexField::Description),
        ],
        ListKind::Earlier => vec![
            Field::Earlier(i, EarlierField::Reference),
            Field::Earlier(i, EarlierField::Date),
            Field::Earlier(i, EarlierField::Description),
        ],
    }
}

/// Whether a measure detail is required for its kind.
pub fn is_required(c: &Case, f: Field) -> bool {
    match f {
        Field::Measure(i, k) => c.measures.get(i).and_then(|m| m.kind).is_some_and(|kind| {
            kind.fields()
                .iter()
                .any(|(fk, need)| *fk == k && *need == crate::case::Need::Required)
        }),
        _ => false,
    }
}
