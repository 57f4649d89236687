//! Effects: carrying out what the wizard asks for — saving, loading,
//! recovering a draft, writing and opening the PDF, editing a field in
//! $EDITOR, discarding the autosave — and feeding the result back to it.
//! Files go through `store`.

use crate::i18n::Localized;
use std::io;
use std::path::Path;

use crossterm::event::EnableMouseCapture;
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use super::{App, Term, restore};
use crate::document::{self, Options};
use crate::store;
use crate::wizard::{Effect, Msg, Wizard};

impl App {
    pub(super) fn effect(&mut self, term: &mut Term, w: &mut Wizard, fx: Effect) -> io::Result<()> {
        // A passphrase's key derivation takes a second or more: say so
        // before the screen stops answering.
        let slow = match &fx {
            Effect::Encrypt(_) => Some("wiz-encrypting"),
            Effect::Unlock { .. } => Some("wiz-unlocking"),
            Effect::Save(_) if w.lock.as_ref().is_some_and(store::Lock::is_passphrase) => {
                Some("wiz-encrypting")
            }
            _ => None,
        };
        if let Some(id) = slow {
            w.status = Some(crate::wizard::Status {
                id,
                args: Vec::new(),
                error: false,
            });
            term.draw(|f| {
                super::view::draw(
                    f,
                    w,
                    &self.theme,
                    &self.textarea,
                    &mut self.hits,
                    &mut self.page,
                )
            })?;
        }
        let msg = match fx {
            Effect::Save(path) => match save(w, &path) {
                Ok(()) => {
                    store::remember(&path);
                    Some(Msg::Saved(path))
                }
                Err(e) => Some(Msg::SaveFailed(path, e.localized(&w.ui))),
            },
            Effect::ListFiles(text) => {
                let entries = store::complete_path(&text, &store::recent_files());
                Some(Msg::Files(text, entries))
            }
            Effect::Load(path) => Some(self.open(&w.ui, &path, false, None)),
            Effect::Recover(path) => Some(self.open(&w.ui, &path, true, None)),
            Effect::Unlock {
                path,
                draft,
                passphrase,
            } => Some(self.open(&w.ui, &path, draft, Some(passphrase))),
            Effect::Encrypt(passphrase) => {
                let lock = store::Lock::passphrase(passphrase);
                // The drafts' key costs a second once: now, not mid-typing.
                match lock.prepare_drafts() {
                    Ok(()) => Some(Msg::Encrypted(lock)),
                    Err(e) => Some(Msg::Failed(e)),
                }
            }
            Effect::Produce { path, draft } => Some(produce(w, &path, draft)),
            Effect::Open(path) => {
                // The viewer runs on its own; a thread waits for the opener
                // (so no defunct process is left) and reports how it went.
                let tx = self.results.0.clone();
                let lang = w.ui.lang().to_string();
                std::thread::spawn(move || {
                    let ui = crate::i18n::Localizer::new(&lang);
                    let _ = tx.send(open_with_viewer(&path, &ui));
                });
                None
            }
            Effect::EditExternally(field, text) => {
                Some(self.external_editor(term, &w.ui, field, &text))
            }
            Effect::DiscardAutosave => {
                if let Some(old) = self.slot.take() {
                    store::discard_autosave(&old);
                }
                if let Some(own) = store::autosave_slot(w.path.as_deref()) {
                    store::discard_autosave(&own);
                }
                self.autosaved = w.revision;
                None
            }
            Effect::ListRegister => Some(super::register::list(w.today)),
            Effect::RegisterAdd { case, sent } => Some(super::register::add(w, &case, &sent)),
            Effect::FollowUp { reference, output } => {
                match super::register::follow_up(w, &reference, &output) {
                    Ok(()) => Some(self.open(&w.ui, &output, false, None)),
                    Err(m) => Some(m),
                }
            }
            Effect::TranslateExport { path, lang } => {
                Some(super::translate::export(w, &path, &lang))
            }
            Effect::TranslateImport(path) => Some(super::translate::import(w, &path)),
            Effect::Exit => None,
        };
        if let Some(m) = msg {
            let more = w.update(m);
            for fx in more {
                self.effect(term, w, fx)?;
            }
        }
        Ok(())
    }

