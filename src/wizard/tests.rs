//! The wizard driven headless: messages in, state, findings and effects out.

use super::*;
use crate::case::MeasureKind;
use crate::case::{CaseField, ContactField, RequestingField};
use crate::store::builtin_catalog;
use fields::{Field, Top};

fn today() -> Date {
    "2026-11-22".parse().unwrap()
}

fn example(name: &str) -> Case {
    crate::store::load_case(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .unwrap()
}

fn ui() -> crate::i18n::Localizer {
    crate::i18n::Localizer::new("en")
}

fn wizard() -> Wizard {
    Wizard::new(
        builtin_catalog(),
        today(),
        vec![WelcomeItem::New, WelcomeItem::OpenFile],
        ui(),
    )
}

fn act(w: &mut Wizard, a: Action) -> Vec<Effect> {
    w.update(Msg::Action(a))
}

/// Focus the row showing `field` in the current step.
fn focus(w: &mut Wizard, field: Field) {
    let rows = w.rows();
    w.row = rows
        .iter()
        .position(|r| *r == Row::Field(field))
        .unwrap_or_else(|| panic!("{field:?} not on step {:?}: {rows:?}", w.step));
    w.focus = Focus::Form;
}

fn type_into(w: &mut Wizard, field: Field, text: &str) {
    focus(w, field);
    w.update(Msg::SetText(text.to_string()));
}

/// Open the choice list of `field`, filter by `filter`, take the first match.
fn choose(w: &mut Wizard, field: Field, filter: &str) {
    focus(w, field);
    act(w, Action::Activate);
    assert!(matches!(w.mode, Mode::Choice(_)), "{field:?} opens a list");
    for c in filter.chars() {
        w.update(Msg::Char(c));
    }
    act(w, Action::Activate);
    assert_eq!(w.mode, Mode::Normal);
}

#[test]
fn welcome_new_opens_the_first_step() {
    let mut w = wizard();
    assert_eq!(w.screen, Screen::Welcome);
    act(&mut w, Action::Activate);
    assert_eq!(w.screen, Screen::Form);
    assert_eq!(w.step, Step::Authority);
    assert!(!w.dirty);
}

#[test]
fn a_whole_request_written_through_messages() {
    use fields::{OffenceField as O, PersonField as P};
    let mut w = wizard();
    act(&mut w, Action::Activate);
    let errors_at_start = check::counts(&w.findings).0;

    choose(
        &mut w,
        Field::Top(Top::Requesting(RequestingField::RequestingState)),
        "GB",
    );
    assert_eq!(w.case.requesting.state, "GB");
    type_into(
        &mut w,
        Field::Top(Top::Requesting(RequestingField::Authority)),
        "Crown Prosecution Service",
    );
    type_into(
        &mut w,
        Field::Top(Top::Contact(ContactField::ContactName)),
        "Sarah Whitfield",
    );
    type_into(
        &mut w,
        Field::Top(Top::Contact(ContactField::ContactEmail)),
        "s.whitfield@example.org",
    );
    assert!(
        w.field_findings(Field::Top(Top::Contact(ContactField::ContactEmail)))
            .is_empty()
    );
    type_into(
        &mut w,
        Field::Top(Top::Contact(ContactField::ContactEmail)),
        "broken@",
    );
    assert_eq!(
        w.field_findings(Field::Top(Top::Contact(ContactField::ContactEmail)))[0].id,
        "format-email"
    );
    type_into(
        &mut w,
        Field::Top(Top::Contact(ContactField::ContactEmail)),
        "s.whitfield@example.org",
    );

    act(&mut w, Action::NextStep);
    assert_eq!(w.step, Step::State);
    assert!(!w.passed.contains(&Step::Authority), "no errors left there");
    choose(
        &mut w,
        Field::Top(Top::Case(CaseField::RequestedState)),
        "united states",
    );
    assert_eq!(w.case.requested_state, "US");

    act(&mut w, Action::NextStep);
    focus(&mut w, Field::Top(Top::Case(CaseField::LegalBasis)));
    act(&mut w, Action::Activate);
    let Mode::Choice(list) = &w.mode else {
        panic!()
    };
    let values: Vec<&str> = list.options.iter().map(|o| o.value.as_str()).collect();
    assert!(values.contains(&"untoc") && values.contains(&"reciprocity"));
    assert!(
        !values.contains(&"bilateral-FR"),
        "only bases for GB-US: {values:?}"
    );
    act(&mut w, Action::Back);
    choose(
        &mut w,
        Field::Top(Top::Case(CaseField::LegalBasis)),
        "untoc",
    );
    assert_eq!(w.case.legal_basis, "untoc");

    w.go_to(Step::Offences);
    assert_eq!(w.rows(), vec![Row::Field(Field::List(ListKind::Offences))]);
    act(&mut w, Action::Activate); // empty list: Enter adds
    assert_eq!(w.case.offences.len(), 1);
    type_into(&mut w, Field::Offence(0, O::Name), "Fraud");
    type_into(&mut w, Field::Offence(0, O::PenaltyMonths), "ten years");
    assert_eq!(
        w.case.offences[0].max_penalty_months, None,
        "not a number: refused"
    );
    assert!(w.status.as_ref().is_some_and(|s| s.error));
    type_into(&mut w, Field::Offence(0, O::PenaltyMonths), "120");
    assert_eq!(w.case.offences[0].max_penalty_months, Some(120));

    w.go_to(Step::Persons);
    assert!(
        w.passed.contains(&Step::Offences),
        "left with errors, so marked"
    );
    act(&mut w, Action::Activate);
    choose(&mut w, Field::Person(0, P::Role), "witness");
    type_into(&mut w, Field::Person(0, P::Name), "王小明");
    assert_eq!(w.case.persons[0].name, "王小明");
    assert_eq!(w.case.persons[0].id, "p1");

    w.go_to(Step::Measures);
    act(&mut w, Action::Activate);
    choose(&mut w, Field::MeasureKind(0), "witness statement");
    assert_eq!(w.case.measures[0].kind, Some(MeasureKind::WitnessStatement));
    let rows = w.rows();
    assert!(rows.contains(&Row::Field(Field::Measure(
        0,
        crate::case::FieldKey::questions
    ))));
    choose(
        &mut w,
        Field::Measure(0, crate::case::FieldKey::person),
        "p1",
    );
    assert_eq!(w.case.measures[0].person.as_text(), "p1");
    focus(&mut w, Field::List(ListKind::Measures));
    act(&mut w, Action::ItemAdd);
    choose(&mut w, Field::MeasureKind(1), "bank records");
    type_into(
        &mut w,
        Field::Measure(1, crate::case::FieldKey::accounts),
        "DE89 3704 0044 0532 0130 00\nDE89370400440532013001",
    );
    let bad: Vec<_> = w
        .findings
        .iter()
        .filter(|f| f.id == "format-iban")
        .collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].path, "measures[1].accounts[1]");

    assert!(w.dirty);
    assert!(check::counts(&w.findings).0 < errors_at_start + 10);

    // Save: no file yet, so a name is asked for.
    let fx = act(&mut w, Action::Save);
    assert_eq!(fx, vec![Effect::ListFiles("request.toml".into())]);
    assert_eq!(w.mode, Mode::Prompt(Ask::SavePath, "request.toml".into()));
    let fx = act(&mut w, Action::Activate);
    assert_eq!(fx, vec![Effect::Save(PathBuf::from("request.toml"))]);
    w.update(Msg::Saved(PathBuf::from("request.toml")));
    assert!(!w.dirty);
    assert_eq!(w.path, Some(PathBuf::from("request.toml")));
}

