//! The register: every request sent or received, its status through its
//! life, its deadlines, on the embedded SQLite database (the default: no
//! server) or a team's PostgreSQL (`ROGATORY_DATABASE_URL`).
//!
//! Every change is one transaction. A status change names the version of
//! the request it was made on: one made meanwhile by someone else is
//! refused, never overwritten; the history is append-only (the database
//! refuses to change or delete it). Plain data in and out: the command
//! line and the wizard compute what to record from a case.

pub mod cases;
mod engine;
mod links;
mod pgpass;

use std::path::{Path, PathBuf};

pub use engine::{Engine, Postgres, Sqlite, Val};
pub use links::{LinkKind, Stat};

/// What went wrong with the register.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("register: {0}")]
    Database(String),
    #[error("register: could not bring the database up to date: {0}")]
    Migration(String),
    #[error("{0} is already in the register; nothing was changed")]
    Exists(String),
    #[error("{0} is not in the register")]
    Unknown(String),
    #[error(
        "{reference} was changed meanwhile (now version {now}, status {status}); nothing was changed: look at `rogatory register show {reference}` and try again"
    )]
    Conflict {
        reference: String,
        now: i64,
        status: String,
    },
    #[error("{0}")]
    Invalid(String),
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Status {
    Draft,
    Sent,
    Acknowledged,
    /// The requested state asked for more information.
    FurtherInformation,
    PartlyExecuted,
    Executed,
    Refused,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Sent,
        Status::Acknowledged,
        Status::FurtherInformation,
        Status::PartlyExecuted,
        Status::Executed,
        Status::Refused,
        Status::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Sent => "sent",
            Status::Acknowledged => "acknowledged",
            Status::FurtherInformation => "further-information",
            Status::PartlyExecuted => "partly-executed",
            Status::Executed => "executed",
            Status::Refused => "refused",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.key() == s)
    }

    /// Whether the request is over (no deadline of it is due any more).
    pub fn closed(self) -> bool {
        matches!(self, Status::Executed | Status::Refused | Status::Withdrawn)
    }
}

/// One request as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub reference: String,
    pub their_reference: String,
    /// `outgoing` or `incoming`.
    pub direction: String,
    pub requesting_state: String,
    pub requested_state: String,
    pub legal_basis: String,
    /// Measure kinds, comma-separated.
    pub measures: String,
    pub case_path: String,
    /// SHA-256 of the case file as registered.
    pub case_hash: String,
    /// SHA-256 of the document sent, if one was given.
    pub pdf_hash: String,
    /// The profile and treaty versions used.
    pub knowledge: String,
    pub unit: String,
    pub status: String,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    /// Deadlines: (kind, YYYY-MM-DD).
    pub deadlines: Vec<(String, String)>,
}

/// One change in a request's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Event {
    pub seq: i64,
    pub at: String,
    pub status: String,
    pub note: String,
    pub who: String,
}

/// A deadline that is due (or past).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Due {
    pub reference: String,
    pub requested_state: String,
    pub status: String,
    pub kind: String,
    pub due: String,
    pub overdue: bool,
}

/// The register, on one engine.
pub struct Register {
    engine: Box<dyn Engine>,
}

const COLUMNS: &str = "reference, their_reference, direction, requesting_state, requested_state, legal_basis, measures, case_path, case_hash, pdf_hash, knowledge, unit, status, version, created_at, updated_at";

/// The PostgreSQL connection string to use, if any: `ROGATORY_DATABASE_URL`,
/// else `database_url` under `[register]` in the user's `config.toml`.
pub fn database_url() -> Result<Option<String>, RegisterError> {
    if let Ok(url) = std::env::var("ROGATORY_DATABASE_URL")
        && !url.trim().is_empty()
    {
        return Ok(Some(url));
    }
    let Some(file) = config_path().filter(|p| p.exists()) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&file)
        .map_err(|e| RegisterError::Invalid(format!("{}: {e}", file.display())))?;
    #[derive(serde::Deserialize)]
    struct Config {
        #[serde(default)]
        register: Section,
    }
    #[derive(serde::Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Section {
        #[serde(default)]
        database_url: String,
    }
    let c: Config = toml::from_str(&text).map_err(|e| {
        let at = crate::locate::locate(
            &file.display().to_string(),
            &text,
            e.span(),
            e.message().to_string(),
        );
        RegisterError::Invalid(at.to_string())
    })?;
    let url = &c.register.database_url;
    let in_url = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split(['/', '?']).next())
        .and_then(|auth| auth.rsplit_once('@'))
        .is_some_and(|(userinfo, _)| userinfo.contains(':'));
    if url.contains("password=") || in_url {
        return Err(RegisterError::Invalid(format!(
            "{}: a password does not belong in Rogatory's files; put it in PostgreSQL's password file (~/.pgpass or PGPASSFILE)",
            file.display()
        )));
    }
    Ok(Some(c.register.database_url).filter(|u| !u.trim().is_empty()))
}

