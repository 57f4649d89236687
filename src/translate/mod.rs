//! The free text out to a translator and back (issue 16, first part).
//!
//! Every free-text field of a case has a stable id, its path in the case
//! file (`facts`, `measures[0].questions`), declared once in the schema.
//! Export cuts each field that has no current translation into sentences
//! ([`segments`]) and protects, inside each sentence, what a translator
//! must not alter ([`protect`]): the names of the persons in the case,
//! account numbers, dates, amounts and statute references. Import puts the
//! translated sentences back together, refuses a unit whose source changed
//! since the export (stale) or whose protected parts were altered, and
//! records a fingerprint of the source each translation was made from, so
//! that a later edit of the source marks the translation stale.

pub mod memory;
pub mod plain;
pub mod xliff;
pub mod xliff2;

use sha2::{Digest, Sha256};

use crate::case::Case;

/// One sentence of a field, with the whitespace that follows it in the
/// source (kept by Rogatory, never sent to the translator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub after: String,
}

/// Cut a text into sentences: after `.`, `!`, `?` (or `。`) followed by
/// white space, and at every line break. The segments and their `after`
/// put back together are the text, byte for byte.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        cur.push(c);
        let ends = matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            && !abbreviation(&cur);
        if ends || c == '\n' {
            // The sentence ends here; the white space after it is kept aside.
            let mut after = String::new();
            if c == '\n' {
                cur.pop();
                after.push('\n');
            }
            while let Some(n) = chars.get(i + 1).filter(|n| n.is_whitespace()) {
                after.push(*n);
                i += 1;
            }
            out.push(Segment {
                text: std::mem::take(&mut cur),
                after,
            });
        }
        i += 1;
    }
    if !cur.is_empty() {
        out.push(Segment {
            text: cur,
            after: String::new(),
        });
    }
    out.retain(|s| !(s.text.is_empty() && s.after.is_empty()));
    out
}

/// Whether the text ends with an abbreviation whose point ends no sentence
/// (`art.`, `s.`, `No.`, `e.g.`, `Ms.`, an initial).
fn abbreviation(s: &str) -> bool {
    let word = s
        .trim_end_matches('.')
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    const SHORT: &[&str] = &[
        "art", "arts", "s", "ss", "no", "nos", "para", "e.g", "i.e", "etc", "mr", "ms", "mrs",
        "dr", "st", "v", "vs", "cf", "p", "pp", "sec", "ch", "inc", "ltd", "co", "corp", "approx",
    ];
    SHORT.contains(&word.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
}

/// A part of a sentence: text to translate, or a protected value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Protected(String),
}

/// Mark what a translator must not change: the case's person names, and
/// numbers with what makes them a reference (account numbers, dates,
/// amounts with their currency, `section 327`, `art. 18(13)`, `§ 263`).
pub fn protect(text: &str, names: &[String]) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let mut marked = vec![false; chars.len()];
    let lower: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase()).collect();
    let same_len = lower.len() == chars.len();
    // Names of persons, as typed in the case.
    for name in names
        .iter()
        .map(|n| n.trim())
        .filter(|n| n.chars().count() >= 3)
    {
        let n: Vec<char> = name.chars().collect();
        let mut i = 0;
        while i + n.len() <= chars.len() {
            if chars[i..i + n.len()] == n[..] {
                marked[i..i + n.len()].iter_mut().for_each(|m| *m = true);
                i += n.len();
            } else {
                i += 1;
            }
        }
    }
    // Runs holding a digit: the digits and the separators inside them
    // (4021 7789 3310, 2025/7781, 18(13), 4.3), with a currency or statute
    // word just before.
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() {
            let c = chars[end];
            let inner = matches!(c, ' ' | '.' | ',' | '/' | '-' | ':' | '(' | ')')
                && chars
                    .get(end + 1)
                    .is_some_and(|n| n.is_ascii_digit() || *n == '(' || *n == ')');
            if c.is_ascii_digit() || inner || (c == ')' && end > i) {
                end += 1;
            } else if c.is_ascii_alphabetic()
                && chars.get(end - 1).is_some_and(|p| p.is_ascii_digit())
                && chars.get(end + 1).is_none_or(|n| !n.is_alphabetic())
            {
                // 18(1)(a), 5210/24a
                end += 1;
            } else {
                break;
            }
        }
        // Balance parentheses: a run never ends inside an open one, and
        // takes no closing one it did not open.
        let run: String = chars[i..end].iter().collect();
        if run.matches(')').count() > run.matches('(').count() && chars[end - 1] == ')' {
            end -= 1;
        }
        let mut start = i;
        // The word before: a currency code or symbol, or a statute word.
        if same_len {
            let before: String = lower[..start].iter().collect();
            let trimmed = before.trim_end();
            for w in [
                "section", "sections", "s.", "ss.", "art.", "arts.", "article", "articles", "§",
                "§§", "gbp", "usd", "eur", "chf", "cny", "£", "$", "€", "no.",
            ] {
                if trimmed.ends_with(w)
                    && trimmed[..trimmed.len() - w.len()]
                        .chars()
                        .last()
                        .is_none_or(|c| !c.is_alphanumeric())
                {
                    start = trimmed[..trimmed.len() - w.len()].chars().count();
                    break;
                }
            }
        }
        // Numbers of three digits or more, and any number after a
        // currency or statute word; a small number ("2 accounts") is left
        // to the translator.
        let digits = chars[i..end].iter().filter(|c| c.is_ascii_digit()).count();
        if digits >= 3 || start < i {
            marked[start..end].iter_mut().for_each(|m| *m = true);
        }
        i = end.max(i + 1);
    }
    let mut out: Vec<Piece> = Vec::new();
    for (c, m) in chars.iter().zip(&marked) {
        match (out.last_mut(), m) {
            (Some(Piece::Protected(s)), true) | (Some(Piece::Text(s)), false) => s.push(*c),
            (_, true) => out.push(Piece::Protected(c.to_string())),
            (_, false) => out.push(Piece::Text(c.to_string())),
        }
    }
    out
}

