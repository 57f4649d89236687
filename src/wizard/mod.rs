//! The wizard as a pure state machine: messages in, state and effects out.
//!
//! It owns the case being written, which step and field have focus, the
//! live findings and the modal state (choice lists, prompts, confirmations,
//! help). It knows nothing of the terminal: the `tui` module turns keys into
//! [`Msg`]s through its key table, draws the state, and carries out the
//! [`Effect`]s (saving, autosaving, writing the PDF). Tests drive it
//! headless.
//!
//! This file holds the [`Wizard`] and its `update`; the vocabulary around
//! it has a file each: `action` (what the user can ask, what the terminal
//! must do), `msg`, `step` (the steps and which findings they own),
//! `nav` (rows and focus movement), `mode` (choice lists, questions,
//! prompts) and `options` (the options of each choice field). None of them
//! may touch files or the terminal.

mod act;
mod action;
pub mod fields;
mod lock;
mod mode;
mod msg;
mod nav;
mod options;
mod prepared;
mod produce;
mod register;
mod step;
mod translation;

use std::collections::HashMap;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::case::Case;
use crate::check::{self, Context, Finding};
use crate::document;
use crate::profile::Catalog;
use fields::ListKind;

pub use action::{Action, Effect};
pub use mode::{Ask, ChoiceList, Mode, Question};
pub use msg::Msg;
pub use nav::{Focus, Row};
pub use register::{RegisterList, RegisterRow};
pub use step::{Step, path_under, step_of};

/// An entry of the welcome screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WelcomeItem {
    New,
    /// A draft to recover: the autosave, the case file it belongs to (none
    /// for a request never saved) and when it was written, read from the
    /// disk when the list is made, not when it is drawn.
    Recover {
        autosave: PathBuf,
        of: Option<PathBuf>,
        when: String,
    },
    Recent(PathBuf),
    OpenFile,
    /// The register of requests sent and received.
    Register,
}

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Form,
    /// The register's list of requests.
    Register,
    /// The program should end.
    Exit,
}

/// A message to the user in the status line: a fluent id with arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub error: bool,
}

/// The whole wizard.
#[derive(Debug)]
pub struct Wizard {
    pub case: Case,
    /// The case file, once saved or opened.
    pub path: Option<PathBuf>,
    pub catalog: Catalog,
    pub today: Date,
    pub screen: Screen,
    pub welcome: Vec<WelcomeItem>,
    pub welcome_selected: usize,
    pub step: Step,
    pub focus: Focus,
    pub row: usize,
    selected: HashMap<ListKind, usize>,
    pub findings: Vec<Finding>,
    pub mode: Mode,
    /// Changes not yet saved to the case file.
    pub dirty: bool,
    /// Increases with every change; the autosave compares it.
    pub revision: u64,
    pub preview: bool,
    /// The preview shows the pages as they will print, this one (from 0).
    pub pages: bool,
    pub page: usize,
    /// How many pages the last one rendered had.
    pub page_count: usize,
    pub scroll: u16,
    pub status: Option<Status>,
    /// Where the PDF goes (empty: next to the case file).
    pub output: String,
    /// The user's translation memory, read by the terminal side at start
    /// and after each import (the wizard does no I/O).
    pub memory: crate::translate::memory::Memory,
    pub draft: bool,
    /// Layout with the source language too.
    pub bilingual: document::Bilingual,
    /// What the produce step writes: PDF, DOCX or ODT.
    pub format: document::OutputFormat,
    pub produced: Option<PathBuf>,
    /// Steps with errors the user has already moved past.
    pub passed: Vec<Step>,
    /// Quit once the pending save succeeds.
    exit_after_save: bool,
    /// The interface language, for option labels and search.
    pub ui: crate::i18n::Localizer,
    /// What the view shows that is computed on change, not per frame.
    pub prepared: prepared::Prepared,
    /// The terminal's size (columns, rows), as last told.
    pub size: (u16, u16),
    /// A `1` typed in the step list, which a second digit may make 10–13.
    step_digit: Option<u8>,
    /// How far the help is scrolled.
    pub help_scroll: u16,
    /// How far the guidance panel is scrolled, for the row it was
    /// scrolled on (it starts at the top for every other row).
    guide_scroll: (Step, usize, u16),
    /// What the open file prompt's text completes to.
    pub files: FileList,
    /// How the case file is encrypted, if it is: every save and autosave
    /// is encrypted the same way.
    pub lock: Option<crate::store::Lock>,
    /// The encrypted file whose passphrase the prompt asks for, whether
    /// it is an autosaved draft, and how the prompt names it (a draft by
    /// the case file it belongs to).
    pub locked: Option<(PathBuf, bool, String)>,
    /// A new passphrase typed once, waiting to be typed again.
    first_passphrase: Option<crate::store::Passphrase>,
    /// The register screen's list, as last read.
    pub register: RegisterList,
}

