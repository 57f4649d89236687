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

/// The English name of a state, if `code` is an ISO 3166-1 alpha-2 code.
pub fn country_name(code: &str) -> Option<&'static str> {
    (code.len() == 2).then(|| lookup(COUNTRIES, code)).flatten()
}

/// The English name of a language, if `code` is an ISO 639-1 code.
pub fn language_name(code: &str) -> Option<&'static str> {
    (code.len() == 2).then(|| lookup(LANGUAGES, code)).flatten()
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
        assert_eq!(country_name("XX"), None);
        assert_eq!(country_name("FRA"), None);
        assert_eq!(language_name("de"), Some("German"));
        assert_eq!(language_name("zz"), None);
        assert!(countries().count() > 240);
    }
}
