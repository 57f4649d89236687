//! The PostgreSQL password file (`PGPASSFILE`, else `~/.pgpass`), read as
//! libpq reads it: `host:port:database:user:password`, `*` matching
//! anything, `\:` and `\\` escaped, a Unix socket matching `localhost`.

/// The password for this connection, if the file has one.
pub fn lookup(config: &postgres::Config) -> Option<String> {
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().join(".pgpass")))?;
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let db = config.get_dbname().unwrap_or("").to_string();
    let user = config.get_user().unwrap_or("").to_string();
    let want = [host, port, db, user];
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(fields)
        .find(|f| {
            f.len() == 5
                && f[..4]
                    .iter()
                    .zip(&want)
                    .all(|(have, want)| have == "*" || have == want)
        })
        .map(|f| f[4].clone())
}

fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(n), Some(s)) = (chars.next(), out.last_mut()) {
                    s.push(n);
                }
            }
            ':' if out.len() < 5 => out.push(String::new()),
            c => {
                if let Some(s) = out.last_mut() {
                    s.push(c)
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_are_split_at_unescaped_colons() {
        assert_eq!(
            super::fields(r"localhost:5432:db:me:pa\:ss"),
            vec!["localhost", "5432", "db", "me", "pa:ss"]
        );
    }
}