#[test]
fn review_lists_everything_and_jumps_to_the_field() {
    let mut w = Wizard::editing(builtin_catalog(), today(), Case::new(), None, ui());
    w.go_to(Step::Review);
    assert_eq!(w.rows().len(), w.findings.len());
    let i = w.findings.iter().position(|f| f.path == "facts").unwrap();
    w.row = i;
    act(&mut w, Action::Activate);
    assert_eq!(w.step, Step::Facts);
    assert_eq!(
        w.current(),
        Some(Row::Field(Field::Top(Top::Case(CaseField::Facts))))
    );
}

#[test]
fn jumping_to_an_item_selects_it() {
    let case = example("gaps-search-be-fr.toml");
    let mut w = Wizard::editing(builtin_catalog(), today(), case, None, ui());
    w.jump_to("measures[1].accounts[0]");
    assert_eq!(w.step, Step::Measures);
    assert_eq!(
        w.current(),
        Some(Row::Field(Field::Measure(
            1,
            crate::case::FieldKey::accounts
        )))
    );
}

#[test]
fn removing_an_item_asks_first_and_reordering_moves_it() {
    let mut w = Wizard::editing(builtin_catalog(), today(), Case::new(), None, ui());
    w.go_to(Step::Offences);
    act(&mut w, Action::ItemAdd);
    w.update(Msg::SetText("first".into()));
    focus(&mut w, Field::List(ListKind::Offences));
    act(&mut w, Action::ItemAdd);
    w.update(Msg::SetText("second".into()));
    assert_eq!(w.case.offences[1].name, "second");
    focus(&mut w, Field::List(ListKind::Offences));
    act(&mut w, Action::ItemUp);
    assert_eq!(w.case.offences[0].name, "second");
    act(&mut w, Action::ItemRemove);
    assert_eq!(
        w.mode,
        Mode::Confirm(Question::Remove(ListKind::Offences, 0))
    );
    act(&mut w, Action::No);
    assert_eq!(w.case.offences.len(), 2);
    act(&mut w, Action::ItemRemove);
    w.update(Msg::Char('y'));
    assert_eq!(w.case.offences.len(), 1);
    assert_eq!(w.case.offences[0].name, "first");
}

