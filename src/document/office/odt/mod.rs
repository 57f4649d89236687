//! The request as an OpenDocument text (ODF 1.3, `.odt`): named styles
//! (*Title*, *Heading 1–3*, *Rogatory …*) in `styles.xml`, headings as
//! outline headings, labelled fields as tables, bullets as a list, the
//! reference and marking in the page header, page number and count as
//! fields in the footer, and title, subject, author, keywords and language
//! in `meta.xml`. Right-to-left paragraphs carry their writing mode; the
//! Chinese and Arabic fonts and languages are named for their scripts.

use std::io;

use quick_xml::events::{BytesText, Event};

use super::xml::{W, el, empty, part, text_el};
use super::{OfficeError, Piece, clean, fonts, labelled, pieces};
use crate::document::{Block, Document};

mod styles;
use styles::PARAGRAPH_STYLES;

const NS: &[(&str, &str)] = &[
    (
        "xmlns:office",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    ),
    (
        "xmlns:style",
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    ),
    (
        "xmlns:text",
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    ),
    (
        "xmlns:table",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    ),
    (
        "xmlns:fo",
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    ),
    (
        "xmlns:svg",
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    ),
    ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
    (
        "xmlns:meta",
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    ),
    ("office:version", "1.3"),
];

/// An XML part of an `.odt`.
fn xml(body: impl FnOnce(&mut W) -> io::Result<()>) -> Result<Vec<u8>, OfficeError> {
    part("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", body)
}

/// Text as ODF keeps it: runs of spaces, tabs and line breaks are
/// elements (plain whitespace would be collapsed).
fn text(w: &mut W, s: &str) -> io::Result<()> {
    let s = clean(s);
    let mut chunk = String::new();
    let mut spaces = 0usize;
    let mut at_start = true;
    let flush = |w: &mut W, chunk: &mut String| -> io::Result<()> {
        if !chunk.is_empty() {
            w.write_event(Event::Text(BytesText::new(chunk)))?;
            chunk.clear();
        }
        Ok(())
    };
    let put_spaces = |w: &mut W, chunk: &mut String, n: usize, at_start: bool| -> io::Result<()> {
        // One space is text, unless it starts the paragraph or a line.
        let (literal, extra) = if at_start { (0, n) } else { (1, n - 1) };
        chunk.push_str(&" ".repeat(literal));
        if extra > 0 {
            flush(w, chunk)?;
            let c = extra.to_string();
            if extra == 1 {
                empty(w, "text:s", &[])?;
            } else {
                empty(w, "text:s", &[("text:c", &c)])?;
            }
        }
        Ok(())
    };
    for c in s.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces > 0 {
            put_spaces(w, &mut chunk, spaces, at_start)?;
            spaces = 0;
        }
        at_start = false;
        match c {
            '\t' => {
                flush(w, &mut chunk)?;
                empty(w, "text:tab", &[])?;
            }
            '\n' => {
                flush(w, &mut chunk)?;
                empty(w, "text:line-break", &[])?;
                at_start = true;
            }
            c => chunk.push(c),
        }
    }
    if spaces > 0 {
        put_spaces(w, &mut chunk, spaces, at_start)?;
    }
    flush(w, &mut chunk)
}

/// The language attributes for text in `lang`: Chinese is named as the
/// Asian language, Arabic as the complex one, others as the Western one.
fn lang_attrs(lang: &str) -> Vec<(&'static str, String)> {
    match lang {
        "zh" => vec![
            ("style:language-asian", "zh".into()),
            ("style:country-asian", "CN".into()),
        ],
        "ar" => vec![("style:language-complex", "ar".into())],
        l => vec![("fo:language", l.to_string())],
    }
}

struct Body<'a> {
    doc: &'a Document,
    marker: String,
    tables: std::cell::Cell<usize>,
}

