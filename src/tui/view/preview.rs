//! The preview: the request as composed text, in the document language,
//! scrolled by the wizard; beside the form when wide, in its place when
//! narrow.
//!
//! ```text
//! │ header                                                          │
//! │ steps        │ form             ┌ Preview (en) ─────────────────┐ │
//! │              │                  │ REQUEST FOR MUTUAL LEGAL …    │ │
//! │              │                  └───────────────────────────────┘ │
//!                                     ▲ here
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph};

use super::Hits;
use crate::document;
use crate::tui::theme::Theme;
use crate::wizard::Wizard;

pub(super) fn draw(
    f: &mut Frame,
    area: Rect,
    w: &Wizard,
    t: &Theme,
    hits: &mut Hits,
    alone: bool,
    page: &mut crate::tui::pages::Page,
) {
    if w.pages {
        return draw_page(f, area, w, t, alone, page);
    }
    let l = &w.ui;
    let lang = w.document_language();
    let mut block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", l.ta("panel-preview", &[("lang", &lang)])),
            t.title,
        ))
        .border_style(if alone { t.border_focus } else { t.border })
        .style(t.base);
    if alone {
        block = block.title_bottom(Span::styled(
            format!(" {} ", l.t("preview-alone-keys")),
            t.title,
        ));
    }
    let inner = block.inner(area);
    f.render_widget(block, area);
    hits.preview = Some(inner);
    // Composed when the case changed, not here: this only lays out text.
    let text = match &w.prepared.preview {
        Some(Ok(doc)) => document::text::to_text(doc, inner.width.saturating_sub(1) as usize),
        Some(Err(e)) => e.clone(),
        None => String::new(),
    };
    f.render_widget(
        Paragraph::new(text).style(t.base).scroll((w.scroll, 0)),
        inner,
    );
}

/// The page as it will print, in the terminal's graphics (kitty, sixel,
/// iTerm2) or half blocks where it has none.
fn draw_page(
    f: &mut Frame,
    area: Rect,
    w: &Wizard,
    t: &Theme,
    alone: bool,
    page: &mut crate::tui::pages::Page,
) {
    let l = &w.ui;
    let title = l.ta(
        "panel-page",
        &[
            ("n", &(w.page + 1).to_string()),
            ("total", &page.count.max(1).to_string()),
        ],
    );
    let mut block = Block::bordered()
        .title(Span::styled(format!(" {title} "), t.title))
        .border_style(if alone { t.border_focus } else { t.border })
        .style(t.base);
    block = block.title_bottom(Span::styled(format!(" {} ", l.t("page-keys")), t.title));
    let inner = block.inner(area);
    f.render_widget(block, area);
    match (&mut page.image, &page.error) {
        (_, Some(e)) => f.render_widget(
            ratatui::widgets::Paragraph::new(e.clone())
                .wrap(ratatui::widgets::Wrap { trim: true })
                .style(t.error),
            inner,
        ),
        (Some(img), None) => {
            f.render_stateful_widget(ratatui_image::StatefulImage::default(), inner, img)
        }
        (None, None) => f.render_widget(
            ratatui::widgets::Paragraph::new(l.t("page-rendering")).style(t.dim),
            inner,
        ),
    }
}
