//! Keys through the real key handling, without a terminal.
use super::*;
use crate::case::Case;
use crate::wizard::fields::{Field, Top};
use crate::wizard::{Effect, Step};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn app() -> App {
    App::new(Theme::of(theme::Variant::NoColor), 0)
}

fn wizard() -> Wizard {
    Wizard::editing(
        store::builtin_catalog(),
        "2026-11-22".parse().unwrap(),
        Case::new(),
        None,
        Localizer::new("en"),
    )
}

/// One key, as the event loop handles it: the editor in step first,
/// the typed text handed over at the end of the batch.
fn press(a: &mut App, w: &mut Wizard, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    a.sync_textarea(w);
    let fx = a.key(w, KeyEvent::new(code, mods));
    a.flush_text(w);
    fx
}

fn type_text(a: &mut App, w: &mut Wizard, s: &str) {
    for c in s.chars() {
        press(a, w, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

#[test]
fn typing_into_a_normalised_field_keeps_every_character() {
    let (mut a, mut w) = (app(), wizard());
    w.row = w
        .rows()
        .iter()
        .position(|r| {
            *r == Row::Field(Field::Top(Top::Contact(
                crate::case::ContactField::ContactLanguages,
            )))
        })
        .unwrap();
    type_text(&mut a, &mut w, "en, fr");
    assert_eq!(a.textarea.lines().join("\n"), "en, fr");
    assert_eq!(w.case.requesting.contact.languages, ["en", "fr"]);
}

#[test]
fn tab_moves_on_and_enter_opens_a_list() {
    let (mut a, mut w) = (app(), wizard());
    // Row 0 is the requesting state: a choice.
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert!(matches!(w.mode, Mode::Choice(_)));
    type_text(&mut a, &mut w, "gb");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.case.requesting.state, "GB");
    press(&mut a, &mut w, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "Crown Prosecution Service");
    assert_eq!(w.case.requesting.authority, "Crown Prosecution Service");
    press(&mut a, &mut w, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(w.step, Step::State);
    press(&mut a, &mut w, KeyCode::F(1), KeyModifiers::NONE);
    assert_eq!(w.mode, Mode::Help);
    press(&mut a, &mut w, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(w.mode, Mode::Normal);
}

#[test]
fn a_multi_line_field_takes_enter_as_a_new_line() {
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Facts);
    type_text(&mut a, &mut w, "First line.");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "Second line.");
    assert_eq!(w.case.facts, "First line.\nSecond line.");
    // Ctrl-S on a new request asks where to save.
    press(&mut a, &mut w, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(matches!(w.mode, Mode::Prompt(..)));
}

#[test]
fn ctrl_n_adds_an_item_from_any_row_of_a_list() {
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Offences);
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "Fraud");
    press(&mut a, &mut w, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(w.case.offences.len(), 2);
    assert_eq!(w.case.offences[0].name, "Fraud");
}

fn focus_field(w: &mut Wizard, field: Field) {
    w.row = w
        .rows()
        .iter()
        .position(|r| *r == Row::Field(field))
        .unwrap_or_else(|| panic!("{field:?} not on {:?}", w.step));
    w.focus = crate::wizard::Focus::Form;
}

#[test]
fn a_paste_is_one_edit_applied_at_once() {
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Facts);
    a.sync_textarea(&w);
    let before = w.revision;
    // 100 KB with the CR line breaks terminals send in a paste.
    let para = "On 3 March 2025 the suspect transferred EUR 120,000 to an account abroad.";
    let text: String = std::iter::repeat_n(para, 1400)
        .collect::<Vec<_>>()
        .join("\r");
    assert!(text.len() > 100_000);
    a.paste(&mut w, &text);
    a.flush_text(&mut w);
    assert_eq!(w.case.facts, text.replace('\r', "\n"));
    assert_eq!(w.revision, before + 1, "one change, not one per character");
    // Typing goes on after the pasted text.
    press(&mut a, &mut w, KeyCode::Char('!'), KeyModifiers::NONE);
    assert!(w.case.facts.ends_with("abroad.!"));
}

#[test]
fn a_paste_into_a_one_line_field_or_a_filter_keeps_to_one_line() {
    let (mut a, mut w) = (app(), wizard());
    focus_field(
        &mut w,
        Field::Top(Top::Requesting(crate::case::RequestingField::Authority)),
    );
    a.sync_textarea(&w);
    a.paste(&mut w, "Crown Prosecution\r\nService\n");
    a.flush_text(&mut w);
    assert_eq!(w.case.requesting.authority, "Crown Prosecution Service");
    // In an open list, a paste filters it.
    w.row = 0;
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    a.paste(&mut w, "Germany");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.case.requesting.state, "DE");
}

