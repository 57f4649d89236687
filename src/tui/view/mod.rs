//! Drawing: one `draw` function per region, each in its own file, reading
//! the wizard state only; nothing here changes the wizard.
//!
//! ```text
//! ┌ header: title · file · saved? · counts ───────────────────────────┐
//! │ steps        │ form (label │ value)          │ guidance / findings │
//! │  1 Authority │ ▶ Requesting state  GB …    │ (or the preview)     │
//! │  2 State  ✗2 │   Authority        …         │                      │
//! ├──────────────┴──────────────────────────────┴──────────────────────┤
//! │ status line                                         key hints      │
//! └─────────────────────────────────────────────────────────────────────┘
//! ```
//! Below 110 columns the guidance panel moves under the form. The welcome
//! screen replaces all of it; popups (choice, confirm, prompt, help) are
//! drawn on top. This module lays the regions out and holds the helpers
//! they share.

mod form;
mod guidance;
mod header;
mod help;
mod popup;
mod preview;
mod status;
mod steps;
mod welcome;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::Block;
use ratatui_textarea::TextArea;

use super::theme::Theme;
use crate::check::Severity;
use crate::wizard::{Mode, Screen, Wizard};

/// Where things were drawn, for the mouse.
#[derive(Debug, Default, Clone)]
pub struct Hits {
    /// (y, step index) of each step line.
    pub steps: Vec<(Rect, usize)>,
    /// (area, row index) of each form row.
    pub rows: Vec<(Rect, usize)>,
    /// (area, option index) in an open choice list.
    pub options: Vec<(Rect, usize)>,
    /// (area, index) of welcome entries.
    pub welcome: Vec<(Rect, usize)>,
    pub preview: Option<Rect>,
    pub form: Option<Rect>,
}

fn severity_style(t: &Theme, s: Severity) -> Style {
    match s {
        Severity::Error => t.error,
        Severity::Warning => t.warning,
        Severity::Info => t.info,
    }
}

fn severity_mark(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width.saturating_sub(2)).max(10);
    let h = height.min(area.height.saturating_sub(2)).max(3);
    Rect {
        x: area.x + (area.width.saturating_sub(w)) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    }
}

/// Draw the whole screen.
pub fn draw(f: &mut Frame, w: &Wizard, t: &Theme, ta: &TextArea, hits: &mut Hits) {
    *hits = Hits::default();
    let area = f.area();
    f.render_widget(Block::default().style(t.base), area);
    match w.screen {
        Screen::Welcome => welcome::draw(f, area, w, t, hits),
        Screen::Form | Screen::Exit => draw_form_screen(f, area, w, t, ta, hits),
    }
    match &w.mode {
        Mode::Choice(_) => popup::choice(f, area, w, t, hits),
        Mode::Confirm(q) => popup::confirm(f, area, w, t, *q),
        Mode::Prompt(ask, text) => popup::prompt(f, area, w, t, *ask, text),
        Mode::Help => help::draw(f, area, w, t),
        Mode::Normal => {}
    }
}

fn draw_form_screen(
    f: &mut Frame,
    area: Rect,
    w: &Wizard,
    t: &Theme,
    ta: &TextArea,
    hits: &mut Hits,
) {
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(1),
    ])
    .areas(area);
    header::draw(f, header, w, t);
    status::draw(f, status, w, t);
    let steps_width = if area.width >= 100 { 30 } else { 23 };
    let [steps, main] =
        Layout::horizontal([Constraint::Length(steps_width), Constraint::Min(20)]).areas(body);
    steps::draw(f, steps, w, t, hits);
    let wide = main.width >= 90;
    if w.preview {
        if wide {
            let [form, side] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(main);
            form::draw(f, form, w, t, ta, hits);
            preview::draw(f, side, w, t, hits);
        } else {
            preview::draw(f, main, w, t, hits);
        }
        return;
    }
    if wide {
        let [form, side] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(main);
        form::draw(f, form, w, t, ta, hits);
        guidance::draw(f, side, w, t);
    } else {
        let guidance_height = (main.height / 3).clamp(6, 10);
        let [form, side] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(guidance_height)]).areas(main);
        form::draw(f, form, w, t, ta, hits);
        guidance::draw(f, side, w, t);
    }
}

fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn truncate(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > width {
            if !out.is_empty() {
                out.pop();
                out.push('…');
            }
            return out;
        }
        used += cw;
        out.push(c);
    }
    out
}
