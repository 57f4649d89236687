//! Where the focus is and how it moves: the rows of each step, the focused
//! row and field, the selected item of each list (and moving, adding and
//! removing items), going to a step and jumping to the field a finding
//! names.

use super::fields::{Field, Input, ListKind, Top, item_fields};
use super::{Action, Mode, Question, Screen, Step, Wizard, path_under, step_of};
use crate::case::schema::Section;

/// One row of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Field(Field),
    /// A finding on the review step (index into the findings).
    Finding(usize),
    /// Produce step: where the PDF goes.
    Output,
    /// State step: assess the request against every profile.
    AllStates,
    /// Produce step: PDF, DOCX or ODT.
    Format,
    /// Produce step: mark as draft.
    Draft,
    /// Produce step: bilingual layout (none, side by side, one after the other).
    Bilingual,
    /// Produce step: write the PDF.
    ProduceButton,
    /// Produce step: open the written PDF.
    OpenButton,
    /// Produce step: encrypt the case file with a passphrase.
    Encrypt,
    /// Produce step: record the request and the document in the register.
    RegisterButton,
    /// Translation step: into which language, and how far it is.
    TranslateSummary,
    /// Translation step: write the XLIFF file for a translator.
    XliffExport,
    /// Translation step: take the translated XLIFF file back.
    XliffImport,
}

/// What has keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Steps,
    Form,
}

impl Wizard {
    /// The selected item of a list (clamped to its length).
    pub fn selected(&self, list: ListKind) -> usize {
        let n = list.len(&self.case);
        self.selected
            .get(&list)
            .copied()
            .unwrap_or(0)
            .min(n.saturating_sub(1))
    }

    /// The rows of the current step.
    pub fn rows(&self) -> Vec<Row> {
        self.rows_of(self.step)
    }

    /// The rows of a step.
    pub fn rows_of(&self, step: Step) -> Vec<Row> {
        // Which fields a step shows, and in what order, is the schema's
        // (`case/schema.rs`): a step shows one or more parts of the request.
        let tops = |section: Section| {
            Top::in_section(section)
                .map(|t| Row::Field(Field::Top(t)))
                .collect::<Vec<_>>()
        };
        let list = |l: ListKind| {
            let mut v = vec![Row::Field(Field::List(l))];
            if l.len(&self.case) > 0 {
                let i = self.selected(l);
                v.extend(item_fields(l, &self.case, i).into_iter().map(Row::Field));
            }
            v
        };
        match step {
            Step::Authority => tops(Section::Authority),
            Step::State => {
                // The channel only where the profile offers more than the
                // central authority; the recipient only for a letter that
                // does not go to it (or that already names one: nothing
                // typed is hidden).
                use crate::case::CaseField as C;
                let central = matches!(self.case.channel.trim(), "" | "central-authority");
                let mut v = tops(Section::State);
                v.retain(|r| match r {
                    Row::Field(f @ Field::Top(Top::Case(C::Channel))) => {
                        !central || self.options(*f).len() > 1
                    }
                    Row::Field(Field::Top(Top::Case(C::Recipient))) => {
                        !central || !self.case.recipient.trim().is_empty()
                    }
                    Row::Field(Field::Top(Top::Case(C::RecipientAddress))) => {
                        !central || !self.case.recipient_address.trim().is_empty()
                    }
                    _ => true,
                });
                v.push(Row::AllStates);
                v
            }
            Step::LegalBasis => tops(Section::LegalBasis),
            Step::Proceeding => tops(Section::Proceeding),
            Step::Offences => list(ListKind::Offences),
            Step::Facts => tops(Section::Facts),
            Step::Persons => list(ListKind::Persons),
            Step::Measures => list(ListKind::Measures),
            Step::Urgency => tops(Section::Urgency),
            Step::Procedures => tops(Section::Procedures),
            Step::Annexes => {
                let mut v = list(ListKind::Annexes);
                v.extend(list(ListKind::Earlier));
                // The translator only where the requested state requires a
                // certified translation (or one is already named).
                let certified = self
                    .catalog
                    .get(&self.case.requested_state)
                    .is_some_and(|p| p.formalities.certified_translation == Some(true))
                    || self.case.translator != Default::default();
                let mut sign = tops(Section::Signature);
                sign.retain(|r| {
                    certified || !matches!(r, Row::Field(Field::Top(Top::Translator(_))))
                });
                v.extend(sign);
                v
            }
            Step::Translation => self.translation_rows(),
            Step::Review => (0..self.findings.len()).map(Row::Finding).collect(),
            Step::Produce => {
                let mut v = vec![
                    Row::Output,
                    Row::Format,
                    Row::Draft,
                    Row::Bilingual,
                    Row::ProduceButton,
                ];
                if self.produced.is_some() {
                    v.push(Row::OpenButton);
                    if !self.draft {
                        v.push(Row::RegisterButton);
                    }
                }
                v.push(Row::Encrypt);
                v
            }
        }
    }

