//! Editable export (issue "Editable export"): the complete example in
//! English, Arabic and Chinese as DOCX and ODT, checked by the tools that
//! will open them. LibreOffice converts each to PDF and that PDF holds the
//! same clauses as Rogatory's own; python-docx lists the headings with
//! their heading styles and sees the Arabic paragraphs right to left; the
//! ODT validates against the ODF 1.3 schema with jing. Outside CI a
//! missing tool skips its part (and says so); under CI it fails.

mod common;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use rogatory::document::{self, Block, Options, office};
use rogatory::store;

fn required(what: &str) -> bool {
    if std::env::var_os("CI").is_some() {
        panic!("{what} is not installed; .ci/run installs it");
    }
    eprintln!("{what} not installed: that part is skipped outside CI");
    false
}

fn have(cmd: &str) -> bool {
    Command::new(cmd).arg("--version").output().is_ok() || required(cmd)
}

/// Compose the complete example in `lang` (bilingual when asked).
fn compose(lang: &str, bilingual: document::Bilingual, draft: bool) -> document::Document {
    let case = store::load_case(&example(COMPLETE)).unwrap();
    let catalog = store::builtin_catalog();
    let opts = Options {
        bilingual,
        draft,
        ..Options::new(lang, TODAY.parse().unwrap())
    };
    document::compose(&case, &catalog, &opts).unwrap()
}

fn entry(zip_bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes)).unwrap();
    let mut f = z.by_name(name).unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

/// Text for comparing layouts: no spaces, no hyphens (either side may
/// break a word), no bidi controls (pdftotext adds them).
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '-' | '\u{00AD}' | '\u{2010}' | '\u{200E}' | '\u{200F}')
                && !('\u{202A}'..='\u{202E}').contains(c)
                && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect()
}

/// The words of a text, without punctuation or bidi controls.
fn words(s: &str) -> std::collections::HashSet<String> {
    squash_keep_spaces(s)
        .split(|c: char| c.is_whitespace() || "،,.:;()[]/".contains(c))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Bidi controls as word breaks (pdftotext puts them between runs).
fn squash_keep_spaces(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '\u{00AD}')
        .map(|c| {
            let control = ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
                || matches!(c, '\u{200E}' | '\u{200F}');
            if control { ' ' } else { c }
        })
        .collect()
}

/// A PDF's text without its page headers and footers (a paragraph broken
/// across pages has them in its middle), squashed.
fn body_text(pdf_text: &str, meta: &document::Meta) -> String {
    let header = [
        squash(&meta.reference),
        squash(&meta.confidential),
        squash(&meta.draft),
    ];
    let page = squash(&meta.page_pattern);
    let (before, after) = page.split_once("{n}").unwrap_or((&page, ""));
    let (between, end) = after.split_once("{total}").unwrap_or((after, ""));
    let is_footer = |l: &str| {
        l.strip_prefix(before)
            .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
            .and_then(|r| r.strip_prefix(between))
            .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
            .is_some_and(|r| {
                r == end || r.trim_start_matches('·').is_empty() || r.ends_with(&header[2])
            })
    };
    pdf_text
        .lines()
        .map(squash)
        .filter(|l| {
            let mut rest = l.clone();
            for h in header.iter().filter(|h| !h.is_empty()) {
                rest = rest.replace(h.as_str(), "");
            }
            !rest.is_empty() && !is_footer(l)
        })
        .collect()
}

/// The clauses a reader compares: the title, headings and paragraphs.
fn clauses(doc: &document::Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter(|b| {
            matches!(
                b,
                Block::Title { .. } | Block::Heading { .. } | Block::Paragraph { .. }
            )
        })
        .map(office::block_text)
        .filter(|t| !t.trim().is_empty())
        .collect()
}

fn soffice_to_pdf(file: &Path, dir: &Path) -> PathBuf {
    // The fonts the PDF embeds, installed for this LibreOffice only.
    let fonts = dir.join(".local/share/fonts");
    if !fonts.exists() {
        fs::create_dir_all(&fonts).unwrap();
        for f in fs::read_dir(root().join("fonts")).unwrap().flatten() {
            fs::copy(f.path(), fonts.join(f.file_name())).unwrap();
        }
    }
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let o = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(file)
        .env("HOME", dir)
        .output()
        .expect("run soffice");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pdf = dir.join(file.with_extension("pdf").file_name().unwrap());
    assert!(
        pdf.exists(),
        "LibreOffice wrote no PDF for {}",
        file.display()
    );
    pdf
}

