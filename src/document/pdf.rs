//! PDF output through Typst, in process.
//!
//! The layout template (`templates/layout.typ`) is the main source; the
//! composed [`Document`] reaches it as a virtual file `data.json`, read with
//! `json(...)`, so user text is data and never Typst markup. Fonts come only
//! from the embedded `fonts/` folder; the machine's fonts are never read.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, Severity as DiagSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::Document;
use crate::embedded::{self, FONTS};

/// The name of the shipped layout template.
pub const LAYOUT_TEMPLATE: &str = "layout.typ";

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("layout template {0} is missing")]
    NoTemplate(String),
    #[error("layout failed: {0}")]
    Layout(String),
    #[error("PDF export failed: {0}")]
    Export(String),
    #[error("could not serialise the document for layout: {0}")]
    Data(String),
}

impl crate::i18n::Localized for PdfError {
    /// The problem in the reader's language; Typst's own words are kept as
    /// its argument.
    fn localized(&self, l: &crate::i18n::Localizer) -> String {
        match self {
            PdfError::NoTemplate(name) => l.ta("pdf-no-template", &[("name", name)]),
            PdfError::Layout(e) => l.ta("pdf-layout", &[("error", e)]),
            PdfError::Export(e) => l.ta("pdf-export", &[("error", e)]),
            PdfError::Data(e) => l.ta("pdf-data", &[("error", e)]),
        }
    }
}

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// The embedded fonts, parsed once per process.
fn fonts() -> &'static Fonts {
    static FONTS_CELL: OnceLock<Fonts> = OnceLock::new();
    FONTS_CELL.get_or_init(|| {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn file_id(name: &str) -> FileResult<FileId> {
    let vpath =
        VirtualPath::new(name).map_err(|e| FileError::Other(Some(format!("{e:?}").into())))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

struct RequestWorld {
    library: LazyHash<Library>,
    main: FileId,
    source: Source,
    data_id: FileId,
    data: Bytes,
}

impl World for RequestWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotSource)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main {
            Ok(Bytes::from_string(self.source.text().to_string()))
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The layout never prints today's date (the signature date comes
        // from the case), which keeps the output the same bytes every run.
        None
    }
}

fn describe(diags: &[SourceDiagnostic]) -> String {
    diags
        .iter()
        .filter(|d| d.severity == DiagSeverity::Error)
        .map(|d| {
            let hints: String = d
                .hints
                .iter()
                .map(|h| format!(" (hint: {})", h.v))
                .collect();
            format!("{}{hints}", d.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A written PDF and what the user should know about it.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    /// Whether the file conforms to PDF/A-2b. It does unless some text
    /// could not be shown with the embedded fonts.
    pub pdf_a: bool,
    /// Layout warnings (e.g. characters no embedded font has).
    pub warnings: Vec<String>,
}

/// Lay out a composed document with the shipped layout template.
pub fn render(doc: &Document) -> Result<Rendered, PdfError> {
    let layout = embedded::template(LAYOUT_TEMPLATE)
        .ok_or_else(|| PdfError::NoTemplate(LAYOUT_TEMPLATE.to_string()))?;
    render_with(doc, layout)
}

/// The pages of a composed document laid out with a Typst layout
/// template, and the layout's warnings.
pub(crate) fn lay_out(
    doc: &Document,
    layout: &str,
) -> Result<(PagedDocument, Vec<String>), PdfError> {
    // What reaches the layout carries at most a few combining marks per
    // character: thousands stacked on one cost the layout quadratic time
    // and memory (the checks report the field).
    let mut value = serde_json::to_value(doc).map_err(|e| PdfError::Data(e.to_string()))?;
    crate::check::glyphs::bound_marks_in(&mut value);
    let data = serde_json::to_vec(&value).map_err(|e| PdfError::Data(e.to_string()))?;
    let main = file_id("/main.typ").map_err(|e| PdfError::Layout(format!("{e:?}")))?;
    let data_id = file_id("/data.json").map_err(|e| PdfError::Layout(format!("{e:?}")))?;
    let world = RequestWorld {
        library: LazyHash::new(Library::default()),
        main,
        source: Source::new(main, layout.to_string()),
        data_id,
        data: Bytes::new(data),
    };
    let compiled = typst::compile::<PagedDocument>(&world);
    let warnings: Vec<String> = compiled
        .warnings
        .iter()
        .map(|d| d.message.to_string())
        .collect();
    let document = compiled
        .output
        .map_err(|diags| PdfError::Layout(describe(&diags)))?;
    Ok((document, warnings))
}

/// Lay out a composed document with a given Typst layout template.
pub fn render_with(doc: &Document, layout: &str) -> Result<Rendered, PdfError> {
    let (document, mut warnings) = lay_out(doc, layout)?;
    let options = |standards| PdfOptions {
        ident: Smart::Custom(format!("rogatory:{}", doc.meta.reference)),
        creator: Smart::Custom(Some(format!("Rogatory {}", env!("CARGO_PKG_VERSION")))),
        timestamp: None,
        page_ranges: None,
        standards,
        tagged: true,
        pretty: false,
    };
    // A draft is not the archival document: it does not claim PDF/A.
    if !doc.meta.draft.is_empty() {
        let pdf = typst_pdf::pdf(&document, &options(PdfStandards::default()))
            .map_err(|diags| PdfError::Export(describe(&diags)))?;
        return Ok(Rendered {
            pdf,
            pdf_a: false,
            warnings,
        });
    }
    let pdf_a = PdfStandards::new(&[PdfStandard::A_2b])
        .map_err(|e| PdfError::Export(e.message().to_string()))?;
    match typst_pdf::pdf(&document, &options(pdf_a)) {
        Ok(pdf) => Ok(Rendered {
            pdf,
            pdf_a: true,
            warnings,
        }),
        Err(diags) => {
            // PDF/A forbids text without glyphs. Rather than refuse the
            // user's document, write a plain PDF and say what is missing.
            warnings.extend(diags.iter().map(|d| d.message.to_string()));
            let pdf = typst_pdf::pdf(&document, &options(PdfStandards::default()))
                .map_err(|diags| PdfError::Export(describe(&diags)))?;
            Ok(Rendered {
                pdf,
                pdf_a: false,
                warnings,
            })
        }
    }
}
