//! The header: one line on top of the form screen with the program's name,
//! the case file, whether it is saved, and the counts of findings.
//!
//! ```text
//! ┌ Rogatory · case.toml [saved] · 2 errors, 1 warning ───────────────┐ ◀ here
//! │ steps        │ form                          │ guidance            │
//! │ status line                                                        │
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::theme::Theme;
use crate::wizard::Wizard;

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let (e, wn, n) = crate::check::counts(&w.findings);
    let mut file = match &w.path {
        Some(p) => p.display().to_string(),
        None => l.t("status-new-file"),
    };
    let saved = if w.dirty {
        l.t("status-unsaved")
    } else if w.path.is_some() {
        l.t("status-saved")
    } else {
        String::new()
    };
    let counts = l.ta(
        "count-findings",
        &[
            ("errors", &e.to_string()),
            ("warnings", &wn.to_string()),
            ("notes", &n.to_string()),
        ],
    );
    // A long path gives way to its file name, so the counts stay in view.
    let width = |file: &str| {
        super::display_width(&format!(
            " {} · {file} [{saved}] · {counts}",
            l.t("app-name")
        ))
    };
    if width(&file) > area.width as usize
        && let Some(name) = w.path.as_ref().and_then(|p| p.file_name())
    {
        file = name.to_string_lossy().into_owned();
    }
    let line = Line::from(vec![
        Span::styled(format!(" {} ", l.t("app-name")), t.title),
        Span::styled(format!("· {file} "), t.base),
        Span::styled(
            if saved.is_empty() {
                String::new()
            } else {
                format!("[{saved}] ")
            },
            if w.dirty { t.warning } else { t.ok },
        ),
        Span::styled(format!("· {counts}"), if e > 0 { t.error } else { t.ok }),
    ]);
    f.render_widget(Paragraph::new(line).style(t.base), area);
}
