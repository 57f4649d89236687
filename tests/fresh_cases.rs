//! Cases nobody wrote a test for: the ten points a run of fresh cases found
//! (issue "The whole ICCS, and dual criminality and refusal advice that
//! holds"), each built here from a training case changed the way the fresh
//! case differed.

mod common;

use rogatory::case::{Case, MeasureKind};
use rogatory::check::{self, Context, Finding};
use rogatory::profile::{Catalog, Origin};
use rogatory::store;

fn catalog() -> Catalog {
    common::training_catalog()
}

fn case(name: &str) -> Case {
    store::load_case(&common::root().join("examples/training").join(name)).unwrap()
}

fn ctx() -> Context {
    Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    }
}

fn cite(f: &Finding) -> Option<String> {
    let terms = rogatory::treaty::Registry::builtin().terms("en");
    let l = rogatory::i18n::Localizer::new("en").with_terms(terms);
    f.rule.as_ref().map(|r| r.cite(&l))
}

fn find<'a>(fs: &'a [Finding], id: &str) -> Option<&'a Finding> {
    fs.iter().find(|f| f.id == id)
}

/// A request to a real state that has no profile (Norway is not among the
/// profiled states).
fn to_unprofiled(mut c: Case) -> Case {
    c.requested_state = "NO".into();
    c
}

#[test]
fn without_a_profile_the_advice_that_needs_none_is_kept() {
    let cat = catalog();
    assert!(
        cat.get("NO").is_none(),
        "the test needs a state without a profile"
    );
    let mut c = to_unprofiled(case("6-fiscal.toml"));
    c.offences[0].political = true;
    c.offences[0].death_penalty = true;
    c.offences[0].limitation_date = "2026-11-25".into();
    c.proceeding.final_judgment = "Acquittal, 2025".into();
    let fs = check::check(&c, &cat, &ctx());
    for id in [
        "no-profile",
        "refusal-fiscal",
        "refusal-political",
        "refusal-death-penalty",
        "refusal-ne-bis-in-idem",
        "limitation-near",
    ] {
        assert!(
            find(&fs, id).is_some(),
            "{id} missing: {:?}",
            fs.iter().map(|f| f.id).collect::<Vec<_>>()
        );
    }
    // What is not known is said.
    let l = rogatory::i18n::Localizer::new("en");
    let shown = find(&fs, "no-profile").unwrap().message(&l);
    assert!(shown.contains("Not known"), "{shown}");
    // The document names the basis in words, not by its id.
    let opts = rogatory::document::Options::new("en", common::TODAY.parse().unwrap());
    let doc = rogatory::document::compose(&c, &cat, &opts).unwrap();
    let text = rogatory::document::text::to_text(&doc, 100);
    assert!(!text.contains("untoc."), "{text}");
    assert!(
        text.contains("United Nations Convention against Transnational Organized Crime"),
        "{text}"
    );
}

#[test]
fn the_fiscal_rule_is_the_one_of_the_basis_used() {
    let cat = catalog();
    let base = to_unprofiled(case("6-fiscal.toml"));
    let fs = check::check(&base, &cat, &ctx());
    let f = find(&fs, "refusal-fiscal").unwrap();
    assert!(cite(f).unwrap().contains("18(22)"), "{:?}", cite(f));
    // Without a treaty: nothing is cited as if it applied.
    let mut c = base.clone();
    c.legal_basis = "reciprocity".into();
    let fs = check::check(&c, &cat, &ctx());
    assert!(find(&fs, "refusal-fiscal").is_none());
    let f = find(&fs, "refusal-fiscal-unknown").unwrap();
    assert_eq!(f.rule, None);
    // Under the 1959 Convention, fiscal offences may be refused (art. 2(a))
    // unless a protocol binding both states removes that ground.
    let mut c = base.clone();
    c.legal_basis = "coe-1959".into();
    c.requested_state = "CH".into();
    c.requesting.state = "GB".into();
    let fs = check::check(&c, &cat, &ctx());
    let f = fs
        .iter()
        .find(|f| f.id == "refusal-fiscal-ground" || f.id == "refusal-fiscal")
        .unwrap();
    let cited = cite(f).unwrap();
    if f.id == "refusal-fiscal-ground" {
        assert!(cited.contains("2(a)"), "{cited}");
    } else {
        assert!(
            cited.contains("Additional Protocol") || cited.contains("ETS"),
            "{cited}"
        );
    }
}

