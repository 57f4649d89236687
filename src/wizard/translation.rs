//! The translation step: each free-text field with the status of its
//! translation into the document language (not needed, missing, done,
//! stale), typed beside its source, and the XLIFF file out to a translator
//! and back (written and read by the terminal side, `tui::effects`).

use std::path::PathBuf;

use super::fields::{Field, Lang, free_text};
use super::{Effect, Msg, Row, Wizard};
use crate::translate::memory::Match;

/// How far the translation of one field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Missing,
    Done,
    /// Made from an earlier version of the source.
    Stale,
}

impl State {
    pub fn message_id(self) -> &'static str {
        match self {
            State::Missing => "wiz-translation-missing",
            State::Done => "wiz-translation-done",
            State::Stale => "wiz-translation-stale",
        }
    }
}

impl Wizard {
    /// The language the free text must be translated into, if any (none
    /// when the document is in the language the case is written in).
    pub fn translation_language(&self) -> Option<String> {
        let lang = self.document_language();
        (lang != self.case.source_language()).then_some(lang)
    }

    pub(super) fn translation_rows(&self) -> Vec<Row> {
        let mut v = vec![Row::TranslateSummary];
        let Some(lang) = self.translation_language() else {
            return v;
        };
        let l = Lang::new(&lang);
        v.extend((0..self.case.free_texts().len()).map(|i| Row::Field(Field::Translation(i, l))));
        v.extend([Row::XliffExport, Row::XliffImport]);
        v
    }

    /// The state of the translation of the `i`th free-text field.
    pub fn translation_state(&self, i: usize, lang: &str) -> State {
        let Some((path, _)) = free_text(&self.case, i) else {
            return State::Missing;
        };
        if self.case.translation(lang, &path).is_none() {
            State::Missing
        } else if crate::translate::stale(&self.case, lang).contains(&path) {
            State::Stale
        } else {
            State::Done
        }
    }

    /// A field's label: its fluent label, or for a translation the field
    /// it translates and its state.
    pub fn field_label(&self, f: Field) -> String {
        match f {
            Field::Translation(i, l) => {
                let role = free_text(&self.case, i)
                    .map(|(p, _)| crate::translator::role(&p, &self.ui))
                    .unwrap_or_default();
                let state = self
                    .ui
                    .t(self.translation_state(i, l.as_str()).message_id());
                self.ui.ta(
                    "wiz-translation-label",
                    &[("field", &role), ("state", &state)],
                )
            }
            f => self.ui.t(&f.label_id()),
        }
    }

    /// The step's first line: into which language, and how many fields
    /// are done, missing and stale.
    pub fn translation_summary(&self) -> String {
        let Some(lang) = self.translation_language() else {
            return self.ui.t("wiz-translation-not-needed");
        };
        let n = self.case.free_texts().len();
        let count = |s: State| {
            (0..n)
                .filter(|&i| self.translation_state(i, &lang) == s)
                .count()
                .to_string()
        };
        let name =
            crate::codes::language_name_in_text(self.ui.lang(), &lang).unwrap_or(lang.clone());
        self.ui.ta(
            "wiz-translation-summary",
            &[
                ("lang", &name),
                ("done", &count(State::Done)),
                ("missing", &count(State::Missing)),
                ("stale", &count(State::Stale)),
            ],
        )
    }

    /// The XLIFF file of the translation step: beside the case file.
    pub fn xliff_path(&self) -> PathBuf {
        let lang = self.translation_language().unwrap_or_default();
        let stem = self
            .path
            .as_ref()
            .map_or_else(|| PathBuf::from("request"), |p| p.with_extension(""));
        PathBuf::from(format!("{}.{lang}.xlf", stem.display()))
    }

    /// The source of a translation field, and what the memory holds for
    /// its sentences (the same sentence, or close ones with a score).
    pub fn translation_source(&self, f: Field) -> Option<(String, Vec<Match>)> {
        let Field::Translation(i, l) = f else {
            return None;
        };
        let (_, text) = free_text(&self.case, i)?;
        let matches = crate::translate::segments(&text)
            .iter()
            .filter(|s| !s.text.trim().is_empty())
            .flat_map(|s| {
                self.memory
                    .lookup(self.case.source_language(), l.as_str(), &s.text, 1)
            })
            .collect();
        Some((text, matches))
    }

    pub(super) fn activate_translation(&mut self, row: Row) -> Vec<Effect> {
        let Some(lang) = self.translation_language() else {
            return Vec::new();
        };
        match row {
            Row::XliffExport => vec![Effect::TranslateExport {
                path: self.xliff_path(),
                lang,
            }],
            Row::XliffImport => vec![Effect::TranslateImport(self.xliff_path())],
            _ => Vec::new(),
        }
    }

