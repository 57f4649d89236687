//! The form: the middle of the form screen, one row per field of the
//! current step (label, mark, value), the focused text field showing its
//! editor; on the review step one row per finding, on the produce step the
//! output, draft, bilingual and produce rows.
//!
//! ```text
//! │ header                                                          │
//! │ steps        ┌ Authority ───────────────────┐ guidance           │
//! │              │ ▶ Requesting state *  GB …   │                    │
//! │              │   Authority          ✗ …     │                    │
//! │              └──────────────────────────────┘                    │
//!                  ▲ here
//! ```

use crate::case::CaseField;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui_textarea::TextArea;

use super::{Hits, display_width, severity_mark, severity_style, truncate};
use crate::tui::theme::Theme;
use crate::wizard::fields::{Field, Input, ListKind, Top};
use crate::wizard::{Focus, Mode, Row, Step, Wizard};

/// The shown value of a field that is not being edited.
fn value_text(w: &Wizard, field: Field) -> String {
    let l = &w.ui;
    let case = &w.case;
    match field.input() {
        Input::Toggle => l.t(if field.is_on(case) {
            "wiz-toggle-on"
        } else {
            "wiz-toggle-off"
        }),
        Input::Selector => {
            let Field::List(list) = field else {
                return String::new();
            };
            let n = list.len(case);
            if n == 0 {
                return l.t("wiz-list-empty");
            }
            let i = w.selected(list);
            let title = list.title(case, i);
            let title = if list == ListKind::Measures && !title.is_empty() {
                l.t(&title)
            } else {
                title
            };
            format!(
                "◀ {} ▶",
                l.ta(
                    "wiz-list-item",
                    &[
                        ("n", &(i + 1).to_string()),
                        ("count", &n.to_string()),
                        ("title", &title)
                    ]
                )
            )
        }
        Input::Choice
            if matches!(
                field,
                Field::Offence(_, crate::wizard::fields::OffenceField::Iccs)
            ) =>
        {
            let Field::Offence(i, _) = field else {
                return String::new();
            };
            case.offences
                .get(i)
                .map(|o| {
                    o.iccs
                        .iter()
                        .map(|c| crate::taxonomy::describe(c, l.lang()))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default()
        }
        Input::Choice => {
            let v = field.text(case);
            if v.is_empty() {
                if field == Field::Top(Top::Case(CaseField::WritingLanguage)) {
                    return l.t("wiz-writing-language-default");
                }
                if field == Field::Top(Top::Case(CaseField::DocumentLanguage)) {
                    return format!(
                        "{} → {}",
                        l.t("wiz-choice-automatic"),
                        w.document_language()
                    );
                }
                // A choice whose empty value means something (the channel:
                // the central authority) shows that option's label.
                return w
                    .options(field)
                    .into_iter()
                    .find(|o| o.value.is_empty())
                    .map(|o| o.label)
                    .unwrap_or_default();
            }
            w.options(field)
                .into_iter()
                .find(|o| o.value == v)
                .map(|o| o.label)
                .unwrap_or(v)
        }
        _ => field.text(case).replace('\n', " ⏎ "),
    }
}

/// The label of a row, broken into the lines its column has room for.
fn label_lines(w: &Wizard, row: Row, label_w: u16) -> Vec<String> {
    let l = &w.ui;
    let label = match row {
        Row::Field(f) => w.field_label(f),
        Row::Output => l.ta("wiz-output", &[("format", w.format_name())]),
        _ => return Vec::new(),
    };
    // One column for the focus marker, two for the mark after the label.
    super::wrap(&label, usize::from(label_w.saturating_sub(3)))
}

/// Wrapped lines with the focus marker before the first and a space
/// before the others, so they stay aligned.
fn marked(lines: Vec<String>, marker: &str) -> ratatui::text::Text<'static> {
    ratatui::text::Text::from(
        lines
            .into_iter()
            .enumerate()
            .map(|(n, s)| Line::from(format!("{}{s}", if n == 0 { marker } else { " " })))
            .collect::<Vec<_>>(),
    )
}

/// The text of a produce-step row that is one sentence (draft, bilingual,
/// open), without its focus marker.
fn sentence_row(w: &Wizard, row: Row) -> Option<String> {
    let l = &w.ui;
    Some(match row {
        Row::Draft => {
            let v = l.t(if w.draft {
                "wiz-toggle-on"
            } else {
                "wiz-toggle-off"
            });
            format!("{v}  {}", l.t("wiz-draft"))
        }
        Row::Bilingual => {
            let v = l.t(match w.bilingual {
                crate::document::Bilingual::None => "wiz-bilingual-none",
                crate::document::Bilingual::Side => "wiz-bilingual-side",
                crate::document::Bilingual::Sequential => "wiz-bilingual-sequential",
            });
            format!("{}: {v}", l.t("wiz-bilingual"))
        }
        Row::Format => {
            let v = l.t(match w.format {
                crate::document::OutputFormat::Docx => "wiz-format-docx",
                crate::document::OutputFormat::Odt => "wiz-format-odt",
                _ => "wiz-format-pdf",
            });
            format!("{}: {v}", l.t("wiz-format"))
        }
        Row::RegisterButton => l.t("wiz-register-add"),
        Row::TranslateSummary => w.translation_summary(),
        Row::XliffExport => l.ta(
            "wiz-xliff-export",
            &[("path", &w.xliff_path().display().to_string())],
        ),
        Row::XliffImport => l.ta(
            "wiz-xliff-import",
            &[("path", &w.xliff_path().display().to_string())],
        ),
        Row::AllStates => l.t("wiz-states-open"),
        Row::Encrypt => match &w.lock {
            None => l.t("wiz-encrypt-off"),
            Some(k) if k.is_passphrase() => l.t("wiz-encrypt-passphrase"),
            Some(k) => l.ta(
                "wiz-encrypt-keys",
                &[("count", &k.recipient_keys().len().to_string())],
            ),
        },
        Row::OpenButton => {
            let p = w
                .produced
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            format!("{}  {p}", l.ta("wiz-open", &[("format", w.format_name())]))
        }
        _ => return None,
    })
}

/// The label and value widths and each row's height, for a form of this
/// inner size: labels that do not fit wrap onto more lines, the focused
/// text area shows its text, a finding shows its whole message.
fn layout(w: &Wizard, width: u16, height: u16, ta: &TextArea) -> (u16, u16, Vec<u16>) {
    let l = &w.ui;
    let rows = w.rows();
    let longest = rows
        .iter()
        .filter_map(|r| match r {
            Row::Field(f) => Some(display_width(&w.field_label(*f)) as u16 + 4),
            Row::Output => {
                Some(display_width(&l.ta("wiz-output", &[("format", w.format_name())])) as u16 + 4)
            }
            _ => None,
        })
        .max()
        .unwrap_or(12);
    let label_w = longest.min(width * 9 / 20).max(12);
    let value_w = width.saturating_sub(label_w + 1);
    let heights = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label = label_lines(w, *r, label_w).len().clamp(1, 4) as u16;
            let own = match r {
                Row::Field(fl)
                    if i == w.row && w.focus == Focus::Form && fl.input() == Input::Area =>
                {
                    // Wrapped lines of the text, plus one to type on.
                    let width = usize::from(value_w.max(1));
                    let wrapped: usize = ta
                        .lines()
                        .iter()
                        .map(|line| display_width(line).max(1).div_ceil(width))
                        .sum();
                    (wrapped as u16 + 1).clamp(3, (height / 2).max(3))
                }
                Row::Draft
                | Row::Bilingual
                | Row::OpenButton
                | Row::Encrypt
                | Row::Format
                | Row::AllStates
                | Row::TranslateSummary
                | Row::XliffExport
                | Row::XliffImport
                | Row::RegisterButton => sentence_row(w, *r).map_or(1, |t| {
                    super::wrap(&t, usize::from(width.saturating_sub(1)))
                        .len()
                        .min(4) as u16
                }),
                Row::Finding(i) => w.findings.get(*i).map_or(2, |fd| {
                    let msg = super::wrap(&fd.message(l), usize::from(width.saturating_sub(3)));
                    (1 + msg.len() as u16).min(6)
                }),
                Row::Field(fl) if fl.input() == Input::Selector => {
                    super::wrap(&value_text(w, *fl), usize::from(value_w.max(1)))
                        .len()
                        .min(3) as u16
                }
                _ => 1,
            };
            own.max(label)
        })
        .collect();
    (label_w, value_w, heights)
}

