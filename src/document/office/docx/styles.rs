//! The `.docx` parts that are not the body: the styles (named so a
//! central authority restyles the request in one place), the bullet list
//! and the document properties.

use std::io;

use super::xml;
use super::{NS_W, W, el, empty, text_el};
use crate::document::Document;
use crate::document::office::{Fonts, OfficeError, clean, fonts, lang_tag};

/// Run properties naming each script's font.
fn fonts_el(w: &mut W, latin: &str, f: &Fonts) -> io::Result<()> {
    empty(
        w,
        "w:rFonts",
        &[
            ("w:ascii", latin),
            ("w:hAnsi", latin),
            ("w:eastAsia", &f.cjk),
            ("w:cs", &f.arabic),
        ],
    )
}

/// A named style: `kind` paragraph, character or table.
fn style(
    w: &mut W,
    kind: &str,
    id: &str,
    name: &str,
    ppr: impl FnOnce(&mut W) -> io::Result<()>,
    rpr: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    el(w, "w:style", &[("w:type", kind), ("w:styleId", id)], |w| {
        empty(w, "w:name", &[("w:val", name)])?;
        if kind == "paragraph" && id != "Normal" {
            empty(w, "w:basedOn", &[("w:val", "Normal")])?;
            empty(w, "w:next", &[("w:val", "Normal")])?;
        }
        empty(w, "w:qFormat", &[])?;
        if kind != "character" {
            el(w, "w:pPr", &[], ppr)?;
        }
        el(w, "w:rPr", &[], rpr)
    })
}

