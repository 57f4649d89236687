//! The fields of the wizard: what each step asks, how each field reads and
//! writes the [`Case`], its label, help and the finding path it answers to.
//!
//! Pure data access: no terminal here. Labels and help are fluent ids
//! (`wiz-field-<key>`, `wiz-help-<key>`); measure details reuse the names
//! of `terms.ftl` (`field-<key>`).

use crate::case::schema::{Codec, Edit, Keyed};
use crate::case::{Case, FieldKey, FieldType, FieldValue, Measure, MeasureKind, Role};

pub use crate::case::records::{AnnexField, EarlierField, OffenceField, PersonField, Top};

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

/// How a schema field is edited in the wizard.
fn input_of(e: Edit) -> Input {
    match e {
        Edit::Line => Input::Line,
        Edit::Area => Input::Area,
        Edit::Date => Input::Date,
        Edit::Toggle => Input::Toggle,
        Edit::Choice => Input::Choice,
    }
}

/// A language code (ISO 639-1, or three letters), small enough to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang([u8; 3]);

impl Lang {
    pub fn new(code: &str) -> Lang {
        let mut b = [0u8; 3];
        for (i, c) in code
            .trim()
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .take(3)
            .enumerate()
        {
            b[i] = c.to_ascii_lowercase();
        }
        Lang(b)
    }

    pub fn as_str(&self) -> &str {
        let n = self.0.iter().position(|&b| b == 0).unwrap_or(3);
        std::str::from_utf8(&self.0[..n]).unwrap_or_default()
    }
}

/// The path of the `i`th free-text field of the case (see
/// [`Case::free_texts`]), with its text.
pub fn free_text(c: &Case, i: usize) -> Option<(String, String)> {
    c.free_texts().into_iter().nth(i)
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
    /// The translation into a language of the `i`th free-text field.
    Translation(usize, Lang),
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

impl Field {
    /// The fluent id stem of the field (`wiz-field-<stem>`, `wiz-help-<stem>`).
    pub fn stem(self) -> String {
        match self {
            Field::Top(t) => t.stem().to_string(),
            Field::List(l) => l.path().replace('_', "-"),
            Field::Offence(_, f) => f.stem().to_string(),
            Field::Person(_, f) => f.stem().to_string(),
            Field::MeasureKind(_) => "measure-kind".to_string(),
            Field::Measure(_, k) => format!("measure-{}", k.as_str().replace('_', "-")),
            Field::Annex(_, f) => f.stem().to_string(),
            Field::Earlier(_, f) => f.stem().to_string(),
            Field::Translation(..) => "translation".to_string(),
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
            Field::Top(t) => t.path().to_string(),
            Field::List(l) => l.path().to_string(),
            Field::Offence(i, f) => format!("offences[{i}].{}", f.path()),
            Field::Person(i, f) => format!("persons[{i}].{}", f.path()),
            Field::MeasureKind(i) => format!("measures[{i}].kind"),
            Field::Measure(i, k) => format!("measures[{i}].{}", k.as_str()),
            Field::Annex(i, f) => format!("annexes[{i}].{}", f.path()),
            Field::Earlier(i, f) => format!("earlier_requests[{i}].{}", f.path()),
            Field::Translation(_, l) => format!("translations.{}", l.as_str()),
        }
    }

    /// How the field is edited.
    pub fn input(self) -> Input {
        match self {
            Field::Top(t) => input_of(t.edit()),
            Field::List(_) => Input::Selector,
            Field::Offence(_, f) => input_of(f.edit()),
            Field::Person(_, f) => input_of(f.edit()),
            Field::MeasureKind(_) => Input::Choice,
            Field::Measure(_, k) => match k.field_type() {
                FieldType::Text => Input::Line,
                FieldType::LongText | FieldType::List | FieldType::Ibans => Input::Area,
                FieldType::Date => Input::Date,
                FieldType::Bool => Input::Toggle,
                FieldType::Person => Input::Choice,
            },
            Field::Annex(_, f) => input_of(f.edit()),
            Field::Earlier(_, f) => input_of(f.edit()),
            Field::Translation(..) => Input::Area,
        }
    }

    /// The field's value as text (lists one item per line, or comma
    /// separated for codes).
    pub fn text(self, c: &Case) -> String {
        match self {
            Field::Top(t) => t.get(c),
            Field::List(l) => l.len(c).to_string(),
            Field::Offence(i, f) => c.offences.get(i).map(|o| f.get(o)).unwrap_or_default(),
            Field::Person(i, f) => c.persons.get(i).map(|p| f.get(p)).unwrap_or_default(),
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
            Field::Annex(i, f) => c.annexes.get(i).map(|a| f.get(a)).unwrap_or_default(),
            Field::Earlier(i, f) => c
                .earlier_requests
                .get(i)
                .map(|e| f.get(e))
                .unwrap_or_default(),
            Field::Translation(i, l) => free_text(c, i)
                .and_then(|(p, _)| {
                    c.translations
                        .get(l.as_str())
                        .and_then(|t| t.get(&p))
                        .cloned()
                })
                .unwrap_or_default(),
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
            Field::Top(t) => t.set(c, s),
            Field::List(_) => false,
            Field::Offence(i, f) => c.offences.get_mut(i).is_some_and(|o| f.set(o, s)),
            Field::Person(i, f) => c.persons.get_mut(i).is_some_and(|p| f.set(p, s)),
            Field::MeasureKind(i) => {
                let Some(m) = c.measures.get_mut(i) else {
                    return false;
                };
                m.kind = MeasureKind::from_key(s.trim());
                true
            }
            Field::Measure(i, k) => {
                let Some(m) = c.measures.get_mut(i) else {
                    return false;
                };
                *m.get_mut(k) = match k.field_type() {
                    FieldType::Bool => FieldValue::Bool(s.trim() == "true"),
                    FieldType::List | FieldType::Ibans => {
                        let mut items = Vec::new();
                        crate::case::schema::Lines::set(&mut items, s);
                        if items.is_empty() {
                            FieldValue::Empty
                        } else {
                            FieldValue::List(items)
                        }
                    }
                    _ if s.is_empty() => FieldValue::Empty,
                    _ => FieldValue::Text(s.to_string()),
                };
                true
            }
            Field::Annex(i, f) => c.annexes.get_mut(i).is_some_and(|a| f.set(a, s)),
            Field::Earlier(i, f) => c.earlier_requests.get_mut(i).is_some_and(|e| f.set(e, s)),
            Field::Translation(i, l) => {
                let Some((path, source)) = free_text(c, i) else {
                    return false;
                };
                let lang = l.as_str().to_string();
                if s.trim().is_empty() {
                    if let Some(t) = c.translations.get_mut(&lang) {
                        t.remove(&path);
                    }
                    if let Some(t) = c.translation_sources.get_mut(&lang) {
                        t.remove(&path);
                    }
                    c.translations.retain(|_, t| !t.is_empty());
                    c.translation_sources.retain(|_, t| !t.is_empty());
                } else {
                    // Typed against the text as it is now: current.
                    c.translations
                        .entry(lang.clone())
                        .or_default()
                        .insert(path.clone(), s.to_string());
                    c.translation_sources
                        .entry(lang)
                        .or_default()
                        .insert(path, crate::translate::fingerprint(&source));
                }
                true
            }
        }
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
    r.key()
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
        ListKind::Annexes => AnnexField::ALL
            .iter()
            .map(|f| Field::Annex(i, *f))
            .collect(),
        ListKind::Earlier => EarlierField::ALL
            .iter()
            .map(|f| Field::Earlier(i, *f))
            .collect(),
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
