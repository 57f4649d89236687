//! Compose the request: the typed view model (`view.rs`, values formatted
//! for the document's language) fed to the handlebars template, whose output is
//! the line markup parsed into [`Block`]s.
//!
//! Wording comes from fluent through the `t` helper; structure from the
//! template, which a central authority can edit. Every value is escaped for
//! the markup, so user text is data, never structure.

use handlebars::{
    Context as HbContext, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderErrorReason,
};
use serde_json::Value;

use super::markup::{self, Block};
use crate::case::request::Day;
use crate::i18n::Localizer;

/// Why a document could not be composed.
#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("template {name}: {message}")]
    Template { name: String, message: String },
    #[error("template {name}: {source}")]
    Markup {
        name: String,
        source: markup::MarkupError,
    },
}

impl crate::i18n::Localized for ComposeError {
    /// The problem in the reader's language; the template engine's own
    /// words are kept as its argument.
    fn localized(&self, l: &Localizer) -> String {
        match self {
            ComposeError::Template { name, message } => {
                l.ta("compose-template", &[("name", name), ("message", message)])
            }
            ComposeError::Markup { name, source } => l.ta(
                "compose-template",
                &[("name", name), ("message", &source.localized(l))],
            ),
        }
    }
}

/// Format a date field for the document (`22 November 2026`); text that
/// is not a date is shown as typed.
pub fn format_day(l: &Localizer, day: &Day) -> String {
    let Some(d) = day.date else {
        return day.typed.clone();
    };
    let month = l.t(&format!("month-{}", d.month()));
    // A language may write a day its own way (French `1er`).
    let day_id = format!("day-{}", d.day());
    let day = if l.has_own(&day_id) {
        l.t(&day_id)
    } else {
        d.day().to_string()
    };
    l.ta(
        "date-format",
        &[
            ("day", &day),
            ("month", &month),
            ("year", &d.year().to_string()),
        ],
    )
}

/// A state's name in the document's language, or the English one.
pub fn state_name(l: &Localizer, code: &str) -> String {
    let code = code.trim().to_uppercase();
    if crate::codes::is_fictitious(&code) {
        return l.ta("state-fictitious", &[("code", &code)]);
    }
    super::grammar::table_name(l.lang(), &code)
        .or_else(|| crate::codes::country_name_in(l.lang(), &code))
        .map_or(code, String::from)
}

/// The `t` helper: `{{t "message-id" name=value ...}}`, resolved in the
/// document's language and escaped for the markup.
struct Translate<'a>(&'a Localizer);

impl HelperDef for Translate<'_> {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc HbContext,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let id = h
            .param(0)
            .and_then(|v| v.value().as_str())
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        if !self.0.has(id) {
            return Err(
                RenderErrorReason::Other(format!("no message {id:?} in the locale")).into(),
            );
        }
        let mut args: Vec<(String, String)> = Vec::new();
        for (k, v) in h.hash() {
            match v.value() {
                Value::String(s) => args.push((k.to_string(), s.clone())),
                Value::Null => args.push((k.to_string(), String::new())),
                // A state's forms (grammar::StateForms): `$k` is the
                // subject form, `$k-gen`, `$k-of`… the others.
                Value::Object(forms) => {
                    for (f, s) in forms {
                        let s = s.as_str().unwrap_or_default().to_string();
                        if f == "nom" {
                            args.push((k.to_string(), s));
                        } else {
                            args.push((format!("{k}-{f}"), s));
                        }
                    }
                }
                other => args.push((k.to_string(), other.to_string())),
            }
        }
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        out.write(&markup::escape(&self.0.ta(id, &refs)))?;
        Ok(())
    }
}

/// Run a template over the view model and parse the result into blocks.
/// A template compiled once for the life of the process (the preview
/// composes the request on every change), by its text.
fn compiled(template: &str) -> Result<handlebars::Template, String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, handlebars::Template>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Ok(map) = cache.lock()
        && let Some(t) = map.get(template)
    {
        return Ok(t.clone());
    }
    let t = handlebars::Template::compile(template).map_err(|e| e.to_string())?;
    if let Ok(mut map) = cache.lock() {
        // Central authorities' own templates are few; keep them all.
        map.insert(template.to_string(), t.clone());
    }
    Ok(t)
}

pub fn compose_with(
    name: &str,
    template: &str,
    view: &Value,
    l: &Localizer,
) -> Result<Vec<Block>, ComposeError> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    hb.register_escape_fn(markup::escape);
    hb.register_helper("t", Box::new(Translate(l)));
    let err = |message: String| ComposeError::Template {
        name: name.to_string(),
        message,
    };
    hb.register_template(name, compiled(template).map_err(err)?);
    let out = hb.render(name, view).map_err(|e| err(e.to_string()))?;
    markup::parse(&out).map_err(|source| ComposeError::Markup {
        name: name.to_string(),
        source,
    })
}
