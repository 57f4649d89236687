//! Where data comes from: the [`Origin`] of a file (shipped, system, user,
//! `--profiles`) and the [`Source`] a profile or a treaty names for its
//! facts. A bottom-level module shared by profiles and the treaty registry.

use serde::{Deserialize, Serialize};

/// Where a profile or treaty file came from, lowest priority first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    Builtin,
    System,
    User,
    Option,
}

/// A source of facts, with the date it was read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short id, unique in the file, that `source` keys refer to.
    #[serde(default)]
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub checked: String,
}
