//! The grammatical forms of a state's name in a document language.
//!
//! A sentence of the request names a state as its subject, after "the
//! competent authorities of", after "to"; German, French, Spanish,
//! Portuguese and Russian write each differently (`der Schweiz`, `des
//! Vereinigten Königreichs`, `du Royaume-Uni`, `aux États-Unis`,
//! `Соединённым Штатам`). The forms are data, one table per language in
//! `data/state-forms/<lang>.tsv`: a header line `code<TAB>name<TAB>nom…`
//! names the columns, and each row gives a state's forms. The template
//! passes a state's forms to a message as one argument; the `t` helper
//! spreads them as `$requested` (the subject form), `$requested-gen`,
//! `$requested-of`… so each language's sentence takes the form it needs.
//!
//! A state a table does not list (or a language with no table) is named
//! through the messages `state-unlisted-<form>` (`des Staates { $name }`)
//! where the language has them, else by its name: never a wrong form.

use serde::Serialize;

use crate::i18n::Localizer;

/// The forms a sentence can ask for. Every language fills every form, with
/// the subject form where it has no case of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StateForms {
    /// The name alone, as in a label or an address line (`Schweiz`).
    pub name: String,
    /// As the subject of a sentence, with its article (`die Schweiz`).
    pub nom: String,
    /// Genitive, after a noun (`der Schweiz`, `Deutschlands`).
    #[serde(rename = "gen")]
    pub genitive: String,
    /// Dative (`der Schweiz`, `dem Vereinigten Königreich`).
    pub dat: String,
    /// With the language's "of" (`de la Suisse`, `do Brasil`).
    pub of: String,
    /// With the language's "to" (`à la Suisse`, `ao Brasil`).
    pub to: String,
}

/// The names of the forms, in the order of [`StateForms`]'s fields.
pub const FORMS: [&str; 6] = ["name", "nom", "gen", "dat", "of", "to"];

impl StateForms {
    /// A form by its name; the subject form for a name this type lacks.
    pub fn get(&self, form: &str) -> &str {
        match form {
            "name" => &self.name,
            "gen" => &self.genitive,
            "dat" => &self.dat,
            "of" => &self.of,
            "to" => &self.to,
            _ => &self.nom,
        }
    }

    /// Each form as a message argument: `prefix` for the subject form,
    /// `prefix-gen`, `prefix-of`… for the others.
    pub fn args(&self, prefix: &str) -> Vec<(String, String)> {
        FORMS
            .iter()
            .map(|f| {
                let key = if *f == "nom" {
                    prefix.to_string()
                } else {
                    format!("{prefix}-{f}")
                };
                (key, self.get(f).to_string())
            })
            .collect()
    }
}

/// A language's table: code → (column, form) pairs.
type Table = std::collections::HashMap<String, Vec<(&'static str, &'static str)>>;

/// The tables, parsed once for the life of the process (a document looks
/// up a state's forms several times, and the preview composes often).
fn tables() -> &'static std::collections::HashMap<&'static str, Table> {
    static TABLES: std::sync::OnceLock<std::collections::HashMap<&'static str, Table>> =
        std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        crate::embedded::STATE_FORMS
            .iter()
            .filter_map(|(file, text)| {
                let lang = file.strip_suffix(".tsv")?;
                let mut lines = text
                    .lines()
                    .filter(|l| !l.starts_with('#') && !l.is_empty());
                let header: Vec<&str> = lines.next()?.split('\t').collect();
                let table = lines
                    .filter_map(|l| {
                        let cells: Vec<&str> = l.split('\t').collect();
                        let code = cells.first()?.trim().to_uppercase();
                        let forms = header
                            .iter()
                            .zip(cells)
                            .skip(1)
                            .map(|(h, c)| (*h, c.trim()))
                            .filter(|(_, c)| !c.is_empty())
                            .collect();
                        Some((code, forms))
                    })
                    .collect();
                Some((lang, table))
            })
            .collect()
    })
}

/// The row of `code` in the table of `lang`, as (column, form) pairs.
fn row(lang: &str, code: &str) -> Option<Vec<(&'static str, &'static str)>> {
    tables().get(lang)?.get(&code.to_uppercase()).cloned()
}

/// A state's name in `lang` as a label shows it, from the forms table,
/// else the name table (`data/countries/<lang>.tsv`).
pub fn table_name(lang: &str, code: &str) -> Option<&'static str> {
    row(lang, code)?
        .into_iter()
        .find(|(h, _)| *h == "name")
        .map(|(_, c)| c)
}

/// Every form of the state `code` in the document's language.
pub fn state_forms(l: &Localizer, code: &str) -> StateForms {
    let code = code.trim().to_uppercase();
    let name = super::compose::state_name(l, &code);
    let fictitious = crate::codes::is_fictitious(&code);
    let row = if fictitious {
        None
    } else {
        row(l.lang(), &code)
    };
    // The subject form: the table's, else the older per-state message
    // (`state-phrase-US`), else the name.
    let phrase_id = format!("state-phrase-{code}");
    let nom = row
        .as_ref()
        .and_then(|r| {
            r.iter()
                .find(|(h, _)| *h == "nom")
                .map(|(_, c)| c.to_string())
        })
        .or_else(|| (!fictitious && l.has_own(&phrase_id)).then(|| l.t(&phrase_id)))
        .unwrap_or_else(|| name.clone());
    let form = |f: &str| -> String {
        if f == "name" {
            return name.clone();
        }
        if f == "nom" {
            return nom.clone();
        }
        if let Some(r) = &row {
            // A listed state: its own form, or, in a language that has no
            // such case, the subject form.
            return r
                .iter()
                .find(|(h, _)| *h == f)
                .map(|(_, c)| c.to_string())
                .unwrap_or_else(|| nom.clone());
        }
        let id = if fictitious {
            format!("state-fictitious-{f}")
        } else {
            format!("state-unlisted-{f}")
        };
        if l.has_own(&id) {
            l.ta(&id, &[("name", &name), ("code", &code)])
        } else {
            nom.clone()
        }
    };
    StateForms {
        name: name.clone(),
        nom: nom.clone(),
        genitive: form("gen"),
        dat: form("dat"),
        of: form("of"),
        to: form("to"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_has_a_header_and_full_rows() {
        for (file, table) in crate::embedded::STATE_FORMS {
            let mut lines = table
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty());
            let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
            assert_eq!(header[0], "code", "{file}");
            assert!(header.contains(&"name"), "{file}: no name column");
            for h in &header[1..] {
                assert!(FORMS.contains(h), "{file}: unknown form {h}");
            }
            let mut n = 0;
            for line in lines {
                let cells: Vec<&str> = line.split('\t').collect();
                assert_eq!(cells.len(), header.len(), "{file}: {line}");
                assert!(
                    cells.iter().all(|c| !c.trim().is_empty() && c.trim() == *c),
                    "{file}: {line}"
                );
                assert!(
                    crate::codes::country_name(cells[0]).is_some(),
                    "{file}: {line}"
                );
                n += 1;
            }
            assert_eq!(n, crate::codes::countries().count(), "{file}: rows");
        }
    }
}
