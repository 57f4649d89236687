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
mod register;
mod status;
mod steps;
mod welcome;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
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
pub fn draw(
    f: &mut Frame,
    w: &Wizard,
    t: &Theme,
    ta: &TextArea,
    hits: &mut Hits,
    page: &mut crate::tui::pages::Page,
) {
    *hits = Hits::default();
    let area = f.area();
    f.render_widget(Block::default().style(t.base), area);
    match w.screen {
        Screen::Welcome | Screen::Register => {
            if w.screen == Screen::Welcome {
                welcome::draw(f, area, w, t, hits);
            } else {
                register::draw(f, area, w, t);
            }
            // A file that could not be opened says why, here too.
            if w.status.is_some() {
                let h = status::height(w, area.width).min(area.height);
                let line = Rect {
                    y: area.y + area.height - h,
                    height: h,
                    ..area
                };
                status::draw(f, line, w, t);
            }
        }
        Screen::Form | Screen::Exit => draw_form_screen(f, area, w, t, ta, hits, page),
    }
    match &w.mode {
        Mode::Choice(_) => popup::choice(f, area, w, t, hits),
        Mode::Confirm(q) => popup::confirm(f, area, w, t, *q),
        Mode::Prompt(ask, text) => popup::prompt(f, area, w, t, *ask, text),
        Mode::Help => help::draw(f, area, w, t),
        Mode::States(rows, i) => register::states(f, area, w, t, rows, *i),
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
    page: &mut crate::tui::pages::Page,
) {
    let status_height = status::height(w, area.width).min(area.height.saturating_sub(6).max(1));
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(status_height),
    ])
    .areas(area);
    header::draw(f, header, w, t);
    status::draw(f, status, w, t);
    let steps_width = if area.width >= 100 { 30 } else { 23 };
    let [steps, main] =
        Layout::horizontal([Constraint::Length(steps_width), Constraint::Min(20)]).areas(body);
    steps::draw(f, steps, w, t, hits);
    if w.preview {
        if area.width >= crate::wizard::PREVIEW_BESIDE_FROM {
            let [form, side] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(main);
            form::draw(f, form, w, t, ta, hits);
            preview::draw(f, side, w, t, hits, false, page);
        } else {
            // Too narrow for both: the preview is a view of its own, and
            // says how to go back to the form.
            preview::draw(f, main, w, t, hits, true, page);
        }
        return;
    }
    if matches!(
        w.step,
        crate::wizard::Step::Review | crate::wizard::Step::Produce
    ) && main.width < 90
    {
        // These steps are their own guidance: the form takes the room.
        form::draw(f, main, w, t, ta, hits);
        return;
    }
    if main.width >= 90 {
        let [form, side] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(main);
        form::draw(f, form, w, t, ta, hits);
        guidance::draw(f, side, w, t);
    } else {
        // The form takes what its rows need, the guidance the rest (at
        // least a few lines; it scrolls when it holds more).
        let needed = form::needed_height(w, main.width, ta);
        let least = 7.min(main.height.saturating_sub(5));
        let guidance_height = main
            .height
            .saturating_sub(needed)
            .clamp(least, (main.height / 2).max(least));
        let [form, side] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(guidance_height)]).areas(main);
        form::draw(f, form, w, t, ta, hits);
        guidance::draw(f, side, w, t);
    }
}

/// `text` broken into lines of at most `width` columns, at spaces where
/// it can be, inside a word where one is longer than a line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in para.split(' ') {
            let ww = display_width(word);
            let sep = usize::from(!line.is_empty());
            if used + sep + ww <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += sep + ww;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            // A word longer than the line is cut where the line ends.
            for c in word.chars() {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used + cw > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// A line of styled spans broken into lines of at most `width` columns
/// (at spaces, keeping each piece's style), so a caller knows exactly how
/// many lines it takes and can scroll them.
fn wrap_line(line: &Line<'_>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    // Leading spaces of the line are kept as its indent.
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        let mut first = true;
        let mut content: &str = &span.content;
        if used == 0 && out.is_empty() {
            let indent = content.len() - content.trim_start_matches(' ').len();
            if indent > 0 && indent < width {
                cur.push(Span::styled(" ".repeat(indent), span.style));
                used = indent;
                content = &content[indent..];
            }
        }
        for word in content.split(' ') {
            if !first {
                // The space between two words of one span.
                if used + 1 > width {
                    out.push(Line::from(std::mem::take(&mut cur)));
                    used = 0;
                } else if used > 0 && !cur.is_empty() {
                    cur.push(Span::styled(" ", span.style));
                    used += 1;
                }
            }
            first = false;
            if word.is_empty() {
                continue;
            }
            let ww = display_width(word);
            if used + ww > width && used > 0 {
                out.push(Line::from(std::mem::take(&mut cur)));
                used = 0;
            }
            for piece in wrap(word, width) {
                let pw = display_width(&piece);
                if used + pw > width && used > 0 {
                    out.push(Line::from(std::mem::take(&mut cur)));
                    used = 0;
                }
                cur.push(Span::styled(piece, span.style));
                used += pw;
            }
        }
    }
    out.push(Line::from(cur));
    out
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
