//! Drawing: one function per region, reading the wizard state only.
//!
//! ```text
//! ┌ title · file · saved? · counts ───────────────────────────────────┐
//! │ steps        │ form (label │ value)          │ guidance / findings │
//! │  1 Authority │ ▶ Requesting state  GB …    │ (or the preview)     │
//! │  2 State  ✗2 │   Authority        …         │                      │
//! ├──────────────┴──────────────────────────────┴──────────────────────┤
//! │ status line                                         key hints      │
//! └─────────────────────────────────────────────────────────────────────┘
//! ```
//! Below 110 columns the guidance panel moves under the form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::keymap::{BINDINGS, Ctx};
use super::theme::Theme;
use crate::check::{Finding, Severity};
use crate::document::{self, Options};
use crate::i18n::Localizer;
use crate::wizard::fields::{Field, Input, ListKind, Top};
use crate::wizard::{Ask, Focus, Mode, Question, Row, Screen, Step, WelcomeItem, Wizard};

/// Where things were drawn, for the mouse.
#[derive(Debug, Default, Clone)]
pub struct Hits {
    /// (y, step index) of each step line.
    pub steps: Vec<(Rect, usize)>,
    /// (area, row index) of each form row.
    pub rows: Vec<(Rect, usize)>,
    /// (area, option index) in an open choice list.
    pub options: Vec<(Rect, usize)>,
    /// (area, index) of welcome entries.
    pub welcome: Vec<(Rect, usize)>,
    pub preview: Option<Rect>,
    pub form: Option<Rect>,
}

fn severity_style(t: &Theme, s: Severity) -> Style {
    match s {
        Severity::Error => t.error,
        Severity::Warning => t.warning,
        Severity::Info => t.info,
    }
}

fn severity_mark(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width.saturating_sub(2)).max(10);
    let h = height.min(area.height.saturating_sub(2)).max(3);
    Rect {
        x: area.x + (area.width.saturating_sub(w)) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    }
}

/// Draw the whole screen.
pub fn draw(f: &mut Frame, w: &Wizard, t: &Theme, ta: &TextArea, hits: &mut Hits) {
    *hits = Hits::default();
    let area = f.area();
    f.render_widget(Block::default().style(t.base), area);
    match w.screen {
        Screen::Welcome => draw_welcome(f, area, w, t, hits),
        Screen::Form | Screen::Exit => draw_form_screen(f, area, w, t, ta, hits),
    }
    match &w.mode {
        Mode::Choice(_) => draw_choice(f, area, w, t, hits),
        Mode::Confirm(q) => draw_confirm(f, area, w, t, *q),
        Mode::Prompt(ask, text) => draw_prompt(f, area, w, t, *ask, text),
        Mode::Help => draw_help(f, area, w, t),
        Mode::Normal => {}
    }
}

fn draw_welcome(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
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
            WelcomeItem::Recover(p) => {
                let of = super::autosave_of(p)
                    .map(|c| c.display().to_string())
                    .unwrap_or_else(|| l.t("status-new-file"));
                format!(
                    "{} — {of}",
                    l.ta("welcome-recover", &[("when", &super::modified_label(p))])
                )
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

fn draw_form_screen(
    f: &mut Frame,
    area: Rect,
    w: &Wizard,
    t: &Theme,
    ta: &TextArea,
    hits: &mut Hits,
) {
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(f, header, w, t);
    draw_status(f, status, w, t);
    let steps_width = if area.width >= 100 { 30 } else { 23 };
    let [steps, main] =
        Layout::horizontal([Constraint::Length(steps_width), Constraint::Min(20)]).areas(body);
    draw_steps(f, steps, w, t, hits);
    let wide = main.width >= 90;
    if w.preview {
        if wide {
            let [form, side] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(main);
            draw_form(f, form, w, t, ta, hits);
            draw_preview(f, side, w, t, hits);
        } else {
            draw_preview(f, main, w, t, hits);
        }
        return;
    }
    if wide {
        let [form, side] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(main);
        draw_form(f, form, w, t, ta, hits);
        draw_guidance(f, side, w, t);
    } else {
        let guidance_height = (main.height / 3).clamp(6, 10);
        let [form, side] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(guidance_height)]).areas(main);
        draw_form(f, form, w, t, ta, hits);
        draw_guidance(f, side, w, t);
    }
}

