//! Popups drawn on top of the screen, centred: the choice list (filtered
//! by typing, with the profile's central authority for a state), a yes/no
//! question, and a prompt for a file name.
//!
//! ```text
//! │ steps  ┌ Requested state ──────────────────────┐ guidance   │
//! │        │ > fr▏                                  │            │
//! │        │ ▶ FR  France — fr — 2026-01-10         │            │
//! │        │ central authority, languages           │            │
//! │        │ keys                                   │            │
//! │        └────────────────────────────────────────┘            │
//! ```

use crate::case::CaseField;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Hits, centered, truncate};
use crate::tui::theme::Theme;
use crate::wizard::fields::{Field, ListKind, Top};
use crate::wizard::{Ask, Mode, Question, Wizard};

pub(super) fn block<'a>(t: &Theme, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), t.title))
        .border_style(t.border_focus)
        .style(t.base)
}

pub(super) fn choice(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
    let Mode::Choice(list) = &w.mode else { return };
    let l = &w.ui;
    let r = centered(area, 76, area.height.saturating_sub(4).min(22));
    f.render_widget(Clear, r);
    let block = block(t, l.t(&list.field.label_id()));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let visible = list.visible(&|c| c.label.clone());
    let detail = list.field == Field::Top(Top::Case(CaseField::RequestedState));
    let [filter, items, info, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(if detail { 3 } else { 0 }),
        Constraint::Length(1),
    ])
    .areas(inner);
    f.render_widget(
        Paragraph::new(format!("> {}▏", list.filter)).style(t.focus),
        filter,
    );
    let height = items.height as usize;
    let first = list.selected.saturating_sub(height.saturating_sub(1));
    for (n, (i, c)) in visible
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .enumerate()
    {
        let row = Rect {
            y: items.y + n as u16,
            height: 1,
            ..items
        };
        let style = if i == list.selected {
            t.selected
        } else {
            t.base
        };
        let marker = if i == list.selected { "▶ " } else { "  " };
        f.render_widget(
            Paragraph::new(truncate(
                &format!("{marker}{}", c.label),
                row.width as usize,
            ))
            .style(style),
            row,
        );
        hits.options.push((row, i));
    }
    if detail && let Some(c) = visible.get(list.selected) {
        let text = match w.catalog.get(&c.value) {
            Some(p) => format!(
                "{}\n{}: {}",
                p.central_authority().map(|a| a.name.as_str()).unwrap_or(""),
                l.t("show-languages"),
                p.languages.join(", ")
            ),
            None => l.ta("no-profile", &[("state", &c.value)]),
        };
        f.render_widget(
            Paragraph::new(text).style(t.info).wrap(Wrap { trim: true }),
            info,
        );
    }
    f.render_widget(Paragraph::new(l.t("wiz-choice-filter")).style(t.dim), keys);
}

pub(super) fn confirm(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, q: Question) {
    let l = &w.ui;
    let text = match q {
        Question::QuitUnsaved => l.t("wiz-confirm-quit"),
        Question::Remove(list, i) => {
            let mut title = list.title(&w.case, i);
            if list == ListKind::Measures && !title.is_empty() {
                title = l.t(&title);
            }
            let item = format!("{} {} {}", l.t(list.label_id()), i + 1, title);
            l.ta("wiz-confirm-remove", &[("item", item.trim())])
        }
    };
    let r = centered(area, 64, 6);
    f.render_widget(Clear, r);
    let block = block(t, "?".into());
    let inner = block.inner(r);
    f.render_widget(block, r);
    f.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).style(t.base),
        inner,
    );
}

pub(super) fn prompt(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, ask: Ask, text: &str) {
    let l = &w.ui;
    let title = match ask {
        Ask::SavePath => l.t("wiz-prompt-save"),
        Ask::OpenPath => l.t("wiz-prompt-open"),
    };
    let r = centered(area, 70, 5);
    f.render_widget(Clear, r);
    let block = block(t, title);
    let inner = block.inner(r);
    f.render_widget(block, r);
    f.render_widget(
        Paragraph::new(format!("{text}▏")).style(t.focus),
        Rect { height: 1, ..inner },
    );
    f.render_widget(
        Paragraph::new(l.t("wiz-prompt-keys")).style(t.dim),
        Rect {
            y: inner.y + 2,
            height: 1,
            ..inner
        },
    );
}