#[test]
fn quitting_with_unsaved_changes_asks() {
    let mut w = Wizard::editing(
        builtin_catalog(),
        today(),
        Case::new(),
        Some("c.toml".into()),
        ui(),
    );
    assert_eq!(
        act(&mut w, Action::Quit),
        vec![Effect::DiscardAutosave, Effect::Exit]
    );

    let mut w = Wizard::editing(
        builtin_catalog(),
        today(),
        Case::new(),
        Some("c.toml".into()),
        ui(),
    );
    w.update(Msg::SetText("GB".into()));
    assert!(act(&mut w, Action::Quit).is_empty());
    assert_eq!(w.mode, Mode::Confirm(Question::QuitUnsaved));
    act(&mut w, Action::Back);
    assert_eq!(w.mode, Mode::Normal);
    assert_eq!(w.screen, Screen::Form);
    act(&mut w, Action::Quit);
    let fx = act(&mut w, Action::Yes);
    assert_eq!(fx, vec![Effect::Save("c.toml".into())]);
    assert_eq!(w.screen, Screen::Form, "still here until the save succeeds");
    let fx = w.update(Msg::Saved("c.toml".into()));
    assert_eq!(fx, vec![Effect::DiscardAutosave, Effect::Exit]);

    let mut w = Wizard::editing(
        builtin_catalog(),
        today(),
        Case::new(),
        Some("c.toml".into()),
        ui(),
    );
    w.update(Msg::SetText("GB".into()));
    act(&mut w, Action::Quit);
    assert_eq!(
        act(&mut w, Action::No),
        vec![Effect::DiscardAutosave, Effect::Exit]
    );
}

#[test]
fn producing_is_refused_with_errors_but_a_draft_is_allowed() {
    let mut w = Wizard::editing(
        builtin_catalog(),
        today(),
        Case::new(),
        Some("dir/c.toml".into()),
        ui(),
    );
    w.go_to(Step::Produce);
    w.row = w
        .rows()
        .iter()
        .position(|r| *r == Row::ProduceButton)
        .unwrap();
    assert!(act(&mut w, Action::Activate).is_empty());
    assert_eq!(w.status.as_ref().unwrap().id, "wiz-produce-refused");
    w.row = w.rows().iter().position(|r| *r == Row::Draft).unwrap();
    act(&mut w, Action::Activate);
    w.row = w
        .rows()
        .iter()
        .position(|r| *r == Row::ProduceButton)
        .unwrap();
    let fx = act(&mut w, Action::Activate);
    assert_eq!(
        fx,
        vec![Effect::Produce {
            path: "dir/c.pdf".into(),
            draft: true
        }]
    );
    w.update(Msg::Produced("dir/c.pdf".into()));
    assert!(w.rows().contains(&Row::OpenButton));
}

#[test]
fn the_complete_example_has_no_errors_in_any_step() {
    let case = example("complete-fraud-gb-us.toml");
    let w = Wizard::editing(builtin_catalog(), today(), case, None, ui());
    for s in Step::ALL {
        assert_eq!(w.step_errors(*s), 0, "{s:?}");
    }
}

#[test]
fn every_field_label_and_help_exists_in_english() {
    let l = crate::i18n::Localizer::new("en");
    let case = example("complete-fraud-gb-us.toml");
    let mut w = Wizard::editing(builtin_catalog(), today(), case, None, ui());
    for kind in MeasureKind::ALL {
        w.case.measures.push(crate::case::Measure {
            kind: Some(*kind),
            ..Default::default()
        });
    }
    for s in Step::ALL {
        assert!(l.has(s.title_id()), "{s:?}");
        let mut rows = w.rows_of(*s);
        if *s == Step::Measures {
            for i in 0..w.case.measures.len() {
                w.selected.insert(ListKind::Measures, i);
                rows.extend(w.rows_of(*s));
            }
        }
        for r in rows {
            if let Row::Field(f) = r {
                assert!(l.has(&f.label_id()), "label {}", f.label_id());
                assert!(l.has(&f.help_id()), "help {}", f.help_id());
            }
        }
    }
}