#[test]
fn tax_conduct_can_be_doubtful_with_what_the_facts_must_show() {
    let mut cat = catalog();
    let xa = cat.loaded("XA").unwrap().text.clone();
    let with = format!(
        "{xa}\n[[depends_on_facts]]\niccs = [\"08041\"]\nconduct = \"Tax evasion\"\ncondition = \"the suspect used false documents or a scheme to deceive the tax authority\"\nsource = \"Training profile (fictitious)\"\n"
    );
    cat.add(Origin::Option, "XA.toml", &with);
    assert!(cat.problems.is_empty(), "{:?}", cat.problems);
    let c = case("6-fiscal.toml");
    let req = rogatory::case::Request::build(&c).0;
    let p = cat.get("XA").unwrap();
    let a = rogatory::check::dual::assess(&req, p, &cat.treaties);
    let a = &a[0];
    assert_eq!(a.outcome, rogatory::check::dual::Outcome::Doubtful, "{a:?}");
    assert!(
        a.reasons.iter().any(|n| n.id == "dual-reason-depends"),
        "{a:?}"
    );
    assert!(
        a.suggestions
            .iter()
            .any(|n| n.id == "dual-suggest-show-facts"),
        "{a:?}"
    );
}

#[test]
fn preservation_without_budapest_gets_guidance() {
    let cat = catalog();
    let mut c = to_unprofiled(case("6-fiscal.toml"));
    c.requested_state = "MX".into(); // the registry records Mexico as not a Budapest party
    c.measures[0].kind = Some(MeasureKind::DataPreservation);
    let fs = check::check(&c, &cat, &ctx());
    let f = find(&fs, "preservation-no-budapest").expect("guidance");
    let l = rogatory::i18n::Localizer::new("en")
        .with_terms(rogatory::treaty::Registry::builtin().terms("en"));
    let shown = f.message(&l);
    assert!(shown.contains("24/7"), "{shown}");
    assert!(shown.contains("29(3)"), "{shown}");
}

#[test]
fn a_penalty_that_says_death_raises_the_assurance_question() {
    let cat = catalog();
    let mut c = case("6-fiscal.toml");
    c.offences[0].death_penalty = false;
    c.offences[0].max_penalty = "Death or life imprisonment".into();
    let fs = check::check(&c, &cat, &ctx());
    assert!(find(&fs, "refusal-death-penalty").is_some());
    c.assurances.no_death_penalty = true;
    let fs = check::check(&c, &cat, &ctx());
    assert!(find(&fs, "refusal-death-penalty").is_none());
}

#[test]
fn no_article_of_another_treaty_is_cited() {
    let cat = catalog();
    let mut c = case("3-eu-list.toml");
    c.offences[0].fiscal = true;
    c.offences[0].political = true;
    c.measures.push(rogatory::case::Measure {
        kind: Some(MeasureKind::BankRecords),
        ..Default::default()
    });
    let basis = c.legal_basis.clone();
    let fs = check::check(&c, &cat, &ctx());
    // The grounds for refusal and the dual criminality advice cite only the
    // basis relied on (the contents of a request keep UNTOC art. 18(15) as
    // the model list they are checked against), and UNCAC never appears in
    // a request not made under it.
    for f in &fs {
        if let Some(rogatory::finding::Rule::Article { treaty, .. }) = &f.rule {
            assert!(treaty != "uncac", "{} cites UNCAC under {basis}", f.id);
            if !(f.id.starts_with("refusal-") || f.id.starts_with("dual-")) {
                continue;
            }
            assert!(
                treaty == &basis
                    || cat
                        .treaties
                        .get(treaty)
                        .is_some_and(|t| t.supplements == basis),
                "{} cites {treaty} in a request under {basis}",
                f.id
            );
        }
    }
}

#[test]
fn a_profile_that_fails_to_load_is_reported_as_broken() {
    let mut cat = store::builtin_catalog();
    cat.add(
        Origin::Option,
        "dir/NO.toml",
        "schema_version = 1\ncode = \"NO\"\nname = 3\n",
    );
    let c = to_unprofiled(case("6-fiscal.toml"));
    let fs = check::check(&c, &cat, &ctx());
    let f = find(&fs, "profile-broken").expect("broken profile named");
    let l = rogatory::i18n::Localizer::new("en");
    let shown = f.message(&l);
    assert!(shown.contains("NO.toml"), "{shown}");
    assert!(find(&fs, "no-profile").is_none());
}

#[test]
fn an_unsupported_document_language_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("r.pdf");
    for lang in ["it", "xx"] {
        let o = common::rogatory(
            &[
                "render",
                common::example(common::COMPLETE).to_str().unwrap(),
                "--lang",
                lang,
                "-o",
                out.to_str().unwrap(),
            ],
            home.path(),
        );
        assert_eq!(o.status.code(), Some(2), "{lang}: {}", common::stderr(&o));
        let err = common::stderr(&o);
        assert!(err.contains("not available in this build"), "{err}");
        assert!(err.contains("en, es") || err.contains("en,"), "{err}");
        assert!(!out.exists(), "nothing produced for {lang}");
    }
}

