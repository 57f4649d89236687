//! The welcome screen: a centred menu of what to do first (a new request,
//! a draft to recover, a recent file, another file), in place of the form
//! screen.
//!
//! ```text
//!        ┌ Rogatory ───────────────────────────────────┐
//!        │ intro                                        │
//!        │ ▶ New request                                │
//!        │   Recover the draft of 2026-11-22 10:31 — …  │
//!        │   Recent: case.toml                          │
//!        │ keys                                         │
//!        └──────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{Hits, centered};
use crate::tui::theme::Theme;
use crate::wizard::{WelcomeItem, Wizard};

/// The text of a welcome entry.
fn item_text(w: &Wizard, item: &WelcomeItem) -> String {
    let l = &w.ui;
    match item {
        WelcomeItem::New => l.t("welcome-new"),
        WelcomeItem::Recover { of, when, .. } => {
            let of = of
                .as_ref()
                .map(|c| c.display().to_string())
                .unwrap_or_else(|| l.t("status-new-file"));
            format!("{} — {of}", l.ta("welcome-recover", &[("when", when)]))
        }
        WelcomeItem::Recent(p) => l.ta("welcome-recent", &[("path", &p.display().to_string())]),
        WelcomeItem::OpenFile => l.t("welcome-open"),
        WelcomeItem::Register => l.t("welcome-register"),
    }
}

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
    let l = &w.ui;
    let width = 72.min(area.width.saturating_sub(2)).max(10);
    let text_w = usize::from(width.saturating_sub(4));
    // Long entries (a draft's file, a recent path) wrap instead of being cut.
    let items: Vec<Vec<String>> = w
        .welcome
        .iter()
        .map(|i| super::wrap(&item_text(w, i), text_w))
        .collect();
    let intro_lines = super::wrap(&l.t("welcome-intro"), usize::from(width.saturating_sub(2)));
    let keys_lines = super::wrap(&l.t("welcome-keys"), usize::from(width.saturating_sub(2)));
    let menu_h: u16 = items.iter().map(|i| i.len() as u16).sum();
    let height = intro_lines.len() as u16 + keys_lines.len() as u16 + menu_h + 4;
    let r = centered(area, 72, height);
    f.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", l.t("welcome-title")), t.title))
        .border_style(t.border_focus)
        .style(t.base);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [intro_area, _, menu_area, keys_area] = Layout::vertical([
        Constraint::Length(intro_lines.len() as u16),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(keys_lines.len() as u16),
    ])
    .areas(inner);
    f.render_widget(
        Paragraph::new(intro_lines.join("\n")).style(t.base),
        intro_area,
    );
    // Keep the selected entry on screen when the menu is taller than it.
    let mut first = 0;
    while first < w.welcome_selected
        && items[first..=w.welcome_selected.min(items.len() - 1)]
            .iter()
            .map(|i| i.len() as u16)
            .sum::<u16>()
            > menu_area.height
    {
        first += 1;
    }
    let mut y = menu_area.y;
    for (i, lines) in items.iter().enumerate().skip(first) {
        let h = lines.len() as u16;
        if y + h > menu_area.y + menu_area.height {
            break;
        }
        let row = Rect {
            y,
            height: h,
            ..menu_area
        };
        let on = i == w.welcome_selected;
        let style = if on { t.focus } else { t.base };
        let text: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(n, s)| format!("{}{s}", if n == 0 && on { "▶ " } else { "  " }))
            .collect();
        f.render_widget(Paragraph::new(text.join("\n")).style(style), row);
        hits.welcome.push((row, i));
        y += h;
    }
    f.render_widget(
        Paragraph::new(keys_lines.join("\n")).style(t.dim),
        keys_area,
    );
}
