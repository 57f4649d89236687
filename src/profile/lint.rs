//! Content checks on a profile that parsed: what a central authority must
//! fix before publishing it (no sources, a bad date, an unknown code).

use jiff::civil::Date;

use super::Profile;
use crate::codes::{country_name, language_name};
use crate::finding::{Finding, Severity};
use crate::formats::{date, email_ok};
use crate::taxonomy;
use crate::treaty::Treaty;

use Severity::{Error as E, Warning as W};

/// Lint one profile; `today` decides what is in the future or stale.
pub fn lint(p: &Profile, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    if country_name(&p.code).is_none() {
        out.push(Finding::new(E, "code", "format-country").arg("value", p.code.clone()));
    }
    match date(&p.verified) {
        None => {
            out.push(Finding::new(E, "verified", "format-date").arg("value", p.verified.clone()))
        }
        Some(d) if d > today => {
            out.push(Finding::new(E, "verified", "profile-date-future").arg("date", d.to_string()))
        }
        Some(d) if d.until(today).is_ok_and(|s| s.get_days() > 366) => out.push(
            Finding::new(W, "verified", "profile-stale")
                .arg("state", p.code.clone())
                .arg("date", d.to_string()),
        ),
        Some(_) => {}
    }
    if p.sources.is_empty() {
        out.push(Finding::new(E, "sources", "profile-no-sources"));
    }
    for (i, s) in p.sources.iter().enumerate() {
        if s.title.trim().is_empty() {
            out.push(Finding::new(
                E,
                format!("sources[{i}].title"),
                "profile-source-title",
            ));
        }
        if !s.url.is_empty() && !s.url.starts_with("https://") && !s.url.starts_with("http://") {
            out.push(
                Finding::new(W, format!("sources[{i}].url"), "format-url")
                    .arg("value", s.url.clone()),
            );
        }
        if date(&s.checked).is_none() {
            out.push(
                Finding::new(E, format!("sources[{i}].checked"), "format-date")
                    .arg("value", s.checked.clone()),
            );
        }
    }
    if p.languages.is_empty() {
        out.push(Finding::new(W, "languages", "profile-no-languages"));
    }
    for (i, l) in p.languages.iter().enumerate() {
        if language_name(l).is_none() {
            out.push(
                Finding::new(E, format!("languages[{i}]"), "format-language")
                    .arg("value", l.clone()),
            );
        }
    }
    // No authority a source confirms is a gap to fill, not a broken file.
    if p.central_authorities.is_empty() {
        out.push(Finding::new(
            W,
            "central_authorities",
            "profile-no-authority",
        ));
    }
    for (i, ca) in p.central_authorities.iter().enumerate() {
        let at = |f: &str| format!("central_authorities[{i}].{f}");
        if ca.name.trim().is_empty() {
            out.push(Finding::new(E, at("name"), "profile-no-authority"));
        }
        if !ca.email.is_empty() && !email_ok(&ca.email) {
            out.push(Finding::new(E, at("email"), "format-email").arg("value", ca.email.clone()));
        }
        let site = &ca.website;
        if !site.is_empty() && !site.starts_with("https://") && !site.starts_with("http://") {
            out.push(Finding::new(W, at("website"), "format-url").arg("value", site.clone()));
        }
    }
    if p.legal_bases.is_empty() {
        out.push(Finding::new(W, "legal_bases", "profile-no-bases"));
    }
    for (i, b) in p.legal_bases.iter().enumerate() {
        for (j, partner) in b.partners.iter().enumerate() {
            if partner != "*" && partner != "EU" && country_name(partner).is_none() {
                out.push(
                    Finding::new(
                        E,
                        format!("legal_bases[{i}].partners[{j}]"),
                        "format-country",
                    )
                    .arg("value", partner.clone()),
                );
            }
        }
        if p.legal_bases[..i].iter().any(|o| o.id == b.id) {
            out.push(
                Finding::new(E, format!("legal_bases[{i}].id"), "profile-duplicate-basis")
                    .arg("id", b.id.clone()),
            );
        }
    }
    if p.dual_criminality.policy.is_none() {
        out.push(Finding::new(
            W,
            "dual_criminality.policy",
            "profile-no-dc-policy",
        ));
    }
    lint_offences(p, &mut out);
    lint_sources(p, &mut out);
    out.sort_by_key(|f| f.severity);
    out
}