impl Body<'_> {
    /// The paragraph style for a named style on this side: an automatic
    /// variant carrying the writing mode where it differs from the page's.
    fn pstyle(&self, name: &str, source: bool) -> String {
        let m = &self.doc.meta;
        let rtl = if source { m.source_rtl } else { m.rtl };
        match (rtl, m.rtl) {
            (true, _) => format!("R_{name}"),
            (false, true) => format!("L_{name}"),
            (false, false) => name.to_string(),
        }
    }

    fn para(
        &self,
        w: &mut W,
        tag: &str,
        style: &str,
        source: bool,
        extra: &[(&str, &str)],
        inner: impl FnOnce(&mut W) -> io::Result<()>,
    ) -> io::Result<()> {
        let style = self.pstyle(style, source);
        let mut attrs = vec![("text:style-name", style.as_str())];
        attrs.extend_from_slice(extra);
        el(w, tag, &attrs, |w| {
            if source {
                el(w, "text:span", &[("text:style-name", "T_source")], inner)
            } else {
                inner(w)
            }
        })
    }

    fn marked_text(&self, w: &mut W, untranslated: bool, s: &str) -> io::Result<()> {
        if untranslated {
            el(
                w,
                "text:span",
                &[("text:style-name", "Rogatory_20_Untranslated_20_Marker")],
                |w| text(w, &self.marker),
            )?;
        }
        text(w, s)
    }

    fn block(&self, w: &mut W, b: &Block, source: bool, in_cell: bool) -> io::Result<()> {
        match b {
            Block::Title { text: t } => {
                self.para(w, "text:p", "Title", source, &[], |w| text(w, t))
            }
            Block::Mark { text: t } => {
                self.para(w, "text:p", "Rogatory_20_Mark", source, &[], |w| text(w, t))
            }
            Block::Heading {
                level,
                number,
                text: t,
                untranslated,
            } => {
                let n = (*level).clamp(1, 3);
                let style = format!("Heading_20_{n}");
                let level = n.to_string();
                let label = if number.is_empty() {
                    t.clone()
                } else {
                    format!("{number}. {t}")
                };
                self.para(
                    w,
                    "text:h",
                    &style,
                    source,
                    &[("text:outline-level", &level)],
                    |w| self.marked_text(w, *untranslated, &label),
                )
            }
            Block::Paragraph {
                text: t,
                untranslated,
            } => self.para(w, "text:p", "Rogatory_20_Body", source, &[], |w| {
                self.marked_text(w, *untranslated, t)
            }),
            Block::ListItem {
                text: t,
                untranslated,
            } => el(
                w,
                "text:list",
                &[("text:style-name", "Rogatory_20_Bullets")],
                |w| {
                    el(w, "text:list-item", &[], |w| {
                        self.para(w, "text:p", "Rogatory_20_List_20_Item", source, &[], |w| {
                            self.marked_text(w, *untranslated, t)
                        })
                    })
                },
            ),
            Block::Untranslated { text: t } => {
                self.para(w, "text:p", "Rogatory_20_Untranslated", source, &[], |w| {
                    self.marked_text(w, true, t)
                })
            }
            Block::Subject {
                label,
                text: t,
                untranslated,
            } => self.para(w, "text:p", "Rogatory_20_Body", source, &[], |w| {
                el(
                    w,
                    "text:span",
                    &[("text:style-name", "Rogatory_20_Strong")],
                    |w| text(w, label),
                )?;
                self.marked_text(w, *untranslated, t)
            }),
            Block::Label { text: t } => {
                self.para(w, "text:p", "Rogatory_20_Body", source, &[], |w| {
                    el(
                        w,
                        "text:span",
                        &[("text:style-name", "Rogatory_20_Strong")],
                        |w| text(w, t),
                    )
                })
            }
            // The seal goes on paper: its place is a labelled space.
            Block::Seal { label } => self.para(
                w,
                "text:p",
                "Rogatory_20_Address_20_Label",
                source,
                &[],
                |w| text(w, &format!("({label})")),
            ),
            Block::Address { label, text: t } => {
                if !label.is_empty() {
                    self.para(
                        w,
                        "text:p",
                        "Rogatory_20_Address_20_Label",
                        source,
                        &[],
                        |w| text(w, label),
                    )?;
                }
                self.para(w, "text:p", "Rogatory_20_Address", source, &[], |w| {
                    text(w, t)
                })
            }
            Block::Field { .. } | Block::Signature { .. } if in_cell || source => {
                let Some(f) = labelled(b) else { return Ok(()) };
                self.para(
                    w,
                    "text:p",
                    "Rogatory_20_Field_20_Value",
                    source,
                    &[],
                    |w| {
                        el(
                            w,
                            "text:span",
                            &[("text:style-name", "Rogatory_20_Strong")],
                            |w| text(w, f.label),
                        )?;
                        empty(w, "text:tab", &[])?;
                        self.marked_text(w, f.untranslated, f.value)
                    },
                )
            }
            Block::Field { .. } | Block::Signature { .. } => self.table(w, &[b]),
            Block::Space => self.para(w, "text:p", "Standard", source, &[], |_| Ok(())),
            Block::PageBreak if in_cell => {
                self.para(w, "text:p", "Standard", source, &[], |_| Ok(()))
            }
            Block::PageBreak => empty(w, "text:p", &[("text:style-name", "P_break")]),
        }
    }

    fn table_el(
        &self,
        w: &mut W,
        columns: [&str; 2],
        rows: impl FnOnce(&mut W) -> io::Result<()>,
    ) -> io::Result<()> {
        let n = self.tables.get() + 1;
        self.tables.set(n);
        let name = format!("Table{n}");
        el(
            w,
            "table:table",
            &[("table:name", &name), ("table:style-name", "Tbl")],
            |w| {
                for c in columns {
                    empty(w, "table:table-column", &[("table:style-name", c)])?;
                }
                rows(w)
            },
        )
    }

    fn cell(&self, w: &mut W, fill: impl FnOnce(&mut W) -> io::Result<()>) -> io::Result<()> {
        el(
            w,
            "table:table-cell",
            &[
                ("table:style-name", "Cell"),
                ("office:value-type", "string"),
            ],
            fill,
        )
    }

    fn table(&self, w: &mut W, rows: &[&Block]) -> io::Result<()> {
        self.table_el(w, ["Col_label", "Col_value"], |w| {
            for b in rows {
                let Some(f) = labelled(b) else { continue };
                el(w, "table:table-row", &[], |w| {
                    self.cell(w, |w| {
                        self.para(w, "text:p", "Rogatory_20_Field_20_Label", false, &[], |w| {
                            text(w, f.label)
                        })
                    })?;
                    self.cell(w, |w| {
                        if f.sign_here {
                            self.para(
                                w,
                                "text:p",
                                "Rogatory_20_Signature_20_Line",
                                false,
                                &[],
                                |_| Ok(()),
                            )
                        } else {
                            self.para(w, "text:p", "Rogatory_20_Field_20_Value", false, &[], |w| {
                                self.marked_text(w, f.untranslated, f.value)
                            })
                        }
                    })
                })?;
            }
            Ok(())
        })
    }

    fn side_by_side(&self, w: &mut W, rows: &[(&Block, &Block)]) -> io::Result<()> {
        self.table_el(w, ["Col_half", "Col_half"], |w| {
            for (s, b) in rows {
                if matches!(b, Block::PageBreak) {
                    continue;
                }
                el(w, "table:table-row", &[], |w| {
                    self.cell(w, |w| self.block(w, s, true, true))?;
                    self.cell(w, |w| self.block(w, b, false, true))
                })?;
            }
            Ok(())
        })
    }
}

