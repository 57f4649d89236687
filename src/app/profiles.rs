//! `rogatory profiles list|show|check`: the country profiles of this run,
//! one in full, or all of them linted.

use crate::i18n::Localized;
use std::path::Path;

use jiff::civil::Date;

use super::report::format_finding_in;
use super::{FAILURE, FINDINGS, OK, print_problems};
use crate::check::Severity;
use crate::i18n::Localizer;
use crate::profile::{Catalog, Origin, lint::lint};
use crate::store;

fn origin_label(o: Origin, ui: &Localizer) -> String {
    ui.t(match o {
        Origin::Builtin => "origin-builtin",
        Origin::System => "origin-system",
        Origin::User => "origin-user",
        Origin::Option => "origin-option",
    })
}

pub(super) fn cmd_profiles_list(catalog: &Catalog, ui: &Localizer) -> i32 {
    for l in catalog.iter() {
        let p = &l.profile;
        println!(
            "{}  {:<28} {:<10} {}  {}",
            p.code,
            p.name,
            p.languages.join(","),
            ui.ta("cli-verified", &[("date", &p.verified)]),
            origin_label(l.origin, ui)
        );
    }
    print_problems(catalog, ui);
    OK
}

pub(super) fn cmd_profiles_show(code: &str, catalog: &Catalog, ui: &Localizer) -> i32 {
    let Some(loaded) = catalog.loaded(code) else {
        eprintln!(
            "{}",
            ui.ta(
                "cli-cannot-read",
                &[(
                    "error",
                    &ui.ta("cli-no-profile", &[("code", &code.to_uppercase())])
                )]
            )
        );
        return FAILURE;
    };
    let p = &loaded.profile;
    let mut out = String::new();
    let mut line = |label: &str, value: &str| {
        if !value.trim().is_empty() {
            out.push_str(&format!(
                "{:<24} {}\n",
                ui.t(label),
                value.replace('\n', "\n                         ")
            ));
        }
    };
    line("show-state", &format!("{} ({})", p.name, p.code));
    line(
        "show-file",
        &format!("{} [{}]", loaded.file, origin_label(loaded.origin, ui)),
    );
    line("show-verified", &p.verified);
    line("show-languages", &p.languages.join(", "));
    line("show-languages-note", &p.languages_note);
    let channels: Vec<String> = p.channels.iter().map(|c| ui.t(c.message_id())).collect();
    line("show-channels", &channels.join(", "));
    line("show-channels-note", &p.channels_note);
    for ca in &p.central_authorities {
        let mut name = ca.name.clone();
        let scope: Vec<String> = [
            (ca.stage == crate::profile::Stage::Investigation)
                .then(|| ui.t("show-stage-investigation")),
            (ca.stage == crate::profile::Stage::Trial).then(|| ui.t("show-stage-trial")),
            ca.tax.then(|| ui.t("show-tax-matters")),
            (!ca.territory.is_empty()).then(|| ca.territory.clone()),
            (!ca.bases.is_empty()).then(|| ca.bases.join(", ")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !scope.is_empty() {
            name.push_str(&format!(" ({})", scope.join("; ")));
        }
        line("show-central-authority", &name);
        line("show-address", &ca.address);
        line("show-email", &ca.email);
        line("show-phone", &ca.phone);
        line("show-website", &ca.website);
        line("show-note", &ca.note);
    }
    for c in &p.competent_authorities {
        line("show-competent", &format!("{} — {}", c.name, c.role));
    }
    for b in &p.legal_bases {
        let partners = if b.partners.is_empty() {
            String::new()
        } else {
            format!(" [{}]", b.partners.join(", "))
        };
        let title = b.title_in(&catalog.treaties, ui.lang());
        line("show-legal-basis", &format!("{}: {title}{partners}", b.id));
        if !b.languages.is_empty() {
            line("show-languages", &b.languages.join(", "));
        }
        line("show-languages-note", &b.languages_note);
        if !b.note.trim().is_empty() {
            line("show-note", b.note.trim());
        }
    }
    let dc = &p.dual_criminality;
    if let Some(policy) = dc.policy {
        let id = match policy {
            crate::profile::DualCriminalityPolicy::NotRequired => "dc-not-required",
            crate::profile::DualCriminalityPolicy::CoerciveOnly => "dc-coercive-only",
            crate::profile::DualCriminalityPolicy::Always => "dc-always",
        };
        line("show-dual-criminality", &ui.t(id));
    }
    line("show-note", &dc.note);
    for (kind, rule) in &p.measures {
        let mut v = ui.t(&kind.message_id());
        if rule.available == Some(false) {
            v.push_str(&format!(" — {}", ui.t("show-unavailable")));
        }
        for r in &rule.requirements {
            v.push_str(&format!("\n  • {}", r.text()));
            if !r.bases().is_empty() {
                let under = ui.ta(
                    "show-requirement-under",
                    &[("bases", &r.bases().join(", "))],
                );
                v.push_str(&format!(" ({under})"));
            }
        }
        if !rule.note.is_empty() {
            v.push_str(&format!("\n  {}", rule.note));
        }
        line("show-measure", &v);
    }
    let f = &p.formalities;
    for (flag, id) in [
        (f.signature, "show-signature"),
        (f.seal, "show-seal"),
        (f.legalisation, "show-legalisation"),
        (f.apostille, "show-apostille"),
        (f.certified_translation, "show-certified-translation"),
    ] {
        if let Some(b) = flag {
            line(id, &ui.t(if b { "value-yes" } else { "value-no" }));
        }
    }
    line("show-note", &f.note);
    for o in &p.offences {
        let mut v = format!("{} — {}", o.provision, o.name);
        if !o.iccs.is_empty() {
            v.push_str(&format!(" [ICCS {}]", o.iccs.join(", ")));
        }
        for pv in &o.penalties {
            let max = match (pv.life, pv.max_months) {
                (true, _) => ui.t("show-life"),
                (false, Some(m)) => ui.ta("show-months", &[("months", &m.to_string())]),
                (false, None) => String::new(),
            };
            let until = if pv.until.is_empty() {
                "…"
            } else {
                pv.until.as_str()
            };
            v.push_str(&format!("\n  {} – {until}: {max}", pv.from));
        }
        if let Some(m) = o.max_penalty_months {
            v.push_str(&format!(
                " — {}",
                ui.ta("show-months", &[("months", &m.to_string())])
            ));
        }
        if o.life_imprisonment {
            v.push_str(&format!(" — {}", ui.t("show-life")));
        }
        line("show-offence", &v);
    }
    for c in &p.measure_catalogues {
        line(
            "show-catalogue",
            &format!(
                "{}: {}",
                ui.t(&c.measure.message_id()),
                c.provisions.join("; ")
            ),
        );
    }
    line("show-notes", &p.notes);
    for s in &p.sources {
        line(
            "show-source",
            &format!("{} <{}> ({})", s.title, s.url, s.checked),
        );
    }
    print!("{out}");
    OK
}

pub(super) fn cmd_profiles_check(
    dir: Option<&Path>,
    catalog: Catalog,
    ui: &Localizer,
    today: Date,
) -> i32 {
    let catalog = match dir {
        Some(d) => {
            if !d.is_dir() {
                eprintln!(
                    "{}",
                    ui.ta(
                        "cli-cannot-read",
                        &[(
                            "error",
                            &ui.ta(
                                "cli-profiles-dir-missing",
                                &[("dir", &d.display().to_string())]
                            )
                        )]
                    )
                );
                return FAILURE;
            }
            let mut c = Catalog::default();
            store::add_profile_dir(&mut c, Origin::Option, d);
            if c.is_empty()
                && c.problems.is_empty()
                && c.treaties.problems.is_empty()
                && !c.treaties.files().any(|t| t.origin != Origin::Builtin)
            {
                // Checking nothing is not a pass.
                eprintln!(
                    "{}",
                    ui.ta(
                        "cli-profiles-dir-empty",
                        &[("dir", &d.display().to_string())]
                    )
                );
                return FAILURE;
            }
            c
        }
        None => catalog,
    };
    let mut errors = catalog.problems.len();
    for p in &catalog.problems {
        println!(
            "{}",
            ui.ta("cli-profile-broken", &[("problem", &p.localized(ui))])
        );
    }
    for p in &catalog.treaties.problems {
        errors += 1;
        println!(
            "{}",
            ui.ta("cli-profile-broken", &[("problem", &p.localized(ui))])
        );
    }
    // The treaties of the directory checked (all of them without one).
    let mut treaties = 0;
    for t in catalog
        .treaties
        .files()
        .filter(|t| dir.is_none() || t.origin != Origin::Builtin)
    {
        treaties += 1;
        let findings = crate::profile::lint::lint_treaty(&t.treaty, today);
        errors += findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        if findings.is_empty() {
            println!("{}", ui.ta("cli-profile-ok", &[("file", &t.file)]));
        }
        let positions = crate::locate::Positions::new(&t.text);
        for f in &findings {
            println!("{}", format_finding_in(f, ui, Some((&t.file, &positions))));
        }
    }
    for l in catalog.iter() {
        let mut findings = lint(&l.profile, today);
        findings.extend(crate::profile::lint::lint_bases(
            &l.profile,
            &catalog.treaties,
        ));
        errors += findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        if findings.is_empty() {
            println!("{}", ui.ta("cli-profile-ok", &[("file", &l.file)]));
        }
        let positions = crate::locate::Positions::new(&l.text);
        for f in &findings {
            println!("{}", format_finding_in(f, ui, Some((&l.file, &positions))));
        }
    }
    println!(
        "{}",
        ui.ta(
            "cli-profiles-checked",
            &[
                (
                    "count",
                    &(catalog.len()
                        + catalog.problems.len()
                        + catalog.treaties.problems.len()
                        + treaties)
                        .to_string()
                ),
                ("errors", &errors.to_string())
            ]
        )
    );
    if errors > 0 { FINDINGS } else { OK }
}