    /// What the terminal side did with the XLIFF file.
    pub(super) fn on_translation(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::TranslateExported { path, units } => {
                let args = vec![
                    ("path", path.display().to_string()),
                    ("units", units.to_string()),
                ];
                self.set_status("wiz-translate-exported", args, false);
            }
            Msg::TranslateNothing => self.set_status("wiz-translate-nothing", Vec::new(), false),
            Msg::TranslateImported {
                case,
                applied,
                refused,
                memory,
            } => {
                let changed = *case != self.case;
                self.case = *case;
                self.memory = *memory;
                if changed {
                    self.changed();
                }
                let args = vec![
                    ("applied", applied.to_string()),
                    ("refused", refused.to_string()),
                ];
                self.set_status("wiz-translate-imported", args, refused > 0);
            }
            _ => {}
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, Focus, Step, WelcomeItem};
    use super::*;

    fn wizard_on_example_to_france() -> Wizard {
        let mut w = Wizard::new(
            crate::store::builtin_catalog(),
            "2026-11-22".parse().unwrap(),
            vec![WelcomeItem::New],
            crate::i18n::Localizer::new("en"),
        );
        w.update(Msg::Action(Action::Activate));
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/complete-fraud-gb-us.toml");
        let mut case = crate::store::load_case(&path).unwrap();
        case.document_language = "fr".into();
        w.update(Msg::Loaded(
            Box::new(case),
            Some("/tmp/c/case.toml".into()),
            None,
        ));
        w.go_to(Step::Translation);
        w
    }

    #[test]
    fn a_translation_typed_beside_its_source_is_done_until_the_source_changes() {
        let mut w = wizard_on_example_to_france();
        let rows = w.rows();
        assert_eq!(rows[0], Row::TranslateSummary);
        assert!(
            w.translation_summary()
                .starts_with("Into French: 0 done, 36 missing"),
            "{}",
            w.translation_summary()
        );
        let facts = (0..w.case.free_texts().len())
            .find(|&i| free_text(&w.case, i).unwrap().0 == "facts")
            .unwrap();
        let field = Field::Translation(facts, Lang::new("fr"));
        w.row = rows.iter().position(|r| *r == Row::Field(field)).unwrap();
        w.focus = Focus::Form;
        assert_eq!(w.field_label(field), "Summary of the facts: missing");
        let (source, _) = w.translation_source(field).unwrap();
        assert!(source.starts_with("Between March 2024"));
        w.update(Msg::SetText(
            "Entre mars 2024 et juin 2025, un groupe organisé…".into(),
        ));
        assert_eq!(
            w.case.translation("fr", "facts"),
            Some("Entre mars 2024 et juin 2025, un groupe organisé…")
        );
        assert_eq!(w.field_label(field), "Summary of the facts: done");
        assert!(w.dirty, "a change to save");
        // The check no longer reports the facts untranslated.
        assert!(
            !w.findings
                .iter()
                .any(|f| f.id == "untranslated" && f.path == "facts")
        );
        // An edit of the source makes it stale, in the row and in the check.
        w.case.facts.push_str(" One more sentence.");
        w.recheck();
        assert_eq!(
            w.field_label(field),
            "Summary of the facts: stale (the source changed)"
        );
        assert!(
            w.findings
                .iter()
                .any(|f| f.id == "translation-stale" && f.path == "facts")
        );
        // Emptying the translation removes it and its fingerprint.
        w.update(Msg::SetText(String::new()));
        assert!(w.case.translation("fr", "facts").is_none());
        assert!(w.case.translation_sources.is_empty());
    }

    #[test]
    fn the_buttons_ask_for_the_file_beside_the_case_and_an_import_is_taken() {
        let mut w = wizard_on_example_to_france();
        let rows = w.rows();
        w.focus = Focus::Form;
        w.row = rows.iter().position(|r| *r == Row::XliffExport).unwrap();
        let fx = w.update(Msg::Action(Action::Activate));
        assert_eq!(
            fx,
            vec![Effect::TranslateExport {
                path: "/tmp/c/case.fr.xlf".into(),
                lang: "fr".into()
            }]
        );
        w.row = rows.iter().position(|r| *r == Row::XliffImport).unwrap();
        let fx = w.update(Msg::Action(Action::Activate));
        assert_eq!(
            fx,
            vec![Effect::TranslateImport("/tmp/c/case.fr.xlf".into())]
        );
        let mut case = w.case.clone();
        case.translations
            .entry("fr".into())
            .or_default()
            .insert("purpose".into(), "Obtenir".into());
        w.update(Msg::TranslateImported {
            case: Box::new(case),
            applied: 1,
            refused: 2,
            memory: Box::default(),
        });
        assert_eq!(w.case.translation("fr", "purpose"), Some("Obtenir"));
        assert!(w.dirty);
        let s = w.status.as_ref().unwrap();
        assert_eq!(s.id, "wiz-translate-imported");
        assert!(s.error, "refused units are an error to look at");
    }

    #[test]
    fn a_request_in_its_own_language_has_nothing_to_translate() {
        let mut w = wizard_on_example_to_france();
        w.case.document_language = "en".into();
        w.recheck();
        assert_eq!(w.rows(), vec![Row::TranslateSummary]);
        assert!(w.translation_summary().contains("nothing to translate"));
    }
}
