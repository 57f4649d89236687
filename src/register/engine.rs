//! The two database engines behind the register: SQLite (embedded, in the
//! user's data folder; no server) and PostgreSQL (a team's server, by a
//! connection string). The register speaks to either through [`Engine`]:
//! SQL written once with `$1…$n` parameters (which SQLite reads as named
//! parameters bound in order), text and integer values only, and explicit
//! transactions. Migrations are refinery's, embedded per engine.

use std::path::Path;

use super::RegisterError;

mod sqlite_migrations {
    refinery::embed_migrations!("migrations/sqlite");
}
mod postgres_migrations {
    refinery::embed_migrations!("migrations/postgres");
}

/// A value bound to or read from a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Text(String),
    Int(i64),
}

impl Val {
    pub fn text(&self) -> String {
        match self {
            Val::Text(s) => s.clone(),
            Val::Int(i) => i.to_string(),
        }
    }
    pub fn int(&self) -> i64 {
        match self {
            Val::Int(i) => *i,
            Val::Text(s) => s.parse().unwrap_or(0),
        }
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::Text(s.to_string())
    }
}
impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::Text(s)
    }
}
impl From<i64> for Val {
    fn from(i: i64) -> Val {
        Val::Int(i)
    }
}

/// What the register needs of a database.
pub trait Engine: Send {
    /// Run a statement; the number of rows it changed.
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, RegisterError>;
    /// Run a query; its rows.
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, RegisterError>;
    /// Start a transaction that will write (SQLite takes its write lock
    /// now, so two writers wait rather than fail half-way).
    fn begin(&mut self) -> Result<(), RegisterError>;
    fn commit(&mut self) -> Result<(), RegisterError>;
    fn rollback(&mut self);
    /// `sqlite` or `postgresql`.
    fn kind(&self) -> &'static str;
}

/// A migration's error with its causes (refinery's own says only "db error").
fn migration(e: refinery::Error) -> RegisterError {
    let mut said = e.to_string();
    let mut cause = std::error::Error::source(&e);
    while let Some(c) = cause {
        said.push_str(&format!(": {c}"));
        cause = c.source();
    }
    RegisterError::Migration(said)
}

fn db(e: impl std::fmt::Display) -> RegisterError {
    RegisterError::Database(e.to_string())
}

/// The embedded register.
pub struct Sqlite(rusqlite::Connection);

impl Sqlite {
    /// Open (and create, and bring up to date) the register at `path`.
    pub fn open(path: &Path) -> Result<Sqlite, RegisterError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| RegisterError::Database(format!("{}: {e}", dir.display())))?;
        }
        let mut c = rusqlite::Connection::open(path)
            .map_err(|e| RegisterError::Database(format!("{}: {e}", path.display())))?;
        c.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(db)?;
        c.execute_batch("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;")
            .map_err(db)?;
        // All pending migrations and their record in one transaction: a
        // process killed half-way leaves the schema as it was.
        sqlite_migrations::migrations::runner()
            .set_grouped(true)
            .run(&mut c)
            .map_err(migration)?;
        Ok(Sqlite(c))
    }
}

fn sqlite_params(params: &[Val]) -> Vec<rusqlite::types::Value> {
    params
        .iter()
        .map(|v| match v {
            Val::Text(s) => rusqlite::types::Value::Text(s.clone()),
            Val::Int(i) => rusqlite::types::Value::Integer(*i),
        })
        .collect()
}

