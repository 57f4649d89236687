//! The small line markup between the handlebars template and the layout.
//!
//! Each line is `@directive text`. User text reaches this markup only
//! through [`escape`], which turns new lines, tabs, `@` and `\` into escapes,
//! so nothing a user types can start a directive or a new block.

use serde::Serialize;

/// Marks free text that is not translated into the document's language.
/// Composition puts it in front of such text; the parser removes it and
/// flags the block, so the layout can show the passage as untranslated.
pub const UNTRANSLATED: char = '\u{E000}';

/// One block of the composed request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// The document title.
    Title {
        text: String,
    },
    /// A banner such as URGENT or CONFIDENTIAL.
    Mark {
        text: String,
    },
    /// The letter's subject line (Betreff, Objet, Asunto).
    Subject {
        label: String,
        text: String,
        untranslated: bool,
    },
    /// An unnumbered label over what follows (the annex list after the
    /// signature).
    Label {
        text: String,
    },
    /// A section heading; level 1 headings are numbered.
    Heading {
        level: u8,
        number: String,
        text: String,
        untranslated: bool,
    },
    Paragraph {
        text: String,
        untranslated: bool,
    },
    /// A label and its value (the value may hold several lines).
    Field {
        label: String,
        value: String,
        untranslated: bool,
    },
    ListItem {
        text: String,
        untranslated: bool,
    },
    /// An address block (sender or recipient).
    Address {
        label: String,
        text: String,
    },
    /// One line of the signature block.
    Signature {
        label: String,
        value: String,
    },
    /// The space for the official seal, beside the signature.
    Seal {
        label: String,
    },
    /// A passage in the source language awaiting translation.
    Untranslated {
        text: String,
    },
    Space,
    /// Start a new page.
    PageBreak,
}

/// Escape user text for the markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '@' => out.push_str("\\@"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A template line the parser did not understand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("template output line {line}: {problem:?}")]
pub struct MarkupError {
    pub line: usize,
    pub problem: MarkupProblem,
}

/// What is wrong with a line of the template's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupProblem {
    /// The line does not start with a directive; the start of the line.
    NoDirective(String),
    /// A directive this parser does not know.
    UnknownDirective(String),
}

impl crate::i18n::Localized for MarkupError {
    fn localized(&self, l: &crate::i18n::Localizer) -> String {
        let line = self.line.to_string();
        match &self.problem {
            MarkupProblem::NoDirective(found) => {
                l.ta("markup-no-directive", &[("line", &line), ("found", found)])
            }
            MarkupProblem::UnknownDirective(d) => l.ta(
                "markup-unknown-directive",
                &[("line", &line), ("directive", d)],
            ),
        }
    }
}

/// Split an escaped `label\tvalue` pair at its first unescaped tab.
fn pair(rest: &str) -> (String, String) {
    let mut prev_backslash = false;
    for (i, c) in rest.char_indices() {
        if c == '\t' && !prev_backslash {
            return (unescape(rest[..i].trim()), unescape(rest[i + 1..].trim()));
        }
        prev_backslash = c == '\\' && !prev_backslash;
    }
    (unescape(rest.trim()), String::new())
}

/// Remove untranslated marks; true if there were any.
fn clean(s: String) -> (String, bool) {
    if s.contains(UNTRANSLATED) {
        (s.replace(UNTRANSLATED, ""), true)
    } else {
        (s, false)
    }
}

