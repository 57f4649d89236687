//! The wizard as a pure state machine: messages in, state and effects out.
//!
//! It owns the case being written, which step and field have focus, the
//! live findings and the modal state (choice lists, prompts, confirmations,
//! help). It knows nothing of the terminal: the `tui` module turns keys into
//! [`Msg`]s through its key table, draws the state, and carries out the
//! [`Effect`]s (saving, autosaving, writing the PDF). Tests drive it
//! headless.

pub mod fields;

use std::collections::HashMap;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::case::{Case, MeasureKind, ProceedingKind, Role};
use crate::check::{self, Context, Finding, Severity};
use crate::codes;
use crate::document;
use crate::profile::Catalog;
use fields::{Choice, Field, Input, ListKind, Top, item_fields, role_key};

/// The steps, in the order a prosecutor thinks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Authority,
    State,
    LegalBasis,
    Proceeding,
    Offences,
    Facts,
    Persons,
    Measures,
    Urgency,
    Procedures,
    Annexes,
    Review,
    Produce,
}

impl Step {
    pub const ALL: &'static [Step] = &[
        Step::Authority,
        Step::State,
        Step::LegalBasis,
        Step::Proceeding,
        Step::Offences,
        Step::Facts,
        Step::Persons,
        Step::Measures,
        Step::Urgency,
        Step::Procedures,
        Step::Annexes,
        Step::Review,
        Step::Produce,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn title_id(self) -> &'static str {
        match self {
            Step::Authority => "step-authority",
            Step::State => "step-state",
            Step::LegalBasis => "step-legal-basis",
            Step::Proceeding => "step-proceeding",
            Step::Offences => "step-offences",
            Step::Facts => "step-facts",
            Step::Persons => "step-persons",
            Step::Measures => "step-measures",
            Step::Urgency => "step-urgency",
            Step::Procedures => "step-procedures",
            Step::Annexes => "step-annexes",
            Step::Review => "step-review",
            Step::Produce => "step-produce",
        }
    }

    /// The finding paths that belong to this step.
    pub fn prefixes(self) -> &'static [&'static str] {
        match self {
            Step::Authority => &["requesting", "reference"],
            Step::State => &["requested_state", "document_language"],
            Step::LegalBasis => &["legal_basis", "assurances.reciprocity"],
            Step::Proceeding => &["proceeding"],
            Step::Offences => &["offences"],
            Step::Facts => &["facts", "purpose", "link_to_state"],
            Step::Persons => &["persons"],
            Step::Measures => &["measures"],
            Step::Urgency => &["urgency", "confidentiality"],
            Step::Procedures => &["procedures", "assurances"],
            Step::Annexes => &["annexes", "earlier_requests", "signature"],
            Step::Review | Step::Produce => &[],
        }
    }

    fn owns(self, path: &str) -> bool {
        self.prefixes().iter().any(|p| path_under(path, p))
    }
}

/// Whether `path` is `prefix` or inside it.
pub fn path_under(path: &str, prefix: &str) -> bool {
    path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|r| r.starts_with('.') || r.starts_with('['))
}

/// The step a finding belongs to.
pub fn step_of(path: &str) -> Step {
    Step::ALL
        .iter()
        .copied()
        .find(|s| s.owns(path))
        .unwrap_or(Step::Review)
}

/// One row of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Field(Field),
    /// A finding on the review step (index into the findings).
    Finding(usize),
    /// Produce step: where the PDF goes.
    Output,
    /// Produce step: mark as draft.
    Draft,
    /// Produce step: bilingual layout (none, side by side, one after the other).
    Bilingual,
    /// Produce step: write the PDF.
    ProduceButton,
    /// Produce step: open the written PDF.
    OpenButton,
}

/// What has keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Steps,
    Form,
}

/// A list of options to choose from, filtered by typing.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceList {
    pub field: Field,
    pub options: Vec<Choice>,
    pub filter: String,
    pub selected: usize,
}

impl ChoiceList {
    /// The options matching the filter (by value or shown text).
    pub fn visible<'a>(&'a self, label: &dyn Fn(&Choice) -> String) -> Vec<&'a Choice> {
        let f = self.filter.to_lowercase();
        self.options
            .iter()
            .filter(|c| {
                f.is_empty()
                    || c.value.to_lowercase().contains(&f)
                    || label(c).to_lowercase().contains(&f)
            })
            .collect()
    }
}

