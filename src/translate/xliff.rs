//! XLIFF 1.2, as OmegaT, Trados, memoQ and Phrase read it: one group per
//! field (its path as `resname`, its role as a note), one `trans-unit` per
//! sentence (`<path>#<n>`), protected values as `<ph>` elements. Written
//! and read with quick-xml, never by string concatenation.

use std::io::Cursor;

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::{Piece, protect, segments};

const NS: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// One field to translate: its path, its role in words, its text.
pub struct Field {
    pub path: String,
    pub role: String,
    pub text: String,
}

/// What the file says about the case it was made from.
pub struct Header {
    /// The case's reference: a unit of another case is refused.
    pub case: String,
    pub source_lang: String,
    pub target_lang: String,
}

fn io(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Write the fields as an XLIFF 1.2 document.
pub fn write(header: &Header, fields: &[Field], names: &[String]) -> Result<Vec<u8>, String> {
    // No automatic indentation: it would put white space inside <source>.
    // Line breaks go between elements only.
    let mut w = Writer::new(Cursor::new(Vec::new()));
    let nl = |w: &mut Writer<Cursor<Vec<u8>>>, depth: usize| {
        w.write_event(Event::Text(BytesText::new(&format!(
            "\n{}",
            "  ".repeat(depth)
        ))))
        .map_err(io)
    };
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(io)?;
    nl(&mut w, 0)?;
    let mut xliff = BytesStart::new("xliff");
    xliff.push_attribute(("version", "1.2"));
    xliff.push_attribute(("xmlns", NS));
    w.write_event(Event::Start(xliff)).map_err(io)?;
    nl(&mut w, 1)?;
    let mut file = BytesStart::new("file");
    let original = format!("rogatory:{}", header.case);
    file.push_attribute(("original", original.as_str()));
    file.push_attribute(("source-language", header.source_lang.as_str()));
    file.push_attribute(("target-language", header.target_lang.as_str()));
    file.push_attribute(("datatype", "plaintext"));
    file.push_attribute(("product-name", "Rogatory"));
    w.write_event(Event::Start(file)).map_err(io)?;
    nl(&mut w, 2)?;
    w.write_event(Event::Start(BytesStart::new("body")))
        .map_err(io)?;
    for f in fields {
        nl(&mut w, 3)?;
        let mut group = BytesStart::new("group");
        group.push_attribute(("id", f.path.as_str()));
        group.push_attribute(("resname", f.path.as_str()));
        w.write_event(Event::Start(group)).map_err(io)?;
        nl(&mut w, 4)?;
        text_element(&mut w, "note", &f.role)?;
        for (n, seg) in segments(&f.text).iter().enumerate() {
            if seg.text.trim().is_empty() {
                continue;
            }
            let id = format!("{}#{}", f.path, n + 1);
            nl(&mut w, 4)?;
            let mut unit = BytesStart::new("trans-unit");
            unit.push_attribute(("id", id.as_str()));
            unit.push_attribute(("resname", f.path.as_str()));
            unit.push_attribute(("xml:space", "preserve"));
            w.write_event(Event::Start(unit)).map_err(io)?;
            nl(&mut w, 5)?;
            w.write_event(Event::Start(BytesStart::new("source")))
                .map_err(io)?;
            let mut ph_n = 0;
            for piece in protect(&seg.text, names).iter() {
                match piece {
                    Piece::Text(t) => w.write_event(Event::Text(BytesText::new(t))).map_err(io)?,
                    Piece::Protected(t) => {
                        let mut ph = BytesStart::new("ph");
                        ph_n += 1;
                        let pid = ph_n.to_string();
                        ph.push_attribute(("id", pid.as_str()));
                        w.write_event(Event::Start(ph)).map_err(io)?;
                        w.write_event(Event::Text(BytesText::new(t))).map_err(io)?;
                        w.write_event(Event::End(BytesEnd::new("ph"))).map_err(io)?;
                    }
                }
            }
            w.write_event(Event::End(BytesEnd::new("source")))
                .map_err(io)?;
            nl(&mut w, 4)?;
            w.write_event(Event::End(BytesEnd::new("trans-unit")))
                .map_err(io)?;
        }
        nl(&mut w, 3)?;
        w.write_event(Event::End(BytesEnd::new("group")))
            .map_err(io)?;
    }
    nl(&mut w, 2)?;
    w.write_event(Event::End(BytesEnd::new("body")))
        .map_err(io)?;
    nl(&mut w, 1)?;
    w.write_event(Event::End(BytesEnd::new("file")))
        .map_err(io)?;
    nl(&mut w, 0)?;
    w.write_event(Event::End(BytesEnd::new("xliff")))
        .map_err(io)?;
    let mut out = w.into_inner().into_inner();
    out.push(b'\n');
    Ok(out)
}

fn text_element(w: &mut Writer<Cursor<Vec<u8>>>, name: &str, text: &str) -> Result<(), String> {
    w.write_event(Event::Start(BytesStart::new(name)))
        .map_err(io)?;
    w.write_event(Event::Text(BytesText::new(text)))
        .map_err(io)?;
    w.write_event(Event::End(BytesEnd::new(name))).map_err(io)?;
    Ok(())
}

/// A unit as read back: its id, and its source and target as pieces.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    pub source: Vec<Piece>,
    pub target: Option<Vec<Piece>>,
}

