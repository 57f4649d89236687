//! The produce step's output format: PDF to send, DOCX or ODT to edit,
//! and the output path that follows it.

use std::path::PathBuf;

use super::Wizard;
use crate::document;

impl Wizard {
    /// The output format as the interface names it (PDF, DOCX, ODT).
    pub fn format_name(&self) -> &'static str {
        match self.format {
            document::OutputFormat::Docx => "DOCX",
            document::OutputFormat::Odt => "ODT",
            document::OutputFormat::Pdf | document::OutputFormat::Text => "PDF",
        }
    }

    pub(super) fn format_extension(&self) -> &'static str {
        match self.format {
            document::OutputFormat::Docx => "docx",
            document::OutputFormat::Odt => "odt",
            document::OutputFormat::Pdf | document::OutputFormat::Text => "pdf",
        }
    }

    /// The next output format; a typed output path follows it when its
    /// extension named the previous one.
    pub(super) fn next_format(&mut self) {
        self.format = match self.format {
            document::OutputFormat::Pdf | document::OutputFormat::Text => {
                document::OutputFormat::Docx
            }
            document::OutputFormat::Docx => document::OutputFormat::Odt,
            document::OutputFormat::Odt => document::OutputFormat::Pdf,
        };
        let typed = PathBuf::from(self.output.trim());
        let ours = typed
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "pdf" | "docx" | "odt"));
        if ours {
            self.output = typed
                .with_extension(self.format_extension())
                .display()
                .to_string();
        }
        self.produced = None;
    }
}