/// What a yes/no question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quit with unsaved changes: save first?
    QuitUnsaved,
    /// Remove an item from a list.
    Remove(ListKind, usize),
}

/// What a text prompt asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Where to save the case.
    SavePath,
    /// A case file to open (welcome screen).
    OpenPath,
}

/// The modal state on top of the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Choice(ChoiceList),
    Confirm(Question),
    Prompt(Ask, String),
    Help,
}

/// An entry of the welcome screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WelcomeItem {
    New,
    Recover(PathBuf),
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

/// Every intent a user can express; keys map to these in the key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move to the next field (or the next step after the last field).
    NextField,
    /// Move to the previous field.
    PrevField,
    /// Go to the next step.
    NextStep,
    /// Go to the previous step.
    PrevStep,
    /// Enter: confirm, toggle, open a list, or go into the form.
    Activate,
    /// Esc: close what is open, or go back to the step list.
    Back,
    /// Select the next item of a list.
    ItemNext,
    /// Select the previous item of a list.
    ItemPrev,
    /// Add an item to the list.
    ItemAdd,
    /// Remove the selected item (asks first).
    ItemRemove,
    /// Move the selected item up.
    ItemUp,
    /// Move the selected item down.
    ItemDown,
    /// Save the case (asks for a file name the first time).
    Save,
    /// Quit (asks if there are unsaved changes).
    Quit,
    /// Show or hide the list of keys.
    Help,
    /// Show or hide the preview of the request.
    TogglePreview,
    /// Scroll the preview or the review list.
    ScrollUp,
    ScrollDown,
    /// Open the focused text field in $EDITOR.
    Editor,
    /// Answer yes / no / cancel to a question.
    Yes,
    No,
    /// Move within a choice list or the welcome menu.
    Up,
    Down,
}

/// What the terminal side must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the case to this path atomically.
    Save(PathBuf),
    /// Load a case file.
    Load(PathBuf),
    /// Load the autosaved draft.
    Recover(PathBuf),
    /// Write the PDF.
    Produce { path: PathBuf, draft: bool },
    /// Open a file with the system viewer.
    Open(PathBuf),
    /// Edit the text of a field in $EDITOR.
    EditExternally(Field, String),
    /// Remove the autosave (the work is saved, or knowingly discarded).
    DiscardAutosave,
    /// End the program.
    Exit,
}

/// Results of effects, and input that is not an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    /// The focused text field now holds this text.
    SetText(String),
    /// A character typed where there is no text field (filters, prompts).
    Char(char),
    /// Backspace where there is no text field.
    Backspace,
    /// The mouse selected a step, a row, an option or a welcome entry.
    ClickStep(usize),
    ClickRow(usize),
    ClickOption(usize),
    ClickWelcome(usize),
    Saved(PathBuf),
    Loaded(Box<Case>, Option<PathBuf>),
    /// An autosaved draft was read back; it belongs to this file, if any.
    Recovered(Box<Case>, Option<PathBuf>),
    Produced(PathBuf),
    Failed(String),
    /// External editing finished with this text.
    Edited(Field, String),
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
}

impl Wizard {
    /// A wizard on the welcome screen.
    pub fn new(
        catalog: Catalog,
        today: Date,
        welcome: Vec<WelcomeItem>,
        ui: crate::i18n::Localizer,
    ) -> Wizard {
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
    }

    /// The selected item of a list (clamped to its length).
    pub fn selected(&self, list: ListKind) -> usize {
        let n = list.len(&self.case);
        self.selected
            .get(&list)
            .copied()
            .unwrap_or(0)
            .min(n.saturating_sub(1))
    }

    /// The rows of the current step.
    pub fn rows(&self) -> Vec<Row> {
        self.rows_of(self.step)
    }

