//! PostgreSQL's own files for connecting, read as libpq reads them: the
//! password file (`PGPASSFILE`, else `~/.pgpass`:
//! `host:port:database:user:password`, `*` matching anything, `\:` and
//! `\\` escaped, a Unix socket matching `localhost`), and the connection
//! service file (`PGSERVICEFILE`, else `~/.pg_service.conf`: `[name]`
//! sections of `key=value`), named by `service=name` in the connection
//! string.

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

thread_local! {
    /// The service file a test names (the environment cannot be changed
    /// in safe code).
    static SERVICE_FILE: std::cell::RefCell<Option<std::path::PathBuf>> =
        const { std::cell::RefCell::new(None) };
}

/// A key-value connection string with its `service=name` replaced by the
/// service's settings (those given in the string itself win).
pub fn expand_service(url: &str) -> Result<String, String> {
    let parts: Vec<&str> = url.split_whitespace().collect();
    let Some(name) = parts.iter().find_map(|p| p.strip_prefix("service=")) else {
        return Ok(url.to_string());
    };
    let file = SERVICE_FILE
        .with(|s| s.borrow().clone())
        .or_else(|| std::env::var_os("PGSERVICEFILE").map(std::path::PathBuf::from))
        .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().join(".pg_service.conf")))
        .ok_or_else(|| "no home folder for ~/.pg_service.conf".to_string())?;
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut in_section = false;
    let mut found = false;
    let mut settings: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            in_section = section.trim() == name;
            found |= in_section;
        } else if in_section && let Some((k, v)) = line.split_once('=') {
            let (k, v) = (k.trim(), v.trim());
            let given = parts.iter().any(|p| p.starts_with(&format!("{k}=")));
            if !given {
                settings.push(format!(
                    "{k}='{}'",
                    v.replace('\\', "\\\\").replace('\'', "\\'")
                ));
            }
        }
    }
    if !found {
        return Err(format!("{}: no service [{name}]", file.display()));
    }
    settings.extend(
        parts
            .iter()
            .filter(|p| !p.starts_with("service="))
            .map(|p| p.to_string()),
    );
    Ok(settings.join(" "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_service_expands_into_its_settings_and_the_string_wins() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("svc.conf");
        std::fs::write(
            &f,
            "# x\n[mla]\nhost=/run/pg\ndbname=register\nuser=unit\n[other]\nhost=x\n",
        )
        .unwrap();
        let got = with_service_file(&f, || super::expand_service("service=mla user=me"));
        assert_eq!(got.unwrap(), "host='/run/pg' dbname='register' user=me");
        let missing = with_service_file(&f, || super::expand_service("service=nope"));
        assert!(missing.unwrap_err().contains("no service [nope]"));
    }

    fn with_service_file<T>(f: &std::path::Path, run: impl FnOnce() -> T) -> T {
        // Setting PGSERVICEFILE is unsafe code, which this crate forbids:
        // the test names the file through a thread-local instead.
        super::SERVICE_FILE.with(|s| *s.borrow_mut() = Some(f.to_path_buf()));
        let out = run();
        super::SERVICE_FILE.with(|s| *s.borrow_mut() = None);
        out
    }

    #[test]
    fn fields_are_split_at_unescaped_colons() {
        assert_eq!(
            super::fields(r"localhost:5432:db:me:pa\:ss"),
            vec!["localhost", "5432", "db", "me", "pa:ss"]
        );
    }
}
