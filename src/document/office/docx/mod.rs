//! The request as a Word document (Office Open XML, `.docx`): named
//! styles (the built-in *Title* and *Heading 1–3*, and *Rogatory …* styles
//! a central authority can restyle in one place), labelled fields as
//! tables, bullets as a real list, the reference and marking in the page
//! header, `Page PAGE of NUMPAGES` in the footer, and the title, subject,
//! author, keywords and language in the document properties. Arabic
//! paragraphs and runs carry the right-to-left properties; every run names
//! the fonts the PDF uses for each script.

use std::io;

use super::xml::{W, el, empty, part, text_el};
use super::{OfficeError, PagePart, Piece, clean, labelled, lang_tag, page_parts, pieces};
use crate::document::{Block, Document};

mod styles;

const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// An XML part of a `.docx`.
fn xml(body: impl FnOnce(&mut W) -> io::Result<()>) -> Result<Vec<u8>, OfficeError> {
    part(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
        body,
    )
}

/// The language and direction a paragraph is written in.
struct Side {
    rtl: bool,
    /// The source-language passage of a bilingual layout (grey, tagged with
    /// the source language).
    source: Option<String>,
}

/// A run of text: its character style, bold or not.
struct Run<'a> {
    text: &'a str,
    style: Option<&'static str>,
    bold: bool,
}

fn plain(text: &str) -> Run<'_> {
    Run {
        text,
        style: None,
        bold: false,
    }
}

fn run(w: &mut W, side: &Side, r: &Run) -> io::Result<()> {
    let text = clean(r.text);
    el(w, "w:r", &[], |w| {
        if r.style.is_some() || r.bold || side.rtl || side.source.is_some() {
            el(w, "w:rPr", &[], |w| {
                if let Some(s) = r.style {
                    empty(w, "w:rStyle", &[("w:val", s)])?;
                }
                if r.bold {
                    empty(w, "w:b", &[])?;
                    empty(w, "w:bCs", &[])?;
                }
                if side.source.is_some() {
                    empty(w, "w:color", &[("w:val", "4D4D4D")])?;
                }
                if side.rtl {
                    empty(w, "w:rtl", &[])?;
                }
                if let Some(tag) = &side.source {
                    let mut a = vec![("w:val", tag.as_str())];
                    if side.rtl {
                        a.push(("w:bidi", tag.as_str()));
                    }
                    empty(w, "w:lang", &a)?;
                }
                Ok(())
            })?;
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                empty(w, "w:br", &[])?;
            }
            for (j, part) in line.split('\t').enumerate() {
                if j > 0 {
                    empty(w, "w:tab", &[])?;
                }
                if !part.is_empty() {
                    text_el(w, "w:t", &[("xml:space", "preserve")], part)?;
                }
            }
        }
        Ok(())
    })
}

fn para(w: &mut W, style: &str, side: &Side, runs: &[Run]) -> io::Result<()> {
    el(w, "w:p", &[], |w| {
        el(w, "w:pPr", &[], |w| {
            empty(w, "w:pStyle", &[("w:val", style)])?;
            if side.rtl {
                empty(w, "w:bidi", &[])?;
            }
            Ok(())
        })?;
        for r in runs {
            run(w, side, r)?;
        }
        Ok(())
    })
}

/// The body's writer: the document's marker for untranslated text and
/// how each side is written.
struct Body<'a> {
    doc: &'a Document,
    marker: String,
}

