//! Country requirement profiles: what a requested state accepts and demands.
//!
//! The types mirror `country-profiles/README.md`. [`Catalog`] merges profiles
//! from several origins (embedded, system, user, `--profiles`), later ones
//! overriding earlier ones, and keeps the problems of broken files as data
//! so one bad file never hides the others. No file access happens here: the
//! caller hands in `(origin, text)` pairs.

pub mod between;
pub mod lint;
mod offences;
mod requirement;

pub use offences::{
    DependsOnFacts, MeasureCatalogue, NotCriminal, Penalty, PenaltyAt, ProfileOffence,
};

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::case::MeasureKind;
use crate::locate::{Located, locate};
use crate::treaty::{Bound, Registry};
pub use requirement::Requirement;

pub use crate::provenance::{Origin, Source};

/// The profile schema this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One state's profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub schema_version: u32,
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name: String,
    /// Date the profile was last verified against its sources.
    pub verified: String,
    /// The profile's version: raised by one with each published change.
    #[serde(default)]
    pub version: u32,
    /// What changed in this version.
    #[serde(default)]
    pub changes: String,
    /// Accepted languages, in order of preference (ISO 639-1).
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub languages_note: String,
    /// The `[[sources]]` id (or a citation) that supports `languages`.
    #[serde(default)]
    pub languages_source: String,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub channels_note: String,
    #[serde(default)]
    pub channels_source: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub notes_source: String,
    /// The central authority or authorities (by stage, for tax matters, for
    /// a territory or a treaty), the general one first.
    #[serde(default)]
    pub central_authorities: Vec<Authority>,
    #[serde(default)]
    pub competent_authorities: Vec<CompetentAuthority>,
    #[serde(default)]
    pub legal_bases: Vec<LegalBasis>,
    #[serde(default)]
    pub dual_criminality: DualCriminality,
    #[serde(default)]
    pub measures: BTreeMap<MeasureKind, MeasureRule>,
    #[serde(default)]
    pub formalities: Formalities,
    /// Grounds for refusal this state applies beyond the conventions.
    #[serde(default)]
    pub refusal: Refusal,
    /// Offences of this state's law that matter for assistance.
    #[serde(default)]
    pub offences: Vec<ProfileOffence>,
    /// Catalogues of offences that limit a measure (e.g. interception).
    #[serde(default)]
    pub measure_catalogues: Vec<MeasureCatalogue>,
    /// Conduct that a source says is not an offence in this state.
    #[serde(default)]
    pub not_criminal: Vec<NotCriminal>,
    /// Conduct that is an offence only if the facts show something (tax
    /// fraud, not mere evasion): dual criminality is then doubtful.
    #[serde(default)]
    pub depends_on_facts: Vec<DependsOnFacts>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// Refusal grounds and policies of the profile state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Refusal {
    /// Assistance is refused where the death penalty may be imposed, unless
    /// assurances are given.
    #[serde(default)]
    pub death_penalty_assurance: Option<bool>,
    /// A de minimis policy (requests for minor matters may be refused).
    #[serde(default)]
    pub de_minimis: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    CentralAuthority,
    Diplomatic,
    Direct,
    Interpol,
}

