//! The treaty registry: the conventions and instruments a request can rely
//! on, as data (`treaties/*.toml`, embedded and overridable like profiles).
//!
//! Each treaty has its names in the document languages, the articles on
//! assistance, its parties with the date each is bound and the source that
//! says so, and the rules the dual criminality assessment and the refusal
//! checks apply (no dual criminality for non-coercive measures, preservation
//! without it, the EU list with its threshold, fiscal offences...). Profiles
//! refer to treaties by id. No file access here: the caller hands in
//! `(file, text)` pairs, as for profiles.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::locate::{Located, locate};

/// The treaty schema this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One treaty, convention or instrument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treaty {
    pub schema_version: u32,
    /// The id profiles and case files use (`untoc`, `eio`).
    pub id: String,
    /// The file's version: raised by one with each published change (0: not given).
    #[serde(default)]
    pub version: u32,
    /// The treaty this one supplements (a protocol: `coe-1959` for its
    /// Additional Protocols); its rules then apply, between the states both
    /// bind, to requests made under that treaty.
    #[serde(default)]
    pub supplements: String,
    pub kind: TreatyKind,
    /// Full name, by document language (ISO 639-1); `en` is required.
    pub name: BTreeMap<String, String>,
    /// Short name or abbreviation used in citations, by language; the full
    /// name stands in where a language has none.
    #[serde(default)]
    pub short: BTreeMap<String, String>,
    /// Where each name was read, by language (and variant, `pt_BR`).
    #[serde(default)]
    pub name_sources: BTreeMap<String, String>,
    /// Why a language has no name, or what to confirm.
    #[serde(default)]
    pub name_notes: BTreeMap<String, String>,
    /// The articles on mutual assistance (`18`, `46`, `23-35`).
    #[serde(default)]
    pub assistance: String,
    #[serde(default)]
    pub adopted: String,
    /// Date the treaty itself entered into force.
    #[serde(default)]
    pub in_force: String,
    /// The offences the treaty covers, where it is limited to some.
    #[serde(default)]
    pub scope: Option<Scope>,
    #[serde(default)]
    pub rules: Rules,
    /// The treaty binds the states that are parties of another entry of the
    /// registry (an EU instrument binds the member states), less `not_bound`.
    #[serde(default)]
    pub parties_from: String,
    /// Registry treaties whose corresponding provisions this one replaced
    /// between the states it binds (the EIO Directive, art. 34(1)): a
    /// request for an investigative measure between two of them is made
    /// under this one, not under those.
    #[serde(default)]
    pub replaces: Vec<String>,
    /// The article that says so.
    #[serde(default)]
    pub replaces_article: String,
    /// States that are members but not bound (Denmark for the EIO).
    #[serde(default)]
    pub not_bound: Vec<String>,
    /// Whether `parties` lists every party; otherwise a state not listed is
    /// of unknown status rather than not a party.
    #[serde(default)]
    pub parties_complete: bool,
    #[serde(default)]
    pub parties: Vec<Party>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub sources: Vec<crate::provenance::Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TreatyKind {
    Multilateral,
    Bilateral,
    /// An instrument of the European Union (a directive, a regulation, a
    /// convention between its member states).
    EuInstrument,
    /// Membership of an organisation, used by `parties_from`.
    Organisation,
    /// An arrangement that is not a treaty and creates no obligations
    /// (the Commonwealth's Harare Scheme).
    Scheme,
}

/// The offences a treaty applies to, as ICCS code prefixes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    pub iccs: Vec<String>,
    /// The article that limits the scope.
    pub article: String,
    #[serde(default)]
    pub note: String,
}