    /// Open a case file or an autosaved draft, with the passphrase typed
    /// in the wizard if there is one; an encrypted one without it asks.
    pub(super) fn open(
        &mut self,
        ui: &crate::i18n::Localizer,
        path: &Path,
        draft: bool,
        passphrase: Option<store::Passphrase>,
    ) -> Msg {
        let tried = passphrase.is_some();
        let mut given = store::Given(passphrase);
        let result = if draft {
            store::read_autosave(path, &mut given).map(|(c, of, lock)| {
                self.slot = Some(path.to_path_buf());
                Msg::Recovered(Box::new(c), of, lock)
            })
        } else {
            store::open_case(path, &mut given).map(|o| {
                store::remember(path);
                Msg::Loaded(Box::new(o.case), Some(path.to_path_buf()), o.lock)
            })
        };
        match result {
            Ok(m) => {
                if let Msg::Loaded(_, _, Some(l)) | Msg::Recovered(_, _, Some(l)) = &m
                    && let Err(e) = l.prepare_drafts()
                {
                    return Msg::Failed(e);
                }
                m
            }
            Err(store::StoreError::Locked {
                refusal:
                    r @ (store::lock::Refusal::NeedPassphrase | store::lock::Refusal::WrongPassphrase),
                ..
            }) => Msg::Locked {
                path: path.to_path_buf(),
                draft,
                wrong: tried && r == store::lock::Refusal::WrongPassphrase,
                shown: if draft {
                    store::autosave_of(path)
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| ui.t("status-new-file"))
                } else {
                    path.display().to_string()
                },
            },
            Err(e) => Msg::Failed(e.localized(ui)),
        }
    }

    fn external_editor(
        &mut self,
        term: &mut Term,
        ui: &crate::i18n::Localizer,
        field: crate::wizard::fields::Field,
        text: &str,
    ) -> Msg {
        let editor = std::env::var("VISUAL")
            .or_else(|_| std::env::var("EDITOR"))
            .unwrap_or_else(|_| "vi".to_string());
        let file = match store::EditFile::create(text) {
            Ok(f) => f,
            Err(e) => return Msg::Failed(e.localized(ui)),
        };
        restore();
        let mut parts = editor.split_whitespace();
        let program = parts.next().unwrap_or("vi");
        let status = std::process::Command::new(program)
            .args(parts)
            .arg(file.path())
            .status();
        let _ = enable_raw_mode();
        let _ = execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture);
        let _ = term.clear();
        let result = match status {
            Ok(s) if s.success() => match file.read() {
                Ok(t) => Msg::Edited(field, t.strip_suffix('\n').unwrap_or(&t).to_string()),
                Err(e) => Msg::Failed(e.localized(ui)),
            },
            Ok(s) => Msg::Failed(format!("{program}: {s}")),
            Err(e) => Msg::Failed(format!("{program}: {e}")),
        };
        file.remove();
        self.editing = None;
        result
    }
}

/// Start the system's viewer on a file and wait for the opener to finish.
fn open_with_viewer(path: &Path, ui: &crate::i18n::Localizer) -> Msg {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let shown = path.display().to_string();
    let out = std::process::Command::new(opener)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .output();
    match out {
        Ok(o) if o.status.success() => Msg::Opened(path.to_path_buf()),
        Ok(o) => {
            let said = String::from_utf8_lossy(&o.stderr);
            let said = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            Msg::Failed(ui.ta(
                "wiz-open-failed",
                &[
                    ("path", &shown),
                    ("program", opener),
                    ("error", format!("{} {said}", o.status).trim()),
                ],
            ))
        }
        Err(e) => Msg::Failed(ui.ta(
            "wiz-open-failed",
            &[
                ("path", &shown),
                ("program", opener),
                ("error", &e.to_string()),
            ],
        )),
    }
}

fn produce(w: &Wizard, path: &Path, draft: bool) -> Msg {
    let opts = Options {
        draft,
        bilingual: w.bilingual,
        ..Options::new(&w.document_language(), w.today)
    };
    let doc = match document::compose(&w.case, &w.catalog, &opts) {
        Ok(d) => d,
        Err(e) => return Msg::Failed(e.localized(&w.ui)),
    };
    let office = match w.format {
        document::OutputFormat::Docx => Some(document::office::Format::Docx),
        document::OutputFormat::Odt => Some(document::office::Format::Odt),
        document::OutputFormat::Pdf | document::OutputFormat::Text => None,
    };
    let bytes = match office {
        Some(f) => match document::office::write(&doc, f) {
            Ok(b) => b,
            Err(e) => return Msg::Failed(e.to_string()),
        },
        None => match document::pdf::render(&doc) {
            Ok(r) => r.pdf,
            Err(e) => return Msg::Failed(e.localized(&w.ui)),
        },
    };
    match store::write_atomic(path, &bytes) {
        Ok(()) => Msg::Produced(path.to_path_buf()),
        Err(e) => Msg::Failed(e.localized(&w.ui)),
    }
}

/// Save the case, recording the versions of the profile and treaty it was
/// checked against.
fn save(w: &mut Wizard, path: &Path) -> Result<(), store::StoreError> {
    w.case.knowledge = w
        .catalog
        .knowledge(&w.case.requested_state, &w.case.legal_basis);
    w.case.encrypted_to = w
        .lock
        .as_ref()
        .map(store::Lock::recipient_keys)
        .unwrap_or_default();
    store::save_case(path, &w.case, w.lock.as_ref())
}
