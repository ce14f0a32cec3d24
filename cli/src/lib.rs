//! The command line's library: each subcommand as a function over paths and writers, so that the
//! binary, the integration tests and the browser journeys (which compare the app's gradebook with
//! this one) all call the same code. Every figure and message comes from the core.

pub mod agree;
pub mod args;
pub mod clock;
pub mod convert;
pub mod files;
pub mod grade;
pub mod import_plan;
pub mod progress;
pub mod validate;

/// What a subcommand ends with: success, or some file refused (the others were still done).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    AllDone,
    SomeRefused,
}

/// Runs parsed arguments, writing results to `out` and messages to `err`.
pub fn run(
    cli: args::Cli,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Result<Outcome, String> {
    use args::Command;
    match cli.command {
        Command::Validate(a) => validate::run(&a, out),
        Command::Convert(a) => convert::run(&a, out, err),
        Command::Agree(a) => agree::run(&a, out, err),
        Command::Grade(a) => grade::run(&a, out, err),
    }
}