/// The rules of a treaty that the checks apply; each is the article that
/// states it, as the treaty numbers it. A rule left out does not apply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Assistance not involving coercive action is given without dual
    /// criminality (UNCAC art. 46(9)(b)).
    #[serde(default)]
    pub non_coercive_without_dual_criminality: String,
    /// Preservation of data is not refused for want of dual criminality
    /// (Budapest art. 29(3)).
    #[serde(default)]
    pub preservation_without_dual_criminality: String,
    /// A state may refuse for want of dual criminality, and may assist
    /// without it (UNTOC art. 18(9)).
    #[serde(default)]
    pub dual_criminality_discretion: String,
    /// Listed categories need no dual criminality above a threshold.
    #[serde(default)]
    pub eu_list: Option<EuList>,
    /// A request is not refused for the sole reason that it involves fiscal
    /// matters.
    #[serde(default)]
    pub fiscal_not_a_ground: String,
    /// Bank secrecy is not a ground for refusal.
    #[serde(default)]
    pub bank_secrecy_not_a_ground: String,
    /// Political offences may be a ground for refusal.
    #[serde(default)]
    pub political_offence_ground: String,
    /// Purely military offences are outside the treaty.
    #[serde(default)]
    pub military_offence_excluded: String,
    /// A final judgment on the same facts is a ground for refusal.
    #[serde(default)]
    pub ne_bis_in_idem_ground: String,
    /// Fiscal offences may be a ground for refusal (the 1959 Convention,
    /// art. 2(a), which its 1978 Additional Protocol narrows).
    #[serde(default)]
    pub fiscal_offence_ground: String,
}

/// A ground the checks cite a treaty for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    Fiscal,
    BankSecrecy,
    Political,
    Military,
    DualCriminalityDiscretion,
}

impl Ground {
    /// The article of `rules` that states this ground, empty if none.
    pub fn article(self, rules: &Rules) -> &str {
        match self {
            Ground::Fiscal => &rules.fiscal_not_a_ground,
            Ground::BankSecrecy => &rules.bank_secrecy_not_a_ground,
            Ground::Political => &rules.political_offence_ground,
            Ground::Military => &rules.military_offence_excluded,
            Ground::DualCriminalityDiscretion => &rules.dual_criminality_discretion,
        }
    }
}

/// The EU list: categories of offences for which dual criminality is not
/// verified, when punishable by at least `min_penalty_months` in the
/// issuing state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EuList {
    pub article: String,
    pub min_penalty_months: u32,
}

/// A state bound by the treaty, and what says so.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// ISO 3166-1 alpha-2.
    pub state: String,
    /// Date the treaty became binding on the state; empty when not seen.
    #[serde(default)]
    pub bound_since: String,
    /// Date of deposit of the instrument.
    #[serde(default)]
    pub deposit: String,
    /// What was deposited: ratification, accession, acceptance, approval,
    /// succession.
    #[serde(default)]
    pub action: String,
    /// `false` records a source saying the state is not (or no longer) bound.
    #[serde(default = "yes")]
    pub party: bool,
    /// The central authority the state designated under the treaty (UNTOC
    /// art. 18(13)), as its notification words it.
    #[serde(default)]
    pub central_authority: String,
    /// The languages it notified as acceptable (UNTOC art. 18(14)).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Where the designation and languages were read.
    #[serde(default)]
    pub designation_source: String,
    #[serde(default)]
    pub note: String,
    pub source: String,
    #[serde(default)]
    pub url: String,
    /// Date the source was read.
    pub checked: String,
}

fn yes() -> bool {
    true
}

/// Whether a state is bound by a treaty, as far as the registry knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Yes,
    No,
    /// The registry does not say.
    Unknown,
}

/// The fluent id under which a treaty's name is known to every
/// [`crate::i18n::Localizer`]: `treaty-<id>` or `treaty-<id>-short`.
pub fn term_id(id: &str, short: bool) -> String {
    if short {
        format!("treaty-{id}-short")
    } else {
        format!("treaty-{id}")
    }
}

