//! Embeds the shipped data (profiles, treaties, locales, templates, fonts) so the
//! binary runs anywhere; the list is made from the folders, so adding a
//! profile or a language is adding a file, not editing code.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn files(dir: &str, depth: usize, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let s = p.to_string_lossy().replace('\\', "/");
        if p.is_dir() && depth > 0 {
            files(&s, depth - 1, out);
        } else if p.is_file() {
            out.push(s);
        }
    }
}

fn table(name: &str, dir: &str, depth: usize, bytes: bool, keep: fn(&str) -> bool) -> String {
    println!("cargo:rerun-if-changed={dir}");
    let mut list = Vec::new();
    files(dir, depth, &mut list);
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let (ty, mac) = if bytes {
        ("&[u8]", "include_bytes")
    } else {
        ("&str", "include_str")
    };
    let mut s = format!("pub static {name}: &[(&str, {ty})] = &[\n");
    for f in list.iter().filter(|f| keep(f)) {
        println!("cargo:rerun-if-changed={f}");
        let rel = f.strip_prefix(&format!("{dir}/")).unwrap_or(f);
        let _ = writeln!(s, "    ({rel:?}, {mac}!({:?})),", format!("{root}/{f}"));
    }
    s.push_str("];\n");
    s
}

fn main() {
    let mut out = String::new();
    out += &table("PROFILES", "country-profiles", 0, false, |f| {
        f.ends_with(".toml")
    });
    out += &table("TREATIES", "treaties", 0, false, |f| f.ends_with(".toml"));
    out += &table("LOCALES", "locales", 1, false, |f| f.ends_with(".ftl"));
    out += &table("TEMPLATES", "templates", 0, false, |f| {
        f.ends_with(".hbs") || f.ends_with(".typ") || f.ends_with(".toml")
    });
    out += &table("FONTS", "fonts", 0, true, |f| {
        f.ends_with(".ttf") || f.ends_with(".otf") || f.ends_with(".ttc")
    });
    out += &table("EXAMPLES", "examples", 0, false, |f| f.ends_with(".toml"));
    out += &table("COUNTRY_NAMES", "data/countries", 0, false, |f| {
        f.ends_with(".tsv")
    });
    out += &table("STATE_FORMS", "data/state-forms", 0, false, |f| {
        f.ends_with(".tsv")
    });
    out += &table("PLAIN_LANGUAGE", "data/plain-language", 0, false, |f| {
        f.ends_with(".toml")
    });
    out += &table("LANGUAGE_NAMES", "data/languages", 0, false, |f| {
        f.ends_with(".tsv")
    });
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