/// The offence and measure catalogues: codes, dates, EU list keys, sources.
fn lint_offences(p: &Profile, out: &mut Vec<Finding>) {
    let eu = super::is_eu(crate::treaty::Registry::shipped(), &p.code);
    for (i, o) in p.offences.iter().enumerate() {
        let at = |f: &str| format!("offences[{i}].{f}");
        if o.iccs.is_empty() {
            out.push(
                Finding::new(W, at("iccs"), "profile-offence-no-iccs")
                    .arg("provision", o.provision.clone()),
            );
        }
        for (j, code) in o.iccs.iter().enumerate() {
            crate::formats::check_iccs(format!("offences[{i}].iccs[{j}]"), code, out);
        }
        if !o.in_force_since.trim().is_empty() && date(&o.in_force_since).is_none() {
            out.push(
                Finding::new(E, at("in_force_since"), "format-date")
                    .arg("value", o.in_force_since.clone()),
            );
        }
        for (j, key) in o.eu_list.iter().enumerate() {
            if !taxonomy::EU_LIST.contains(&key.as_str()) {
                out.push(
                    Finding::new(
                        E,
                        format!("offences[{i}].eu_list[{j}]"),
                        "profile-eu-unknown",
                    )
                    .arg("value", key.clone()),
                );
            }
        }
        if !eu && !o.eu_list.is_empty() {
            out.push(
                Finding::new(W, at("eu_list"), "profile-eu-not-member")
                    .arg("state", p.code.clone()),
            );
        }
        lint_penalties(i, o, out);
        if o.max_penalty_months.is_some() && o.life_imprisonment {
            out.push(
                Finding::new(W, at("max_penalty_months"), "profile-penalty-both")
                    .arg("provision", o.provision.clone()),
            );
        }
        if o.source.trim().is_empty() {
            out.push(
                Finding::new(W, at("source"), "profile-offence-no-source")
                    .arg("provision", o.provision.clone()),
            );
        }
    }
    for (i, n) in p.not_criminal.iter().enumerate() {
        lint_entry("not_criminal", i, &n.iccs, &n.source, &n.conduct, out);
    }
    for (i, c) in p.measure_catalogues.iter().enumerate() {
        let provisions = c.provisions.join("; ");
        lint_entry(
            "measure_catalogues",
            i,
            &c.iccs,
            &c.source,
            &provisions,
            out,
        );
    }
}

/// The versions of an offence's maximum penalty: dates, order, overlap.
fn lint_penalties(i: usize, o: &super::ProfileOffence, out: &mut Vec<Finding>) {
    if !o.penalties.is_empty() && (o.max_penalty_months.is_some() || o.life_imprisonment) {
        out.push(
            Finding::new(
                W,
                format!("offences[{i}].max_penalty_months"),
                "profile-penalty-twice",
            )
            .arg("provision", o.provision.clone()),
        );
    }
    let mut previous: Option<Date> = None;
    let mut open = 0;
    for (j, v) in o.penalties.iter().enumerate() {
        let at = |f: &str| format!("offences[{i}].penalties[{j}].{f}");
        let from = date(&v.from);
        if from.is_none() && !(j == 0 && v.from.trim().is_empty()) {
            out.push(Finding::new(E, at("from"), "format-date").arg("value", v.from.clone()));
        }
        let until = date(&v.until);
        if v.until.trim().is_empty() {
            open += 1;
        } else if until.is_none() {
            out.push(Finding::new(E, at("until"), "format-date").arg("value", v.until.clone()));
        }
        if let (Some(f), Some(u)) = (from, until)
            && u < f
        {
            out.push(
                Finding::new(E, at("until"), "profile-penalty-order")
                    .arg("provision", o.provision.clone()),
            );
        }
        if let (Some(prev), Some(f)) = (previous, from)
            && f <= prev
        {
            out.push(
                Finding::new(E, at("from"), "profile-penalty-overlap")
                    .arg("provision", o.provision.clone()),
            );
        }
        previous = until.or(from);
        if v.max_months.is_none() && !v.life && !v.death {
            out.push(
                Finding::new(E, at("max_months"), "profile-penalty-empty")
                    .arg("provision", o.provision.clone()),
            );
        }
        if v.source.trim().is_empty() && o.source.trim().is_empty() {
            out.push(
                Finding::new(W, at("source"), "profile-offence-no-source")
                    .arg("provision", o.provision.clone()),
            );
        }
    }
    if open > 1 {
        out.push(
            Finding::new(
                E,
                format!("offences[{i}].penalties"),
                "profile-penalty-open",
            )
            .arg("provision", o.provision.clone()),
        );
    }
}

