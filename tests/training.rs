//! The training cases of examples/training, each with the assessment it
//! should produce (examples/training/README.md explains them).

mod common;

use rogatory::case::Request;
use rogatory::check::dual::{self, Outcome};
use rogatory::check::{self, Context};
use rogatory::profile::Catalog;
use rogatory::store;

fn catalog() -> Catalog {
    let c = common::training_catalog();
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    c
}

/// A finding's or an assessment's rule as an English citation.
fn cite(rule: &rogatory::finding::Rule) -> String {
    let terms = rogatory::treaty::Registry::builtin().terms("en");
    rule.cite(&rogatory::i18n::Localizer::new("en").with_terms(terms))
}

/// The same for an optional rule.
fn cite_opt(rule: &Option<rogatory::finding::Rule>) -> Option<String> {
    rule.as_ref().map(cite)
}

fn case(name: &str) -> rogatory::case::Case {
    store::load_case(&common::root().join("examples/training").join(name)).unwrap()
}

fn only(name: &str) -> dual::Assessment {
    let c = case(name);
    let cat = catalog();
    let p = cat.get(&c.requested_state).unwrap();
    let all = dual::assess(
        &Request::build(&c).0,
        p,
        &rogatory::treaty::Registry::builtin(),
    );
    assert_eq!(all.len(), 1, "{name}: one offence, one measure");
    all.into_iter().next().unwrap()
}

fn note_ids(a: &dual::Assessment) -> Vec<&'static str> {
    a.reasons
        .iter()
        .chain(&a.suggestions)
        .map(|n| n.id)
        .collect()
}

#[test]
fn a_coercive_measure_for_conduct_not_criminalised_is_not_satisfied() {
    let a = only("1-not-criminalised.toml");
    assert_eq!(a.outcome, Outcome::NotSatisfied);
    assert!(
        cite(&a.rule).contains("Freedonian Mutual Assistance Act"),
        "{}",
        cite(&a.rule)
    );
    assert!(note_ids(&a).contains(&"dual-reason-no-match"));
    assert!(note_ids(&a).contains(&"dual-suggest-non-coercive"));
    // The conduct's ICCS names follow the reader's language.
    let no_match = a
        .reasons
        .iter()
        .find(|n| n.id == "dual-reason-no-match")
        .unwrap();
    for lang in ["en", "fr", "ar"] {
        let name = rogatory::taxonomy::describe("09031", lang);
        let text = no_match.message(&rogatory::i18n::Localizer::new(lang));
        assert!(text.contains(&name), "{lang}: {name} not in {text}");
    }
    assert_ne!(
        rogatory::taxonomy::describe("09031", "fr"),
        rogatory::taxonomy::describe("09031", "en")
    );
}

#[test]
fn the_same_conduct_non_coercive_under_uncac_is_not_required() {
    let a = only("2-uncac-non-coercive.toml");
    assert_eq!(a.outcome, Outcome::NotRequired);
    assert_eq!(cite(&a.rule), "UNCAC art. 46(9)(b)");
    assert_eq!(note_ids(&a), ["dual-reason-uncac-non-coercive"]);
}

#[test]
fn uncac_for_conduct_it_does_not_cover_is_warned_about() {
    // The same request with the computer access alone: UNCAC covers only
    // the offences it establishes (art. 46(1)).
    let mut c = case("2-uncac-non-coercive.toml");
    c.offences[0].iccs = vec!["09031".into()];
    let cat = catalog();
    let p = cat.get(&c.requested_state).unwrap();
    let a = dual::assess(
        &Request::build(&c).0,
        p,
        &rogatory::treaty::Registry::builtin(),
    )
    .remove(0);
    assert_eq!(cite(&a.rule), "UNCAC art. 46(9)(b)");
    assert!(note_ids(&a).contains(&"dual-reason-uncac-scope"));
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    };
    let scope = |f: &check::Finding| f.id == "legal-basis-uncac-scope";
    let f = check::check(&c, &cat, &ctx);
    assert!(f.iter().any(|f| scope(f) && f.path == "legal_basis"));
    c.offences[0].iccs = vec!["07031".into(), "09031".into()];
    assert!(!check::check(&c, &cat, &ctx).iter().any(scope));
}