fn draw_header(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let (e, wn, n) = crate::check::counts(&w.findings);
    let file = match &w.path {
        Some(p) => p.display().to_string(),
        None => l.t("status-new-file"),
    };
    let saved = if w.dirty {
        l.t("status-unsaved")
    } else if w.path.is_some() {
        l.t("status-saved")
    } else {
        String::new()
    };
    let counts = l.ta(
        "count-findings",
        &[
            ("errors", &e.to_string()),
            ("warnings", &wn.to_string()),
            ("notes", &n.to_string()),
        ],
    );
    let line = Line::from(vec![
        Span::styled(format!(" {} ", l.t("app-name")), t.title),
        Span::styled(format!("· {file} "), t.base),
        Span::styled(
            if saved.is_empty() {
                String::new()
            } else {
                format!("[{saved}] ")
            },
            if w.dirty { t.warning } else { t.ok },
        ),
        Span::styled(format!("· {counts}"), if e > 0 { t.error } else { t.ok }),
    ]);
    f.render_widget(Paragraph::new(line).style(t.base), area);
}

fn draw_status(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let (text, style) = match &w.status {
        Some(s) => {
            let args: Vec<(&str, &str)> = s.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            (l.ta(s.id, &args), if s.error { t.error } else { t.ok })
        }
        None => (l.t("wiz-status-keys").to_string(), t.dim),
    };
    f.render_widget(Paragraph::new(text).style(style), area);
}

fn draw_steps(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
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

fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn truncate(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > width {
            if !out.is_empty() {
                out.pop();
                out.push('…');
            }
            return out;
        }
        used += cw;
        out.push(c);
    }
    out
}

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
                if field == Field::Top(Top::DocumentLanguage) {
                    return format!(
                        "{} → {}",
                        l.t("wiz-choice-automatic"),
                        w.document_language()
                    );
                }
                return String::new();
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

