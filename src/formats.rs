//! Format checks on single values: dates, IBANs, e-mail addresses, ICCS codes.
//! Used by the case checks and the profile lint alike.

use jiff::civil::Date;

use crate::finding::{Finding, Severity};

/// Parse an ISO date `YYYY-MM-DD`.
pub fn date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    s.parse::<Date>().ok()
}

/// Whether an IBAN has a valid structure and check digits (ISO 13616,
/// mod 97). Spaces are allowed between groups.
pub fn iban_ok(s: &str) -> bool {
    // The IBAN registry's rules through a maintained crate: the check
    // digits and, per country, the length and format of the account part
    // (a 21-character GB IBAN fails even with valid check digits).
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    compact.to_ascii_uppercase().parse::<iban::Iban>().is_ok()
}

/// Whether a text looks like an IBAN at all (two letters, two digits), so
/// that other account identifiers are not checked as IBANs.
pub fn looks_like_iban(s: &str) -> bool {
    let b: Vec<char> = s.trim().chars().take(4).collect();
    b.len() == 4
        && b[0].is_ascii_alphabetic()
        && b[1].is_ascii_alphabetic()
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit()
}

/// A plain check of an e-mail address: one `@`, a local part, and a domain
/// with a dot, no spaces.
pub fn email_ok(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// An ICCS code (UNODC ICCS 1.0, 2015): 2, 4, 5 or 6 digits, starting with
/// one of the eleven sections (01 to 11).
pub fn iccs_ok(s: &str) -> bool {
    let s = s.trim();
    matches!(s.len(), 2 | 4 | 5 | 6)
        && s.chars().all(|c| c.is_ascii_digit())
        && s[..2].parse::<u8>().is_ok_and(|n| (1..=11).contains(&n))
}

/// An ICCS code that is malformed (error) or not in Rogatory's data (note).
pub fn check_iccs(path: String, code: &str, out: &mut Vec<Finding>) {
    if !iccs_ok(code) {
        out.push(Finding::new(Severity::Error, path, "format-iccs").arg("value", code.trim()));
    } else if crate::taxonomy::get(code).is_none() {
        out.push(Finding::new(Severity::Info, path, "iccs-unknown").arg("value", code.trim()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(date("2026-02-28").is_some());
        assert!(date("2026-02-30").is_none());
        assert!(date("28/02/2026").is_none());
        assert!(date("2026-2-8").is_none());
    }

    #[test]
    fn ibans() {
        // Examples from the IBAN registry (SWIFT, ISO 13616).
        assert!(iban_ok("GB82 WEST 1234 5698 7654 32"));
        assert!(iban_ok("FR1420041010050500013M02606"));
        assert!(iban_ok("DE89370400440532013000"));
        assert!(!iban_ok("DE89370400440532013001"));
        assert!(!iban_ok("GB82 WEST"));
        assert!(!iban_ok("GB82-WEST-1234-5698-7654-32"));
        // Valid check digits, wrong length for the country (GB has 22).
        assert!(!iban_ok("GB88WEST1234569876543"));
        assert!(looks_like_iban("FR14 2004"));
        assert!(!looks_like_iban("12345678"));
    }

    #[test]
    fn emails() {
        assert!(email_ok("j.smith@cps.gov.uk"));
        assert!(!email_ok("j.smith@cps"));
        assert!(!email_ok("j smith@cps.gov.uk"));
        assert!(!email_ok("@cps.gov.uk"));
    }

    #[test]
    fn iccs() {
        assert!(iccs_ok("0701"));
        assert!(iccs_ok("07041"));
        assert!(!iccs_ok("7A"));
        assert!(!iccs_ok("070"));
        assert!(iccs_ok("11011"));
        assert!(!iccs_ok("00"));
        assert!(!iccs_ok("99"));
        assert!(!iccs_ok("1201"));
    }
}
