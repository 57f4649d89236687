//! Plain language before translation: text that a translator cannot
//! render faithfully (domestic legal terms, undefined abbreviations, long
//! sentences, relative dates), from the list of the language the free text
//! is written in.

use super::{Context, Finding, Severity::Warning as W};
use crate::case::Case;
use crate::profile::Catalog;
use crate::translate::plain::{Count, Issue, scan};

pub(super) fn plain_language(
    case: &Case,
    catalog: &Catalog,
    ctx: &Context,
    out: &mut Vec<Finding>,
) {
    let source = case.source_language();
    // A request read in the language it was written in needs no translator.
    if ctx.document_language.as_deref() == Some(source) {
        return;
    }
    let Some(list) = catalog.plain.get(source) else {
        return;
    };
    let texts = case.free_texts();
    let all: String = texts
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for (path, text) in &texts {
        // The text of a statute is quoted as enacted: the prosecutor cannot
        // rewrite it.
        if path.ends_with("provision_text") {
            continue;
        }
        // An address is copied as it is written, abbreviations and all.
        let address = path.ends_with("address");
        for issue in scan(list, text, &all) {
            if address && matches!(issue, Issue::Abbreviation(_)) {
                continue;
            }
            out.push(match issue {
                Issue::Term { found, term } => {
                    let t = &list.terms[term];
                    Finding::new(W, path.clone(), "plain-term")
                        .arg("term", found)
                        .arg("means", t.means.trim().to_string())
                        .arg("instead", t.instead.trim().to_string())
                }
                Issue::Abbreviation(a) => {
                    Finding::new(W, path.clone(), "plain-abbreviation").arg("abbreviation", a)
                }
                Issue::LongSentence { length, start } => {
                    Finding::new(W, path.clone(), "plain-long-sentence")
                        .arg("length", length.to_string())
                        .arg("limit", list.long_sentence.to_string())
                        .arg("start", start)
                        .arg(
                            "unit",
                            if list.count == Count::Characters {
                                "characters"
                            } else {
                                "words"
                            },
                        )
                }
                Issue::RelativeDate(d) => {
                    Finding::new(W, path.clone(), "plain-relative-date").arg("words", d)
                }
            });
        }
    }
}