/// The entries a file prompt offers: folders and case files matching what
/// was typed, as the terminal side listed them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileList {
    /// The prompt text they were listed for.
    pub for_text: String,
    /// Paths as they would be typed; folders end with `/`.
    pub entries: Vec<String>,
    /// The entry chosen with ↑/↓, if any.
    pub selected: Option<usize>,
}

/// From this width on, the preview is drawn beside the form; below, it is
/// a view of its own that covers the form.
pub const PREVIEW_BESIDE_FROM: u16 = 120;

impl Wizard {
    /// A wizard on the welcome screen.
    pub fn new(
        catalog: Catalog,
        today: Date,
        welcome: Vec<WelcomeItem>,
        ui: crate::i18n::Localizer,
    ) -> Wizard {
        // The rules behind findings cite the registry's treaties by name.
        let terms = catalog.treaties.terms(ui.lang());
        let ui = ui.with_terms(terms);
        let mut w = Wizard {
            case: Case::new(),
            path: None,
            catalog,
            today,
            screen: Screen::Welcome,
            welcome,
            welcome_selected: 0,
            step: Step::Authority,
            focus: Focus::Form,
            row: 0,
            selected: HashMap::new(),
            findings: Vec::new(),
            mode: Mode::Normal,
            dirty: false,
            revision: 0,
            preview: false,
            pages: false,
            page: 0,
            page_count: 0,
            scroll: 0,
            status: None,
            output: String::new(),
            memory: Default::default(),
            draft: false,
            bilingual: document::Bilingual::None,
            format: document::OutputFormat::Pdf,
            produced: None,
            passed: Vec::new(),
            exit_after_save: false,
            ui,
            prepared: prepared::Prepared::default(),
            size: (200, 60),
            step_digit: None,
            help_scroll: 0,
            guide_scroll: (Step::Authority, 0, 0),
            files: FileList::default(),
            lock: None,
            locked: None,
            first_passphrase: None,
            register: RegisterList::default(),
        };
        if w.welcome.is_empty() {
            w.welcome.push(WelcomeItem::New);
        }
        w.recheck();
        w
    }

    /// A wizard editing `case` (opened from `path`).
    pub fn editing(
        catalog: Catalog,
        today: Date,
        case: Case,
        path: Option<PathBuf>,
        ui: crate::i18n::Localizer,
    ) -> Wizard {
        let mut w = Wizard::new(catalog, today, Vec::new(), ui);
        w.open_case(case, path, None);
        w
    }

    fn open_case(&mut self, case: Case, path: Option<PathBuf>, lock: Option<crate::store::Lock>) {
        self.case = case;
        self.path = path;
        self.lock = lock;
        self.locked = None;
        // What was said about the file before (opening it) is done with.
        self.status = None;
        self.screen = Screen::Form;
        self.step = Step::Authority;
        self.row = 0;
        self.focus = Focus::Form;
        self.dirty = false;
        self.mode = Mode::Normal;
        self.recheck();
    }

    /// The document language the request will be rendered in.
    pub fn document_language(&self) -> String {
        document::choose_language(&self.case, &self.catalog, None)
    }

    /// Run the checks again after a change.
    pub fn recheck(&mut self) {
        let ctx = Context {
            today: self.today,
            document_language: Some(self.document_language()),
        };
        self.findings = check::check(&self.case, &self.catalog, &ctx);
        self.prepare();
    }

    fn changed(&mut self) {
        self.dirty = true;
        self.revision += 1;
        self.recheck();
    }