/// Every section names a source; a source key that looks like an id must
/// be one of `[[sources]]`. A section without one is a gap: listed, not an
/// error, so that what is not known stays visible.
fn lint_sources(p: &Profile, out: &mut Vec<Finding>) {
    let mut ids = std::collections::BTreeSet::new();
    for (i, s) in p.sources.iter().enumerate() {
        if !s.id.is_empty() && !ids.insert(s.id.as_str()) {
            out.push(
                Finding::new(E, format!("sources[{i}].id"), "profile-source-duplicate")
                    .arg("id", s.id.clone()),
            );
        }
    }
    let mut check = |field: String, source: &str, present: bool| {
        if !present {
            return;
        }
        let source = source.trim();
        if source.is_empty() {
            out.push(
                Finding::new(Severity::Info, field.clone(), "profile-gap-source")
                    .arg("field", field),
            );
        } else if looks_like_id(source) && !ids.contains(source) {
            out.push(
                Finding::new(E, field.clone(), "profile-source-unknown")
                    .arg("id", source.to_string()),
            );
        }
    };
    check("languages_source".into(), &p.languages_source, true);
    check(
        "channels_source".into(),
        &p.channels_source,
        !p.channels.is_empty(),
    );
    check(
        "notes_source".into(),
        &p.notes_source,
        !p.notes.trim().is_empty(),
    );
    for (i, a) in p.central_authorities.iter().enumerate() {
        check(format!("central_authorities[{i}].source"), &a.source, true);
    }
    for (i, a) in p.competent_authorities.iter().enumerate() {
        check(
            format!("competent_authorities[{i}].source"),
            &a.source,
            true,
        );
    }
    for (i, b) in p.legal_bases.iter().enumerate() {
        check(format!("legal_bases[{i}].source"), &b.source, true);
    }
    let dc = &p.dual_criminality;
    check(
        "dual_criminality.source".into(),
        &dc.source,
        dc.policy.is_some() || !dc.note.is_empty(),
    );
    for (kind, m) in &p.measures {
        let key = serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        check(format!("measures.{key}.source"), &m.source, true);
    }
    let f = &p.formalities;
    let any = [
        f.signature,
        f.seal,
        f.legalisation,
        f.apostille,
        f.certified_translation,
    ]
    .iter()
    .any(Option::is_some);
    check(
        "formalities.source".into(),
        &f.source,
        any || !f.note.is_empty(),
    );
    let r = &p.refusal;
    check(
        "refusal.source".into(),
        &r.source,
        r.death_penalty_assurance.is_some() || !r.note.is_empty() || !r.de_minimis.is_empty(),
    );
    for (i, d) in p.depends_on_facts.iter().enumerate() {
        check(format!("depends_on_facts[{i}].source"), &d.source, true);
    }
    for (i, o) in p.offences.iter().enumerate() {
        if looks_like_id(o.source.trim()) && !ids.contains(o.source.trim()) {
            out.push(
                Finding::new(E, format!("offences[{i}].source"), "profile-source-unknown")
                    .arg("id", o.source.trim().to_string()),
            );
        }
    }
    for (i, d) in p.depends_on_facts.iter().enumerate() {
        for (j, code) in d.iccs.iter().enumerate() {
            crate::formats::check_iccs(format!("depends_on_facts[{i}].iccs[{j}]"), code, out);
        }
    }
    if p.version == 0 {
        out.push(Finding::new(W, "version", "profile-no-version"));
    }
}

