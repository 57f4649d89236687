//! The one key table: it maps keys to wizard actions in each context, and
//! the help overlay is drawn from it, so the help always tells the truth.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::wizard::Action;

/// Where a key applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// Anywhere in the form.
    Global,
    /// Moving around the form (not typing).
    Form,
    /// Inside a text field (other keys edit the text).
    Text,
    /// Anywhere in an item of a list.
    List,
    /// On the selector of a list.
    Selector,
    /// In a list of options, the welcome menu or a question.
    Choice,
    /// In the list of steps (after Esc).
    Steps,
    /// In the preview, where it covers the form (a narrow screen).
    Preview,
    /// In a prompt for a file name.
    Prompt,
}

impl Ctx {
    pub fn title_id(self) -> &'static str {
        match self {
            Ctx::Global => "ctx-everywhere",
            Ctx::Form => "ctx-form",
            Ctx::Text => "ctx-text",
            Ctx::List => "ctx-list",
            Ctx::Selector => "ctx-selector",
            Ctx::Choice => "ctx-choice",
            Ctx::Steps => "ctx-steps",
            Ctx::Preview => "ctx-preview",
            Ctx::Prompt => "ctx-prompt",
        }
    }
}

/// A key with modifiers.
pub type Key = (KeyCode, KeyModifiers);

const N: KeyModifiers = KeyModifiers::NONE;
const C: KeyModifiers = KeyModifiers::CONTROL;
const S: KeyModifiers = KeyModifiers::SHIFT;
const A: KeyModifiers = KeyModifiers::ALT;

/// What a binding does: a wizard action, or something the terminal side
/// handles itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Wizard(Action),
    /// Switch between the normal and the high-contrast theme.
    ToggleTheme,
    /// Handled by the text field (documented here for the help).
    TextEditing,
    /// A digit in the step list: go to the step with that number.
    StepNumber,
}

pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [Key],
    /// How the keys are written in the help.
    pub label: &'static str,
    pub command: Command,
    /// Fluent id of the description.
    pub help: &'static str,
}

use Command::Wizard as W;

/// The names of keys in a label, each with the fluent id of its name in
/// the interface language (`Strg` for Ctrl in German).
const KEY_NAMES: &[(&str, &str)] = &[
    ("Ctrl", "keyname-ctrl"),
    ("Shift", "keyname-shift"),
    ("Alt", "keyname-alt"),
    ("Enter", "keyname-enter"),
    ("Space", "keyname-space"),
    ("Esc", "keyname-esc"),
    ("Tab", "keyname-tab"),
    ("PgDn", "keyname-pgdn"),
    ("PgUp", "keyname-pgup"),
    ("Ins", "keyname-ins"),
    ("Del", "keyname-del"),
    ("Home", "keyname-home"),
    ("End", "keyname-end"),
];