#[test]
fn every_standard_chinese_character_can_be_drawn_and_a_missing_one_is_an_error() {
    let table = std::fs::read_to_string(common::root().join("data/tgh-2013.txt")).unwrap();
    let chars: String = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::trim)
        .collect();
    assert_eq!(chars.chars().count(), 8105);
    let missing = rogatory::check::glyphs::undrawable(&chars);
    assert!(
        missing.is_empty(),
        "{} not drawable, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(10)]
    );
    // The name character of the fresh case.
    assert!(rogatory::check::glyphs::undrawable("张喆").is_empty());
    // A character no font has is an error naming the field and the character.
    let cat = catalog();
    let mut c = case("6-fiscal.toml");
    c.offences[0].name = "Fraud by 𓀀".into();
    let fs = check::check(&c, &cat, &ctx());
    let f = find(&fs, "glyph-missing").expect("missing glyph found");
    assert_eq!(f.path, "offences[0].name");
    assert_eq!(f.severity, rogatory::check::Severity::Error);
    let shown = f.message(&rogatory::i18n::Localizer::new("en"));
    assert!(shown.contains("𓀀") && shown.contains("U+13000"), "{shown}");
}

#[test]
fn without_a_profile_the_registrys_designation_is_given() {
    let cat = catalog();
    let mut c = case("6-fiscal.toml");
    c.requested_state = "LT".into();
    assert!(cat.get("LT").is_none());
    let fs = check::check(&c, &cat, &ctx());
    let f = find(&fs, "registry-designation").expect("designation from the registry");
    let l = rogatory::i18n::Localizer::new("en")
        .with_terms(rogatory::treaty::Registry::builtin().terms("en"));
    let shown = f.message(&l);
    assert!(
        shown.contains("Ministry of Justice of the Republic of Lithuania"),
        "{shown}"
    );
    assert!(shown.contains("Russian"), "{shown}");
}

#[test]
fn the_languages_of_the_basis_used_decide() {
    // Poland accepts English under UNTOC, but an EIO only in Polish.
    let cat = catalog();
    let p = cat.get("PL").expect("Polish profile");
    let eio = p.legal_basis("eio").expect("EIO basis");
    assert_eq!(eio.languages, ["pl"]);
    let mut c = case("3-eu-list.toml");
    c.requested_state = "PL".into();
    c.legal_basis = "eio".into();
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: Some("en".into()),
    };
    let fs = check::check(&c, &cat, &ctx);
    assert!(find(&fs, "language-not-accepted").is_some());
    c.legal_basis = "untoc".into();
    let fs = check::check(&c, &cat, &ctx);
    assert!(find(&fs, "language-not-accepted").is_none());
}

#[test]
fn between_parties_to_the_1978_protocol_fiscal_offences_are_no_ground() {
    let cat = catalog();
    let mut c = case("6-fiscal.toml");
    c.legal_basis = "coe-1959".into();
    c.requested_state = "DE".into();
    c.requesting.state = "NL".into();
    let fs = check::check(&c, &cat, &ctx());
    let f = find(&fs, "refusal-fiscal").expect("fiscal note");
    let cited = cite(f).unwrap();
    assert!(cited.contains("art. 1"), "{cited}");
    assert!(
        matches!(&f.rule, Some(rogatory::finding::Rule::Article { treaty, .. }) if treaty == "coe-1959-p1")
    );
}

#[test]
fn the_penalty_in_force_when_the_conduct_began_is_used() {
    // 18 U.S.C. § 2339B: 15 years until 1 June 2015, 20 years since 2 June 2015.
    let cat = catalog();
    let us = cat.get("US").unwrap();
    let o = us
        .offences
        .iter()
        .find(|o| o.provision.contains("2339B"))
        .expect("§ 2339B in the US profile");
    let at = |d: &str| o.penalty_at(Some(d.parse().unwrap()));
    assert_eq!(at("2012-05-01").months, Some(180));
    assert_eq!(at("2016-05-01").months, Some(240));
    assert!(at("2016-05-01").dated);
    // Its start is not dated by a source: not presented as the version then.
    assert!(!at("2012-05-01").dated);
    assert_eq!(o.current_months(), Some(240));
}

#[test]
fn the_dual_criminality_reasons_do_not_cite_uncac_in_a_untoc_request() {
    // The fresh case: "(UNCAC art. 43(2))" appeared in the reasons of a
    // request made under UNTOC.
    let cat = catalog();
    let c = store::load_case(&common::example(common::COMPLETE)).unwrap();
    assert_eq!(c.legal_basis, "untoc");
    let l = rogatory::i18n::Localizer::new("en")
        .with_terms(rogatory::treaty::Registry::builtin().terms("en"));
    for f in check::check(&c, &cat, &ctx()) {
        let shown = f.message(&l);
        assert!(!shown.contains("UNCAC"), "{}: {shown}", f.id);
        for n in &f.notes {
            let shown = n.message(&l);
            assert!(!shown.contains("UNCAC"), "{}: {shown}", n.id);
        }
    }
}
