//! The terminal wizard: sets the terminal up and restores it (also on a
//! panic), turns key and mouse events into wizard messages through the key
//! table, draws, and carries out the wizard's effects: saving, autosaving
//! every few seconds, recovery, $EDITOR, producing and opening the PDF.
//! It touches no file itself: case files, drafts, the recent list and the
//! editor's file all go through `store`.
//!
//! This file holds the terminal's setup, the event loop (with the
//! autosave) and the editor kept in step with the focused field; `input`
//! turns events into messages, `effects` carries the effects out, `view`
//! draws.

mod effects;
mod input;
pub mod keymap;
pub mod theme;
pub mod view;

use crate::i18n::Localized;
use std::io::{self, Stdout};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use jiff::civil::Date;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui_textarea::{TextArea, WrapMode};

use crate::i18n::Localizer;
use crate::profile::Catalog;
use crate::store;
use crate::wizard::fields::Input;
use crate::wizard::{Focus, Mode, Msg, Row, Screen, WelcomeItem, Wizard};
use theme::Theme;

/// The longest a change waits for its recovery copy, even while typing
/// goes on: a crash loses at most this much.
const AUTOSAVE_WITHIN: Duration = Duration::from_millis(500);

/// Events already waiting (a paste without bracketed paste, key repeat)
/// are handled for at most this long before the screen is drawn again.
const BATCH_FOR: Duration = Duration::from_millis(40);

type Term = Terminal<CrosstermBackend<Stdout>>;

fn setup() -> io::Result<Term> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Open the wizard; returns the exit code.
pub fn run(case: Option<PathBuf>, catalog: Catalog, ui: Localizer, today: Date) -> i32 {
    let mut w = match case {
        Some(path) => match store::load_case(&path) {
            Ok(c) => {
                store::remember(&path);
                Wizard::editing(catalog, today, c, Some(path), ui)
            }
            Err(e) => {
                eprintln!(
                    "{}",
                    ui.ta("cli-cannot-read", &[("error", &e.localized(&ui))])
                );
                return crate::exit::FAILURE;
            }
        },
        None => {
            let mut welcome = vec![WelcomeItem::New];
            let mut recover: Vec<WelcomeItem> = store::autosaves()
                .into_iter()
                .map(|p| WelcomeItem::Recover {
                    of: store::autosave_of(&p),
                    when: store::modified_label(&p),
                    autosave: p,
                })
                .collect();
            recover.append(&mut welcome);
            welcome = recover;
            welcome.extend(store::recent_files().into_iter().map(WelcomeItem::Recent));
            welcome.push(WelcomeItem::OpenFile);
            Wizard::new(catalog, today, welcome, ui)
        }
    };
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Give the terminal back first, so the message can be read; the
        // autosave stays on disk for the next start.
        restore();
        default_hook(info);
    }));
    let mut term = match setup() {
        Ok(t) => t,
        Err(e) => {
            restore();
            eprintln!("{}", w.ui.ta("wiz-failed", &[("error", &e.to_string())]));
            return crate::exit::FAILURE;
        }
    };
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut app = App::new(Theme::initial(no_color), w.revision);
    let result = app.run(&mut term, &mut w);
    restore();
    match result {
        Ok(()) => crate::exit::OK,
        Err(e) => {
            eprintln!("{}", w.ui.ta("wiz-failed", &[("error", &e.to_string())]));
            crate::exit::FAILURE
        }
    }
}

/// Draw the wizard once on an off-screen terminal and return the screen as
/// text: for snapshot tests and for checking layouts without a terminal.
///
/// The wizard is drawn as if the terminal had this size, whatever it was
/// last told.
pub fn render_text(w: &Wizard, width: u16, height: u16) -> String {
    let mut app = App::new(Theme::of(theme::Variant::NoColor), 0);
    app.sync_textarea(w);
    let backend = ratatui::backend::TestBackend::new(width, height);
    let Ok(mut term) = Terminal::new(backend);
    let _ = term.draw(|f| view::draw(f, w, &app.theme, &app.textarea, &mut app.hits));
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// What the text editor is bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    Field(crate::wizard::fields::Field),
    Output,
}

