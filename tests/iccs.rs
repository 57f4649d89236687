//! The ICCS data: all 320 codes of ICCS 1.0 (UNODC 2015) with their
//! official English titles, a complete hierarchy, and a keyword search.

use rogatory::taxonomy::{codes, get, parent, search};

/// code, level, English title, from the Part Two structure table of the
/// ICCS 1.0 manual (copied from the reference TSV).
const FIXTURE: &str = include_str!("fixtures/iccs-1.0-en.tsv");

fn fixture() -> Vec<(&'static str, usize, &'static str)> {
    FIXTURE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t');
            let code = f.next().unwrap();
            let level = f.next().unwrap().parse().unwrap();
            let title = f.next().unwrap();
            (code, level, title)
        })
        .collect()
}

#[test]
fn the_data_has_all_320_codes_with_the_right_counts_per_level() {
    let all = codes();
    assert_eq!(all.len(), 320);
    let count = |len: usize| all.iter().filter(|c| c.code.len() == len).count();
    assert_eq!(count(2), 11, "sections");
    assert_eq!(count(4), 63, "level 2");
    assert_eq!(count(5), 148, "level 3");
    assert_eq!(count(6), 98, "level 4");
    let mut seen = std::collections::BTreeSet::new();
    for c in all {
        assert!(seen.insert(c.code.as_str()), "duplicate {}", c.code);
    }
}

#[test]
fn every_code_has_its_parent_and_names_in_eight_languages() {
    for c in codes() {
        if let Some(p) = parent(&c.code) {
            assert!(get(p).is_some(), "parent {p} of {}", c.code);
        }
        for lang in ["en", "fr", "es", "ru", "ar", "zh", "de", "pt"] {
            assert!(!c.name(lang).trim().is_empty(), "{} {lang}", c.code);
        }
        let n = c
            .examples()
            .split(',')
            .filter(|t| !t.trim().is_empty())
            .count();
        assert!(n <= 12, "{} has {n} keywords", c.code);
    }
}

#[test]
fn every_code_of_iccs_1_0_is_present_with_its_official_english_title() {
    let rows = fixture();
    assert_eq!(rows.len(), 320);
    for (code, level, title) in &rows {
        let c = get(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(c.name("en"), *title, "{code}");
        assert_eq!(code.len(), [0, 2, 4, 5, 6][*level], "{code}");
    }
    // Same order as the classification.
    let ours: Vec<&str> = codes().iter().map(|c| c.code.as_str()).collect();
    let theirs: Vec<&str> = rows.iter().map(|r| r.0).collect();
    assert_eq!(ours, theirs);
}

#[test]
fn the_residual_codes_follow_the_structure_table() {
    // Table I prints 01042 and 0908; the structure table and index use 01049 and 0909.
    assert!(get("01049").is_some() && get("0909").is_some());
    assert!(get("01042").is_none() && get("0908").is_none());
}

fn finds(query: &str, code: &str) -> bool {
    search(query).iter().any(|c| c.code == code)
}

#[test]
fn everyday_terms_find_their_codes() {
    assert!(finds("phishing", "07019"), "phishing: other acts of fraud");
    assert!(finds("bribe", "07031"), "bribe: bribery");
    assert!(finds("bribe", "070311") && finds("bribe", "070312"));
    assert!(
        finds("sextortion", "02051"),
        "sextortion: extortion or blackmail"
    );
    assert!(finds("smuggling", "08051"), "smuggling of migrants");
    assert!(finds("smuggling", "08044"), "smuggling of goods");
    assert!(finds("skimming", "070212"));
    assert!(finds("Extortion", "02051"), "case-insensitive");
    assert!(finds("  HACKING ", "09031"));
}
