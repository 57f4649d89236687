//! The register's effects in the wizard: read the list for the register
//! screen, record a produced request, start a follow-up. The database is
//! reached through `register`; the wizard gets plain rows back.

use std::path::Path;

use crate::register::{Register, Status, cases};
use crate::store;
use crate::wizard::{Msg, RegisterList, RegisterRow, Wizard};

/// The register's list, as the screen shows it.
pub(super) fn list(today: jiff::civil::Date) -> Msg {
    let mut reg = match Register::open() {
        Ok(r) => r,
        Err(e) => return Msg::Failed(e.to_string()),
    };
    let entries = match reg.list(None, None) {
        Ok(l) => l,
        Err(e) => return Msg::Failed(e.to_string()),
    };
    let today = today.to_string();
    let rows = entries
        .into_iter()
        .map(|e| {
            let open = !Status::parse(&e.status).is_some_and(Status::closed);
            let next = e.deadlines.first().filter(|_| open);
            let measures: Vec<&str> = e.measures.split(',').collect();
            RegisterRow {
                states: format!("{} → {}", e.requesting_state, e.requested_state),
                status: e.status.clone(),
                next: next.map(|(k, d)| format!("{d} {k}")).unwrap_or_default(),
                overdue: next.is_some_and(|(_, d)| d.as_str() < today.as_str()),
                case_path: e.case_path.clone().into(),
                can_follow_up: measures
                    .iter()
                    .any(|m| *m == "data_preservation" || *m == "asset_freezing"),
                reference: e.reference,
            }
        })
        .collect();
    Msg::RegisterListed(RegisterList {
        rows,
        selected: 0,
        engine: reg.kind().to_string(),
    })
}

/// Record the saved case and the document produced from it.
pub(super) fn add(w: &Wizard, case: &Path, sent: &Path) -> Msg {
    let ui = &w.ui;
    let mut reg = match Register::open() {
        Ok(r) => r,
        Err(e) => return Msg::Failed(e.to_string()),
    };
    let (bytes, sent_bytes) = match (std::fs::read(case), std::fs::read(sent)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) => return Msg::Failed(format!("{}: {e}", case.display())),
        (_, Err(e)) => return Msg::Failed(format!("{}: {e}", sent.display())),
    };
    let e = cases::entry_of(
        &w.case,
        case,
        &bytes,
        Some(&sent_bytes),
        Status::Sent,
        w.today,
    );
    match reg.add(&e, &cases::who(), "") {
        Ok(()) => Msg::Registered(e.reference),
        Err(err) => Msg::Failed(ui.ta("cli-cannot-read", &[("error", &err.to_string())])),
    }
}

/// Start a follow-up; the wizard then opens it.
pub(super) fn follow_up(w: &Wizard, reference: &str, output: &Path) -> Result<(), Msg> {
    let mut reg = Register::open().map_err(|e| Msg::Failed(e.to_string()))?;
    // The precursor's passphrase, if it has one, cannot be asked here:
    // an encrypted precursor is opened with this user's key only.
    cases::start_follow_up(
        &mut reg,
        reference,
        output,
        None,
        &mut store::Given(None),
        &w.ui,
        w.today,
    )
    .map(|_| ())
    .map_err(Msg::Failed)
}