/// The fingerprint of a source text a translation was made from.
pub fn fingerprint(source: &str) -> String {
    let h = Sha256::digest(source.as_bytes());
    h.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The translations into `lang` whose source changed after they were made
/// (their fingerprint no longer matches): paths.
pub fn stale(case: &Case, lang: &str) -> Vec<String> {
    let Some(prints) = case.translation_sources.get(lang) else {
        return Vec::new();
    };
    case.free_texts()
        .into_iter()
        .filter(|(path, text)| {
            case.translation(lang, path).is_some()
                && prints.get(path).is_some_and(|p| *p != fingerprint(text))
        })
        .map(|(path, _)| path)
        .collect()
}

/// What an import did and did not take, by field path or unit id.
#[derive(Debug, Default)]
pub struct Imported {
    /// Fields whose translation was taken.
    pub applied: Vec<String>,
    /// Fields whose source changed since the export: not taken.
    pub stale: Vec<String>,
    /// Of those, the ones whose translation was kept aside in the case.
    pub aside: Vec<String>,
    /// The sentences of the fields taken, with their translations: for
    /// the translation memory.
    pub sentences: Vec<(String, String)>,
    /// Fields some sentence of which has no translation yet: not taken.
    pub incomplete: Vec<String>,
    /// Units whose protected value was altered or dropped: (unit, value).
    pub altered: Vec<(String, String)>,
    /// Units naming no free-text field of this case.
    pub unknown: Vec<String>,
}

/// Why a file cannot be imported at all.
#[derive(Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file was made from another case (its reference).
    OtherCase { file: String, case: String },
    /// The file names no target language.
    NoLanguage,
}

