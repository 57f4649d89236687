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

use super::{ProceedingKind, Role};

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

/// Whether a value is empty, so that it is left out of the case file.
pub trait Blank {
    fn is_blank(&self) -> bool;
}

impl Blank for String {
    fn is_blank(&self) -> bool {
        self.trim().is_empty()
    }
}

impl Blank for bool {
    fn is_blank(&self) -> bool {
        !*self
    }
}

impl<T> Blank for Vec<T> {
    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}

impl<T> Blank for Option<T> {
    fn is_blank(&self) -> bool {
        self.is_none()
    }
}

impl<K, V> Blank for std::collections::BTreeMap<K, V> {
    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}

/// One record of the case file, declared once: the serde struct (each
/// field left out of the file when blank) and the enum of its fields with
/// everything the rest of the program needs to know about each. Fields a
/// person does not fill in directly (nested records, lists, the format
/// version) go under `contains`, with their own serde attributes.
macro_rules! record {
    (
        $(#[$smeta:meta])*
        pub struct $S:ident, fields $F:ident at $prefix:literal {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty => $var:ident, $stem:literal, $section:ident, $edit:ident, $codec:ident, $text:ident; )*
        }
        $( contains { $( $(#[$xmeta:meta])* $xfield:ident : $xty:ty; )* } )?
    ) => {
        $(#[$smeta])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $S {
            $( $( $(#[$xmeta])* pub $xfield: $xty, )* )?
            $(
                $(#[$fmeta])*
                #[serde(default, skip_serializing_if = "Blank::is_blank")]
                pub $field: $ty,
            )*
        }

        impl Blank for $S {
            fn is_blank(&self) -> bool {
                *self == $S::default()
            }
        }

        #[doc = concat!("A field of [`", stringify!($S), "`].")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $F { $( $var, )* }

        impl $F {
            /// Every field, in the order the wizard asks for them.
            pub const ALL: &'static [$F] = &[ $( $F::$var, )* ];

            /// The stem of its fluent ids.
            pub fn stem(self) -> &'static str {
                match self { $( $F::$var => $stem, )* }
            }

            /// Its path, as in the file and in findings (inside its item
            /// for the records of a list).
            pub fn path(self) -> &'static str {
                match self { $( $F::$var => concat!($prefix, stringify!($field)), )* }
            }

            /// The part of the request it belongs to.
            pub fn section(self) -> Section {
                match self { $( $F::$var => Section::$section, )* }
            }

            /// The fields of one part, in order.
            pub fn in_section(section: Section) -> impl Iterator<Item = $F> {
                Self::ALL.iter().copied().filter(move |f| f.section() == section)
            }

            pub fn edit(self) -> Edit {
                match self { $( $F::$var => Edit::$edit, )* }
            }

            /// Whether it is free text to translate.
            pub fn is_free(self) -> bool {
                match self { $( $F::$var => Text::$text == Text::Free, )* }
            }

            /// Its value as text.
            pub fn get(self, r: &$S) -> String {
                match self { $( $F::$var => <$codec as Codec<$ty>>::get(&r.$field), )* }
            }

            /// Set it from text; false when the text was not taken.
            pub fn set(self, r: &mut $S, s: &str) -> bool {
                match self { $( $F::$var => <$codec as Codec<$ty>>::set(&mut r.$field, s), )* }
            }

            /// The free text itself, for translation.
            pub fn free_text_mut(self, r: &mut $S) -> Option<&mut String> {
                if !self.is_free() {
                    return None;
                }
                match self { $( $F::$var => free_string(&mut r.$field), )* }
            }
        }
    };
}

/// The fields of the case outside the lists, across its records: one
/// variant per record, with where the record sits in the case.
macro_rules! top {
    ($( $var:ident ($F:ident) => $($acc:ident).* ; )*) => {
        /// A field of the case that is not inside a repeated item.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Top { $( $var($F), )* }

        impl Top {
            /// Every field, record by record.
            pub fn all() -> impl Iterator<Item = Top> {
                std::iter::empty()
                    $( .chain($F::ALL.iter().map(|f| Top::$var(*f))) )*
            }

            /// The fields of one part of the request, in order.
            pub fn in_section(section: Section) -> impl Iterator<Item = Top> {
                Top::all().filter(move |t| t.section() == section)
            }

            pub fn stem(self) -> &'static str {
                match self { $( Top::$var(f) => f.stem(), )* }
            }

            pub fn path(self) -> &'static str {
                match self { $( Top::$var(f) => f.path(), )* }
            }

            pub fn section(self) -> Section {
                match self { $( Top::$var(f) => f.section(), )* }
            }

            pub fn edit(self) -> Edit {
                match self { $( Top::$var(f) => f.edit(), )* }
            }

            pub fn is_free(self) -> bool {
                match self { $( Top::$var(f) => f.is_free(), )* }
            }

            pub fn get(self, c: &Case) -> String {
                match self { $( Top::$var(f) => f.get(&(*c) $(.$acc)*), )* }
            }

            pub fn set(self, c: &mut Case, s: &str) -> bool {
                match self { $( Top::$var(f) => f.set(&mut (*c) $(.$acc)*, s), )* }
            }

            pub fn free_text_mut(self, c: &mut Case) -> Option<&mut String> {
                match self { $( Top::$var(f) => f.free_text_mut(&mut (*c) $(.$acc)*), )* }
            }
        }
    };
}

pub(crate) use {record, top};

/// The string of a free-text field (free text is always a `String`).
pub(crate) fn free_string<T: std::any::Any>(v: &mut T) -> Option<&mut String> {
    (v as &mut dyn std::any::Any).downcast_mut::<String>()
}
