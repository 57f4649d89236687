//! Rogatory: write a mutual legal assistance request to a foreign state,
//! right the first time, and produce it as a PDF.
//!
//! The library is the pure core (case model, profiles, checks, document
//! composition and layout) plus the adapters that touch files (`store`) and
//! the terminal (`tui`). The binary only parses the command line.

#![forbid(unsafe_code)]

pub mod app;
pub mod case;
pub mod check;
pub mod cli;
pub mod codes;
pub mod document;
pub mod embedded;
pub mod exit;
pub mod finding;
pub mod formats;
pub mod i18n;
pub mod locate;
pub mod profile;
pub mod provenance;
pub mod register;
pub mod store;
pub mod taxonomy;
pub mod translate;
pub mod translator;
pub mod treaty;
pub mod tui;
pub mod wizard;
pub mod xml;
