//! XLIFF 1.2, as OmegaT, Trados, memoQ and Phrase read it: one group per
//! field (its path as `resname`, its role as a note), one `trans-unit` per
//! sentence (`<path>#<n>`), protected values as `<ph>` elements. Written
//! and read with quick-xml, never by string concatenation.

use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::{Piece, protect, segments};
use crate::xml::{W, el, text, text_el};

const NS: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// One field to translate: its path, its role in words, its text.
pub struct Field {
    pub path: String,
    pub role: String,
    pub text: String,
    /// A translation of an earlier version of the text, shown to the
    /// translator as a note.
    pub previous: Option<String>,
}

/// The XLIFF version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Version {
    /// XLIFF 1.2: what OmegaT, Trados, memoQ and Phrase all read.
    #[default]
    #[value(name = "1.2")]
    V12,
    /// XLIFF 2.1 (namespace urn:oasis:names:tc:xliff:document:2.0).
    #[value(name = "2.1")]
    V21,
}

/// Sentences the memory holds for a source sentence, best first.
pub type Suggest<'a> = &'a dyn Fn(&str) -> Vec<super::memory::Match>;

/// What the file says about the case it was made from.
pub struct Header {
    /// The case's reference: a unit of another case is refused.
    pub case: String,
    pub source_lang: String,
    pub target_lang: String,
    /// Write each sentence's source as its target too, marked
    /// `needs-translation`: OmegaT 3's XLIFF filter translates the target
    /// and ignores a unit that has none. Such a target, left as it is,
    /// is not a translation.
    pub copy_source: bool,
}

/// The state of a target copied from its source, still to translate.
pub const COPIED: &str = "needs-translation";