impl Channel {
    pub fn message_id(self) -> &'static str {
        match self {
            Channel::CentralAuthority => "channel-central-authority",
            Channel::Diplomatic => "channel-diplomatic",
            Channel::Direct => "channel-direct",
            Channel::Interpol => "channel-interpol",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// The authority's name as it names itself (in its own language where
    /// a source gives it).
    pub name: String,
    /// Its name in other languages, by ISO 639-1 code (`en = "Federal
    /// Office of Justice"`): a document in one of them prints that name,
    /// never both.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// The stage of proceedings it handles.
    #[serde(default)]
    pub stage: Stage,
    /// For tax and fiscal matters only.
    #[serde(default)]
    pub tax: bool,
    /// The part of the state it covers (e.g. Scotland), if not all.
    #[serde(default)]
    pub territory: String,
    /// The legal bases it is designated under, if only those.
    #[serde(default)]
    pub bases: Vec<String>,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

impl Authority {
    /// Its name in a document in `lang`: the form given for that language,
    /// else the name it uses itself.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .map(String::as_str)
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(&self.name)
    }
}

/// The stage of proceedings a central authority handles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    #[default]
    Any,
    Investigation,
    Trial,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompetentAuthority {
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub source: String,
}

/// A legal basis this state uses. When `id` names a treaty of the registry
/// (`untoc`, `eio`), its name, kind and parties come from there; the
/// profile only adds what is particular to this state (its reservations,
/// declarations, deadlines) in `note`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub id: String,
    /// Title, for a basis that is not in the registry (a bilateral treaty).
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub kind: Option<LegalBasisKind>,
    /// Partner states: ISO codes, `*` for every state bound by the treaty
    /// (the registry's parties), `EU` for the member states of the European
    /// Union. Empty for a registry treaty: its parties.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Languages accepted under this basis, where a declaration differs.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub languages_note: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LegalBasisKind {
    Bilateral,
    Multilateral,
    Reciprocity,
}

/// The registry entry whose parties are the member states of the EU.
pub const EU: &str = "eu";

/// Whether a state is a member of the European Union, as the registry says.
pub fn is_eu(registry: &Registry, state: &str) -> bool {
    registry.binds(EU, &state.trim().to_uppercase()) == Bound::Yes
}

impl LegalBasis {
    /// Whether this basis is available with `state`: reciprocity always; a
    /// registry treaty unless the registry says `state` is not bound (a
    /// state of unknown status gets the benefit of the doubt); otherwise
    /// as the partners list says.
    pub fn covers_in(&self, registry: &Registry, state: &str) -> bool {
        let state = state.trim().to_uppercase();
        let treaty = registry.get(&self.id).is_some();
        let by_registry = || registry.binds(&self.id, &state) != Bound::No;
        if self.kind == Some(LegalBasisKind::Reciprocity) || self.id == "reciprocity" {
            return true;
        }
        if self.partners.is_empty() {
            return treaty && by_registry();
        }
        self.partners.iter().any(|p| match p.as_str() {
            "*" => !treaty || by_registry(),
            "EU" => is_eu(registry, &state),
            code => code.eq_ignore_ascii_case(&state),
        })
    }

