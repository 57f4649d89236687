//! `rogatory register …`: record a request, follow its status and its
//! deadlines. What to record is read from the case: references, states,
//! legal basis, measures, hashes of the case and of the document sent, the
//! knowledge used, and the deadlines the case implies (the date the
//! evidence is needed by, the earliest limitation date, and the expiry of a
//! preservation: at least 60 days under Budapest art. 29(7)).

use jiff::civil::Date;

use super::{FAILURE, FINDINGS, OK};
use crate::cli::{ListFormat, RegisterCommand};
use crate::i18n::{Localized, Localizer};
use crate::register::cases::{self, entry_of, now, who};
use crate::register::{Entry, Register, RegisterError};
use crate::store;

/// Who makes a change: the login name, as the history records it.
fn fail(ui: &Localizer, e: impl std::fmt::Display) -> i32 {
    eprintln!("{}", ui.ta("cli-cannot-read", &[("error", &e.to_string())]));
    FAILURE
}

/// The deadlines a case implies, as of the day it is registered.
pub(super) fn cmd(command: RegisterCommand, ui: &Localizer, today: Date) -> i32 {
    let mut reg = match Register::open() {
        Ok(r) => r,
        Err(e) => return fail(ui, e),
    };
    match command {
        RegisterCommand::Add {
            case,
            sent,
            status,
            incoming,
            their_reference,
            unit,
            follow_up,
        } => {
            let opened = match store::open_case(&case, &mut store::TerminalAsk { ui }) {
                Ok(o) => o,
                Err(e) => return fail(ui, e.localized(ui)),
            };
            let sent_bytes = match sent.as_deref().map(std::fs::read).transpose() {
                Ok(b) => b,
                Err(e) => return fail(ui, format!("{}: {e}", sent.unwrap_or_default().display())),
            };
            let bytes = std::fs::read(&case).unwrap_or_default();
            let mut e = entry_of(
                &opened.case,
                &case,
                &bytes,
                sent_bytes.as_deref(),
                status,
                today,
            );
            if incoming {
                e.direction = "incoming".into();
            }
            e.their_reference = their_reference.unwrap_or_default();
            e.unit = unit.unwrap_or_default();
            if let Some(d) = follow_up {
                e.deadlines.push(("follow-up".into(), d.to_string()));
            }
            match reg.add(&e, &who(), "") {
                Ok(()) => {
                    println!(
                        "{}",
                        ui.ta(
                            "register-added",
                            &[("reference", &e.reference), ("status", e.status.as_str())]
                        )
                    );
                    OK
                }
                Err(e) => fail(ui, e),
            }
        }
        RegisterCommand::List {
            state,
            status,
            overdue,
            format,
        } => match reg.list(state.as_deref(), status) {
            Ok(mut list) => {
                if overdue {
                    let today = today.to_string();
                    list.retain(|e| {
                        !crate::register::Status::parse(&e.status).is_some_and(|s| s.closed())
                            && e.deadlines.iter().any(|(_, d)| d.as_str() < today.as_str())
                    });
                }
                print_list(&list, format, ui);
                OK
            }
            Err(e) => fail(ui, e),
        },
        RegisterCommand::Show { reference } => {
            let shown = reg
                .get(&reference)
                .and_then(|e| Ok((e, reg.history(&reference)?)));
            match shown {
                Ok((e, history)) => {
                    print_entry(&e, ui);
                    for (from, to, kind) in reg.links(&reference).unwrap_or_default() {
                        println!("{}: {from} {kind} {to}", ui.t("register-link"));
                    }
                    for h in history {
                        let by = if h.who.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", h.who)
                        };
                        let note = if h.note.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", h.note)
                        };
                        println!("  {} {}  {}{by}{note}", h.seq, h.at, h.status);
                    }
                    OK
                }
                Err(e) => fail(ui, e),
            }
        }
        RegisterCommand::Status {
            reference,
            status,
            note,
            seen_version,
        } => match reg.set_status(
            &reference,
            status,
            note.as_deref().unwrap_or(""),
            &who(),
            &now(),
            seen_version,
        ) {
            Ok(v) => {
                println!(
                    "{}",
                    ui.ta(
                        "register-status-set",
                        &[
                            ("reference", &reference),
                            ("status", status.key()),
                            ("version", &v.to_string())
                        ]
                    )
                );
                OK
            }
            Err(e @ RegisterError::Conflict { .. }) => {
                eprintln!("{}", ui.ta("cli-cannot-read", &[("error", &e.to_string())]));
                FINDINGS
            }
            Err(e) => fail(ui, e),
        },
        RegisterCommand::Deadline {
            reference,
            kind,
            date,
        } => match reg.set_deadline(&reference, &kind, &date.to_string()) {
            Ok(()) => OK,
            Err(e) => fail(ui, e),
        },
        RegisterCommand::FollowUp {
            reference,
            output,
            new_reference,
        } => match cases::start_follow_up(
            &mut reg,
            &reference,
            &output,
            new_reference,
            &mut store::TerminalAsk { ui },
            ui,
            today,
        ) {
            Ok(made) => {
                println!(
                    "{}",
                    ui.ta(
                        "register-follow-up-made",
                        &[
                            ("path", &output.display().to_string()),
                            ("reference", &made),
                            ("precursor", &reference)
                        ]
                    )
                );
                OK
            }
            Err(e) => fail(ui, e),
        },
        RegisterCommand::Link { from, to, kind } => match reg.link(&from, &to, kind.key()) {
            Ok(()) => OK,
            Err(e) => fail(ui, e),
        },
        RegisterCommand::Stats { format } => match reg.stats() {
            Ok(stats) => {
                match format {
                    ListFormat::Json => println!(
                        "{}",
                        serde_json::to_string_pretty(&stats).unwrap_or_default()
                    ),
                    ListFormat::Csv | ListFormat::Text => {
                        let sep = if format == ListFormat::Csv { "," } else { "\t" };
                        println!("by{sep}key{sep}requests{sep}executed{sep}median_days");
                        for st in stats {
                            let m = st.median_days.map(|d| d.to_string()).unwrap_or_default();
                            println!(
                                "{}{sep}{}{sep}{}{sep}{}{sep}{m}",
                                st.by,
                                csv(&st.key),
                                st.requests,
                                st.executed
                            );
                        }
                    }
                }
                OK
            }
            Err(e) => fail(ui, e),
        },
        RegisterCommand::Due { within, format } => {
            let until = today
                .checked_add(jiff::Span::new().days(within))
                .unwrap_or(today)
                .to_string();
            match reg.due(&today.to_string(), &until) {
                Ok(due) => {
                    match format {
                        ListFormat::Json => {
                            println!("{}", serde_json::to_string_pretty(&due).unwrap_or_default())
                        }
                        ListFormat::Csv => {
                            println!("reference,requested_state,status,kind,due,overdue");
                            for d in &due {
                                println!(
                                    "{},{},{},{},{},{}",
                                    csv(&d.reference),
                                    csv(&d.requested_state),
                                    d.status,
                                    d.kind,
                                    d.due,
                                    d.overdue
                                );
                            }
                        }
                        ListFormat::Text => {
                            for d in &due {
                                let mark = if d.overdue {
                                    ui.t("register-overdue")
                                } else {
                                    String::new()
                                };
                                println!(
                                    "{}  {}  {} {}  {}  {mark}",
                                    d.due, d.reference, d.requested_state, d.status, d.kind
                                );
                            }
                            if due.is_empty() {
                                println!(
                                    "{}",
                                    ui.ta("register-nothing-due", &[("days", &within.to_string())])
                                );
                            }
                        }
                    }
                    // A daily job reads the exit code: 1 when something is overdue.
                    if due.iter().any(|d| d.overdue) {
                        FINDINGS
                    } else {
                        OK
                    }
                }
                Err(e) => fail(ui, e),
            }
        }
    }
}

