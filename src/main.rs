//! The `rogatory` binary: parse the command line, run, exit with its code.

use clap::Parser;

fn main() {
    // Output piped into `head` that stops reading ends the program quietly,
    // as it ends `ls` or `git log`, rather than with a panic (exit 101).
    sigpipe::reset();
    // `rogatory help --help` asks for the help of the help: give the help.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() == 3 && args[1] == "help" && (args[2] == "--help" || args[2] == "-h") {
        args.truncate(1);
        args.push("--help".into());
    }
    let cli = rogatory::cli::Cli::parse_from(args);
    std::process::exit(rogatory::app::run(cli));
}
