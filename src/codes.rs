//! Standard codes the request uses: ISO 3166-1 alpha-2 states and ISO 639-1
//! languages, from the Debian `iso-codes` data shipped in `data/`.

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const LANGUAGES: &str = include_str!("../data/languages.tsv");

fn lookup(table: &'static str, code: &str) -> Option<&'static str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, name)| name)
}

/// Whether `code` is one of the user-assigned codes `XA`–`XZ`, which stand
/// for fictitious states in training material.
pub fn is_fictitious(code: &str) -> bool {
    code.len() == 2
        && code.to_ascii_uppercase().starts_with('X')
        && code.chars().all(|c| c.is_ascii_alphabetic())
}

/// The English name of a state, if `code` is an ISO 3166-1 alpha-2 code; a
/// fictitious state (see [`is_fictitious`]) is a state with no name here:
/// its name is said through fluent (`state-fictitious`).
pub fn country_name(code: &str) -> Option<&'static str> {
    if is_fictitious(code) {
        return Some("");
    }
    (code.len() == 2).then(|| lookup(COUNTRIES, code)).flatten()
}

/// A name from one of the embedded per-language tables (`<lang>.tsv`).
fn lookup_in(tables: &[(&str, &'static str)], lang: &str, code: &str) -> Option<&'static str> {
    let file = format!("{lang}.tsv");
    tables
        .iter()
        .find(|(name, _)| *name == file)
        .and_then(|(_, table)| lookup(table, code))
}

/// The name of a state in a document language (`fr`, `zh`...), from the
/// translated tables in `data/countries/<lang>.tsv`; English otherwise.
pub fn country_name_in(lang: &str, code: &str) -> Option<&'static str> {
    if code.len() != 2 {
        return None;
    }
    if is_fictitious(code) {
        return None;
    }
    lookup_in(crate::embedded::COUNTRY_NAMES, lang, code).or_else(|| country_name(code))
}

/// The name of a language in a document language, from
/// `data/languages/<lang>.tsv`; English otherwise.
pub fn language_name_in(lang: &str, code: &str) -> Option<&'static str> {
    if code.len() != 2 {
        return None;
    }
    lookup_in(crate::embedded::LANGUAGE_NAMES, lang, code).or_else(|| language_name(code))
}

/// A language name as it is written inside a sentence: lower case in the
/// languages that write language names so (`anglais`, `inglés`).
pub fn language_name_in_text(lang: &str, code: &str) -> Option<String> {
    let name = language_name_in(lang, code)?;
    Some(if matches!(lang, "fr" | "es" | "pt" | "ru" | "it") {
        name.to_lowercase()
    } else {
        name.to_string()
    })
}

/// The English name of a language, if `code` is an ISO 639-1 code.
pub fn language_name(code: &str) -> Option<&'static str> {
    (code.len() == 2).then(|| lookup(LANGUAGES, code)).flatten()
}

/// Every language: (ISO 639-1 code, English name).
pub fn languages() -> impl Iterator<Item = (&'static str, &'static str)> {
    LANGUAGES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// Every state: (code, English name).
pub fn countries() -> impl Iterator<Item = (&'static str, &'static str)> {
    COUNTRIES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_codes() {
        assert_eq!(country_name("fr"), Some("France"));
        assert_eq!(country_name("QQ"), None);
        assert!(country_name("XA").is_some());
        assert_eq!(country_name_in("fr", "XA"), None);
        assert_eq!(country_name("FRA"), None);
        assert_eq!(language_name("de"), Some("German"));
        assert_eq!(language_name("zz"), None);
        assert!(countries().count() > 240);
        assert_eq!(country_name_in("fr", "DE"), Some("Allemagne"));
        assert_eq!(country_name_in("zh", "FR"), Some("法国"));
        assert_eq!(country_name_in("en", "FR"), Some("France"));
        assert_eq!(country_name_in("xx", "FR"), Some("France"));
        assert_eq!(language_name_in("fr", "en"), Some("anglais"));
        assert_eq!(language_name_in("en", "fr"), Some("French"));
    }
}
