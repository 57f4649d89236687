//! What the view shows that costs something to compute: the dual
//! criminality assessments of the request and the composed preview. They
//! are prepared when the case changes or the preview is switched on, never
//! per frame: the view only reads them.

use super::Wizard;
use crate::case::Request;
use crate::check::dual::{self, Assessment};
use crate::document::{self, Document, Options};
use crate::i18n::Localized;

/// The prepared snapshot.
#[derive(Debug, Default)]
pub struct Prepared {
    /// Every offence against every measure, for the dual criminality panel.
    pub assessments: Vec<Assessment>,
    /// The document the preview shows, while the preview is on (or why it
    /// could not be composed).
    pub preview: Option<Result<Document, String>>,
    /// How many times the snapshot was prepared (for tests and benchmarks).
    pub count: u64,
}

impl Wizard {
    /// Prepare the snapshot for the current case.
    pub(super) fn prepare(&mut self) {
        let (req, _) = Request::build(&self.case);
        self.prepared.assessments = match self.catalog.get(&self.case.requested_state) {
            Some(p) => dual::assess(&req, p, &self.catalog.treaties),
            None => Vec::new(),
        };
        self.prepared.preview = self.preview.then(|| {
            let opts = Options {
                draft: crate::check::has_errors(&self.findings),
                ..Options::new(&self.document_language(), self.today)
            };
            document::compose_request(&req, &self.catalog, &opts).map_err(|e| e.localized(&self.ui))
        });
        self.prepared.count += 1;
    }
}
