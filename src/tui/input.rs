//! Input: which key contexts apply, and how a key, a paste or a mouse
//! event becomes wizard messages (through the key table, or as text for
//! the focused editor). Nothing here draws or touches files.

use crossterm::event::{self, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::keymap::{self, Command, Ctx};
use super::{App, Bound};
use crate::wizard::fields::Input;
use crate::wizard::{Action, Effect, Focus, Mode, Msg, Row, Screen, Wizard};

impl App {
    pub(super) fn contexts(&self, w: &Wizard) -> Vec<Ctx> {
        match (&w.mode, &w.screen) {
            (Mode::Help, _) => vec![Ctx::Global, Ctx::Choice],
            (Mode::Prompt(..), _) => vec![Ctx::Prompt, Ctx::Choice],
            (Mode::Choice(_) | Mode::Confirm(_) | Mode::States(..), _) => vec![Ctx::Choice],
            (_, Screen::Welcome | Screen::Register) => vec![Ctx::Choice, Ctx::Global],
            _ if w.focus == Focus::Steps => vec![Ctx::Global, Ctx::Steps],
            _ if w.preview_covers_form() => vec![Ctx::Preview, Ctx::Global],
            _ => {
                let mut v = vec![Ctx::Global];
                if w.in_list() {
                    v.push(Ctx::List);
                }
                if matches!(w.current_field().map(|f| f.input()), Some(Input::Selector)) {
                    v.push(Ctx::Selector);
                }
                if self.editing.is_some() && w.focus == Focus::Form {
                    v.push(Ctx::Text);
                } else {
                    v.push(Ctx::Form);
                }
                v
            }
        }
    }

    /// Give the wizard a message, after the text typed so far.
    ///
    /// The editor is then bound again to whatever has the focus now, so a
    /// key that follows in the same batch edits the right field.
    fn send(&mut self, w: &mut Wizard, msg: Msg) -> Vec<Effect> {
        self.flush_text(w);
        let fx = w.update(msg);
        self.sync_textarea(w);
        fx
    }

    pub(super) fn key(&mut self, w: &mut Wizard, k: KeyEvent) -> Vec<Effect> {
        let ctxs = self.contexts(w);
        // In a multi-line field, ↑/↓ move between lines until the first or
        // last line, then between fields.
        if let Some((Bound::Field(f), _)) = self.editing
            && f.input() == Input::Area
            && k.modifiers == KeyModifiers::NONE
        {
            let row = self.textarea.cursor().0;
            let last = self.textarea.lines().len().saturating_sub(1);
            let action = match k.code {
                KeyCode::Up if row == 0 => Some(Action::PrevField),
                KeyCode::Down if row >= last => Some(Action::NextField),
                _ => None,
            };
            if let Some(a) = action {
                return self.send(w, Msg::Action(a));
            }
        }
        if let Some((Bound::Field(f), _)) = self.editing
            && f.input() != Input::Area
            && k.modifiers == KeyModifiers::NONE
        {
            let action = match k.code {
                KeyCode::Up => Some(Action::PrevField),
                KeyCode::Down | KeyCode::Enter => Some(Action::NextField),
                _ => None,
            };
            if let Some(a) = action {
                return self.send(w, Msg::Action(a));
            }
        }
        if self.editing == Some((Bound::Output, String::new()))
            || matches!(self.editing, Some((Bound::Output, _)))
        {
            match k.code {
                KeyCode::Up if k.modifiers == KeyModifiers::NONE => {
                    return self.send(w, Msg::Action(Action::PrevField));
                }
                KeyCode::Down | KeyCode::Enter | KeyCode::Tab => {
                    return self.send(w, Msg::Action(Action::NextField));
                }
                _ => {}
            }
        }
        match keymap::lookup(&ctxs, &k) {
            Some(Command::Wizard(a)) => return self.send(w, Msg::Action(a)),
            Some(Command::ToggleTheme) => {
                self.flush_text(w);
                self.theme = self.theme.toggled();
                self.editing = None;
                return Vec::new();
            }
            Some(Command::StepNumber) => {
                if let KeyCode::Char(c) = k.code
                    && let Some(d) = c.to_digit(10)
                {
                    // A second digit soon after the first makes 10–13.
                    let fresh = self
                        .last_digit
                        .replace(std::time::Instant::now())
                        .is_none_or(|t| t.elapsed() > std::time::Duration::from_millis(900));
                    return self.send(w, Msg::StepDigit(d as u8, fresh));
                }
                return Vec::new();
            }
            Some(Command::TextEditing) | None => {}
        }
        // Not a bound key: text.
        if matches!(
            w.mode,
            Mode::Choice(_) | Mode::Prompt(..) | Mode::Confirm(_)
        ) {
            return match k.code {
                KeyCode::Char(c) if !k.modifiers.contains(KeyModifiers::CONTROL) => {
                    self.send(w, Msg::Char(c))
                }
                KeyCode::Backspace => self.send(w, Msg::Backspace),
                _ => Vec::new(),
            };
        }
        if w.screen == Screen::Register
            && let KeyCode::Char(c) = k.code
        {
            return self.send(w, Msg::Char(c));
        }
        if matches!(w.screen, Screen::Welcome | Screen::Register) {
            return Vec::new();
        }
        if self.editing.is_some() {
            // The wizard gets the text at the end of the batch of events.
            if self.textarea.input(k) {
                self.pending = true;
            }
            return Vec::new();
        }
        // On a list selector, letters do nothing; elsewhere a printable key
        // on a choice opens it with that letter as the filter.
        if let KeyCode::Char(c) = k.code
            && matches!(w.current_field().map(|f| f.input()), Some(Input::Choice))
            && !k.modifiers.contains(KeyModifiers::CONTROL)
        {
            let mut fx = self.send(w, Msg::Action(Action::Activate));
            fx.extend(self.send(w, Msg::Char(c)));
            return fx;
        }
        Vec::new()
    }

    /// A paste is one edit, applied at once: into the focused text field
    /// (a one-line field takes line breaks as spaces), or into an open
    /// filter or prompt.
    pub(super) fn paste(&mut self, w: &mut Wizard, s: &str) -> Vec<Effect> {
        // Terminals send line breaks in a paste as CR.
        let text = s.replace("\r\n", "\n").replace('\r', "\n");
        if matches!(w.mode, Mode::Choice(_) | Mode::Prompt(..)) {
            let mut fx = Vec::new();
            for c in text.chars().filter(|c| !c.is_control()) {
                fx.extend(self.send(w, Msg::Char(c)));
            }
            return fx;
        }
        if let Some((b, _)) = self.editing {
            let multi = matches!(b, Bound::Field(f) if f.input() == Input::Area);
            let text = if multi {
                text
            } else {
                text.trim_end_matches('\n').replace('\n', " ")
            };
            // Tabs and other control characters are not text in a field.
            let text: String = text
                .chars()
                .filter(|c| *c == '\n' || !c.is_control())
                .collect();
            if !text.is_empty() {
                self.textarea.insert_str(&text);
                self.pending = true;
            }
        }
        Vec::new()
    }

    pub(super) fn mouse(&mut self, w: &mut Wizard, m: event::MouseEvent) -> Vec<Effect> {
        self.flush_text(w);
        let at = Position {
            x: m.column,
            y: m.row,
        };
        let hit =
            |list: &[(Rect, usize)]| list.iter().find(|(r, _)| r.contains(at)).map(|(_, i)| *i);
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if let Some(i) = hit(&self.hits.options) {
                    return self.send(w, Msg::ClickOption(i));
                }
                if let Some(i) = hit(&self.hits.welcome) {
                    return self.send(w, Msg::ClickWelcome(i));
                }
                if w.mode != Mode::Normal {
                    return Vec::new();
                }
                if let Some(i) = hit(&self.hits.steps) {
                    return self.send(w, Msg::ClickStep(i));
                }
                if let Some((rect, i)) =
                    self.hits.rows.iter().find(|(r, _)| r.contains(at)).copied()
                    && matches!(w.rows().get(i), Some(Row::Field(f)) if f.input() == Input::Selector)
                    && w.row == i
                    && w.focus == Focus::Form
                {
                    // On a list's line: the left part goes to the previous
                    // item, the right part to the next.
                    let action = if m.column < rect.x + rect.width * 2 / 3 {
                        Action::ItemPrev
                    } else {
                        Action::ItemNext
                    };
                    return self.send(w, Msg::Action(action));
                }
                if let Some(i) = hit(&self.hits.rows) {
                    let again = w.row == i && w.focus == Focus::Form;
                    let mut fx = self.send(w, Msg::ClickRow(i));
                    // A second click on a toggle, choice or button acts on it.
                    if again && w.editing_text().is_none() {
                        fx.extend(self.send(w, Msg::Action(Action::Activate)));
                    }
                    return fx;
                }
                Vec::new()
            }
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let down = m.kind == MouseEventKind::ScrollDown;
                let in_preview = self.hits.preview.is_some_and(|r| r.contains(at));
                let action = match (in_preview, down) {
                    (true, true) => Action::ScrollDown,
                    (true, false) => Action::ScrollUp,
                    (false, true) => Action::Down,
                    (false, false) => Action::Up,
                };
                self.send(w, Msg::Action(action))
            }
            _ => Vec::new(),
        }
    }
}
