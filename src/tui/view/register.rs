//! The register screen: the requests sent and received, each with its
//! states, status and next deadline, overdue ones marked; keys at the foot.
//!
//! ```text
//!  ┌ Register (sqlite) ──────────────────────────────────────┐
//!  │▶ OPL/2026/0147  GB → US  sent  2026-12-02 preservation… │
//!  │  OPL/2026/0150  GB → FR  draft                          │
//!  │ ↑↓ choose · Enter open the case · f follow-up · Esc back │
//!  └─────────────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::theme::Theme;
use crate::wizard::Wizard;

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let list = &w.register;
    let r = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    f.render_widget(Clear, r);
    let title = format!(" {} ({}) ", l.t("register-title"), list.engine);
    let block = Block::bordered()
        .title(Span::styled(title, t.title))
        .border_style(t.border_focus)
        .style(t.base);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let width = usize::from(inner.width);
    let keys = super::wrap(&l.t("register-keys"), width);
    let room = usize::from(inner.height).saturating_sub(keys.len());
    let mut lines: Vec<Line> = Vec::new();
    if list.rows.is_empty() {
        for s in super::wrap(&l.t("register-empty"), width) {
            lines.push(Line::styled(s, t.dim));
        }
    }
    // Keep the selected request on screen.
    let first = list.selected.saturating_sub(room.saturating_sub(1));
    for (i, row) in list.rows.iter().enumerate().skip(first).take(room) {
        let on = i == list.selected;
        let mut text = format!(
            "{}{}  {}  {}",
            if on { "▶ " } else { "  " },
            row.reference,
            row.states,
            row.status
        );
        if !row.next.is_empty() {
            text.push_str(&format!("  {}", row.next));
        }
        if row.overdue {
            text.push_str(&format!("  {}", l.t("register-overdue")));
        }
        let style = if on {
            t.focus
        } else if row.overdue {
            t.error
        } else {
            t.base
        };
        lines.push(Line::styled(super::truncate(&text, width), style));
    }
    while lines.len() < room {
        lines.push(Line::raw(""));
    }
    for k in keys {
        lines.push(Line::styled(k, t.dim));
    }
    f.render_widget(Paragraph::new(lines).style(t.base), inner);
}

/// The states the request was assessed against (the state step's
/// "Which states could I ask?"), fewest errors first.
pub(super) fn states(
    f: &mut Frame,
    area: Rect,
    w: &Wizard,
    t: &Theme,
    rows: &[crate::check::states::StateResult],
    selected: usize,
) {
    let l = &w.ui;
    let r = super::centered(
        area,
        area.width.saturating_sub(4).max(20),
        area.height.saturating_sub(2).max(6),
    );
    f.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", l.t("wiz-states-title")),
            t.title,
        ))
        .border_style(t.border_focus)
        .style(t.base);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let width = usize::from(inner.width);
    let keys = super::wrap(&l.t("wiz-states-keys"), width);
    let room = usize::from(inner.height).saturating_sub(keys.len() + 1);
    let mut lines = vec![Line::styled(
        super::truncate(&l.t("cli-states-header"), width),
        t.dim,
    )];
    let first = selected.saturating_sub(room.saturating_sub(1));
    for (i, s) in rows.iter().enumerate().skip(first).take(room) {
        let dual: Vec<String> = s
            .dual_criminality
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let basis = if s.basis.is_empty() {
            l.t("cli-states-no-basis")
        } else {
            s.basis.clone()
        };
        let text = format!(
            "{}{} {}  {}  {} / {}  {}",
            if i == selected { "▶ " } else { "  " },
            s.state,
            s.name,
            basis,
            s.errors,
            s.warnings,
            dual.join(", ")
        );
        let style = if i == selected {
            t.focus
        } else if s.errors > 0 || s.basis.is_empty() {
            t.error
        } else {
            t.base
        };
        lines.push(Line::styled(super::truncate(&text, width), style));
    }
    while lines.len() < room + 1 {
        lines.push(Line::raw(""));
    }
    for k in keys {
        lines.push(Line::styled(k, t.dim));
    }
    f.render_widget(Paragraph::new(lines).style(t.base), inner);
}