fn font_decls(w: &mut W, doc: &Document) -> io::Result<()> {
    let f = fonts(doc);
    el(w, "office:font-face-decls", &[], |w| {
        let mut seen = Vec::new();
        for name in [&f.body, &f.heading, &f.cjk, &f.arabic] {
            if seen.contains(&name) {
                continue;
            }
            seen.push(name);
            let family = format!("'{name}'");
            empty(
                w,
                "style:font-face",
                &[("style:name", name), ("svg:font-family", &family)],
            )?;
        }
        Ok(())
    })
}

fn content_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let m = &doc.meta;
    let body = Body {
        doc,
        marker: format!("[{}] ", m.untranslated),
        tables: std::cell::Cell::new(0),
    };
    let table_mode = if m.rtl { "rl-tb" } else { "lr-tb" };
    xml(|w| {
        el(w, "office:document-content", NS, |w| {
            font_decls(w, doc)?;
            el(w, "office:automatic-styles", &[], |w| {
                let mut names: Vec<&str> = PARAGRAPH_STYLES.iter().map(|s| s.0).collect();
                names.push("Standard");
                for name in names {
                    for (prefix, mode) in [("R_", "rl-tb"), ("L_", "lr-tb")] {
                        let auto = format!("{prefix}{name}");
                        el(
                            w,
                            "style:style",
                            &[
                                ("style:name", &auto),
                                ("style:family", "paragraph"),
                                ("style:parent-style-name", name),
                            ],
                            |w| {
                                empty(
                                    w,
                                    "style:paragraph-properties",
                                    &[("style:writing-mode", mode)],
                                )
                            },
                        )?;
                    }
                }
                el(
                    w,
                    "style:style",
                    &[
                        ("style:name", "P_break"),
                        ("style:family", "paragraph"),
                        ("style:parent-style-name", "Standard"),
                    ],
                    |w| {
                        empty(
                            w,
                            "style:paragraph-properties",
                            &[("fo:break-before", "page")],
                        )
                    },
                )?;
                el(
                    w,
                    "style:style",
                    &[("style:name", "T_source"), ("style:family", "text")],
                    |w| {
                        let mut a: Vec<(&str, String)> = vec![("fo:color", "#4d4d4d".into())];
                        a.extend(lang_attrs(&m.source_lang));
                        let a: Vec<(&str, &str)> =
                            a.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        empty(w, "style:text-properties", &a)
                    },
                )?;
                el(
                    w,
                    "style:style",
                    &[("style:name", "Tbl"), ("style:family", "table")],
                    |w| {
                        empty(
                            w,
                            "style:table-properties",
                            &[
                                ("style:width", "17cm"),
                                ("table:align", "margins"),
                                ("style:writing-mode", table_mode),
                            ],
                        )
                    },
                )?;
                for (name, width) in [
                    ("Col_label", "5.2cm"),
                    ("Col_value", "11.8cm"),
                    ("Col_half", "8.5cm"),
                ] {
                    el(
                        w,
                        "style:style",
                        &[("style:name", name), ("style:family", "table-column")],
                        |w| {
                            empty(
                                w,
                                "style:table-column-properties",
                                &[("style:column-width", width)],
                            )
                        },
                    )?;
                }
                el(
                    w,
                    "style:style",
                    &[("style:name", "Cell"), ("style:family", "table-cell")],
                    |w| {
                        empty(
                            w,
                            "style:table-cell-properties",
                            &[("fo:padding", "0.05cm"), ("fo:border", "none")],
                        )
                    },
                )
            })?;
            el(w, "office:body", &[], |w| {
                el(w, "office:text", &[], |w| {
                    for p in pieces(doc) {
                        match p {
                            Piece::One(b, source) => body.block(w, b, source, false)?,
                            Piece::Table(rows) => body.table(w, &rows)?,
                            Piece::Side(rows) => body.side_by_side(w, &rows)?,
                        }
                    }
                    Ok(())
                })
            })
        })
    })
}

/// The whole `.odt`.
pub fn write(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let manifest = br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    super::zip(
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.text".to_vec(),
            ),
            ("META-INF/manifest.xml", manifest.to_vec()),
            ("content.xml", content_xml(doc)?),
            ("styles.xml", styles::styles_xml(doc)?),
            ("meta.xml", styles::meta_xml(doc)?),
        ],
        true,
    )
}