#[test]
fn libreoffice_opens_docx_and_odt_and_their_pdf_holds_the_same_clauses() {
    if !have("soffice") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar", "zh"] {
        let doc = compose(lang, document::Bilingual::None, false);
        let ours = dir.path().join(format!("ours-{lang}.pdf"));
        fs::write(&ours, document::pdf::render(&doc).unwrap().pdf).unwrap();
        let Some(ours_text) = poppler("pdftotext", &[ours.to_str().unwrap(), "-"]) else {
            return;
        };
        let ours_raw = ours_text.clone();
        let ours_text = body_text(&ours_text, &doc.meta);
        for format in [office::Format::Docx, office::Format::Odt] {
            let ext = if format == office::Format::Docx {
                "docx"
            } else {
                "odt"
            };
            let file = dir.path().join(format!("{lang}.{ext}"));
            fs::write(&file, office::write(&doc, format).unwrap()).unwrap();
            let pdf = soffice_to_pdf(&file, dir.path());
            let text = body_text(
                &poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]).unwrap(),
                &doc.meta,
            );
            let raw = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]).unwrap();
            for c in clauses(&doc) {
                if doc.meta.rtl {
                    // A right-to-left line's text layer orders the Latin runs
                    // inside it by where the line breaks: compare words.
                    for word in words(&c) {
                        assert!(
                            words(&ours_raw).contains(&word),
                            "{lang}: ours lacks {word}"
                        );
                        assert!(
                            words(&raw).contains(&word),
                            "{lang} {ext}: LibreOffice's PDF lacks {word} of {c}"
                        );
                    }
                } else {
                    let c = squash(&c);
                    assert!(ours_text.contains(&c), "{lang}: Rogatory's PDF lacks {c}");
                    assert!(
                        text.contains(&c),
                        "{lang} {ext}: LibreOffice's PDF lacks {c}"
                    );
                }
            }
        }
    }
}

/// python-docx from the CI venv, else `python3` if it has the module.
fn python_docx() -> Option<PathBuf> {
    let venv = root().join(".venv-ci/bin/python");
    for py in [venv, PathBuf::from("python3")] {
        let ok = Command::new(&py)
            .args(["-c", "import docx"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(py);
        }
    }
    required("python-docx").then(|| unreachable!())
}

const LIST_HEADINGS: &str = r#"
import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    name = p.style.name
    ppr = p._p.pPr
    rtl = ppr is not None and ppr.find(qn("w:bidi")) is not None
    if name.startswith("Heading") or name == "Title":
        print("H", name, "|", p.text)
    elif p.text.strip():
        print("P", "rtl" if rtl else "ltr", "|", p.text[:40])
print("TITLE", d.core_properties.title)
print("LANG", d.core_properties.language)
"#;

#[test]
fn python_docx_lists_the_headings_with_heading_styles_and_arabic_reads_right_to_left() {
    let Some(py) = python_docx() else { return };
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar", "zh"] {
        let doc = compose(lang, document::Bilingual::None, false);
        let file = dir.path().join(format!("{lang}.docx"));
        fs::write(&file, office::write(&doc, office::Format::Docx).unwrap()).unwrap();
        let o = Command::new(&py)
            .args(["-c", LIST_HEADINGS])
            .arg(&file)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        let listed: Vec<(&str, &str)> = out
            .lines()
            .filter_map(|l| l.strip_prefix("H "))
            .filter_map(|l| l.split_once(" | "))
            .collect();
        let expected: Vec<(String, String)> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Title { text } => Some(("Title".to_string(), text.clone())),
                Block::Heading { level, .. } => Some((
                    format!("Heading {}", (*level).min(3)),
                    office::block_text(b),
                )),
                _ => None,
            })
            .collect();
        assert_eq!(listed.len(), expected.len(), "{lang}: {out}");
        for ((style, text), (want_style, want_text)) in listed.iter().zip(&expected) {
            assert_eq!(style, want_style, "{lang}");
            assert!(
                text.contains(want_text.as_str()),
                "{lang}: {text} / {want_text}"
            );
        }
        let bodies: Vec<&str> = out.lines().filter(|l| l.starts_with("P ")).collect();
        assert!(!bodies.is_empty());
        let want = if lang == "ar" { "P rtl" } else { "P ltr" };
        assert!(
            bodies.iter().all(|l| l.starts_with(want)),
            "{lang}: every body paragraph is {want}: {out}"
        );
        assert!(out.contains(&format!("TITLE {}", doc.meta.title)), "{out}");
        assert!(out.contains(&format!("LANG {lang}")), "{out}");
    }
}

