//! Grounds for refusal the draft should warn about (DOMAIN.md §6): political,
//! military and fiscal offences, the death penalty, catalogue-limited
//! measures, ne bis in idem, de minimis and bank secrecy. Each is cited from
//! the legal basis the request relies on, never from another treaty, and
//! those that need no profile of the requested state are raised without one.

use crate::case::{AssurancesField, Case, MeasureKind, OffenceField, ProceedingField};
use crate::check::{Finding, Note, Rule, Severity};
use crate::profile::Profile;
use crate::taxonomy::{self, Relation};
use crate::treaty::{Ground, Registry};

use super::dual::profile_rule;

/// Grounds for refusal the draft should warn about (DOMAIN.md §6).
pub fn refusal_risks(
    case: &Case,
    p: Option<&Profile>,
    requesting: Option<&Profile>,
    reg: &Registry,
    out: &mut Vec<Finding>,
) {
    let basis = case.legal_basis.trim();
    let requested = case.requested_state.trim().to_uppercase();
    let states = [requested.as_str(), case.requesting.state.trim()];
    let day = crate::formats::date(&case.signature.date);
    let cite = |ground| {
        reg.citing(basis, ground, states, day)
            .map(|(t, a)| Rule::article(t, a))
    };
    use Severity::{Info as I, Warning as W};
    for (i, o) in case.offences.iter().enumerate() {
        let at = |f: OffenceField| format!("offences[{i}].{}", f.path());
        let name = if o.name.is_empty() {
            (i + 1).to_string()
        } else {
            o.name.clone()
        };
        if o.political {
            let mut f = Finding::new(W, at(OffenceField::Political), "refusal-political")
                .arg("offence", name.clone());
            f.rule = cite(Ground::Political);
            out.push(f);
        }
        if o.military {
            let mut f = Finding::new(W, at(OffenceField::Military), "refusal-military")
                .arg("offence", name.clone());
            f.rule = cite(Ground::Military);
            out.push(f);
        }
        let fiscal_conduct = o.iccs.iter().any(|c| c.starts_with("0804"));
        if o.fiscal || fiscal_conduct {
            out.push(fiscal_finding(
                reg,
                basis,
                states,
                day,
                at(OffenceField::Fiscal),
                &name,
            ));
        }
        let death = o.death_penalty
            || says_death(&o.max_penalty)
            || requesting.is_some_and(|r| carries_death(r, o));
        if death && !case.assurances.no_death_penalty {
            let required = p.is_some_and(|p| p.refusal.death_penalty_assurance == Some(true));
            let mut f = Finding::new(
                W,
                AssurancesField::NoDeathPenalty.path(),
                "refusal-death-penalty",
            )
            .arg("offence", name.clone())
            .arg("state", requested.clone());
            if !o.death_penalty {
                f = f.note(Note::new("refusal-death-penalty-detected"));
            }
            if let Some(p) = p.filter(|_| required) {
                f = f.note(Note::new("refusal-death-penalty-profile").arg("state", p.code.clone()));
                f.severity = Severity::Error;
                f = f.rule(p.rule(&p.refusal.source));
            }
            out.push(f);
        }
        let Some(p) = p else { continue };
        // Measures that the requested state allows only for listed offences.
        for (mi, m) in case.measures.iter().enumerate() {
            let Some(kind) = m.kind else { continue };
            for cat in p.measure_catalogues.iter().filter(|c| c.measure == kind) {
                let listed = o.iccs.iter().any(|a| {
                    cat.iccs.iter().any(|b| {
                        matches!(
                            taxonomy::relation(a, b),
                            Relation::Exact | Relation::Within | Relation::Contains
                        )
                    })
                });
                let by_penalty = cat
                    .min_penalty_months
                    .is_some_and(|t| o.max_penalty_months.is_some_and(|m| m >= t));
                if !listed && !by_penalty {
                    out.push(
                        Finding::new(W, format!("measures[{mi}].kind"), "refusal-catalogue")
                            .term("measure", kind.message_id())
                            .arg("offence", name.clone())
                            .arg("state", p.code.clone())
                            .arg("provisions", cat.provisions.join("; "))
                            .rule(if cat.source.is_empty() {
                                profile_rule(p)
                            } else {
                                p.rule(&cat.source)
                            }),
                    );
                }
            }
        }
    }
    if !case.proceeding.final_judgment.trim().is_empty() {
        let mut f = Finding::new(
            W,
            ProceedingField::FinalJudgment.path(),
            "refusal-ne-bis-in-idem",
        );
        // Only a treaty that makes it an express ground is cited (the EIO
        // does); other treaties and laws vary.
        f.rule = reg
            .get(basis)
            .filter(|t| !t.rules.ne_bis_in_idem_ground.is_empty())
            .map(|t| Rule::article(&t.id, &t.rules.ne_bis_in_idem_ground));
        out.push(f);
    }
    if let Some(p) = p
        && !p.refusal.de_minimis.trim().is_empty()
    {
        out.push(
            Finding::new(I, "offences", "refusal-de-minimis")
                .arg("state", p.code.clone())
                .arg("policy", p.refusal.de_minimis.clone())
                .rule(p.rule(&p.refusal.source)),
        );
    }
    if let Some(mi) = case
        .measures
        .iter()
        .position(|m| m.kind == Some(MeasureKind::BankRecords))
    {
        let mut f = Finding::new(I, format!("measures[{mi}]"), "refusal-bank-secrecy");
        f.rule = cite(Ground::BankSecrecy);
        out.push(f);
    }
}

/// The fiscal-offence finding for a request made under `basis`: the basis
/// (or a protocol binding both states) forbids refusal on fiscal grounds
/// alone; or the basis allows it; or the registry does not say.
fn fiscal_finding(
    reg: &Registry,
    basis: &str,
    states: [&str; 2],
    day: Option<jiff::civil::Date>,
    at: String,
    name: &str,
) -> Finding {
    if let Some((t, a)) = reg.citing(basis, Ground::Fiscal, states, day) {
        return Finding::new(Severity::Info, at, "refusal-fiscal")
            .arg("offence", name)
            .rule(Rule::article(t, a));
    }
    if let Some(t) = reg.get(basis)
        && !t.rules.fiscal_offence_ground.is_empty()
    {
        return Finding::new(Severity::Warning, at, "refusal-fiscal-ground")
            .arg("offence", name)
            .term("basis", crate::treaty::term_id(&t.id, true))
            .rule(Rule::article(&t.id, &t.rules.fiscal_offence_ground));
    }
    Finding::new(Severity::Warning, at, "refusal-fiscal-unknown").arg("offence", name)
}

/// Whether a penalty written in words names death (in the languages of the
/// interface).
pub fn says_death(penalty: &str) -> bool {
    let p = penalty.to_lowercase();
    [
        "death",
        "capital punishment",
        "peine de mort",
        "peine capitale",
        "pena de muerte",
        "pena capital",
        "todesstrafe",
        "pena de morte",
        "смертн",
        "死刑",
        "إعدام",
    ]
    .iter()
    .any(|w| p.contains(w))
}

/// Whether the requesting state's profile says the offence (by provision,
/// else by ICCS code) can carry the death penalty.
fn carries_death(requesting: &Profile, o: &crate::case::Offence) -> bool {
    let provision = o.provision.trim();
    requesting.offences.iter().any(|po| {
        let same = (!provision.is_empty() && po.provision.eq_ignore_ascii_case(provision))
            || (provision.is_empty() && o.iccs.iter().any(|a| po.iccs.iter().any(|b| a == b)));
        same && po.penalties.iter().any(|v| v.death)
    })
}