#[test]
fn keys_after_a_move_in_one_batch_go_to_the_new_field() {
    // No sync between keys, as in one batch of events.
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Facts);
    a.sync_textarea(&w);
    let k = |c| KeyEvent::new(c, KeyModifiers::NONE);
    for c in "facts".chars() {
        a.key(&mut w, k(KeyCode::Char(c)));
    }
    a.key(&mut w, k(KeyCode::Down));
    for c in "purpose".chars() {
        a.key(&mut w, k(KeyCode::Char(c)));
    }
    a.key(&mut w, k(KeyCode::Tab));
    a.key(&mut w, k(KeyCode::Char('x')));
    a.flush_text(&mut w);
    assert_eq!(w.case.facts, "facts");
    assert_eq!(w.case.purpose, "purpose");
    assert_eq!(w.case.link_to_state, "x");
}

#[test]
fn keys_typed_in_one_batch_reach_the_case_before_the_next_command() {
    // A paste that arrives as keys (no bracketed paste): the text is
    // handed over once, and Ctrl-S in the middle saves all before it.
    let (mut a, mut w) = (app(), wizard());
    w.path = Some("c.toml".into());
    w.go_to(Step::Facts);
    a.sync_textarea(&w);
    for c in "Facts typed fast".chars() {
        a.key(&mut w, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    assert!(
        w.case.facts.is_empty(),
        "handed over at the end of the batch"
    );
    let fx = a.key(
        &mut w,
        KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
    );
    assert_eq!(w.case.facts, "Facts typed fast");
    assert_eq!(fx, vec![Effect::Save("c.toml".into())]);
}

#[test]
fn left_and_del_edit_a_name_inside_a_person() {
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Persons);
    press(&mut a, &mut w, KeyCode::Char('n'), KeyModifiers::CONTROL);
    press(&mut a, &mut w, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(w.case.persons.len(), 2);
    focus_field(&mut w, Field::Person(1, crate::case::PersonField::Name));
    type_text(&mut a, &mut w, "Smiht");
    press(&mut a, &mut w, KeyCode::Left, KeyModifiers::NONE);
    press(&mut a, &mut w, KeyCode::Left, KeyModifiers::NONE);
    press(&mut a, &mut w, KeyCode::Delete, KeyModifiers::NONE);
    press(&mut a, &mut w, KeyCode::Right, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "h");
    assert_eq!(w.case.persons[1].name, "Smith");
    assert_eq!(w.selected(crate::wizard::fields::ListKind::Persons), 1);
    assert_eq!(w.mode, Mode::Normal, "Del asked nothing");
    // The entry keys are their own: Alt-← goes to the other person.
    press(&mut a, &mut w, KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(w.selected(crate::wizard::fields::ListKind::Persons), 0);
    press(&mut a, &mut w, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert!(matches!(w.mode, Mode::Confirm(_)));
}

#[test]
fn a_code_typed_in_a_list_picks_that_code() {
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Persons);
    press(&mut a, &mut w, KeyCode::Char('n'), KeyModifiers::CONTROL);
    focus_field(
        &mut w,
        Field::Person(0, crate::case::PersonField::Nationality),
    );
    for (typed, want) in [
        ("DE", "DE"),
        ("de", "DE"),
        ("ger", "DE"),
        ("Fra", "FR"),
        ("in", "IN"),
    ] {
        press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
        type_text(&mut a, &mut w, typed);
        press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(w.case.persons[0].nationality, want, "typed {typed}");
    }
}

#[test]
fn every_step_is_reachable_from_the_step_list() {
    let (mut a, mut w) = (app(), wizard());
    let esc = |a: &mut App, w: &mut Wizard| press(a, w, KeyCode::Esc, KeyModifiers::NONE);
    esc(&mut a, &mut w);
    assert_eq!(w.focus, crate::wizard::Focus::Steps);
    press(&mut a, &mut w, KeyCode::Down, KeyModifiers::NONE);
    press(&mut a, &mut w, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(w.step, Step::LegalBasis);
    assert_eq!(w.focus, crate::wizard::Focus::Steps, "↓ stays in the list");
    press(&mut a, &mut w, KeyCode::End, KeyModifiers::NONE);
    assert_eq!(w.step, Step::Produce);
    press(&mut a, &mut w, KeyCode::Home, KeyModifiers::NONE);
    assert_eq!(w.step, Step::Authority);
    for (i, step) in Step::ALL.iter().enumerate() {
        // Another key in between: the digits are a new number.
        press(&mut a, &mut w, KeyCode::Home, KeyModifiers::NONE);
        for c in (i + 1).to_string().chars() {
            press(&mut a, &mut w, KeyCode::Char(c), KeyModifiers::NONE);
        }
        assert_eq!(w.step, *step, "typed {}", i + 1);
    }
    // 1 then 4 quickly is 14.
    press(&mut a, &mut w, KeyCode::Home, KeyModifiers::NONE);
    press(&mut a, &mut w, KeyCode::Char('1'), KeyModifiers::NONE);
    press(&mut a, &mut w, KeyCode::Char('4'), KeyModifiers::NONE);
    assert_eq!(w.step, Step::Produce);
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.focus, crate::wizard::Focus::Form);
}

#[test]
fn nothing_is_typed_into_a_form_the_preview_covers() {
    let (mut a, mut w) = (app(), wizard());
    w.update(Msg::Resized(80, 24));
    w.go_to(Step::Facts);
    press(&mut a, &mut w, KeyCode::F(5), KeyModifiers::NONE);
    assert!(w.preview_covers_form());
    type_text(&mut a, &mut w, "lost?");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.case.facts, "");
    press(&mut a, &mut w, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!w.preview);
    type_text(&mut a, &mut w, "kept");
    assert_eq!(w.case.facts, "kept");
    // Wide enough, the preview sits beside the form, which takes text.
    w.update(Msg::Resized(200, 60));
    press(&mut a, &mut w, KeyCode::F(5), KeyModifiers::NONE);
    type_text(&mut a, &mut w, "!");
    assert_eq!(w.case.facts, "kept!");
}

#[test]
fn the_editor_is_rebuilt_for_a_new_size_with_its_cursor() {
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Facts);
    a.sync_textarea(&w);
    let text: Vec<String> = (1..=30).map(|i| format!("line {i}")).collect();
    a.paste(&mut w, &text.join("\n"));
    a.flush_text(&mut w);
    press(&mut a, &mut w, KeyCode::Up, KeyModifiers::NONE);
    let cursor = a.textarea.cursor();
    a.event(&mut w, Event::Resize(300, 90));
    assert!(a.rebuild.is_some());
    a.sync_textarea(&w);
    assert!(a.rebuild.is_none());
    assert_eq!(a.textarea.cursor(), cursor);
    assert_eq!(a.textarea.lines().len(), 30);
    assert_eq!(w.size, (300, 90));
}

#[test]
fn a_name_typed_right_after_adding_a_person_goes_into_the_name() {
    // Seen in tmux: the new person's first row was the list of roles, so
    // the typed name became that list's filter.
    let (mut a, mut w) = (app(), wizard());
    w.go_to(Step::Persons);
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "Daniel Ashcroft");
    assert_eq!(w.mode, Mode::Normal);
    assert_eq!(w.case.persons[0].name, "Daniel Ashcroft");
    // A measure still starts with its kind.
    w.go_to(Step::Measures);
    press(&mut a, &mut w, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(w.current_field(), Some(Field::MeasureKind(0)));
}

#[test]
fn an_encrypted_file_opened_from_the_welcome_screen_asks_its_passphrase_masked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.toml");
    let mut case = Case::new();
    case.facts = "Mr Secret".into();
    let lock = store::Lock::passphrase(store::Passphrase::new("open sesame please"));
    std::fs::write(&path, lock.seal(case.to_toml().as_bytes()).unwrap()).unwrap();

    let mut a = app();
    let mut w = Wizard::new(
        store::builtin_catalog(),
        "2026-11-22".parse().unwrap(),
        vec![crate::wizard::WelcomeItem::Recent(path.clone())],
        Localizer::new("en"),
    );
    let ui = Localizer::new("en");
    let msg = a.open(&ui, &path, false, None);
    assert!(matches!(&msg, Msg::Locked { wrong: false, .. }), "{msg:?}");
    w.update(msg);
    type_text(&mut a, &mut w, "open sesame");
    let screen = render_text(&w, 80, 24);
    assert!(screen.contains("Passphrase for"), "{screen}");
    assert!(
        !screen.contains("open sesame"),
        "the passphrase is shown: {screen}"
    );
    assert!(screen.contains("•••••••••••"), "{screen}");
    // A wrong one: asked again, saying so.
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    let [Effect::Unlock { passphrase, .. }] = fx.as_slice() else {
        panic!("{fx:?}")
    };
    let msg = a.open(&ui, &path, false, Some(passphrase.clone()));
    assert!(matches!(&msg, Msg::Locked { wrong: true, .. }), "{msg:?}");
    w.update(msg);
    assert!(w.status.as_ref().is_some_and(|s| s.error), "{:?}", w.status);
    type_text(&mut a, &mut w, "open sesame please");
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    let [Effect::Unlock { passphrase, .. }] = fx.as_slice() else {
        panic!("{fx:?}")
    };
    let msg = a.open(&ui, &path, false, Some(passphrase.clone()));
    w.update(msg);
    assert_eq!(w.case.facts, "Mr Secret");
    assert!(w.lock.as_ref().is_some_and(|l| l.is_passphrase()));
    assert_eq!(w.path.as_deref(), Some(path.as_path()));
}

