//! The register on both engines: every test runs against SQLite and
//! against a real PostgreSQL (`ROGATORY_TEST_DATABASE_URL`, which `.ci/run`
//! sets after starting a cluster on a local socket; outside CI, without
//! it, the PostgreSQL half is skipped and says so).

mod common;

use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use rogatory::register::{Entry, Register, RegisterError, Status};

static DB: AtomicUsize = AtomicUsize::new(0);

/// One engine to test on: a fresh, empty register, openable more than
/// once (two connections to one database), and where it lives.
struct Eng {
    name: &'static str,
    open: Box<dyn Fn() -> Register + Sync>,
    sqlite: Option<std::path::PathBuf>,
    postgres: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

/// SQLite always; PostgreSQL when a server is given.
fn engines() -> Vec<Eng> {
    let mut out = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("register.sqlite3");
    let p = path.clone();
    out.push(Eng {
        name: "sqlite",
        open: Box::new(move || Register::sqlite(&p).unwrap()),
        sqlite: Some(path),
        postgres: None,
        _dir: Some(dir),
    });
    match std::env::var("ROGATORY_TEST_DATABASE_URL") {
        Ok(url) => {
            let name = format!(
                "rogatory_test_{}_{}",
                std::process::id(),
                DB.fetch_add(1, Ordering::SeqCst)
            );
            let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            admin
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .unwrap();
            let url = format!("{url} dbname={name}");
            let u = url.clone();
            out.push(Eng {
                name: "postgresql",
                open: Box::new(move || Register::postgres(&u).unwrap()),
                sqlite: None,
                postgres: Some(url),
                _dir: None,
            });
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("ROGATORY_TEST_DATABASE_URL is not set; .ci/run starts PostgreSQL and sets it")
        }
        Err(_) => eprintln!("ROGATORY_TEST_DATABASE_URL not set: PostgreSQL skipped outside CI"),
    }
    out
}

fn entry(reference: &str, state: &str) -> Entry {
    Entry {
        reference: reference.into(),
        their_reference: String::new(),
        direction: "outgoing".into(),
        requesting_state: "GB".into(),
        requested_state: state.into(),
        legal_basis: "untoc".into(),
        measures: "bank_records,witness_statement".into(),
        case_path: "/cases/x.toml".into(),
        case_hash: "00".into(),
        pdf_hash: String::new(),
        knowledge: String::new(),
        unit: String::new(),
        status: "sent".into(),
        version: 1,
        created_at: "2026-12-01T10:00:00Z".into(),
        updated_at: String::new(),
        deadlines: vec![("follow-up".into(), "2026-12-20".into())],
    }
}

#[test]
fn a_request_is_recorded_listed_and_shown_with_its_history() {
    for Eng {
        name: engine, open, ..
    } in engines()
    {
        let mut r = open();
        assert_eq!(r.kind(), engine);
        r.add(&entry("OPL/1", "US"), "sarah", "").unwrap();
        r.add(&entry("OPL/2", "FR"), "sarah", "").unwrap();
        assert!(matches!(
            r.add(&entry("OPL/1", "US"), "sarah", ""),
            Err(RegisterError::Exists(_))
        ));
        let got = r.get("OPL/1").unwrap();
        assert_eq!(got.requested_state, "US");
        assert_eq!(
            got.deadlines,
            vec![("follow-up".to_string(), "2026-12-20".to_string())]
        );
        assert_eq!(r.list(Some("fr"), None).unwrap().len(), 1, "{engine}");
        assert_eq!(r.list(None, Some(Status::Sent)).unwrap().len(), 2);
        r.set_status(
            "OPL/1",
            Status::Acknowledged,
            "by e-mail",
            "sarah",
            "2026-12-02T09:00:00Z",
            None,
        )
        .unwrap();
        let h = r.history("OPL/1").unwrap();
        assert_eq!(
            h.iter().map(|e| e.status.as_str()).collect::<Vec<_>>(),
            ["sent", "acknowledged"],
            "{engine}"
        );
        assert_eq!(h[1].note, "by e-mail");
        assert!(matches!(r.get("nope"), Err(RegisterError::Unknown(_))));
        // Executed ten days after it was registered: the median for US.
        r.set_status(
            "OPL/1",
            Status::Executed,
            "",
            "sarah",
            "2026-12-11T10:00:00Z",
            None,
        )
        .unwrap();
        let us = r
            .stats()
            .unwrap()
            .into_iter()
            .find(|st| st.by == "state" && st.key == "US")
            .unwrap();
        assert_eq!(
            (us.requests, us.executed, us.median_days),
            (1, 1, Some(10.0)),
            "{engine}"
        );
        assert!(
            matches!(
                r.set_status("OPL/2", Status::Refused, "", "x", "t", None),
                Err(RegisterError::Invalid(_))
            ),
            "a refusal needs its ground"
        );
    }
}

#[test]
fn a_change_made_meanwhile_is_refused_not_overwritten() {
    for Eng {
        name: engine, open, ..
    } in engines()
    {
        let mut a = open();
        let mut b = open();
        a.add(&entry("OPL/9", "US"), "sarah", "").unwrap();
        // Both saw version 1.
        let seen = b.get("OPL/9").unwrap().version;
        assert_eq!(
            a.set_status("OPL/9", Status::Acknowledged, "", "a", "t1", Some(seen))
                .unwrap(),
            2
        );
        let e = b
            .set_status(
                "OPL/9",
                Status::FurtherInformation,
                "",
                "b",
                "t2",
                Some(seen),
            )
            .unwrap_err();
        assert!(
            matches!(&e, RegisterError::Conflict { now: 2, status, .. } if status == "acknowledged"),
            "{engine}: {e}"
        );
        assert_eq!(b.get("OPL/9").unwrap().status, "acknowledged");
        assert_eq!(b.history("OPL/9").unwrap().len(), 2);
    }
}

#[test]
fn two_writers_at_once_lose_no_change() {
    for Eng {
        name: engine, open, ..
    } in engines()
    {
        open().add(&entry("OPL/7", "US"), "sarah", "").unwrap();
        let mut ok = 0;
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..2)
                .map(|t| {
                    let mut r = open();
                    s.spawn(move || {
                        let mut done = 0;
                        for i in 0..15 {
                            let st = if (i + t) % 2 == 0 {
                                Status::Acknowledged
                            } else {
                                Status::PartlyExecuted
                            };
                            match r.set_status("OPL/7", st, &format!("{t}/{i}"), "w", "t", None) {
                                Ok(_) => done += 1,
                                Err(RegisterError::Conflict { .. }) => {}
                                Err(e) => panic!("{e}"),
                            }
                        }
                        done
                    })
                })
                .collect();
            for h in handles {
                ok += h.join().unwrap();
            }
        });
        // Every change that was taken is in the history, and the version
        // counts them: none was overwritten.
        let mut r = open();
        let e = r.get("OPL/7").unwrap();
        let h = r.history("OPL/7").unwrap();
        assert_eq!(h.len(), ok + 1, "{engine}");
        assert_eq!(e.version as usize, ok + 1, "{engine}");
        assert!(ok >= 15, "{engine}: only {ok} of 30 changes were taken");
    }
}