fn draw_form(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, ta: &TextArea, hits: &mut Hits) {
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
    let longest = rows
        .iter()
        .filter_map(|r| match r {
            Row::Field(f) => Some(display_width(&l.t(&f.label_id())) as u16 + 4),
            Row::Output => Some(display_width(&l.t("wiz-output")) as u16 + 4),
            _ => None,
        })
        .max()
        .unwrap_or(12);
    let label_w = longest.min(inner.width * 9 / 20).max(12);
    let value_w = inner.width.saturating_sub(label_w + 1);
    // Heights: the focused text row shows its editor; others one line.
    let heights: Vec<u16> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| match r {
            Row::Field(fl) if i == w.row && w.focus == Focus::Form && fl.input() == Input::Area => {
                // Wrapped lines of the text, plus one to type on.
                let width = usize::from(value_w.max(1));
                let wrapped: usize = ta
                    .lines()
                    .iter()
                    .map(|line| display_width(line).max(1).div_ceil(width))
                    .sum();
                (wrapped as u16 + 1).clamp(3, (inner.height / 2).max(3))
            }
            Row::Finding(_) => 2,
            _ => 1,
        })
        .collect();
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
        height: 1,
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
            let label = l.t(&field.label_id());
            let required = crate::wizard::fields::is_required(&w.case, field);
            let mark = worst
                .map(severity_mark)
                .unwrap_or(if required { "*" } else { " " });
            let label_text = truncate(
                &format!("{marker}{label}"),
                label_w.saturating_sub(2) as usize,
            );
            let pad = (label_w as usize).saturating_sub(display_width(&label_text) + 2);
            let line = Line::from(vec![
                Span::styled(label_text, label_style),
                Span::styled(" ".repeat(pad), label_style),
                Span::styled(
                    format!(" {mark}"),
                    worst.map_or(t.base, |s| severity_style(t, s)),
                ),
            ]);
            f.render_widget(Paragraph::new(line), label_rect);
            let editing = focused
                && matches!(field.input(), Input::Line | Input::Date | Input::Area)
                && w.mode == Mode::Normal;
            if editing {
                f.render_widget(ta, value_rect);
            } else {
                let text = truncate(&value_text(w, field), value_w as usize);
                let style = if focused { t.focus } else { t.base };
                f.render_widget(
                    Paragraph::new(text).style(style),
                    Rect {
                        height: 1,
                        ..value_rect
                    },
                );
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
                let msg = truncate(&format!("   {}", fd.message(l)), rect.width as usize);
                f.render_widget(
                    Paragraph::new(msg).style(t.base),
                    Rect {
                        y: rect.y + 1,
                        height: 1,
                        ..rect
                    },
                );
            }
        }
        Row::Output => {
            f.render_widget(
                Paragraph::new(format!("{marker}{}", l.t("wiz-output"))).style(label_style),
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
        Row::Draft => {
            let v = l.t(if w.draft {
                "wiz-toggle-on"
            } else {
                "wiz-toggle-off"
            });
            let text = format!("{marker}{v}  {}", l.t("wiz-draft"));
            f.render_widget(
                Paragraph::new(truncate(&text, rect.width as usize)).style(label_style),
                rect,
            );
        }
        Row::Bilingual => {
            let v = l.t(match w.bilingual {
                crate::document::Bilingual::None => "wiz-bilingual-none",
                crate::document::Bilingual::Side => "wiz-bilingual-side",
                crate::document::Bilingual::Sequential => "wiz-bilingual-sequential",
            });
            let text = format!("{marker}{}: {v}", l.t("wiz-bilingual"));
            f.render_widget(
                Paragraph::new(truncate(&text, rect.width as usize)).style(label_style),
                rect,
            );
        }
        Row::ProduceButton => {
            let text = format!("{marker}{}", l.t("wiz-produce"));
            f.render_widget(
                Paragraph::new(text).style(if focused { t.focus } else { t.title }),
                rect,
            );
        }
        Row::OpenButton => {
            let p = w
                .produced
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let text = format!("{marker}{}  {p}", l.t("wiz-open"));
            f.render_widget(
                Paragraph::new(truncate(&text, rect.width as usize)).style(if focused {
                    t.focus
                } else {
                    t.title
                }),
                rect,
            );
        }
    }
}

fn finding_lines<'a>(
    l: &Localizer,
    t: &Theme,
    findings: &[&Finding],
    with_hint: bool,
) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    for fd in findings {
        let mut spans = vec![Span::styled(
            format!("{} ", severity_mark(fd.severity)),
            severity_style(t, fd.severity),
        )];
        spans.push(Span::styled(fd.message(l), t.base));
        if let Some(rule) = fd.cite(l) {
            spans.push(Span::styled(format!(" [{rule}]"), t.dim));
        }
        lines.push(Line::from(spans));
        if with_hint && let Some(h) = fd.hint(l) {
            lines.push(Line::from(Span::styled(format!("  → {h}"), t.dim)));
        }
    }
    lines
}

