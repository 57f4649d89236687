//! What an action does on the welcome screen and in the form: moving
//! between fields and steps, the list keys, saving and quitting, and
//! Enter on each kind of row (toggles, choices, the produce step's
//! buttons). The modal states answer in `mode`.

use super::fields::{Field, Input};
use super::{
    Action, Ask, ChoiceList, Effect, Focus, Mode, Question, Row, Screen, Step, WelcomeItem, Wizard,
};
use crate::case::Case;
use crate::check;
use crate::document;

impl Wizard {
    pub(super) fn act_welcome(&mut self, a: Action) -> Vec<Effect> {
        let n = self.welcome.len();
        match a {
            Action::Up | Action::PrevField => {
                self.welcome_selected = self.welcome_selected.saturating_sub(1)
            }
            Action::Down | Action::NextField => {
                self.welcome_selected = (self.welcome_selected + 1).min(n.saturating_sub(1))
            }
            Action::Activate => match self.welcome.get(self.welcome_selected).cloned() {
                Some(WelcomeItem::New) => self.open_case(Case::new(), None, None),
                Some(WelcomeItem::Recover { autosave, .. }) => {
                    return vec![Effect::Recover(autosave)];
                }
                Some(WelcomeItem::Recent(p)) => return vec![Effect::Load(p)],
                Some(WelcomeItem::Register) => return vec![Effect::ListRegister],
                Some(WelcomeItem::OpenFile) => {
                    self.mode = Mode::Prompt(Ask::OpenPath, String::new());
                    return vec![Effect::ListFiles(String::new())];
                }
                None => {}
            },
            Action::Quit | Action::Back => {
                self.screen = Screen::Exit;
                return vec![Effect::Exit];
            }
            _ => {}
        }
        Vec::new()
    }

    pub(super) fn act_form(&mut self, a: Action) -> Vec<Effect> {
        let rows = self.rows();
        match a {
            Action::NextField => {
                if self.focus == Focus::Steps {
                    self.focus = Focus::Form;
                } else if self.row + 1 < rows.len() {
                    self.row += 1;
                } else {
                    self.move_step(1);
                }
            }
            Action::PrevField => {
                if self.row > 0 {
                    self.row -= 1;
                } else if self.focus == Focus::Form && self.step.index() > 0 {
                    self.move_step(-1);
                    self.row = self.rows().len().saturating_sub(1);
                }
            }
            Action::Up => {
                if self.focus == Focus::Steps {
                    self.move_step(-1);
                } else {
                    self.row = self.row.saturating_sub(1);
                }
            }
            Action::StepFirst => self.go_to(Step::ALL[0]),
            Action::StepLast => self.go_to(Step::ALL[Step::ALL.len() - 1]),
            Action::Down => {
                if self.focus == Focus::Steps {
                    self.move_step(1);
                } else if self.row + 1 < rows.len() {
                    self.row += 1;
                }
            }
            Action::NextStep => self.move_step(1),
            Action::PrevStep => self.move_step(-1),
            Action::Back => {
                self.focus = match self.focus {
                    Focus::Form => Focus::Steps,
                    Focus::Steps => Focus::Form,
                };
            }
            Action::Activate => return self.activate(),
            Action::ItemNext
            | Action::ItemPrev
            | Action::ItemAdd
            | Action::ItemRemove
            | Action::ItemUp
            | Action::ItemDown => self.act_item(a),
            Action::Save => match &self.path {
                Some(p) => return vec![Effect::Save(p.clone())],
                None => {
                    self.mode = Mode::Prompt(Ask::SavePath, "request.toml".into());
                    return vec![Effect::ListFiles("request.toml".into())];
                }
            },
            Action::Quit => {
                if self.dirty {
                    self.mode = Mode::Confirm(Question::QuitUnsaved);
                } else {
                    self.screen = Screen::Exit;
                    return vec![Effect::DiscardAutosave, Effect::Exit];
                }
            }
            Action::TogglePages => {
                if self.preview && self.pages {
                    self.pages = false;
                } else {
                    self.preview = true;
                    self.pages = true;
                }
            }
            Action::ScrollDown if self.preview && self.pages => {
                self.page = (self.page + 1).min(self.page_count.saturating_sub(1).max(self.page));
            }
            Action::ScrollUp if self.preview && self.pages => {
                self.page = self.page.saturating_sub(1);
            }
            Action::TogglePreview => {
                self.preview = !self.preview;
                self.scroll = 0;
                self.prepare();
            }
            Action::ScrollDown | Action::ScrollUp if !self.preview => {
                let here = (self.step, self.row);
                let now = match self.guide_scroll {
                    (s, r, n) if (s, r) == here => n,
                    _ => 0,
                };
                let n = if a == Action::ScrollDown {
                    now.saturating_add(3)
                } else {
                    now.saturating_sub(3)
                };
                self.guide_scroll = (here.0, here.1, n);
            }
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(5),
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(5),
            Action::Editor => {
                if let Some((f, _)) = self.editing_text() {
                    return vec![Effect::EditExternally(f, f.text(&self.case))];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn activate(&mut self) -> Vec<Effect> {
        if self.focus == Focus::Steps {
            self.focus = Focus::Form;
            return Vec::new();
        }
        match self.current() {
            Some(Row::Field(f)) => match f.input() {
                Input::Toggle => {
                    f.toggle(&mut self.case);
                    self.changed();
                }
                Input::Choice => {
                    let options = self.options(f);
                    if options.is_empty() {
                        self.set_status("wiz-no-options", vec![], true);
                    } else {
                        let current = f.text(&self.case);
                        let selected = options.iter().position(|o| o.value == current).unwrap_or(0);
                        self.mode = Mode::Choice(ChoiceList {
                            field: f,
                            options,
                            filter: String::new(),
                            selected,
                        });
                    }
                }
                Input::Selector => {
                    if let Field::List(l) = f
                        && l.len(&self.case) == 0
                    {
                        self.act_item(Action::ItemAdd);
                    } else {
                        self.row += 1;
                    }
                }
                Input::Line | Input::Date => return self.act_form(Action::NextField),
                Input::Area => {}
            },
            Some(Row::Finding(i)) => {
                if let Some(f) = self.findings.get(i).cloned() {
                    self.jump_to(&f.path);
                }
            }
            Some(Row::Draft) => self.draft = !self.draft,
            Some(Row::Format) => self.next_format(),
            Some(Row::Bilingual) => {
                self.bilingual = match self.bilingual {
                    document::Bilingual::None => document::Bilingual::Side,
                    document::Bilingual::Side => document::Bilingual::Sequential,
                    document::Bilingual::Sequential => document::Bilingual::None,
                }
            }
            Some(Row::ProduceButton) => {
                let errors = check::has_errors(&self.findings);
                if errors && !self.draft {
                    self.set_status("wiz-produce-refused", vec![], true);
                } else {
                    return vec![Effect::Produce {
                        path: self.output_path(),
                        draft: self.draft,
                    }];
                }
            }
            Some(Row::Encrypt) => return self.ask_new_passphrase(),
            Some(Row::AllStates) => {
                let results = crate::check::states::assess(&self.case, &self.catalog, self.today);
                self.mode = Mode::States(results, 0);
            }
            Some(Row::RegisterButton) => return self.record_in_register(),
            Some(Row::OpenButton) => {
                if let Some(p) = &self.produced {
                    return vec![Effect::Open(p.clone())];
                }
            }
            Some(r @ (Row::XliffExport | Row::XliffImport)) => return self.activate_translation(r),
            Some(Row::Output | Row::TranslateSummary) | None => {}
        }
        Vec::new()
    }
}