#[test]
fn the_history_is_append_only_and_a_failed_add_leaves_nothing() {
    for Eng {
        name: engine,
        open,
        sqlite,
        postgres,
        ..
    } in engines()
    {
        let mut r = open();
        r.add(&entry("OPL/3", "US"), "sarah", "").unwrap();
        // An add that fails half-way (two deadlines of one kind) is undone whole.
        let mut bad = entry("OPL/4", "US");
        bad.deadlines
            .push(("follow-up".into(), "2027-01-01".into()));
        assert!(r.add(&bad, "sarah", "").is_err(), "{engine}");
        assert!(
            matches!(r.get("OPL/4"), Err(RegisterError::Unknown(_))),
            "{engine}"
        );
        assert!(r.history("OPL/4").unwrap().is_empty());
        // The database itself refuses to rewrite history.
        if let Some(path) = sqlite {
            let c = rusqlite::Connection::open(path).unwrap();
            let e = c.execute("UPDATE events SET note = 'x'", []).unwrap_err();
            assert!(e.to_string().contains("append-only"), "{e}");
            let e = c.execute("DELETE FROM events", []).unwrap_err();
            assert!(e.to_string().contains("append-only"), "{e}");
        }
        if let Some(url) = postgres {
            let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            for sql in ["UPDATE events SET note = 'x'", "DELETE FROM events"] {
                let e = c.execute(sql, &[]).unwrap_err();
                let said = e
                    .as_db_error()
                    .map(|d| d.message().to_string())
                    .unwrap_or_default();
                assert!(said.contains("append-only"), "{said}");
            }
        }
    }
}