#[test]
fn iccs_codes_are_chosen_by_searching_names() {
    use fields::OffenceField as O;
    let mut w = Wizard::editing(builtin_catalog(), today(), Case::new(), None, ui());
    w.go_to(Step::Offences);
    act(&mut w, Action::ItemAdd);
    choose(&mut w, Field::Offence(0, O::Iccs), "money laundering");
    assert_eq!(w.case.offences[0].iccs, ["07041"]);
    choose(&mut w, Field::Offence(0, O::Iccs), "0701 ");
    assert_eq!(w.case.offences[0].iccs, ["07041", "0701"]);
    // Choosing a code again removes it.
    choose(&mut w, Field::Offence(0, O::Iccs), "money laundering");
    assert_eq!(w.case.offences[0].iccs, ["0701"]);
}

#[test]
fn a_failed_save_asks_where_else_to_save_and_keeps_the_quit_waiting() {
    let mut w = Wizard::editing(builtin_catalog(), today(), Case::new(), None, ui());
    type_into(&mut w, Field::Top(Top::Case(CaseField::Reference)), "R-1");
    w.update(Msg::SaveFailed(
        "/ro/case.toml".into(),
        "Permission denied".into(),
    ));
    assert_eq!(w.mode, Mode::Prompt(Ask::SavePath, "/ro/case.toml".into()));
    let status = w.status.clone().unwrap();
    assert!(status.error);
    assert_eq!(status.id, "wiz-save-failed");
    assert!(w.dirty, "nothing lost");
    // Type another place and save there.
    for _ in 0.."/ro/case.toml".len() {
        w.update(Msg::Backspace);
    }
    for c in "ok.toml".chars() {
        w.update(Msg::Char(c));
    }
    let fx = act(&mut w, Action::Activate);
    assert_eq!(fx, vec![Effect::Save("ok.toml".into())]);
}

#[test]
fn the_file_prompt_completes_and_goes_into_folders() {
    let mut w = wizard();
    w.welcome_selected = 1;
    let fx = act(&mut w, Action::Activate);
    assert_eq!(fx, vec![Effect::ListFiles(String::new())]);
    w.update(Msg::Char('c'));
    w.update(Msg::Files(
        "c".into(),
        vec!["cases/".into(), "case-a.toml".into(), "case-b.toml".into()],
    ));
    // Tab completes what all entries share.
    let fx = act(&mut w, Action::Complete);
    assert_eq!(w.mode, Mode::Prompt(Ask::OpenPath, "case".into()));
    assert_eq!(fx, vec![Effect::ListFiles("case".into())]);
    w.update(Msg::Files(
        "case".into(),
        vec!["cases/".into(), "case-a.toml".into(), "case-b.toml".into()],
    ));
    // ↓ chooses an entry; Enter on a folder goes into it.
    act(&mut w, Action::Down);
    let fx = act(&mut w, Action::Activate);
    assert_eq!(w.mode, Mode::Prompt(Ask::OpenPath, "cases/".into()));
    assert_eq!(fx, vec![Effect::ListFiles("cases/".into())]);
    w.update(Msg::Files("cases/".into(), vec!["cases/x.toml".into()]));
    act(&mut w, Action::Down);
    let fx = act(&mut w, Action::Activate);
    assert_eq!(fx, vec![Effect::Load("cases/x.toml".into())]);
}