/// Take the translations of a read XLIFF file into `case`. Nothing in the
/// case is changed for a field that is stale, incomplete or altered.
pub fn import(
    case: &mut Case,
    read: &xliff::Read,
    names: &[String],
) -> Result<Imported, ImportError> {
    if !read.case.trim().is_empty() && read.case.trim() != case.reference.trim() {
        return Err(ImportError::OtherCase {
            file: read.case.clone(),
            case: case.reference.clone(),
        });
    }
    let lang = read.target_lang.trim().to_lowercase();
    let lang = lang
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_string();
    if lang.is_empty() {
        return Err(ImportError::NoLanguage);
    }
    let mut report = Imported::default();
    let texts = case.free_texts();
    let mut paths: Vec<String> = Vec::new();
    for u in &read.units {
        let path = u.id.rsplit_once('#').map_or(u.id.as_str(), |(p, _)| p);
        if !texts.iter().any(|(p, _)| p == path) {
            report.unknown.push(u.id.clone());
        } else if !paths.iter().any(|p| p == path) {
            paths.push(path.to_string());
        }
    }
    for path in paths {
        let text = &texts.iter().find(|(p, _)| *p == path).expect("listed").1;
        let segs = segments(text);
        let units: Vec<&xliff::Unit> = read
            .units
            .iter()
            .filter(|u| u.id.rsplit_once('#').is_some_and(|(p, _)| p == path))
            .collect();
        let expected: Vec<(String, &Segment)> = segs
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.text.trim().is_empty())
            .map(|(n, s)| (format!("{path}#{}", n + 1), s))
            .collect();
        let same = units.len() == expected.len()
            && expected.iter().all(|(id, s)| {
                units
                    .iter()
                    .any(|u| u.id == *id && xliff::joined(&u.source) == crate::xml::clean(&s.text))
            });
        if !same {
            // The translator's work on an earlier text, kept aside whole.
            let done: Vec<String> = units
                .iter()
                .filter_map(|u| {
                    u.target
                        .as_ref()
                        .map(|t| xliff::joined(t).trim().to_string())
                })
                .filter(|t| !t.is_empty())
                .collect();
            if !done.is_empty() && done.len() == units.len() {
                case.translations_aside
                    .entry(lang.clone())
                    .or_default()
                    .insert(path.clone(), done.join(" "));
                report.aside.push(path.clone());
            }
            report.stale.push(path);
            continue;
        }
        let mut out = String::new();
        let mut ok = true;
        let mut complete = true;
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (n, s) in segs.iter().enumerate() {
            let id = format!("{path}#{}", n + 1);
            match units.iter().find(|u| u.id == id) {
                None => out.push_str(&s.text),
                Some(u) => {
                    // A copy of the source no one translated is no translation.
                    let copied = |t: &[Piece]| {
                        u.state == xliff::COPIED && xliff::joined(t) == xliff::joined(&u.source)
                    };
                    let Some(target) = u
                        .target
                        .as_ref()
                        .filter(|t| !xliff::joined(t).trim().is_empty() && !copied(t))
                    else {
                        complete = false;
                        continue;
                    };
                    // Every protected value of the source, unchanged.
                    let kept: Vec<&str> = target
                        .iter()
                        .filter_map(|p| match p {
                            Piece::Protected(v) => Some(v.as_str()),
                            Piece::Text(_) => None,
                        })
                        .collect();
                    for p in protect(&s.text, names) {
                        if let Piece::Protected(v) = p
                            && !kept.contains(&v.as_str())
                        {
                            report.altered.push((id.clone(), v));
                            ok = false;
                        }
                    }
                    out.push_str(xliff::joined(target).trim());
                    pairs.push((s.text.clone(), xliff::joined(target).trim().to_string()));
                }
            }
            out.push_str(&s.after);
        }
        if !complete {
            report.incomplete.push(path);
        } else if ok {
            if let Some(a) = case.translations_aside.get_mut(&lang) {
                a.remove(&path);
            }
            case.translations
                .entry(lang.clone())
                .or_default()
                .insert(path.clone(), out);
            case.translation_sources
                .entry(lang.clone())
                .or_default()
                .insert(path.clone(), fingerprint(text));
            report.applied.push(path);
            report.sentences.extend(pairs);
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_put_back_together_are_the_text() {
        for t in [
            "One. Two? Three!",
            "Under art. 18(13) of the Convention, Ms. Chen spoke. Then he left.\n\n2. Next line",
            "No full stop",
            "  leading space. trailing  ",
            "",
        ] {
            let s = segments(t);
            let back: String = s.iter().map(|x| format!("{}{}", x.text, x.after)).collect();
            assert_eq!(back, t);
        }
        let s = segments("Under art. 18 it applies. He left.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn names_numbers_and_references_are_protected() {
        let names = vec!["Daniel Ashcroft".to_string()];
        let p = protect(
            "Daniel Ashcroft paid GBP 4.3 million into account 4021 7789 3310 on 2024-02-01 under section 327, with 212 others.",
            &names,
        );
        let prot: Vec<&str> = p
            .iter()
            .filter_map(|x| match x {
                Piece::Protected(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            prot,
            [
                "Daniel Ashcroft",
                "GBP 4.3",
                "4021 7789 3310",
                "2024-02-01",
                "section 327",
                "212"
            ]
        );
        let back: String = p
            .iter()
            .map(|x| match x {
                Piece::Text(s) | Piece::Protected(s) => s.as_str(),
            })
            .collect();
        assert!(back.starts_with("Daniel Ashcroft paid"));
    }
}
