//! Characters no embedded font can draw: typed in a field, they would print
//! as a box (and cost the PDF its PDF/A conformance). Each is an error
//! naming the field and the character, before any PDF is made.

use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;

use super::{Finding, Severity};
use crate::case::Case;

/// Every character some embedded font maps to a glyph.
pub fn coverage() -> &'static HashSet<char> {
    static COVER: OnceLock<HashSet<char>> = OnceLock::new();
    COVER.get_or_init(|| {
        let mut set = HashSet::new();
        for (_, data) in crate::embedded::FONTS {
            let n = ttf_parser::fonts_in_collection(data).unwrap_or(1);
            for i in 0..n {
                let Ok(face) = ttf_parser::Face::parse(data, i) else {
                    continue;
                };
                let Some(cmap) = face.tables().cmap else {
                    continue;
                };
                for sub in cmap.subtables {
                    if !sub.is_unicode() {
                        continue;
                    }
                    sub.codepoints(|c| {
                        if let Some(ch) = char::from_u32(c)
                            && sub.glyph_index(c).is_some_and(|g| g.0 != 0)
                        {
                            set.insert(ch);
                        }
                    });
                }
            }
        }
        set
    })
}

/// Characters that print nothing and need no glyph.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// The characters of `text` no embedded font draws, in order of first use.
pub fn undrawable(text: &str) -> Vec<char> {
    let cover = coverage();
    let mut seen = BTreeSet::new();
    text.chars()
        .filter(|c| !invisible(*c) && !c.is_ascii() && !cover.contains(c))
        .filter(|c| seen.insert(*c))
        .collect()
}

/// The most combining marks one character keeps in the document. Real
/// writing stacks a few (Vietnamese two, Tibetan and Hebrew a handful);
/// more is noise that only costs the layout time.
pub const MAX_MARKS: usize = 8;

/// A mark drawn on the character before it (zero width, not a control).
fn is_mark(c: char) -> bool {
    !c.is_control() && unicode_width::UnicodeWidthChar::width(c) == Some(0) && c != '\u{200D}'
}

/// The longest run of combining marks on one character in `text`.
pub fn most_marks(text: &str) -> usize {
    let (mut run, mut most) = (0, 0);
    for c in text.chars() {
        if is_mark(c) {
            run += 1;
            most = most.max(run);
        } else {
            run = 0;
        }
    }
    most
}

/// `text` with at most [`MAX_MARKS`] combining marks on each character.
pub fn bound_marks(text: &str) -> std::borrow::Cow<'_, str> {
    if most_marks(text) <= MAX_MARKS {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut run = 0;
    std::borrow::Cow::Owned(
        text.chars()
            .filter(|c| {
                if is_mark(*c) {
                    run += 1;
                    run <= MAX_MARKS
                } else {
                    run = 0;
                    true
                }
            })
            .collect(),
    )
}

/// Every string in a JSON value bounded with [`bound_marks`].
pub fn bound_marks_in(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            if let std::borrow::Cow::Owned(b) = bound_marks(s) {
                *s = b;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(bound_marks_in),
        Value::Object(o) => o.values_mut().for_each(bound_marks_in),
        _ => {}
    }
}

/// Walk the case's text fields (not the record of what was known when it
/// was saved) and report each character no font can draw, and a pile of
/// combining marks on one character.
pub fn check(case: &Case, out: &mut Vec<Finding>) {
    let Ok(value) = serde_json::to_value(case) else {
        return;
    };
    let mut walk = Vec::new();
    strings(&value, String::new(), &mut walk);
    for (path, text) in walk {
        if path.starts_with("knowledge") {
            continue;
        }
        let marks = most_marks(&text);
        if marks > MAX_MARKS {
            out.push(
                Finding::new(Severity::Warning, path.clone(), "combining-marks")
                    .arg("field", path.clone())
                    .arg("count", marks.to_string())
                    .arg("max", MAX_MARKS.to_string()),
            );
        }
        for c in undrawable(&text).into_iter().take(5) {
            out.push(
                Finding::new(Severity::Error, path.clone(), "glyph-missing")
                    .arg("field", path.clone())
                    .arg("char", c.to_string())
                    .arg("code", format!("{:04X}", c as u32)),
            );
        }
    }
}

fn strings(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match v {
        Value::String(s) => out.push((path, s.clone())),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(x, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                let p = if path.is_empty() {
                    k.clone()
                } else if k.contains(['.', '[']) {
                    format!("{path}.\"{k}\"")
                } else {
                    format!("{path}.{k}")
                };
                strings(x, p, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_text_is_drawn_and_a_missing_character_is_named() {
        assert!(undrawable("Müller, Łódź, Ελλάδα, Москва, القاهرة, 北京").is_empty());
        // A character outside every embedded font: an ancient script.
        assert_eq!(undrawable("name 𓀀"), vec!['𓀀']);
        let mut case = Case::new();
        case.facts = "The suspect 𓀀 fled.".into();
        let mut out = Vec::new();
        check(&case, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].path, "facts");
        assert_eq!(out[0].severity, Severity::Error);
    }
}
