//! Plain-text layout of the composed request, for the terminal preview and
//! for `render --format text`.

use super::{Block, Document};

/// Wrap `text` at `width` columns (by characters), keeping its own line breaks.
fn wrap(text: &str, width: usize, indent: &str, out: &mut String) {
    let width = width.max(20);
    for line in text.lines() {
        let mut cur = String::new();
        for word in line.split_whitespace() {
            if !cur.is_empty()
                && cur.chars().count() + 1 + word.chars().count() > width - indent.len()
            {
                out.push_str(indent);
                out.push_str(&cur);
                out.push('\n');
                cur.clear();
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        out.push_str(indent);
        out.push_str(&cur);
        out.push('\n');
    }
}

/// Untranslated text, with its marker in front.
fn flag(text: &str, untranslated: bool, label: &str) -> String {
    if untranslated {
        format!("[{label}] {text}")
    } else {
        text.to_string()
    }
}

/// The request as plain text, wrapped at `width` columns.
pub fn to_text(doc: &Document, width: usize) -> String {
    let mut out = String::new();
    let marker = &doc.meta.untranslated;
    if !doc.meta.draft.is_empty() {
        out.push_str(&format!("*** {} ***\n\n", doc.meta.draft));
    }
    if !doc.meta.reference.is_empty() || !doc.meta.confidential.is_empty() {
        let header = format!("{}   {}", doc.meta.reference, doc.meta.confidential);
        out.push_str(header.trim());
        out.push_str("\n\n");
    }
    for b in &doc.blocks {
        match b {
            Block::Title { text } => {
                out.push('\n');
                wrap(&text.to_uppercase(), width, "", &mut out);
                out.push('\n');
            }
            Block::Mark { text } => out.push_str(&format!("[{text}]\n")),
            Block::Subject {
                label,
                text,
                untranslated,
            } => {
                out.push('\n');
                let text = flag(text, *untranslated, marker);
                wrap(&format!("{label}{text}"), width, "", &mut out);
                out.push('\n');
            }
            Block::Label { text } => {
                out.push('\n');
                out.push_str(&format!("{text}:\n"));
            }
            Block::Seal { label } => out.push_str(&format!("[{label}]\n")),
            Block::Heading {
                level,
                number,
                text,
                untranslated,
            } => {
                out.push('\n');
                let text = flag(text, *untranslated, marker);
                let text = if *level == 1 {
                    format!("{number}. {text}")
                } else {
                    text
                };
                wrap(&text, width, "", &mut out);
            }
            Block::Paragraph { text, untranslated } => {
                wrap(&flag(text, *untranslated, marker), width, "", &mut out);
                out.push('\n');
            }
            Block::Field {
                label,
                value,
                untranslated,
            } => {
                out.push_str(&format!("{label}:\n"));
                wrap(&flag(value, *untranslated, marker), width, "    ", &mut out);
            }
            Block::ListItem { text, untranslated } => wrap(
                &format!("- {}", flag(text, *untranslated, marker)),
                width,
                "",
                &mut out,
            ),
            Block::Address { label, text } => {
                if !label.is_empty() {
                    out.push_str(&format!("{label}:\n"));
                }
                wrap(text, width, "    ", &mut out);
                out.push('\n');
            }
            Block::Signature { label, value } => out.push_str(&format!("{label}: {value}\n")),
            Block::Untranslated { text } => {
                wrap(&format!("[{marker}] {text}"), width, "", &mut out)
            }
            Block::Space => out.push('\n'),
            Block::PageBreak => out.push_str("\n\u{c}\n"),
        }
    }
    out
}
