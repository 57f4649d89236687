//! The legal bases that exist between two states on a day: what the wizard
//! offers and what the checks hold a request to. A basis exists when the
//! registry says both states are bound by it on that day, or the requested
//! state's profile lists it for the requesting state (its own bilateral
//! treaties, or a registry treaty whose parties the registry does not know
//! completely); reciprocity is always there.

use jiff::civil::Date;

use super::Profile;
use crate::treaty::{Bound, Registry, TreatyKind};

/// Where an offered basis comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offered {
    /// The registry says both states are bound.
    Registry,
    /// The requested state's profile lists it (the registry does not know
    /// both parties, or the basis is the profile's own).
    Profile,
    /// Assistance without a treaty.
    Reciprocity,
}

/// A basis available between the two states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub id: String,
    pub from: Offered,
    /// States whose status under the treaty the registry does not know
    /// (offered because the requested state's profile lists the treaty).
    pub unknown: Vec<String>,
}

/// Why a basis does not exist between the two states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// `state` is not bound by the treaty (or not yet on the day).
    NotParty { state: String, since: Option<Date> },
    /// Neither the registry nor the requested state's profile knows the id.
    Unknown,
}

/// The bases between `requested` and `requesting` on `day` (None: today's
/// status), the profile's order first, then the registry's, reciprocity last.
pub fn bases_between(
    registry: &Registry,
    profile: Option<&Profile>,
    requested: &str,
    requesting: &str,
    day: Option<Date>,
) -> Vec<Offer> {
    let mut out: Vec<Offer> = Vec::new();
    let unknown = |id: &str| -> Vec<String> {
        [requested, requesting]
            .iter()
            .filter(|s| !s.is_empty() && registry.get(id).is_some())
            .filter(|s| registry.binds_on(id, s, day) == Bound::Unknown)
            .map(|s| s.to_uppercase())
            .collect()
    };
    let mut push = |id: &str, from| {
        if !out.iter().any(|o| o.id == id) {
            out.push(Offer {
                id: id.to_string(),
                from,
                unknown: unknown(id),
            });
        }
    };
    if let Some(p) = profile {
        for b in &p.legal_bases {
            if b.id == "reciprocity" {
                continue;
            }
            if registry.get(&b.id).is_some() {
                if missing(registry, profile, &b.id, requested, requesting, day).is_none() {
                    let both = [requested, requesting]
                        .iter()
                        .all(|s| registry.binds_on(&b.id, s, day) == Bound::Yes);
                    push(
                        &b.id,
                        if both {
                            Offered::Registry
                        } else {
                            Offered::Profile
                        },
                    );
                }
            } else if requesting.is_empty() || b.covers_in(registry, requesting) {
                push(&b.id, Offered::Profile);
            }
        }
    }
    if !requesting.is_empty() {
        for t in registry.iter() {
            if matches!(t.kind, TreatyKind::Organisation) {
                continue;
            }
            let both = [requested, requesting]
                .iter()
                .all(|s| registry.binds_on(&t.id, s, day) == Bound::Yes);
            if both {
                push(&t.id, Offered::Registry);
            }
        }
    }
    push("reciprocity", Offered::Reciprocity);
    out
}

/// Why basis `id` does not exist between the two states on `day`, or None
/// when it does (or may: a status the registry does not know is given the
/// benefit of the doubt when the requested state's profile lists it).
pub fn missing(
    registry: &Registry,
    profile: Option<&Profile>,
    id: &str,
    requested: &str,
    requesting: &str,
    day: Option<Date>,
) -> Option<Missing> {
    if id == "reciprocity" {
        return None;
    }
    let listed = profile.and_then(|p| p.legal_basis(id));
    if registry.get(id).is_none() {
        return match listed {
            None => Some(Missing::Unknown),
            Some(b) if requesting.is_empty() || b.covers_in(registry, requesting) => None,
            Some(_) => Some(Missing::NotParty {
                state: requesting.to_uppercase(),
                since: None,
            }),
        };
    }
    for state in [requested, requesting] {
        if state.is_empty() {
            continue;
        }
        match registry.binds_on(id, state, day) {
            // A status the registry does not know is given the benefit of
            // the doubt.
            Bound::Yes | Bound::Unknown => {}
            Bound::No => {
                let since = registry
                    .get(id)
                    .and_then(|t| t.listed(state))
                    .filter(|p| p.party)
                    .and_then(|p| crate::formats::date(&p.bound_since));
                return Some(Missing::NotParty {
                    state: state.to_uppercase(),
                    since,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[Offer]) -> Vec<&str> {
        v.iter().map(|o| o.id.as_str()).collect()
    }

    #[test]
    fn registry_alone_gives_the_conventions_both_are_bound_by() {
        let r = Registry::builtin();
        let v = bases_between(&r, None, "FR", "DE", None);
        let got = ids(&v);
        for id in ["untoc", "uncac", "coe-1959", "eio", "reciprocity"] {
            assert!(got.contains(&id), "{id} missing from {got:?}");
        }
        assert_eq!(got.last(), Some(&"reciprocity"));
        // The EIO binds neither the United States nor, as a non-member, ...
        let v = bases_between(&r, None, "FR", "US", None);
        assert!(!ids(&v).contains(&"eio"), "{:?}", ids(&v));
    }

    #[test]
    fn a_party_not_yet_bound_on_the_day_is_missing() {
        let r = Registry::builtin();
        let t = r.get("budapest").unwrap();
        let p = t
            .parties
            .iter()
            .find(|p| crate::formats::date(&p.bound_since).is_some())
            .unwrap();
        let since = crate::formats::date(&p.bound_since).unwrap();
        let before = since.yesterday().unwrap();
        let other = if p.state == "US" { "FR" } else { "US" };
        match missing(&r, None, "budapest", &p.state, other, Some(before)) {
            Some(Missing::NotParty { state, since: s }) => {
                assert_eq!(state, p.state);
                assert_eq!(s, Some(since));
            }
            m => panic!("{m:?}"),
        }
        assert_eq!(
            missing(&r, None, "budapest", &p.state, other, Some(since)),
            None
        );
    }

    #[test]
    fn a_state_not_bound_is_named() {
        let r = Registry::builtin();
        assert_eq!(
            missing(&r, None, "eio", "FR", "US", None),
            Some(Missing::NotParty {
                state: "US".into(),
                since: None
            })
        );
        assert_eq!(
            missing(&r, None, "no-such-treaty", "FR", "US", None),
            Some(Missing::Unknown)
        );
    }
}
