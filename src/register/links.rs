//! Links between requests, the follow-up draft linked to its precursor,
//! and the statistics of the register.

use super::{Entry, Register, RegisterError, Status};

/// How two requests are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LinkKind {
    SupplementaryTo,
    ReplyTo,
    FollowUpOf,
}

impl LinkKind {
    pub fn key(self) -> &'static str {
        match self {
            LinkKind::SupplementaryTo => "supplementary-to",
            LinkKind::ReplyTo => "reply-to",
            LinkKind::FollowUpOf => "follow-up-of",
        }
    }
}

impl Register {
    /// Link two requests (`follow-up-of`, `supplementary-to`, `reply-to`).
    pub fn link(&mut self, from: &str, to: &str, kind: &str) -> Result<(), RegisterError> {
        self.get(from)?;
        self.get(to)?;
        self.transaction(|db| {
            db.exec(
                "INSERT INTO links (from_reference, to_reference, kind) VALUES ($1, $2, $3)",
                &[from.into(), to.into(), kind.into()],
            )?;
            Ok(())
        })
    }

    /// The links from and to a request: (from, to, kind).
    pub fn links(
        &mut self,
        reference: &str,
    ) -> Result<Vec<(String, String, String)>, RegisterError> {
        let rows = self.engine.query(
            "SELECT from_reference, to_reference, kind FROM links WHERE from_reference = $1 OR to_reference = $1 ORDER BY from_reference, to_reference",
            &[reference.into()],
        )?;
        Ok(rows
            .into_iter()
            .map(|r| (r[0].text(), r[1].text(), r[2].text()))
            .collect())
    }

    /// Register a follow-up as a draft linked to its precursor, in one
    /// transaction.
    pub fn add_follow_up(
        &mut self,
        e: &Entry,
        precursor: &str,
        who: &str,
    ) -> Result<(), RegisterError> {
        self.get(precursor)?;
        self.add(e, who, &format!("follow-up of {precursor}"))?;
        self.link(&e.reference, precursor, "follow-up-of")
    }

    /// Per requested state and per measure: how many requests, how many
    /// executed, and the median days from registration to execution.
    pub fn stats(&mut self) -> Result<Vec<Stat>, RegisterError> {
        let mut days: std::collections::BTreeMap<(String, String), (usize, Vec<i64>)> =
            Default::default();
        for e in self.entries("", &[])? {
            let executed = self
                .history(&e.reference)?
                .into_iter()
                .find(|h| h.status == Status::Executed.key())
                .and_then(|h| days_between(&e.created_at, &h.at));
            let mut keys = vec![("state".to_string(), e.requested_state.clone())];
            keys.extend(
                e.measures
                    .split(',')
                    .filter(|m| !m.is_empty())
                    .map(|m| ("measure".to_string(), m.to_string())),
            );
            for k in keys {
                let slot = days.entry(k).or_default();
                slot.0 += 1;
                slot.1.extend(executed);
            }
        }
        Ok(days
            .into_iter()
            .map(|((by, key), (count, mut d))| {
                d.sort_unstable();
                let median = match d.len() {
                    0 => None,
                    n if n % 2 == 1 => Some(d[n / 2] as f64),
                    n => Some((d[n / 2 - 1] + d[n / 2]) as f64 / 2.0),
                };
                Stat {
                    by,
                    key,
                    requests: count,
                    executed: d.len(),
                    median_days: median,
                }
            })
            .collect())
    }
}

/// One line of `register stats`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Stat {
    /// `state` or `measure`.
    pub by: String,
    pub key: String,
    pub requests: usize,
    pub executed: usize,
    pub median_days: Option<f64>,
}

/// Whole days between two timestamps (RFC 3339).
fn days_between(from: &str, to: &str) -> Option<i64> {
    let a: jiff::Timestamp = from.parse().ok()?;
    let b: jiff::Timestamp = to.parse().ok()?;
    Some((b.as_second() - a.as_second()).div_euclid(86_400))
}