#[test]
fn the_produce_step_encrypts_after_the_passphrase_is_typed_twice_alike() {
    let (mut a, mut w) = (app(), wizard());
    w.path = Some("case.toml".into());
    w.go_to(Step::Produce);
    w.row = w
        .rows()
        .iter()
        .position(|r| *r == crate::wizard::Row::Encrypt)
        .unwrap();
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "short");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.status.as_ref().map(|s| s.id), Some("lock-too-short"));
    type_text(&mut a, &mut w, "long enough one");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "long enough two");
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(w.status.as_ref().map(|s| s.id), Some("lock-mismatch"));
    type_text(&mut a, &mut w, "long enough one");
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut a, &mut w, "long enough one");
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        fx,
        vec![Effect::Encrypt(store::Passphrase::new("long enough one"))]
    );
    let lock = store::Lock::passphrase(store::Passphrase::new("long enough one"));
    let fx = w.update(Msg::Encrypted(lock));
    assert_eq!(fx, vec![Effect::Save("case.toml".into())]);
    assert!(w.lock.is_some());
    let screen = render_text(&w, 80, 24);
    assert!(screen.contains("encrypted with a passphrase"), "{screen}");
}

#[test]
fn the_produce_step_cycles_pdf_docx_odt_and_the_output_follows() {
    let (mut a, mut w) = (app(), wizard());
    w.path = Some("cases/fraud.toml".into());
    w.go_to(Step::Produce);
    w.row = w
        .rows()
        .iter()
        .position(|r| *r == crate::wizard::Row::Format)
        .unwrap();
    assert_eq!(w.output_path(), std::path::PathBuf::from("cases/fraud.pdf"));
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.format, crate::document::OutputFormat::Docx);
    assert_eq!(
        w.output_path(),
        std::path::PathBuf::from("cases/fraud.docx")
    );
    let screen = render_text(&w, 100, 30);
    assert!(screen.contains("Word (DOCX)"), "{screen}");
    assert!(screen.contains("Produce the DOCX"), "{screen}");
    // A path typed with a known extension follows the format.
    w.output = "out/letter.docx".into();
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.output_path(), std::path::PathBuf::from("out/letter.odt"));
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.format, crate::document::OutputFormat::Pdf);
    assert_eq!(w.output_path(), std::path::PathBuf::from("out/letter.pdf"));
}