/// A source key is an id (not a citation) when it is one short word.
fn looks_like_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 24
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The codes and the source of one `not_criminal` or catalogue entry.
fn lint_entry(
    table: &str,
    i: usize,
    codes: &[String],
    source: &str,
    label: &str,
    out: &mut Vec<Finding>,
) {
    for (j, code) in codes.iter().enumerate() {
        crate::formats::check_iccs(format!("{table}[{i}].iccs[{j}]"), code, out);
    }
    if source.trim().is_empty() {
        out.push(
            Finding::new(
                W,
                format!("{table}[{i}].source"),
                "profile-offence-no-source",
            )
            .arg("provision", label.to_string()),
        );
    }
}

/// Problems in one treaty.
pub fn lint_treaty(t: &Treaty, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    for key in ["adopted", "in_force"] {
        let v = if key == "adopted" {
            &t.adopted
        } else {
            &t.in_force
        };
        if !v.trim().is_empty() && date(v).is_none() {
            out.push(Finding::new(E, key, "format-date").arg("value", v.clone()));
        }
    }
    for (i, p) in t.parties.iter().enumerate() {
        let at = |f: &str| format!("parties[{i}].{f}");
        if country_name(&p.state).is_none() {
            out.push(Finding::new(E, at("state"), "format-country").arg("value", p.state.clone()));
        }
        for (key, v) in [("bound_since", &p.bound_since), ("deposit", &p.deposit)] {
            if !v.trim().is_empty() && date(v).is_none() {
                out.push(Finding::new(E, at(key), "format-date").arg("value", v.clone()));
            }
        }
        match date(&p.checked) {
            None => out.push(
                Finding::new(E, at("checked"), "format-date").arg("value", p.checked.clone()),
            ),
            Some(d) if d > today => out.push(
                Finding::new(E, at("checked"), "profile-date-future").arg("date", d.to_string()),
            ),
            Some(_) => {}
        }
        if p.source.trim().is_empty() {
            out.push(
                Finding::new(W, at("source"), "treaty-party-no-source")
                    .arg("state", p.state.clone()),
            );
        }
        if t.parties[..i]
            .iter()
            .any(|q| q.state.eq_ignore_ascii_case(&p.state))
        {
            out.push(
                Finding::new(E, at("state"), "treaty-party-duplicate")
                    .arg("state", p.state.clone()),
            );
        }
    }
    out
}

/// The legal bases against the treaty registry: a basis is a treaty of the
/// registry, or carries its own title (a bilateral treaty).
pub fn lint_bases(p: &Profile, registry: &crate::treaty::Registry) -> Vec<Finding> {
    let mut out = Vec::new();
    // A requirement tied to legal bases names bases a request can rely on.
    for (kind, rule) in &p.measures {
        for (i, r) in rule.requirements.iter().enumerate() {
            for b in r.bases() {
                let known = registry.get(b).is_some() || p.legal_bases.iter().any(|x| &x.id == b);
                if !known {
                    out.push(
                        Finding::new(
                            E,
                            format!("measures.{}.requirements[{i}].bases", kind.key()),
                            "profile-requirement-basis-unknown",
                        )
                        .arg("id", b.clone()),
                    );
                }
            }
        }
    }
    for (i, b) in p.legal_bases.iter().enumerate() {
        let known = registry.get(&b.id).is_some() || b.id == "reciprocity";
        if !known && b.title.trim().is_empty() {
            out.push(
                Finding::new(
                    E,
                    format!("legal_bases[{i}].id"),
                    "profile-basis-unknown-treaty",
                )
                .arg("id", b.id.clone()),
            );
        }
    }
    out
}
