//! The letter around the request: who it is addressed to and by which
//! channel, the subject line, the sentences that name the two states in
//! the forms their grammar needs, and the placeholders a draft shows for
//! what is still missing.

use super::grammar::{StateForms, state_forms};
use crate::case::{Case, Role};
use crate::i18n::Localizer;
use crate::profile::{Authority, Profile};

/// A value as a draft shows it: a visible placeholder naming the field
/// when it is still empty (`[missing: authority]`), so a draft never reads
/// "The authority, , requests"; a final document keeps it as it is (the
/// checks refuse one with required values missing).
pub(super) fn or_missing(l: &Localizer, draft: bool, value: String, label: &str) -> String {
    if draft && value.trim().is_empty() {
        l.ta("draft-missing", &[("field", &l.t(label))])
    } else {
        value
    }
}

/// A state's forms, or in a draft with no state yet the placeholder in
/// every form.
pub(super) fn forms_or_missing(l: &Localizer, draft: bool, code: &str, label: &str) -> StateForms {
    if !code.trim().is_empty() {
        return state_forms(l, code);
    }
    let m = or_missing(l, draft, String::new(), label);
    StateForms {
        name: m.clone(),
        nom: m.clone(),
        genitive: m.clone(),
        dat: m.clone(),
        of: m.clone(),
        to: m,
    }
}

/// Whether `line` only repeats the authority's name (or a part of it):
/// an address that begins with the name, as many sources write it, must
/// not print it twice.
pub(super) fn repeats_name(line: &str, a: &Authority, shown: &str) -> bool {
    let line = line.trim().trim_end_matches(',');
    line.chars().count() >= 4
        && std::iter::once(shown)
            .chain(std::iter::once(a.name.as_str()))
            .chain(a.names.values().map(String::as_str))
            .any(|n| n.contains(line))
}

/// An address block (the recipient's, and the sender's): the address
/// without a line that repeats the authority's name, and the state last, named in the document's language (a last line that is the
/// state's English name is replaced; one that already names it, as in
/// "Nairobi, Kenya", is kept as the post writes it).
pub(super) fn address_block(
    address: &str,
    a: Option<&Authority>,
    shown: &str,
    state: &str,
    code: &str,
) -> String {
    let mut lines: Vec<String> = address
        .lines()
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .filter(|x| a.is_none_or(|a| !repeats_name(x, a, shown)))
        .map(String::from)
        .collect();
    let english = crate::codes::country_name(code).unwrap_or_default();
    let known = |x: &str| {
        !state.is_empty() && x.contains(state) || !english.is_empty() && x.contains(english)
    };
    match lines.last() {
        Some(last) if !english.is_empty() && last.trim() == english => {
            let n = lines.len() - 1;
            lines[n] = state.to_string();
        }
        Some(last) if known(last) => {}
        _ if !state.is_empty() => lines.push(state.to_string()),
        _ => {}
    }
    lines.join("\n")
}

/// The script a text is written in, by its first letter.
fn script(s: &str) -> &'static str {
    match s.chars().find(|c| c.is_alphabetic()) {
        Some(c) if ('\u{0400}'..='\u{052F}').contains(&c) => "cyrillic",
        Some(c) if ('\u{0600}'..='\u{06FF}').contains(&c) => "arabic",
        Some(c) if ('\u{3040}'..='\u{9FFF}').contains(&c) => "han",
        _ => "latin",
    }
}

/// The script of a document language.
fn script_of_language(lang: &str) -> &'static str {
    match lang {
        "zh" | "ja" => "han",
        "ru" | "uk" => "cyrillic",
        "ar" => "arabic",
        _ => "latin",
    }
}

/// The central authority's name as the letter prints it: its form in the
/// document's language; else its own name, unless that is in a script the
/// reader of this document cannot read (司法部 in a French letter), where
/// the English form comes first with the own name after it.
fn shown_name(a: &Authority, lang: &str) -> String {
    let own = a.name_in(lang);
    if a.names.contains_key(lang) || script(own) == script_of_language(lang) {
        return own.to_string();
    }
    match a.names.get("en").filter(|n| !n.trim().is_empty()) {
        Some(en) if script(en) == script_of_language(lang) => format!("{en} ({own})"),
        _ => own.to_string(),
    }
}

/// Who the letter is addressed to, and by which channel: the central
/// authority the profile names, unless the case sends the request directly
/// (or through diplomatic channels) to an authority it names.
pub(super) fn recipient(
    l: &Localizer,
    case: &Case,
    profile: Option<&Profile>,
    state: &str,
    draft: bool,
) -> (String, String, String) {
    let code = case.requested_state.trim();
    let channel = case.channel.trim().to_lowercase();
    let transmission = |id: &str| l.t(&format!("transmission-{id}"));
    match channel.as_str() {
        "direct" | "diplomatic" => {
            let name = if case.recipient.trim().is_empty() {
                or_missing(l, draft, String::new(), "label-to")
            } else {
                case.recipient.trim().to_string()
            };
            let name = if name.is_empty() {
                l.t("recipient-competent")
            } else {
                name
            };
            let address = address_block(&case.recipient_address, None, &name, state, code);
            (name, address, transmission(&channel))
        }
        _ => {
            let a = profile.and_then(|p| p.central_authority());
            let name = a.map(|a| shown_name(a, l.lang())).unwrap_or_default();
            let address = address_block(
                a.map(|a| a.address.as_str()).unwrap_or_default(),
                a,
                &name,
                state,
                code,
            );
            (name, address, transmission("central-authority"))
        }
    }
}

/// The subject line: the matter and the persons it concerns (the first
/// suspect or accused, "and others" where there are more).
pub(super) fn subject(l: &Localizer, case: &Case) -> String {
    let accused: Vec<&str> = case
        .persons
        .iter()
        .filter(|p| matches!(p.role, Some(Role::Suspect | Role::Accused)))
        .map(|p| p.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let matter = match accused.as_slice() {
        [] => String::new(),
        [one] => l.ta("subject-matter-against", &[("names", one)]),
        [first, ..] => {
            let names = l.ta("subject-and-others", &[("name", first)]);
            l.ta("subject-matter-against", &[("names", &names)])
        }
    };
    if matter.is_empty() {
        l.t("doc-title")
    } else {
        l.ta("subject-line", &[("matter", &matter)])
    }
}

/// A fixed sentence naming the requesting state (`$state`, `$state-gen`…)
/// and the requested one (`$requested`, `$requested-of`…) in the forms it
/// needs.
pub(super) fn state_sentence(
    l: &Localizer,
    id: &str,
    state: &StateForms,
    requested: &StateForms,
) -> String {
    let args: Vec<(String, String)> = state
        .args("state")
        .into_iter()
        .chain(requested.args("requested"))
        .collect();
    let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    l.ta(id, &refs)
}