#[test]
fn the_oath_and_the_certification_are_asked_once_in_the_measures() {
    let mut w = Wizard::editing(builtin_catalog(), today(), Case::new(), None, ui());
    w.go_to(Step::Procedures);
    let stems: Vec<String> = w
        .rows()
        .iter()
        .filter_map(|r| match r {
            Row::Field(f) => Some(f.label_id()),
            _ => None,
        })
        .collect();
    assert!(
        !stems
            .iter()
            .any(|s| s.contains("oath") || s.contains("certify")),
        "{stems:?}"
    );
    // An older file that asked for them under [procedures] has them moved
    // into the measures that take them.
    let old = "format_version = 1\n[[measures]]\nkind = \"witness_statement\"\n\
               [[measures]]\nkind = \"bank_records\"\n\
               [procedures]\noath = true\ncertify_business_records = true\n";
    let c = Case::from_toml(old, "old.toml").unwrap();
    assert_eq!(
        c.measures[0].get(crate::case::FieldKey::oath).as_bool(),
        Some(true)
    );
    assert_eq!(
        c.measures[1]
            .get(crate::case::FieldKey::certification)
            .as_bool(),
        Some(true)
    );
    assert!(!c.to_toml().contains("[procedures]\noath"));
    // With no measure to take it, the flag stays in the file, not lost.
    let c = Case::from_toml("format_version = 1\n[procedures]\noath = true\n", "o.toml").unwrap();
    assert!(c.to_toml().contains("oath = true"));
}

#[test]
fn the_writing_language_is_set_in_the_wizard_and_labels_the_untranslated_text() {
    let mut w = Wizard::editing(
        builtin_catalog(),
        today(),
        example("complete-fraud-gb-us.toml"),
        None,
        ui(),
    );
    choose(
        &mut w,
        Field::Top(Top::Case(CaseField::WritingLanguage)),
        "fr",
    );
    assert_eq!(w.case.language, "fr");
    w.go_to(Step::State);
    choose(
        &mut w,
        Field::Top(Top::Case(CaseField::DocumentLanguage)),
        "de",
    );
    let opts = crate::document::Options::new("de", today());
    let doc = crate::document::compose(&w.case, &w.catalog, &opts).unwrap();
    let text = crate::document::text::to_text(&doc, 200);
    let de = crate::i18n::Localizer::new("de");
    let name = |code| crate::codes::language_name_in_text("de", code).unwrap();
    let mark = de.ta("mark-untranslated", &[("lang", &name("fr"))]);
    assert!(text.contains(&mark), "{mark} not in the document");
    let english = de.ta("mark-untranslated", &[("lang", &name("en"))]);
    assert!(!text.contains(&english), "no longer labelled English");
}

#[test]
fn characters_no_font_draws_are_found_while_typing() {
    let mut w = Wizard::editing(builtin_catalog(), today(), Case::new(), None, ui());
    w.go_to(Step::Persons);
    act(&mut w, Action::ItemAdd);
    type_into(
        &mut w,
        Field::Person(0, fields::PersonField::Name),
        "Ana 😀 Silva",
    );
    let f: Vec<_> = w
        .findings
        .iter()
        .filter(|f| f.id == "glyph-missing")
        .collect();
    assert_eq!(f.len(), 1, "{:?}", w.findings);
    assert_eq!(f[0].path, "persons[0].name");
    assert!(
        !w.field_findings(Field::Person(0, fields::PersonField::Name))
            .is_empty()
    );
}

#[test]
fn the_help_scrolls_and_closes() {
    let mut w = wizard();
    act(&mut w, Action::Help);
    act(&mut w, Action::Down);
    act(&mut w, Action::NextStep);
    assert_eq!(w.help_scroll, 11);
    act(&mut w, Action::Up);
    assert_eq!(w.help_scroll, 10);
    act(&mut w, Action::Back);
    assert_eq!(w.mode, Mode::Normal);
    assert_eq!(w.help_scroll, 0);
}

#[test]
fn the_recipient_is_asked_only_for_a_letter_not_sent_to_the_central_authority() {
    let mut w = wizard();
    act(&mut w, Action::Activate);
    w.case.requested_state = "DE".into();
    w.go_to(Step::State);
    let recipient = Row::Field(Field::Top(Top::Case(CaseField::Recipient)));
    let channel = Row::Field(Field::Top(Top::Case(CaseField::Channel)));
    // Germany's profile allows direct transmission: the channel is asked.
    assert!(w.rows().contains(&channel));
    let offered: Vec<String> = w
        .options(Field::Top(Top::Case(CaseField::Channel)))
        .into_iter()
        .map(|c| c.value)
        .collect();
    assert!(offered.contains(&"direct".to_string()), "{offered:?}");
    assert!(!w.rows().contains(&recipient));
    choose(&mut w, Field::Top(Top::Case(CaseField::Channel)), "direct");
    assert_eq!(w.case.channel, "direct");
    assert!(w.rows().contains(&recipient));
    // Back to the central authority: a recipient already typed stays
    // visible, so nothing typed is hidden.
    w.case.recipient = "Staatsanwaltschaft Frankfurt am Main".into();
    w.case.channel.clear();
    assert!(w.rows().contains(&recipient));
}
