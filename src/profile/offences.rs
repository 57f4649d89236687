//! The offence side of a profile: the provisions of the state's law (with
//! the versions of their maximum penalty over time), the measures it allows
//! only for listed offences, and the conduct a source says is not criminal
//! there or is criminal only if the facts show something.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::case::MeasureKind;

/// Conduct that is criminal in the profile state only under a condition
/// the facts must show.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DependsOnFacts {
    /// ICCS codes of the conduct.
    pub iccs: Vec<String>,
    pub conduct: String,
    /// What the facts of the request must show for the conduct to be criminal.
    pub condition: String,
    #[serde(default)]
    pub source: String,
}

/// One version of an offence's maximum penalty, with the days it applied.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penalty {
    /// First day this maximum applied (YYYY-MM-DD); empty only for the
    /// oldest version, when no source dates its start.
    #[serde(default)]
    pub from: String,
    /// Last day it applied; empty for the version in force.
    #[serde(default)]
    pub until: String,
    #[serde(default)]
    pub max_months: Option<u32>,
    #[serde(default)]
    pub life: bool,
    /// Death is among the possible penalties.
    #[serde(default)]
    pub death: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

/// The maximum penalty of an offence on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PenaltyAt {
    pub months: Option<u32>,
    pub life: bool,
    pub death: bool,
    /// The version applied is the one in force on that day (false: no
    /// version covers the day, the current one is used).
    pub dated: bool,
}

/// Conduct that is not criminal in the profile state, as a source says
/// (for example an offence the state chose not to create).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotCriminal {
    /// ICCS codes of the conduct.
    pub iccs: Vec<String>,
    /// The conduct, in English.
    pub conduct: String,
    /// What the source says, and what related offences may still apply.
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

/// An offence of the profile state's law, described by the conduct it covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileOffence {
    /// The provision, e.g. `Code pénal, art. 313-1`.
    pub provision: String,
    /// Its name in the state's language, e.g. `Escroquerie`.
    pub name: String,
    /// English name, if the source gives one.
    #[serde(default)]
    pub name_en: String,
    /// ICCS codes of the conduct it covers.
    #[serde(default)]
    pub iccs: Vec<String>,
    /// Maximum custodial penalty in months.
    #[serde(default)]
    pub max_penalty_months: Option<u32>,
    /// The maximum is life imprisonment (then `max_penalty_months` is left out).
    #[serde(default)]
    pub life_imprisonment: bool,
    /// Date the provision (in its relevant form) came into force.
    #[serde(default)]
    pub in_force_since: String,
    /// EU list categories (Framework Decision 2002/584/JHA art. 2(2)).
    #[serde(default)]
    pub eu_list: Vec<String>,
    /// Fiscal (tax, customs, excise) offence.
    #[serde(default)]
    pub fiscal: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
    /// The versions of the maximum penalty over time, oldest first.
    #[serde(default)]
    pub penalties: Vec<Penalty>,
}

impl ProfileOffence {
    /// The maximum penalty on `day` (the start of the conduct): the version
    /// in force that day, else the current one.
    pub fn penalty_at(&self, day: Option<jiff::civil::Date>) -> PenaltyAt {
        if self.penalties.is_empty() {
            return PenaltyAt {
                months: self.max_penalty_months,
                life: self.life_imprisonment,
                death: false,
                dated: false,
            };
        }
        let of = |p: &Penalty, dated| PenaltyAt {
            months: p.max_months,
            life: p.life,
            death: p.death,
            dated,
        };
        if let Some(day) = day {
            let found = self.penalties.iter().find(|p| {
                let from = crate::formats::date(&p.from);
                let until = crate::formats::date(&p.until);
                let started =
                    from.is_some_and(|f| f <= day) || (p.from.trim().is_empty() && until.is_some());
                started && until.is_none_or(|u| day <= u)
            });
            if let Some(p) = found {
                // A version whose start no source dates may not reach back
                // to the day: not presented as the one in force then.
                return of(p, !p.from.trim().is_empty());
            }
        }
        let current = self
            .penalties
            .iter()
            .find(|p| p.until.trim().is_empty())
            .unwrap_or(&self.penalties[self.penalties.len() - 1]);
        of(current, false)
    }

    /// The current maximum in months, if any.
    pub fn current_months(&self) -> Option<u32> {
        self.penalty_at(None).months
    }
}

/// A measure that the state allows only for listed offences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureCatalogue {
    pub measure: MeasureKind,
    /// ICCS codes of the conduct for which the measure is allowed.
    #[serde(default)]
    pub iccs: Vec<String>,
    /// The provisions listed, as the law cites them.
    #[serde(default)]
    pub provisions: Vec<String>,
    /// Minimum maximum-penalty in months, where the law sets one instead.
    #[serde(default)]
    pub min_penalty_months: Option<u32>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}
