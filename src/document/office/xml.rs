//! The XML writing both formats share: the elements of `crate::xml`, and
//! a part with its declaration.

use std::io;

use quick_xml::Writer;

use super::OfficeError;

pub(crate) use crate::xml::{W, el, empty, text_el};

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
