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
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{Hits, centered};
use crate::tui::theme::Theme;
use crate::wizard::{WelcomeItem, Wizard};

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
    let l = &w.ui;
    let height = (w.welcome.len() as u16) + 8;
    let r = centered(area, 72, height);
    f.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", l.t("welcome-title")), t.title))
        .border_style(t.border_focus)
        .style(t.base);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let intro = Paragraph::new(l.t("welcome-intro"))
        .wrap(Wrap { trim: true })
        .style(t.base);
    let [intro_area, _, menu_area, keys_area] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    f.render_widget(intro, intro_area);
    for (i, item) in w.welcome.iter().enumerate() {
        let text = match item {
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
        };
        let y = menu_area.y + i as u16;
        if y >= menu_area.y + menu_area.height {
            break;
        }
        let row = Rect {
            y,
            height: 1,
            ..menu_area
        };
        let style = if i == w.welcome_selected {
            t.focus
        } else {
            t.base
        };
        let marker = if i == w.welcome_selected {
            "▶ "
        } else {
            "  "
        };
        f.render_widget(Paragraph::new(format!("{marker}{text}")).style(style), row);
        hits.welcome.push((row, i));
    }
    f.render_widget(Paragraph::new(l.t("welcome-keys")).style(t.dim), keys_area);
}