    /// The basis's name in `lang`: the registry's for a treaty, else the
    /// profile's title.
    pub fn title_in<'a>(&'a self, registry: &'a Registry, lang: &str) -> &'a str {
        match registry.get(&self.id) {
            Some(t) => t.name_in(lang),
            None if self.title.trim().is_empty() => &self.id,
            None => &self.title,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DualCriminality {
    #[serde(default)]
    pub policy: Option<DualCriminalityPolicy>,
    #[serde(default)]
    pub min_penalty_months: Option<u32>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DualCriminalityPolicy {
    NotRequired,
    CoerciveOnly,
    Always,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureRule {
    #[serde(default)]
    pub available: Option<bool>,
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Formalities {
    #[serde(default)]
    pub signature: Option<bool>,
    #[serde(default)]
    pub seal: Option<bool>,
    #[serde(default)]
    pub legalisation: Option<bool>,
    #[serde(default)]
    pub apostille: Option<bool>,
    #[serde(default)]
    pub certified_translation: Option<bool>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: String,
}

impl Profile {
    /// Parse a profile's text; `origin` names the file in messages.
    pub fn from_toml(text: &str, origin: &str) -> Result<Profile, Located> {
        let p: Profile = toml::from_str(text)
            .map_err(|e| locate(origin, text, e.span(), e.message().to_string()))?;
        if p.schema_version != SCHEMA_VERSION {
            let at = text.find("schema_version");
            return Err(
                locate(origin, text, at.map(|a| a..a + 1), String::new()).with_id(
                    "schema-unsupported",
                    vec![
                        ("found", p.schema_version.to_string()),
                        ("supported", SCHEMA_VERSION.to_string()),
                    ],
                ),
            );
        }
        Ok(p)
    }

    /// The legal bases listed as available between this state and `requesting`.
    pub fn bases_with<'a>(
        &'a self,
        registry: &'a Registry,
        requesting: &'a str,
    ) -> impl Iterator<Item = &'a LegalBasis> {
        self.legal_bases
            .iter()
            .filter(move |b| b.covers_in(registry, requesting))
    }

    /// This profile as the rule behind a finding, with the source it cites
    /// for the point (empty: the profile as a whole, with its date).
    pub fn rule(&self, source: &str) -> crate::finding::Rule {
        crate::finding::Rule::Profile {
            state: self.code.clone(),
            source: source.trim().to_string(),
            verified: self.verified.clone(),
        }
    }

    /// The general central authority: the first for any stage and all
    /// matters, else the first listed.
    pub fn central_authority(&self) -> Option<&Authority> {
        let general = |a: &&Authority| a.stage == Stage::Any && !a.tax && a.territory.is_empty();
        self.central_authorities
            .iter()
            .find(general)
            .or(self.central_authorities.first())
    }

    /// The `[[sources]]` entry a `source` key names by id.
    pub fn source(&self, key: &str) -> Option<&Source> {
        let key = key.trim();
        self.sources
            .iter()
            .find(|s| !s.id.is_empty() && s.id == key)
    }

    pub fn legal_basis(&self, id: &str) -> Option<&LegalBasis> {
        self.legal_bases.iter().find(|b| b.id == id)
    }
}

/// A profile with the file it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub profile: Profile,
    pub origin: Origin,
    pub file: String,
    /// The file's text, so that findings can point at a line.
    pub text: String,
}

/// All profiles known to this run, by state code, with the treaty registry
/// they refer to (by default the shipped treaties).
#[derive(Debug, Clone)]
pub struct Catalog {
    profiles: BTreeMap<String, Loaded>,
    /// The treaties the profiles refer to.
    pub treaties: Registry,
    /// Files that could not be read, with where and why.
    pub problems: Vec<Located>,
    /// The plain-language lists, by the language of the free text.
    pub plain: crate::translate::plain::Lists,
}

impl Default for Catalog {
    fn default() -> Catalog {
        Catalog {
            profiles: BTreeMap::new(),
            treaties: Registry::builtin(),
            plain: crate::translate::plain::Lists::builtin(),
            problems: Vec::new(),
        }
    }
}

impl Catalog {
    /// Add one file's text. A later call for the same state replaces the
    /// earlier profile; a broken file is recorded in `problems` and skipped.
    pub fn add(&mut self, origin: Origin, file: &str, text: &str) {
        match Profile::from_toml(text, file) {
            Ok(profile) => {
                let stem = file_stem(file);
                if !stem.eq_ignore_ascii_case(&profile.code) {
                    let at = text.find("code");
                    self.problems.push(
                        locate(file, text, at.map(|a| a..a + 1), String::new()).with_id(
                            "profile-file-name",
                            vec![
                                ("code", profile.code.clone()),
                                ("file", format!("{}.toml", profile.code.to_uppercase())),
                            ],
                        ),
                    );
                    return;
                }
                self.profiles.insert(
                    profile.code.to_uppercase(),
                    Loaded {
                        profile,
                        origin,
                        file: file.to_string(),
                        text: text.to_string(),
                    },
                );
            }
            Err(e) => self.problems.push(e),
        }
    }

    /// The profile for a state code (case-insensitive).
    pub fn get(&self, code: &str) -> Option<&Profile> {
        self.profiles.get(&code.to_uppercase()).map(|l| &l.profile)
    }

    /// What this run knows for a request to `requested` on `basis`: the
    /// version of the state's profile and of the treaty, with their dates
    /// and where they came from, keyed `profile.XX` and `treaty.ID`. Saved
    /// in the case file and written into the PDF's metadata.
    pub fn knowledge(&self, requested: &str, basis: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let code = requested.trim().to_uppercase();
        if let Some(l) = self.loaded(&code) {
            out.insert(
                format!("profile.{code}"),
                format!(
                    "version {}, verified {}, {}",
                    l.profile.version,
                    l.profile.verified,
                    origin_word(l.origin)
                ),
            );
        } else if !code.is_empty() {
            out.insert(format!("profile.{code}"), "none".to_string());
        }
        if let Some(t) = self.treaties.loaded(basis.trim()) {
            out.insert(
                format!("treaty.{}", t.treaty.id),
                format!(
                    "version {}, checked {}, {}",
                    t.treaty.version,
                    t.treaty.last_checked(),
                    origin_word(t.origin)
                ),
            );
        }
        out
    }

    pub fn loaded(&self, code: &str) -> Option<&Loaded> {
        self.profiles.get(&code.to_uppercase())
    }

    /// Every profile, by code.
    pub fn iter(&self) -> impl Iterator<Item = &Loaded> {
        self.profiles.values()
    }

    pub fn len(&self) -> usize {
        self.profiles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }
}

/// A stable English word for an origin, for files and metadata (not shown
/// as a sentence).
fn origin_word(o: Origin) -> &'static str {
    match o {
        Origin::Builtin => "builtin",
        Origin::System => "system",
        Origin::User => "user",
        Origin::Option => "--profiles",
    }
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: &str = r#"schema_version = 1
code = "ZZ"
name = "Testland"
verified = "2026-01-01"
languages = ["en"]
[[central_authorities]]
name = "Ministry of Justice"
[[legal_bases]]
id = "untoc"
title = "UNTOC"
kind = "multilateral"
partners = ["*"]
[[legal_bases]]
id = "eio"
title = "EIO"
kind = "multilateral"
partners = ["EU"]
"#;

    #[test]
    fn later_origin_overrides() {
        let mut c = Catalog::default();
        c.add(Origin::Builtin, "ZZ.toml", MIN);
        let changed = MIN.replace("Testland", "Testland (updated)");
        c.add(Origin::User, "/home/u/ZZ.toml", &changed);
        assert_eq!(c.get("zz").unwrap().name, "Testland (updated)");
        assert_eq!(c.loaded("ZZ").unwrap().origin, Origin::User);
        assert!(c.problems.is_empty());
    }

    #[test]
    fn wrong_type_names_file_line_and_field() {
        let mut c = Catalog::default();
        let broken = MIN.replace("partners = [\"*\"]", "partners = \"*\"");
        c.add(Origin::Option, "dir/ZZ.toml", &broken);
        c.add(Origin::Builtin, "YY.toml", &MIN.replace("\"ZZ\"", "\"YY\""));
        assert_eq!(c.len(), 1, "the good file still loads");
        let p = &c.problems[0];
        assert_eq!(p.file, "dir/ZZ.toml");
        assert_eq!(p.line, 12);
        assert_eq!(p.field, "legal_bases[0].partners");
    }

    #[test]
    fn file_name_must_match_code() {
        let mut c = Catalog::default();
        c.add(Origin::Builtin, "FR.toml", MIN);
        assert!(c.is_empty());
        let en = crate::i18n::Localizer::new("en");
        let shown = crate::i18n::Localized::localized(&c.problems[0], &en);
        assert!(shown.contains("name the file ZZ.toml"), "{shown}");
        let fr = crate::i18n::Localizer::new("fr");
        let shown = crate::i18n::Localized::localized(&c.problems[0], &fr);
        assert!(shown.contains("nommez le fichier ZZ.toml"), "{shown}");
    }

    #[test]
    fn eu_partners_expand() {
        let p = Profile::from_toml(MIN, "ZZ.toml").unwrap();
        let r = Registry::builtin();
        let ids: Vec<_> = p.bases_with(&r, "FR").map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["untoc", "eio"]);
        let ids: Vec<_> = p.bases_with(&r, "US").map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["untoc"]);
        // The United Kingdom left the EU on 31 January 2020.
        let ids: Vec<_> = p.bases_with(&r, "GB").map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["untoc"]);
    }
}
