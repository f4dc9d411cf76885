//! `kard backup` and `kard restore`: a consistent copy of the store (SQLite's online
//! backup, safe while other kard processes use it) and bringing one back.

use super::Ctx;
use crate::error::usage;
use anyhow::{Context, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard backup ~/kard-$(date +%F).db\n  kard restore ~/kard-2026-11-01.db --yes"
)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist)
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard restore ~/kard-2026-11-01.db\n  kard restore backup.db --yes"
)]
pub struct RestoreArgs {
    /// A copy made by `kard backup`
    pub file: PathBuf,
    /// Replace the store without asking
    #[arg(long, short)]
    pub yes: bool,
}

pub fn backup(ctx: &mut Ctx, args: BackupArgs) -> Result<()> {
    if args.file.exists() {
        return Err(usage(format!(
            "{} exists; give a new file name",
            args.file.display()
        )));
    }
    ctx.store.backup_to(&args.file)?;
    private(&args.file)?;
    let n = ctx.store.count_contacts()?;
    ctx.note(&format!(
        "backed up {n} contacts to {}",
        args.file.display()
    ));
    Ok(())
}

pub fn restore(ctx: &mut Ctx, args: RestoreArgs) -> Result<()> {
    if !args.file.is_file() {
        return Err(usage(format!("{} is not a file", args.file.display())));
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(usage(
                "restore replaces the whole store: confirm with --yes",
            ));
        }
        eprint!(
            "Replace the store {} with {}? Everything since that backup is lost. [y/N] ",
            ctx.store.path().display(),
            args.file.display()
        );
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            ctx.note("nothing changed");
            return Ok(());
        }
    }
    ctx.store
        .restore_from(&args.file)
        .with_context(|| format!("restoring from {}", args.file.display()))?;
    let n = ctx.store.count_contacts()?;
    ctx.note(&format!(
        "restored {n} contacts from {}",
        args.file.display()
    ));
    Ok(())
}

fn private(path: &std::path::Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("cannot make {} private", path.display()))?;
    }
    Ok(())
}
