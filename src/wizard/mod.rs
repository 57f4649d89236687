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

mod action;
pub mod fields;
mod mode;
mod msg;
mod nav;
mod options;
mod prepared;
mod step;

use std::collections::HashMap;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::case::Case;
use crate::check::{self, Context, Finding};
use crate::document;
use crate::profile::Catalog;
use fields::{Field, Input, ListKind};

pub use action::{Action, Effect};
pub use mode::{Ask, ChoiceList, Mode, Question};
pub use msg::Msg;
pub use nav::{Focus, Row};
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
}

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Form,
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
    pub scroll: u16,
    pub status: Option<Status>,
    /// Where the PDF goes (empty: next to the case file).
    pub output: String,
    pub draft: bool,
    /// Layout with the source language too.
    pub bilingual: document::Bilingual,
    pub produced: Option<PathBuf>,
    /// Steps with errors the user has already moved past.
    pub passed: Vec<Step>,
    /// Quit once the pending save succeeds.
    exit_after_save: bool,
    /// The interface language, for option labels and search.
    pub ui: crate::i18n::Localizer,
    /// What the view shows that is computed on change, not per frame.
    pub prepared: prepared::Prepared,
}

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
            scroll: 0,
            status: None,
            output: String::new(),
            draft: false,
            bilingual: document::Bilingual::None,
            produced: None,
            passed: Vec::new(),
            exit_after_save: false,
            ui,
            prepared: prepared::Prepared::default(),
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
        w.open_case(case, path);
        w
    }

    fn open_case(&mut self, case: Case, path: Option<PathBuf>) {
        self.case = case;
        self.path = path;
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
            Msg::Loaded(case, path) => {
                self.open_case(*case, path);
                Vec::new()
            }
            Msg::Recovered(case, path) => {
                self.open_case(*case, path);
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
                    vec![("path", path.display().to_string())],
                    false,
                );
                Vec::new()
            }
            Msg::Failed(error) => {
                self.exit_after_save = false;
                self.set_status("wiz-failed", vec![("error", error)], true);
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
                    Mode::Prompt(_, text) => text.push(c),
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
                    Mode::Prompt(_, text) => {
                        text.pop();
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
            Msg::Action(a) => self.act(a),
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

    /// The path the PDF will be written to.
    pub fn output_path(&self) -> PathBuf {
        if !self.output.trim().is_empty() {
            return PathBuf::from(self.output.trim());
        }
        match &self.path {
            Some(p) => p.with_extension("pdf"),
            None => PathBuf::from("request.pdf"),
        }
    }

    fn act(&mut self, a: Action) -> Vec<Effect> {
        if a == Action::Help {
            self.mode = if self.mode == Mode::Help {
                Mode::Normal
            } else {
                Mode::Help
            };
            return Vec::new();
        }
        match self.mode.clone() {
            Mode::Help => {
                if matches!(a, Action::Back | Action::Activate | Action::Quit) {
                    self.mode = Mode::Normal;
                }
                Vec::new()
            }
            Mode::Choice(list) => self.act_choice(a, list),
            Mode::Confirm(q) => self.act_confirm(a, q),
            Mode::Prompt(ask, text) => self.act_prompt(a, ask, text),
            Mode::Normal => match self.screen {
                Screen::Welcome => self.act_welcome(a),
                Screen::Form => self.act_form(a),
                Screen::Exit => Vec::new(),
            },
        }
    }

    fn act_welcome(&mut self, a: Action) -> Vec<Effect> {
        let n = self.welcome.len();
        match a {
            Action::Up | Action::PrevField => {
                self.welcome_selected = self.welcome_selected.saturating_sub(1)
            }
            Action::Down | Action::NextField => {
                self.welcome_selected = (self.welcome_selected + 1).min(n.saturating_sub(1))
            }
            Action::Activate => match self.welcome.get(self.welcome_selected).cloned() {
                Some(WelcomeItem::New) => self.open_case(Case::new(), None),
                Some(WelcomeItem::Recover { autosave, .. }) => {
                    return vec![Effect::Recover(autosave)];
                }
                Some(WelcomeItem::Recent(p)) => return vec![Effect::Load(p)],
                Some(WelcomeItem::OpenFile) => {
                    self.mode = Mode::Prompt(Ask::OpenPath, String::new())
                }
                None => {}
            },
            Action::Quit | Action::Back => {
                self.screen = Screen::Exit;
                return vec![Effect::Exit];
            }
            _ => {}
        }
        Vec::new()
    }

    fn act_form(&mut self, a: Action) -> Vec<Effect> {
        let rows = self.rows();
        match a {
            Action::NextField => {
                if self.focus == Focus::Steps {
                    self.focus = Focus::Form;
                } else if self.row + 1 < rows.len() {
                    self.row += 1;
                } else {
                    self.move_step(1);
                }
            }
            Action::PrevField => {
                if self.row > 0 {
                    self.row -= 1;
                } else if self.focus == Focus::Form && self.step.index() > 0 {
                    self.move_step(-1);
                    self.row = self.rows().len().saturating_sub(1);
                }
            }
            Action::Up => {
                if self.focus == Focus::Steps {
                    self.move_step(-1);
                } else {
                    self.row = self.row.saturating_sub(1);
                }
            }
            Action::Down => {
                if self.focus == Focus::Steps {
                    self.move_step(1);
                } else if self.row + 1 < rows.len() {
                    self.row += 1;
                }
            }
            Action::NextStep => self.move_step(1),
            Action::PrevStep => self.move_step(-1),
            Action::Back => {
                if self.focus == Focus::Form {
                    self.focus = Focus::Steps;
                } else {
                    self.move_step(-1);
                }
            }
            Action::Activate => return self.activate(),
            Action::ItemNext
            | Action::ItemPrev
            | Action::ItemAdd
            | Action::ItemRemove
            | Action::ItemUp
            | Action::ItemDown => self.act_item(a),
            Action::Save => match &self.path {
                Some(p) => return vec![Effect::Save(p.clone())],
                None => self.mode = Mode::Prompt(Ask::SavePath, "request.toml".into()),
            },
            Action::Quit => {
                if self.dirty {
                    self.mode = Mode::Confirm(Question::QuitUnsaved);
                } else {
                    self.screen = Screen::Exit;
                    return vec![Effect::DiscardAutosave, Effect::Exit];
                }
            }
            Action::TogglePreview => {
                self.preview = !self.preview;
                self.scroll = 0;
                self.prepare();
            }
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(5),
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(5),
            Action::Editor => {
                if let Some((f, _)) = self.editing_text() {
                    return vec![Effect::EditExternally(f, f.text(&self.case))];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn activate(&mut self) -> Vec<Effect> {
        if self.focus == Focus::Steps {
            self.focus = Focus::Form;
            return Vec::new();
        }
        match self.current() {
            Some(Row::Field(f)) => match f.input() {
                Input::Toggle => {
                    f.toggle(&mut self.case);
                    self.changed();
                }
                Input::Choice => {
                    let options = self.options(f);
                    if options.is_empty() {
                        self.set_status("wiz-no-options", vec![], true);
                    } else {
                        let current = f.text(&self.case);
                        let selected = options.iter().position(|o| o.value == current).unwrap_or(0);
                        self.mode = Mode::Choice(ChoiceList {
                            field: f,
                            options,
                            filter: String::new(),
                            selected,
                        });
                    }
                }
                Input::Selector => {
                    if let Field::List(l) = f
                        && l.len(&self.case) == 0
                    {
                        self.act_item(Action::ItemAdd);
                    } else {
                        self.row += 1;
                    }
                }
                Input::Line | Input::Date => return self.act_form(Action::NextField),
                Input::Area => {}
            },
            Some(Row::Finding(i)) => {
                if let Some(f) = self.findings.get(i).cloned() {
                    self.jump_to(&f.path);
                }
            }
            Some(Row::Draft) => self.draft = !self.draft,
            Some(Row::Bilingual) => {
                self.bilingual = match self.bilingual {
                    document::Bilingual::None => document::Bilingual::Side,
                    document::Bilingual::Side => document::Bilingual::Sequential,
                    document::Bilingual::Sequential => document::Bilingual::None,
                }
            }
            Some(Row::ProduceButton) => {
                let errors = check::has_errors(&self.findings);
                if errors && !self.draft {
                    self.set_status("wiz-produce-refused", vec![], true);
                } else {
                    return vec![Effect::Produce {
                        path: self.output_path(),
                        draft: self.draft,
                    }];
                }
            }
            Some(Row::OpenButton) => {
                if let Some(p) = &self.produced {
                    return vec![Effect::Open(p.clone())];
                }
            }
            Some(Row::Output) | None => {}
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests;