#[test]
fn the_docx_names_the_fonts_and_languages_of_each_script() {
    let doc = compose("zh", document::Bilingual::None, false);
    let styles = entry(
        &office::write(&doc, office::Format::Docx).unwrap(),
        "word/styles.xml",
    );
    assert!(
        styles.contains(r#"w:eastAsia="Noto Sans CJK SC""#),
        "{styles}"
    );
    assert!(styles.contains(r#"w:cs="Noto Naskh Arabic""#));
    assert!(styles.contains(r#"w:ascii="Noto Serif""#));
    assert!(styles.contains(r#"w:val="zh-CN""#));
    let doc = compose("ar", document::Bilingual::None, false);
    let body = entry(
        &office::write(&doc, office::Format::Docx).unwrap(),
        "word/document.xml",
    );
    assert!(body.contains("<w:rtl/>") && body.contains("<w:bidiVisual/>"));
}

fn schema() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("ROGATORY_ODF_SCHEMA").map(PathBuf::from),
        Some(root().join(".venv-ci/odf-schema/OpenDocument-v1.3-schema.rng")),
    ];
    for c in candidates.into_iter().flatten() {
        if c.exists() {
            return Some(c);
        }
    }
    required("the ODF 1.3 schema").then(|| unreachable!())
}

fn jing(schema: &Path, file: &Path) -> String {
    let o = Command::new("jing")
        .arg("-i")
        .arg(schema)
        .arg(file)
        .output()
        .expect("run jing");
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(o.status.success(), "{}: {out}", file.display());
    out
}

#[test]
fn the_odt_validates_against_the_odf_1_3_schema_in_every_layout() {
    let Some(schema) = schema() else { return };
    if !have("jing") {
        return;
    }
    let manifest_schema = schema.with_file_name("OpenDocument-v1.3-manifest-schema.rng");
    let dir = tempfile::tempdir().unwrap();
    let layouts = [
        ("en", document::Bilingual::None, false),
        ("ar", document::Bilingual::None, true),
        ("zh", document::Bilingual::None, false),
        ("fr", document::Bilingual::Side, false),
        ("ar", document::Bilingual::Sequential, true),
    ];
    for (i, (lang, bilingual, draft)) in layouts.into_iter().enumerate() {
        let doc = compose(lang, bilingual, draft);
        let odt = office::write(&doc, office::Format::Odt).unwrap();
        assert_eq!(&odt[30..38], b"mimetype", "mimetype comes first");
        for part in [
            "content.xml",
            "styles.xml",
            "meta.xml",
            "META-INF/manifest.xml",
        ] {
            let f = dir.path().join(format!("{i}-{}", part.replace('/', "-")));
            fs::write(&f, entry(&odt, part)).unwrap();
            let s = if part.starts_with("META-INF") {
                &manifest_schema
            } else {
                &schema
            };
            jing(s, &f);
        }
    }
}

#[test]
fn user_text_is_text_never_markup_and_control_characters_are_dropped() {
    let mut case = store::load_case(&example(COMPLETE)).unwrap();
    case.facts =
        "</w:t></w:r><w:r><w:t>INJECTED & <text:p>x</text:p>\u{0}\u{1b}  two  spaces".into();
    let catalog = store::builtin_catalog();
    let doc =
        document::compose(&case, &catalog, &Options::new("en", TODAY.parse().unwrap())).unwrap();
    let docx = entry(
        &office::write(&doc, office::Format::Docx).unwrap(),
        "word/document.xml",
    );
    assert!(docx.contains("&lt;/w:t&gt;&lt;/w:r&gt;"), "escaped");
    assert!(!docx.contains('\u{0}') && !docx.contains('\u{1b}'));
    let odt = entry(
        &office::write(&doc, office::Format::Odt).unwrap(),
        "content.xml",
    );
    assert!(odt.contains("&lt;text:p&gt;x&lt;/text:p&gt;"));
    assert!(
        odt.contains("two <text:s/>spaces"),
        "a second space is kept: {odt}"
    );
}

#[test]
fn render_writes_docx_and_odt_by_extension_or_format_and_marks_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let case = example(GAPS);
    for (out, args) in [
        ("a.docx", vec![]),
        ("b.odt", vec![]),
        ("c.bin", vec!["--format", "docx"]),
    ] {
        let path = dir.path().join(out);
        let mut a = vec![
            "render",
            case.to_str().unwrap(),
            "--draft",
            "--lang",
            "en",
            "-o",
            path.to_str().unwrap(),
        ];
        a.extend(args);
        let o = rogatory(&a, dir.path());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let bytes = fs::read(&path).unwrap();
        let header = if out.ends_with(".odt") {
            entry(&bytes, "styles.xml")
        } else {
            entry(&bytes, "word/header1.xml")
        };
        assert!(header.contains("DRAFT"), "{out}: {header}");
    }
}