/// How many lines the form would like, for a form area this wide.
pub(super) fn needed_height(w: &Wizard, width: u16, ta: &TextArea) -> u16 {
    let inner = width.saturating_sub(2);
    let (_, _, heights) = layout(w, inner, 40, ta);
    let intro = if matches!(w.step, Step::Review | Step::Produce) {
        2
    } else {
        0
    };
    heights.iter().sum::<u16>() + 2 + intro
}

pub(super) fn draw(
    f: &mut Frame,
    area: Rect,
    w: &Wizard,
    t: &Theme,
    ta: &TextArea,
    hits: &mut Hits,
) {
    let l = &w.ui;
    let border = if w.focus == Focus::Form {
        t.border_focus
    } else {
        t.border
    };
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", l.t(w.step.title_id())),
            t.title,
        ))
        .border_style(border)
        .style(t.base);
    let inner = block.inner(area);
    f.render_widget(block, area);
    hits.form = Some(inner);
    let rows = w.rows();
    let (label_w, value_w, heights) = layout(w, inner.width, inner.height, ta);
    // Intro line for review and produce.
    let mut y = inner.y;
    let intro = match w.step {
        Step::Review => Some(if w.findings.is_empty() {
            l.t("wiz-review-empty")
        } else {
            l.t("wiz-review-intro")
        }),
        Step::Produce => Some(l.ta(
            "wiz-produce-intro",
            &[
                ("lang", &w.document_language()),
                ("errors", &crate::check::counts(&w.findings).0.to_string()),
            ],
        )),
        _ => None,
    };
    if let Some(text) = intro {
        f.render_widget(
            Paragraph::new(text).style(t.dim),
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
        y += 2;
    }
    let avail = inner.y + inner.height;
    // Scroll so the focused row is visible.
    // The focused row, kept inside the rows even if they just changed.
    let focus_row = w.row.min(heights.len().saturating_sub(1));
    let mut first = 0;
    loop {
        let before: u16 = heights[first..focus_row].iter().sum();
        let own = heights.get(focus_row).copied().unwrap_or(1);
        if y + before + own <= avail || first >= focus_row {
            break;
        }
        first += 1;
    }
    for (i, row) in rows.iter().enumerate().skip(first) {
        let h = heights[i];
        if y + h > avail {
            break;
        }
        let rect = Rect {
            x: inner.x,
            y,
            width: inner.width,
            height: h,
        };
        hits.rows.push((rect, i));
        let focused = i == w.row && w.focus == Focus::Form;
        draw_row(f, rect, label_w, value_w, w, t, ta, *row, focused);
        y += h;
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_row(
    f: &mut Frame,
    rect: Rect,
    label_w: u16,
    value_w: u16,
    w: &Wizard,
    t: &Theme,
    ta: &TextArea,
    row: Row,
    focused: bool,
) {
    let l = &w.ui;
    let label_rect = Rect {
        width: label_w,
        height: rect.height,
        ..rect
    };
    let value_rect = Rect {
        x: rect.x + label_w + 1,
        width: value_w,
        ..rect
    };
    let label_style = if focused { t.focus } else { t.label };
    let marker = if focused { "▶" } else { " " };
    match row {
        Row::Field(field) => {
            let findings = w.field_findings(field);
            let worst = findings.iter().map(|f| f.severity).min();
            let required = crate::wizard::fields::is_required(&w.case, field);
            let mark = worst
                .map(severity_mark)
                .unwrap_or(if required { "*" } else { " " });
            // The label wraps in its column; the mark ends its first line.
            let lines: Vec<Line> = label_lines(w, row, label_w)
                .into_iter()
                .take(rect.height as usize)
                .enumerate()
                .map(|(n, text)| {
                    let lead = if n == 0 { marker } else { " " };
                    let text = format!("{lead}{text}");
                    let pad = (label_w as usize).saturating_sub(display_width(&text) + 2);
                    let mut spans = vec![
                        Span::styled(text, label_style),
                        Span::styled(" ".repeat(pad), label_style),
                    ];
                    if n == 0 {
                        spans.push(Span::styled(
                            format!(" {mark}"),
                            worst.map_or(t.base, |s| severity_style(t, s)),
                        ));
                    }
                    Line::from(spans)
                })
                .collect();
            let line = ratatui::text::Text::from(lines);
            f.render_widget(Paragraph::new(line), label_rect);
            let editing = focused
                && matches!(field.input(), Input::Line | Input::Date | Input::Area)
                && w.mode == Mode::Normal;
            if editing {
                f.render_widget(ta, value_rect);
            } else {
                let style = if focused { t.focus } else { t.base };
                if field.input() == Input::Selector {
                    // A list's line says how to add to it: wrapped, not cut.
                    let lines = super::wrap(&value_text(w, field), value_w as usize);
                    f.render_widget(Paragraph::new(lines.join("\n")).style(style), value_rect);
                } else {
                    let text = truncate(&value_text(w, field), value_w as usize);
                    f.render_widget(
                        Paragraph::new(text).style(style),
                        Rect {
                            height: 1,
                            ..value_rect
                        },
                    );
                }
            }
        }
        Row::Finding(i) => {
            if let Some(fd) = w.findings.get(i) {
                let style = if focused {
                    t.focus
                } else {
                    severity_style(t, fd.severity)
                };
                let head = format!(
                    "{marker}{} {}  {}",
                    severity_mark(fd.severity),
                    l.t(fd.severity.message_id()),
                    fd.path
                );
                f.render_widget(
                    Paragraph::new(truncate(&head, rect.width as usize)).style(style),
                    Rect { height: 1, ..rect },
                );
                let msg: Vec<Line> =
                    super::wrap(&fd.message(l), rect.width.saturating_sub(3) as usize)
                        .into_iter()
                        .take(rect.height.saturating_sub(1) as usize)
                        .map(|m| Line::from(format!("   {m}")))
                        .collect();
                f.render_widget(
                    Paragraph::new(ratatui::text::Text::from(msg)).style(t.base),
                    Rect {
                        y: rect.y + 1,
                        height: rect.height.saturating_sub(1),
                        ..rect
                    },
                );
            }
        }
        Row::Output => {
            f.render_widget(
                Paragraph::new(marked(label_lines(w, row, label_w), marker)).style(label_style),
                label_rect,
            );
            if focused && w.mode == Mode::Normal {
                f.render_widget(ta, value_rect);
            } else {
                let p = w.output_path().display().to_string();
                f.render_widget(
                    Paragraph::new(truncate(&p, value_w as usize)).style(t.base),
                    value_rect,
                );
            }
        }
        Row::Draft
        | Row::Bilingual
        | Row::OpenButton
        | Row::Encrypt
        | Row::Format
        | Row::AllStates
        | Row::TranslateSummary
        | Row::XliffExport
        | Row::XliffImport
        | Row::RegisterButton => {
            let text = sentence_row(w, row).unwrap_or_default();
            let lines = marked(
                super::wrap(&text, rect.width.saturating_sub(1) as usize),
                marker,
            );
            let style = match row {
                Row::OpenButton
                | Row::RegisterButton
                | Row::AllStates
                | Row::XliffExport
                | Row::XliffImport
                    if focused =>
                {
                    t.focus
                }
                Row::OpenButton
                | Row::RegisterButton
                | Row::AllStates
                | Row::XliffExport
                | Row::XliffImport => t.title,
                _ => label_style,
            };
            f.render_widget(Paragraph::new(lines).style(style), rect);
        }
        Row::ProduceButton => {
            let text = format!(
                "{marker}{}",
                l.ta("wiz-produce", &[("format", w.format_name())])
            );
            f.render_widget(
                Paragraph::new(text).style(if focused { t.focus } else { t.title }),
                rect,
            );
        }
    }
}
