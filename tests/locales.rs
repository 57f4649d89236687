//! Every sentence a user reads comes from fluent: each message id the code,
//! the templates and the data use exists in English, and every other locale
//! has exactly the English messages with no extra arguments.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use rogatory::case::{FieldKey, MeasureKind, ProceedingKind, Role};
use rogatory::i18n::{self, Localizer};

/// Files every document language must have in full; the interface
/// (`interface.ftl`) may be partial and falls back to English.
const DOCUMENT_FILES: &[&str] = &["document.ftl", "terms.ftl", "findings.ftl"];

/// Message id -> names of the variables it uses (including attributes).
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages_in(lang, |_| true)
}

fn messages_in(lang: &str, keep: fn(&str) -> bool) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in i18n::sources(lang).into_iter().filter(|(f, _)| keep(f)) {
        let res = fluent_syntax::parser::parse(text.to_string())
            .unwrap_or_else(|(_, errs)| panic!("{lang}/{file}: {errs:?}"));
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    collect(p, &mut vars);
                }
                for a in &m.attributes {
                    collect(&a.value, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{lang}/{file}: {} defined twice",
                    m.id.name
                );
            }
        }
    }
    out
}

fn collect(p: &Pattern<String>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    vars.insert(id.name.clone());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        vars.insert(id.name.clone());
                    }
                    for v in variants {
                        collect(&v.value, vars);
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn every_locale_has_every_english_message_and_no_new_arguments() {
    let en = messages("en");
    let en_document = messages_in("en", |f| DOCUMENT_FILES.contains(&f));
    assert!(en_document.len() > 200);
    for lang in i18n::languages() {
        if lang == "en" {
            continue;
        }
        let other = messages(&lang);
        for id in en_document.keys() {
            assert!(other.contains_key(id), "locale {lang} lacks message {id}");
        }
        assert!(
            other.contains_key("language-self-name"),
            "{lang} has no language-self-name"
        );
        for (id, theirs) in &other {
            let vars = en
                .get(id)
                .unwrap_or_else(|| panic!("{lang} has {id}, which English does not"));
            // A state's name may be taken in another grammatical form of
            // an argument English has (`$requested-gen` for `$requested`).
            let form_of_english = |v: &String| {
                v.rsplit_once('-').is_some_and(|(base, form)| {
                    vars.contains(base) && ["name", "gen", "dat", "of", "to"].contains(&form)
                })
            };
            let new: Vec<&String> = theirs
                .iter()
                .filter(|v| !vars.contains(*v) && !form_of_english(v))
                .collect();
            assert!(
                new.is_empty(),
                "{lang}/{id} uses arguments {new:?} that English does not"
            );
        }
        for id in other.keys() {
            assert!(
                en.contains_key(id),
                "{lang} has {id}, which English does not"
            );
        }
    }
}

#[test]
fn every_name_the_data_uses_has_a_message() {
    let l = Localizer::new("en");
    let mut ids: Vec<String> = Vec::new();
    ids.extend(MeasureKind::ALL.iter().map(|k| k.message_id()));
    ids.extend(FieldKey::ALL.iter().map(|k| k.message_id()));
    ids.extend(Role::ALL.iter().map(|r| r.message_id().to_string()));
    ids.extend(
        ProceedingKind::ALL
            .iter()
            .map(|k| k.message_id().to_string()),
    );
    ids.extend((1..=12).map(|m| format!("month-{m}")));
    for id in ids {
        assert!(l.has(&id), "no English message {id}");
    }
}

/// Kebab-case literals in the source that are not message ids.
const NOT_MESSAGES: &[&str] = &["kebab-case"];

/// String literals in the source that are used as message ids: passed to
/// `t`/`ta`/`has`/`attr`, returned from a match arm, or given as an
/// argument after a comma (finding ids). Stems that are completed with a
/// prefix (`wiz-field-…`) are checked by the wizard's own test.
fn literal_ids(dir: &Path, out: &mut BTreeSet<String>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            literal_ids(&p, out);
            continue;
        }
        // `case/records.rs` holds field stems, completed with a prefix
        // (`wiz-field-…`) and checked by the wizard's own test.
        // `document/office/` and `translate/` write XML and `register/`
        // SQL: their quoted
        // words are attribute values and stored keys (`rl-tb`,
        // `partly-executed`), not messages.
        if p.extension().is_none_or(|x| x != "rs")
            || p.file_name()
                .is_some_and(|n| n == "tests.rs" || n == "records.rs")
            || p.components().any(|c| {
                ["office", "register", "translate"]
                    .iter()
                    .any(|d| c.as_os_str() == *d)
            })
        {
            continue;
        }
        let text = fs::read_to_string(&p).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let parts: Vec<&str> = code.split('"').collect();
        for i in (1..parts.len()).step_by(2) {
            let part = parts[i];
            let is_id = part.contains('-')
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && part.starts_with(|c: char| c.is_ascii_lowercase())
                && !part.ends_with('-');
            let before = parts[i - 1].trim_end();
            let after = parts.get(i + 1).copied().unwrap_or("");
            let used_as_id = ["t(", "ta(", "has(", "attr(", "=>", ",", "help:"]
                .iter()
                .any(|p| before.ends_with(p))
                && !after.starts_with(".into()")
                && !after.starts_with(".to_string()");
            if is_id && used_as_id && !NOT_MESSAGES.contains(&part) {
                out.insert(part.to_string());
            }
        }
    }
}

#[test]
fn every_message_id_in_the_code_exists_in_english() {
    let en = messages("en");
    let mut ids = BTreeSet::new();
    literal_ids(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut ids);
    assert!(ids.len() > 150, "found only {} ids", ids.len());
    let missing: Vec<_> = ids.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "ids used in code without an English message: {missing:?}"
    );
}

#[test]
fn every_finding_the_checks_produce_has_a_message_in_every_language() {
    use rogatory::check::{self, Context};
    use rogatory::store;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = store::builtin_catalog();
    let mut cases = vec![rogatory::case::Case::new()];
    for name in ["complete-fraud-gb-us.toml", "gaps-search-be-fr.toml"] {
        cases.push(store::load_case(&root.join("examples").join(name)).unwrap());
    }
    let ctx = Context {
        today: "2026-11-22".parse().unwrap(),
        document_language: Some("de".into()),
    };
    let mut ids = BTreeSet::new();
    for c in &cases {
        ids.extend(check::check(c, &catalog, &ctx).into_iter().map(|f| f.id));
    }
    assert!(ids.len() > 30);
    for lang in i18n::languages() {
        let l = Localizer::new(&lang);
        let own = messages(&lang);
        for id in &ids {
            assert!(
                own.contains_key(*id) || lang == "en" && l.has(id),
                "{lang} lacks {id}"
            );
        }
    }
}
