//! The options of each choice field: states from the catalog and the
//! country codes, legal bases the requested state's profile offers, the
//! document languages, proceeding kinds, roles, measures, ICCS codes and
//! the persons a measure can name. Labels are in the interface language.

use super::Wizard;
use super::fields::{self, Choice, Field, Top, role_key};
use crate::case::schema::Keyed;
use crate::case::{CaseField, ProceedingField, RequestingField};
use crate::case::{MeasureKind, ProceedingKind, Role};
use crate::codes;

impl Wizard {
    /// The options of a choice field.
    pub fn options(&self, field: Field) -> Vec<Choice> {
        let text = |value: String, label: String| Choice {
            value,
            label,
            is_id: false,
        };
        let id = |value: &str, label: String| Choice {
            value: value.to_string(),
            label: self.ui.t(&label),
            is_id: false,
        };
        match field {
            Field::Top(Top::Case(CaseField::RequestedState)) => {
                let mut v: Vec<Choice> = self
                    .catalog
                    .iter()
                    .map(|l| {
                        let p = &l.profile;
                        text(
                            p.code.clone(),
                            format!(
                                "{}  {} — {} — {}",
                                p.code,
                                p.name,
                                p.languages.join(", "),
                                p.verified
                            ),
                        )
                    })
                    .collect();
                v.extend(
                    codes::countries()
                        .filter(|(c, _)| self.catalog.get(c).is_none())
                        .map(|(c, n)| text(c.to_string(), format!("{c}  {n}"))),
                );
                v
            }
            Field::Top(Top::Requesting(RequestingField::RequestingState))
            | Field::Person(_, fields::PersonField::Nationality) => codes::countries()
                .map(|(c, n)| {
                    let n = codes::country_name_in(self.ui.lang(), c).unwrap_or(n);
                    text(c.to_string(), format!("{c}  {n}"))
                })
                .collect(),
            Field::Top(Top::Case(CaseField::WritingLanguage)) => {
                // The document languages first: the ones a request is most
                // often written in here; then every other language.
                let docs = crate::i18n::languages();
                let name = |c: &str, n: &'static str| {
                    codes::language_name_in(self.ui.lang(), c).unwrap_or(n)
                };
                let mut v: Vec<Choice> = docs
                    .iter()
                    .filter_map(|c| codes::language_name(c).map(|n| (c.as_str(), n)))
                    .map(|(c, n)| text(c.to_string(), format!("{c}  {}", name(c, n))))
                    .collect();
                v.extend(
                    codes::languages()
                        .filter(|(c, _)| !docs.iter().any(|d| d == c))
                        .map(|(c, n)| text(c.to_string(), format!("{c}  {}", name(c, n)))),
                );
                v
            }
            Field::Top(Top::Case(CaseField::DocumentLanguage)) => {
                let mut v = vec![id("", "wiz-choice-automatic".into())];
                v.extend(crate::i18n::languages().into_iter().map(|l| {
                    let name = crate::i18n::Localizer::new(&l).t("language-self-name");
                    text(l.clone(), format!("{l}  {name}"))
                }));
                v
            }
            Field::Top(Top::Case(CaseField::Channel)) => {
                // The central authority always; a direct or diplomatic
                // transmission where the profile allows it (every one
                // without a profile).
                use crate::profile::Channel;
                let profile = self.catalog.get(self.case.requested_state.trim());
                let allowed = |c: Channel| {
                    profile.is_none_or(|p| p.channels.is_empty() || p.channels.contains(&c))
                };
                let mut v = vec![id("", Channel::CentralAuthority.message_id().into())];
                for (key, c) in [
                    ("direct", Channel::Direct),
                    ("diplomatic", Channel::Diplomatic),
                ] {
                    if allowed(c) {
                        v.push(id(key, c.message_id().into()));
                    }
                }
                v
            }
            Field::Top(Top::Case(CaseField::LegalBasis)) => {
                let requested = self.case.requested_state.trim().to_uppercase();
                let requesting = self.case.requesting.state.trim().to_uppercase();
                let profile = self.catalog.get(&requested);
                let day = crate::formats::date(&self.case.signature.date);
                let reg = &self.catalog.treaties;
                crate::profile::between::bases_between(reg, profile, &requested, &requesting, day)
                    .into_iter()
                    .map(|o| {
                        if o.id == "reciprocity" {
                            return id("reciprocity", "basis-reciprocity".into());
                        }
                        let name =
                            match (profile.and_then(|p| p.legal_basis(&o.id)), reg.get(&o.id)) {
                                (_, Some(t)) => t.name_in(self.ui.lang()).to_string(),
                                (Some(b), None) => b.title_in(reg, self.ui.lang()).to_string(),
                                (None, None) => o.id.clone(),
                            };
                        let name = match o.unknown.first() {
                            Some(state) => {
                                let state = crate::codes::country_name_in(self.ui.lang(), state)
                                    .unwrap_or(state);
                                self.ui
                                    .ta("basis-party-unknown", &[("name", &name), ("state", state)])
                            }
                            None => name,
                        };
                        text(o.id, name)
                    })
                    .collect()
            }
            Field::Top(Top::Proceeding(ProceedingField::ProceedingKind)) => ProceedingKind::ALL
                .iter()
                .map(|k| id(k.key(), k.message_id().into()))
                .collect(),
            Field::Person(_, fields::PersonField::Gender) => vec![
                id("", "gender-unsaid".into()),
                id("female", "gender-female".into()),
                id("male", "gender-male".into()),
            ],
            Field::Person(_, fields::PersonField::Role) => Role::ALL
                .iter()
                .map(|r| id(role_key(*r), r.message_id().into()))
                .collect(),
            Field::MeasureKind(_) => MeasureKind::ALL
                .iter()
                .map(|k| id(k.key(), k.message_id()))
                .collect(),
            Field::Offence(_, fields::OffenceField::Iccs) => crate::taxonomy::codes()
                .iter()
                .map(|c| {
                    let ex = c.examples();
                    let label = if ex.is_empty() {
                        format!("{}  {}", c.code, c.name(self.ui.lang()))
                    } else {
                        format!("{}  {} · {ex}", c.code, c.name(self.ui.lang()))
                    };
                    text(c.code.clone(), label)
                })
                .collect(),
            Field::Measure(_, _) => self
                .case
                .persons
                .iter()
                .map(|p| text(p.id.clone(), format!("{}  {}", p.id, p.name)))
                .collect(),
            _ => Vec::new(),
        }
    }
}