    /// The rows of a step.
    pub fn rows_of(&self, step: Step) -> Vec<Row> {
        use Top::*;
        let tops = |ts: &[Top]| {
            ts.iter()
                .map(|t| Row::Field(Field::Top(*t)))
                .collect::<Vec<_>>()
        };
        let list = |l: ListKind| {
            let mut v = vec![Row::Field(Field::List(l))];
            if l.len(&self.case) > 0 {
                let i = self.selected(l);
                v.extend(item_fields(l, &self.case, i).into_iter().map(Row::Field));
            }
            v
        };
        match step {
            Step::Authority => tops(&[
                RequestingState,
                Authority,
                Address,
                ContactName,
                ContactRole,
                ContactPhone,
                ContactEmail,
                ContactHours,
                ContactTimeZone,
                ContactLanguages,
                ContactReply,
                Reference,
            ]),
            Step::State => tops(&[RequestedState, DocumentLanguage]),
            Step::LegalBasis => tops(&[LegalBasis, LegalBasisNote]),
            Step::Proceeding => tops(&[
                ProceedingKind,
                Subject,
                Stage,
                References,
                ProceedingAuthority,
                Functions,
                FinalJudgment,
            ]),
            Step::Offences => list(ListKind::Offences),
            Step::Facts => tops(&[Facts, Purpose, Link]),
            Step::Persons => list(ListKind::Persons),
            Step::Measures => list(ListKind::Measures),
            Step::Urgency => tops(&[
                Urgent,
                UrgencyReason,
                NeededBy,
                Custody,
                Confidential,
                ConfidentialityReason,
                NoDisclosure,
            ]),
            Step::Procedures => tops(&[
                Oath,
                OfficialsPresent,
                DefencePresent,
                VerbatimRecord,
                ChainOfCustody,
                CertifyRecords,
                ProceduresOther,
                Speciality,
                NoDeathPenalty,
                ReturnOriginals,
                Reciprocity,
                AssurancesOther,
            ]),
            Step::Annexes => {
                let mut v = list(ListKind::Annexes);
                v.extend(list(ListKind::Earlier));
                v.extend(tops(&[SignName, SignTitle, SignPlace, SignDate]));
                v
            }
            Step::Review => (0..self.findings.len()).map(Row::Finding).collect(),
            Step::Produce => {
                let mut v = vec![Row::Output, Row::Draft, Row::Bilingual, Row::ProduceButton];
                if self.produced.is_some() {
                    v.push(Row::OpenButton);
                }
                v
            }
        }
    }

    /// The focused row, if any.
    pub fn current(&self) -> Option<Row> {
        self.rows().get(self.row).copied()
    }

    /// The focused field, if the focused row is one.
    pub fn current_field(&self) -> Option<Field> {
        match self.current() {
            Some(Row::Field(f)) if self.focus == Focus::Form => Some(f),
            _ => None,
        }
    }

    /// Whether the focused row takes typed text (line, area or date).
    pub fn editing_text(&self) -> Option<(Field, bool)> {
        if self.mode != Mode::Normal || self.screen != Screen::Form {
            return None;
        }
        match self.current_field()?.input() {
            Input::Line | Input::Date => self.current_field().map(|f| (f, false)),
            Input::Area => self.current_field().map(|f| (f, true)),
            _ => None,
        }
    }

    /// Findings of one step.
    pub fn step_findings(&self, step: Step) -> Vec<&Finding> {
        match step {
            Step::Review | Step::Produce => self.findings.iter().collect(),
            s => self.findings.iter().filter(|f| s.owns(&f.path)).collect(),
        }
    }