    fn set_status(&mut self, id: &'static str, args: Vec<(&'static str, String)>, error: bool) {
        self.status = Some(Status { id, args, error });
    }

    /// Handle one message.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Saved(path) => {
                self.path = Some(path.clone());
                self.dirty = false;
                self.set_status(
                    "wiz-saved",
                    vec![("path", path.display().to_string())],
                    false,
                );
                let mut fx = vec![Effect::DiscardAutosave];
                if self.exit_after_save {
                    self.screen = Screen::Exit;
                    fx.push(Effect::Exit);
                }
                fx
            }
            Msg::Loaded(case, path, lock) => {
                self.open_case(*case, path, lock);
                Vec::new()
            }
            Msg::Recovered(case, path, lock) => {
                self.open_case(*case, path, lock);
                // A recovered draft has changes not in any file yet.
                self.dirty = true;
                self.revision += 1;
                self.set_status("wiz-recovered", vec![], false);
                Vec::new()
            }
            Msg::Produced(path) => {
                self.produced = Some(path.clone());
                self.set_status(
                    "wiz-produced",
                    vec![
                        ("path", path.display().to_string()),
                        ("format", self.format_name().into()),
                    ],
                    false,
                );
                Vec::new()
            }
            Msg::Opened(path) => {
                self.set_status(
                    "wiz-opened",
                    vec![("path", path.display().to_string())],
                    false,
                );
                Vec::new()
            }
            m @ (Msg::TranslateExported { .. }
            | Msg::TranslateNothing
            | Msg::TranslateImported { .. }) => self.on_translation(m),
            Msg::Failed(error) => {
                self.exit_after_save = false;
                self.set_status("wiz-failed", vec![("error", error)], true);
                Vec::new()
            }
            Msg::SaveFailed(path, error) => {
                // Keep what was typed and ask where else to save it (the
                // quit that asked for the save, if any, waits for it).
                let shown = path.display().to_string();
                let error = error
                    .strip_prefix(&format!("{shown}: "))
                    .map(String::from)
                    .unwrap_or(error);
                self.set_status(
                    "wiz-save-failed",
                    vec![("path", path.display().to_string()), ("error", error)],
                    true,
                );
                let text = path.display().to_string();
                self.mode = Mode::Prompt(Ask::SavePath, text.clone());
                vec![Effect::ListFiles(text)]
            }
            Msg::StepDigit(d, fresh) => {
                if fresh {
                    self.step_digit = None;
                }
                let n = match self.step_digit.take() {
                    Some(1) if 10 + usize::from(d) <= Step::ALL.len() => 10 + usize::from(d),
                    _ => usize::from(d),
                };
                if n == 1 {
                    self.step_digit = Some(1);
                }
                if let Some(s) = n.checked_sub(1).and_then(|i| Step::ALL.get(i)) {
                    self.go_to(*s);
                }
                Vec::new()
            }
            Msg::Resized(cols, rows) => {
                self.size = (cols, rows);
                Vec::new()
            }
            Msg::Files(text, entries) => {
                if matches!(&self.mode, Mode::Prompt(_, t) if *t == text) {
                    self.files = FileList {
                        for_text: text,
                        entries,
                        selected: None,
                    };
                }
                Vec::new()
            }
            Msg::Edited(field, text) => {
                if field.set_text(&mut self.case, &text) {
                    self.changed();
                }
                Vec::new()
            }
            Msg::SetText(text) => self.set_text(text),
            Msg::Char(c) => {
                match &mut self.mode {
                    Mode::Choice(list) => {
                        list.filter.push(c);
                        list.selected = 0;
                    }
                    Mode::Prompt(ask, text) => {
                        text.push(c);
                        if !ask.is_secret() {
                            return vec![Effect::ListFiles(text.clone())];
                        }
                    }
                    Mode::Normal if self.screen == Screen::Register && c == 'f' => {
                        return self.follow_up_selected();
                    }
                    Mode::Confirm(_) => match c.to_ascii_lowercase() {
                        'y' => return self.update(Msg::Action(Action::Yes)),
                        'n' => return self.update(Msg::Action(Action::No)),
                        _ => {}
                    },
                    _ => {}
                }
                Vec::new()
            }
            Msg::Backspace => {
                match &mut self.mode {
                    Mode::Choice(list) => {
                        list.filter.pop();
                        list.selected = 0;
                    }
                    Mode::Prompt(ask, text) => {
                        text.pop();
                        if !ask.is_secret() {
                            return vec![Effect::ListFiles(text.clone())];
                        }
                    }
                    _ => {}
                }
                Vec::new()
            }
            Msg::ClickStep(i) => {
                if let Some(s) = Step::ALL.get(i) {
                    self.mode = Mode::Normal;
                    self.go_to(*s);
                    self.focus = Focus::Form;
                }
                Vec::new()
            }
            Msg::ClickRow(i) => {
                if i < self.rows().len() {
                    self.row = i;
                    self.focus = Focus::Form;
                }
                Vec::new()
            }
            Msg::ClickOption(i) => {
                if let Mode::Choice(list) = &mut self.mode {
                    list.selected = i;
                    return self.update(Msg::Action(Action::Activate));
                }
                Vec::new()
            }
            Msg::ClickWelcome(i) => {
                if i < self.welcome.len() {
                    self.welcome_selected = i;
                    return self.update(Msg::Action(Action::Activate));
                }
                Vec::new()
            }
            Msg::Locked {
                path,
                draft,
                wrong,
                shown,
            } => self.ask_unlock(path, draft, wrong, shown),
            Msg::Encrypted(lock) => self.encrypted(lock),
            Msg::RegisterListed(list) => self.show_register(list),
            Msg::Registered(reference) => {
                self.set_status(
                    "register-added",
                    vec![("reference", reference), ("status", "sent".into())],
                    false,
                );
                Vec::new()
            }
            Msg::Action(a) => {
                self.step_digit = None;
                self.act(a)
            }
        }
    }

    fn set_text(&mut self, text: String) -> Vec<Effect> {
        match (&self.mode, self.current()) {
            (Mode::Normal, Some(Row::Field(f))) if f.text(&self.case) != text => {
                if f.set_text(&mut self.case, &text) {
                    self.status = None;
                    self.changed();
                } else {
                    self.set_status("wiz-not-a-number", vec![("value", text)], true);
                }
            }
            (Mode::Normal, Some(Row::Output)) => self.output = text,
            _ => {}
        }
        Vec::new()
    }

    /// How far the guidance panel is scrolled for the focused row.
    pub fn guide_scroll(&self) -> u16 {
        match self.guide_scroll {
            (s, r, n) if s == self.step && r == self.row => n,
            _ => 0,
        }
    }

    /// Whether the preview is shown in place of the form (a narrow
    /// terminal): the form cannot be seen, so nothing can be typed into it.
    pub fn preview_covers_form(&self) -> bool {
        self.preview && self.screen == Screen::Form && self.size.0 < PREVIEW_BESIDE_FROM
    }

    /// The path the PDF will be written to.
    pub fn output_path(&self) -> PathBuf {
        if !self.output.trim().is_empty() {
            return PathBuf::from(self.output.trim());
        }
        let ext = self.format_extension();
        match &self.path {
            Some(p) => p.with_extension(ext),
            None => PathBuf::from("request").with_extension(ext),
        }
    }

    fn act(&mut self, a: Action) -> Vec<Effect> {
        if a == Action::Help {
            self.help_scroll = 0;
            self.mode = if self.mode == Mode::Help {
                Mode::Normal
            } else {
                Mode::Help
            };
            return Vec::new();
        }
        match self.mode.clone() {
            Mode::Help => {
                match a {
                    Action::Back | Action::Activate | Action::Quit => {
                        self.mode = Mode::Normal;
                        self.help_scroll = 0;
                    }
                    Action::Down => self.help_scroll = self.help_scroll.saturating_add(1),
                    Action::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
                    Action::NextStep | Action::ScrollDown => {
                        self.help_scroll = self.help_scroll.saturating_add(10)
                    }
                    Action::PrevStep | Action::ScrollUp => {
                        self.help_scroll = self.help_scroll.saturating_sub(10)
                    }
                    _ => {}
                }
                Vec::new()
            }
            Mode::Choice(list) => self.act_choice(a, list),
            Mode::Confirm(q) => self.act_confirm(a, q),
            Mode::States(rows, i) => self.act_states(a, rows, i),
            Mode::Prompt(ask, text) if ask.is_secret() => self.act_secret(a, ask, text),
            Mode::Prompt(ask, text) => self.act_prompt(a, ask, text),
            Mode::Normal => match self.screen {
                Screen::Welcome => self.act_welcome(a),
                Screen::Form => self.act_form(a),
                Screen::Register => self.act_register(a),
                Screen::Exit => Vec::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests;
