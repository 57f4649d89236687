//! Lint of a treaty file: what `rogatory profiles check` reports about the
//! registry. A party needs a state code, well-formed dates and a source with
//! the date it was read; names need the English form.

use jiff::civil::Date;

use super::Treaty;
use crate::codes::country_name;
use crate::finding::{Finding, Severity};
use crate::formats::date;

use Severity::{Error as E, Warning as W};

/// Problems in one treaty.
pub fn lint(t: &Treaty, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    for key in ["adopted", "in_force"] {
        let v = if key == "adopted" {
            &t.adopted
        } else {
            &t.in_force
        };
        if !v.trim().is_empty() && date(v).is_none() {
            out.push(Finding::new(E, key, "format-date").arg("value", v.clone()));
        }
    }
    for (i, p) in t.parties.iter().enumerate() {
        let at = |f: &str| format!("parties[{i}].{f}");
        if country_name(&p.state).is_none() {
            out.push(Finding::new(E, at("state"), "format-country").arg("value", p.state.clone()));
        }
        for (key, v) in [("bound_since", &p.bound_since), ("deposit", &p.deposit)] {
            if !v.trim().is_empty() && date(v).is_none() {
                out.push(Finding::new(E, at(key), "format-date").arg("value", v.clone()));
            }
        }
        match date(&p.checked) {
            None => out.push(
                Finding::new(E, at("checked"), "format-date").arg("value", p.checked.clone()),
            ),
            Some(d) if d > today => out.push(
                Finding::new(E, at("checked"), "profile-date-future").arg("date", d.to_string()),
            ),
            Some(_) => {}
        }
        if p.source.trim().is_empty() {
            out.push(
                Finding::new(W, at("source"), "treaty-party-no-source")
                    .arg("state", p.state.clone()),
            );
        }
        if t.parties[..i]
            .iter()
            .any(|q| q.state.eq_ignore_ascii_case(&p.state))
        {
            out.push(
                Finding::new(E, at("state"), "treaty-party-duplicate")
                    .arg("state", p.state.clone()),
            );
        }
    }
    out
}