    /// The focused row, if any.
    pub fn current(&self) -> Option<Row> {
        self.rows().get(self.row).copied()
    }

    /// The focused field, if the focused row is one.
    pub fn current_field(&self) -> Option<Field> {
        match self.current() {
            Some(Row::Field(f)) if self.focus == Focus::Form => Some(f),
            _ => None,
        }
    }

    /// Whether the focused row takes typed text (line, area or date).
    pub fn editing_text(&self) -> Option<(Field, bool)> {
        if self.mode != Mode::Normal || self.screen != Screen::Form || self.preview_covers_form() {
            return None;
        }
        match self.current_field()?.input() {
            Input::Line | Input::Date => self.current_field().map(|f| (f, false)),
            Input::Area => self.current_field().map(|f| (f, true)),
            _ => None,
        }
    }

    pub(super) fn clamp_row(&mut self) {
        let n = self.rows().len();
        if n == 0 {
            self.row = 0;
        } else if self.row >= n {
            self.row = n - 1;
        }
    }

    /// Go to a step; leaving a step with errors marks it.
    pub fn go_to(&mut self, step: Step) {
        if self.step != step && self.step_errors(self.step) > 0 && !self.passed.contains(&self.step)
        {
            self.passed.push(self.step);
        }
        self.step = step;
        self.row = 0;
        self.scroll = 0;
        self.clamp_row();
    }

    pub(super) fn move_step(&mut self, delta: isize) {
        let i = self.step.index() as isize + delta;
        if let Some(s) = usize::try_from(i).ok().and_then(|i| Step::ALL.get(i)) {
            self.go_to(*s);
        }
    }

    /// Go to the step and field a finding path points at.
    pub fn jump_to(&mut self, path: &str) {
        let step = step_of(path);
        // Select the item of a list the path names, e.g. `measures[1].x`.
        for l in [
            ListKind::Offences,
            ListKind::Persons,
            ListKind::Measures,
            ListKind::Annexes,
            ListKind::Earlier,
        ] {
            if let Some(rest) = path
                .strip_prefix(l.path())
                .and_then(|r| r.strip_prefix('['))
                && let Some(i) = rest.split(']').next().and_then(|n| n.parse::<usize>().ok())
            {
                self.selected.insert(l, i);
            }
        }
        self.go_to(step);
        self.focus = Focus::Form;
        let rows = self.rows();
        let best = rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r {
                Row::Field(f) if path_under(path, &f.path()) => Some((i, f.path().len())),
                _ => None,
            })
            .max_by_key(|(_, len)| *len);
        self.row = best.map_or(0, |(i, _)| i);
    }

    /// Whether the focused row belongs to a list (its selector or an item).
    pub fn in_list(&self) -> bool {
        self.focus == Focus::Form && self.screen == Screen::Form && self.current_list().is_some()
    }

    pub(super) fn current_list(&self) -> Option<ListKind> {
        let rows = self.rows();
        let upto = rows.get(..=self.row.min(rows.len().saturating_sub(1)))?;
        upto.iter().rev().find_map(|r| match r {
            Row::Field(Field::List(l)) => Some(*l),
            _ => None,
        })
    }

    pub(super) fn act_item(&mut self, a: Action) {
        let Some(list) = self.current_list() else {
            return;
        };
        let n = list.len(&self.case);
        let i = self.selected(list);
        match a {
            Action::ItemNext if n > 0 => {
                self.selected.insert(list, (i + 1) % n);
            }
            Action::ItemPrev if n > 0 => {
                self.selected.insert(list, (i + n - 1) % n);
            }
            Action::ItemAdd => {
                let new = list.push_new(&mut self.case);
                self.selected.insert(list, new);
                self.changed();
                // Focus the new item's first field that takes typing (a
                // person's name, not the list of roles, so a name typed at
                // once goes into the name); a measure starts with its kind,
                // which decides the rest.
                let rows = self.rows();
                if let Some(pos) = rows
                    .iter()
                    .position(|r| *r == Row::Field(Field::List(list)))
                {
                    let first = (pos + 1).min(rows.len() - 1);
                    let typed = rows[first..]
                        .iter()
                        .take_while(|r| !matches!(r, Row::Field(Field::List(_))))
                        .position(|r| {
                            matches!(r, Row::Field(f) if matches!(f.input(), Input::Line | Input::Area))
                        });
                    self.row = match typed {
                        Some(k) if list != ListKind::Measures => first + k,
                        _ => first,
                    };
                }
            }
            Action::ItemRemove if n > 0 => self.mode = Mode::Confirm(Question::Remove(list, i)),
            Action::ItemUp if i > 0 => {
                list.swap(&mut self.case, i, i - 1);
                self.selected.insert(list, i - 1);
                self.changed();
            }
            Action::ItemDown if i + 1 < n => {
                list.swap(&mut self.case, i, i + 1);
                self.selected.insert(list, i + 1);
                self.changed();
            }
            _ => {}
        }
        self.clamp_row();
    }
}