/// A binding's keys as the help writes them, with the key names in the
/// interface language.
pub fn key_label(label: &str, l: &crate::i18n::Localizer) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match KEY_NAMES.iter().find(|(k, _)| *k == word.as_str()) {
            Some((_, id)) => out.push_str(&l.t(id)),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in label.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Every binding, in the order the help lists them.
pub static BINDINGS: &[Binding] = &[
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::F(1), N)],
        label: "F1",
        command: W(Action::Help),
        help: "key-help",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::Char('s'), C)],
        label: "Ctrl-S",
        command: W(Action::Save),
        help: "key-save",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::Char('q'), C)],
        label: "Ctrl-Q",
        command: W(Action::Quit),
        help: "key-quit",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::F(5), N), (KeyCode::Char('p'), C)],
        label: "F5, Ctrl-P",
        command: W(Action::TogglePreview),
        help: "key-preview",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::F(6), N)],
        label: "F6",
        command: W(Action::TogglePages),
        help: "key-pages",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::PageDown, N)],
        label: "PgDn",
        command: W(Action::NextStep),
        help: "key-next-step",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::PageUp, N)],
        label: "PgUp",
        command: W(Action::PrevStep),
        help: "key-prev-step",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::Down, A), (KeyCode::PageDown, C)],
        label: "Alt-↓ Alt-↑",
        command: W(Action::ScrollDown),
        help: "key-scroll",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::Up, A), (KeyCode::PageUp, C)],
        label: "",
        command: W(Action::ScrollUp),
        help: "key-scroll",
    },
    Binding {
        ctx: Ctx::Global,
        keys: &[(KeyCode::F(9), N)],
        label: "F9",
        command: Command::ToggleTheme,
        help: "key-theme",
    },
    Binding {
        ctx: Ctx::Form,
        keys: &[(KeyCode::Tab, N), (KeyCode::Down, N)],
        label: "Tab, ↓",
        command: W(Action::NextField),
        help: "key-next-field",
    },
    Binding {
        ctx: Ctx::Form,
        keys: &[
            (KeyCode::BackTab, S),
            (KeyCode::BackTab, N),
            (KeyCode::Up, N),
        ],
        label: "Shift-Tab, ↑",
        command: W(Action::PrevField),
        help: "key-prev-field",
    },
    Binding {
        ctx: Ctx::Form,
        keys: &[(KeyCode::Enter, N), (KeyCode::Char(' '), N)],
        label: "Enter, Space",
        command: W(Action::Activate),
        help: "key-activate",
    },
    Binding {
        ctx: Ctx::Form,
        keys: &[(KeyCode::Esc, N)],
        label: "Esc",
        command: W(Action::Back),
        help: "key-back",
    },
    Binding {
        ctx: Ctx::Text,
        keys: &[(KeyCode::Tab, N)],
        label: "Tab",
        command: W(Action::NextField),
        help: "key-next-field",
    },
    Binding {
        ctx: Ctx::Text,
        keys: &[(KeyCode::BackTab, S), (KeyCode::BackTab, N)],
        label: "Shift-Tab",
        command: W(Action::PrevField),
        help: "key-prev-field",
    },
    Binding {
        ctx: Ctx::Text,
        keys: &[(KeyCode::Esc, N)],
        label: "Esc",
        command: W(Action::Back),
        help: "key-back",
    },
    Binding {
        ctx: Ctx::Text,
        keys: &[(KeyCode::Char('e'), C)],
        label: "Ctrl-E",
        command: W(Action::Editor),
        help: "key-editor",
    },
    Binding {
        ctx: Ctx::Text,
        keys: &[],
        label: "Enter",
        command: Command::TextEditing,
        help: "key-newline",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[(KeyCode::Right, A)],
        label: "Alt-→",
        command: W(Action::ItemNext),
        help: "key-item-next",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[(KeyCode::Left, A)],
        label: "Alt-←",
        command: W(Action::ItemPrev),
        help: "key-item-prev",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[(KeyCode::Char('n'), C)],
        label: "Ctrl-N",
        command: W(Action::ItemAdd),
        help: "key-item-add",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[(KeyCode::Char('d'), C)],
        label: "Ctrl-D",
        command: W(Action::ItemRemove),
        help: "key-item-remove",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[(KeyCode::Up, C)],
        label: "Ctrl-↑",
        command: W(Action::ItemUp),
        help: "key-item-up",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[(KeyCode::Down, C)],
        label: "Ctrl-↓",
        command: W(Action::ItemDown),
        help: "key-item-down",
    },
    Binding {
        ctx: Ctx::Selector,
        keys: &[(KeyCode::Right, N)],
        label: "→",
        command: W(Action::ItemNext),
        help: "key-item-next",
    },
    Binding {
        ctx: Ctx::Selector,
        keys: &[(KeyCode::Left, N)],
        label: "←",
        command: W(Action::ItemPrev),
        help: "key-item-prev",
    },
    Binding {
        ctx: Ctx::Selector,
        keys: &[(KeyCode::Insert, N)],
        label: "Ins",
        command: W(Action::ItemAdd),
        help: "key-item-add",
    },
    Binding {
        ctx: Ctx::Selector,
        keys: &[(KeyCode::Delete, N)],
        label: "Del",
        command: W(Action::ItemRemove),
        help: "key-item-remove",
    },
    Binding {
        ctx: Ctx::Choice,
        keys: &[
            (KeyCode::Up, N),
            (KeyCode::BackTab, S),
            (KeyCode::BackTab, N),
        ],
        label: "↑ ↓",
        command: W(Action::Up),
        help: "key-up-down",
    },
    Binding {
        ctx: Ctx::Choice,
        keys: &[(KeyCode::Down, N), (KeyCode::Tab, N)],
        label: "",
        command: W(Action::Down),
        help: "key-up-down",
    },
    Binding {
        ctx: Ctx::Choice,
        keys: &[(KeyCode::Enter, N)],
        label: "Enter",
        command: W(Action::Activate),
        help: "key-activate",
    },
    Binding {
        ctx: Ctx::Choice,
        keys: &[(KeyCode::Esc, N)],
        label: "Esc",
        command: W(Action::Back),
        help: "key-back",
    },
    Binding {
        ctx: Ctx::Steps,
        keys: &[
            (KeyCode::Up, N),
            (KeyCode::BackTab, S),
            (KeyCode::BackTab, N),
        ],
        label: "↑ ↓",
        command: W(Action::Up),
        help: "key-step-up-down",
    },
    Binding {
        ctx: Ctx::Steps,
        keys: &[(KeyCode::Down, N)],
        label: "",
        command: W(Action::Down),
        help: "key-step-up-down",
    },
    Binding {
        ctx: Ctx::Steps,
        keys: &[(KeyCode::Home, N)],
        label: "Home",
        command: W(Action::StepFirst),
        help: "key-step-first",
    },
    Binding {
        ctx: Ctx::Steps,
        keys: &[(KeyCode::End, N)],
        label: "End",
        command: W(Action::StepLast),
        help: "key-step-last",
    },
    Binding {
        ctx: Ctx::Steps,
        keys: &[
            (KeyCode::Char('0'), N),
            (KeyCode::Char('1'), N),
            (KeyCode::Char('2'), N),
            (KeyCode::Char('3'), N),
            (KeyCode::Char('4'), N),
            (KeyCode::Char('5'), N),
            (KeyCode::Char('6'), N),
            (KeyCode::Char('7'), N),
            (KeyCode::Char('8'), N),
            (KeyCode::Char('9'), N),
        ],
        label: "1 … 13",
        command: Command::StepNumber,
        help: "key-step-number",
    },
    Binding {
        ctx: Ctx::Steps,
        keys: &[
            (KeyCode::Enter, N),
            (KeyCode::Right, N),
            (KeyCode::Tab, N),
            (KeyCode::Char(' '), N),
            (KeyCode::Esc, N),
        ],
        label: "Enter, →, Tab, Esc",
        command: W(Action::Activate),
        help: "key-step-enter",
    },
    Binding {
        ctx: Ctx::Prompt,
        keys: &[(KeyCode::Tab, N)],
        label: "Tab",
        command: W(Action::Complete),
        help: "key-complete",
    },
    Binding {
        ctx: Ctx::Preview,
        keys: &[(KeyCode::Esc, N)],
        label: "Esc, F5",
        command: W(Action::TogglePreview),
        help: "key-preview-close",
    },
    Binding {
        ctx: Ctx::Preview,
        keys: &[(KeyCode::Down, N), (KeyCode::PageDown, N)],
        label: "↓ ↑ PgDn PgUp",
        command: W(Action::ScrollDown),
        help: "key-preview-scroll",
    },
    Binding {
        ctx: Ctx::Preview,
        keys: &[(KeyCode::Up, N), (KeyCode::PageUp, N)],
        label: "",
        command: W(Action::ScrollUp),
        help: "key-preview-scroll",
    },
];

