//! The request as the user wrote it: [`Case`], the contents of a case file.
//!
//! Everything here is what a person typed, possibly incomplete or wrong:
//! dates and codes are kept as text so that a typo is reported by the checks
//! (with its field) instead of making the whole file unreadable. This module
//! parses and prints the TOML format; it does no file I/O (see `store`).

pub mod measure;
pub mod records;
pub mod request;
pub mod schema;

pub use measure::{FieldKey, FieldType, FieldValue, Measure, MeasureKind, Need};
pub use records::*;
pub use request::Request;

use serde::{Deserialize, Serialize};

use crate::locate::{Located, locate};

/// The case file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The measure details that are free text to translate (others are names,
/// numbers, dates or identifiers).
const FREE_MEASURE_FIELDS: &[FieldKey] = &[
    FieldKey::purpose,
    FieldKey::questions,
    FieldKey::presiding,
    FieldKey::institution,
    FieldKey::premises,
    FieldKey::domestic_order,
    FieldKey::site,
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
    /// are free text is said once, in [`records`] and [`FREE_MEASURE_FIELDS`].
    pub fn for_each_free_text(&mut self, mut f: impl FnMut(&str, &mut String)) {
        let mut visit = |path: String, s: &mut String| {
            if !s.trim().is_empty() {
                f(&path, s);
            }
        };
        for t in Top::all() {
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
        items!(offences, "offences", OffenceField);
        items!(persons, "persons", PersonField);
        for (i, m) in self.measures.iter_mut().enumerate() {
            for key in FREE_MEASURE_FIELDS {
                if let FieldValue::Text(s) = m.get_mut(*key) {
                    visit(format!("measures[{i}].{}", key.as_str()), s);
                }
            }
        }
        items!(earlier_requests, "earlier_requests", EarlierField);
        items!(annexes, "annexes", AnnexField);
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
        self.free_texts()
            .into_iter()
            .map(|(path, _)| path)
            .filter(|path| self.translation(lang, path).is_none())
            .collect()
    }

    /// Every non-empty free-text field with its path and text.
    pub fn free_texts(&self) -> Vec<(String, String)> {
        let mut copy = self.clone();
        let mut out = Vec::new();
        copy.for_each_free_text(|path, text| out.push((path.to_string(), text.clone())));
        out
    }
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

impl crate::i18n::Localized for CaseError {
    fn localized(&self, l: &crate::i18n::Localizer) -> String {
        match self {
            CaseError::Syntax(at) => at.localized(l),
        }
    }
}

/// Why a case file could not be read. The English texts are for logs; a
/// user reads its `Localized` form.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("{0}")]
    Syntax(Located),
}

/// Where the value of `format_version` starts in a case file's text.
fn version_span(text: &str) -> Option<std::ops::Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("format_version")
            && let Some(eq) = rest.find('=')
            && rest[..eq].trim().is_empty()
        {
            let value = &rest[eq + 1..];
            let lead = value.len() - value.trim_start().len();
            let start = offset + (line.len() - t.len()) + "format_version".len() + eq + 1 + lead;
            return Some(start..start + 1);
        }
        offset += line.len();
    }
    None
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
        // A version this program cannot read is said at its line.
        let bad_version = |id: &'static str, english: String| {
            let span = version_span(text);
            let mut at = locate(origin, text, span, english);
            at.field = "format_version".into();
            at.id = Some(Box::new((
                id,
                vec![
                    ("found", case.format_version.to_string()),
                    ("supported", FORMAT_VERSION.to_string()),
                ],
            )));
            CaseError::Syntax(at)
        };
        if case.format_version == 0 {
            return Err(bad_version(
                "case-format-zero",
                format!(
                    "case file format version 0 does not exist; expected format_version = {FORMAT_VERSION}"
                ),
            ));
        }
        if case.format_version > FORMAT_VERSION {
            return Err(bad_version(
                "case-format-too-new",
                format!(
                    "case file format version {} is newer than this program reads ({FORMAT_VERSION}); update Rogatory",
                    case.format_version
                ),
            ));
        }
        let mut case = case;
        case.fold_procedures_into_measures();
        Ok(case)
    }

    /// The oath and the certification of records are asked for in each
    /// measure; an older file that asked for them under `[procedures]`
    /// has them moved into the measures that take them.
    fn fold_procedures_into_measures(&mut self) {
        let legacy = [
            (self.procedures.oath, FieldKey::oath),
            (
                self.procedures.certify_business_records,
                FieldKey::certification,
            ),
        ];
        for (on, key) in legacy {
            if !on {
                continue;
            }
            let mut taken = false;
            for m in &mut self.measures {
                if m.kind
                    .is_some_and(|k| k.fields().iter().any(|(f, _)| *f == key))
                {
                    taken = true;
                    let v = m.get_mut(key);
                    if v.is_empty() {
                        *v = FieldValue::Bool(true);
                    }
                }
            }
            if taken {
                match key {
                    FieldKey::oath => self.procedures.oath = false,
                    _ => self.procedures.certify_business_records = false,
                }
            }
        }
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