#[test]
fn the_register_screen_lists_marks_overdue_opens_and_starts_a_follow_up() {
    use crate::wizard::{RegisterList, RegisterRow, Screen, WelcomeItem};
    let (mut a, _) = (app(), ());
    let mut w = Wizard::new(
        store::builtin_catalog(),
        "2026-11-22".parse().unwrap(),
        vec![WelcomeItem::New, WelcomeItem::Register],
        Localizer::new("en"),
    );
    press(&mut a, &mut w, KeyCode::Down, KeyModifiers::NONE);
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(fx, vec![Effect::ListRegister]);
    let row = |r: &str, next: &str, overdue, follow| RegisterRow {
        reference: r.into(),
        states: "GB → US".into(),
        status: "sent".into(),
        next: next.into(),
        overdue,
        case_path: format!("/cases/{}.toml", r.replace('/', "-")).into(),
        can_follow_up: follow,
    };
    w.update(Msg::RegisterListed(RegisterList {
        rows: vec![
            row("OPL/1", "2026-11-02 preservation-expiry", true, true),
            row("OPL/2", "", false, false),
        ],
        selected: 0,
        engine: "sqlite".into(),
    }));
    assert_eq!(w.screen, Screen::Register);
    let screen = render_text(&w, 80, 24);
    assert!(screen.contains("Register (sqlite)"), "{screen}");
    assert!(
        screen.contains("OPL/1  GB → US  sent  2026-11-02 preservation-expiry  OVERDUE"),
        "{screen}"
    );
    // f on a preservation: its follow-up beside its case file.
    let fx = press(&mut a, &mut w, KeyCode::Char('f'), KeyModifiers::NONE);
    assert_eq!(
        fx,
        vec![Effect::FollowUp {
            reference: "OPL/1".into(),
            output: "/cases/OPL-1-follow-up.toml".into()
        }]
    );
    press(&mut a, &mut w, KeyCode::Down, KeyModifiers::NONE);
    let fx = press(&mut a, &mut w, KeyCode::Char('f'), KeyModifiers::NONE);
    assert!(fx.is_empty());
    assert_eq!(
        w.status.as_ref().map(|s| s.id),
        Some("register-no-follow-up")
    );
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(fx, vec![Effect::Load("/cases/OPL-2.toml".into())]);
    press(&mut a, &mut w, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(w.screen, Screen::Welcome);
}

#[test]
fn a_final_document_produced_offers_to_record_it_in_the_register() {
    let (mut a, mut w) = (app(), wizard());
    w.path = Some("case.toml".into());
    w.go_to(Step::Produce);
    w.update(Msg::Produced("case.pdf".into()));
    let at = w
        .rows()
        .iter()
        .position(|r| *r == crate::wizard::Row::RegisterButton)
        .expect("the register row after a final PDF");
    w.row = at;
    assert!(render_text(&w, 80, 24).contains("Record it in the register"));
    let fx = press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        fx,
        vec![Effect::RegisterAdd {
            case: "case.toml".into(),
            sent: "case.pdf".into()
        }]
    );
    // A draft is never recorded as sent.
    w.draft = true;
    assert!(!w.rows().contains(&crate::wizard::Row::RegisterButton));
}