    /// Errors in a step.
    pub fn step_errors(&self, step: Step) -> usize {
        self.step_findings(step)
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// Findings about one field.
    pub fn field_findings(&self, field: Field) -> Vec<&Finding> {
        let p = field.path();
        self.findings
            .iter()
            .filter(|f| path_under(&f.path, &p))
            .collect()
    }

    /// The options of a choice field.
    pub fn options(&self, field: Field) -> Vec<Choice> {
        let text = |value: String, label: String| Choice {
            value,
            label,
            is_id: false,
        };
        let id = |value: &str, label: String| Choice {
            value: value.to_string(),
            label: self.ui.t(&label),
            is_id: false,
        };
        match field {
            Field::Top(Top::RequestedState) => {
                let mut v: Vec<Choice> = self
                    .catalog
                    .iter()
                    .map(|l| {
                        let p = &l.profile;
                        text(
                            p.code.clone(),
                            format!(
                                "{}  {} — {} — {}",
                                p.code,
                                p.name,
                                p.languages.join(", "),
                                p.verified
                            ),
                        )
                    })
                    .collect();
                v.extend(
                    codes::countries()
                        .filter(|(c, _)| self.catalog.get(c).is_none())
                        .map(|(c, n)| text(c.to_string(), format!("{c}  {n}"))),
                );
                v
            }
            Field::Top(Top::RequestingState)
            | Field::Person(_, fields::PersonField::Nationality) => codes::countries()
                .map(|(c, n)| text(c.to_string(), format!("{c}  {n}")))
                .collect(),
            Field::Top(Top::DocumentLanguage) => {
                let mut v = vec![id("", "wiz-choice-automatic".into())];
                v.extend(crate::i18n::languages().into_iter().map(|l| {
                    let name = crate::i18n::Localizer::new(&l).t("language-self-name");
                    text(l.clone(), format!("{l}  {name}"))
                }));
                v
            }
            Field::Top(Top::LegalBasis) => {
                let mut v = Vec::new();
                if let Some(p) = self.catalog.get(&self.case.requested_state) {
                    let requesting = self.case.requesting.state.trim().to_uppercase();
                    v.extend(
                        p.legal_bases
                            .iter()
                            .filter(|b| requesting.is_empty() || b.covers(&requesting))
                            .map(|b| text(b.id.clone(), b.title.clone())),
                    );
                }
                if !v.iter().any(|c| c.value == "reciprocity") {
                    v.push(id("reciprocity", "basis-reciprocity".into()));
                }
                v
            }
            Field::Top(Top::ProceedingKind) => ProceedingKind::ALL
                .iter()
                .map(|k| id(&format!("{k:?}").to_lowercase(), k.message_id().into()))
                .collect(),
            Field::Person(_, fields::PersonField::Role) => Role::ALL
                .iter()
                .map(|r| id(role_key(*r), r.message_id().into()))
                .collect(),
            Field::MeasureKind(_) => MeasureKind::ALL
                .iter()
                .map(|k| id(k.key(), k.message_id()))
                .collect(),
            Field::Offence(_, fields::OffenceField::Iccs) => crate::taxonomy::codes()
                .iter()
                .map(|c| {
                    let ex = c.examples();
                    let label = if ex.is_empty() {
                        format!("{}  {}", c.code, c.name(self.ui.lang()))
                    } else {
                        format!("{}  {} · {ex}", c.code, c.name(self.ui.lang()))
                    };
                    text(c.code.clone(), label)
                })
                .collect(),
            Field::Measure(_, _) => self
                .case
                .persons
                .iter()
                .map(|p| text(p.id.clone(), format!("{}  {}", p.id, p.name)))
                .collect(),
            _ => Vec::new(),
        }
    }

    fn changed(&mut self) {
        self.dirty = true;
        self.revision += 1;
        self.recheck();
    }

    fn set_status(&mut self, id: &'static str, args: Vec<(&'static str, String)>, error: bool) {
        self.status = Some(Status { id, args, error });
    }

    fn clamp_row(&mut self) {
        let n = self.rows().len();
        if n == 0 {
            self.row = 0;
        } else if self.row >= n {
            self.row = n - 1;
        }
    }

    /// Go to a step; leaving a step with errors marks it.
    pub fn go_to(&mut self, step: Step) {
        if self.step != step && self.step_errors(self.step) > 0 && !self.passed.contains(&self.step)
        {
            self.passed.push(self.step);
        }
        self.step = step;
        self.row = 0;
        self.scroll = 0;
        self.clamp_row();
    }

    fn move_step(&mut self, delta: isize) {
        let i = self.step.index() as isize + delta;
        if let Some(s) = usize::try_from(i).ok().and_then(|i| Step::ALL.get(i)) {
            self.go_to(*s);
        }
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
                Some(WelcomeItem::Recover(p)) => return vec![Effect::Recover(p)],
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

    /// Go to the step and field a finding path points at.
    pub fn jump_to(&mut self, path: &str) {
        let step = step_of(path);
        // Select the item of a list the path names, e.g. `measures[1].x`.
        for l in [
            ListKind::Offences,
            ListKind::Persons,
            ListKind::Measures,
            ListKind::Annexes,
            ListKind::Earlier,
        ] {
            if let Some(rest) = path
                .strip_prefix(l.path())
                .and_then(|r| r.strip_prefix('['))
                && let Some(i) = rest.split(']').next().and_then(|n| n.parse::<usize>().ok())
            {
                self.selected.insert(l, i);
            }
        }
        self.go_to(step);
        self.focus = Focus::Form;
        let rows = self.rows();
        let best = rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r {
                Row::Field(f) if path_under(path, &f.path()) => Some((i, f.path().len())),
                _ => None,
            })
            .max_by_key(|(_, len)| *len);
        self.row = best.map_or(0, |(i, _)| i);
    }

    /// Whether the focused row belongs to a list (its selector or an item).
    pub fn in_list(&self) -> bool {
        self.focus == Focus::Form && self.screen == Screen::Form && self.current_list().is_some()
    }

