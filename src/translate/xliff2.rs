//! XLIFF 2.1, the option beside 1.2: one `<unit>` per field (its path as
//! `name`, its role as a note), one `<segment>` per sentence (`s<n>`), a
//! protected value as `<ph>` pointing at its text in `<originalData>`.
//! A unit's id must be an NMTOKEN, which a path (`measures[0].items`) is
//! not: units are numbered and the path is their name.

use std::collections::BTreeMap;

use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::xliff::{Field, Header, Read, Suggest, Unit};
use super::{Piece, protect, segments};
use crate::xml::{W, el, empty, text, text_el};

const NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
const MTC: &str = "urn:oasis:names:tc:xliff:matches:2.0";

/// Whether the bytes are an XLIFF 2 document (its namespace).
pub fn is_v2(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2000)];
    String::from_utf8_lossy(head).contains(NS)
}

fn nl(w: &mut W, depth: usize) -> std::io::Result<()> {
    w.write_event(Event::Text(BytesText::new(&format!(
        "\n{}",
        "  ".repeat(depth)
    ))))
}

/// A sentence's protected values: `(data id, value)`, in order.
fn data(sentence: &str, names: &[String], sentence_no: usize) -> Vec<(String, String)> {
    protect(sentence, names)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Protected(v) => Some(v),
            Piece::Text(_) => None,
        })
        .enumerate()
        .map(|(i, v)| (format!("d{sentence_no}-{}", i + 1), v))
        .collect()
}

/// A sentence with its protected values as `<ph>` pointing at the source
/// sentence's `data` (`ids`) of the same value; a value the source does not
/// hold stays text.
fn pieces(
    w: &mut W,
    sentence: &str,
    names: &[String],
    ids: &[(String, String)],
) -> std::io::Result<()> {
    let mut used = vec![false; ids.len()];
    for piece in protect(sentence, names) {
        match piece {
            Piece::Text(t) => text(w, &t)?,
            Piece::Protected(v) => {
                let Some(k) = (0..ids.len()).find(|&k| !used[k] && ids[k].1 == v) else {
                    text(w, &v)?;
                    continue;
                };
                used[k] = true;
                let data = &ids[k].0;
                let id = data.trim_start_matches('d');
                let disp = crate::xml::clean(&v);
                empty(w, "ph", &[("id", id), ("dataRef", data), ("disp", &disp)])?;
            }
        }
    }
    Ok(())
}

