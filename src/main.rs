//! kard: parse the command line, run the command, map the outcome to an exit code.

use clap::Parser;
use kard::render::sanitize;
use kard::{cli, cmd, error};
use std::process::ExitCode;

/// mimalloc: imports and exports allocate and free millions of small strings, across
/// two threads, where glibc's allocator spent a quarter of the time. Built without its
/// transparent huge pages (`no_thp`): where the system grants them on request, each
/// touched part of an arena was 2 MiB of resident memory (a million-card
/// `gen_contacts.py` import peaked at 190 MB so, 162 MB without, no slower).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    kard::tempfiles::survive_file_size_limit();
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) if error::is_answered(&err) => ExitCode::from(error::exit_code(&err)),
        Err(err) => {
            let code = error::exit_code(&err);
            // Escaped: an error may quote what was typed or stored.
            eprintln!("kard: error: {}", sanitize(&format!("{err:#}")));
            if let Some(hint) = error::hint(&err) {
                eprintln!("hint: {}", sanitize(&hint));
            }
            ExitCode::from(code)
        }
    }
}

/// Output cut short by a closed pipe (`kard list | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
            || e.downcast_ref::<csv::Error>().is_some_and(|c| {
                matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}