/// What the requested state's profile adds for a field.
fn profile_note(w: &Wizard, field: Field) -> Vec<String> {
    let l = &w.ui;
    let Some(p) = w.catalog.get(&w.case.requested_state) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    match field {
        Field::Top(Top::RequestedState) => {
            out.push(format!(
                "{} ({}) — {}",
                p.name,
                p.code,
                l.ta("cli-verified", &[("date", &p.verified)])
            ));
            out.push(format!(
                "{}: {}",
                l.t("show-central-authority"),
                p.central_authority.name
            ));
            if !p.central_authority.address.is_empty() {
                out.push(p.central_authority.address.replace('\n', ", "));
            }
            out.push(format!(
                "{}: {}",
                l.t("show-languages"),
                p.languages.join(", ")
            ));
            let ch: Vec<String> = p.channels.iter().map(|c| l.t(c.message_id())).collect();
            if !ch.is_empty() {
                out.push(format!("{}: {}", l.t("show-channels"), ch.join(", ")));
            }
        }
        Field::Top(Top::DocumentLanguage) => {
            out.push(format!(
                "{}: {}",
                l.t("show-languages"),
                p.languages.join(", ")
            ));
            if !p.languages_note.is_empty() {
                out.push(p.languages_note.clone());
            }
        }
        Field::Top(Top::LegalBasis) | Field::Top(Top::LegalBasisNote) => {
            if let Some(b) = p.legal_basis(w.case.legal_basis.trim()) {
                out.push(b.title.clone());
                if !b.note.is_empty() {
                    out.push(b.note.clone());
                }
            }
        }
        Field::MeasureKind(i) | Field::Measure(i, _) => {
            if let Some(kind) = w.case.measures.get(i).and_then(|m| m.kind)
                && let Some(rule) = p.measures.get(&kind)
            {
                if rule.available == Some(false) {
                    out.push(l.t("show-unavailable"));
                }
                out.extend(rule.requirements.iter().map(|r| format!("• {r}")));
                if !rule.note.is_empty() {
                    out.push(rule.note.clone());
                }
            }
        }
        Field::Top(Top::SignName | Top::SignTitle | Top::SignPlace | Top::SignDate) => {
            let fm = &p.formalities;
            for (flag, id) in [
                (fm.signature, "show-signature"),
                (fm.seal, "show-seal"),
                (fm.legalisation, "show-legalisation"),
                (fm.apostille, "show-apostille"),
                (fm.certified_translation, "show-certified-translation"),
            ] {
                if let Some(b) = flag {
                    out.push(format!(
                        "{}: {}",
                        l.t(id),
                        l.t(if b { "value-yes" } else { "value-no" })
                    ));
                }
            }
            if !fm.note.is_empty() {
                out.push(fm.note.clone());
            }
        }
        _ => {}
    }
    out
}

fn draw_guidance(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", l.t("panel-help")), t.title))
        .border_style(t.border)
        .style(t.base);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(Row::Field(field)) = w.current() {
        lines.push(Line::from(Span::styled(l.t(&field.label_id()), t.title)));
        lines.push(Line::from(Span::styled(l.t(&field.help_id()), t.base)));
        // Dual criminality results have their own panel below.
        let own: Vec<&Finding> = w
            .field_findings(field)
            .into_iter()
            .filter(|f| !f.is_dual_result())
            .collect();
        if !own.is_empty() {
            lines.extend(finding_lines(l, t, &own, true));
        }
        let notes = profile_note(w, field);
        if !notes.is_empty() {
            let state = w.case.requested_state.to_uppercase();
            lines.push(Line::from(Span::styled(
                l.ta("panel-profile", &[("state", &state)]),
                t.title,
            )));
            lines.extend(
                notes
                    .into_iter()
                    .map(|n| Line::from(Span::styled(n, t.info))),
            );
        }
    }
    lines.extend(dual_panel(w, t));
    let step_findings: Vec<&Finding> = w
        .step_findings(w.step)
        .into_iter()
        .filter(|f| !f.is_dual_result())
        .collect();
    if !matches!(w.step, Step::Review | Step::Produce) && !step_findings.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(l.t("panel-findings"), t.title)));
        lines.extend(finding_lines(l, t, &step_findings, false));
    }
    f.render_widget(
        Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false }),
        inner,
    );
}

