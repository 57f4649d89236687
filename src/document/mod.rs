//! The document: compose the request from the case (templates + fluent) into
//! [`Block`]s, then lay the blocks out as a PDF (Typst) or as plain text.
//!
//! Composition is pure; the PDF writer needs only the embedded fonts and
//! templates, never the machine's fonts.

pub mod compose;
pub mod markup;
pub mod pdf;
pub mod text;

use serde::Serialize;

pub use compose::ComposeError;
pub use markup::Block;

use crate::case::Case;
use crate::embedded;
use crate::i18n::Localizer;
use crate::profile::Catalog;

/// The name of the shipped request template.
pub const REQUEST_TEMPLATE: &str = "request.hbs";

/// Document-wide values: what goes in the metadata, headers and footers.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub lang: String,
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// Shown in every page header.
    pub reference: String,
    /// Shown in every page header when the request is confidential.
    pub confidential: String,
    /// Written across every page of a draft.
    pub draft: String,
    /// `Page {n} of {total}`, with those placeholders.
    pub page_pattern: String,
    pub rtl: bool,
    /// The document's date (the signature date, else the day it was
    /// produced), for the PDF metadata: `[year, month, day]`.
    pub date: [i32; 3],
}

/// A composed request.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// Options for composing.
#[derive(Debug, Clone)]
pub struct Options {
    /// Document language (ISO 639-1).
    pub lang: String,
    /// Mark every page DRAFT.
    pub draft: bool,
    /// The day the document is produced, used when the case has no
    /// signature date.
    pub today: jiff::civil::Date,
}

/// The document language to use: the one asked for, else the case's
/// override, else the requested state's first accepted language that has a
/// locale, else English.
pub fn choose_language(case: &Case, catalog: &Catalog, asked: Option<&str>) -> String {
    if let Some(a) = asked.filter(|a| !a.trim().is_empty()) {
        return a.trim().to_lowercase();
    }
    if !case.document_language.trim().is_empty() {
        return case.document_language.trim().to_lowercase();
    }
    let have = crate::i18n::languages();
    catalog
        .get(&case.requested_state)
        .and_then(|p| p.languages.iter().find(|l| have.contains(l)).cloned())
        .unwrap_or_else(|| crate::i18n::FALLBACK.to_string())
}

/// Compose the request with the shipped template.
pub fn compose(case: &Case, catalog: &Catalog, opts: &Options) -> Result<Document, ComposeError> {
    let template = embedded::template(REQUEST_TEMPLATE).unwrap_or_default();
    compose_template(case, catalog, opts, REQUEST_TEMPLATE, template)
}

/// Compose the request with a given template (for central authorities'
/// own templates and for tests).
pub fn compose_template(
    case: &Case,
    catalog: &Catalog,
    opts: &Options,
    name: &str,
    template: &str,
) -> Result<Document, ComposeError> {
    let l = Localizer::new(&opts.lang);
    let view = compose::view_model(case, catalog, &l, opts.draft);
    let blocks = compose::compose_with(name, template, &view, &l)?;
    let requested = compose::state_name(&l, &case.requested_state);
    let mut keywords = vec![l.t("doc-keyword-mla")];
    if !requested.is_empty() {
        keywords.push(requested.clone());
    }
    keywords.extend(
        case.offences
            .iter()
            .map(|o| o.name.clone())
            .filter(|s| !s.is_empty()),
    );
    let meta = Meta {
        lang: l.lang().to_string(),
        title: l.t("doc-title"),
        author: case.requesting.authority.clone(),
        subject: l.ta("doc-subject", &[("state", &requested)]),
        keywords,
        reference: if case.reference.trim().is_empty() {
            String::new()
        } else {
            l.ta("header-reference", &[("reference", case.reference.trim())])
        },
        confidential: if case.confidentiality.required {
            l.t("mark-confidential")
        } else {
            String::new()
        },
        draft: if opts.draft {
            l.t("mark-draft")
        } else {
            String::new()
        },
        page_pattern: l.ta("page-of", &[("n", "{n}"), ("total", "{total}")]),
        rtl: l.t("direction") == "rtl",
        date: {
            let d = crate::check::formats::date(&case.signature.date).unwrap_or(opts.today);
            [
                i32::from(d.year()),
                i32::from(d.month()),
                i32::from(d.day()),
            ]
        },
    };
    Ok(Document { meta, blocks })
}
