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
    let state = list.field == Field::Top(Top::Case(CaseField::RequestedState));
    // The selected option's whole label, when the list has to cut it.
    let cut = visible
        .get(list.selected)
        .filter(|c| super::display_width(&c.label) + 2 > inner.width as usize)
        .map(|c| super::wrap(&c.label, inner.width as usize));
    let detail = state || cut.is_some();
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
    if let Some(lines) = cut.filter(|_| !state) {
        f.render_widget(Paragraph::new(lines.join("\n")).style(t.info), info);
    } else if state && let Some(c) = visible.get(list.selected) {
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
        Ask::Unlock => match &w.locked {
            Some((_, true, shown)) => l.ta("wiz-prompt-unlock-draft", &[("path", shown)]),
            Some((_, false, shown)) => l.ta("wiz-prompt-unlock", &[("path", shown)]),
            None => l.ta("wiz-prompt-unlock", &[("path", "")]),
        },
        Ask::NewPassphrase => l.t("wiz-prompt-new-passphrase"),
        Ask::RepeatPassphrase => l.t("wiz-prompt-repeat-passphrase"),
    };
    // A passphrase is never shown, only how many characters it has.
    let masked: String;
    let text = if ask.is_secret() {
        masked = "•".repeat(text.chars().count());
        masked.as_str()
    } else {
        text
    };
    let entries: &[String] = if w.files.for_text == text {
        &w.files.entries
    } else {
        &[]
    };
    let keys = super::wrap(
        &l.t(if ask.is_secret() {
            "wiz-prompt-secret-keys"
        } else {
            "wiz-prompt-keys"
        }),
        66,
    );
    let list_h = (entries.len() as u16).min(12);
    let r = centered(
        area,
        70,
        4 + keys.len() as u16 + if entries.is_empty() { 0 } else { list_h + 1 },
    );
    f.render_widget(Clear, r);
    let block = block(t, title);
    let inner = block.inner(r);
    f.render_widget(block, r);
    // The end of a long path is what matters: show its tail.
    let typed = format!("{text}▏");
    let room = inner.width as usize;
    let shown = if super::display_width(&typed) > room {
        let tail: String = typed
            .chars()
            .rev()
            .scan(0, |used, c| {
                *used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                (*used < room).then_some(c)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("…{tail}")
    } else {
        typed
    };
    f.render_widget(
        Paragraph::new(shown).style(t.focus),
        Rect { height: 1, ..inner },
    );
    let mut y = inner.y + 2;
    if !entries.is_empty() {
        let height = usize::from(list_h.min(inner.height.saturating_sub(2 + keys.len() as u16)));
        let sel = w.files.selected;
        let first = sel.unwrap_or(0).saturating_sub(height.saturating_sub(1));
        for (i, e) in entries.iter().enumerate().skip(first).take(height) {
            let on = sel == Some(i);
            let name = e.strip_prefix(common_dir(text)).unwrap_or(e);
            f.render_widget(
                Paragraph::new(truncate(
                    &format!("{}{name}", if on { "▶ " } else { "  " }),
                    inner.width as usize,
                ))
                .style(if on { t.selected } else { t.base }),
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
            );
            y += 1;
        }
        y += 1;
    }
    for k in keys {
        if y >= inner.y + inner.height {
            break;
        }
        f.render_widget(
            Paragraph::new(k).style(t.dim),
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
        y += 1;
    }
}

/// The folder part of what was typed (entries are shown without it).
fn common_dir(text: &str) -> &str {
    match text.rfind('/') {
        Some(i) => &text[..=i],
        None => "",
    }
}
