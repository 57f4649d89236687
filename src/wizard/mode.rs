//! The modal state on top of the form: an open choice list (filtered by
//! typing), a yes/no question, a text prompt, or the help; and how each
//! answers the user's actions.

use std::path::PathBuf;

use super::fields::{self, Choice, Field, ListKind};
use super::{Action, Effect, Screen, Wizard};

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

impl Wizard {
    pub(super) fn act_choice(&mut self, a: Action, mut list: ChoiceList) -> Vec<Effect> {
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

    pub(super) fn act_confirm(&mut self, a: Action, q: Question) -> Vec<Effect> {
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

    pub(super) fn act_prompt(&mut self, a: Action, ask: Ask, text: String) -> Vec<Effect> {
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
