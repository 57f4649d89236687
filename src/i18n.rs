//! Fluent messages: every sentence a user reads, in the interface and in the
//! document, comes from `locales/<lang>/*.ftl`.
//!
//! A [`Localizer`] holds one language with English as fallback. Bidi
//! isolation marks are turned off: they would leak into the PDF's text layer,
//! and terminals show them as stray characters instead of applying them.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::embedded::LOCALES;

/// Something a user reads that is shown in the reader's language: errors
/// and problems carry a message id, and only the edge (the command line,
/// the wizard) picks the words.
pub trait Localized {
    fn localized(&self, l: &Localizer) -> String;
}

/// What a [`Located`](crate::locate::Located) problem says, without its
/// place: Rogatory's own message in the reader's language, or the parser's.
pub fn located_message(at: &crate::locate::Located, l: &Localizer) -> String {
    match &at.id {
        Some(m) => {
            let refs: Vec<(&str, &str)> = m.1.iter().map(|(k, v)| (*k, v.as_str())).collect();
            l.ta(m.0, &refs)
        }
        None => at.message.trim_end().to_string(),
    }
}

impl Localized for crate::locate::Located {
    /// `file:line:column:`, the field, the message and the offending line.
    fn localized(&self, l: &Localizer) -> String {
        let message = located_message(self, l);
        if self.line == 0 {
            return format!("{}: {message}", self.file);
        }
        let mut s = format!("{}:{}:{}: ", self.file, self.line, self.column);
        if self.field.is_empty() {
            s.push_str(&message);
        } else {
            s.push_str(&l.ta(
                "located-field",
                &[("field", &self.field), ("message", &message)],
            ));
        }
        if !self.excerpt.is_empty() {
            let pad = " ".repeat(self.column.saturating_sub(1));
            s.push_str(&format!("\n    | {}\n    | {pad}^", self.excerpt));
        }
        s
    }
}

/// The language every message exists in.
pub const FALLBACK: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// Messages of one language, with English behind it.
pub struct Localizer {
    lang: String,
    bundles: Vec<std::sync::Arc<Bundle>>,
    /// Names that come from data rather than the locales: the treaties of
    /// the registry (`treaty-<id>`, `treaty-<id>-short`), added with
    /// [`Localizer::with_terms`].
    terms: BTreeMap<String, String>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

/// Languages that have a locale folder, sorted.
pub fn languages() -> Vec<String> {
    let mut langs: Vec<String> = LOCALES
        .iter()
        .filter_map(|(path, _)| path.split('/').next().map(String::from))
        .collect();
    langs.sort();
    langs.dedup();
    langs
}

/// The `.ftl` sources of one language, by file name.
pub fn sources(lang: &str) -> BTreeMap<&'static str, &'static str> {
    LOCALES
        .iter()
        .filter_map(|(path, text)| {
            let (l, file) = path.split_once('/')?;
            (l == lang).then_some((file, *text))
        })
        .collect()
}

fn bundle(lang: &str) -> Option<Bundle> {
    let id: LanguageIdentifier = lang.parse().ok()?;
    let srcs = sources(lang);
    if srcs.is_empty() {
        return None;
    }
    let mut b = Bundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    for text in srcs.values() {
        // A locale file with a syntax error still contributes the messages
        // it could parse; the locale test reports the error itself.
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        b.add_resource_overriding(res);
    }
    Some(b)
}

/// Each language's messages, parsed once for the life of the process (the
/// preview composes the request on every change).
fn cached(lang: &str) -> Option<std::sync::Arc<Bundle>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Option<Arc<Bundle>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Ok(map) = cache.lock()
        && let Some(b) = map.get(lang)
    {
        return b.clone();
    }
    let b = bundle(lang).map(Arc::new);
    if let Ok(mut map) = cache.lock() {
        map.insert(lang.to_string(), b.clone());
    }
    b
}

impl Localizer {
    /// Messages in `lang`, falling back to English for anything missing.
    pub fn new(lang: &str) -> Localizer {
        let mut bundles = Vec::new();
        if lang != FALLBACK
            && let Some(b) = cached(lang)
        {
            bundles.push(b);
        }
        if let Some(b) = cached(FALLBACK) {
            bundles.push(b);
        }
        let lang = if bundles.len() == 2 || lang == FALLBACK {
            lang.to_string()
        } else {
            FALLBACK.to_string()
        };
        Localizer {
            lang,
            bundles,
            terms: BTreeMap::new(),
        }
    }

    /// The same messages with names that come from data (the treaties of
    /// the registry: `Registry::terms`), which a finding's rule cites.
    pub fn with_terms(mut self, terms: impl IntoIterator<Item = (String, String)>) -> Localizer {
        self.terms.extend(terms);
        self
    }

    /// The language actually in use (English when `lang` had no locale).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether a message exists.
    pub fn has(&self, id: &str) -> bool {
        self.terms.contains_key(id) || self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Whether a message exists in this language itself (not only in the
    /// English fallback).
    pub fn has_own(&self, id: &str) -> bool {
        self.bundles.first().is_some_and(|b| b.has_message(id))
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with string arguments.
    pub fn ta(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.format(id, args)
    }

    /// An attribute of a message (`.hint`), if it exists.
    pub fn attr(&self, id: &str, attr: &str, args: &[(&str, &str)]) -> Option<String> {
        for b in &self.bundles {
            if let Some(m) = b.get_message(id) {
                return m
                    .get_attribute(attr)
                    .map(|a| Self::resolve(b, a.value(), args));
            }
        }
        None
    }

    fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        if let Some(term) = self.terms.get(id) {
            return term.clone();
        }
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                return Self::resolve(b, pattern, args);
            }
        }
        // A missing message shows its id, which the locale test prevents
        // from ever reaching a user.
        id.to_string()
    }

    fn resolve(
        b: &Bundle,
        pattern: &fluent_syntax::ast::Pattern<&str>,
        args: &[(&str, &str)],
    ) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }
}