#[test]
fn a_preservation_sent_50_days_ago_is_due_and_the_command_says_so() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A request for preservation of data, registered 50 days before today.
    let text = fs::read_to_string(example(COMPLETE)).unwrap();
    let case = dir.path().join("preserve.toml");
    let text = text.replacen("kind = \"bank_records\"", "kind = \"data_preservation\"", 1);
    fs::write(&case, &text).unwrap();
    let fifty_ago = "2026-10-03"; // TODAY (2026-11-22) minus 50 days
    let o = rogatory_on(
        fifty_ago,
        &["register", "add", case.to_str().unwrap()],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Registered OPL/2026/0147"),
        "{}",
        stdout(&o)
    );
    // Its preservation expires 60 days after: 2026-12-02, within 14 days.
    let o = rogatory(&["register", "due", "--within", "14d"], home.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("2026-12-02  OPL/2026/0147"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("preservation-expiry"), "{}", stdout(&o));
    // Ten days later it is overdue: exit 1 for a daily job.
    let o = rogatory_on(
        "2026-12-12",
        &["register", "due", "--format", "json"],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["overdue"], true);
    let o = rogatory_on(
        "2026-12-12",
        &["register", "list", "--overdue"],
        home.path(),
    );
    assert!(stdout(&o).contains("OPL/2026/0147"), "{}", stdout(&o));
    let o = rogatory_on(
        "2026-11-23",
        &["register", "list", "--overdue"],
        home.path(),
    );
    assert!(!stdout(&o).contains("OPL/2026/0147"), "{}", stdout(&o));
    // Executed, it is due no more.
    let o = rogatory(
        &["register", "status", "OPL/2026/0147", "executed"],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = rogatory_on("2026-12-12", &["register", "due"], home.path());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // Shown with its history; listed as CSV.
    let o = rogatory(&["register", "show", "OPL/2026/0147"], home.path());
    assert!(
        stdout(&o).contains("executed (version 2)"),
        "{}",
        stdout(&o)
    );
    let o = rogatory(&["register", "list", "--format", "csv"], home.path());
    assert!(
        stdout(&o).starts_with("reference,direction"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("OPL/2026/0147,outgoing,GB,US,untoc"),
        "{}",
        stdout(&o)
    );
    // A stale version is refused with exit 1 and a message.
    let o = rogatory(
        &[
            "register",
            "status",
            "OPL/2026/0147",
            "withdrawn",
            "--seen-version",
            "1",
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("changed meanwhile"), "{}", stderr(&o));
}

#[test]
fn both_engines_create_the_same_tables() {
    // One schema: the first migration is the same text on both engines.
    let sqlite = fs::read_to_string(root().join("migrations/sqlite/V1__register.sql")).unwrap();
    let postgres = fs::read_to_string(root().join("migrations/postgres/V1__register.sql")).unwrap();
    assert_eq!(sqlite, postgres);
}

#[test]
fn on_postgresql_a_unit_sees_only_its_own_requests_and_the_central_authority_all() {
    let Some(Eng {
        open,
        postgres: Some(url),
        ..
    }) = engines().into_iter().find(|e| e.name == "postgresql")
    else {
        return;
    };
    let mut owner = open();
    let id = std::process::id();
    let (a, b, chief) = (
        format!("unit_a_{id}"),
        format!("unit_b_{id}"),
        format!("chief_{id}"),
    );
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "DO $$ BEGIN CREATE ROLE rogatory_central; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
             CREATE ROLE {a} LOGIN; CREATE ROLE {b} LOGIN; CREATE ROLE {chief} LOGIN IN ROLE rogatory_central;
             GRANT SELECT, INSERT, UPDATE ON requests, events, deadlines, links, refinery_schema_history TO {a}, {b}, rogatory_central;
             GRANT DELETE ON deadlines TO {a}, {b}, rogatory_central;"
        ))
        .unwrap();
    let mut ea = entry("OPL/A", "US");
    ea.unit = a.clone();
    let mut eb = entry("OPL/B", "FR");
    eb.unit = b.clone();
    owner.add(&ea, "admin", "").unwrap();
    owner.add(&eb, "admin", "").unwrap();

    let mut as_a = Register::postgres(&format!("{url} user={a}")).unwrap();
    let seen: Vec<String> = as_a
        .list(None, None)
        .unwrap()
        .into_iter()
        .map(|e| e.reference)
        .collect();
    assert_eq!(seen, ["OPL/A"]);
    assert!(matches!(as_a.get("OPL/B"), Err(RegisterError::Unknown(_))));
    assert!(as_a.history("OPL/B").unwrap().is_empty(), "nor its history");
    assert!(matches!(
        as_a.set_status("OPL/B", Status::Withdrawn, "", "a", "t", None),
        Err(RegisterError::Unknown(_))
    ));
    // Nor can it file a request under another unit.
    let mut other = entry("OPL/C", "DE");
    other.unit = b.clone();
    assert!(as_a.add(&other, "a", "").is_err());
    // Its own it may change.
    as_a.set_status("OPL/A", Status::Acknowledged, "", "a", "t", None)
        .unwrap();

    let mut as_chief = Register::postgres(&format!("{url} user={chief}")).unwrap();
    assert_eq!(as_chief.list(None, None).unwrap().len(), 2);
    drop((as_a, as_chief));
    admin
        .batch_execute(&format!(
            "REVOKE ALL ON requests, events, deadlines, links, refinery_schema_history FROM {a}, {b};
             DROP ROLE {a}; DROP ROLE {b}; DROP ROLE {chief};"
        ))
        .unwrap();
}

#[test]
fn a_follow_up_starts_with_the_precursors_facts_and_is_linked_to_it() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(example(COMPLETE)).unwrap();
    let case = dir.path().join("preserve.toml");
    fs::write(
        &case,
        text.replacen("kind = \"bank_records\"", "kind = \"data_preservation\"", 1),
    )
    .unwrap();
    let o = rogatory(&["register", "add", case.to_str().unwrap()], home.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let next = dir.path().join("full.toml");
    let o = rogatory(
        &[
            "register",
            "follow-up",
            "OPL/2026/0147",
            "-o",
            next.to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let old = rogatory::store::load_case(&case).unwrap();
    let new = rogatory::store::load_case(&next).unwrap();
    assert_eq!(new.reference, "OPL/2026/0147-F");
    assert_eq!(new.facts, old.facts);
    assert_eq!(new.persons, old.persons);
    assert_eq!(new.requested_state, old.requested_state);
    assert_eq!(
        new.measures.iter().map(|m| m.kind).collect::<Vec<_>>(),
        [Some(rogatory::case::MeasureKind::DataDisclosure)]
    );
    assert_eq!(new.earlier_requests[0].reference, "OPL/2026/0147");
    let o = rogatory(&["register", "show", "OPL/2026/0147-F"], home.path());
    assert!(stdout(&o).contains("draft (version 1)"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("OPL/2026/0147-F follow-up-of OPL/2026/0147"),
        "{}",
        stdout(&o)
    );
    // Never over an existing file; a request with nothing to follow up says so.
    let o = rogatory(
        &[
            "register",
            "follow-up",
            "OPL/2026/0147",
            "-o",
            next.to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let o = rogatory(
        &[
            "register",
            "follow-up",
            "OPL/2026/0147-F",
            "-o",
            dir.path().join("x.toml").to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no preservation or freezing measure"),
        "{}",
        stderr(&o)
    );
    // A reply received is linked by hand.
    let reply = dir.path().join("reply.toml");
    fs::write(&reply, text.replace("OPL/2026/0147", "US-2026-88")).unwrap();
    let o = rogatory(
        &["register", "add", reply.to_str().unwrap(), "--incoming"],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = rogatory(
        &[
            "register",
            "link",
            "US-2026-88",
            "OPL/2026/0147",
            "--kind",
            "reply-to",
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = rogatory(&["register", "show", "OPL/2026/0147"], home.path());
    assert!(
        stdout(&o).contains("US-2026-88 reply-to OPL/2026/0147"),
        "{}",
        stdout(&o)
    );
    let o = rogatory(
        &[
            "register",
            "link",
            "US-2026-88",
            "NOPE",
            "--kind",
            "reply-to",
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    // Statistics count them, per state and per measure.
    let o = rogatory(&["register", "stats", "--format", "csv"], home.path());
    assert!(stdout(&o).contains("state,US,3,0,"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("measure,data_preservation,1,0,"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn killing_register_add_midway_leaves_the_register_consistent() {
    for eng in engines() {
        let home = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let text = fs::read_to_string(example(COMPLETE)).unwrap();
        let mut killed = 0;
        for i in 0..24 {
            let case = dir.path().join(format!("c{i}.toml"));
            fs::write(&case, text.replace("OPL/2026/0147", &format!("K/{i}"))).unwrap();
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rogatory"));
            cmd.args(["--today", TODAY, "register", "add"])
                .arg(&case)
                .env("XDG_DATA_HOME", home.path().join("data"))
                .env("XDG_CONFIG_HOME", home.path().join("config"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            // SQLite: the binary's own register in its data folder.
            match &eng.postgres {
                Some(url) => cmd.env("ROGATORY_DATABASE_URL", url),
                None => cmd.env_remove("ROGATORY_DATABASE_URL"),
            };
            let mut child = cmd.spawn().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(2 * i));
            if child.kill().is_ok() {
                killed += 1;
            }
            let _ = child.wait();
        }
        let mut r = match &eng.postgres {
            Some(_) => (eng.open)(),
            None => Register::sqlite(&home.path().join("data/rogatory/register.sqlite3")).unwrap(),
        };
        let all = r.list(None, None).unwrap();
        for e in &all {
            let h = r.history(&e.reference).unwrap();
            assert_eq!(
                h.len(),
                1,
                "{}: {} has {} events",
                eng.name,
                e.reference,
                h.len()
            );
            assert_eq!(h[0].status, "sent");
        }
        if eng.sqlite.is_some() {
            let c = rusqlite::Connection::open(home.path().join("data/rogatory/register.sqlite3"))
                .unwrap();
            let ok: String = c
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
            let orphans: i64 = c
                .query_row(
                    "SELECT COUNT(*) FROM deadlines WHERE reference NOT IN (SELECT reference FROM requests)",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(orphans, 0);
        }
        eprintln!(
            "{}: 24 runs signalled ({killed} still running when killed or just ended), {} registered whole",
            eng.name,
            all.len()
        );
    }
}

#[test]
fn the_config_file_names_the_server_but_never_its_password() {
    let home = tempfile::tempdir().unwrap();
    let conf = home.path().join("config/rogatory");
    fs::create_dir_all(&conf).unwrap();
    fs::write(
        conf.join("config.toml"),
        "[register]\ndatabase_url = \"host=db.example user=me password=secret\"\n",
    )
    .unwrap();
    let o = rogatory(&["register", "list"], home.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("password file"), "{}", stderr(&o));
    fs::write(conf.join("config.toml"), "[register]\ndatabase_url = 3\n").unwrap();
    let o = rogatory(&["register", "list"], home.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("config.toml:2:"),
        "located: {}",
        stderr(&o)
    );
    let Some(Eng {
        postgres: Some(url),
        open,
        ..
    }) = engines().into_iter().find(|e| e.name == "postgresql")
    else {
        return;
    };
    fs::write(
        conf.join("config.toml"),
        format!("[register]\ndatabase_url = {url:?}\n"),
    )
    .unwrap();
    let o = rogatory(
        &["register", "add", example(COMPLETE).to_str().unwrap()],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(open().get("OPL/2026/0147").unwrap().requested_state, "US");
}
