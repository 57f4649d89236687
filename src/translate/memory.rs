//! The translation memory: every sentence a translator translated for a
//! case, kept in the user's data directory (`memory.tmx`) and offered again
//! when the same or a close sentence is exported (where the file lives and
//! how it is saved is `app::translate`'s). Stored, exported and
//! imported as TMX 1.4b, which every translation tool reads.

use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

use crate::xml::{W, el, text_el};

/// One translated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub source_lang: String,
    pub target_lang: String,
    pub source: String,
    pub target: String,
    /// When it was added, as TMX writes it (`20261203T120000Z`).
    pub created: String,
}

/// A sentence of the memory close to the one looked up.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// 100 for the same sentence, down to [`FUZZY`].
    pub score: u8,
    pub source: String,
    pub target: String,
}

/// The lowest score shown as a close match.
pub const FUZZY: u8 = 70;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Memory {
    pub entries: Vec<Entry>,
}

/// A language code as the memory compares it (`fr-FR` is `fr`).
fn base(lang: &str) -> String {
    lang.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// How alike two sentences are, 0 to 100: the normalised edit distance of
/// their characters, white space folded.
pub fn score(a: &str, b: &str) -> u8 {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return 100;
    }
    // Never 100 for sentences that differ.
    ((strsim::normalized_levenshtein(&a, &b) * 100.0).floor() as u8).min(99)
}