#[test]
fn an_eu_list_offence_of_three_years_between_eu_states_is_not_required() {
    let a = only("3-eu-list.toml");
    assert_eq!(a.outcome, Outcome::NotRequired);
    assert_eq!(cite(&a.rule), "Directive 2014/41/EU art. 11(1)(g)");
    assert_eq!(note_ids(&a), ["dual-reason-eu-list"]);
}

#[test]
fn conduct_under_another_name_is_matched_by_its_code() {
    let a = only("4-other-name.toml");
    assert_eq!(a.outcome, Outcome::Satisfied);
    assert_eq!(a.provision.as_deref(), Some("StGB § 263 (Betrug)"));
    assert!(note_ids(&a).contains(&"dual-reason-other-name"));
}

#[test]
fn a_provision_in_force_after_the_conduct_is_flagged() {
    let a = only("5-later-law.toml");
    assert!(
        note_ids(&a).contains(&"dual-reason-later-law"),
        "{:?}",
        note_ids(&a)
    );
    assert_eq!(a.outcome, Outcome::NotSatisfied);
}

#[test]
fn conduct_a_profile_marks_as_not_an_offence_is_not_satisfied_with_the_reason() {
    // Illicit enrichment (ICCS 07035) is not an offence in the US profile.
    let a = only("8-not-an-offence-there.toml");
    assert_eq!(a.outcome, Outcome::NotSatisfied);
    assert!(
        cite(&a.rule).contains("Illicit Enrichment"),
        "{}",
        cite(&a.rule)
    );
    let ids = note_ids(&a);
    assert!(ids.contains(&"dual-reason-not-criminal"), "{ids:?}");
    assert!(ids.contains(&"dual-suggest-non-coercive"), "{ids:?}");
    let ui = rogatory::i18n::Localizer::new("en");
    let reason = a
        .reasons
        .iter()
        .find(|n| n.id == "dual-reason-not-criminal")
        .unwrap()
        .message(&ui);
    assert!(reason.contains("26 U.S.C. § 7201"), "{reason}");
    // The same conduct with a witness statement under UNCAC needs no dual
    // criminality at all.
    let a = only("9-not-an-offence-uncac.toml");
    assert_eq!(a.outcome, Outcome::NotRequired);
    assert_eq!(cite(&a.rule), "UNCAC art. 46(9)(b)");
}

#[test]
fn a_provision_listed_for_a_wider_category_is_likely_and_says_so() {
    // Theft from a person (050221) against Germany's theft offence, listed
    // under theft (0502).
    let mut c = case("4-other-name.toml");
    c.offences[0].iccs = vec!["050221".into()];
    let cat = catalog();
    let p = cat.get(&c.requested_state).unwrap();
    let a = dual::assess(
        &Request::build(&c).0,
        p,
        &rogatory::treaty::Registry::builtin(),
    )
    .remove(0);
    assert_eq!(a.outcome, Outcome::Likely);
    assert_eq!(a.provision.as_deref(), Some("StGB § 242 (Diebstahl)"));
    assert!(note_ids(&a).contains(&"dual-reason-within"));
    // Conduct given only by its wider category against a narrower provision.
    c.offences[0].iccs = vec!["07".into()];
    let a = dual::assess(
        &Request::build(&c).0,
        p,
        &rogatory::treaty::Registry::builtin(),
    )
    .remove(0);
    assert!(
        note_ids(&a).contains(&"dual-reason-nested"),
        "{:?}",
        note_ids(&a)
    );
}

#[test]
fn a_fiscal_offence_gets_the_18_22_note() {
    let c = case("6-fiscal.toml");
    let cat = catalog();
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    };
    let findings = check::check(&c, &cat, &ctx);
    let f = findings
        .iter()
        .find(|f| f.id == "refusal-fiscal")
        .expect("fiscal note");
    assert_eq!(cite_opt(&f.rule).as_deref(), Some("UNTOC art. 18(22)"));
    let a = only("6-fiscal.toml");
    assert!(note_ids(&a).contains(&"dual-reason-fiscal"));
}