pub(super) fn styles_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let f = fonts(doc);
    let m = &doc.meta;
    let lang = lang_tag(&m.lang, &m.region);
    let none = |_: &mut W| Ok(());
    let spacing = |b: &'static str, a: &'static str| {
        move |w: &mut W| empty(w, "w:spacing", &[("w:before", b), ("w:after", a)])
    };
    let size = |s: &'static str| {
        move |w: &mut W| {
            empty(w, "w:sz", &[("w:val", s)])?;
            empty(w, "w:szCs", &[("w:val", s)])
        }
    };
    xml(|w| {
        el(w, "w:styles", &[("xmlns:w", NS_W)], |w| {
            el(w, "w:docDefaults", &[], |w| {
                el(w, "w:rPrDefault", &[], |w| {
                    el(w, "w:rPr", &[], |w| {
                        fonts_el(w, &f.body, &f)?;
                        size("21")(w)?;
                        empty(
                            w,
                            "w:lang",
                            &[("w:val", &lang), ("w:eastAsia", "zh-CN"), ("w:bidi", "ar")],
                        )
                    })
                })?;
                el(w, "w:pPrDefault", &[], |w| {
                    el(w, "w:pPr", &[], |w| {
                        empty(
                            w,
                            "w:spacing",
                            &[
                                ("w:after", "120"),
                                ("w:line", "264"),
                                ("w:lineRule", "auto"),
                            ],
                        )
                    })
                })
            })?;
            style(w, "paragraph", "Normal", "Normal", none, none)?;
            let heading_rpr = |sz: &'static str| {
                let f = &f;
                move |w: &mut W| {
                    fonts_el(w, &f.heading, f)?;
                    empty(w, "w:b", &[])?;
                    empty(w, "w:bCs", &[])?;
                    size(sz)(w)
                }
            };
            style(
                w,
                "paragraph",
                "Title",
                "Title",
                |w| {
                    empty(w, "w:keepNext", &[])?;
                    spacing("240", "240")(w)?;
                    empty(w, "w:jc", &[("w:val", "center")])
                },
                heading_rpr("30"),
            )?;
            for (id, name, lvl, sz) in [
                ("Heading1", "heading 1", "0", "24"),
                ("Heading2", "heading 2", "1", "22"),
                ("Heading3", "heading 3", "2", "21"),
            ] {
                style(
                    w,
                    "paragraph",
                    id,
                    name,
                    |w| {
                        empty(w, "w:keepNext", &[])?;
                        empty(w, "w:keepLines", &[])?;
                        spacing("280", "120")(w)?;
                        empty(w, "w:outlineLvl", &[("w:val", lvl)])
                    },
                    heading_rpr(sz),
                )?;
            }
            style(
                w,
                "paragraph",
                "RogatoryBody",
                "Rogatory Body",
                // Justified, except right to left: justifying Arabic
                // stretches words with kashidas, which LibreOffice's PDF
                // text layer then garbles.
                |w| {
                    if m.rtl {
                        Ok(())
                    } else {
                        empty(w, "w:jc", &[("w:val", "both")])
                    }
                },
                none,
            )?;
            style(
                w,
                "paragraph",
                "RogatoryMark",
                "Rogatory Mark",
                |w| {
                    el(w, "w:pBdr", &[], |w| {
                        for side in ["w:top", "w:left", "w:bottom", "w:right"] {
                            empty(
                                w,
                                side,
                                &[
                                    ("w:val", "single"),
                                    ("w:sz", "8"),
                                    ("w:space", "4"),
                                    ("w:color", "000000"),
                                ],
                            )?;
                        }
                        Ok(())
                    })?;
                    empty(w, "w:jc", &[("w:val", "center")])
                },
                heading_rpr("21"),
            )?;
            style(
                w,
                "paragraph",
                "RogatoryFieldLabel",
                "Rogatory Field Label",
                none,
                heading_rpr("19"),
            )?;
            style(
                w,
                "paragraph",
                "RogatoryFieldValue",
                "Rogatory Field Value",
                none,
                none,
            )?;
            style(
                w,
                "paragraph",
                "RogatoryListItem",
                "Rogatory List Item",
                |w| {
                    el(w, "w:numPr", &[], |w| {
                        empty(w, "w:ilvl", &[("w:val", "0")])?;
                        empty(w, "w:numId", &[("w:val", "1")])
                    })?;
                    spacing("40", "40")(w)
                },
                none,
            )?;
            style(
                w,
                "paragraph",
                "RogatoryAddressLabel",
                "Rogatory Address Label",
                |w| spacing("120", "0")(w),
                |w| {
                    fonts_el(w, &f.heading, &f)?;
                    empty(w, "w:color", &[("w:val", "5A5A5A")])?;
                    size("17")(w)
                },
            )?;
            style(
                w,
                "paragraph",
                "RogatoryAddress",
                "Rogatory Address",
                |w| spacing("0", "180")(w),
                none,
            )?;
            style(
                w,
                "paragraph",
                "RogatorySignatureLine",
                "Rogatory Signature Line",
                |w| {
                    el(w, "w:pBdr", &[], |w| {
                        empty(
                            w,
                            "w:bottom",
                            &[
                                ("w:val", "single"),
                                ("w:sz", "4"),
                                ("w:space", "1"),
                                ("w:color", "000000"),
                            ],
                        )
                    })?;
                    spacing("600", "60")(w)?;
                    empty(w, "w:ind", &[("w:right", "2800")])
                },
                none,
            )?;
            style(
                w,
                "paragraph",
                "RogatoryUntranslated",
                "Rogatory Untranslated",
                none,
                none,
            )?;
            style(
                w,
                "character",
                "RogatoryUntranslatedMarker",
                "Rogatory Untranslated Marker",
                none,
                |w| {
                    empty(w, "w:i", &[])?;
                    empty(w, "w:iCs", &[])?;
                    empty(w, "w:color", &[("w:val", "9C2A00")])
                },
            )?;
            style(
                w,
                "paragraph",
                "Header",
                "header",
                |w| {
                    el(w, "w:tabs", &[], |w| {
                        empty(w, "w:tab", &[("w:val", "center"), ("w:pos", "4706")])?;
                        empty(w, "w:tab", &[("w:val", "right"), ("w:pos", "9412")])
                    })
                },
                |w| {
                    fonts_el(w, &f.heading, &f)?;
                    size("16")(w)
                },
            )?;
            style(
                w,
                "paragraph",
                "RogatoryDraft",
                "Rogatory Draft",
                |w| empty(w, "w:jc", &[("w:val", "center")]),
                |w| {
                    fonts_el(w, &f.heading, &f)?;
                    empty(w, "w:b", &[])?;
                    empty(w, "w:bCs", &[])?;
                    empty(w, "w:color", &[("w:val", "B00000")])?;
                    size("28")(w)
                },
            )?;
            style(
                w,
                "paragraph",
                "Footer",
                "footer",
                |w| empty(w, "w:jc", &[("w:val", "center")]),
                |w| {
                    fonts_el(w, &f.heading, &f)?;
                    size("16")(w)
                },
            )?;
            for (id, name) in [
                ("RogatoryFields", "Rogatory Fields"),
                ("RogatoryBilingual", "Rogatory Bilingual"),
            ] {
                el(
                    w,
                    "w:style",
                    &[("w:type", "table"), ("w:styleId", id)],
                    |w| {
                        empty(w, "w:name", &[("w:val", name)])?;
                        el(w, "w:tblPr", &[], |w| {
                            el(w, "w:tblCellMar", &[], |w| {
                                empty(w, "w:top", &[("w:w", "40"), ("w:type", "dxa")])?;
                                empty(w, "w:left", &[("w:w", "0"), ("w:type", "dxa")])?;
                                empty(w, "w:bottom", &[("w:w", "40"), ("w:type", "dxa")])?;
                                empty(w, "w:right", &[("w:w", "160"), ("w:type", "dxa")])
                            })
                        })
                    },
                )?;
            }
            Ok(())
        })
    })
}