/// Parse the template's output into blocks, numbering level-1 headings.
pub fn parse(src: &str) -> Result<Vec<Block>, MarkupError> {
    let mut blocks = Vec::new();
    let mut section = 0;
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim_start();
        if line.trim().is_empty() {
            continue;
        }
        let Some(rest) = line.strip_prefix('@') else {
            return Err(MarkupError {
                line: i + 1,
                problem: MarkupProblem::NoDirective(truncate(line).to_string()),
            });
        };
        let (directive, rest) = rest.split_once(' ').unwrap_or((rest, ""));
        let rest = rest.trim_end_matches(['\r', ' ']);
        let text = || unescape(rest.trim());
        let block = match directive {
            "title" => Block::Title {
                text: clean(text()).0,
            },
            "mark" => Block::Mark {
                text: clean(text()).0,
            },
            "subject" => {
                let (mut label, text) = pair(rest);
                // The label and its text, as the language writes them:
                // `Betreff: …`, `Objet : …`, `事由：…` (no space after a
                // full-width colon).
                if !label.is_empty() && !label.ends_with(['：', ' ']) {
                    label.push(' ');
                }
                let (text, untranslated) = clean(text);
                Block::Subject {
                    label,
                    text,
                    untranslated,
                }
            }
            "label" => Block::Label {
                text: clean(text()).0,
            },
            "seal" => Block::Seal {
                label: clean(text()).0,
            },
            "h1" | "h2" => {
                let level = if directive == "h1" { 1 } else { 2 };
                let number = if level == 1 {
                    section += 1;
                    section.to_string()
                } else {
                    String::new()
                };
                let (text, untranslated) = clean(text());
                Block::Heading {
                    level,
                    number,
                    text,
                    untranslated,
                }
            }
            "p" => {
                let (text, untranslated) = clean(text());
                Block::Paragraph { text, untranslated }
            }
            "li" => {
                let (text, untranslated) = clean(text());
                Block::ListItem { text, untranslated }
            }
            "field" => {
                let (label, value) = pair(rest);
                let (value, untranslated) = clean(value);
                if value.trim().is_empty() {
                    continue;
                }
                Block::Field {
                    label,
                    value,
                    untranslated,
                }
            }
            "address" => {
                let (label, text) = pair(rest);
                Block::Address {
                    label,
                    text: clean(text).0,
                }
            }
            "sign" => {
                let (label, value) = pair(rest);
                Block::Signature {
                    label,
                    value: clean(value).0,
                }
            }
            "untranslated" => Block::Untranslated {
                text: clean(text()).0,
            },
            "space" => Block::Space,
            other => {
                return Err(MarkupError {
                    line: i + 1,
                    problem: MarkupProblem::UnknownDirective(other.to_string()),
                });
            }
        };
        // A paragraph or item left empty by a missing value is dropped
        // rather than printed as a blank line.
        let empty = matches!(&block, Block::Paragraph { text, .. } | Block::ListItem { text, .. } if text.trim().is_empty());
        if !empty {
            blocks.push(block);
        }
    }
    Ok(blocks)
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_inject_directives() {
        let evil = "line one\n@h1 Injected\n\\n@title x\tz";
        let src = format!("@p {}\n@field Label\t{}\n", escape(evil), escape(evil));
        let blocks = parse(&src).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[0],
            Block::Paragraph {
                text: evil.to_string(),
                untranslated: false
            }
        );
        assert_eq!(
            blocks[1],
            Block::Field {
                label: "Label".into(),
                value: evil.to_string(),
                untranslated: false
            }
        );
    }

    #[test]
    fn headings_are_numbered_and_empty_fields_dropped() {
        let b = parse("@h1 A\n@field X\t\n@h2 sub\n@h1 B\n").unwrap();
        assert_eq!(b.len(), 3);
        assert!(matches!(&b[2], Block::Heading { number, .. } if number == "2"));
    }

    #[test]
    fn untranslated_marks_become_flags() {
        let src = format!("@p {}x\n@field L\t{}y\n", UNTRANSLATED, UNTRANSLATED);
        let b = parse(&src).unwrap();
        assert_eq!(
            b[0],
            Block::Paragraph {
                text: "x".into(),
                untranslated: true
            }
        );
        assert!(matches!(&b[1], Block::Field { value, untranslated: true, .. } if value == "y"));
    }

    #[test]
    fn stray_text_is_an_error_with_its_line() {
        let e = parse("@p ok\nstray\n").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
