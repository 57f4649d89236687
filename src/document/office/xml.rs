//! The XML writing both formats share: elements with escaped attributes
//! and text (user text is never markup), and a part with its declaration.

use std::io;

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::{OfficeError, clean};

pub(crate) type W = Writer<Vec<u8>>;

/// An element with content written by `inner`.
pub(crate) fn el(
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
pub(crate) fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_empty()?;
    Ok(())
}

/// An element holding text, escaped and fit for XML.
pub(crate) fn text_el(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_text_content(BytesText::new(&clean(text)))?;
    Ok(())
}

/// A whole XML part: its declaration, then what `body` writes.
pub(crate) fn part(
    declaration: &str,
    body: impl FnOnce(&mut W) -> io::Result<()>,
) -> Result<Vec<u8>, OfficeError> {
    let mut w = Writer::new(Vec::new());
    w.get_mut().extend_from_slice(declaration.as_bytes());
    body(&mut w)?;
    Ok(w.into_inner())
}
