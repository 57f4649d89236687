//! The document: compose the request from the case (templates + fluent) into
//! [`Block`]s, then lay the blocks out as a PDF (Typst) or as plain text.
//!
//! Composition is pure; the PDF writer needs only the embedded fonts and
//! templates, never the machine's fonts.

pub mod compose;
pub mod grammar;
mod letter;
pub mod markup;
pub mod office;
pub mod pages;
pub mod pdf;
pub mod text;
pub mod view;

use serde::Serialize;

pub use compose::ComposeError;
pub use markup::Block;

use crate::case::{Case, Request};
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
    /// Region for the language, where the script depends on it (`CN`).
    pub region: String,
    /// Body and heading fonts, in order of preference.
    pub fonts: Vec<String>,
    pub heading_fonts: Vec<String>,
    /// The marker shown on untranslated passages.
    pub untranslated: String,
    /// `side` or `sequential` when the source language is shown too.
    pub bilingual: String,
    /// The source language's settings, for a bilingual layout.
    pub source_lang: String,
    pub source_rtl: bool,
    pub source_fonts: Vec<String>,
}

/// How the source language is shown beside the target language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Bilingual {
    /// Only the document language.
    #[default]
    None,
    /// Source and target side by side, in two columns.
    Side,
    /// Each passage in the source language, then in the target language.
    Sequential,
}

/// What a request is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// PDF/A, laid out by Typst: what is sent.
    Pdf,
    /// Plain text.
    Text,
    /// Word, for the last edits.
    Docx,
    /// OpenDocument text (LibreOffice), for the last edits.
    Odt,
}

impl OutputFormat {
    /// The format asked for, else the one the file name's extension says
    /// (`.docx`, `.odt`), else PDF.
    pub fn choose(asked: Option<OutputFormat>, path: &std::path::Path) -> OutputFormat {
        asked
            .or_else(|| match office::Format::from_path(path)? {
                office::Format::Docx => Some(OutputFormat::Docx),
                office::Format::Odt => Some(OutputFormat::Odt),
            })
            .unwrap_or(OutputFormat::Pdf)
    }
}

/// Fonts for a language: the script's face first, then the others as
/// fallback, all embedded.
fn fonts_for(lang: &str) -> (Vec<String>, Vec<String>) {
    let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    match lang {
        "ar" => (
            v(&["Noto Naskh Arabic", "Noto Serif", "Rogatory Sans CJK SC"]),
            v(&["Noto Naskh Arabic", "Noto Sans", "Rogatory Sans CJK SC"]),
        ),
        "zh" => (
            v(&["Noto Serif", "Rogatory Sans CJK SC", "Noto Naskh Arabic"]),
            v(&["Noto Sans", "Rogatory Sans CJK SC", "Noto Naskh Arabic"]),
        ),
        _ => (
            v(&["Noto Serif", "Noto Naskh Arabic", "Rogatory Sans CJK SC"]),
            v(&["Noto Sans", "Noto Naskh Arabic", "Rogatory Sans CJK SC"]),
        ),
    }
}

/// A composed request.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
    /// For a bilingual layout: the same blocks in the source language, one
    /// for one.
    pub source: Vec<Block>,
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
    /// Show the source language too.
    pub bilingual: Bilingual,
}

impl Options {
    /// Options for a document in `lang`, not a draft, not bilingual.
    pub fn new(lang: &str, today: jiff::civil::Date) -> Options {
        Options {
            lang: lang.to_string(),
            draft: false,
            today,
            bilingual: Bilingual::None,
        }
    }
}

/// Append the internal annex: the dual criminality assessment and refusal
/// risks, for the requesting authority's file only. It starts on a new page
/// and says on every line that it is not part of the request.
pub fn add_internal_annex(
    doc: &mut Document,
    findings: &[crate::check::Finding],
    treaties: &crate::treaty::Registry,
) {
    let l = Localizer::new(&doc.meta.lang);
    let terms = treaties.terms(l.lang());
    let l = l.with_terms(terms);
    let mut blocks = vec![
        Block::PageBreak,
        Block::Title {
            text: l.t("annex-internal-title"),
        },
        Block::Mark {
            text: l.t("annex-internal-mark"),
        },
        Block::Paragraph {
            text: l.t("annex-internal-intro"),
            untranslated: false,
        },
    ];
    for f in findings
        .iter()
        .filter(|f| f.id.starts_with("dual-") || f.id.starts_with("refusal-"))
    {
        let mut text = f.message(&l);
        if let Some(rule) = f.cite(&l) {
            text.push_str(&format!(" [{rule}]"));
        }
        blocks.push(Block::Paragraph {
            text,
            untranslated: false,
        });
        for n in &f.notes {
            blocks.push(Block::ListItem {
                text: n.message(&l),
                untranslated: false,
            });
        }
    }
    if !doc.source.is_empty() {
        // Keep the bilingual pairing one for one.
        doc.source.extend(blocks.iter().cloned());
    }
    doc.blocks.extend(blocks);
}