impl Body<'_> {
    fn side(&self, source: bool) -> Side {
        let m = &self.doc.meta;
        if source {
            Side {
                rtl: m.source_rtl,
                source: Some(lang_tag(&m.source_lang, "")),
            }
        } else {
            Side {
                rtl: m.rtl,
                source: None,
            }
        }
    }

    /// A paragraph, with the untranslated marker in front when it is one.
    fn marked(
        &self,
        w: &mut W,
        style: &str,
        side: &Side,
        untranslated: bool,
        text: &str,
    ) -> io::Result<()> {
        let mut runs = Vec::new();
        if untranslated {
            runs.push(Run {
                text: &self.marker,
                style: Some("RogatoryUntranslatedMarker"),
                bold: false,
            });
        }
        runs.push(plain(text));
        para(w, style, side, &runs)
    }

    /// One block as paragraphs; `in_cell` when inside a table cell (a
    /// labelled field then reads `label value` on one paragraph).
    fn block(&self, w: &mut W, b: &Block, source: bool, in_cell: bool) -> io::Result<()> {
        let side = self.side(source);
        match b {
            Block::Title { text } => para(w, "Title", &side, &[plain(text)]),
            Block::Mark { text } => para(w, "RogatoryMark", &side, &[plain(text)]),
            Block::Heading {
                level,
                number,
                text,
                untranslated,
            } => {
                let style = match level {
                    1 => "Heading1",
                    2 => "Heading2",
                    _ => "Heading3",
                };
                let label = if number.is_empty() {
                    text.clone()
                } else {
                    format!("{number}. {text}")
                };
                self.marked(w, style, &side, *untranslated, &label)
            }
            Block::Paragraph { text, untranslated } => {
                self.marked(w, "RogatoryBody", &side, *untranslated, text)
            }
            Block::ListItem { text, untranslated } => {
                self.marked(w, "RogatoryListItem", &side, *untranslated, text)
            }
            Block::Untranslated { text } => {
                self.marked(w, "RogatoryUntranslated", &side, true, text)
            }
            Block::Subject {
                label,
                text,
                untranslated,
            } => {
                let head = label.clone();
                let mut runs = vec![Run {
                    text: &head,
                    style: None,
                    bold: true,
                }];
                if *untranslated {
                    runs.push(Run {
                        text: &self.marker,
                        style: Some("RogatoryUntranslatedMarker"),
                        bold: false,
                    });
                }
                runs.push(plain(text));
                para(w, "RogatoryBody", &side, &runs)
            }
            Block::Label { text } => para(
                w,
                "RogatoryBody",
                &side,
                &[Run {
                    text,
                    style: None,
                    bold: true,
                }],
            ),
            // The seal goes on paper: its place is a labelled space.
            Block::Seal { label } => para(
                w,
                "RogatoryAddressLabel",
                &side,
                &[plain(&format!("({label})"))],
            ),
            Block::Address { label, text } => {
                if !label.is_empty() {
                    para(w, "RogatoryAddressLabel", &side, &[plain(label)])?;
                }
                para(w, "RogatoryAddress", &side, &[plain(text)])
            }
            Block::Field { .. } | Block::Signature { .. } if in_cell || source => {
                let Some(f) = labelled(b) else { return Ok(()) };
                let mut runs = vec![
                    Run {
                        text: f.label,
                        style: None,
                        bold: true,
                    },
                    plain("\t"),
                ];
                if f.untranslated {
                    runs.push(Run {
                        text: &self.marker,
                        style: Some("RogatoryUntranslatedMarker"),
                        bold: false,
                    });
                }
                runs.push(plain(f.value));
                para(w, "RogatoryFieldValue", &side, &runs)
            }
            Block::Field { .. } | Block::Signature { .. } => self.table(w, &[b]),
            Block::Space => para(w, "Normal", &side, &[]),
            Block::PageBreak if in_cell => para(w, "Normal", &side, &[]),
            Block::PageBreak => el(w, "w:p", &[], |w| {
                el(w, "w:r", &[], |w| empty(w, "w:br", &[("w:type", "page")]))
            }),
        }
    }

    fn table_start(&self, w: &mut W, style: &str, widths: [&str; 2]) -> io::Result<()> {
        el(w, "w:tblPr", &[], |w| {
            empty(w, "w:tblStyle", &[("w:val", style)])?;
            if self.doc.meta.rtl {
                empty(w, "w:bidiVisual", &[])?;
            }
            empty(w, "w:tblW", &[("w:w", "5000"), ("w:type", "pct")])?;
            empty(w, "w:tblLayout", &[("w:type", "fixed")])
        })?;
        el(w, "w:tblGrid", &[], |w| {
            for wd in widths {
                empty(w, "w:gridCol", &[("w:w", wd)])?;
            }
            Ok(())
        })
    }

    fn cell(
        &self,
        w: &mut W,
        width: &str,
        fill: impl FnOnce(&mut W) -> io::Result<()>,
    ) -> io::Result<()> {
        el(w, "w:tc", &[], |w| {
            el(w, "w:tcPr", &[], |w| {
                empty(w, "w:tcW", &[("w:w", width), ("w:type", "dxa")])
            })?;
            fill(w)
        })
    }

    /// Labelled fields or signature lines: a two-column table.
    fn table(&self, w: &mut W, rows: &[&Block]) -> io::Result<()> {
        let side = self.side(false);
        el(w, "w:tbl", &[], |w| {
            self.table_start(w, "RogatoryFields", ["3000", "6600"])?;
            for b in rows {
                el(w, "w:tr", &[], |w| {
                    let Some(f) = labelled(b) else { return Ok(()) };
                    self.cell(w, "3000", |w| {
                        para(w, "RogatoryFieldLabel", &side, &[plain(f.label)])
                    })?;
                    self.cell(w, "6600", |w| {
                        if f.sign_here {
                            // Where the signatory signs.
                            para(w, "RogatorySignatureLine", &side, &[])
                        } else {
                            self.marked(w, "RogatoryFieldValue", &side, f.untranslated, f.value)
                        }
                    })
                })?;
            }
            Ok(())
        })
    }

    /// Side by side: the source passage left, the target right.
    fn side_by_side(&self, w: &mut W, rows: &[(&Block, &Block)]) -> io::Result<()> {
        el(w, "w:tbl", &[], |w| {
            self.table_start(w, "RogatoryBilingual", ["4800", "4800"])?;
            for (s, b) in rows {
                if matches!(b, Block::PageBreak) {
                    continue;
                }
                el(w, "w:tr", &[], |w| {
                    self.cell(w, "4800", |w| self.block(w, s, true, true))?;
                    self.cell(w, "4800", |w| self.block(w, b, false, true))
                })?;
            }
            Ok(())
        })
    }
}