impl Treaty {
    /// Parse a treaty file's text; `origin` names the file in messages.
    pub fn from_toml(text: &str, origin: &str) -> Result<Treaty, Located> {
        let t: Treaty = toml::from_str(text)
            .map_err(|e| locate(origin, text, e.span(), e.message().to_string()))?;
        let at = |key: &str| text.find(key).map(|a| a..a + 1);
        if t.schema_version != SCHEMA_VERSION {
            return Err(
                locate(origin, text, at("schema_version"), String::new()).with_id(
                    "schema-unsupported",
                    vec![
                        ("found", t.schema_version.to_string()),
                        ("supported", SCHEMA_VERSION.to_string()),
                    ],
                ),
            );
        }
        if !t.name.contains_key("en") {
            return Err(locate(origin, text, at("[name]"), String::new())
                .with_id("treaty-no-english-name", Vec::new()));
        }
        Ok(t)
    }

    /// The full name in `lang`, English where the registry has none.
    pub fn name_in(&self, lang: &str) -> &str {
        self.name
            .get(lang)
            .or_else(|| self.name.get("en"))
            .map_or(self.id.as_str(), String::as_str)
    }

    /// The short name in `lang`: its own; else the full name, when the
    /// treaty has one in `lang` (a citation in the reader's language rather
    /// than an English abbreviation); else the English short name.
    pub fn short_in(&self, lang: &str) -> &str {
        if let Some(s) = self.short.get(lang) {
            return s;
        }
        if let Some(n) = self.name.get(lang) {
            return n;
        }
        self.short
            .get("en")
            .map_or_else(|| self.name_in(lang), String::as_str)
    }

    /// The latest date on which one of the file's facts was read.
    pub fn last_checked(&self) -> String {
        self.parties
            .iter()
            .map(|p| p.checked.as_str())
            .chain(self.sources.iter().map(|s| s.checked.as_str()))
            .filter(|d| parse_day(d).is_some())
            .max()
            .unwrap_or("")
            .to_string()
    }

    pub fn listed(&self, state: &str) -> Option<&Party> {
        self.parties
            .iter()
            .find(|p| p.state.eq_ignore_ascii_case(state.trim()))
    }
}

pub use crate::provenance::Origin;

/// A date written YYYY-MM-DD (the registry's own reader, so that the
/// treaty module stays below `formats` and `finding`).
fn parse_day(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim();
    (s.len() == 10).then(|| s.parse().ok()).flatten()
}

/// A treaty with the file it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub treaty: Treaty,
    pub origin: Origin,
    pub file: String,
    pub text: String,
}

/// Every treaty known to this run, by id.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    treaties: BTreeMap<String, Loaded>,
    /// Files that could not be read, with where and why.
    pub problems: Vec<Located>,
}