/// The user's configuration file.
pub fn config_path() -> Option<PathBuf> {
    crate::store::project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// The embedded register's file in the user's data folder.
pub fn default_path() -> Option<PathBuf> {
    crate::store::project_dirs().map(|d| d.data_dir().join("register.sqlite3"))
}

impl Register {
    /// The register this user works with: PostgreSQL when
    /// `ROGATORY_DATABASE_URL` names one, else the embedded SQLite file.
    pub fn open() -> Result<Register, RegisterError> {
        match database_url()? {
            Some(url) => Register::postgres(&url),
            None => {
                let path = default_path()
                    .ok_or_else(|| RegisterError::Database("no data folder".into()))?;
                Register::sqlite(&path)
            }
        }
    }

    pub fn sqlite(path: &Path) -> Result<Register, RegisterError> {
        Ok(Register {
            engine: Box::new(Sqlite::open(path)?),
        })
    }

    pub fn postgres(url: &str) -> Result<Register, RegisterError> {
        Ok(Register {
            engine: Box::new(Postgres::connect(url)?),
        })
    }

    /// `sqlite` or `postgresql`.
    pub fn kind(&self) -> &'static str {
        self.engine.kind()
    }

    /// Run `f` in one transaction: all of it is written, or nothing.
    fn transaction<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Engine) -> Result<T, RegisterError>,
    ) -> Result<T, RegisterError> {
        self.engine.begin()?;
        match f(&mut *self.engine) {
            Ok(v) => {
                self.engine.commit()?;
                Ok(v)
            }
            Err(e) => {
                self.engine.rollback();
                Err(e)
            }
        }
    }

    /// Record a new request, with its first status and its deadlines.
    pub fn add(&mut self, e: &Entry, who: &str, note: &str) -> Result<(), RegisterError> {
        if e.reference.trim().is_empty() {
            return Err(RegisterError::Invalid(
                "the request has no reference: fill in `reference` first".into(),
            ));
        }
        self.transaction(|db| {
            let exists = db.query(
                "SELECT reference FROM requests WHERE reference = $1",
                &[e.reference.as_str().into()],
            )?;
            if !exists.is_empty() {
                return Err(RegisterError::Exists(e.reference.clone()));
            }
            let sql = format!(
                "INSERT INTO requests ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
            );
            let v = |s: &str| Val::from(s);
            db.exec(
                &sql,
                &[
                    v(&e.reference),
                    v(&e.their_reference),
                    v(&e.direction),
                    v(&e.requesting_state),
                    v(&e.requested_state),
                    v(&e.legal_basis),
                    v(&e.measures),
                    v(&e.case_path),
                    v(&e.case_hash),
                    v(&e.pdf_hash),
                    v(&e.knowledge),
                    v(&e.unit),
                    v(&e.status),
                    Val::Int(1),
                    v(&e.created_at),
                    v(&e.created_at),
                ],
            )?;
            db.exec(
                "INSERT INTO events (reference, seq, at, status, note, who) VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    v(&e.reference),
                    Val::Int(1),
                    v(&e.created_at),
                    v(&e.status),
                    v(note),
                    v(who),
                ],
            )?;
            for (kind, due) in &e.deadlines {
                db.exec(
                    "INSERT INTO deadlines (reference, kind, due) VALUES ($1, $2, $3)",
                    &[v(&e.reference), v(kind), v(due)],
                )?;
            }
            Ok(())
        })
    }

    fn entries(&mut self, filter: &str, params: &[Val]) -> Result<Vec<Entry>, RegisterError> {
        let rows = self.engine.query(
            &format!("SELECT {COLUMNS} FROM requests {filter} ORDER BY created_at, reference"),
            params,
        )?;
        let mut out = Vec::new();
        for r in rows {
            let t = |i: usize| r.get(i).map(Val::text).unwrap_or_default();
            let reference = t(0);
            let deadlines = self
                .engine
                .query(
                    "SELECT kind, due FROM deadlines WHERE reference = $1 ORDER BY due, kind",
                    &[reference.as_str().into()],
                )?
                .into_iter()
                .map(|d| (d[0].text(), d[1].text()))
                .collect();
            out.push(Entry {
                reference,
                their_reference: t(1),
                direction: t(2),
                requesting_state: t(3),
                requested_state: t(4),
                legal_basis: t(5),
                measures: t(6),
                case_path: t(7),
                case_hash: t(8),
                pdf_hash: t(9),
                knowledge: t(10),
                unit: t(11),
                status: t(12),
                version: r.get(13).map(Val::int).unwrap_or(0),
                created_at: t(14),
                updated_at: t(15),
                deadlines,
            });
        }
        Ok(out)
    }

    /// One request.
    pub fn get(&mut self, reference: &str) -> Result<Entry, RegisterError> {
        self.entries("WHERE reference = $1", &[reference.into()])?
            .pop()
            .ok_or_else(|| RegisterError::Unknown(reference.to_string()))
    }

    /// Every request, oldest first; narrowed to a requested (or
    /// requesting) state and a status when given.
    pub fn list(
        &mut self,
        state: Option<&str>,
        status: Option<Status>,
    ) -> Result<Vec<Entry>, RegisterError> {
        let mut all = self.entries("", &[])?;
        all.retain(|e| {
            state.is_none_or(|s| {
                e.requested_state.eq_ignore_ascii_case(s)
                    || e.requesting_state.eq_ignore_ascii_case(s)
            }) && status.is_none_or(|st| e.status == st.key())
        });
        Ok(all)
    }

    /// A request's history, oldest first.
    pub fn history(&mut self, reference: &str) -> Result<Vec<Event>, RegisterError> {
        let rows = self.engine.query(
            "SELECT seq, at, status, note, who FROM events WHERE reference = $1 ORDER BY seq",
            &[reference.into()],
        )?;
        Ok(rows
            .into_iter()
            .map(|r| Event {
                seq: r[0].int(),
                at: r[1].text(),
                status: r[2].text(),
                note: r[3].text(),
                who: r[4].text(),
            })
            .collect())
    }

    /// Change a request's status, as seen at `version` (`None`: as it is
    /// now). A change made meanwhile is refused with [`RegisterError::Conflict`].
    /// Returns the new version.
    pub fn set_status(
        &mut self,
        reference: &str,
        status: Status,
        note: &str,
        who: &str,
        at: &str,
        version: Option<i64>,
    ) -> Result<i64, RegisterError> {
        if status == Status::Refused && note.trim().is_empty() {
            return Err(RegisterError::Invalid(
                "a refusal needs its ground: give it with --note".into(),
            ));
        }
        let current = self.get(reference)?;
        let seen = version.unwrap_or(current.version);
        self.transaction(|db| {
            let changed = db.exec(
                "UPDATE requests SET status = $1, version = $2, updated_at = $3 WHERE reference = $4 AND version = $5",
                &[
                    status.key().into(),
                    Val::Int(seen + 1),
                    at.into(),
                    reference.into(),
                    Val::Int(seen),
                ],
            )?;
            if changed == 0 {
                let now = db.query(
                    "SELECT version, status FROM requests WHERE reference = $1",
                    &[reference.into()],
                )?;
                let (now, status) = now
                    .first()
                    .map(|r| (r[0].int(), r[1].text()))
                    .unwrap_or((0, String::new()));
                return Err(RegisterError::Conflict {
                    reference: reference.to_string(),
                    now,
                    status,
                });
            }
            db.exec(
                "INSERT INTO events (reference, seq, at, status, note, who) VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    reference.into(),
                    Val::Int(seen + 1),
                    at.into(),
                    status.key().into(),
                    note.into(),
                    who.into(),
                ],
            )?;
            Ok(seen + 1)
        })
    }

    /// Set (or move) one deadline of a request.
    pub fn set_deadline(
        &mut self,
        reference: &str,
        kind: &str,
        due: &str,
    ) -> Result<(), RegisterError> {
        self.get(reference)?;
        self.transaction(|db| {
            db.exec(
                "DELETE FROM deadlines WHERE reference = $1 AND kind = $2",
                &[reference.into(), kind.into()],
            )?;
            db.exec(
                "INSERT INTO deadlines (reference, kind, due) VALUES ($1, $2, $3)",
                &[reference.into(), kind.into(), due.into()],
            )?;
            Ok(())
        })
    }

    /// Deadlines of open requests due on or before `until` (YYYY-MM-DD),
    /// soonest first; `overdue` when before `today`.
    pub fn due(&mut self, today: &str, until: &str) -> Result<Vec<Due>, RegisterError> {
        let mut out = Vec::new();
        for e in self.entries("", &[])? {
            if Status::parse(&e.status).is_some_and(Status::closed) {
                continue;
            }
            for (kind, due) in &e.deadlines {
                if due.as_str() <= until {
                    out.push(Due {
                        reference: e.reference.clone(),
                        requested_state: e.requested_state.clone(),
                        status: e.status.clone(),
                        kind: kind.clone(),
                        due: due.clone(),
                        overdue: due.as_str() < today,
                    });
                }
            }
        }
        out.sort_by(|a, b| a.due.cmp(&b.due).then(a.reference.cmp(&b.reference)));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_keys_read_back() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.key()), Some(s));
        }
    }
}