/// The case as it reads in `lang`: free text replaced by its translation,
/// or marked untranslated. A stale translation (made from an earlier
/// version of the text) would state what the text no longer says: the
/// current text is printed instead, marked untranslated.
pub fn translated(case: &Case, lang: &str) -> Case {
    let mut shown = case.clone();
    if lang == case.source_language() {
        return shown;
    }
    let stale = crate::translate::stale(case, lang);
    shown.for_each_free_text(|path, text| match case.translation(lang, path) {
        Some(t) if !stale.iter().any(|s| s == path) => *text = t.to_string(),
        _ => text.insert(0, markup::UNTRANSLATED),
    });
    shown
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
    // The profile's languages; without a profile, those the state notified
    // under the treaty the request relies on, as the registry records them.
    let notified = || {
        catalog
            .treaties
            .get(case.legal_basis.trim())
            .and_then(|t| t.listed(&case.requested_state))
            .and_then(|p| p.languages.iter().find(|l| have.contains(l)).cloned())
    };
    let profile = catalog.get(&case.requested_state);
    let under_basis = profile
        .and_then(|p| p.legal_basis(case.legal_basis.trim()))
        .and_then(|b| b.languages.iter().find(|l| have.contains(l)).cloned());
    under_basis
        .or_else(|| profile.and_then(|p| p.languages.iter().find(|l| have.contains(l)).cloned()))
        .or_else(notified)
        .unwrap_or_else(|| crate::i18n::FALLBACK.to_string())
}

/// Compose the request with the shipped template.
pub fn compose(case: &Case, catalog: &Catalog, opts: &Options) -> Result<Document, ComposeError> {
    compose_request(&Request::build(case).0, catalog, opts)
}

/// Compose a typed request with the shipped template.
pub fn compose_request(
    req: &Request<'_>,
    catalog: &Catalog,
    opts: &Options,
) -> Result<Document, ComposeError> {
    let template = embedded::template(REQUEST_TEMPLATE).unwrap_or_default();
    compose_template(req, catalog, opts, REQUEST_TEMPLATE, template)
}

/// Compose the request with a given template (for central authorities'
/// own templates and for tests).
pub fn compose_template(
    req: &Request<'_>,
    catalog: &Catalog,
    opts: &Options,
    name: &str,
    template: &str,
) -> Result<Document, ComposeError> {
    let case = req.draft;
    let l = Localizer::new(&opts.lang);
    let shown = translated(case, l.lang());
    let as_json = |v: view::View| serde_json::to_value(v).unwrap_or_default();
    let view = as_json(view::view(&shown, req, catalog, &l, opts.draft));
    let blocks = compose::compose_with(name, template, &view, &l)?;
    let src_lang = case.source_language().to_string();
    let source_l = Localizer::new(&src_lang);
    let mut source = Vec::new();
    if opts.bilingual != Bilingual::None && source_l.lang() != l.lang() {
        let view = as_json(view::view(case, req, catalog, &source_l, opts.draft));
        source = compose::compose_with(name, template, &view, &source_l)?;
        if source.len() != blocks.len() {
            // Only pair passages that correspond one for one.
            source.clear();
        }
    }
    let (fonts, heading_fonts) = fonts_for(l.lang());
    let requested_forms = grammar::state_forms(&l, &case.requested_state);
    let requested = requested_forms.nom.clone();
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
    // The versions of the knowledge used, so a reader of the file can tell
    // which profile and treaty data the checks relied on.
    keywords.extend(
        catalog
            .knowledge(&case.requested_state, &case.legal_basis)
            .into_iter()
            .map(|(k, v)| format!("Rogatory {k}: {v}")),
    );
    // A draft says so in its metadata too, not only across its pages.
    if opts.draft {
        keywords.insert(0, l.t("mark-draft"));
    }
    let meta = Meta {
        lang: l.lang().to_string(),
        title: if opts.draft {
            format!("{} — {}", l.t("mark-draft"), l.t("doc-title"))
        } else {
            l.t("doc-title")
        },
        author: case.requesting.authority.clone(),
        subject: {
            let forms = requested_forms.args("state");
            let refs: Vec<(&str, &str)> = forms
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            l.ta("doc-subject", &refs)
        },
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
            let d = req.signed.date.unwrap_or(opts.today);
            [
                i32::from(d.year()),
                i32::from(d.month()),
                i32::from(d.day()),
            ]
        },
        region: if l.lang() == "zh" {
            "CN".into()
        } else {
            String::new()
        },
        fonts,
        heading_fonts,
        untranslated: l.ta(
            "mark-untranslated",
            &[(
                "lang",
                &crate::codes::language_name_in_text(l.lang(), &src_lang)
                    .unwrap_or(src_lang.clone()),
            )],
        ),
        bilingual: match (opts.bilingual, source.is_empty()) {
            (_, true) | (Bilingual::None, _) => String::new(),
            (Bilingual::Side, false) => "side".into(),
            (Bilingual::Sequential, false) => "sequential".into(),
        },
        source_rtl: source_l.t("direction") == "rtl",
        source_fonts: fonts_for(source_l.lang()).0,
        source_lang: source_l.lang().to_string(),
    };
    Ok(Document {
        meta,
        blocks,
        source,
    })
}
