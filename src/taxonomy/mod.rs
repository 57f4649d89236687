//! The shared language for conduct: ICCS codes (UNODC, version 1.0, 2015)
//! with names in the document languages, their hierarchy, a search by
//! name, and the EU list categories (Framework Decision 2002/584/JHA
//! art. 2(2); Directive 2014/41/EU Annex D).
//!
//! The codes come from `data/iccs.toml`, which names its sources and which
//! names are official. Pure data: no I/O beyond the embedded file.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

const ICCS: &str = include_str!("../../data/iccs.toml");

/// One ICCS code.
#[derive(Debug, Clone, Deserialize)]
pub struct Code {
    pub code: String,
    #[serde(flatten)]
    names: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct File {
    code: Vec<Code>,
}

impl Code {
    /// The name in `lang`, or in English.
    pub fn name(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.get("en"))
            .map_or("", String::as_str)
    }

    /// Search keywords (English), if any.
    pub fn examples(&self) -> &str {
        self.names.get("examples").map_or("", String::as_str)
    }
}

/// Every code, in code order. An unreadable data file gives an empty list
/// (the locale and data tests make sure it is readable).
pub fn codes() -> &'static [Code] {
    static CODES: OnceLock<Vec<Code>> = OnceLock::new();
    CODES.get_or_init(|| {
        toml::from_str::<File>(ICCS)
            .map(|f| f.code)
            .unwrap_or_default()
    })
}

/// The code's entry, if it is in the data.
pub fn get(code: &str) -> Option<&'static Code> {
    codes().iter().find(|c| c.code == code.trim())
}

/// The name of a code in `lang`, or the nearest ancestor's name with the
/// code, or just the code.
pub fn describe(code: &str, lang: &str) -> String {
    let code = code.trim();
    if let Some(c) = get(code) {
        return format!("{code} {}", c.name(lang));
    }
    let mut parent = parent(code);
    while let Some(p) = parent {
        if let Some(c) = get(p) {
            return format!("{code} ({p} {})", c.name(lang));
        }
        parent = self::parent(p);
    }
    code.to_string()
}

/// Codes whose code, name (in any language) or keywords contain `query`.
pub fn search(query: &str) -> Vec<&'static Code> {
    let q = query.trim().to_lowercase();
    codes()
        .iter()
        .filter(|c| {
            q.is_empty()
                || c.code.starts_with(&q)
                || c.names.values().any(|n| n.to_lowercase().contains(&q))
        })
        .collect()
}

/// The parent of a code: `07041` → `0704`, `0701` → `07`, `07` → none.
pub fn parent(code: &str) -> Option<&str> {
    // ICCS codes are ASCII digits; anything else (`"aé1"`, full-width
    // digits) has no parent, and must not be cut inside a character.
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match code.len() {
        5 | 6 => Some(&code[..code.len() - 1]),
        4 => Some(&code[..2]),
        _ => None,
    }
}

/// How two codes relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// The same code.
    Exact,
    /// The first is inside the second, wider category (`07011` in `0701`).
    Within,
    /// The first is a wider category holding the second (`0701` holds `07011`).
    Contains,
    /// Under the same parent (`07031` and `07032`, or `0701` and `0703`).
    Sibling,
    Unrelated,
}

/// The relation between two codes.
pub fn relation(a: &str, b: &str) -> Relation {
    let (a, b) = (a.trim(), b.trim());
    if a == b {
        Relation::Exact
    } else if a.starts_with(b) {
        Relation::Within
    } else if b.starts_with(a) {
        Relation::Contains
    } else if parent(a).is_some() && parent(a) == parent(b) {
        Relation::Sibling
    } else {
        Relation::Unrelated
    }
}

/// The EU list categories, in the order of Framework Decision 2002/584/JHA
/// art. 2(2).
pub const EU_LIST: &[&str] = &[
    "criminal_organisation",
    "terrorism",
    "trafficking_human_beings",
    "child_sexual_exploitation",
    "drug_trafficking",
    "weapons_trafficking",
    "corruption",
    "fraud",
    "money_laundering",
    "counterfeiting_currency",
    "computer_crime",
    "environmental_crime",
    "facilitation_unauthorised_entry",
    "murder_grievous_bodily_injury",
    "organ_trafficking",
    "kidnapping_hostage_taking",
    "racism_xenophobia",
    "organised_armed_robbery",
    "cultural_goods_trafficking",
    "swindling",
    "racketeering_extortion",
    "counterfeiting_piracy_products",
    "forgery_administrative_documents",
    "forgery_means_of_payment",
    "hormonal_substances_trafficking",
    "nuclear_materials_trafficking",
    "stolen_vehicles_trafficking",
    "rape",
    "arson",
    "icc_crimes",
    "unlawful_seizure_aircraft_ships",
    "sabotage",
];

