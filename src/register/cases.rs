//! What the register records of a case, and the follow-up of a
//! preservation or freezing request: the shared part of the command line
//! and the wizard. Reads and writes case files through `store`.

use std::path::Path;

use jiff::civil::Date;
use sha2::Digest;

use super::{Entry, Register, Status};
use crate::case::{Case, MeasureKind};
use crate::i18n::{Localized, Localizer};
use crate::store::{self, AskPassphrase};

pub fn who() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default()
}

pub fn now() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn hash(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn deadlines(case: &Case, today: Date, status: Status) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Ok(d) = case.urgency.needed_by.trim().parse::<Date>() {
        out.push(("needed-by".to_string(), d.to_string()));
    }
    let limitation = case
        .offences
        .iter()
        .filter_map(|o| o.limitation_date.trim().parse::<Date>().ok())
        .min();
    if let Some(d) = limitation {
        out.push(("limitation".to_string(), d.to_string()));
    }
    let preserving = case
        .measures
        .iter()
        .any(|m| m.kind == Some(MeasureKind::DataPreservation));
    if preserving
        && status != Status::Draft
        && let Ok(d) = today.checked_add(jiff::Span::new().days(60))
    {
        // Budapest art. 29(7): preserved for at least 60 days, to allow
        // the full request to be made.
        out.push(("preservation-expiry".to_string(), d.to_string()));
    }
    out
}

/// What the register records of a case.
pub fn entry_of(
    case: &Case,
    case_path: &Path,
    case_bytes: &[u8],
    sent: Option<&[u8]>,
    status: Status,
    today: Date,
) -> Entry {
    let measures: Vec<&str> = case
        .measures
        .iter()
        .filter_map(|m| m.kind.map(MeasureKind::key))
        .collect();
    let absolute = std::fs::canonicalize(case_path).unwrap_or_else(|_| case_path.to_path_buf());
    Entry {
        reference: case.reference.trim().to_string(),
        their_reference: String::new(),
        direction: "outgoing".into(),
        requesting_state: case.requesting.state.clone(),
        requested_state: case.requested_state.clone(),
        legal_basis: case.legal_basis.clone(),
        measures: measures.join(","),
        case_path: absolute.display().to_string(),
        case_hash: hash(case_bytes),
        pdf_hash: sent.map(hash).unwrap_or_default(),
        knowledge: case
            .knowledge
            .iter()
            .map(|(k, v)| format!("{k} = {v}"))
            .collect::<Vec<_>>()
            .join("; "),
        unit: String::new(),
        status: status.key().to_string(),
        version: 1,
        created_at: now(),
        updated_at: String::new(),
        deadlines: deadlines(case, today, status),
    }
}

/// The follow-up measure of a precursor's: preserved data is then asked
/// for, frozen assets confiscated.
fn follow_up_kind(k: MeasureKind) -> Option<MeasureKind> {
    match k {
        MeasureKind::DataPreservation => Some(MeasureKind::DataDisclosure),
        MeasureKind::AssetFreezing => Some(MeasureKind::Confiscation),
        _ => None,
    }
}

/// Start the follow-up of `reference`: a new case file at `output`
/// (never over an existing file), registered as a draft linked to it.
/// Returns the follow-up's reference, or what went wrong, in `ui`'s words.
pub fn start_follow_up(
    reg: &mut Register,
    reference: &str,
    output: &Path,
    new_reference: Option<String>,
    ask: &mut dyn AskPassphrase,
    ui: &Localizer,
    today: Date,
) -> Result<String, String> {
    let precursor = reg.get(reference).map_err(|e| e.to_string())?;
    let path = Path::new(&precursor.case_path);
    let old = store::open_case(path, ask)
        .map_err(|e| e.localized(ui))?
        .case;
    let follows: Vec<MeasureKind> = old
        .measures
        .iter()
        .filter_map(|m| m.kind.and_then(follow_up_kind))
        .collect();
    if follows.is_empty() {
        return Err(ui.ta("register-no-follow-up", &[("reference", reference)]));
    }
    let mut case = old.clone();
    case.reference = new_reference.unwrap_or_else(|| format!("{reference}-F"));
    case.measures = follows
        .into_iter()
        .map(|kind| crate::case::Measure {
            kind: Some(kind),
            ..Default::default()
        })
        .collect();
    case.earlier_requests.insert(
        0,
        crate::case::EarlierRequest {
            reference: reference.to_string(),
            date: precursor.created_at.get(..10).unwrap_or("").to_string(),
            // In the language the case is written in, like the rest of it.
            description: Localizer::new(old.source_language()).ta(
                "register-precursor",
                &[("measures", &precursor.measures.replace(',', ", "))],
            ),
        },
    );
    case.signature = Default::default();
    case.knowledge.clear();
    store::create_new(output, &case.to_toml()).map_err(|e| e.localized(ui))?;
    let bytes = std::fs::read(output).unwrap_or_default();
    let e = entry_of(&case, output, &bytes, None, Status::Draft, today);
    reg.add_follow_up(&e, reference, &who())
        .map_err(|e| e.to_string())?;
    Ok(e.reference)
}
