//! The request as the receiving authority reads it (issue 14): states in
//! the grammatical form each sentence needs, the recipient in one language,
//! the subject line, the seal and the annex list, the channel, markers only
//! on what needs a translator, rules of the basis chosen only, and drafts
//! that show what is missing.

mod common;

use rogatory::case::Case;
use rogatory::check::{self, Context, Finding};
use rogatory::document::markup::Block;
use rogatory::document::{self, Options};
use rogatory::i18n::Localizer;
use rogatory::profile::Catalog;
use rogatory::store;

fn example() -> Case {
    store::load_case(&common::example(common::COMPLETE)).unwrap()
}

fn compose(case: &Case, lang: &str, draft: bool) -> Vec<Block> {
    let opts = Options {
        draft,
        ..Options::new(lang, common::TODAY.parse().unwrap())
    };
    document::compose(case, &store::builtin_catalog(), &opts)
        .unwrap()
        .blocks
}

fn text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(document::office::block_text)
        .collect::<Vec<_>>()
        .join("\n")
}

fn findings(case: &Case) -> Vec<Finding> {
    let ctx = Context {
        today: common::TODAY.parse().unwrap(),
        document_language: None,
    };
    check::check(case, &store::builtin_catalog(), &ctx)
}

/// The example sent from `from` to `to`.
fn between(from: &str, to: &str, basis: &str) -> Case {
    let mut c = example();
    c.requesting.state = from.into();
    c.requested_state = to.into();
    c.legal_basis = basis.into();
    c
}

#[test]
fn every_profiled_state_takes_the_form_its_sentence_needs() {
    // For each of the thirty profiles, as requested state, the sentences
    // naming it use the table's form: the genitive after "Behörden" in
    // German, "des/du/de la" in French, the genitive in Russian.
    let catalog: Catalog = store::builtin_catalog();
    let codes: Vec<String> = catalog.iter().map(|l| l.profile.code.clone()).collect();
    assert!(codes.len() >= 30);
    for (lang, form, before) in [
        ("de", "gen", "die zuständigen Behörden "),
        ("fr", "of", "des autorités compétentes "),
        ("es", "of", "de las autoridades competentes "),
        ("pt", "of", "das autoridades competentes "),
        ("ru", "gen", "к компетентным органам "),
    ] {
        let l = Localizer::new(lang);
        for code in &codes {
            let from = if code == "GB" { "IE" } else { "GB" };
            let c = between(from, code, "untoc");
            let forms = document::grammar::state_forms(&l, code);
            let expected = format!("{before}{}", forms.get(form));
            let t = text(&compose(&c, lang, false));
            assert!(
                t.contains(&expected),
                "{lang}, {code}: no {expected:?} in the letter"
            );
        }
    }
}

#[test]
fn german_forms_of_states_with_and_without_article() {
    let l = Localizer::new("de");
    let f = document::grammar::state_forms(&l, "CH");
    assert_eq!(
        (f.nom.as_str(), f.get("gen"), f.get("dat")),
        ("die Schweiz", "der Schweiz", "der Schweiz")
    );
    let f = document::grammar::state_forms(&l, "DE");
    assert_eq!(f.get("gen"), "Deutschlands");
    let f = document::grammar::state_forms(&l, "GB");
    assert_eq!(f.get("gen"), "des Vereinigten Königreichs");
    let fr = Localizer::new("fr");
    assert_eq!(
        document::grammar::state_forms(&fr, "US").get("to"),
        "aux États-Unis"
    );
    // A fictitious training state has its own forms, never a bare code.
    assert!(
        document::grammar::state_forms(&l, "XA")
            .get("gen")
            .contains("fiktiven Staates")
    );
}

