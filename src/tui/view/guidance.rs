//! The guidance panel: the right column of the form screen (or under the
//! form below 110 columns) with the focused field's help, its findings,
//! what the requested state's profile says about it, the dual criminality
//! assessment and the step's findings.
//!
//! ```text
//! │ header                                                          │
//! │ steps        │ form                     ┌ Help ───────────────┐ │
//! │              │                          │ label, help, notes  │ │
//! │              │                          │ findings of the step│ │
//! │              │                          └─────────────────────┘ │
//!                                             ▲ here
//! ```

use crate::case::{CaseField, SignatureField};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph};

use super::{severity_mark, severity_style};
use crate::check::Finding;
use crate::i18n::Localizer;
use crate::tui::theme::Theme;
use crate::wizard::fields::{Field, ListKind, Top};
use crate::wizard::{Row, Step, Wizard};

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
        Field::Top(Top::Case(CaseField::RequestedState)) => {
            out.push(format!(
                "{} ({}) — {}",
                p.name,
                p.code,
                l.ta("cli-verified", &[("date", &p.verified)])
            ));
            for ca in &p.central_authorities {
                out.push(format!("{}: {}", l.t("show-central-authority"), ca.name));
                if !ca.address.is_empty() {
                    out.push(ca.address.replace('\n', ", "));
                }
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
        Field::Top(Top::Case(CaseField::DocumentLanguage)) => {
            out.push(format!(
                "{}: {}",
                l.t("show-languages"),
                p.languages.join(", ")
            ));
            if !p.languages_note.is_empty() {
                out.push(p.languages_note.clone());
            }
        }
        Field::Top(Top::Case(CaseField::LegalBasis))
        | Field::Top(Top::Case(CaseField::LegalBasisNote)) => {
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
                out.extend(
                    rule.requirements
                        .iter()
                        .filter(|r| r.applies(&w.case.legal_basis))
                        .map(|r| format!("• {}", r.text())),
                );
                if !rule.note.is_empty() {
                    out.push(rule.note.clone());
                }
            }
        }
        Field::Top(
            Top::Signature(SignatureField::SignName)
            | Top::Signature(SignatureField::SignTitle)
            | Top::Signature(SignatureField::SignPlace)
            | Top::Signature(SignatureField::SignDate),
        ) => {
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

pub(super) fn draw(f: &mut Frame, area: Rect, w: &Wizard, t: &Theme) {
    let l = &w.ui;
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", l.t("panel-help")), t.title))
        .border_style(t.border)
        .style(t.base);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(Row::Field(field)) = w.current() {
        lines.push(Line::from(Span::styled(w.field_label(field), t.title)));
        // A translation: its source beside it, and what the memory holds,
        // before the help (the panel is small at 80×24).
        if let Some((source, matches)) = w.translation_source(field) {
            let lang = crate::codes::language_name_in_text(l.lang(), w.case.source_language())
                .unwrap_or_else(|| w.case.source_language().to_string());
            lines.push(Line::from(Span::styled(
                l.ta("wiz-translation-source", &[("lang", &lang)]),
                t.title,
            )));
            lines.extend(
                source
                    .lines()
                    .map(|s| Line::from(Span::styled(s.to_string(), t.base))),
            );
            if !matches.is_empty() {
                lines.push(Line::from(Span::styled(
                    l.t("wiz-translation-memory"),
                    t.title,
                )));
                for m in matches {
                    lines.push(Line::from(Span::styled(
                        format!("{} %  {}", m.score, m.target),
                        t.info,
                    )));
                }
            }
        }
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
    let more = ["panel-more-below", "panel-more-above", "panel-more-both"];
    scrolled(f, inner, area, t, l, lines, w.guide_scroll(), more);
}

/// Draw lines wrapped to the area, from line `scroll` on; when they do not
/// all fit, the bottom border says which keys show the rest (`ids`: the
/// messages for more below, more above, both), so nothing is cut without
/// the user knowing.
#[allow(clippy::too_many_arguments)]
pub(super) fn scrolled(
    f: &mut Frame,
    inner: Rect,
    outer: Rect,
    t: &Theme,
    l: &Localizer,
    lines: Vec<Line<'_>>,
    scroll: u16,
    ids: [&str; 3],
) {
    let wrapped: Vec<Line> = lines
        .iter()
        .flat_map(|line| super::wrap_line(line, inner.width as usize))
        .collect();
    let total = wrapped.len();
    let height = inner.height as usize;
    let max = total.saturating_sub(height);
    let first = usize::from(scroll).min(max);
    let shown: Vec<Line> = wrapped.into_iter().skip(first).take(height).collect();
    f.render_widget(Paragraph::new(Text::from(shown)), inner);
    let more_below = first < max;
    let more_above = first > 0;
    let id = match (more_above, more_below) {
        (false, false) => return,
        (false, true) => ids[0],
        (true, false) => ids[1],
        (true, true) => ids[2],
    };
    let text = format!(" {} ", l.t(id));
    let w = super::display_width(&text) as u16;
    if outer.height == 0 || w + 2 > outer.width {
        return;
    }
    f.render_widget(
        Paragraph::new(Span::styled(text, t.title)),
        Rect {
            x: outer.x + outer.width - w - 1,
            y: outer.y + outer.height - 1,
            width: w,
            height: 1,
        },
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
    // Assessed when the case changed, not here.
    let mine: Vec<_> = w
        .prepared
        .assessments
        .iter()
        .filter(|a| {
            offence.is_none_or(|o| a.offence == o) && measure.is_none_or(|m| a.measure == m)
        })
        .cloned()
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
