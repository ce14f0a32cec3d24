//! `close-reader-cli`: the classroom's figures, validation and conversions from a terminal, for
//! courses and researchers with hundreds of files (see the README's "The command line").

use std::process::ExitCode;

use clap::Parser;
use close_reader_cli::{args::Cli, run, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let result = run(cli, &mut out, &mut err);
    if let Err(e) = std::io::Write::flush(&mut out) {
        // A closed pipe (`| head`) is not worth a message.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("close-reader-cli: {e}");
        }
        return ExitCode::FAILURE;
    }
    match result {
        Ok(Outcome::AllDone) => ExitCode::SUCCESS,
        Ok(Outcome::SomeRefused) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("close-reader-cli: {e}");
            ExitCode::from(2)
        }
    }
}