struct App {
    theme: Theme,
    textarea: TextArea<'static>,
    editing: Option<(Bound, String)>,
    hits: view::Hits,
    autosaved: u64,
    /// When the oldest change not yet in the autosave was made.
    unsaved_since: Option<Instant>,
    /// The editor holds text the wizard has not been given yet (typing in
    /// a batch of events is handed over once, at the end of the batch).
    pending: bool,
    /// Rebuild the editor at the next draw, keeping the cursor here (after
    /// a resize, so it scrolls to the new size).
    rebuild: Option<(usize, usize)>,
    /// When the last digit was typed in the step list.
    last_digit: Option<Instant>,
    /// Results of work done on other threads (the PDF viewer).
    results: (mpsc::Sender<Msg>, mpsc::Receiver<Msg>),
    /// The autosave file this wizard wrote last, or recovered from.
    slot: Option<PathBuf>,
    /// The revision our own typing produced: the model may store the text
    /// normalised (codes split at commas, blank lines dropped), and the
    /// editor must keep showing what the user typed until they leave.
    own_revision: u64,
}

impl App {
    fn new(theme: Theme, revision: u64) -> App {
        App {
            theme,
            textarea: TextArea::default(),
            editing: None,
            hits: view::Hits::default(),
            autosaved: revision,
            unsaved_since: None,
            pending: false,
            rebuild: None,
            last_digit: None,
            results: mpsc::channel(),
            slot: None,
            // No typing of ours yet: any model text may replace the editor's.
            own_revision: u64::MAX,
        }
    }

    fn run(&mut self, term: &mut Term, w: &mut Wizard) -> io::Result<()> {
        // Draw only after an event or a change: an idle wizard does no work
        // (the wait below only wakes up to autosave or for a result).
        let mut redraw = true;
        let size = term.size()?;
        w.update(Msg::Resized(size.width, size.height));
        loop {
            if redraw {
                self.flush_text(w);
                self.sync_textarea(w);
                term.draw(|f| view::draw(f, w, &self.theme, &self.textarea, &mut self.hits))?;
                redraw = false;
            }
            if w.screen == Screen::Exit {
                return Ok(());
            }
            let wait = match self.unsaved_since {
                Some(t) => AUTOSAVE_WITHIN.saturating_sub(t.elapsed()),
                None => Duration::from_millis(500),
            };
            if event::poll(wait)? {
                redraw = true;
                // Everything already waiting is handled before the next
                // frame: a paste typed in as keys costs one frame, not one
                // per character.
                let start = Instant::now();
                loop {
                    let effects = self.event(w, event::read()?);
                    for fx in effects {
                        self.effect(term, w, fx)?;
                    }
                    // What an effect changed (a file loaded) is bound too.
                    self.flush_text(w);
                    self.sync_textarea(w);
                    if w.screen == Screen::Exit
                        || start.elapsed() >= BATCH_FOR
                        || !event::poll(Duration::ZERO)?
                    {
                        break;
                    }
                }
                self.flush_text(w);
            }
            while let Ok(m) = self.results.1.try_recv() {
                redraw = true;
                for fx in w.update(m) {
                    self.effect(term, w, fx)?;
                }
            }
            if self.autosave(w) {
                redraw = true;
            }
        }
    }