impl Registry {
    /// The treaties shipped in the binary, parsed once.
    pub fn shipped() -> &'static Registry {
        static SHIPPED: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(Registry::builtin)
    }

    /// The treaties shipped in the binary.
    pub fn builtin() -> Registry {
        let mut r = Registry::default();
        for (file, text) in crate::embedded::TREATIES {
            r.add(Origin::Builtin, &format!("treaties/{file}"), text);
        }
        r
    }

    /// Add one file's text; a later file with the same id replaces the
    /// earlier one, a broken file is kept in `problems`.
    pub fn add(&mut self, origin: Origin, file: &str, text: &str) {
        match Treaty::from_toml(text, file) {
            Ok(treaty) => {
                let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
                let stem = stem.strip_suffix(".toml").unwrap_or(stem);
                if stem != treaty.id {
                    self.problems.push(
                        locate(file, text, text.find("id").map(|a| a..a + 1), String::new())
                            .with_id(
                                "treaty-file-name",
                                vec![
                                    ("id", treaty.id.clone()),
                                    ("file", format!("{}.toml", treaty.id)),
                                ],
                            ),
                    );
                    return;
                }
                self.treaties.insert(
                    treaty.id.clone(),
                    Loaded {
                        treaty,
                        origin,
                        file: file.to_string(),
                        text: text.to_string(),
                    },
                );
            }
            Err(e) => self.problems.push(e),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Treaty> {
        self.treaties.get(id.trim()).map(|l| &l.treaty)
    }

    pub fn loaded(&self, id: &str) -> Option<&Loaded> {
        self.treaties.get(id.trim())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Treaty> {
        self.treaties.values().map(|l| &l.treaty)
    }

    pub fn files(&self) -> impl Iterator<Item = &Loaded> {
        self.treaties.values()
    }

    /// Whether `state` is bound by treaty `id`.
    pub fn binds(&self, id: &str, state: &str) -> Bound {
        self.binds_depth(id, state, 0)
    }

    /// Whether `state` is bound by treaty `id` on `day`: a party whose
    /// `bound_since` is later is not yet bound. Without a day, as today.
    pub fn binds_on(&self, id: &str, state: &str, day: Option<jiff::civil::Date>) -> Bound {
        let bound = self.binds(id, state);
        if bound != Bound::Yes {
            return bound;
        }
        let since = self
            .get(id)
            .and_then(|t| t.listed(state))
            .and_then(|p| parse_day(&p.bound_since));
        match (since, day) {
            (Some(since), Some(day)) if since > day => Bound::No,
            _ => Bound::Yes,
        }
    }

    fn binds_depth(&self, id: &str, state: &str, depth: usize) -> Bound {
        let Some(t) = self.get(id) else {
            return Bound::Unknown;
        };
        if t.not_bound
            .iter()
            .any(|s| s.eq_ignore_ascii_case(state.trim()))
        {
            return Bound::No;
        }
        if let Some(p) = t.listed(state) {
            return if p.party { Bound::Yes } else { Bound::No };
        }
        if !t.parties_from.is_empty() && depth < 4 {
            return self.binds_depth(&t.parties_from, state, depth + 1);
        }
        if t.parties_complete {
            Bound::No
        } else {
            Bound::Unknown
        }
    }

    /// The article cited for `ground` in a request made under `basis`
    /// between `states` on `day`: the basis's own rule, else the rule of an
    /// instrument that supplements it and binds both states (the 1978
    /// Protocol for the 1959 Convention), else, for a protocol relied on as
    /// the basis, the treaty it supplements. Never another treaty's: a rule of
    /// UNTOC is not cited in a request made under the EIO.
    /// Returns the treaty's id and the article.
    pub fn citing(
        &self,
        basis: &str,
        ground: Ground,
        states: [&str; 2],
        day: Option<jiff::civil::Date>,
    ) -> Option<(&str, &str)> {
        fn has(t: &Treaty, ground: Ground) -> Option<(&str, &str)> {
            let a = ground.article(&t.rules).trim();
            (!a.is_empty()).then_some((t.id.as_str(), a))
        }
        let basis = basis.trim();
        if basis.is_empty() {
            return None;
        }
        let both = |t: &&Treaty| {
            states
                .iter()
                .all(|s| !s.trim().is_empty() && self.binds_on(&t.id, s, day) == Bound::Yes)
        };
        // A protocol relied on as the basis applies the treaty it
        // supplements (UNTOC art. 18 for a request under its Protocols).
        let parent = self
            .get(basis)
            .map(|t| t.supplements.trim())
            .filter(|p| !p.is_empty());
        self.iter()
            .filter(|t| t.supplements == basis)
            .filter(both)
            .find_map(|t| has(t, ground))
            .or_else(|| self.get(basis).and_then(|t| has(t, ground)))
            .or_else(|| {
                parent
                    .and_then(|p| self.get(p))
                    .and_then(|t| has(t, ground))
            })
    }

    /// Every treaty's names as fluent messages for one language
    /// (`treaty-<id>`, `treaty-<id>-short`), for the localizer.
    pub fn terms(&self, lang: &str) -> Vec<(String, String)> {
        self.iter()
            .flat_map(|t| {
                [
                    (term_id(&t.id, false), t.name_in(lang).to_string()),
                    (term_id(&t.id, true), t.short_in(lang).to_string()),
                ]
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_treaties_parse_and_lint_clean() {
        let r = Registry::builtin();
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let today = jiff::civil::date(2026, 12, 2);
        for t in r.iter() {
            let errors: Vec<_> = crate::profile::lint::lint_treaty(t, today)
                .into_iter()
                .filter(|f| f.severity == crate::finding::Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", t.id);
        }
        for id in ["untoc", "uncac", "vienna-1988", "budapest", "eio", "eu"] {
            assert!(r.get(id).is_some(), "{id}");
        }
    }

    #[test]
    fn who_is_bound() {
        let r = Registry::builtin();
        // Membership comes from the EU entry; the EIO leaves Denmark and
        // Ireland out; the United Kingdom left the Union.
        assert_eq!(r.binds("eu", "FR"), Bound::Yes);
        assert_eq!(r.binds("eu", "GB"), Bound::No);
        assert_eq!(r.binds("eu", "US"), Bound::No);
        assert_eq!(r.binds("eio", "DK"), Bound::No);
        assert_eq!(r.binds("eio", "IE"), Bound::No);
        assert_eq!(r.binds("eio", "AT"), Bound::Yes);
        // A listed party; a fictitious state the registry does not know.
        assert_eq!(r.binds("untoc", "DE"), Bound::Yes);
        assert_eq!(r.binds("untoc", "XB"), Bound::Unknown);
        assert_eq!(r.binds("no-such-treaty", "DE"), Bound::Unknown);
    }

    #[test]
    fn the_basis_cites_its_own_article_and_no_other_treaty() {
        let r = Registry::builtin();
        let cite = |basis, g| {
            r.citing(basis, g, ["FR", "DE"], None)
                .map(|(t, a)| format!("{t} {a}"))
        };
        assert!(cite("uncac", Ground::Fiscal).unwrap().contains("46(22)"));
        assert!(cite("untoc", Ground::Fiscal).unwrap().contains("18(22)"));
        // The EIO says nothing of fiscal offences: nothing else is cited.
        assert_eq!(cite("eio", Ground::Fiscal), None);
        assert_eq!(cite("eio", Ground::Political), None);
        assert_eq!(cite("reciprocity", Ground::Fiscal), None);
    }

    #[test]
    fn names_follow_the_language() {
        let r = Registry::builtin();
        let t = r.get("untoc").unwrap();
        assert_eq!(t.short_in("en"), "UNTOC");
        assert!(
            t.name_in("de")
                .starts_with("Übereinkommen der Vereinten Nationen")
        );
        // German has no abbreviation of its own: the German name, not the
        // English one.
        assert_eq!(t.short_in("de"), t.name_in("de"));
        // No Arabic text of a Council of Europe treaty: English.
        let coe = r.get("coe-1959").unwrap();
        assert_eq!(coe.name_in("ar"), coe.name_in("en"));
    }

    #[test]
    fn a_later_file_overrides_and_a_broken_one_is_located() {
        let mut r = Registry::builtin();
        let text = "schema_version = 1\nid = \"untoc\"\nkind = \"multilateral\"\n[name]\nen = \"Changed\"\n";
        r.add(Origin::User, "/u/treaties/untoc.toml", text);
        assert_eq!(r.get("untoc").unwrap().name_in("en"), "Changed");
        r.add(
            Origin::User,
            "/u/treaties/x.toml",
            "schema_version = 1\nid = \"x\"\nkind = 3\n",
        );
        let p = r.problems.last().unwrap();
        assert_eq!((p.line, p.field.as_str()), (3, "kind"));
        r.add(
            Origin::User,
            "/u/treaties/y.toml",
            "schema_version = 1\nid = \"z\"\nkind = \"bilateral\"\n[name]\nen = \"Z\"\n",
        );
        let shown = crate::i18n::Localized::localized(
            r.problems.last().unwrap(),
            &crate::i18n::Localizer::new("en"),
        );
        assert!(shown.starts_with("/u/treaties/y.toml:2:1:"), "{shown}");
        assert!(shown.contains("name the file z.toml"), "{shown}");
        assert!(r.get("z").is_none());
    }
}
