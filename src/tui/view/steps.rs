//! The step list: the left column of the form screen, one line per step
//! with its number, title and a mark (✓, or ✗ and the count of errors).
//!
//! ```text
//! │ header                                                      │
//! ┌ Steps ───────┐ form                   │ guidance            │
//! │  1 Authority │                         │                     │
//! │  2 State  ✗2 │                         │                     │
//! └──────────────┘                         │                     │
//!   ▲ here
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Hits, display_width, truncate};
use crate::tui::theme::Theme;
use crate::wizard::{Focus, Step, Wizard};

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
    let l = &w.ui;
    let border = if w.focus == Focus::Steps {
        t.border_focus
    } else {
        t.border
    };
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", l.t("panel-steps")), t.title))
        .border_style(border)
        .style(t.base);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let width = inner.width as usize;
    // A title too long for the column wraps onto a second line when the
    // column is tall enough for that, and is cut only when it is not.
    let titles: Vec<String> = Step::ALL
        .iter()
        .map(|step| {
            let short = format!("{}-short", step.title_id());
            if inner.width < 28 && l.has(&short) {
                l.t(&short)
            } else {
                l.t(step.title_id())
            }
        })
        .collect();
    let marks: Vec<String> = Step::ALL
        .iter()
        .map(|step| {
            let errors = w.step_errors(*step);
            match step {
                Step::Review | Step::Produce => String::new(),
                _ if errors > 0 => format!("✗{errors}"),
                _ => "✓".to_string(),
            }
        })
        .collect();
    let room = |i: usize| width.saturating_sub(3 + marks[i].chars().count() + 1);
    let wrapped: Vec<Vec<String>> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| super::wrap(t, room(i)))
        .collect();
    let total: usize = wrapped.iter().map(Vec::len).sum();
    let may_wrap = total <= inner.height as usize;
    let mut y = inner.y;
    for (i, step) in Step::ALL.iter().enumerate() {
        let lines: Vec<String> = if may_wrap {
            wrapped[i].clone()
        } else {
            vec![truncate(&titles[i], room(i))]
        };
        let h = lines.len() as u16;
        if y + h > inner.y + inner.height {
            break;
        }
        let errors = w.step_errors(*step);
        let mark = &marks[i];
        let current = *step == w.step;
        let base = if current { t.selected } else { t.base };
        let mark_style = if current {
            t.selected
        } else if errors > 0 {
            if w.passed.contains(step) {
                t.error
            } else {
                t.warning
            }
        } else {
            t.ok
        };
        let text: Vec<Line> = lines
            .iter()
            .enumerate()
            .map(|(n, title)| {
                let num = if n == 0 {
                    format!("{:>2} ", i + 1)
                } else {
                    "   ".to_string()
                };
                let mark = if n == 0 { mark.as_str() } else { "" };
                let pad = width.saturating_sub(
                    num.chars().count() + display_width(title) + mark.chars().count(),
                );
                Line::from(vec![
                    Span::styled(num, base),
                    Span::styled(title.clone(), base),
                    Span::styled(" ".repeat(pad), base),
                    Span::styled(mark.to_string(), mark_style),
                ])
            })
            .collect();
        let row = Rect {
            y,
            height: h,
            ..inner
        };
        f.render_widget(Paragraph::new(ratatui::text::Text::from(text)), row);
        hits.steps.push((row, i));
        y += h;
    }
}