fn document_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let body = Body {
        doc,
        marker: format!("[{}] ", doc.meta.untranslated),
    };
    xml(|w| {
        el(
            w,
            "w:document",
            &[("xmlns:w", NS_W), ("xmlns:r", NS_R)],
            |w| {
                el(w, "w:body", &[], |w| {
                    for p in pieces(doc) {
                        match p {
                            Piece::One(b, source) => body.block(w, b, source, false)?,
                            Piece::Table(rows) => body.table(w, &rows)?,
                            Piece::Side(rows) => body.side_by_side(w, &rows)?,
                        }
                    }
                    el(w, "w:sectPr", &[], |w| {
                        empty(
                            w,
                            "w:headerReference",
                            &[("w:type", "default"), ("r:id", "rIdHeader")],
                        )?;
                        empty(
                            w,
                            "w:footerReference",
                            &[("w:type", "default"), ("r:id", "rIdFooter")],
                        )?;
                        // A4, margins as in the PDF.
                        empty(w, "w:pgSz", &[("w:w", "11906"), ("w:h", "16838")])?;
                        empty(
                            w,
                            "w:pgMar",
                            &[
                                ("w:top", "1417"),
                                ("w:right", "1247"),
                                ("w:bottom", "1417"),
                                ("w:left", "1247"),
                                ("w:header", "624"),
                                ("w:footer", "624"),
                                ("w:gutter", "0"),
                            ],
                        )?;
                        if doc.meta.rtl {
                            empty(w, "w:bidi", &[])?;
                        }
                        Ok(())
                    })
                })
            },
        )
    })
}

fn header_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let m = &doc.meta;
    let side = Side {
        rtl: m.rtl,
        source: None,
    };
    xml(|w| {
        el(w, "w:hdr", &[("xmlns:w", NS_W), ("xmlns:r", NS_R)], |w| {
            let line = format!("{}\t\t{}", m.reference, m.confidential);
            para(w, "Header", &side, &[plain(&line)])?;
            if !m.draft.is_empty() {
                para(w, "RogatoryDraft", &side, &[plain(&m.draft)])?;
            }
            Ok(())
        })
    })
}

fn footer_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let m = &doc.meta;
    let side = Side {
        rtl: m.rtl,
        source: None,
    };
    xml(|w| {
        el(w, "w:ftr", &[("xmlns:w", NS_W), ("xmlns:r", NS_R)], |w| {
            el(w, "w:p", &[], |w| {
                el(w, "w:pPr", &[], |w| {
                    empty(w, "w:pStyle", &[("w:val", "Footer")])?;
                    if side.rtl {
                        empty(w, "w:bidi", &[])?;
                    }
                    Ok(())
                })?;
                for part in page_parts(&m.page_pattern) {
                    let field = |w: &mut W, instr: &str| {
                        el(w, "w:fldSimple", &[("w:instr", instr)], |w| {
                            run(w, &side, &plain("1"))
                        })
                    };
                    match part {
                        PagePart::Text(t) => run(w, &side, &plain(t))?,
                        PagePart::Number => field(w, " PAGE ")?,
                        PagePart::Total => field(w, " NUMPAGES ")?,
                    }
                }
                if !m.draft.is_empty() {
                    run(w, &side, &plain(&format!(" · {}", m.draft)))?;
                }
                Ok(())
            })
        })
    })
}

/// The whole `.docx`.
pub fn write(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let types = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/></Relationships>"#
    );
    let doc_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="{REL}/numbering" Target="numbering.xml"/><Relationship Id="rIdHeader" Type="{REL}/header" Target="header1.xml"/><Relationship Id="rIdFooter" Type="{REL}/footer" Target="footer1.xml"/></Relationships>"#
    );
    let app = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Rogatory</Application></Properties>"#;
    super::zip(
        &[
            ("[Content_Types].xml", types.to_vec()),
            ("_rels/.rels", rels.into_bytes()),
            ("word/_rels/document.xml.rels", doc_rels.into_bytes()),
            ("word/document.xml", document_xml(doc)?),
            ("word/styles.xml", styles::styles_xml(doc)?),
            ("word/numbering.xml", styles::numbering_xml()?),
            ("word/header1.xml", header_xml(doc)?),
            ("word/footer1.xml", footer_xml(doc)?),
            ("docProps/core.xml", styles::core_xml(doc)?),
            ("docProps/app.xml", app.to_vec()),
        ],
        false,
    )
}
