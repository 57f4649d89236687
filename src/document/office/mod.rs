//! Editable documents: the composed request as DOCX (Word) and ODT
//! (LibreOffice), from the same [`Document`] the PDF is laid out from, so
//! content, order and language are the same.
//!
//! Both are written with `quick-xml` (text and attributes always escaped:
//! user text is never markup) into a ZIP with the `zip` crate. docx-rs was
//! tried first: it cannot set a run's language or right-to-left property
//! nor the document's title, subject and author, which Arabic and Chinese
//! requests and the document properties need.
//!
//! What the two writers share is here: which blocks form one table, the
//! order of a bilingual layout, the fonts and language tags, and text fit
//! for XML.

pub mod docx;
pub mod odt;
mod xml;

use std::io::Write;

use super::{Block, Document};

/// Why an editable document could not be written.
#[derive(Debug, thiserror::Error)]
#[error("could not write the document: {0}")]
pub struct OfficeError(String);

impl From<std::io::Error> for OfficeError {
    fn from(e: std::io::Error) -> Self {
        OfficeError(e.to_string())
    }
}

impl From<zip::result::ZipError> for OfficeError {
    fn from(e: zip::result::ZipError) -> Self {
        OfficeError(e.to_string())
    }
}

/// The editable formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Odt,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(p: &std::path::Path) -> Option<Format> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            _ => None,
        }
    }
}

/// Write `doc` in `format`.
pub fn write(doc: &Document, format: Format) -> Result<Vec<u8>, OfficeError> {
    match format {
        Format::Docx => docx::write(doc),
        Format::Odt => odt::write(doc),
    }
}

/// One piece of the body, in order.
pub(crate) enum Piece<'a> {
    /// A block alone; `source` when it is the source-language passage of a
    /// bilingual layout.
    One(&'a Block, bool),
    /// Consecutive labelled fields (or signature lines): one table.
    Table(Vec<&'a Block>),
    /// Side by side: each row the source block and the target block.
    Side(Vec<(&'a Block, &'a Block)>),
}

/// The body as pieces: side by side as one two-column table, one after
/// the other as source then target passage (as the PDF lays them out),
/// else the blocks with runs of fields gathered into tables.
pub(crate) fn pieces(doc: &Document) -> Vec<Piece<'_>> {
    let paired = doc.source.len() == doc.blocks.len() && !doc.source.is_empty();
    if paired && doc.meta.bilingual == "side" {
        return vec![Piece::Side(doc.source.iter().zip(&doc.blocks).collect())];
    }
    let mut flat: Vec<(&Block, bool)> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        if paired && doc.meta.bilingual == "sequential" {
            let s = &doc.source[i];
            let alone = matches!(b, Block::Space | Block::Title { .. } | Block::Mark { .. });
            if !alone && s != b {
                flat.push((s, true));
            }
        }
        flat.push((b, false));
    }
    let mut out: Vec<Piece> = Vec::new();
    for (b, source) in flat {
        let tabular = matches!(b, Block::Field { .. } | Block::Signature { .. });
        if tabular && !source {
            if let Some(Piece::Table(rows)) = out.last_mut()
                && std::mem::discriminant(rows[0]) == std::mem::discriminant(b)
            {
                rows.push(b);
                continue;
            }
            out.push(Piece::Table(vec![b]));
        } else {
            out.push(Piece::One(b, source));
        }
    }
    out
}

/// A labelled field or signature line, as a table row shows it.
pub(crate) struct Labelled<'a> {
    pub label: &'a str,
    pub value: &'a str,
    pub untranslated: bool,
    /// A signature line with no value: where the signatory signs.
    pub sign_here: bool,
}

/// The label and value of a field or signature block.
pub(crate) fn labelled(b: &Block) -> Option<Labelled<'_>> {
    match b {
        Block::Field {
            label,
            value,
            untranslated,
        } => Some(Labelled {
            label,
            value,
            untranslated: *untranslated,
            sign_here: false,
        }),
        Block::Signature { label, value } => Some(Labelled {
            label,
            value,
            untranslated: false,
            sign_here: value.is_empty(),
        }),
        _ => None,
    }
}

/// The fonts the PDF uses, by script: Latin (and Cyrillic) body and
/// heading faces, the Chinese face (the whole Noto Sans CJK SC, of which
/// the PDF embeds a subset), the Arabic face.
pub(crate) struct Fonts {
    pub body: String,
    pub heading: String,
    pub cjk: String,
    pub arabic: String,
}

