//! The help popup: every key of the key table, by context, drawn from the
//! same table that handles the keys, so the two cannot disagree.
//!
//! ```text
//! │ steps ┌ Keys ────────────────────────────────────────┐ guidance │
//! │       │ Everywhere                                    │          │
//! │       │   F1              show or hide this help      │          │
//! │       │ …                                             │          │
//! │       └───────────────────────────────────────────────┘          │
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::centered;
use super::popup;
use crate::tui::keymap::{BINDINGS, Ctx};
use crate::tui::theme::Theme;
use crate::wizard::Wizard;

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let r = centered(area, 84, area.height.saturating_sub(2));
    f.render_widget(Clear, r);
    let block = popup::block(t, l.t("help-title"));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let mut lines = Vec::new();
    for ctx in [
        Ctx::Global,
        Ctx::Form,
        Ctx::Text,
        Ctx::List,
        Ctx::Selector,
        Ctx::Steps,
        Ctx::Choice,
        Ctx::Prompt,
        Ctx::Preview,
    ] {
        lines.push(Line::from(Span::styled(l.t(ctx.title_id()), t.title)));
        for b in BINDINGS
            .iter()
            .filter(|b| b.ctx == ctx && !b.label.is_empty())
        {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<16}", crate::tui::keymap::key_label(b.label, l)),
                    t.label,
                ),
                Span::styled(l.t(b.help), t.base),
            ]));
        }
    }
    lines.push(Line::from(Span::styled(l.t("help-close"), t.dim)));
    let more = ["help-more-below", "help-more-above", "help-more-both"];
    super::guidance::scrolled(f, inner, r, t, l, lines, w.help_scroll, more);
}