/// What a translated file holds.
pub struct Read {
    pub case: String,
    pub target_lang: String,
    pub units: Vec<Unit>,
}

/// The text of pieces, protected values included.
pub fn joined(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) | Piece::Protected(s) => s.as_str(),
        })
        .collect()
}

/// Read an XLIFF 1.2 file written by [`write`] and translated elsewhere.
pub fn read(bytes: &[u8]) -> Result<Read, String> {
    let mut r = Reader::from_reader(bytes);
    r.config_mut().trim_text(false);
    let mut out = Read {
        case: String::new(),
        target_lang: String::new(),
        units: Vec::new(),
    };
    let mut unit: Option<Unit> = None;
    // Where text goes: source or target, and inside a <ph>.
    let mut into: Option<&'static str> = None;
    let mut in_ph = false;
    let mut pieces: Vec<Piece> = Vec::new();
    let mut buf = Vec::new();
    let attr = |e: &BytesStart, name: &str| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name || a.key.local_name().as_ref() == name)
            .and_then(|a| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
    };
    loop {
        let ev = r
            .read_event_into(&mut buf)
            .map_err(|e| format!("{} (byte {})", e, r.buffer_position()))?;
        let empty = matches!(ev, Event::Empty(_));
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    "file" => {
                        let original = attr(&e, "original").unwrap_or_default();
                        // A tool that rewrote the file (po2xliff) names
                        // its own source here: then only the units, each
                        // checked against this case's text, tell.
                        out.case = original
                            .strip_prefix("rogatory:")
                            .unwrap_or_default()
                            .to_string();
                        out.target_lang = attr(&e, "target-language").unwrap_or_default();
                    }
                    "trans-unit" => {
                        unit = Some(Unit {
                            id: attr(&e, "id").unwrap_or_default(),
                            ..Default::default()
                        });
                    }
                    "source" if unit.is_some() => {
                        into = Some("source");
                        pieces.clear();
                    }
                    "target" if unit.is_some() => {
                        into = Some("target");
                        pieces.clear();
                    }
                    "ph" | "x" | "bx" | "ex" | "g" | "it" if into.is_some() => {
                        // An empty element (<x id="1"/>) holds no value.
                        in_ph = !empty;
                        pieces.push(Piece::Protected(String::new()));
                    }
                    "mrk" => {}
                    _ => {}
                }
            }
            Event::Text(t) if into.is_some() => {
                let s = t.xml10_content().into_owned();
                push(&mut pieces, in_ph, &s);
            }
            Event::GeneralRef(g) if into.is_some() => {
                let name = g.xml10_content();
                let s = entity(&name).ok_or_else(|| format!("unknown entity &{name};"))?;
                push(&mut pieces, in_ph, &s);
            }
            Event::CData(t) if into.is_some() => {
                let s = t.xml10_content().into_owned();
                push(&mut pieces, in_ph, &s);
            }
            Event::End(e) => match e.local_name().as_ref() {
                "ph" | "x" | "bx" | "ex" | "g" | "it" => in_ph = false,
                "source" => {
                    if let Some(u) = unit.as_mut() {
                        u.source = std::mem::take(&mut pieces);
                    }
                    into = None;
                }
                "target" => {
                    if let Some(u) = unit.as_mut() {
                        u.target = Some(std::mem::take(&mut pieces));
                    }
                    into = None;
                }
                "trans-unit" => {
                    if let Some(u) = unit.take() {
                        out.units.push(u);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The text an entity or character reference stands for.
fn entity(name: &str) -> Option<String> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        n => {
            let n = n.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some(c.to_string())
}

fn push(pieces: &mut Vec<Piece>, in_ph: bool, s: &str) {
    match (pieces.last_mut(), in_ph) {
        (Some(Piece::Protected(p)), true) | (Some(Piece::Text(p)), false) => p.push_str(s),
        (_, true) => pieces.push(Piece::Protected(s.to_string())),
        (_, false) => pieces.push(Piece::Text(s.to_string())),
    }
}
