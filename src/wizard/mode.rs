//! The modal state on top of the form: an open choice list (filtered by
//! typing), a yes/no question, a text prompt, or the help; and how each
//! answers the user's actions.

use std::path::PathBuf;

use super::fields::{self, Choice, Field, ListKind};
use super::{Action, Effect, FileList, Screen, Wizard};

/// A list of options to choose from, filtered by typing.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceList {
    pub field: Field,
    pub options: Vec<Choice>,
    pub filter: String,
    pub selected: usize,
}

impl ChoiceList {
    /// The options matching the filter, best first: the exact code, then
    /// the exact name, then codes and names that start with the filter,
    /// then names with a word that starts with it, then any that contain
    /// it (so `DE` is Germany, not Bangladesh). Ties keep the list order.
    pub fn visible<'a>(&'a self, label: &dyn Fn(&Choice) -> String) -> Vec<&'a Choice> {
        let f = self.filter.trim().to_lowercase();
        if f.is_empty() {
            return self.options.iter().collect();
        }
        let mut ranked: Vec<(u8, &Choice)> = self
            .options
            .iter()
            .filter_map(|c| {
                rank(&f, &c.value.to_lowercase(), &label(c).to_lowercase()).map(|r| (r, c))
            })
            .collect();
        ranked.sort_by_key(|(r, _)| *r);
        ranked.into_iter().map(|(_, c)| c).collect()
    }
}

/// How well `filter` matches an option (lower is better), or `None`.
fn rank(filter: &str, value: &str, label: &str) -> Option<u8> {
    // The label usually starts with the code: `DE  Germany`.
    let name = label
        .strip_prefix(value)
        .map(str::trim_start)
        .filter(|n| !value.is_empty() && !n.is_empty())
        .unwrap_or(label);
    let name_head = name
        .split(" — ")
        .next()
        .unwrap_or(name)
        .split(" · ")
        .next()
        .unwrap_or(name)
        .trim();
    let words = || {
        name.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    if value == filter {
        Some(0)
    } else if name_head == filter || label == filter {
        Some(1)
    } else if value.starts_with(filter) {
        Some(2)
    } else if name.starts_with(filter) {
        Some(3)
    } else if words().any(|w| w.starts_with(filter)) {
        Some(4)
    } else if value.contains(filter) || label.contains(filter) {
        Some(5)
    } else {
        None
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
    /// The passphrase of the encrypted file in `Wizard::locked`.
    Unlock,
    /// A new passphrase to encrypt the case with.
    NewPassphrase,
    /// The new passphrase again.
    RepeatPassphrase,
}

impl Ask {
    /// Whether what is typed is a secret: shown masked, never completed.
    pub fn is_secret(self) -> bool {
        matches!(
            self,
            Ask::Unlock | Ask::NewPassphrase | Ask::RepeatPassphrase
        )
    }
}

/// The modal state on top of the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Choice(ChoiceList),
    Confirm(Question),
    Prompt(Ask, String),
    Help,
    /// Which states could I ask: the request against every profile, one
    /// selected.
    States(Vec<crate::check::states::StateResult>, usize),
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
                    None => {
                        self.mode = Mode::Prompt(Ask::SavePath, "request.toml".into());
                        return vec![Effect::ListFiles("request.toml".into())];
                    }
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
        let listed = self.files.for_text == text;
        let n = if listed { self.files.entries.len() } else { 0 };
        match a {
            Action::Back => {
                self.mode = Mode::Normal;
                self.exit_after_save = false;
                self.files = FileList::default();
            }
            Action::Down | Action::NextField if n > 0 => {
                self.files.selected = Some(self.files.selected.map_or(0, |i| (i + 1).min(n - 1)));
            }
            Action::Up | Action::PrevField if n > 0 => {
                self.files.selected = self.files.selected.and_then(|i| i.checked_sub(1));
            }
            Action::Complete if n > 0 => {
                let entries = &self.files.entries;
                let done = match self.files.selected {
                    Some(i) => entries[i].clone(),
                    None => common_prefix(entries),
                };
                if done.len() > text.len() || self.files.selected.is_some() {
                    self.mode = Mode::Prompt(ask, done.clone());
                    return vec![Effect::ListFiles(done)];
                }
            }
            Action::Activate => {
                let chosen = self
                    .files
                    .selected
                    .filter(|_| listed)
                    .and_then(|i| self.files.entries.get(i).cloned());
                if let Some(entry) = chosen.clone()
                    && entry.ends_with('/')
                {
                    // A folder: go into it.
                    self.mode = Mode::Prompt(ask, entry.clone());
                    return vec![Effect::ListFiles(entry)];
                }
                let text = chosen.unwrap_or(text);
                if text.trim().is_empty() {
                    return Vec::new();
                }
                let path = PathBuf::from(text.trim());
                self.mode = Mode::Normal;
                self.files = FileList::default();
                match ask {
                    Ask::SavePath => return vec![Effect::Save(path)],
                    Ask::OpenPath => return vec![Effect::Load(path)],
                    // Secret prompts are answered in `lock`.
                    Ask::Unlock | Ask::NewPassphrase | Ask::RepeatPassphrase => {}
                }
            }
            _ => {}
        }
        Vec::new()
    }
}

/// The longest text every entry starts with (whole characters).
fn common_prefix(entries: &[String]) -> String {
    let Some(first) = entries.first() else {
        return String::new();
    };
    let mut end = first.len();
    for e in &entries[1..] {
        end = first
            .char_indices()
            .zip(e.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8())
            .min(end);
    }
    first[..end].to_string()
}
