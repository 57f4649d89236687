//! Plain language before translation: what in a request's free text does
//! not translate well. The lists of domestic legal terms, known
//! abbreviations and relative date words are data
//! (`data/plain-language/<lang>.toml`), one per language the free text is
//! written in; a central authority replaces one by putting a file of the
//! same name in a profile directory's `plain-language/` folder.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::locate::{Located, locate};

/// How a sentence's length is counted.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum Count {
    #[default]
    Words,
    /// For scripts written without spaces between words.
    Characters,
}

/// A domestic legal term with no equivalent abroad.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The forms it is written in.
    pub words: Vec<String>,
    /// What it is, in plain words.
    pub means: String,
    /// What to write instead.
    pub instead: String,
}

/// The list for one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct List {
    pub language: String,
    /// A sentence longer than this (in words or characters) is reported.
    pub long_sentence: usize,
    #[serde(default)]
    pub count: Count,
    #[serde(default)]
    pub known_abbreviations: Vec<String>,
    #[serde(default)]
    pub relative_dates: Vec<String>,
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
    /// The file it was read from.
    #[serde(skip)]
    pub file: String,
}

/// What the check found in one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A listed term, as written, with the list's index of it.
    Term { found: String, term: usize },
    /// An abbreviation the text does not spell out.
    Abbreviation(String),
    /// A sentence of `length` words (or characters), beginning so.
    LongSentence { length: usize, start: String },
    /// A relative date, as written.
    RelativeDate(String),
}

/// The lists by language.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    lists: BTreeMap<String, List>,
}

impl Lists {
    /// The lists shipped in the binary.
    pub fn builtin() -> Lists {
        let mut l = Lists::default();
        for (name, text) in crate::embedded::PLAIN_LANGUAGE {
            // A shipped list that does not read is caught by the tests.
            let _ = l.add(&format!("data/plain-language/{name}"), text);
        }
        l
    }

    /// Read a list, replacing the one of its language.
    pub fn add(&mut self, file: &str, text: &str) -> Result<(), Located> {
        let mut list: List = toml::from_str(text)
            .map_err(|e| locate(file, text, e.span(), e.message().to_string()))?;
        let at = |key: &str| text.find(key).map(|a| a..a + key.len());
        let lang = list.language.trim().to_lowercase();
        if crate::codes::language_name(&lang).is_none() {
            return Err(locate(file, text, at("language"), String::new())
                .with_id("plain-list-language", vec![("lang", lang)]));
        }
        if list.long_sentence == 0 {
            return Err(locate(file, text, at("long_sentence"), String::new())
                .with_id("plain-list-limit", Vec::new()));
        }
        if let Some((n, _)) = list.terms.iter().enumerate().find(|(_, t)| {
            t.words.iter().all(|w| w.trim().is_empty()) || t.instead.trim().is_empty()
        }) {
            let span = text.match_indices("[[term]]").nth(n).map(|(a, _)| a..a + 8);
            return Err(locate(file, text, span, String::new())
                .with_id("plain-list-term", vec![("n", (n + 1).to_string())]));
        }
        list.language = lang.clone();
        list.file = file.to_string();
        self.lists.insert(lang, list);
        Ok(())
    }

    pub fn get(&self, lang: &str) -> Option<&List> {
        self.lists.get(lang)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.lists.keys().map(String::as_str)
    }
}

