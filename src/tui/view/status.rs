//! The status line: the bottom of the form screen with the last message
//! (saved, failed, …), wrapped onto more lines when it is long, or, when
//! there is none, the keys that matter where the focus is, as many as fit
//! (F1 lists them all).
//!
//! ```text
//! │ header                                                             │
//! │ steps        │ form                          │ guidance            │
//! │ status line                                         key hints      │ ◀ here
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::Paragraph;

use crate::tui::theme::Theme;
use crate::wizard::{Focus, Wizard};

/// The message shown, if any.
fn message(w: &Wizard) -> Option<(String, bool)> {
    let s = w.status.as_ref()?;
    let args: Vec<(&str, &str)> = s.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Some((w.ui.ta(s.id, &args), s.error))
}

/// The key hints for where the focus is, most important first.
fn hints(w: &Wizard) -> Vec<String> {
    let ids: &[&str] = if w.focus == Focus::Steps {
        &[
            "hint-help",
            "hint-steps-move",
            "hint-steps-number",
            "hint-steps-enter",
            "hint-save",
            "hint-quit",
        ]
    } else if w.preview_covers_form() {
        &[
            "hint-help",
            "hint-preview-back",
            "hint-preview-scroll",
            "hint-save",
            "hint-quit",
        ]
    } else if w.in_list() {
        &[
            "hint-help",
            "hint-entry-move",
            "hint-entry-add",
            "hint-entry-remove",
            "hint-fields",
            "hint-steps",
            "hint-save",
        ]
    } else {
        &[
            "hint-help",
            "hint-fields",
            "hint-steps",
            "hint-step-list",
            "hint-preview",
            "hint-save",
            "hint-quit",
        ]
    };
    ids.iter().map(|id| w.ui.t(id)).collect()
}

/// Lines the status needs at this width: a long message wraps (up to
/// three lines); the key hints always take one.
pub(super) fn height(w: &Wizard, width: u16) -> u16 {
    match message(w) {
        Some((text, _)) => super::wrap(&text, width as usize).len().clamp(1, 3) as u16,
        None => 1,
    }
}

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    if let Some((text, error)) = message(w) {
        let lines: Vec<Line> = super::wrap(&text, area.width as usize)
            .into_iter()
            .map(Line::from)
            .collect();
        let style = if error { t.error } else { t.ok };
        f.render_widget(Paragraph::new(Text::from(lines)).style(style), area);
        return;
    }
    // Whole hints only: one that does not fit is left out, not cut.
    let mut line = String::new();
    for h in hints(w) {
        let sep = if line.is_empty() { "" } else { " · " };
        if super::display_width(&line) + super::display_width(sep) + super::display_width(&h)
            > area.width as usize
        {
            break;
        }
        line.push_str(sep);
        line.push_str(&h);
    }
    f.render_widget(Paragraph::new(line).style(t.dim), area);
}
