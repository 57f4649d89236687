//! Each wizard screen at 80×24 (and a few at 200×60), as a user sees it.

use rogatory::case::Case;
use rogatory::i18n::Localizer;
use rogatory::store;
use rogatory::tui::render_text;
use rogatory::wizard::{Action, Msg, Step, WelcomeItem, Wizard};

fn today() -> jiff::civil::Date {
    "2026-11-22".parse().unwrap()
}

fn example(name: &str) -> Case {
    store::load_case(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .unwrap()
}

fn complete() -> Wizard {
    Wizard::editing(
        store::builtin_catalog(),
        today(),
        example("complete-fraud-gb-us.toml"),
        Some("case.toml".into()),
        Localizer::new("en"),
    )
}

#[test]
fn welcome_screen() {
    let w = Wizard::new(
        store::builtin_catalog(),
        today(),
        vec![WelcomeItem::New, WelcomeItem::OpenFile],
        Localizer::new("en"),
    );
    insta::assert_snapshot!(render_text(&w, 80, 24));
}

#[test]
fn every_step_of_the_complete_example_at_80x24() {
    let mut w = complete();
    for step in Step::ALL {
        w.go_to(*step);
        let name = format!("step_{:02}_{step:?}", step.index() + 1).to_lowercase();
        insta::assert_snapshot!(name, render_text(&w, 80, 24));
    }
}

#[test]
fn every_step_of_an_empty_request_at_80x24() {
    let mut w = Wizard::editing(
        store::builtin_catalog(),
        today(),
        Case::new(),
        None,
        Localizer::new("en"),
    );
    for step in Step::ALL {
        w.go_to(*step);
        let name = format!("empty_{:02}_{step:?}", step.index() + 1).to_lowercase();
        insta::assert_snapshot!(name, render_text(&w, 80, 24));
    }
}

#[test]
fn large_terminal_with_preview() {
    let mut w = complete();
    w.go_to(Step::Facts);
    w.update(Msg::Action(Action::TogglePreview));
    insta::assert_snapshot!(render_text(&w, 200, 60));
}

#[test]
fn help_overlay_and_choice_list() {
    let mut w = complete();
    w.update(Msg::Action(Action::Help));
    insta::assert_snapshot!("help", render_text(&w, 80, 24));
    w.update(Msg::Action(Action::Help));
    w.go_to(Step::State);
    w.update(Msg::Action(Action::Activate));
    for c in "fr".chars() {
        w.update(Msg::Char(c));
    }
    insta::assert_snapshot!("choose_state", render_text(&w, 80, 24));
}

#[test]
fn wide_text_is_shown_whole() {
    let mut w = complete();
    w.go_to(Step::Persons);
    w.update(Msg::Action(Action::NextField));
    w.update(Msg::Action(Action::NextField));
    w.update(Msg::SetText("王小明 Ivanov Иван".into()));
    let screen = render_text(&w, 80, 24);
    assert!(screen.contains("王小明 Ivanov Иван"), "{screen}");
    assert_eq!(w.case.persons[0].name, "王小明 Ivanov Иван");
}

#[test]
fn drawing_survives_a_focus_beyond_the_rows() {
    let mut w = complete();
    w.go_to(Step::Facts);
    w.row = 99;
    let screen = render_text(&w, 80, 24);
    assert!(screen.contains("Facts"));
    // And a tiny terminal.
    let _ = render_text(&w, 20, 6);
}

#[test]
fn the_dual_criminality_result_is_shown_once_with_its_rule() {
    let mut w = complete();
    w.go_to(Step::Measures);
    let screen = render_text(&w, 200, 60);
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    // One result for each of the example's two offences, in the panel only.
    assert_eq!(
        screen.matches("Dual criminality appears satisfied").count(),
        2,
        "{screen}"
    );
    assert!(flat.contains("[US profile:"), "{screen}");
}

#[test]
fn frames_draw_a_prepared_snapshot_and_a_change_prepares_it_again() {
    let mut w = complete();
    w.go_to(Step::Facts);
    w.update(Msg::Action(Action::TogglePreview));
    let prepared = w.prepared.count;
    let first = render_text(&w, 200, 60);
    for _ in 0..3 {
        assert_eq!(render_text(&w, 200, 60), first);
    }
    assert_eq!(w.prepared.count, prepared, "drawing must not compose again");
    // A change composes once more, and the preview shows it.
    w.update(Msg::Action(Action::NextField));
    w.update(Msg::SetText(
        "A newly typed purpose for the preview.".into(),
    ));
    assert!(w.prepared.count > prepared);
    assert!(render_text(&w, 200, 60).contains("A newly typed purpose"));
}