/// The dual criminality assessments for the selected offence (Offences
/// step) or measure (Measures step).
fn dual_panel<'a>(w: &Wizard, t: &Theme) -> Vec<Line<'a>> {
    let l = &w.ui;
    let Some(p) = w.catalog.get(&w.case.requested_state) else {
        return Vec::new();
    };
    let (offence, measure) = match w.step {
        Step::Offences => (Some(w.selected(ListKind::Offences)), None),
        Step::Measures => (None, Some(w.selected(ListKind::Measures))),
        _ => return Vec::new(),
    };
    let all = crate::check::dual::assess(
        &crate::case::Request::build(&w.case).0,
        p,
        &w.catalog.treaties,
    );
    let mine: Vec<_> = all
        .into_iter()
        .filter(|a| {
            offence.is_none_or(|o| a.offence == o) && measure.is_none_or(|m| a.measure == m)
        })
        .collect();
    if mine.is_empty() {
        return Vec::new();
    }
    let findings = crate::check::dual::findings(&w.case, p, &mine);
    let mut lines = vec![
        Line::from(""),
        Line::from(Span::styled(l.t("panel-dual"), t.title)),
    ];
    for f in &findings {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", severity_mark(f.severity)),
                severity_style(t, f.severity),
            ),
            Span::styled(f.message(l), t.base),
            Span::styled(
                f.cite(l).map(|r| format!(" [{r}]")).unwrap_or_default(),
                t.dim,
            ),
        ]));
        for n in &f.notes {
            lines.push(Line::from(Span::styled(
                format!("  · {}", n.message(l)),
                t.dim,
            )));
        }
    }
    lines
}

fn draw_preview(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
    let l = &w.ui;
    let lang = w.document_language();
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", l.ta("panel-preview", &[("lang", &lang)])),
            t.title,
        ))
        .border_style(t.border)
        .style(t.base);
    let inner = block.inner(area);
    f.render_widget(block, area);
    hits.preview = Some(inner);
    let opts = Options {
        draft: crate::check::has_errors(&w.findings),
        ..Options::new(&lang, w.today)
    };
    let text = match document::compose(&w.case, &w.catalog, &opts) {
        Ok(doc) => document::text::to_text(&doc, inner.width.saturating_sub(1) as usize),
        Err(e) => e.to_string(),
    };
    f.render_widget(
        Paragraph::new(text).style(t.base).scroll((w.scroll, 0)),
        inner,
    );
}

fn popup_block<'a>(t: &Theme, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), t.title))
        .border_style(t.border_focus)
        .style(t.base)
}

fn draw_choice(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, hits: &mut Hits) {
    let Mode::Choice(list) = &w.mode else { return };
    let l = &w.ui;
    let r = centered(area, 76, area.height.saturating_sub(4).min(22));
    f.render_widget(Clear, r);
    let block = popup_block(t, l.t(&list.field.label_id()));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let visible = list.visible(&|c| c.label.clone());
    let detail = list.field == Field::Top(Top::RequestedState);
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
                p.central_authority.name,
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

fn draw_confirm(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, q: Question) {
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
    let block = popup_block(t, "?".into());
    let inner = block.inner(r);
    f.render_widget(block, r);
    f.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).style(t.base),
        inner,
    );
}

fn draw_prompt(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme, ask: Ask, text: &str) {
    let l = &w.ui;
    let title = match ask {
        Ask::SavePath => l.t("wiz-prompt-save"),
        Ask::OpenPath => l.t("wiz-prompt-open"),
    };
    let r = centered(area, 70, 5);
    f.render_widget(Clear, r);
    let block = popup_block(t, title);
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

fn draw_help(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let r = centered(area, 84, area.height.saturating_sub(2));
    f.render_widget(Clear, r);
    let block = popup_block(t, l.t("help-title"));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let mut lines = Vec::new();
    for ctx in [
        Ctx::Global,
        Ctx::Form,
        Ctx::Text,
        Ctx::List,
        Ctx::Selector,
        Ctx::Choice,
    ] {
        lines.push(Line::from(Span::styled(l.t(ctx.title_id()), t.title)));
        for b in BINDINGS
            .iter()
            .filter(|b| b.ctx == ctx && !b.label.is_empty())
        {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", b.label), t.label),
                Span::styled(l.t(b.help), t.base),
            ]));
        }
    }
    lines.push(Line::from(Span::styled(l.t("help-close"), t.dim)));
    f.render_widget(
        Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false }),
        inner,
    );
}
