//! The status line: one line at the bottom of the form screen with the
//! last message (saved, failed, …) or, when there is none, the main keys.
//!
//! ```text
//! │ header                                                             │
//! │ steps        │ form                          │ guidance            │
//! │ status line                                         key hints      │ ◀ here
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::tui::theme::Theme;
use crate::wizard::Wizard;

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let (text, style) = match &w.status {
        Some(s) => {
            let args: Vec<(&str, &str)> = s.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            (l.ta(s.id, &args), if s.error { t.error } else { t.ok })
        }
        None => (l.t("wiz-status-keys").to_string(), t.dim),
    };
    f.render_widget(Paragraph::new(text).style(style), area);
}
