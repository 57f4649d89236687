//! The `.odt` parts that are not the body: the named styles, the page
//! with its header and footer, and the document's metadata.

use super::{NS, el, empty, font_decls, text, text_el, xml};
use crate::document::Document;
use crate::document::office::{OfficeError, PagePart, fonts, lang_tag, page_parts};

/// The named paragraph styles: (name, display name, paragraph properties,
/// text properties).
type StyleDef = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
);

const HEADING_TEXT: &[(&str, &str)] = &[
    ("fo:font-weight", "bold"),
    ("style:font-weight-asian", "bold"),
    ("style:font-weight-complex", "bold"),
];

/// The styles set in the heading face.
const HEADING_FONT: &[&str] = &[
    "Title",
    "Heading_20_1",
    "Heading_20_2",
    "Heading_20_3",
    "Rogatory_20_Mark",
    "Rogatory_20_Field_20_Label",
    "Rogatory_20_Address_20_Label",
    "Rogatory_20_Draft",
    "Header",
    "Footer",
];

pub(super) const PARAGRAPH_STYLES: &[StyleDef] = &[
    (
        "Title",
        "Title",
        &[
            ("fo:text-align", "center"),
            ("fo:margin-top", "0.4cm"),
            ("fo:margin-bottom", "0.4cm"),
            ("fo:keep-with-next", "always"),
        ],
        HEADING_TEXT,
    ),
    (
        "Heading_20_1",
        "Heading 1",
        &[
            ("fo:margin-top", "0.5cm"),
            ("fo:margin-bottom", "0.2cm"),
            ("fo:keep-with-next", "always"),
        ],
        HEADING_TEXT,
    ),
    (
        "Heading_20_2",
        "Heading 2",
        &[
            ("fo:margin-top", "0.4cm"),
            ("fo:margin-bottom", "0.2cm"),
            ("fo:keep-with-next", "always"),
        ],
        HEADING_TEXT,
    ),
    (
        "Heading_20_3",
        "Heading 3",
        &[
            ("fo:margin-top", "0.3cm"),
            ("fo:margin-bottom", "0.15cm"),
            ("fo:keep-with-next", "always"),
        ],
        HEADING_TEXT,
    ),
    (
        "Rogatory_20_Body",
        "Rogatory Body",
        &[("fo:text-align", "justify")],
        &[],
    ),
    (
        "Rogatory_20_Mark",
        "Rogatory Mark",
        &[
            ("fo:text-align", "center"),
            ("fo:border", "0.5pt solid #000000"),
            ("fo:padding", "0.1cm"),
        ],
        HEADING_TEXT,
    ),
    (
        "Rogatory_20_Field_20_Label",
        "Rogatory Field Label",
        &[],
        HEADING_TEXT,
    ),
    (
        "Rogatory_20_Field_20_Value",
        "Rogatory Field Value",
        &[],
        &[],
    ),
    (
        "Rogatory_20_List_20_Item",
        "Rogatory List Item",
        &[("fo:margin-top", "0.05cm"), ("fo:margin-bottom", "0.05cm")],
        &[],
    ),
    (
        "Rogatory_20_Address_20_Label",
        "Rogatory Address Label",
        &[("fo:margin-top", "0.2cm"), ("fo:margin-bottom", "0cm")],
        &[("fo:color", "#5a5a5a"), ("fo:font-size", "8.5pt")],
    ),
    (
        "Rogatory_20_Address",
        "Rogatory Address",
        &[("fo:margin-bottom", "0.3cm")],
        &[],
    ),
    (
        "Rogatory_20_Signature_20_Line",
        "Rogatory Signature Line",
        &[
            ("fo:margin-top", "1cm"),
            ("fo:margin-right", "5cm"),
            ("fo:border-bottom", "0.5pt solid #000000"),
            ("fo:padding", "0cm"),
        ],
        &[],
    ),
    (
        "Rogatory_20_Untranslated",
        "Rogatory Untranslated",
        &[],
        &[],
    ),
    (
        "Rogatory_20_Draft",
        "Rogatory Draft",
        &[("fo:text-align", "center")],
        &[
            ("fo:color", "#b00000"),
            ("fo:font-weight", "bold"),
            ("fo:font-size", "14pt"),
        ],
    ),
    ("Header", "Header", &[], &[("fo:font-size", "8pt")]),
    (
        "Footer",
        "Footer",
        &[("fo:text-align", "center")],
        &[("fo:font-size", "8pt")],
    ),
];
pub(super) fn styles_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let m = &doc.meta;
    let f = fonts(doc);
    let western = if matches!(m.lang.as_str(), "zh" | "ar") {
        "en"
    } else {
        m.lang.as_str()
    };
    let mode = if m.rtl { "rl-tb" } else { "lr-tb" };
    xml(|w| {
        el(w, "office:document-styles", NS, |w| {
            font_decls(w, doc)?;
            el(w, "office:styles", &[], |w| {
                el(
                    w,
                    "style:default-style",
                    &[("style:family", "paragraph")],
                    |w| {
                        empty(
                            w,
                            "style:paragraph-properties",
                            &[("fo:margin-bottom", "0.2cm")],
                        )?;
                        empty(
                            w,
                            "style:text-properties",
                            &[
                                ("style:font-name", &f.body),
                                ("fo:font-size", "10.5pt"),
                                ("fo:language", western),
                                ("style:font-name-asian", &f.cjk),
                                ("style:font-size-asian", "10.5pt"),
                                ("style:language-asian", "zh"),
                                ("style:country-asian", "CN"),
                                ("style:font-name-complex", &f.arabic),
                                ("style:font-size-complex", "10.5pt"),
                                ("style:language-complex", "ar"),
                            ],
                        )
                    },
                )?;
                el(
                    w,
                    "style:style",
                    &[("style:name", "Standard"), ("style:family", "paragraph")],
                    |_| Ok(()),
                )?;
                for (name, display, ppr, tpr) in PARAGRAPH_STYLES {
                    let mut attrs = vec![
                        ("style:name", *name),
                        ("style:display-name", *display),
                        ("style:family", "paragraph"),
                        ("style:parent-style-name", "Standard"),
                    ];
                    let level;
                    if let Some(n) = name.strip_prefix("Heading_20_") {
                        level = n.to_string();
                        attrs.push(("style:default-outline-level", &level));
                    }
                    let heading = HEADING_FONT.contains(name);
                    el(w, "style:style", &attrs, |w| {
                        if *name == "Header" {
                            // The reference left, the marking right.
                            el(w, "style:paragraph-properties", &[], |w| {
                                el(w, "style:tab-stops", &[], |w| {
                                    empty(
                                        w,
                                        "style:tab-stop",
                                        &[("style:position", "16.6cm"), ("style:type", "right")],
                                    )
                                })
                            })?;
                        } else if *name == "Rogatory_20_Body" && m.rtl {
                            // Not justified right to left (kashidas; see docx).
                        } else if !ppr.is_empty() {
                            empty(w, "style:paragraph-properties", ppr)?;
                        }
                        let mut t: Vec<(&str, &str)> = tpr.to_vec();
                        if heading {
                            t.push(("style:font-name", &f.heading));
                        }
                        let size = match *name {
                            "Title" => Some("15pt"),
                            "Heading_20_1" => Some("12pt"),
                            "Heading_20_2" => Some("11pt"),
                            _ => None,
                        };
                        if let Some(s) = size {
                            t.extend([
                                ("fo:font-size", s),
                                ("style:font-size-asian", s),
                                ("style:font-size-complex", s),
                            ]);
                        }
                        if !t.is_empty() {
                            empty(w, "style:text-properties", &t)?;
                        }
                        Ok(())
                    })?;
                }
                for (name, display, props) in [
                    (
                        "Rogatory_20_Strong",
                        "Rogatory Strong",
                        &[
                            ("fo:font-weight", "bold"),
                            ("style:font-weight-asian", "bold"),
                            ("style:font-weight-complex", "bold"),
                        ][..],
                    ),
                    (
                        "Rogatory_20_Untranslated_20_Marker",
                        "Rogatory Untranslated Marker",
                        &[("fo:font-style", "italic"), ("fo:color", "#9c2a00")][..],
                    ),
                ] {
                    el(
                        w,
                        "style:style",
                        &[
                            ("style:name", name),
                            ("style:display-name", display),
                            ("style:family", "text"),
                        ],
                        |w| empty(w, "style:text-properties", props),
                    )?;
                }
                el(
                    w,
                    "text:list-style",
                    &[
                        ("style:name", "Rogatory_20_Bullets"),
                        ("style:display-name", "Rogatory Bullets"),
                    ],
                    |w| {
                        el(
                            w,
                            "text:list-level-style-bullet",
                            &[("text:level", "1"), ("text:bullet-char", "•")],
                            |w| {
                                el(
                                    w,
                                    "style:list-level-properties",
                                    &[(
                                        "text:list-level-position-and-space-mode",
                                        "label-alignment",
                                    )],
                                    |w| {
                                        empty(
                                            w,
                                            "style:list-level-label-alignment",
                                            &[
                                                ("text:label-followed-by", "listtab"),
                                                ("fo:text-indent", "-0.5cm"),
                                                ("fo:margin-left", "0.7cm"),
                                            ],
                                        )
                                    },
                                )
                            },
                        )
                    },
                )
            })?;
            el(w, "office:automatic-styles", &[], |w| {
                el(w, "style:page-layout", &[("style:name", "pm1")], |w| {
                    empty(
                        w,
                        "style:page-layout-properties",
                        &[
                            ("fo:page-width", "21cm"),
                            ("fo:page-height", "29.7cm"),
                            ("fo:margin-top", "1.5cm"),
                            ("fo:margin-bottom", "1.5cm"),
                            ("fo:margin-left", "2.2cm"),
                            ("fo:margin-right", "2.2cm"),
                            ("style:writing-mode", mode),
                        ],
                    )?;
                    for part in ["style:header-style", "style:footer-style"] {
                        el(w, part, &[], |w| {
                            empty(
                                w,
                                "style:header-footer-properties",
                                &[
                                    ("fo:min-height", "0.6cm"),
                                    ("fo:margin-bottom", "0.3cm"),
                                    ("fo:margin-top", "0.3cm"),
                                ],
                            )
                        })?;
                    }
                    Ok(())
                })
            })?;
            el(w, "office:master-styles", &[], |w| {
                el(
                    w,
                    "style:master-page",
                    &[
                        ("style:name", "Standard"),
                        ("style:page-layout-name", "pm1"),
                    ],
                    |w| {
                        el(w, "style:header", &[], |w| {
                            el(w, "text:p", &[("text:style-name", "Header")], |w| {
                                text(w, &m.reference)?;
                                empty(w, "text:tab", &[])?;
                                text(w, &m.confidential)
                            })?;
                            if !m.draft.is_empty() {
                                text_el(
                                    w,
                                    "text:p",
                                    &[("text:style-name", "Rogatory_20_Draft")],
                                    &m.draft,
                                )?;
                            }
                            Ok(())
                        })?;
                        el(w, "style:footer", &[], |w| {
                            el(w, "text:p", &[("text:style-name", "Footer")], |w| {
                                for part in page_parts(&m.page_pattern) {
                                    match part {
                                        PagePart::Text(t) => text(w, t)?,
                                        PagePart::Number => text_el(
                                            w,
                                            "text:page-number",
                                            &[("text:select-page", "current")],
                                            "1",
                                        )?,
                                        PagePart::Total => text_el(w, "text:page-count", &[], "1")?,
                                    }
                                }
                                if !m.draft.is_empty() {
                                    text(w, &format!(" · {}", m.draft))?;
                                }
                                Ok(())
                            })
                        })
                    },
                )
            })
        })
    })
}

pub(super) fn meta_xml(doc: &Document) -> Result<Vec<u8>, OfficeError> {
    let m = &doc.meta;
    let [y, mo, d] = m.date;
    let date = format!("{y:04}-{mo:02}-{d:02}T00:00:00");
    xml(|w| {
        el(w, "office:document-meta", NS, |w| {
            el(w, "office:meta", &[], |w| {
                text_el(w, "meta:generator", &[], "Rogatory")?;
                text_el(w, "dc:title", &[], &m.title)?;
                text_el(w, "dc:subject", &[], &m.subject)?;
                for k in &m.keywords {
                    text_el(w, "meta:keyword", &[], k)?;
                }
                text_el(w, "meta:initial-creator", &[], &m.author)?;
                text_el(w, "dc:creator", &[], &m.author)?;
                text_el(w, "dc:language", &[], &lang_tag(&m.lang, &m.region))?;
                text_el(w, "meta:creation-date", &[], &date)?;
                text_el(w, "dc:date", &[], &date)
            })
        })
    })
}
