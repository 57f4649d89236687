//! The process exit codes, at the bottom of the module tree so that every
//! front end (the command line in `app`, the wizard in `tui`) can return
//! them without importing another front end.
//!
//! 0 success, 1 the case has errors (or a profile is broken), 2 the command
//! could not run (unreadable file, bad argument).

/// The command did what it was asked.
pub const OK: i32 = 0;
/// The case (or a profile) has errors.
pub const FINDINGS: i32 = 1;
/// The command could not run.
pub const FAILURE: i32 = 2;
