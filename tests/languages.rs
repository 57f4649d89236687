//! The request in each document language: the fixed text comes from that
//! language's locale, fonts are embedded, Arabic and Chinese come back from
//! the PDF in logical order, and nothing leaks bidi controls.

mod common;

use std::fs;

use common::*;
use rogatory::i18n::{self, Localizer};

const LANGUAGES: &[&str] = &["en", "fr", "es", "ru", "ar", "zh", "de", "pt"];

#[test]
fn all_eight_document_languages_are_shipped() {
    let have = i18n::languages();
    for l in LANGUAGES {
        assert!(have.iter().any(|h| h == l), "no locale {l}");
    }
}

#[test]
fn the_complete_example_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    for lang in LANGUAGES {
        let pdf = dir.path().join(format!("{lang}.pdf"));
        let o = rogatory(
            &[
                "render",
                example(COMPLETE).to_str().unwrap(),
                "-o",
                pdf.to_str().unwrap(),
                "--lang",
                lang,
            ],
            dir.path(),
        );
        assert!(o.status.success(), "{lang}: {}", stderr(&o));
        assert!(!stderr(&o).contains("not PDF/A"), "{lang}: {}", stderr(&o));
        let size = fs::metadata(&pdf).unwrap().len();
        assert!(size < 300_000, "{lang}: {size} bytes");
        let l = Localizer::new(lang);
        let Some(text) = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) else {
            continue;
        };
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for id in [
            "doc-title",
            "heading-facts",
            "heading-assistance",
            "confidentiality-clause",
            "heading-annexes",
        ] {
            let want: String = l.t(id).split_whitespace().collect::<Vec<_>>().join(" ");
            // Compare a stretch of the message that fits on one line.
            let probe: String = want.chars().take(18).collect();
            assert!(
                flat.contains(probe.trim()),
                "{lang}: {id} {probe:?} not in the PDF text"
            );
        }
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{lang}: bidi isolates leaked"
        );
        if *lang != "en" {
            assert!(
                flat.contains(
                    &l.ta("mark-untranslated", &[("lang", "")])
                        .chars()
                        .take(8)
                        .collect::<String>()
                )
            );
        }
        if let Some(fonts) = embedded_fonts(&pdf) {
            if *lang == "zh" {
                assert!(fonts.contains("RogatorySansCJKSC"), "{fonts}");
            }
            if *lang == "ar" {
                assert!(fonts.contains("NotoNaskhArabic"), "{fonts}");
            }
        }
    }
}

#[test]
fn dates_and_state_names_follow_the_document_language() {
    let case = rogatory::store::load_case(&example(COMPLETE)).unwrap();
    let catalog = rogatory::store::builtin_catalog();
    let today = "2026-11-22".parse().unwrap();
    let text = |lang: &str| {
        let doc = rogatory::document::compose(
            &case,
            &catalog,
            &rogatory::document::Options::new(lang, today),
        )
        .unwrap();
        rogatory::document::text::to_text(&doc, 200)
    };
    assert!(text("fr").contains("20 novembre 2026"));
    assert!(text("de").contains("20. November 2026"));
    assert!(text("zh").contains("2026年11月20日"));
    assert!(text("fr").contains("Royaume-Uni"));
    assert!(text("zh").contains("英国"));
    assert!(text("ru").contains("ноября"));
    assert!(
        text("fr").contains("anglais, français"),
        "languages spoken, in French"
    );
    assert!(text("de").contains("Englisch, Französisch"));
}

#[test]
fn translations_replace_the_marked_originals() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = fs::read_to_string(example(COMPLETE)).unwrap();
    text.push_str("\n[translations.fr]\nfacts = \"Entre mars 2024 et juin 2025, un groupe organisé a vendu des actions sans valeur.\"\n");
    let path = dir.path().join("fr.toml");
    fs::write(&path, text).unwrap();
    let o = rogatory(
        &["check", "--lang", "fr", path.to_str().unwrap()],
        dir.path(),
    );
    let out = stdout(&o);
    assert!(!out.contains("warning  facts:"), "{out}");
    assert!(
        out.contains("warning  purpose: Not yet translated into French"),
        "{out}"
    );
    let out_txt = dir.path().join("fr.txt");
    let o = rogatory(
        &[
            "render",
            path.to_str().unwrap(),
            "-o",
            out_txt.to_str().unwrap(),
            "--lang",
            "fr",
            "--text",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = fs::read_to_string(out_txt).unwrap();
    assert!(doc.contains("un groupe organisé a vendu des actions"));
    assert!(!doc.contains("an organised group operating from London"));
    assert!(
        doc.contains("[Non traduit — original en anglais] The bank records will show"),
        "{doc}"
    );
}

#[test]
fn bilingual_layout_shows_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("bi.pdf");
    let o = rogatory(
        &[
            "render",
            example(COMPLETE).to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
            "--lang",
            "fr",
            "--bilingual",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    if let Some(text) = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Summary of the facts"), "English side");
        assert!(
            flat.contains("Exposé des faits") || flat.contains("faits"),
            "French side"
        );
    }
}

#[test]
fn a_language_not_accepted_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(
        &["check", "--lang", "de", example(COMPLETE).to_str().unwrap()],
        dir.path(),
    );
    assert!(
        stdout(&o)
            .contains("document_language: The document language \"de\" is not one US accepts (en)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn languages_command_lists_them_by_their_own_names() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(&["languages"], dir.path());
    let out = stdout(&o);
    for l in LANGUAGES {
        assert!(
            out.lines().any(|line| line.starts_with(&format!("{l}\t"))),
            "{out}"
        );
    }
    assert!(
        out.contains("Français") && out.contains("العربية") && out.contains("中文"),
        "{out}"
    );
}

#[test]
fn the_interface_language_is_chosen_separately_from_the_document_language() {
    let dir = tempfile::tempdir().unwrap();
    let o = rogatory(
        &[
            "--ui-lang",
            "fr",
            "check",
            "--lang",
            "en",
            example(GAPS).to_str().unwrap(),
        ],
        dir.path(),
    );
    let out = stdout(&o);
    assert!(out.contains("erreurs"), "{out}");
    // The document language is English, which France does not accept: the
    // warning is in the interface language, French.
    assert!(out.contains("document_language"), "{out}");
    let o = rogatory(
        &["--ui-lang", "ar", "check", example(GAPS).to_str().unwrap()],
        dir.path(),
    );
    assert!(
        stdout(&o).contains(" errors, "),
        "Arabic interface falls back to English where it has no message"
    );
}
