//! The `rogatory` binary: parse the command line, run, exit with its code.

use clap::Parser;

fn main() {
    let cli = rogatory::cli::Cli::parse();
    std::process::exit(rogatory::app::run(cli));
}