pub fn write(
    header: &Header,
    fields: &[Field],
    names: &[String],
    suggest: Suggest<'_>,
) -> Result<Vec<u8>, String> {
    let mut w: W = Writer::new(Vec::new());
    w.get_mut()
        .extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let root = [
        ("xmlns", NS),
        ("xmlns:mtc", MTC),
        ("version", "2.1"),
        ("srcLang", header.source_lang.as_str()),
        ("trgLang", header.target_lang.as_str()),
    ];
    let original = format!("rogatory:{}", header.case);
    el(&mut w, "xliff", &root, |w| {
        nl(w, 1)?;
        el(w, "file", &[("id", "f1"), ("original", &original)], |w| {
            for (u, f) in fields.iter().enumerate() {
                nl(w, 2)?;
                let id = format!("u{}", u + 1);
                el(w, "unit", &[("id", &id), ("name", &f.path)], |w| {
                    unit(w, f, names, suggest)
                })?;
            }
            nl(w, 1)
        })?;
        nl(w, 0)
    })
    .map_err(|e| e.to_string())?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

fn unit(w: &mut W, f: &Field, names: &[String], suggest: Suggest<'_>) -> std::io::Result<()> {
    let segs: Vec<(usize, super::Segment)> = segments(&f.text)
        .into_iter()
        .enumerate()
        .filter(|(_, s)| !s.text.trim().is_empty())
        .map(|(n, s)| (n + 1, s))
        .collect();
    let matches: Vec<Vec<super::memory::Match>> =
        segs.iter().map(|(_, s)| suggest(&s.text)).collect();
    // Close matches, in the Translation Candidates module.
    if matches.iter().any(|m| m.iter().any(|m| m.score < 100)) {
        nl(w, 3)?;
        el(w, "mtc:matches", &[], |w| {
            for ((n, _), ms) in segs.iter().zip(&matches) {
                for m in ms.iter().filter(|m| m.score < 100) {
                    nl(w, 4)?;
                    let q = format!("{}.0", m.score);
                    let r = format!("#s{n}");
                    let attrs = [
                        ("ref", r.as_str()),
                        ("matchQuality", q.as_str()),
                        ("origin", "rogatory-memory"),
                    ];
                    el(w, "mtc:match", &attrs, |w| {
                        text_el(w, "source", &[], &m.source)?;
                        text_el(w, "target", &[], &m.target)
                    })?;
                }
            }
            nl(w, 3)
        })?;
    }
    nl(w, 3)?;
    el(w, "notes", &[], |w| {
        nl(w, 4)?;
        text_el(w, "note", &[("category", "role")], &f.role)?;
        if let Some(p) = &f.previous {
            nl(w, 4)?;
            text_el(w, "note", &[("category", "previous-translation")], p)?;
        }
        nl(w, 3)
    })?;
    let all: Vec<(String, String)> = segs
        .iter()
        .flat_map(|(n, s)| data(&s.text, names, *n))
        .collect();
    if !all.is_empty() {
        nl(w, 3)?;
        el(w, "originalData", &[], |w| {
            for (id, v) in &all {
                nl(w, 4)?;
                text_el(w, "data", &[("id", id)], v)?;
            }
            nl(w, 3)
        })?;
    }
    for ((n, s), ms) in segs.iter().zip(&matches) {
        nl(w, 3)?;
        let id = format!("s{n}");
        el(w, "segment", &[("id", &id)], |w| {
            nl(w, 4)?;
            let ids = data(&s.text, names, *n);
            el(w, "source", &[("xml:space", "preserve")], |w| {
                pieces(w, &s.text, names, &ids)
            })?;
            if let Some(m) = ms.iter().find(|m| m.score == 100) {
                nl(w, 4)?;
                el(w, "target", &[("xml:space", "preserve")], |w| {
                    pieces(w, &m.target, names, &ids)
                })?;
            }
            nl(w, 3)
        })?;
    }
    nl(w, 2)
}

/// Read an XLIFF 2 file: a unit's name is the field's path, a segment's id
/// `s<n>` its sentence, so unit ids come back as `<path>#<n>` as in 1.2.
pub fn read(bytes: &[u8]) -> Result<Read, String> {
    let mut r = Reader::from_reader(bytes);
    r.config_mut().trim_text(false);
    let mut out = Read {
        case: String::new(),
        target_lang: String::new(),
        units: Vec::new(),
    };
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
    let mut path = String::new();
    let mut original: BTreeMap<String, String> = BTreeMap::new();
    let mut data_id: Option<String> = None;
    let mut segment: Option<Unit> = None;
    let mut into: Option<&'static str> = None;
    let mut in_matches = false;
    let mut pieces: Vec<Piece> = Vec::new();
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
                let name = e.name();
                match name.as_ref() {
                    "xliff" => out.target_lang = attr(&e, "trgLang").unwrap_or_default(),
                    "file" => {
                        out.case = attr(&e, "original")
                            .unwrap_or_default()
                            .strip_prefix("rogatory:")
                            .unwrap_or_default()
                            .to_string();
                    }
                    "mtc:matches" => in_matches = !empty,
                    _ if in_matches => {}
                    "unit" => {
                        path = attr(&e, "name").unwrap_or_default();
                        original.clear();
                    }
                    "data" if !empty => {
                        data_id = attr(&e, "id");
                        if let Some(id) = &data_id {
                            original.insert(id.clone(), String::new());
                        }
                    }
                    "segment" | "ignorable" => {
                        let id = attr(&e, "id").unwrap_or_default();
                        let n = id.strip_prefix('s').unwrap_or(&id);
                        segment = Some(Unit {
                            id: format!("{path}#{n}"),
                            ..Default::default()
                        });
                    }
                    "source" if segment.is_some() => {
                        into = Some("source");
                        pieces.clear();
                    }
                    "target" if segment.is_some() => {
                        into = Some("target");
                        pieces.clear();
                        if let Some(u) = segment.as_mut() {
                            u.state = attr(&e, "state").unwrap_or_default();
                        }
                    }
                    "ph" | "pc" | "sc" | "ec" if into.is_some() => {
                        let value = attr(&e, "dataRef")
                            .and_then(|d| original.get(&d).cloned())
                            .or_else(|| attr(&e, "disp"))
                            .unwrap_or_default();
                        pieces.push(Piece::Protected(value));
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content().into_owned();
                text_to(&mut pieces, into, &data_id, &mut original, &s);
            }
            Event::CData(t) => {
                let s = t.xml10_content().into_owned();
                text_to(&mut pieces, into, &data_id, &mut original, &s);
            }
            Event::GeneralRef(g) => {
                let name = g.xml10_content();
                let s = super::xliff::entity(&name)
                    .ok_or_else(|| format!("unknown entity &{name};"))?;
                text_to(&mut pieces, into, &data_id, &mut original, &s);
            }
            Event::End(e) => match e.name().as_ref() {
                "mtc:matches" => in_matches = false,
                _ if in_matches => {}
                "data" => data_id = None,
                "source" if into.is_some() => {
                    if let Some(u) = segment.as_mut() {
                        u.source = std::mem::take(&mut pieces);
                    }
                    into = None;
                }
                "target" if into.is_some() => {
                    if let Some(u) = segment.as_mut() {
                        u.target = Some(std::mem::take(&mut pieces));
                    }
                    into = None;
                }
                "segment" | "ignorable" => {
                    if let Some(u) = segment.take() {
                        // An <ignorable> is white space between sentences.
                        if !u.source.is_empty() && e.name().as_ref() == "segment" {
                            out.units.push(u);
                        }
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

fn text_to(
    pieces: &mut Vec<Piece>,
    into: Option<&str>,
    data_id: &Option<String>,
    original: &mut BTreeMap<String, String>,
    s: &str,
) {
    if let Some(id) = data_id {
        if let Some(v) = original.get_mut(id) {
            v.push_str(s);
        }
    } else if into.is_some() {
        match pieces.last_mut() {
            Some(Piece::Text(p)) => p.push_str(s),
            _ => pieces.push(Piece::Text(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::xliff::{self, Version};
    use super::*;

    #[test]
    fn a_2_1_file_reads_back_as_the_1_2_one() {
        let header = Header {
            case: "R/1".into(),
            source_lang: "en".into(),
            target_lang: "fr".into(),
            copy_source: false,
        };
        let fields = [Field {
            path: "measures[0].items".into(),
            role: "Items".into(),
            text: "Ann Lee paid GBP 4,000 & left. Then she came back on 2024-02-01.".into(),
            previous: Some("Ancienne traduction".into()),
        }];
        let names = ["Ann Lee".to_string()];
        let v1 = xliff::read(
            &xliff::write(&header, &fields, &names, Version::V12, &|_| Vec::new()).unwrap(),
        )
        .unwrap();
        let bytes = xliff::write(&header, &fields, &names, Version::V21, &|_| Vec::new()).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("version=\"2.1\""), "{text}");
        assert!(
            text.contains("<unit id=\"u1\" name=\"measures[0].items\">"),
            "{text}"
        );
        let v2 = xliff::read(&bytes).unwrap();
        assert_eq!(v2.case, "R/1");
        assert_eq!(v2.target_lang, "fr");
        assert_eq!(v2.units, v1.units);
        assert!(matches!(&v2.units[0].source[0], Piece::Protected(v) if v == "Ann Lee"));
    }
}
