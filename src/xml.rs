//! Writing XML with quick-xml: elements with escaped attributes and text
//! (user text is never markup), text fit for XML 1.0. Shared by the office
//! documents (DOCX, ODT) and the translators' XLIFF files.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesText, Event};

pub type W = Writer<Vec<u8>>;

/// Text fit for XML 1.0: control characters other than tab and line
/// break dropped (they cannot be written at all), carriage returns too.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\t' || c == '\n' || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
        .collect()
}

/// An element with content written by `inner`.
pub fn el(
    w: &mut W,
    name: &str,
    attrs: &[(&str, &str)],
    inner: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_inner_content(inner)?;
    Ok(())
}

/// An empty element.
pub fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_empty()?;
    Ok(())
}

/// An element holding text, escaped and fit for XML.
pub fn text_el(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_text_content(BytesText::new(&clean(text)))?;
    Ok(())
}

/// Text, escaped and fit for XML.
pub fn text(w: &mut W, s: &str) -> io::Result<()> {
    w.write_event(Event::Text(BytesText::new(&clean(s))))
}
