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

/// The columns of the step list and the labels at 80×24 (the values start
/// after them and may be elided until focused).
const LABEL_COLUMNS: usize = 47;

#[test]
fn nothing_that_matters_is_cut_at_80_by_24() {
    for lang in ["en", "fr", "de"] {
        let mut w = Wizard::editing(
            store::builtin_catalog(),
            today(),
            example("complete-fraud-gb-us.toml"),
            Some("case.toml".into()),
            Localizer::new(lang),
        );
        w.update(Msg::Resized(80, 24));
        let hints: Vec<String> = [
            "hint-help",
            "hint-fields",
            "hint-steps",
            "hint-step-list",
            "hint-preview",
            "hint-save",
            "hint-quit",
            "hint-entry-move",
            "hint-entry-add",
            "hint-entry-remove",
        ]
        .iter()
        .map(|id| w.ui.t(id))
        .collect();
        for step in Step::ALL {
            w.go_to(*step);
            // Every row focused in turn: labels wrap, nothing is elided.
            for row in 0..w.rows().len() {
                w.row = row;
                let screen = render_text(&w, 80, 24);
                let lines: Vec<&str> = screen.lines().collect();
                // Review and produce hold sentences, not values: whole lines.
                let columns = match step {
                    Step::Review | Step::Produce => usize::MAX,
                    _ => LABEL_COLUMNS,
                };
                for line in &lines[1..lines.len() - 1] {
                    let head: String = line.chars().take(columns).collect();
                    assert!(
                        !head.contains('…'),
                        "{lang} {step:?} row {row}: cut label or step\n{screen}"
                    );
                }
                // The status line holds whole key hints only.
                let status = lines.last().unwrap();
                for part in status.split(" · ").filter(|p| !p.is_empty()) {
                    assert!(
                        hints.iter().any(|h| h == part),
                        "{lang} {step:?}: cut hint {part:?}\n{screen}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_guidance_and_the_help_say_when_there_is_more_and_scroll_to_it() {
    let mut w = complete();
    w.update(Msg::Resized(80, 24));
    w.go_to(Step::State);
    let screen = render_text(&w, 80, 24);
    let more = w.ui.t("panel-more-below");
    assert!(screen.contains(&more), "{screen}");
    for _ in 0..10 {
        w.update(Msg::Action(Action::ScrollDown));
    }
    let scrolled = render_text(&w, 80, 24);
    assert!(!scrolled.contains(&more), "{scrolled}");
    assert!(scrolled.contains(&w.ui.t("panel-more-above")));

    // The help lists the list keys further down: reachable by scrolling.
    w.update(Msg::Action(Action::Help));
    let help = render_text(&w, 80, 24);
    assert!(!help.contains("Ctrl-N"), "{help}");
    let mut seen = String::new();
    for _ in 0..8 {
        w.update(Msg::Action(Action::NextStep));
        seen.push_str(&render_text(&w, 80, 24));
    }
    for key in ["Ctrl-N", "Alt-←", "Ctrl-D", "Home", "Tab"] {
        assert!(seen.contains(key), "{key} never shown:\n{seen}");
    }
}

#[test]
fn a_long_recovery_line_wraps_on_the_welcome_screen() {
    let long = "/home/prosecutor/cases/2026/economic-crime/operation-silver-mesa/requests/us-bank-records.toml";
    let w = Wizard::new(
        store::builtin_catalog(),
        today(),
        vec![
            WelcomeItem::Recover {
                autosave: "a.toml".into(),
                of: Some(long.into()),
                when: "2026-12-02 10:31".into(),
            },
            WelcomeItem::New,
            WelcomeItem::OpenFile,
        ],
        Localizer::new("en"),
    );
    let screen = render_text(&w, 80, 24);
    let joined: String = screen
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '│' || c == ' ' || c == '▶'))
        .collect();
    assert!(joined.contains(long), "{screen}");
}

#[test]
fn a_narrow_preview_is_a_view_of_its_own_that_says_how_to_leave() {
    let mut w = complete();
    w.update(Msg::Resized(80, 24));
    w.update(Msg::Action(Action::TogglePreview));
    let screen = render_text(&w, 80, 24);
    assert!(screen.contains(&w.ui.t("preview-alone-keys")), "{screen}");
    assert!(w.editing_text().is_none());
}

#[test]
fn every_step_draws_at_any_size_without_a_crash() {
    // From a tiny terminal to a projector, every step and the popups.
    let mut w = complete();
    for (cols, rows) in [(40, 12), (20, 6), (300, 90), (80, 24)] {
        w.update(Msg::Resized(cols, rows));
        for step in Step::ALL {
            w.go_to(*step);
            for row in 0..w.rows().len() {
                w.row = row;
                let screen = render_text(&w, cols, rows);
                assert_eq!(screen.lines().count(), usize::from(rows));
            }
        }
        w.update(Msg::Action(Action::Help));
        render_text(&w, cols, rows);
        w.update(Msg::Action(Action::Help));
        w.update(Msg::Action(Action::TogglePreview));
        render_text(&w, cols, rows);
        w.update(Msg::Action(Action::TogglePreview));
    }
}

#[test]
fn the_welcome_screen_says_why_a_file_could_not_be_opened() {
    let mut w = Wizard::new(
        store::builtin_catalog(),
        today(),
        vec![WelcomeItem::New, WelcomeItem::OpenFile],
        Localizer::new("en"),
    );
    w.update(Msg::Failed(
        "trunc.toml:2:9: unclosed table, expected `]`".into(),
    ));
    let screen = render_text(&w, 80, 24);
    assert!(
        screen.contains("trunc.toml:2:9: unclosed table"),
        "{screen}"
    );
}
