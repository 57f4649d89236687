//! Positions in the files people edit, for messages that say where. A
//! bottom-level module: it knows no language; `i18n` shows a [`Located`]
//! in the reader's.
//!
//! `toml` reports a byte span; [`locate`] turns it into file, line, column
//! and the dotted path of the key on that line (`measures[1].accounts`), so
//! a prosecutor or a central authority can go straight to the mistake.

use std::fmt;
use std::ops::Range;

/// A fluent message id with its arguments.
pub type MessageId = (&'static str, Vec<(&'static str, String)>);

/// A problem at a place in a text file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub file: String,
    /// 1-based; 0 when the position is unknown.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// Dotted key path, empty when unknown.
    pub field: String,
    /// What is wrong, as the parser said it (the TOML parser's own words,
    /// which come in English), or the message id when `id` is set.
    pub message: String,
    /// The fluent message, when the problem is one of Rogatory's own.
    pub id: Option<Box<MessageId>>,
    /// The offending line of the file, for display.
    pub excerpt: String,
}

impl Located {
    /// The same place with one of Rogatory's own messages; the reader's
    /// language is chosen when it is shown (`Localized` in `i18n`).
    pub fn with_id(mut self, id: &'static str, args: Vec<(&'static str, String)>) -> Located {
        self.message = id.to_string();
        self.id = Some(Box::new((id, args)));
        self
    }
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = self.message.trim_end();
        if self.line == 0 {
            return write!(f, "{}: {}", self.file, message);
        }
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if !self.field.is_empty() {
            write!(f, "field `{}`: ", self.field)?;
        }
        write!(f, "{message}")?;
        if !self.excerpt.is_empty() {
            let pad = " ".repeat(self.column.saturating_sub(1));
            write!(f, "\n    | {}\n    | {pad}^", self.excerpt)?;
        }
        Ok(())
    }
}

/// Build a [`Located`] from a byte span into `text`.
pub fn locate(file: &str, text: &str, span: Option<Range<usize>>, message: String) -> Located {
    let Some(span) = span else {
        return Located {
            file: file.to_string(),
            line: 0,
            column: 0,
            field: String::new(),
            message,
            id: None,
            excerpt: String::new(),
        };
    };
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..start].chars().count() + 1;
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let excerpt: String = text[line_start..line_end]
        .trim_end_matches('\r')
        .chars()
        .take(200)
        .collect();
    Located {
        file: file.to_string(),
        line,
        column,
        field: key_path(text, line_start, &excerpt),
        message,
        id: None,
        excerpt,
    }
}

/// Line and column (1-based) of the value at a finding's field path, such
/// as `offences[1].iccs[2]`, in a TOML text. Where the path goes past what
/// the file holds (a missing field), the nearest enclosing value is used.
/// `None` when the text does not parse or the path names nothing in it.
/// For many paths in one text, make a [`Positions`] once.
pub fn position(text: &str, path: &str) -> Option<(usize, usize)> {
    Positions::new(text).of(path)
}

/// A TOML text parsed once, with where each line starts, so that finding
/// the position of many paths costs a walk each, not a parse each (a
/// check with thousands of findings on a large file).
pub struct Positions<'a> {
    text: &'a str,
    root: Option<toml::Spanned<toml::de::DeTable<'a>>>,
    line_starts: Vec<usize>,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str) -> Positions<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Positions {
            text,
            root: toml::de::DeTable::parse(text).ok(),
            line_starts,
        }
    }

    /// The position of a path; see [`position`].
    pub fn of(&self, path: &str) -> Option<(usize, usize)> {
        use toml::de::DeValue;
        let root = self.root.as_ref()?;
        let text = self.text;
        let mut span: Option<Range<usize>> = None;
        let mut table = Some(root.get_ref());
        let mut value: Option<&DeValue<'_>> = None;
        'walk: for segment in path.split('.') {
            let (name, rest) = segment.split_once('[').unwrap_or((segment, ""));
            let inner = match value {
                Some(DeValue::Table(t)) => Some(t),
                _ => None,
            };
            let Some(t) = table.take().or(inner) else {
                break;
            };
            let Some(v) = t.get(name) else { break };
            span = Some(v.span());
            let mut current = v.get_ref();
            for index in rest.split('[') {
                let Ok(i) = index.trim_end_matches(']').parse::<usize>() else {
                    continue;
                };
                match current {
                    DeValue::Array(a) if i < a.len() => {
                        span = Some(a[i].span());
                        current = a[i].get_ref();
                    }
                    _ => break 'walk,
                }
            }
            value = Some(current);
        }
        let span = span?;
        let start = floor_char_boundary(text, span.start.min(text.len()));
        // The line is found by binary search, not by counting from the top.
        let line = self.line_starts.partition_point(|&s| s <= start);
        let line_start = self.line_starts[line - 1];
        Some((line, text[line_start..start].chars().count() + 1))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The dotted path of the key on the line starting at `line_start`: the