impl Engine for Sqlite {
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, RegisterError> {
        let p = sqlite_params(params);
        let n = self
            .0
            .execute(sql, rusqlite::params_from_iter(p.iter()))
            .map_err(db)?;
        Ok(n as u64)
    }

    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, RegisterError> {
        let p = sqlite_params(params);
        let mut stmt = self.0.prepare(sql).map_err(db)?;
        let n = stmt.column_count();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(p.iter()), |r| {
                (0..n)
                    .map(|i| {
                        Ok(match r.get::<_, rusqlite::types::Value>(i)? {
                            rusqlite::types::Value::Integer(i) => Val::Int(i),
                            rusqlite::types::Value::Text(s) => Val::Text(s),
                            rusqlite::types::Value::Real(f) => Val::Text(f.to_string()),
                            rusqlite::types::Value::Null | rusqlite::types::Value::Blob(_) => {
                                Val::Text(String::new())
                            }
                        })
                    })
                    .collect::<Result<Vec<Val>, rusqlite::Error>>()
            })
            .map_err(db)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(db)
    }

    fn begin(&mut self) -> Result<(), RegisterError> {
        self.0.execute_batch("BEGIN IMMEDIATE").map_err(db)
    }
    fn commit(&mut self) -> Result<(), RegisterError> {
        self.0.execute_batch("COMMIT").map_err(db)
    }
    fn rollback(&mut self) {
        let _ = self.0.execute_batch("ROLLBACK");
    }
    fn kind(&self) -> &'static str {
        "sqlite"
    }
}

/// A team's register on PostgreSQL.
pub struct Postgres(postgres::Client);

impl Postgres {
    /// Connect with a connection string (`host=/run/postgresql dbname=…`
    /// or `postgresql://user@host/db`); a password, when the server asks
    /// for one, comes from the PostgreSQL password file (`PGPASSFILE`, else
    /// `~/.pgpass`), never from Rogatory's own files.
    pub fn connect(url: &str) -> Result<Postgres, RegisterError> {
        let url = super::pgpass::expand_service(url).map_err(RegisterError::Database)?;
        let mut config: postgres::Config = url
            .parse()
            .map_err(|e| RegisterError::Database(format!("ROGATORY_DATABASE_URL: {e}")))?;
        if config.get_password().is_none()
            && let Some(pw) = super::pgpass::lookup(&config)
        {
            config.password(pw);
        }
        let mut c = config.connect(postgres::NoTls).map_err(db)?;
        // A unit's role may not create tables: bring the schema up to date
        // only when it is behind (the owner's first connection does it).
        let runner = postgres_migrations::migrations::runner().set_grouped(true);
        let latest = runner
            .get_migrations()
            .iter()
            .map(|m| m.version())
            .max()
            .unwrap_or(0);
        let behind = |c: &mut postgres::Client| {
            let applied: Option<i32> = c
                .query_one("SELECT MAX(version) FROM refinery_schema_history", &[])
                .ok()
                .and_then(|r| r.get(0));
            applied.is_none_or(|v| i64::from(v) < i64::from(latest))
        };
        if behind(&mut c)
            && let Err(e) = runner.run(&mut c)
            // Another process may have brought it up to date meanwhile.
            && behind(&mut c)
        {
            return Err(migration(e));
        }
        Ok(Postgres(c))
    }
}

fn pg_params(params: &[Val]) -> Vec<Box<dyn postgres::types::ToSql + Sync>> {
    params
        .iter()
        .map(|v| -> Box<dyn postgres::types::ToSql + Sync> {
            match v {
                Val::Text(s) => Box::new(s.clone()),
                Val::Int(i) => Box::new(*i),
            }
        })
        .collect()
}

impl Engine for Postgres {
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, RegisterError> {
        let p = pg_params(params);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p.iter().map(|b| &**b).collect();
        self.0.execute(sql, &refs).map_err(db)
    }

    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, RegisterError> {
        let p = pg_params(params);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p.iter().map(|b| &**b).collect();
        let rows = self.0.query(sql, &refs).map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| match r.try_get::<_, String>(i) {
                        Ok(s) => Val::Text(s),
                        Err(_) => Val::Int(r.try_get::<_, i64>(i).unwrap_or(0)),
                    })
                    .collect()
            })
            .collect())
    }

    fn begin(&mut self) -> Result<(), RegisterError> {
        self.0.batch_execute("BEGIN").map_err(db)
    }
    fn commit(&mut self) -> Result<(), RegisterError> {
        self.0.batch_execute("COMMIT").map_err(db)
    }
    fn rollback(&mut self) {
        let _ = self.0.batch_execute("ROLLBACK");
    }
    fn kind(&self) -> &'static str {
        "postgresql"
    }
}
