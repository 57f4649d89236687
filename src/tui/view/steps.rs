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
    for (i, step) in Step::ALL.iter().enumerate() {
        if i as u16 >= inner.height {
            break;
        }
        let errors = w.step_errors(*step);
        let mark = match step {
            Step::Review | Step::Produce => String::new(),
            _ if errors > 0 => format!("✗{errors}"),
            _ => "✓".to_string(),
        };
        let short = format!("{}-short", step.title_id());
        let title = if inner.width < 28 && l.has(&short) {
            l.t(&short)
        } else {
            l.t(step.title_id())
        };
        let width = inner.width as usize;
        let num = format!("{:>2} ", i + 1);
        let room = width.saturating_sub(num.chars().count() + mark.chars().count() + 1);
        let title: String = truncate(&title, room);
        let pad = width
            .saturating_sub(num.chars().count() + display_width(&title) + mark.chars().count());
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
        let line = Line::from(vec![
            Span::styled(num, base),
            Span::styled(title, base),
            Span::styled(" ".repeat(pad), base),
            Span::styled(mark, mark_style),
        ]);
        let row = Rect {
            y: inner.y + i as u16,
            height: 1,
            ..inner
        };
        f.render_widget(Paragraph::new(line), row);
        hits.steps.push((row, i));
    }
}