/// nearest table header above it, with an index for arrays of tables, and
/// the key before `=` on the line itself.
fn key_path(text: &str, line_start: usize, line: &str) -> String {
    let mut header = String::new();
    let mut header_is_array = false;
    let mut header_pos = 0;
    // The key whose multi-line string is still open, and its delimiter:
    // lines inside such a string are text, not keys or headers.
    let mut open: Option<(String, &str)> = None;
    let mut offset = 0;
    for l in text[..line_start].split_inclusive('\n') {
        let t = l.trim();
        if let Some((_, delim)) = &open {
            if t.contains(delim) {
                open = None;
            }
        } else if let Some(name) = t.strip_prefix("[[").and_then(|r| r.split("]]").next()) {
            header = name.trim().to_string();
            header_is_array = true;
            header_pos = offset;
        } else if let Some(name) = t.strip_prefix('[').and_then(|r| r.split(']').next()) {
            header = name.trim().to_string();
            header_is_array = false;
            header_pos = offset;
        } else if let Some((key, value)) = t.split_once('=') {
            for delim in ["\"\"\"", "\'\'\'"] {
                if value.matches(delim).count() == 1 {
                    open = Some((key.trim().trim_matches('"').to_string(), delim));
                }
            }
        }
        offset += l.len();
    }
    if header_is_array {
        let marker = format!("[[{header}]]");
        let index = text[..header_pos]
            .lines()
            .filter(|l| l.trim().replace(' ', "") == marker.replace(' ', ""))
            .count();
        header = format!("{header}[{index}]");
    }
    let key = match open {
        Some((key, _)) => key,
        None => {
            let t = line.trim();
            let candidate = if t.starts_with('[') {
                ""
            } else {
                t.split('=').next().map(str::trim).unwrap_or("")
            };
            let candidate = candidate.trim_matches('"');
            // Only something shaped like a key is a key; a line of text is not.
            let keyish = candidate
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
            if keyish {
                candidate.to_string()
            } else {
                String::new()
            }
        }
    };
    match (header.is_empty(), key.is_empty()) {
        (true, _) => key,
        (false, true) => header,
        (false, false) => format!("{header}.{key}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_field_paths() {
        let text = "title = \"x\"\n[[offences]]\nname = \"a\"\n\n[[offences]]\nname = \"b\"\niccs = [\"0701\", \"7x\"]\n[assurances]\nno_death_penalty = true\n";
        assert_eq!(position(text, "title"), Some((1, 9)));
        assert_eq!(position(text, "offences[1].name"), Some((6, 8)));
        assert_eq!(position(text, "offences[1].iccs[1]"), Some((7, 17)));
        assert_eq!(position(text, "assurances.no_death_penalty"), Some((9, 20)));
        // A missing field points at what holds it.
        assert_eq!(position(text, "offences[0].place").map(|p| p.0), Some(2));
        assert_eq!(position(text, "nothing.here"), None);
        assert_eq!(position("not = [toml", "not"), None);
    }

    #[test]
    fn locates_line_column_and_path() {
        let text = "a = 1\n[[x]]\nb = 2\n[[x]]\nc = 'é'\n";
        let at = text.find("'é'").unwrap();
        let l = locate("f.toml", text, Some(at..at + 1), "bad".into());
        assert_eq!((l.line, l.column), (5, 5));
        assert_eq!(l.field, "x[1].c");
        assert_eq!(l.excerpt, "c = 'é'");
        assert!(l.to_string().starts_with("f.toml:5:5: field `x[1].c`: bad"));
    }

    #[test]
    fn inside_a_multi_line_string_the_key_is_the_strings() {
        let text = "[a]\nfacts = \"\"\"\nfirst line\n[not a header]\nsecond = line\n";
        let at = text.find("second").unwrap();
        let l = locate("f", text, Some(at..at + 1), "m".into());
        assert_eq!(l.field, "a.facts");
        let text = "x = 1\nfacts = \"\"\"one\"\"\"\nMs Chen, a witness\n";
        let at = text.find("Ms").unwrap();
        assert_eq!(locate("f", text, Some(at..at + 1), "m".into()).field, "");
    }

    #[test]
    fn top_level_key() {
        let text = "name = 3\n";
        let l = locate("f", text, Some(7..8), "m".into());
        assert_eq!(l.field, "name");
    }

    #[test]
    fn unknown_position() {
        let l = locate("f", "", None, "m".into());
        assert_eq!(l.to_string(), "f: m");
    }
}