/// A CSV field, quoted when it must be.
fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The soonest deadline, as `YYYY-MM-DD kind`.
fn next_deadline(e: &Entry) -> String {
    e.deadlines
        .first()
        .map(|(k, d)| format!("{d} {k}"))
        .unwrap_or_default()
}

fn print_list(list: &[Entry], format: ListFormat, ui: &Localizer) {
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(list).unwrap_or_default()),
        ListFormat::Csv => {
            println!(
                "reference,direction,requesting_state,requested_state,legal_basis,measures,status,next_deadline,created_at"
            );
            for e in list {
                let next = next_deadline(e);
                println!(
                    "{},{},{},{},{},{},{},{},{}",
                    csv(&e.reference),
                    e.direction,
                    csv(&e.requesting_state),
                    csv(&e.requested_state),
                    csv(&e.legal_basis),
                    csv(&e.measures),
                    e.status,
                    csv(&next),
                    e.created_at
                );
            }
        }
        ListFormat::Text => {
            if list.is_empty() {
                println!("{}", ui.t("register-empty"));
            }
            for e in list {
                let next = next_deadline(e);
                println!(
                    "{}  {}→{}  {}  {}  {next}",
                    e.reference, e.requesting_state, e.requested_state, e.legal_basis, e.status
                );
            }
        }
    }
}

fn print_entry(e: &Entry, ui: &Localizer) {
    let rows = [
        ("register-reference", e.reference.clone()),
        ("register-their-reference", e.their_reference.clone()),
        ("register-direction", e.direction.clone()),
        (
            "register-states",
            format!("{} → {}", e.requesting_state, e.requested_state),
        ),
        ("register-basis", e.legal_basis.clone()),
        ("register-measures", e.measures.clone()),
        (
            "register-status",
            format!("{} (version {})", e.status, e.version),
        ),
        (
            "register-case",
            format!("{} (sha256 {})", e.case_path, e.case_hash),
        ),
        ("register-sent", e.pdf_hash.clone()),
        ("register-knowledge", e.knowledge.clone()),
        ("register-unit", e.unit.clone()),
    ];
    for (id, v) in rows {
        if !v.trim().is_empty() {
            println!("{}: {v}", ui.t(id));
        }
    }
    for (kind, due) in &e.deadlines {
        println!("{}: {due} {kind}", ui.t("register-deadline"));
    }
}
