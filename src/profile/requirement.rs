//! What a state requires for a measure, as a profile writes it: a
//! sentence, or a table tied to the legal bases it binds under.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a state requires for a measure: always (a sentence), or only under
/// some legal bases (`{ text = "...", bases = ["coe-laundering"] }`), so a
/// request under another basis is not told a rule that does not bind it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Requirement {
    Always(String),
    Under {
        text: String,
        /// Ids of the legal bases (registry treaties or the profile's own)
        /// under which the requirement applies.
        bases: Vec<String>,
    },
}

/// A requirement tied to bases, as its table is written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnderTable {
    text: String,
    bases: Vec<String>,
}

/// A sentence, or a table `{ text, bases }` whose own error (an unknown
/// key, a missing `bases`) is the one reported, not "no variant matched".
impl<'de> Deserialize<'de> for Requirement {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Requirement;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sentence, or a table { text = \"...\", bases = [\"...\"] }")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Requirement, E> {
                Ok(Requirement::Always(v.to_string()))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                m: M,
            ) -> Result<Requirement, M::Error> {
                let t = UnderTable::deserialize(serde::de::value::MapAccessDeserializer::new(m))?;
                Ok(Requirement::Under {
                    text: t.text,
                    bases: t.bases,
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl Requirement {
    pub fn text(&self) -> &str {
        match self {
            Requirement::Always(t) | Requirement::Under { text: t, .. } => t,
        }
    }

    /// The bases it is tied to; empty when it always applies.
    pub fn bases(&self) -> &[String] {
        match self {
            Requirement::Always(_) => &[],
            Requirement::Under { bases, .. } => bases,
        }
    }

    /// Whether it applies to a request under `basis` (an empty basis, not
    /// yet chosen, gets every requirement).
    pub fn applies(&self, basis: &str) -> bool {
        let basis = basis.trim();
        basis.is_empty() || self.bases().is_empty() || self.bases().iter().any(|b| b == basis)
    }
}

#[cfg(test)]
mod tests {
    use crate::case::MeasureKind;
    use crate::profile::Profile;

    const WITH: &str = r#"schema_version = 1
code = "ZZ"
name = "Testland"
verified = "2026-01-01"
languages = ["en"]
[[central_authorities]]
name = "Ministry of Justice"
[measures.bank_records]
requirements = [
  "Always.",
  { text = "Only under the 1959 Convention.", KEY = ["coe-1959"] },
]
"#;

    #[test]
    fn a_requirement_is_a_sentence_or_a_table_tied_to_bases() {
        let p = Profile::from_toml(&WITH.replace("KEY", "bases"), "ZZ.toml").unwrap();
        let r = &p.measures[&MeasureKind::BankRecords].requirements;
        assert!(r[0].applies("untoc"));
        assert!(!r[1].applies("untoc") && r[1].applies("coe-1959"));
        // A wrong key is named, on its line, not "no variant matched".
        let e = Profile::from_toml(&WITH.replace("KEY", "basis"), "ZZ.toml").unwrap_err();
        let shown = format!("{e:?}");
        assert!(shown.contains("unknown field `basis`"), "{shown}");
        assert_eq!(e.line, 11, "{shown}");
    }
}