    fn current_list(&self) -> Option<ListKind> {
        let rows = self.rows();
        let upto = rows.get(..=self.row.min(rows.len().saturating_sub(1)))?;
        upto.iter().rev().find_map(|r| match r {
            Row::Field(Field::List(l)) => Some(*l),
            _ => None,
        })
    }

    fn act_item(&mut self, a: Action) {
        let Some(list) = self.current_list() else {
            return;
        };
        let n = list.len(&self.case);
        let i = self.selected(list);
        match a {
            Action::ItemNext if n > 0 => {
                self.selected.insert(list, (i + 1) % n);
            }
            Action::ItemPrev if n > 0 => {
                self.selected.insert(list, (i + n - 1) % n);
            }
            Action::ItemAdd => {
                let new = list.push_new(&mut self.case);
                self.selected.insert(list, new);
                self.changed();
                // Focus the new item's first field.
                let rows = self.rows();
                if let Some(pos) = rows
                    .iter()
                    .position(|r| *r == Row::Field(Field::List(list)))
                {
                    self.row = (pos + 1).min(rows.len() - 1);
                }
            }
            Action::ItemRemove if n > 0 => self.mode = Mode::Confirm(Question::Remove(list, i)),
            Action::ItemUp if i > 0 => {
                list.swap(&mut self.case, i, i - 1);
                self.selected.insert(list, i - 1);
                self.changed();
            }
            Action::ItemDown if i + 1 < n => {
                list.swap(&mut self.case, i, i + 1);
                self.selected.insert(list, i + 1);
                self.changed();
            }
            _ => {}
        }
        self.clamp_row();
    }

    fn act_choice(&mut self, a: Action, mut list: ChoiceList) -> Vec<Effect> {
        let count = list.visible(&|c| c.label.clone()).len();
        match a {
            Action::Up | Action::PrevField => list.selected = list.selected.saturating_sub(1),
            Action::Down | Action::NextField => {
                list.selected = (list.selected + 1).min(count.saturating_sub(1))
            }
            Action::ScrollUp => list.selected = list.selected.saturating_sub(10),
            Action::ScrollDown => list.selected = (list.selected + 10).min(count.saturating_sub(1)),
            Action::Back => {
                self.mode = Mode::Normal;
                return Vec::new();
            }
            Action::Activate => {
                let value = list
                    .visible(&|c| c.label.clone())
                    .get(list.selected)
                    .map(|c| c.value.clone());
                self.mode = Mode::Normal;
                if let (Some(v), Field::Offence(i, fields::OffenceField::Iccs)) =
                    (&value, list.field)
                {
                    // ICCS codes are a set: choosing one adds or removes it.
                    fields::toggle_iccs(&mut self.case, i, v);
                    self.changed();
                } else if let Some(v) = value
                    && list.field.set_text(&mut self.case, &v)
                {
                    self.changed();
                    self.clamp_row();
                }
                return Vec::new();
            }
            _ => {}
        }
        self.mode = Mode::Choice(list);
        Vec::new()
    }

    fn act_confirm(&mut self, a: Action, q: Question) -> Vec<Effect> {
        match (q, a) {
            (Question::QuitUnsaved, Action::Yes | Action::Activate) => {
                self.exit_after_save = true;
                self.mode = Mode::Normal;
                match &self.path {
                    Some(p) => return vec![Effect::Save(p.clone())],
                    None => self.mode = Mode::Prompt(Ask::SavePath, "request.toml".into()),
                }
            }
            (Question::QuitUnsaved, Action::No) => {
                self.mode = Mode::Normal;
                self.screen = Screen::Exit;
                return vec![Effect::DiscardAutosave, Effect::Exit];
            }
            (Question::Remove(list, i), Action::Yes | Action::Activate) => {
                list.remove(&mut self.case, i);
                self.mode = Mode::Normal;
                self.changed();
                self.clamp_row();
            }
            (_, Action::No | Action::Back) => self.mode = Mode::Normal,
            _ => {}
        }
        Vec::new()
    }

    fn act_prompt(&mut self, a: Action, ask: Ask, text: String) -> Vec<Effect> {
        match a {
            Action::Back => {
                self.mode = Mode::Normal;
                self.exit_after_save = false;
            }
            Action::Activate if !text.trim().is_empty() => {
                let path = PathBuf::from(text.trim());
                self.mode = Mode::Normal;
                match ask {
                    Ask::SavePath => {
                        return vec![Effect::Save(path)];
                    }
                    Ask::OpenPath => return vec![Effect::Load(path)],
                }
            }
            _ => {}
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests;