pub(crate) fn fonts(doc: &Document) -> Fonts {
    let pick = |list: &[String], want: &str, or: &str| {
        list.iter()
            .find(|f| f.starts_with(want))
            .cloned()
            .unwrap_or_else(|| or.to_string())
    };
    let all: Vec<String> = doc
        .meta
        .fonts
        .iter()
        .chain(&doc.meta.heading_fonts)
        .cloned()
        .collect();
    Fonts {
        body: pick(&doc.meta.fonts, "Noto Serif", "Noto Serif"),
        heading: pick(&doc.meta.heading_fonts, "Noto Sans", "Noto Sans"),
        // The PDF embeds a subset of Noto Sans CJK SC; a document that
        // will be edited names the whole font.
        cjk: pick(&all, "Rogatory Sans CJK", "Noto Sans CJK SC")
            .replace("Rogatory Sans CJK", "Noto Sans CJK"),
        arabic: pick(&all, "Noto Naskh Arabic", "Noto Naskh Arabic"),
    }
}

/// A BCP 47 tag for a language of the document (`zh-CN`, `ar`, `fr`).
pub(crate) fn lang_tag(lang: &str, region: &str) -> String {
    match (lang, region) {
        (l, "") => l.to_string(),
        (l, r) => format!("{l}-{r}"),
    }
}

pub(crate) use crate::xml::clean;

/// The page pattern (`Page {n} of {total}`) cut at its placeholders.
pub(crate) enum PagePart<'a> {
    Text(&'a str),
    Number,
    Total,
}

pub(crate) fn page_parts(pattern: &str) -> Vec<PagePart<'_>> {
    let mut parts = Vec::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        let n = rest.find("{n}");
        let t = rest.find("{total}");
        let next = match (n, t) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match next {
            None => {
                parts.push(PagePart::Text(rest));
                break;
            }
            Some(i) => {
                if i > 0 {
                    parts.push(PagePart::Text(&rest[..i]));
                }
                if rest[i..].starts_with("{n}") {
                    parts.push(PagePart::Number);
                    rest = &rest[i + 3..];
                } else {
                    parts.push(PagePart::Total);
                    rest = &rest[i + 7..];
                }
            }
        }
    }
    parts
}

/// A ZIP of these entries; the first (ODF's `mimetype`) stored as is,
/// when `first_stored`.
pub(crate) fn zip(entries: &[(&str, Vec<u8>)], first_stored: bool) -> Result<Vec<u8>, OfficeError> {
    use zip::write::SimpleFileOptions;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (i, (name, bytes)) in entries.iter().enumerate() {
        let method = if i == 0 && first_stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        out.start_file(
            *name,
            SimpleFileOptions::default().compression_method(method),
        )?;
        out.write_all(bytes)?;
    }
    Ok(out.finish()?.into_inner())
}

/// The text of a block as the document shows it, for tests comparing
/// documents with the PDF.
pub fn block_text(b: &Block) -> String {
    match b {
        Block::Title { text }
        | Block::Mark { text }
        | Block::Paragraph { text, .. }
        | Block::ListItem { text, .. }
        | Block::Untranslated { text }
        | Block::Label { text } => text.clone(),
        Block::Subject { label, text, .. } => format!("{label}{text}"),
        Block::Seal { label } => label.clone(),
        Block::Heading { number, text, .. } if !number.is_empty() => format!("{number}. {text}"),
        Block::Heading { text, .. } => text.clone(),
        Block::Field { label, value, .. } => format!("{label} {value}"),
        Block::Address { label, text } => format!("{label} {text}"),
        Block::Signature { label, value } => format!("{label} {value}"),
        Block::Space | Block::PageBreak => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_pattern_is_cut_at_its_placeholders() {
        let p = page_parts("Page {n} of {total}");
        assert!(matches!(
            p.as_slice(),
            [
                PagePart::Text("Page "),
                PagePart::Number,
                PagePart::Text(" of "),
                PagePart::Total
            ]
        ));
        assert!(matches!(
            page_parts("{n}/{total}").as_slice(),
            [PagePart::Number, PagePart::Text("/"), PagePart::Total]
        ));
    }

    #[test]
    fn control_characters_do_not_reach_the_xml() {
        assert_eq!(clean("a\u{0}b\u{1b}c\td\r\ne"), "abc\td\ne");
    }
}
