//! The command line: clap definitions only.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::document::Bilingual;

/// Write a mutual legal assistance request, check it against the requested
/// state's requirements, and produce it as a PDF.
///
/// Without a command, opens the guided wizard.
#[derive(Debug, Parser)]
#[command(
    name = "rogatory",
    version,
    about,
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    /// A case file to open in the wizard (the same as `rogatory open FILE`).
    #[arg(value_name = "CASE")]
    pub case: Option<PathBuf>,

    /// Read country profiles from this directory too (overrides the others).
    #[arg(long, global = true, value_name = "DIR")]
    pub profiles: Option<PathBuf>,

    /// Language of the interface and messages (e.g. en, fr).
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,

    /// Check as if today were this date (YYYY-MM-DD), e.g. for training cases.
    #[arg(long, global = true, value_name = "DATE")]
    pub today: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a case file in the wizard.
    Open {
        /// The case file (TOML).
        case: PathBuf,
    },
    /// Check a case file and list what is missing or wrong.
    Check {
        /// The case file (TOML).
        case: PathBuf,
        /// Document language to check against the requested state's languages.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Assess the same request against every state's profile: per state
        /// the legal bases, errors and dual criminality outcomes.
        #[arg(long)]
        all_states: bool,
    },
    /// Compose the request and write it as a PDF (or text, DOCX, ODT).
    Render {
        /// The case file (TOML); several with --out-dir.
        #[arg(required = true, num_args = 1..)]
        case: Vec<PathBuf>,
        /// Where to write the output.
        #[arg(
            short,
            long,
            value_name = "FILE",
            required_unless_present = "out_dir",
            conflicts_with = "out_dir"
        )]
        output: Option<PathBuf>,
        /// Render every case given into this folder, each as NAME.pdf (or
        /// .docx, .odt, .txt by --format), in one run, with a summary.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Document language; default: the first the requested state accepts.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Render even with errors; every page says DRAFT.
        #[arg(long)]
        draft: bool,
        /// Write plain text instead of PDF (the same as --format text).
        #[arg(long, conflicts_with = "format")]
        text: bool,
        /// What to write: pdf, text, docx (Word) or odt (LibreOffice);
        /// default: from the output's extension (.docx, .odt), else pdf.
        #[arg(long, value_enum)]
        format: Option<crate::document::OutputFormat>,
        /// Show the source language beside the document language
        /// (`side`, the default with the bare flag) or before it (`sequential`).
        #[arg(long, value_enum, num_args = 0..=1, default_value_t = Bilingual::None, default_missing_value = "side")]
        bilingual: Bilingual,
        /// Append the internal annex (dual criminality and refusal risks) for
        /// your own file; never send it with the request.
        #[arg(long)]
        internal_annex: bool,
    },
    /// List, show and check country profiles.
    Profiles {
        #[command(subcommand)]
        command: ProfilesCommand,
    },
    /// Write a starter case file.
    New {
        /// The case file to create (never overwrites).
        case: PathBuf,
        /// The requested state (ISO code), if known.
        #[arg(long, value_name = "XX")]
        to: Option<String>,
    },
    /// Store a case file encrypted: with a passphrase (asked twice), or to
    /// the public keys of a team (`--to`). Every command then reads it,
    /// asking for the passphrase; run it again to change the passphrase or
    /// the keys.
    Encrypt {
        /// The case file (plain or encrypted).
        case: PathBuf,
        /// A public key (`age1…`) to encrypt to, instead of a passphrase;
        /// repeat for each member of the team. Your own key (`rogatory key
        /// new`) is added, so you can read it too.
        #[arg(long = "to", value_name = "AGE1…")]
        to: Vec<String>,
    },
    /// Store an encrypted case file as plain text again.
    Decrypt {
        /// The encrypted case file.
        case: PathBuf,
    },
    /// Your key for case files encrypted to a team.
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
    /// The free text out to a translator and back, as XLIFF 1.2 (what
    /// OmegaT, Trados, memoQ and Phrase read).
    Translate {
        #[command(subcommand)]
        command: TranslateCommand,
    },
    /// The register of requests sent and received: their status and deadlines
    /// (SQLite in your data folder, or PostgreSQL with ROGATORY_DATABASE_URL).
    Register {
        #[command(subcommand)]
        command: RegisterCommand,
    },
    /// List the document languages this build has.
    Languages,
    /// Print the shell completion script for bash, zsh or fish.
    ///
    /// For example: `rogatory completions bash > ~/.local/share/bash-completion/completions/rogatory`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff), e.g. `rogatory man > ~/.local/share/man/man1/rogatory.1`.
    Man,
}