pub(super) fn numbering_xml() -> Result<Vec<u8>, OfficeError> {
    xml(|w| {
        el(w, "w:numbering", &[("xmlns:w", NS_W)], |w| {
            el(w, "w:abstractNum", &[("w:abstractNumId", "0")], |w| {
                empty(w, "w:multiLevelType", &[("w:val", "singleLevel")])?;
                el(w, "w:lvl", &[("w:ilvl", "0")], |w| {
                    empty(w, "w:start", &[("w:val", "1")])?;
                    empty(w, "w:numFmt", &[("w:val", "bullet")])?;
                    empty(w, "w:lvlText", &[("w:val", "•")])?;
                    empty(w, "w:lvlJc", &[("w:val", "left")])?;
                    el(w, "w:pPr", &[], |w| {
                        empty(w, "w:ind", &[("w:left", "397"), ("w:hanging", "284")])
                    })
                })
            })?;
            el(w, "w:num", &[("w:numId", "1")], |w| {
                empty(w, "w:abstractNumId", &[("w:val", "0")])
            })
        })
    })
}

pub(super) fn core_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let m = &doc.meta;
    let [y, mo, d] = m.date;
    let date = format!("{y:04}-{mo:02}-{d:02}T00:00:00Z");
    xml(|w| {
        el(
            w,
            "cp:coreProperties",
            &[
                (
                    "xmlns:cp",
                    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                ),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xmlns:dcterms", "http://purl.org/dc/terms/"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ],
            |w| {
                text_el(w, "dc:title", &[], &clean(&m.title))?;
                text_el(w, "dc:subject", &[], &clean(&m.subject))?;
                text_el(w, "dc:creator", &[], &clean(&m.author))?;
                text_el(w, "cp:keywords", &[], &clean(&m.keywords.join(", ")))?;
                text_el(w, "dc:language", &[], &lang_tag(&m.lang, &m.region))?;
                text_el(
                    w,
                    "dcterms:created",
                    &[("xsi:type", "dcterms:W3CDTF")],
                    &date,
                )?;
                text_el(
                    w,
                    "dcterms:modified",
                    &[("xsi:type", "dcterms:W3CDTF")],
                    &date,
                )
            },
        )
    })
}