#[test]
fn the_death_penalty_without_assurance_is_warned_about() {
    let c = case("7-death-penalty.toml");
    let cat = catalog();
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    };
    let findings = check::check(&c, &cat, &ctx);
    assert!(findings.iter().any(|f| f.id == "refusal-death-penalty"));
    let mut assured = c.clone();
    assured.assurances.no_death_penalty = true;
    let findings = check::check(&assured, &cat, &ctx);
    assert!(!findings.iter().any(|f| f.id == "refusal-death-penalty"));
}

#[test]
fn every_result_names_its_rule_and_the_cli_shows_the_reasons() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "1-not-criminalised.toml",
        "4-other-name.toml",
        "5-later-law.toml",
    ] {
        let path = common::root().join("examples/training").join(name);
        let profiles = common::root().join("examples/training/profiles");
        let o = common::rogatory(
            &[
                "--profiles",
                profiles.to_str().unwrap(),
                "check",
                path.to_str().unwrap(),
            ],
            dir.path(),
        );
        let out = common::stdout(&o);
        let line = out
            .lines()
            .find(|l| l.contains("Dual criminality"))
            .unwrap_or_else(|| panic!("{out}"));
        assert!(line.contains(" [") && line.ends_with(']'), "{line}");
        assert!(out.contains("\n         - "), "reasons are listed: {out}");
    }
}

#[test]
fn the_internal_annex_is_only_there_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::root().join("examples/training/4-other-name.toml");
    for (flag, expect) in [(true, true), (false, false)] {
        let out = dir.path().join(format!("annex-{flag}.txt"));
        let mut args = vec![
            "render",
            path.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--text",
            "--draft",
            "--lang",
            "en",
        ];
        if flag {
            args.push("--internal-annex");
        }
        let o = common::rogatory(&args, dir.path());
        assert!(o.status.success(), "{}", common::stderr(&o));
        let text = std::fs::read_to_string(&out).unwrap();
        assert_eq!(text.contains("INTERNAL — NOT PART OF THE REQUEST"), expect);
        assert_eq!(text.contains("StGB § 263 (Betrug)"), expect);
    }
}

#[test]
fn other_refusal_risks_are_found_with_their_sources() {
    let cat = catalog();
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    };
    // Germany allows interception only for the offences of StPO § 100a(2).
    let mut c = case("4-other-name.toml");
    c.measures[0].kind = Some(rogatory::case::MeasureKind::Interception);
    c.offences[0].political = true;
    c.proceeding.final_judgment = "Acquittal by a court in Munich, 2025".into();
    let findings = check::check(&c, &cat, &ctx);
    let ids: Vec<&str> = findings.iter().map(|f| f.id).collect();
    for id in [
        "refusal-catalogue",
        "refusal-political",
        "refusal-ne-bis-in-idem",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let catalogue = findings
        .iter()
        .find(|f| f.id == "refusal-catalogue")
        .unwrap();
    assert!(
        cite_opt(&catalogue.rule).is_some_and(|r| r.contains("100a")),
        "{:?}",
        catalogue.rule
    );
    let political = findings
        .iter()
        .find(|f| f.id == "refusal-political")
        .unwrap();
    // Political offences are a ground of the 1959 Convention (art. 2(a)),
    // cited only in a request made under it: under another basis no other
    // treaty's article is cited.
    if c.legal_basis == "coe-1959" {
        assert!(cite_opt(&political.rule).is_some_and(|r| r.contains("art. 2(a)")));
    } else {
        assert_eq!(political.rule, None, "{:?}", political.rule);
    }
    let mut under_1959 = c.clone();
    under_1959.legal_basis = "coe-1959".into();
    let f = check::check(&under_1959, &cat, &ctx);
    let political = f.iter().find(|f| f.id == "refusal-political").unwrap();
    assert!(cite_opt(&political.rule).is_some_and(|r| r.contains("art. 2(a)")));
    let ne_bis = |f: &&check::Finding| f.id == "refusal-ne-bis-in-idem";
    assert_eq!(findings.iter().find(ne_bis).unwrap().rule, None);
    // Under an EIO, ne bis in idem is an express ground of the Directive.
    let mut eio = case("3-eu-list.toml");
    eio.proceeding.final_judgment = "Acquittal by a court in Lyon, 2025".into();
    let findings = check::check(&eio, &cat, &ctx);
    assert_eq!(
        cite_opt(&findings.iter().find(ne_bis).unwrap().rule).as_deref(),
        Some("Directive 2014/41/EU art. 11(1)(d)")
    );
    // Trafficking in persons is on the § 100a list: no catalogue warning.
    c.offences[0].iccs = vec!["02041".into()];
    let findings = check::check(&c, &cat, &ctx);
    assert!(!findings.iter().any(|f| f.id == "refusal-catalogue"));
    // Money laundering is listed only where the predicate offence is in the
    // catalogue too, so the warning stays and names the condition.
    c.offences[0].iccs = vec!["07041".into()];
    let findings = check::check(&c, &cat, &ctx);
    let f = findings
        .iter()
        .find(|f| f.id == "refusal-catalogue")
        .expect("conditional listing is warned about");
    let ui = rogatory::i18n::Localizer::new("en");
    assert!(
        f.message(&ui).contains("§ 261 where the predicate offence"),
        "{}",
        f.message(&ui)
    );
}