/// Lower case, each run of white space one space.
fn fold(s: &str) -> String {
    // The typographic apostrophe is the one French and English text
    // usually holds; the lists may write either.
    s.replace(['\u{2019}', '\u{02bc}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Where `needle` (folded) occurs in `hay` (folded) as whole words (the
/// characters on each side are not letters or digits) outside the byte
/// ranges `taken`. With `anywhere` (scripts without spaces) any
/// occurrence counts.
fn find_word(
    hay: &str,
    needle: &str,
    anywhere: bool,
    taken: &[std::ops::Range<usize>],
) -> Option<std::ops::Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle).map(|i| i + from) {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        let free = !taken.iter().any(|r| r.start <= i && i < r.end);
        if free && (anywhere || (edge(before) && edge(after))) {
            return Some(i..i + needle.len());
        }
        from = i + hay[i..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The text folded as [`fold`] folds it, with, for each byte of the
/// folded text, the byte of the original it came from.
fn fold_map(text: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut from = Vec::new();
    let mut space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            from.push(i);
            space = false;
        }
        let c = if matches!(c, '\u{2019}' | '\u{02bc}') {
            '\''
        } else {
            c
        };
        for l in c.to_lowercase() {
            out.push(l);
            from.extend(std::iter::repeat_n(i, l.len_utf8()));
        }
    }
    from.push(text.len());
    (out, from)
}

/// The original spelling of the folded range `r`.
fn as_written(text: &str, from: &[usize], r: std::ops::Range<usize>) -> String {
    let start = from[r.start];
    // The end: where the byte after the match came from, else the end.
    let end = from.get(r.end).copied().unwrap_or(text.len());
    text[start..end].trim_end().to_string()
}

/// Abbreviations of two to six capital letters (Latin or Cyrillic),
/// possibly with digits, as written in the text.
fn abbreviations(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let word = word.trim_matches('-');
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if (2..=6).contains(&letters)
            && word.chars().count() <= 8
            && word
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
            && !out.iter().any(|o| o == word)
        {
            out.push(word.to_string());
        }
    }
    out
}

/// Whether `all` spells the abbreviation out: "(ABC)" after the words, or
/// "ABC (" before them.
fn defined(abbr: &str, all: &str) -> bool {
    all.contains(&format!("({abbr})"))
        || all.contains(&format!("«{abbr}»"))
        || all.contains(&format!("{abbr} ("))
        || all.contains(&format!("({abbr},"))
}

/// Check one text. `all` is the whole free text of the case, where an
/// abbreviation may be spelled out once for every field.
pub fn scan(list: &List, text: &str, all: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    let (folded, from) = fold_map(text);
    let anywhere = list.count == Count::Characters;
    // Longer forms first, so that "subpoena duces tecum" is reported once
    // and not again as "subpoena".
    let mut forms: Vec<(usize, String)> = list
        .terms
        .iter()
        .enumerate()
        .flat_map(|(n, t)| t.words.iter().map(move |w| (n, fold(w))))
        .collect();
    forms.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for (n, w) in forms {
        if found.iter().any(|(t, _, _)| *t == n) {
            continue;
        }
        if let Some(r) = find_word(&folded, &w, anywhere, &taken) {
            found.push((n, r.start, as_written(text, &from, r.clone())));
            taken.push(r);
        }
    }
    // In the order of the list.
    found.sort_by_key(|(n, _, _)| *n);
    for (term, _, written) in found {
        out.push(Issue::Term {
            found: written,
            term,
        });
    }
    let listed = |a: &str| {
        list.terms
            .iter()
            .any(|t| t.words.iter().any(|w| w.trim() == a))
    };
    for abbr in abbreviations(text) {
        if !list.known_abbreviations.iter().any(|k| k.trim() == abbr)
            && !listed(&abbr)
            && !defined(&abbr, all)
        {
            out.push(Issue::Abbreviation(abbr));
        }
    }
    for s in super::segments(text) {
        let length = match list.count {
            Count::Words => s.text.split_whitespace().count(),
            Count::Characters => s.text.chars().filter(|c| !c.is_whitespace()).count(),
        };
        if length > list.long_sentence {
            let start: String = match list.count {
                Count::Words => s
                    .text
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" "),
                Count::Characters => s.text.chars().take(12).collect(),
            };
            out.push(Issue::LongSentence { length, start });
        }
    }
    for d in &list.relative_dates {
        let f = fold(d);
        if let Some(r) = find_word(&folded, &f, anywhere, &[]) {
            out.push(Issue::RelativeDate(as_written(text, &from, r)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_list_reads() {
        for (name, text) in crate::embedded::PLAIN_LANGUAGE {
            let mut l = Lists::default();
            if let Err(e) = l.add(name, text) {
                panic!("{e}");
            }
            let stem = name.strip_suffix(".toml").unwrap_or(name);
            assert!(l.get(stem).is_some(), "{name} names another language");
        }
        assert!(Lists::builtin().get("en").is_some());
    }

    #[test]
    fn terms_dates_abbreviations_and_long_sentences() {
        let l = Lists::builtin();
        let en = l.get("en").unwrap();
        let text = "Last Tuesday the FBI found Probable Cause. The UDEF (Unidad de Delincuencia Económica y Fiscal) helped. Under RICO he is liable.";
        let found = scan(en, text, text);
        let term = |w: &str| {
            found
                .iter()
                .any(|i| matches!(i, Issue::Term { found, .. } if found == w))
        };
        assert!(term("Probable Cause"), "{found:?}");
        assert!(term("RICO"), "{found:?}");
        let sub = scan(en, "We served a subpoena duces tecum.", "");
        assert_eq!(sub.len(), 1, "the longer term only: {sub:?}");
        assert!(found.contains(&Issue::RelativeDate("Last Tuesday".into())));
        assert!(found.contains(&Issue::Abbreviation("FBI".into())));
        assert!(
            !found.contains(&Issue::Abbreviation("UDEF".into())),
            "defined"
        );
        assert!(
            !found.contains(&Issue::Abbreviation("RICO".into())),
            "a term"
        );
        // A word that only contains a listed one is not it.
        assert!(scan(en, "The bailiff came.", "").is_empty());
        let fr = l.get("fr").unwrap();
        let g = scan(fr, "Le juge d\u{2019}instruction a statué.", "");
        assert!(matches!(&g[..], [Issue::Term { .. }]), "{g:?}");
        let long = "word ".repeat(45);
        assert!(matches!(
            scan(en, &long, "")[..],
            [Issue::LongSentence { length: 45, .. }]
        ));
    }

    #[test]
    fn a_bad_list_says_where() {
        let mut l = Lists::default();
        let e = l
            .add("x.toml", "language = \"en\"\nlong_sentence = \"forty\"\n")
            .unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (2, "long_sentence"), "{e}");
        let e = l
            .add(
                "x.toml",
                "language = \"en\"\nlong_sentence = 40\n[[term]]\nwords = [\"a\"]\nmeans = \"\"\ninstead = \"b\"\n[[term]]\nwords = []\nmeans = \"\"\ninstead = \"b\"\n",
            )
            .unwrap_err();
        assert_eq!(e.line, 7, "{e}");
        let e = l
            .add(
                "x.toml",
                "language = \"en\"\nlong_sentence = 40\nwords = 1\n",
            )
            .unwrap_err();
        assert_eq!(e.line, 3, "{e}");
    }
}
