//! The terminal wizard (placeholder until the wizard lands).

use std::path::PathBuf;

use jiff::civil::Date;

use crate::i18n::Localizer;
use crate::profile::Catalog;

/// Open the wizard.
pub fn run(_case: Option<PathBuf>, _catalog: Catalog, ui: Localizer, _today: Date) -> i32 {
    eprintln!("{}", ui.t("wizard-unavailable"));
    crate::app::FAILURE
}