#[test]
fn a_sibling_provision_is_doubtful_and_not_called_the_same_conduct() {
    // Diversion of precursors (060124) sent to Germany: the nearest
    // provisions are the BtMG's trafficking, manufacture and cultivation
    // (060121-060123), different conduct under the same heading (06012).
    let mut c = case("8-not-an-offence-there.toml");
    c.requested_state = "DE".into();
    c.offences[0].iccs = vec!["060124".into()];
    let cat = catalog();
    let p = cat.get(&c.requested_state).unwrap();
    let a = dual::assess(
        &Request::build(&c).0,
        p,
        &rogatory::treaty::Registry::builtin(),
    )
    .remove(0);
    assert_eq!(a.outcome, Outcome::Doubtful);
    let ids = note_ids(&a);
    assert!(ids.contains(&"dual-reason-sibling"), "{ids:?}");
    assert!(!ids.contains(&"dual-reason-other-name"), "{ids:?}");
}

#[test]
fn a_request_to_the_requesting_state_itself_is_an_error() {
    let mut c = case("4-other-name.toml");
    let cat = catalog();
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    };
    let same = |f: &check::Finding| f.id == "same-state";
    assert!(!check::check(&c, &cat, &ctx).iter().any(same));
    c.requesting.state = c.requested_state.to_lowercase();
    let findings = check::check(&c, &cat, &ctx);
    let f = findings.iter().find(|f| same(f)).expect("same-state error");
    assert_eq!(f.path, "requesting.state");
    assert_eq!(f.severity, check::Severity::Error);
}

#[test]
fn preservation_needs_no_dual_criminality_only_where_budapest_applies() {
    use rogatory::case::MeasureKind;
    // Germany applies the Budapest Convention: art. 29(3), with a note when
    // the request itself rests on another basis.
    let mut c = case("5-later-law.toml");
    c.measures[0].kind = Some(MeasureKind::DataPreservation);
    let cat = catalog();
    let a = dual::assess(&Request::build(&c).0, cat.get("DE").unwrap(), &cat.treaties).remove(0);
    assert_eq!(a.outcome, Outcome::NotRequired);
    assert_eq!(cite(&a.rule), "Budapest Convention art. 29(3)");
    assert_eq!(
        note_ids(&a),
        ["dual-reason-preservation", "dual-reason-preservation-basis"]
    );
    c.legal_basis = "budapest".into();
    let a = dual::assess(&Request::build(&c).0, cat.get("DE").unwrap(), &cat.treaties).remove(0);
    assert_eq!(note_ids(&a), ["dual-reason-preservation"]);
    // Freedonia is not a party and requires dual criminality for everything.
    let mut c = case("1-not-criminalised.toml");
    c.measures[0].kind = Some(MeasureKind::DataPreservation);
    let a = dual::assess(&Request::build(&c).0, cat.get("XA").unwrap(), &cat.treaties).remove(0);
    assert_ne!(cite(&a.rule), "Budapest Convention art. 29(3)");
    assert_eq!(a.outcome, Outcome::NotSatisfied);
}