/// The wizard editing the complete example, its interface in `lang`.
fn editing_example(lang: &str) -> Wizard {
    Wizard::editing(
        store::builtin_catalog(),
        "2026-11-22".parse().unwrap(),
        store::load_case(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/complete-fraud-gb-us.toml"),
        )
        .unwrap(),
        None,
        Localizer::new(lang),
    )
}

#[test]
fn the_state_step_lists_the_states_i_could_ask_and_enter_chooses_one() {
    let mut a = app();
    let mut w = editing_example("en");
    w.go_to(Step::State);
    w.row = w
        .rows()
        .iter()
        .position(|r| *r == crate::wizard::Row::AllStates)
        .unwrap();
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    let crate::wizard::Mode::States(rows, _) = &w.mode else {
        panic!("{:?}", w.mode)
    };
    let canada = rows.iter().position(|r| r.state == "CA").unwrap();
    let screen = render_text(&w, 120, 40);
    assert!(screen.contains("Which states could I ask?"), "{screen}");
    assert!(screen.contains("CA Canada  untoc  0 / 0"), "{screen}");
    for _ in 0..canada {
        press(&mut a, &mut w, KeyCode::Down, KeyModifiers::NONE);
    }
    press(&mut a, &mut w, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(w.mode, crate::wizard::Mode::Normal);
    assert_eq!(w.case.requested_state, "CA");
    assert!(w.dirty);
}

#[test]
fn f6_shows_the_page_as_it_will_print_and_an_edit_redraws_it() {
    let mut a = app();
    let mut w = editing_example("ar");
    w.case.document_language = "ar".into();
    w.recheck();
    press(&mut a, &mut w, KeyCode::F(6), KeyModifiers::NONE);
    assert!(w.preview && w.pages);
    a.page.request(&w);
    assert!(
        a.page.wait(std::time::Duration::from_secs(60)),
        "no page came"
    );
    assert!(a.page.error.is_none(), "{:?}", a.page.error);
    assert!(a.page.count >= 4, "{} pages", a.page.count);
    let draw = |a: &mut App, w: &Wizard| {
        let backend = ratatui::backend::TestBackend::new(120, 40);
        let mut term = Terminal::new(backend).unwrap();
        term.draw(|f| view::draw(f, w, &a.theme, &a.textarea, &mut a.hits, &mut a.page))
            .unwrap();
        let buf = term.backend().buffer().clone();
        let halfblocks = buf
            .content()
            .iter()
            .filter(|c| c.symbol() == "▀" || c.symbol() == "▄")
            .count();
        let text: String = buf.content().iter().map(|c| c.symbol()).collect();
        (halfblocks, text)
    };
    let (blocks, text) = draw(&mut a, &w);
    assert!(blocks > 100, "the page is drawn in half blocks: {blocks}");
    assert!(
        text.contains("1") && text.contains(&a.page.count.to_string()),
        "{text}"
    );
    // An edit asks for the page again; the worker takes the newest.
    w.update(Msg::SetText("x".into()));
    let before = w.revision;
    a.page.request(&w);
    assert!(a.page.pending());
    assert!(a.page.wait(std::time::Duration::from_secs(60)));
    assert_eq!(w.revision, before);
    // The next page, with Alt-↓ (the form keeps ↓ beside the preview).
    w.page_count = a.page.count;
    press(&mut a, &mut w, KeyCode::Down, KeyModifiers::ALT);
    assert_eq!(w.page, 1);
}
