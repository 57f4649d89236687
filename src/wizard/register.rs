//! The register in the wizard (and, beside it, the list of states the
//! request was assessed against, on the state step): a screen, reached from the welcome screen,
//! listing the requests with their status and next deadline (overdue ones
//! marked); Enter opens a request's case, `f` starts the follow-up of a
//! preservation or freezing request. And, once a final document is
//! produced, the produce step's row that records it in the register. The
//! list comes from the terminal side ([`Effect::ListRegister`]); nothing
//! here touches the database.

use std::path::PathBuf;

use super::{Action, Effect, Screen, Wizard};

/// One request as the register screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    pub reference: String,
    /// `GB → US`.
    pub states: String,
    pub status: String,
    /// The soonest deadline, `YYYY-MM-DD kind`, if any.
    pub next: String,
    pub overdue: bool,
    pub case_path: PathBuf,
    /// It has a preservation or freezing measure to follow up.
    pub can_follow_up: bool,
}

/// The register screen's list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterList {
    pub rows: Vec<RegisterRow>,
    pub selected: usize,
    /// Which engine holds it (`sqlite`, `postgresql`).
    pub engine: String,
}

impl Wizard {
    /// The list arrived: show it.
    pub(super) fn show_register(&mut self, list: RegisterList) -> Vec<Effect> {
        self.register = list;
        self.screen = Screen::Register;
        Vec::new()
    }

    pub(super) fn act_register(&mut self, a: Action) -> Vec<Effect> {
        let n = self.register.rows.len();
        match a {
            Action::Up | Action::PrevField => {
                self.register.selected = self.register.selected.saturating_sub(1)
            }
            Action::Down | Action::NextField => {
                self.register.selected = (self.register.selected + 1).min(n.saturating_sub(1))
            }
            Action::Activate => {
                if let Some(r) = self.register.rows.get(self.register.selected) {
                    return vec![Effect::Load(r.case_path.clone())];
                }
            }
            Action::Back | Action::Quit => self.screen = Screen::Welcome,
            _ => {}
        }
        Vec::new()
    }

    /// `f` on the register screen: the follow-up, beside the precursor's
    /// case file.
    pub(super) fn follow_up_selected(&mut self) -> Vec<Effect> {
        let Some(r) = self.register.rows.get(self.register.selected) else {
            return Vec::new();
        };
        if !r.can_follow_up {
            self.set_status(
                "register-no-follow-up",
                vec![("reference", r.reference.clone())],
                true,
            );
            return Vec::new();
        }
        let stem = r
            .case_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "request".into());
        let output = r.case_path.with_file_name(format!("{stem}-follow-up.toml"));
        vec![Effect::FollowUp {
            reference: r.reference.clone(),
            output,
        }]
    }

    /// The produce step's register row: record the case and the document
    /// just produced.
    pub(super) fn record_in_register(&mut self) -> Vec<Effect> {
        match (&self.path, &self.produced) {
            (Some(case), Some(sent)) if !self.dirty => vec![Effect::RegisterAdd {
                case: case.clone(),
                sent: sent.clone(),
            }],
            _ => {
                self.set_status("wiz-register-save-first", vec![], true);
                Vec::new()
            }
        }
    }
}

impl Wizard {
    /// Keys in the list of states the request was assessed against: Enter
    /// makes the selected one the requested state.
    pub(super) fn act_states(
        &mut self,
        a: Action,
        rows: Vec<crate::check::states::StateResult>,
        i: usize,
    ) -> Vec<Effect> {
        let n = rows.len();
        let i = match a {
            Action::Up | Action::PrevField => i.saturating_sub(1),
            Action::Down | Action::NextField => (i + 1).min(n.saturating_sub(1)),
            Action::ScrollUp => i.saturating_sub(10),
            Action::ScrollDown => (i + 10).min(n.saturating_sub(1)),
            Action::Activate => {
                self.mode = super::Mode::Normal;
                if let Some(r) = rows.get(i) {
                    let field = super::fields::Field::Top(super::fields::Top::Case(
                        crate::case::CaseField::RequestedState,
                    ));
                    if field.set_text(&mut self.case, &r.state) {
                        self.changed();
                    }
                }
                return Vec::new();
            }
            Action::Back | Action::Quit => {
                self.mode = super::Mode::Normal;
                return Vec::new();
            }
            _ => i,
        };
        self.mode = super::Mode::States(rows, i);
        Vec::new()
    }
}