/// Commands of the register.
#[derive(Debug, Subcommand)]
pub enum RegisterCommand {
    /// Record a request from its case file.
    Add {
        /// The case file.
        case: PathBuf,
        /// The document sent (its SHA-256 is recorded).
        #[arg(long, value_name = "FILE")]
        sent: Option<PathBuf>,
        /// Its status now.
        #[arg(long, value_enum, default_value_t = crate::register::Status::Sent)]
        status: crate::register::Status,
        /// A request received from another state (default: sent by us).
        #[arg(long)]
        incoming: bool,
        /// The other state's reference.
        #[arg(long, value_name = "REF")]
        their_reference: Option<String>,
        /// The unit handling it (for a shared register).
        #[arg(long)]
        unit: Option<String>,
        /// When to follow it up (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        follow_up: Option<jiff::civil::Date>,
    },
    /// List the requests, oldest first.
    List {
        /// Only those to or from this state (ISO code).
        #[arg(long, value_name = "XX")]
        state: Option<String>,
        /// Only those with this status.
        #[arg(long, value_enum)]
        status: Option<crate::register::Status>,
        /// Only those with a deadline past.
        #[arg(long)]
        overdue: bool,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// One request and its history.
    Show {
        /// Our reference.
        reference: String,
    },
    /// Record a new status (a refusal needs its ground in --note).
    Status {
        reference: String,
        #[arg(value_enum)]
        status: crate::register::Status,
        #[arg(long)]
        note: Option<String>,
        /// The version you saw (`register show`): refused if it changed meanwhile.
        #[arg(long, value_name = "N")]
        seen_version: Option<i64>,
    },
    /// Set or move a deadline (needed-by, limitation, preservation-expiry,
    /// hearing, follow-up …).
    Deadline {
        reference: String,
        kind: String,
        date: jiff::civil::Date,
    },
    /// Start the follow-up of a preservation or freezing request: a new
    /// case file with the precursor's facts, persons and references, the
    /// follow-up measure to fill in, registered as a draft linked to it.
    FollowUp {
        /// The precursor's reference.
        reference: String,
        /// The new case file (never overwrites).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// The follow-up's own reference (default: the precursor's with -F).
        #[arg(long = "as", value_name = "REF")]
        new_reference: Option<String>,
    },
    /// Link two requests: FROM is a supplementary request to TO, its reply,
    /// or its follow-up.
    Link {
        from: String,
        to: String,
        #[arg(long, value_enum)]
        kind: crate::register::LinkKind,
    },
    /// Requests and median days to execution, per state and per measure.
    Stats {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Deadlines due within some days; exits with 1 when one is past.
    Due {
        /// How far ahead: days, e.g. 14 or 14d.
        #[arg(long, default_value = "14", value_parser = days)]
        within: i64,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

/// `14` or `14d`.
fn days(s: &str) -> Result<i64, String> {
    s.trim()
        .trim_end_matches('d')
        .parse::<i64>()
        .ok()
        .filter(|d| (0..=3650).contains(d))
        .ok_or_else(|| format!("{s}: a number of days, e.g. 14 or 14d"))
}

/// How a list is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
    Csv,
}

/// Commands of the translators' workflow.
#[derive(Debug, Subcommand)]
pub enum TranslateCommand {
    /// Write every free-text field with no current translation into LANG,
    /// one unit per sentence, names, numbers and references protected.
    Export {
        /// The case file (TOML).
        case: PathBuf,
        /// The language to translate into (ISO 639-1).
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// The XLIFF file to write.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: PathBuf,
        /// The XLIFF version.
        #[arg(long, value_enum, default_value = "1.2")]
        xliff: crate::translate::xliff::Version,
        /// Write each sentence's source as its target too, marked
        /// needs-translation (XLIFF 1.2): OmegaT 3 translates only units
        /// that have a target. A copy left untranslated is not imported.
        #[arg(long)]
        copy_source: bool,
    },
    /// Take a translated XLIFF file into the case: a unit whose source
    /// changed since the export, that is not fully translated or whose
    /// protected values were altered is reported and not taken.
    Import {
        /// The case file (TOML).
        case: PathBuf,
        /// The translated XLIFF file.
        file: PathBuf,
    },
    /// Your translation memory (every sentence imported), as TMX 1.4b:
    /// offered again when the same or a close sentence is exported.
    Memory {
        #[command(subcommand)]
        command: MemoryCommand,
    },
}

/// Commands of the translation memory.
#[derive(Debug, Subcommand)]
pub enum MemoryCommand {
    /// Write the memory as a TMX file.
    Export {
        #[arg(short = 'o', long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Add the translations of a TMX file (from OmegaT, Trados…) to the
    /// memory.
    Import { file: PathBuf },
}

/// Commands about your own key.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Make your key (once): the secret key stays in your data folder, the
    /// public key (`age1…`) is printed for your team to encrypt to.
    New,
    /// Print your public key.
    Show,
}

/// Shells with completion scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// List the profiles known to this run and where each comes from.
    List,
    /// Show one state's profile.
    Show {
        /// ISO 3166-1 alpha-2 code, e.g. FR.
        code: String,
    },
    /// Check profile files: syntax, types and content. Default: all loaded.
    Check {
        /// A directory of profile files to check instead.
        dir: Option<PathBuf>,
    },
    /// Print the JSON Schema of the profile format (for Taplo and editors).
    Schema,
    /// Write a commented skeleton profile for a state to fill in.
    New {
        /// ISO 3166-1 alpha-2 code, e.g. GB.
        code: String,
        /// Where to write it (default: ./XX.toml; never overwrites).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Show what changed between two versions of a profile, field by field.
    Diff {
        /// The older file.
        a: PathBuf,
        /// The newer file.
        b: PathBuf,
    },
    /// Make a signing key pair for publishing profile bundles.
    Keygen {
        /// Where to write NAME.pub and NAME.key.
        #[arg(long, value_name = "DIR", default_value = ".")]
        dir: PathBuf,
        /// File name stem of the two keys.
        #[arg(long, default_value = "rogatory")]
        name: String,
        /// Do not protect the secret key with a password (for automated publishing).
        #[arg(long)]
        no_password: bool,
    },
    /// Make a signed bundle of a profile directory (its *.toml and treaties/*.toml).
    Bundle {
        /// The directory of profiles to publish.
        dir: PathBuf,
        /// The secret key (from `profiles keygen`).
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// The bundle's version: must be higher than any version published before.
        #[arg(long, value_name = "N")]
        bundle_version: u64,
        /// Who publishes it (e.g. the central authority's name).
        #[arg(long)]
        publisher: String,
        /// What changed, in a sentence.
        #[arg(long, default_value = "")]
        changes: String,
        /// The bundle file to write (its signature goes to FILE.minisig).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Trust a publisher's public key for `profiles install`.
    Trust {
        /// The public key file (NAME.pub).
        key: PathBuf,
    },
    /// Verify a signed bundle and install its profiles into the user's profile directory.
    Install {
        /// The bundle file; its signature must be beside it as FILE.minisig.
        bundle: PathBuf,
        /// Trust the keys of this directory instead of the user's trusted keys.
        #[arg(long, value_name = "DIR")]
        trusted: Option<PathBuf>,
        /// Install into this directory instead of the user's profile directory.
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_definitions_are_consistent() {
        // clap's own checks: names used twice, a `--version` on every
        // subcommand clashing with an argument, and the like.
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