/// Rogatory's mapping from ICCS codes to EU list categories, used to tell
/// whether an offence of the requesting state falls in the list. It is
/// advice: the categories are defined by the issuing state's law, and the
/// mapping covers only conduct that falls squarely in a category.
const EU_MAP: &[(&str, &[&str])] = &[
    ("0101", &["murder_grievous_bodily_injury"]),
    ("02022", &["kidnapping_hostage_taking"]),
    ("0204", &["trafficking_human_beings"]),
    ("02043", &["organ_trafficking"]),
    ("03022", &["child_sexual_exploitation"]),
    ("0601", &["drug_trafficking"]),
    ("0701", &["fraud", "swindling"]),
    ("0703", &["corruption"]),
    ("07041", &["money_laundering"]),
    ("0903", &["computer_crime"]),
    ("09051", &["criminal_organisation"]),
    ("09061", &["terrorism"]),
    ("09062", &["terrorism"]),
    ("1001", &["environmental_crime"]),
    ("1002", &["environmental_crime"]),
    ("1003", &["environmental_crime"]),
    ("1004", &["environmental_crime"]),
];

/// The EU list categories a conduct code falls in (by itself or an ancestor).
pub fn eu_categories(code: &str) -> Vec<&'static str> {
    let code = code.trim();
    EU_MAP
        .iter()
        .filter(|(c, _)| code.starts_with(c))
        .flat_map(|(_, cats)| cats.iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_code_that_is_not_ascii_digits_has_no_parent_and_does_not_panic() {
        for code in ["aé1", "070é", "０７", "é", "07é01"] {
            assert_eq!(super::parent(code), None, "{code}");
            let _ = super::relation(code, "0701");
            let _ = super::relation("0701", code);
            let _ = super::describe(code, "en");
        }
        assert_eq!(super::parent("07011"), Some("0701"));
    }

    use super::*;

    #[test]
    fn the_data_loads_with_names_in_eight_languages() {
        assert_eq!(codes().len(), 320);
        let fraud = get("0701").unwrap();
        for lang in ["en", "fr", "es", "ru", "ar", "zh", "de", "pt"] {
            assert!(!fraud.name(lang).is_empty(), "{lang}");
        }
        assert_eq!(fraud.name("en"), "Fraud");
        for c in codes() {
            assert!(matches!(c.code.len(), 2 | 4 | 5 | 6), "{}", c.code);
            assert!(c.code.chars().all(|d| d.is_ascii_digit()));
        }
    }

    #[test]
    fn relations() {
        assert_eq!(relation("0701", "0701"), Relation::Exact);
        assert_eq!(relation("0704", "07041"), Relation::Contains);
        assert_eq!(relation("07041", "0704"), Relation::Within);
        assert_eq!(relation("020221", "02"), Relation::Within);
        assert_eq!(relation("07031", "07032"), Relation::Sibling);
        assert_eq!(relation("0701", "0703"), Relation::Sibling);
        assert_eq!(relation("0701", "0101"), Relation::Unrelated);
    }

    #[test]
    fn search_by_name_in_any_language() {
        assert!(search("money laundering").iter().any(|c| c.code == "07041"));
        assert!(search("blanchiment").iter().any(|c| c.code == "07041"));
        assert!(search("0204").iter().any(|c| c.code == "0204"));
    }

    #[test]
    fn eu_categories_follow_the_hierarchy() {
        assert_eq!(eu_categories("07041"), ["money_laundering"]);
        assert_eq!(eu_categories("07031"), ["corruption"]);
        assert!(eu_categories("0502").is_empty());
        for (_, cats) in EU_MAP {
            for c in *cats {
                assert!(EU_LIST.contains(c), "{c}");
            }
        }
    }

    #[test]
    fn describe_falls_back_to_the_parent() {
        assert_eq!(describe("0701", "en"), "0701 Fraud");
        // 070119 is not an ICCS code: it is described through its parent.
        assert_eq!(describe("070119", "en"), "070119 (07011 Financial fraud)");
    }
}