fn matches(keys: &[Key], ev: &KeyEvent) -> bool {
    keys.iter().any(|(code, mods)| {
        *code == ev.code
            && (*mods == ev.modifiers
                || (*mods == N && ev.modifiers == S && matches!(code, KeyCode::Char(_))))
    })
}

/// The command bound to a key in the given contexts (first match wins, in
/// the order the contexts are given).
pub fn lookup(ctxs: &[Ctx], ev: &KeyEvent) -> Option<Command> {
    ctxs.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .filter(|b| b.ctx == *ctx)
            .find(|b| matches(b.keys, ev))
            .map(|b| b.command)
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn key_names_follow_the_interface_language() {
        let de = crate::i18n::Localizer::new("de");
        assert_eq!(super::key_label("Ctrl-S", &de), "Strg-S");
        assert_eq!(super::key_label("Shift-Tab, ↑", &de), "Umschalt-Tab, ↑");
        let en = crate::i18n::Localizer::new("en");
        assert_eq!(super::key_label("Ctrl-D, Del", &en), "Ctrl-D, Del");
    }

    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.ctx == b.ctx {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.ctx);
                    }
                }
            }
        }
    }

    #[test]
    fn every_binding_has_help_text() {
        let l = crate::i18n::Localizer::new("en");
        for b in BINDINGS {
            assert!(l.has(b.help), "{}", b.help);
        }
    }

    #[test]
    fn lookup_respects_context_order() {
        let tab = KeyEvent::new(KeyCode::Tab, N);
        assert_eq!(
            lookup(&[Ctx::Choice, Ctx::Form], &tab),
            Some(W(Action::Down))
        );
        assert_eq!(lookup(&[Ctx::Form], &tab), Some(W(Action::NextField)));
        let x = KeyEvent::new(KeyCode::Char('x'), N);
        assert_eq!(lookup(&[Ctx::Global, Ctx::Text], &x), None);
    }
}