    /// Handle one terminal event.
    fn event(&mut self, w: &mut Wizard, ev: Event) -> Vec<crate::wizard::Effect> {
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(w, k),
            Event::Mouse(m) => self.mouse(w, m),
            Event::Paste(s) => self.paste(w, &s),
            Event::Resize(cols, rows) => {
                // The editor keeps the scroll position of the old size:
                // build it again so it fits the new one.
                self.flush_text(w);
                if self.editing.is_some() {
                    let c = self.textarea.cursor();
                    self.rebuild = Some((c.0, c.1));
                }
                w.update(Msg::Resized(cols, rows))
            }
            _ => Vec::new(),
        }
    }

    /// Hand the editor's text to the wizard, if it has changed.
    fn flush_text(&mut self, w: &mut Wizard) {
        if !std::mem::take(&mut self.pending) {
            return;
        }
        let text = self.textarea.lines().join("\n");
        if let Some((b, _)) = self.editing {
            self.editing = Some((b, text.clone()));
        }
        let fx = w.update(Msg::SetText(text));
        debug_assert!(fx.is_empty());
        self.own_revision = w.revision;
    }

    /// Write the recovery copy when the oldest change not in it is about
    /// to be [`AUTOSAVE_WITHIN`] old. Returns whether the screen changed.
    fn autosave(&mut self, w: &mut Wizard) -> bool {
        if w.revision == self.autosaved {
            self.unsaved_since = None;
            return false;
        }
        let since = *self.unsaved_since.get_or_insert_with(Instant::now);
        if since.elapsed() + Duration::from_millis(20) < AUTOSAVE_WITHIN {
            return false;
        }
        self.unsaved_since = None;
        let Some(target) = store::autosave_slot(w.path.as_deref()) else {
            return false;
        };
        match store::write_autosave(&target, w.path.as_deref(), &w.case) {
            Ok(()) => {
                self.autosaved = w.revision;
                if let Some(old) = self.slot.replace(target.clone())
                    && old != target
                {
                    store::discard_autosave(&old);
                }
                false
            }
            Err(e) => {
                w.update(Msg::Failed(e.to_string()));
                self.autosaved = w.revision;
                true
            }
        }
    }

    /// Keep the editor in step with the focused text field.
    fn sync_textarea(&mut self, w: &Wizard) {
        let bound = match (w.editing_text(), w.current()) {
            (Some((f, _)), _) => Some((Bound::Field(f), f.text(&w.case), f.input() == Input::Area)),
            (None, Some(Row::Output)) if w.mode == Mode::Normal && w.focus == Focus::Form => {
                Some((Bound::Output, w.output_path().display().to_string(), false))
            }
            _ => None,
        };
        let Some((b, text, multi)) = bound else {
            self.editing = None;
            self.pending = false;
            return;
        };
        let keep = self.rebuild.take();
        if keep.is_none() && (self.pending || self.editing.as_ref() == Some(&(b, text.clone()))) {
            return;
        }
        let current: String = self.textarea.lines().join("\n");
        let same_field = self.editing.as_ref().map(|(eb, _)| *eb) == Some(b);
        if keep.is_none() && same_field && (current == text || w.revision == self.own_revision) {
            self.editing = Some((b, text));
            return;
        }
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.split('\n').map(String::from).collect()
        };
        let mut ta = TextArea::new(lines);
        ta.set_wrap_mode(if multi {
            WrapMode::WordOrGlyph
        } else {
            WrapMode::None
        });
        ta.set_cursor_line_style(ratatui::style::Style::default());
        ta.set_style(self.theme.focus);
        match keep {
            Some((row, col)) => ta.move_cursor(ratatui_textarea::CursorMove::Jump(
                u16::try_from(row).unwrap_or(u16::MAX),
                u16::try_from(col).unwrap_or(u16::MAX),
            )),
            None => {
                ta.move_cursor(ratatui_textarea::CursorMove::Bottom);
                ta.move_cursor(ratatui_textarea::CursorMove::End);
            }
        }
        self.textarea = ta;
        self.editing = Some((b, text));
    }
}

#[cfg(test)]
mod tests {
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
        // 1 then 3 quickly is 13.
        press(&mut a, &mut w, KeyCode::Home, KeyModifiers::NONE);
        press(&mut a, &mut w, KeyCode::Char('1'), KeyModifiers::NONE);
        press(&mut a, &mut w, KeyCode::Char('3'), KeyModifiers::NONE);
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
}
