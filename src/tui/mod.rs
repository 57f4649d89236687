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
pub mod pages;
mod register;
pub mod theme;
mod translate;
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
        Some(path) => match store::open_case(&path, &mut store::TerminalAsk { ui: &ui }) {
            Ok(o) => {
                store::remember(&path);
                if let Some(l) = &o.lock
                    && let Err(e) = l.prepare_drafts()
                {
                    eprintln!("{}", ui.ta("cli-cannot-read", &[("error", &e)]));
                    return crate::exit::FAILURE;
                }
                let mut w = Wizard::editing(catalog, today, o.case, Some(path), ui);
                w.lock = o.lock;
                w
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
            welcome.push(WelcomeItem::Register);
            Wizard::new(catalog, today, welcome, ui)
        }
    };
    // The translation memory, for the translation step's suggestions; one
    // that cannot be read is said when it is used (export, import).
    w.memory = crate::translator::load_memory().unwrap_or_default();
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
    // A real terminal is asked which graphics it draws.
    app.page = pages::Page::new(true);
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
    let _ = term.draw(|f| {
        view::draw(
            f,
            w,
            &app.theme,
            &app.textarea,
            &mut app.hits,
            &mut app.page,
        )
    });
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
    /// The page preview and its worker.
    page: pages::Page,
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
            page: pages::Page::new(false),
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
                term.draw(|f| {
                    view::draw(
                        f,
                        w,
                        &self.theme,
                        &self.textarea,
                        &mut self.hits,
                        &mut self.page,
                    )
                })?;
                redraw = false;
            }
            if w.screen == Screen::Exit {
                return Ok(());
            }
            self.page.request(w);
            let mut wait = match self.unsaved_since {
                Some(t) => AUTOSAVE_WITHIN.saturating_sub(t.elapsed()),
                None => Duration::from_millis(500),
            };
            if self.page.pending() {
                // A page is being rendered: look for it soon.
                wait = wait.min(Duration::from_millis(15));
            }
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
            if self.page.poll() {
                w.page_count = self.page.count;
                w.page = w.page.min(w.page_count.saturating_sub(1));
                redraw = true;
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
        match store::write_autosave(&target, w.path.as_deref(), &w.case, w.lock.as_ref()) {
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
mod tests;
