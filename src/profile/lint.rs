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
    if p.central_authority.name.trim().is_empty() {
        out.push(Finding::new(
            E,
            "central_authority.name",
            "profile-no-authority",
        ));
    }
    if !p.central_authority.email.is_empty() && !email_ok(&p.central_authority.email) {
        out.push(
            Finding::new(E, "central_authority.email", "format-email")
                .arg("value", p.central_authority.email.clone()),
        );
    }
    let site = &p.central_authority.website;
    if !site.is_empty() && !site.starts_with("https://") && !site.starts_with("http://") {
        out.push(
            Finding::new(W, "central_authority.website", "format-url").arg("value", site.clone()),
        );
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