impl Memory {
    /// Read the memory at `path`; a missing file is an empty memory.
    pub fn load(path: &Path) -> Result<Memory, String> {
        match std::fs::read(path) {
            Ok(b) => read_tmx(&b)
                .map(|entries| Memory { entries })
                .map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Memory::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// Add a translated sentence; one for the same source sentence and
    /// languages is replaced. True when the memory changed.
    pub fn add(&mut self, entry: Entry) -> bool {
        let (s, t) = (base(&entry.source_lang), base(&entry.target_lang));
        if entry.source.trim().is_empty() || entry.target.trim().is_empty() {
            return false;
        }
        if let Some(e) = self.entries.iter_mut().find(|e| {
            base(&e.source_lang) == s && base(&e.target_lang) == t && e.source == entry.source
        }) {
            if e.target == entry.target {
                return false;
            }
            *e = entry;
            return true;
        }
        self.entries.push(entry);
        true
    }

    /// The sentences of the memory like `text`, best first: the same
    /// sentence (100) and close ones (down to [`FUZZY`]), at most `max`.
    pub fn lookup(
        &self,
        source_lang: &str,
        target_lang: &str,
        text: &str,
        max: usize,
    ) -> Vec<Match> {
        let (s, t) = (base(source_lang), base(target_lang));
        let mut out: Vec<Match> = self
            .entries
            .iter()
            .filter(|e| base(&e.source_lang) == s && base(&e.target_lang) == t)
            .map(|e| Match {
                score: score(text, &e.source),
                source: e.source.clone(),
                target: e.target.clone(),
            })
            .filter(|m| m.score >= FUZZY)
            .collect();
        out.sort_by_key(|m| std::cmp::Reverse(m.score));
        out.dedup_by(|a, b| a.target == b.target);
        out.truncate(max);
        out
    }

    /// The memory as a TMX 1.4b document.
    pub fn to_tmx(&self) -> Vec<u8> {
        let mut w: W = Writer::new(Vec::new());
        w.get_mut()
            .extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let srclang = match self.entries.first() {
            Some(f) if self.entries.iter().all(|e| e.source_lang == f.source_lang) => {
                f.source_lang.clone()
            }
            _ => "*all*".to_string(),
        };
        let version = env!("CARGO_PKG_VERSION");
        let header = [
            ("creationtool", "Rogatory"),
            ("creationtoolversion", version),
            ("segtype", "sentence"),
            ("o-tmf", "Rogatory"),
            ("adminlang", "en"),
            ("srclang", srclang.as_str()),
            ("datatype", "plaintext"),
        ];
        let nl = |w: &mut W, depth: usize| {
            w.write_event(Event::Text(quick_xml::events::BytesText::new(&format!(
                "\n{}",
                "  ".repeat(depth)
            ))))
        };
        let written = el(&mut w, "tmx", &[("version", "1.4")], |w| {
            nl(w, 1)?;
            el(w, "header", &header, |_| Ok(()))?;
            nl(w, 1)?;
            el(w, "body", &[], |w| {
                for e in &self.entries {
                    nl(w, 2)?;
                    let created = [("creationdate", e.created.as_str())];
                    let attrs: &[(&str, &str)] = if e.created.is_empty() { &[] } else { &created };
                    el(w, "tu", attrs, |w| {
                        for (lang, seg) in
                            [(&e.source_lang, &e.source), (&e.target_lang, &e.target)]
                        {
                            nl(w, 3)?;
                            el(w, "tuv", &[("xml:lang", lang.as_str())], |w| {
                                text_el(w, "seg", &[], seg)
                            })?;
                        }
                        nl(w, 2)
                    })?;
                }
                nl(w, 1)
            })?;
            nl(w, 0)
        });
        // Writing into memory does not fail.
        let _ = written;
        let mut out = w.into_inner();
        out.push(b'\n');
        out
    }
}

/// The translated sentences of a TMX file: for each translation unit, its
/// first variant (or the one in the header's `srclang`) as source and every
/// other variant as a translation of it. Inline codes (`<bpt>`, `<ph>`…)
/// are dropped; the text of `<hi>` and `<sub>` is kept.
pub fn read_tmx(bytes: &[u8]) -> Result<Vec<Entry>, String> {
    let mut r = Reader::from_reader(bytes);
    r.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut srclang = String::new();
    let mut saw_tmx = false;
    // The unit being read: its date and (language, text) variants.
    let mut unit: Option<(String, Vec<(String, String)>)> = None;
    let mut lang: Option<String> = None;
    let mut seg: Option<String> = None;
    // Depth inside inline codes whose content is not text.
    let mut code = 0usize;
    let attr = |e: &BytesStart, name: &str| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
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
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "tmx" => saw_tmx = true,
                "header" => srclang = attr(&e, "srclang").unwrap_or_default(),
                "tu" => unit = Some((attr(&e, "creationdate").unwrap_or_default(), Vec::new())),
                "tuv" => lang = attr(&e, "xml:lang").or_else(|| attr(&e, "lang")),
                "seg" if !empty => seg = Some(String::new()),
                "bpt" | "ept" | "ph" | "it" | "ut" if seg.is_some() && !empty => code += 1,
                _ => {}
            },
            Event::Text(t) => {
                if let Some(s) = seg.as_mut().filter(|_| code == 0) {
                    s.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some(s) = seg.as_mut().filter(|_| code == 0) {
                    s.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(g) => {
                if let Some(s) = seg.as_mut().filter(|_| code == 0) {
                    let name = g.xml10_content();
                    let c = super::xliff::entity(&name)
                        .ok_or_else(|| format!("unknown entity &{name};"))?;
                    s.push_str(&c);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "bpt" | "ept" | "ph" | "it" | "ut" => code = code.saturating_sub(1),
                "seg" => {
                    if let (Some(s), Some(l), Some((_, v))) = (seg.take(), &lang, unit.as_mut()) {
                        v.push((l.clone(), s));
                    }
                }
                "tu" => {
                    if let Some((created, v)) = unit.take() {
                        let src = v
                            .iter()
                            .position(|(l, _)| base(l) == base(&srclang))
                            .unwrap_or(0);
                        if let Some((sl, st)) = v.get(src) {
                            for (i, (tl, tt)) in v.iter().enumerate() {
                                if i != src && !tt.trim().is_empty() && !st.trim().is_empty() {
                                    out.push(Entry {
                                        source_lang: sl.clone(),
                                        target_lang: tl.clone(),
                                        source: st.clone(),
                                        target: tt.clone(),
                                        created: created.clone(),
                                    });
                                }
                            }
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
    if !saw_tmx {
        return Err("not a TMX file (no <tmx> element)".to_string());
    }
    Ok(out)
}

/// Now, as TMX dates are written.
pub fn now() -> String {
    jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(s: &str, t: &str) -> Entry {
        Entry {
            source_lang: "en".into(),
            target_lang: "fr".into(),
            source: s.into(),
            target: t.into(),
            created: "20261203T120000Z".into(),
        }
    }

    #[test]
    fn tmx_round_trip_and_matches() {
        let mut m = Memory::default();
        assert!(m.add(entry(
            "The witness saw the car.",
            "Le témoin a vu la voiture."
        )));
        assert!(m.add(entry(
            "He paid <GBP> & left.",
            "Il a payé <GBP> & est parti."
        )));
        assert!(!m.add(entry(
            "The witness saw the car.",
            "Le témoin a vu la voiture."
        )));
        let back = read_tmx(&m.to_tmx()).unwrap();
        assert_eq!(back, m.entries);
        let exact = m.lookup("en", "fr-FR", "The witness  saw the car.", 3);
        assert_eq!(exact[0].score, 100);
        let close = m.lookup("en", "fr", "The witness saw the red car.", 3);
        assert!((FUZZY..100).contains(&close[0].score), "{close:?}");
        assert!(
            m.lookup("en", "fr", "Nothing alike at all here", 3)
                .is_empty()
        );
        assert!(
            m.lookup("en", "de", "The witness saw the car.", 3)
                .is_empty()
        );
    }

    #[test]
    fn a_tmx_from_another_tool_reads() {
        let tmx = r#"<?xml version="1.0"?>
<tmx version="1.4"><header srclang="en-GB" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="fr-FR"><seg>Bonjour <ph x="1">&lt;b&gt;</ph>monde</seg></tuv><tuv xml:lang="en-GB"><seg>Hello <ph x="1">&lt;b&gt;</ph>world</seg></tuv></tu></body></tmx>"#;
        let e = read_tmx(tmx.as_bytes()).unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(
            (e[0].source.as_str(), e[0].target.as_str()),
            ("Hello world", "Bonjour monde")
        );
        assert!(read_tmx(b"<xliff/>").is_err());
    }
}