fn io(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// A line break and the indentation of `depth`, between elements only
/// (never inside <source>, where white space is the text).
fn nl(w: &mut W, depth: usize) -> std::io::Result<()> {
    w.write_event(Event::Text(BytesText::new(&format!(
        "\n{}",
        "  ".repeat(depth)
    ))))
}

/// Write the fields as an XLIFF document. A sentence the memory holds
/// exactly is written translated (for the translator to review); close
/// ones are offered beside it (`<alt-trans>` with its score in 1.2).
pub fn write(
    header: &Header,
    fields: &[Field],
    names: &[String],
    version: Version,
    suggest: Suggest<'_>,
) -> Result<Vec<u8>, String> {
    if version == Version::V21 {
        return super::xliff2::write(header, fields, names, suggest);
    }
    let mut w: W = Writer::new(Vec::new());
    w.get_mut()
        .extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let original = format!("rogatory:{}", header.case);
    let file = [
        ("original", original.as_str()),
        ("source-language", header.source_lang.as_str()),
        ("target-language", header.target_lang.as_str()),
        ("datatype", "plaintext"),
        ("product-name", "Rogatory"),
    ];
    el(&mut w, "xliff", &[("version", "1.2"), ("xmlns", NS)], |w| {
        nl(w, 1)?;
        el(w, "file", &file, |w| {
            nl(w, 2)?;
            el(w, "body", &[], |w| {
                for f in fields {
                    nl(w, 3)?;
                    group(w, f, names, suggest, header.copy_source)?;
                }
                nl(w, 2)
            })?;
            nl(w, 1)
        })?;
        nl(w, 0)
    })
    .map_err(io)?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

/// One field: its role as a note, a unit per sentence.
fn group(
    w: &mut W,
    f: &Field,
    names: &[String],
    suggest: Suggest<'_>,
    copy_source: bool,
) -> std::io::Result<()> {
    let path = f.path.as_str();
    el(w, "group", &[("id", path), ("resname", path)], |w| {
        nl(w, 4)?;
        text_el(w, "note", &[], &f.role)?;
        if let Some(p) = &f.previous {
            nl(w, 4)?;
            text_el(w, "note", &[("from", "previous-translation")], p)?;
        }
        for (n, seg) in segments(&f.text).iter().enumerate() {
            if seg.text.trim().is_empty() {
                continue;
            }
            let id = format!("{path}#{}", n + 1);
            nl(w, 4)?;
            let attrs = [
                ("id", id.as_str()),
                ("resname", path),
                ("xml:space", "preserve"),
            ];
            let matches = suggest(&seg.text);
            el(w, "trans-unit", &attrs, |w| {
                nl(w, 5)?;
                el(w, "source", &[], |w| pieces(w, &seg.text, names))?;
                if let Some(m) = matches.iter().find(|m| m.score == 100) {
                    nl(w, 5)?;
                    let attrs = [
                        ("state", "needs-review-translation"),
                        ("state-qualifier", "exact-match"),
                    ];
                    el(w, "target", &attrs, |w| pieces(w, &m.target, names))?;
                } else if copy_source {
                    nl(w, 5)?;
                    el(w, "target", &[("state", COPIED)], |w| {
                        pieces(w, &seg.text, names)
                    })?;
                }
                for m in matches.iter().filter(|m| m.score < 100) {
                    nl(w, 5)?;
                    let q = m.score.to_string();
                    let attrs = [("match-quality", q.as_str()), ("origin", "rogatory-memory")];
                    el(w, "alt-trans", &attrs, |w| {
                        text_el(w, "source", &[], &m.source)?;
                        text_el(w, "target", &[], &m.target)
                    })?;
                }
                nl(w, 4)
            })?;
        }
        nl(w, 3)
    })
}

/// A sentence with its protected values as `<ph>`, numbered in the
/// sentence.
fn pieces(w: &mut W, sentence: &str, names: &[String]) -> std::io::Result<()> {
    let mut n = 0;
    for piece in protect(sentence, names) {
        match piece {
            Piece::Text(t) => text(w, &t)?,
            Piece::Protected(t) => {
                n += 1;
                text_el(w, "ph", &[("id", &n.to_string())], &t)?;
            }
        }
    }
    Ok(())
}

/// A unit as read back: its id, and its source and target as pieces.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    pub source: Vec<Piece>,
    pub target: Option<Vec<Piece>>,
    /// The target's `state` attribute.
    pub state: String,
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

/// Read an XLIFF 1.2 or 2.x file written by [`write`] and translated
/// elsewhere.
pub fn read(bytes: &[u8]) -> Result<Read, String> {
    if super::xliff2::is_v2(bytes) {
        return super::xliff2::read(bytes);
    }
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
    // Inside an <alt-trans>: a suggestion, not the translation.
    let mut in_alt = false;
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
    let mut depth = 0usize;
    loop {
        let ev = r
            .read_event_into(&mut buf)
            .map_err(|e| format!("{} (byte {})", e, r.buffer_position()))?;
        let empty = matches!(ev, Event::Empty(_));
        match &ev {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
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
                    "alt-trans" => in_alt = !empty,
                    _ if in_alt => {}
                    "source" if unit.is_some() => {
                        into = Some("source");
                        pieces.clear();
                    }
                    "target" if unit.is_some() => {
                        into = Some("target");
                        pieces.clear();
                        if let Some(u) = unit.as_mut() {
                            u.state = attr(&e, "state").unwrap_or_default();
                        }
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
                "alt-trans" => in_alt = false,
                _ if in_alt => {}
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
            Event::Eof if depth > 0 => {
                // Elements left open: the file was cut short.
                return Err(format!(
                    "the file ends inside an element (byte {}): it is incomplete",
                    r.buffer_position()
                ));
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The text an entity or character reference stands for.
pub(crate) fn entity(name: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_in_a_case_still_make_a_file_that_reads_back() {
        let header = Header {
            case: "R/1".into(),
            source_lang: "en".into(),
            target_lang: "fr".into(),
            copy_source: false,
        };
        let fields = [Field {
            path: "facts".into(),
            role: "Facts".into(),
            text: "He \u{1b}paid GBP 4,000 & left. <Then> he came back.".into(),
            previous: None,
        }];
        let bytes = write(&header, &fields, &[], Version::V12, &|_| Vec::new()).unwrap();
        let r = read(&bytes).unwrap();
        assert_eq!(r.case, "R/1");
        assert_eq!(r.units.len(), 2);
        assert_eq!(joined(&r.units[0].source), "He paid GBP 4,000 & left.");
        assert_eq!(joined(&r.units[1].source), "<Then> he came back.");
    }
}
