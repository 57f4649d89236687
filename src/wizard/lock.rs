//! Encrypted case files in the wizard: the passphrase prompt when an
//! encrypted file or draft is opened from the welcome screen, and the
//! produce step's choice to encrypt the case with a passphrase (typed
//! twice). What is typed is held as a [`Passphrase`] and shown masked.

use std::path::PathBuf;

use super::{Action, Ask, Effect, Mode, Screen, Wizard};
use crate::store::{Lock, Passphrase};

impl Wizard {
    /// An encrypted file needs its passphrase: ask (again).
    pub(super) fn ask_unlock(
        &mut self,
        path: PathBuf,
        draft: bool,
        wrong: bool,
        shown: String,
    ) -> Vec<Effect> {
        self.locked = Some((path, draft, shown.clone()));
        self.mode = Mode::Prompt(Ask::Unlock, String::new());
        if wrong {
            self.set_status("wiz-wrong-passphrase", vec![("path", shown)], true);
        }
        Vec::new()
    }

    /// The produce step's encrypt row: ask for a new passphrase.
    pub(super) fn ask_new_passphrase(&mut self) -> Vec<Effect> {
        self.first_passphrase = None;
        self.mode = Mode::Prompt(Ask::NewPassphrase, String::new());
        Vec::new()
    }

    /// The case is now encrypted: save it so (or ask where, for a new one).
    pub(super) fn encrypted(&mut self, lock: Lock) -> Vec<Effect> {
        self.lock = Some(lock);
        self.dirty = true;
        self.revision += 1;
        self.set_status("wiz-encrypted", vec![], false);
        match &self.path {
            Some(p) => vec![Effect::Save(p.clone())],
            None => {
                self.mode = Mode::Prompt(Ask::SavePath, "request.toml".into());
                vec![Effect::ListFiles("request.toml".into())]
            }
        }
    }

    /// Keys in a passphrase prompt.
    pub(super) fn act_secret(&mut self, a: Action, ask: Ask, text: String) -> Vec<Effect> {
        match a {
            Action::Back => {
                self.mode = Mode::Normal;
                self.first_passphrase = None;
                if ask == Ask::Unlock {
                    self.locked = None;
                    if self.screen == Screen::Welcome {
                        self.set_status("wiz-unlock-cancelled", vec![], false);
                    }
                }
                Vec::new()
            }
            Action::Activate if text.is_empty() => Vec::new(),
            Action::Activate => {
                let typed = Passphrase::new(text);
                match ask {
                    Ask::Unlock => {
                        self.mode = Mode::Normal;
                        match self.locked.take() {
                            Some((path, draft, _)) => vec![Effect::Unlock {
                                path,
                                draft,
                                passphrase: typed,
                            }],
                            None => Vec::new(),
                        }
                    }
                    Ask::NewPassphrase => {
                        if let Err(id) = crate::store::lock::check_new(&typed) {
                            let min = crate::store::lock::MIN_PASSPHRASE.to_string();
                            self.set_status(id, vec![("min", min)], true);
                            self.mode = Mode::Prompt(Ask::NewPassphrase, String::new());
                        } else {
                            self.first_passphrase = Some(typed);
                            self.mode = Mode::Prompt(Ask::RepeatPassphrase, String::new());
                        }
                        Vec::new()
                    }
                    Ask::RepeatPassphrase => {
                        let first = self.first_passphrase.take();
                        if first.as_ref() == Some(&typed) {
                            self.mode = Mode::Normal;
                            vec![Effect::Encrypt(typed)]
                        } else {
                            self.set_status("lock-mismatch", vec![], true);
                            self.mode = Mode::Prompt(Ask::NewPassphrase, String::new());
                            Vec::new()
                        }
                    }
                    Ask::SavePath | Ask::OpenPath => Vec::new(),
                }
            }
            _ => {
                self.mode = Mode::Prompt(ask, text);
                Vec::new()
            }
        }
    }
}