#[test]
fn the_recipient_is_named_once_in_the_documents_language() {
    let c = between("FR", "DE", "untoc");
    let blocks = compose(&c, "de", false);
    let to = blocks
        .iter()
        .find_map(|b| match b {
            Block::Address { label, text } if label == "Empfänger" => Some(text.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(to.matches("Bundesamt für Justiz").count(), 1, "{to}");
    assert!(!to.contains("Federal Office"), "{to}");
    assert!(!to.contains("Germany"), "{to}");
    assert!(to.ends_with("Deutschland"), "{to}");
    // In English the profile's English form, and the state in English.
    let to = text(&compose(&c, "en", false));
    assert!(to.contains("Federal Office of Justice"), "{to}");
}

#[test]
fn subject_line_seal_and_annex_list_close_the_letter() {
    let blocks = compose(&example(), "de", false);
    let pos = |f: &dyn Fn(&Block) -> bool| blocks.iter().position(f).unwrap();
    let subject = pos(&|b| matches!(b, Block::Subject { .. }));
    let intro = pos(
        &|b| matches!(b, Block::Paragraph { text, .. } if text.starts_with("Die ersuchende Behörde, ")),
    );
    assert!(subject < intro);
    let Block::Subject { text: line, .. } = &blocks[subject] else {
        unreachable!()
    };
    assert!(line.contains("Strafsache gegen Daniel Ashcroft"), "{line}");
    let seal = pos(&|b| matches!(b, Block::Seal { .. }));
    let last_sign = blocks
        .iter()
        .rposition(|b| matches!(b, Block::Signature { .. }))
        .unwrap();
    let annexes = pos(&|b| matches!(b, Block::Label { text } if text == "Anlagen"));
    assert!(last_sign < seal && seal < annexes);
    assert!(
        matches!(&blocks[annexes + 1], Block::ListItem { text, .. } if text.starts_with("Anlage 1"))
    );
    // No annexes: the list says so.
    let mut c = example();
    c.annexes.clear();
    let blocks = compose(&c, "fr", false);
    let t = text(&blocks);
    assert!(t.ends_with("Annexes\nAucune"), "{t}");
}

#[test]
fn a_direct_transmission_is_addressed_to_the_authority_named() {
    let mut c = between("DE", "CH", "coe-1959");
    c.channel = "direct".into();
    let fs = findings(&c);
    assert!(fs.iter().any(|f| f.id == "recipient-missing"));
    c.recipient = "Staatsanwaltschaft I des Kantons Zürich".into();
    c.recipient_address = "Beispielgasse 1\n8000 Zürich\nSwitzerland".into();
    assert!(!findings(&c).iter().any(|f| f.id == "recipient-missing"));
    let t = text(&compose(&c, "de", false));
    assert!(
        t.contains("Empfänger Staatsanwaltschaft I des Kantons Zürich\nBeispielgasse 1\n8000 Zürich\nSchweiz"),
        "{t}"
    );
    assert!(t.contains("Unmittelbar zwischen den Justizbehörden"), "{t}");
    assert!(!t.contains("Bundesamt"), "{t}");
    // A channel the profile does not list is warned about.
    let mut c = between("GB", "CN", "untoc");
    c.channel = "direct".into();
    c.recipient = "Example court".into();
    let cat = store::builtin_catalog();
    let p = cat.get("CN").unwrap();
    let listed = p.channels.is_empty() || p.channels.contains(&rogatory::profile::Channel::Direct);
    assert_eq!(
        findings(&c).iter().any(|f| f.id == "channel-not-listed"),
        !listed
    );
}

#[test]
fn markers_sit_on_what_needs_a_translator_only() {
    let blocks = compose(&example(), "de", false);
    let marked = |label: &str| {
        blocks
            .iter()
            .any(|b| matches!(b, Block::Field { label: l, untranslated: true, .. } if l == label))
    };
    assert!(marked("Tatort"), "the place of an offence is marked");
    assert!(marked("Ausweisdokumente"));
    assert!(marked("Verfahrensführende Behörde"));
    assert!(
        !marked("Ansprechperson"),
        "the contact's name and title are not"
    );
    // The signature block carries no marker at all.
    let t = document::text::to_text(
        &document::compose(
            &example(),
            &store::builtin_catalog(),
            &Options::new("de", common::TODAY.parse().unwrap()),
        )
        .unwrap(),
        200,
    );
    let sign = &t[t.find("Unterschrift:").unwrap()..t.find("[Dienstsiegel]").unwrap()];
    assert!(!sign.contains("Noch nicht übersetzt"), "{sign}");
}

#[test]
fn a_requirement_of_another_basis_is_not_cited() {
    // Germany's CETS 198 art. 17 limit binds a request under CETS 198 only.
    let mut c = between("FR", "DE", "untoc");
    c.measures
        .retain(|m| m.kind == Some(rogatory::case::MeasureKind::BankRecords));
    let cites_198 = |c: &Case| {
        findings(c).iter().any(|f| {
            f.id == "measure-requirement"
                && f.args.iter().any(|(_, v)| {
                    matches!(v, rogatory::finding::Arg::Text(t) if t.contains("CETS 198 art. 17"))
                })
        })
    };
    assert!(!cites_198(&c));
    c.legal_basis = "coe-laundering".into();
    assert!(cites_198(&c));
}

#[test]
fn between_eio_states_a_replaced_convention_is_an_error_for_evidence() {
    let mut c = between("FR", "DE", "eu-2000");
    let fs = findings(&c);
    let f = fs
        .iter()
        .find(|f| f.id == "eio-replaced")
        .expect("eio-replaced");
    assert_eq!(f.severity, rogatory::check::Severity::Error);
    // Service of documents alone stays under the Convention.
    c.measures
        .retain(|m| m.kind == Some(rogatory::case::MeasureKind::ServiceOfDocuments));
    c.measures.push(rogatory::case::Measure {
        kind: Some(rogatory::case::MeasureKind::ServiceOfDocuments),
        ..Default::default()
    });
    assert!(!findings(&c).iter().any(|f| f.id == "eio-replaced"));
    // Ireland is not bound by the Directive: the Convention is right there.
    let c = between("IE", "DE", "eu-2000");
    assert!(!findings(&c).iter().any(|f| f.id == "eio-replaced"));
}

#[test]
fn a_draft_shows_a_placeholder_for_each_missing_value() {
    let mut c = example();
    c.requesting.authority.clear();
    c.signature.name.clear();
    c.signature.place.clear();
    c.facts.clear();
    let t = text(&compose(&c, "de", true));
    assert!(!t.contains(", ,"), "{t}");
    assert!(
        t.contains("Die ersuchende Behörde, [fehlt: Behörde] ("),
        "{t}"
    );
    assert!(t.contains("Name [fehlt: Name]"), "{t}");
    // The signature's place, not the offence's (Tatort).
    assert!(t.contains("Ort und Datum [fehlt: Ort], "), "{t}");
    assert!(
        t.contains("[fehlt: Zusammenfassung des Sachverhalts]"),
        "{t}"
    );
    // A final document keeps empty values empty (the checks refuse it).
    let t = text(&compose(&c, "de", false));
    assert!(!t.contains("[fehlt"), "{t}");
}

#[test]
fn a_company_has_a_state_of_registration() {
    let t = text(&compose(&example(), "de", false));
    assert!(t.contains("Staat der Eintragung Vereinigte Staaten"), "{t}");
}

#[test]
fn a_treaty_without_a_name_in_the_documents_language_is_marked() {
    // The Colombia–Spain convention has no registry name in German: named
    // in English, the legal basis sentence is marked for the translator.
    let c = between("CO", "ES", "mlat-co-es");
    let blocks = compose(&c, "de", false);
    assert!(blocks.iter().any(|b| matches!(b,
        Block::Paragraph { text, untranslated: true } if text.starts_with("Rechtsgrundlage dieses Ersuchens")
    )));
    // In Spanish it has its name, and nothing is marked.
    let blocks = compose(&c, "es", false);
    assert!(blocks.iter().any(|b| matches!(b,
        Block::Paragraph { text, untranslated: false } if text.starts_with("Fundamento jurídico")
    )));
}

#[test]
fn a_name_in_another_script_comes_with_its_english_form() {
    let c = between("AU", "CN", "mlat-au-cn");
    let fr = text(&compose(&c, "fr", false));
    assert!(
        fr.contains("Ministry of Justice of the People's Republic of China (司法部)"),
        "{fr}"
    );
    let zh = text(&compose(&c, "zh", false));
    assert!(zh.contains("收文机关 司法部"), "{zh}");
    assert!(
        zh.contains("《中华人民共和国和澳大利亚关于刑事司法协助的条约》"),
        "{zh}"
    );
}

#[test]
fn dates_and_lists_are_written_as_each_language_writes_them() {
    let fr = text(&compose(&example(), "fr", false));
    assert!(fr.contains("du 1er mars 2024 au 30 juin 2025"), "{fr}");
    let zh = text(&compose(&example(), "zh", false));
    assert!(zh.contains("英语、法语"), "{zh}");
    assert!(zh.contains("2026年11月20日于London"), "{zh}");
    let ar = text(&compose(&example(), "ar", false));
    assert!(ar.contains("London\u{200F}، "), "{ar}");
}

#[test]
fn a_role_agrees_with_the_persons_gender_where_the_language_says_so() {
    let de = text(&compose(&example(), "de", false));
    assert!(de.contains("Laura Chen (Zeugin)"), "{de}");
    assert!(de.contains("Daniel Ashcroft (Beschuldigter)"), "{de}");
    let ar = text(&compose(&example(), "ar", false));
    assert!(ar.contains("Laura Chen (شاهدة)"), "{ar}");
    // Not said: the form the language uses for either.
    let mut c = example();
    for p in &mut c.persons {
        p.gender.clear();
    }
    assert!(text(&compose(&c, "de", false)).contains("Laura Chen (Zeuge)"));
    // The interface names the role without a gender.
    assert_eq!(Localizer::new("de").t("role-witness"), "Zeuge");
}

#[test]
fn chinese_keeps_a_space_around_latin_names_it_sets_between_han() {
    // With no automatic CJK–Latin spacing, the wording gives the spaces.
    let zh = text(&compose(&example(), "zh", false));
    assert!(
        zh.contains("请求机关英国 Crown Prosecution Service, Specialist Fraud Division 谨请"),
        "{zh}"
    );
}
