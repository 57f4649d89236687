//! Case files round-trip without loss, and composing the complete example
//! gives the text a central authority would read (snapshot).

mod common;

use rogatory::case::{
    Annex, Case, EarlierRequest, FieldKey, FieldType, FieldValue, Measure, MeasureKind, Person,
    ProceedingKind, Role,
};
use rogatory::document::{self, Options};
use rogatory::store;

/// A case with every field of the format filled, including every measure
/// detail, non-Latin text and multi-line strings.
fn rich_case() -> Case {
    let mut c = store::load_case(&common::example(common::COMPLETE)).unwrap();
    c.document_language = "en".into();
    c.proceeding.kind = Some(ProceedingKind::Prosecution);
    c.proceeding.final_judgment = "None known".into();
    c.offences[0].limitation_date = "2035-01-01".into();
    c.offences[1].fiscal = true;
    c.offences[1].political = true;
    c.offences[1].military = true;
    c.offences[1].death_penalty = true;
    c.translations.entry("fr".into()).or_default().insert(
        "facts".into(),
        "Les faits.\nDeuxième ligne « citée ».".into(),
    );
    c.translations
        .entry("zh".into())
        .or_default()
        .insert("measures[0].record_types".into(), "银行记录".into());
    c.urgency.urgent = true;
    c.urgency.custody = true;
    c.urgency.reason = "Trial fixed; \"quoted\" and back\\slash".into();
    c.urgency.needed_by = "2027-02-01".into();
    c.procedures.defence_present = true;
    c.procedures.verbatim_record = true;
    c.procedures.chain_of_custody = true;
    c.procedures.other = "Photograph each item in place.".into();
    c.assurances.no_death_penalty = true;
    c.assurances.reciprocity = true;
    c.assurances.other = "Costs of experts will be met by the requesting state.".into();
    c.persons.push(Person {
        id: "wang".into(),
        role: Some(Role::Expert),
        name: "王小明 (Wang Xiaoming)".into(),
        other_names: "Ван Сяомин".into(),
        birth_date: "1985-07-01".into(),
        birth_place: "Zürich".into(),
        nationality: "CN".into(),
        id_documents: "—".into(),
        address: "Улица Пушкина, 10\nМосква".into(),
        gender: "female".into(),
        language: "zh".into(),
        notes: "Café owner, naïve façade".into(),
    });
    c.earlier_requests.push(EarlierRequest {
        reference: "X/1".into(),
        date: "2025-01-01".into(),
        description: String::new(),
    });
    c.annexes.push(Annex {
        title: "Photographs".into(),
        description: String::new(),
    });
    for kind in MeasureKind::ALL {
        let mut m = Measure {
            kind: Some(*kind),
            ..Measure::default()
        };
        for (key, _) in kind.fields() {
            *m.get_mut(*key) = match key.field_type() {
                FieldType::Bool => FieldValue::Bool(true),
                FieldType::Date => FieldValue::Text("2026-01-15".into()),
                FieldType::List | FieldType::Ibans => {
                    FieldValue::List(vec!["DE89 3704 0044 0532 0130 00".into(), "two".into()])
                }
                FieldType::Person => FieldValue::Text("chen".into()),
                FieldType::Text => FieldValue::Text(format!("{} text", key.as_str())),
                FieldType::LongText => FieldValue::Text(format!("{}\nsecond line", key.as_str())),
            };
        }
        c.measures.push(m);
    }
    // Every measure detail appears in some kind.
    for key in FieldKey::ALL {
        assert!(
            MeasureKind::ALL
                .iter()
                .any(|k| k.fields().iter().any(|(f, _)| f == key)),
            "{key:?} belongs to no measure"
        );
    }
    c
}

#[test]
fn a_rich_case_round_trips_without_loss() {
    let case = rich_case();
    let text = case.to_toml();
    let back = Case::from_toml(&text, "rich.toml").unwrap();
    assert_eq!(back, case);
    assert_eq!(back.to_toml(), text, "printing is stable");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rich.toml");
    store::save_case(&path, &case, None).unwrap();
    assert_eq!(store::load_case(&path).unwrap(), case);
}

#[test]
fn the_shipped_examples_round_trip() {
    for name in [common::COMPLETE, common::GAPS] {
        let case = store::load_case(&common::example(name)).unwrap();
        let again = Case::from_toml(&case.to_toml(), name).unwrap();
        assert_eq!(again, case, "{name}");
    }
}

#[test]
fn composed_text_of_the_complete_example() {
    let case = store::load_case(&common::example(common::COMPLETE)).unwrap();
    let catalog = store::builtin_catalog();
    let opts = Options {
        draft: false,
        ..Options::new("en", "2026-11-22".parse().unwrap())
    };
    let doc = document::compose(&case, &catalog, &opts).unwrap();
    insta::assert_snapshot!(document::text::to_text(&doc, 78));
}

#[test]
fn every_measure_and_detail_reaches_the_document() {
    let case = rich_case();
    let catalog = store::builtin_catalog();
    let opts = Options {
        draft: true,
        ..Options::new("en", "2026-11-22".parse().unwrap())
    };
    let doc = document::compose(&case, &catalog, &opts).unwrap();
    let text = document::text::to_text(&doc, 100);
    let l = rogatory::i18n::Localizer::new("en");
    for kind in MeasureKind::ALL {
        assert!(text.contains(&l.t(&kind.message_id())), "{kind:?}");
        for (key, _) in kind.fields() {
            assert!(text.contains(&l.t(&key.message_id())), "{kind:?} {key:?}");
        }
    }
    for needle in [
        "王小明",
        "Улица Пушкина",
        "Trial fixed; \"quoted\" and back\\slash",
        "DRAFT",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    // The PDF of such a case lays out too: as a draft (never PDF/A), and
    // as the final request, PDF/A with every glyph drawn.
    let r = document::pdf::render(&doc).unwrap();
    assert!(r.pdf.starts_with(b"%PDF-"));
    assert!(!r.pdf_a, "a draft does not claim PDF/A");
    let final_opts = Options {
        draft: false,
        ..opts
    };
    let doc = document::compose(&case, &catalog, &final_opts).unwrap();
    let r = document::pdf::render(&doc).unwrap();
    assert!(r.pdf_a, "{:?}", r.warnings);
}
