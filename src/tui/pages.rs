//! The page preview: the request laid out and rasterised by Typst on a
//! thread of its own, so typing never waits for it. The newest request
//! wins: a worker busy with an older one takes only the latest next. The
//! image is shown through ratatui-image (kitty, sixel or iTerm2 graphics
//! where the terminal has them, half blocks elsewhere).

use std::sync::mpsc::{Receiver, Sender, channel};

use ratatui_image::picker::Picker;
use ratatui_image::protocol::StatefulProtocol;

use crate::document::{self, Document, Options};
use crate::wizard::Wizard;

/// Pixels per point: an A4 page 1190 pixels high, enough for any terminal.
const SCALE: f32 = 2.0;

struct Job {
    key: (u64, usize),
    doc: Document,
}

struct Done {
    key: (u64, usize),
    result: Result<(image::RgbaImage, usize), String>,
}

/// What the preview shows, and the worker behind it.
pub struct Page {
    pub image: Option<StatefulProtocol>,
    pub count: usize,
    pub error: Option<String>,
    /// How images are drawn; asked of the terminal on first use when
    /// `query` is set (tests draw half blocks).
    picker: Option<Picker>,
    query: bool,
    jobs: Option<Sender<Job>>,
    done: Option<Receiver<Done>>,
    /// The (revision, page) last asked for and last shown.
    asked: Option<(u64, usize)>,
    shown: Option<(u64, usize)>,
}

impl Page {
    /// A preview; with `query`, the terminal is asked on first use which
    /// graphics it draws (else half blocks). The worker starts on first use.
    pub fn new(query: bool) -> Page {
        Page {
            image: None,
            count: 0,
            error: None,
            picker: None,
            query,
            jobs: None,
            done: None,
            asked: None,
            shown: None,
        }
    }

    fn start(&mut self) {
        let (job_tx, job_rx) = channel::<Job>();
        let (done_tx, done_rx) = channel::<Done>();
        std::thread::spawn(move || {
            while let Ok(mut job) = job_rx.recv() {
                // Only the newest: what was typed meanwhile replaces it.
                while let Ok(newer) = job_rx.try_recv() {
                    job = newer;
                }
                let result = document::pages::page_image(&job.doc, job.key.1, SCALE)
                    .map_err(|e| e.to_string());
                if done_tx
                    .send(Done {
                        key: job.key,
                        result,
                    })
                    .is_err()
                {
                    break;
                }
            }
        });
        self.jobs = Some(job_tx);
        self.done = Some(done_rx);
    }

    /// Ask for the page the wizard shows, if it changed.
    pub fn request(&mut self, w: &Wizard) {
        let key = (w.revision, w.page);
        if !w.preview || !w.pages || self.asked == Some(key) {
            return;
        }
        let opts = Options {
            draft: w.draft,
            bilingual: w.bilingual,
            ..Options::new(&w.document_language(), w.today)
        };
        let doc = match document::compose(&w.case, &w.catalog, &opts) {
            Ok(d) => d,
            Err(e) => {
                self.error = Some(e.to_string());
                self.asked = Some(key);
                return;
            }
        };
        if self.jobs.is_none() {
            self.start();
        }
        if self.picker.is_none() {
            let asked = if self.query {
                Picker::from_query_stdio().ok()
            } else {
                None
            };
            self.picker = Some(asked.unwrap_or_else(Picker::halfblocks));
        }
        if let Some(tx) = &self.jobs
            && tx.send(Job { key, doc }).is_ok()
        {
            self.asked = Some(key);
        }
    }

    /// Whether a page is being rendered (the event loop then wakes soon).
    pub fn pending(&self) -> bool {
        self.asked.is_some() && self.asked != self.shown
    }

    /// Take what the worker finished; whether the screen changed.
    pub fn poll(&mut self) -> bool {
        let Some(rx) = &self.done else {
            return false;
        };
        let mut changed = false;
        while let Ok(d) = rx.try_recv() {
            changed = true;
            self.shown = Some(d.key);
            match d.result {
                Ok((img, count)) => {
                    self.count = count;
                    self.error = None;
                    let picker = self.picker.get_or_insert_with(Picker::halfblocks);
                    self.image =
                        Some(picker.new_resize_protocol(image::DynamicImage::ImageRgba8(img)));
                }
                Err(e) => self.error = Some(e),
            }
        }
        changed
    }

    /// Wait (at most `limit`) for the page asked for: for tests.
    pub fn wait(&mut self, limit: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while self.pending() && start.elapsed() < limit {
            self.poll();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        !self.pending()
    }
}
