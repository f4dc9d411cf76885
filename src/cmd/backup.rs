//! `kard backup` and `kard restore`: a consistent copy of the store (SQLite's online
//! backup, safe while other kard processes use it) and bringing one back.

use super::Ctx;
use crate::error::usage;
use crate::store::Store;
use crate::tempfiles::TempFile;
use anyhow::{Context, Result};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard backup ~/kard-$(date +%F).db\n  kard backup - | ssh host 'cat > kard.db'\n  \
    kard restore ~/kard-2026-11-01.db --yes"
)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist; `-` is standard output); it is checked
    /// with `PRAGMA integrity_check`
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard restore ~/kard-2026-11-01.db\n  kard restore backup.db --yes"
)]
pub struct RestoreArgs {
    /// A copy made by `kard backup` (checked first; the store it replaces is kept as
    /// STORE.before-restore)
    pub file: PathBuf,
    /// Replace the store without asking
    #[arg(long, short)]
    pub yes: bool,
}

pub fn backup(ctx: &mut Ctx, args: BackupArgs) -> Result<()> {
    let exists = || {
        usage(format!(
            "{} exists; give a new file name",
            args.file.display()
        ))
    };
    if args.file.as_os_str() == "-" {
        return backup_to_stdout(ctx);
    }
    if args.file.exists() {
        return Err(exists());
    }
    // Written beside FILE under a temporary name, checked, then put in place: a failed
    // or killed backup leaves no FILE behind, and a full disk gets its space back.
    let tmp = TempFile::beside(&args.file)?;
    let n = ctx.store.backup_into(tmp.path())?;
    match tmp.persist(&args.file, false) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(exists()),
        Err(e) => return Err(e).with_context(|| format!("cannot write {}", args.file.display())),
    }
    ctx.note(&format!(
        "backed up {n} contacts to {} (checked: integrity ok)",
        args.file.display()
    ));
    Ok(())
}

/// `backup -`: the checked copy is made beside the store, then streamed to stdout.
fn backup_to_stdout(ctx: &mut Ctx) -> Result<()> {
    if ctx.out.tty {
        return Err(usage(
            "a backup is a binary file: redirect standard output (`kard backup - > FILE`)",
        ));
    }
    let tmp = TempFile::beside(ctx.store.path())?;
    let n = ctx.store.backup_into(tmp.path())?;
    let mut copy = std::fs::File::open(tmp.path())
        .with_context(|| format!("cannot read {}", tmp.path().display()))?;
    std::io::copy(&mut copy, ctx.out.writer())?;
    ctx.note(&format!(
        "backed up {n} contacts to standard output (checked: integrity ok)"
    ));
    Ok(())
}

pub fn restore(ctx: &mut Ctx, args: RestoreArgs) -> Result<()> {
    if !args.file.is_file() {
        return Err(usage(format!("{} is not a file", args.file.display())));
    }
    // Checked before anything is asked or replaced.
    Store::check_backup(&args.file)?;
    let question = format!(
        "Replace the store {} with {}? Everything since that backup is lost.",
        ctx.store.path().display(),
        args.file.display()
    );
    if !args.yes && !ctx.out.confirm(&question, "backup restore FILE")? {
        ctx.note("nothing changed");
        return Ok(());
    }
    let kept = keep_current(ctx)?;
    ctx.store
        .restore_from(&args.file)
        .with_context(|| format!("restoring from {}", args.file.display()))?;
    let n = ctx.store.count_contacts()?;
    ctx.note(&format!(
        "restored {n} contacts from {}; the store it replaced is kept as {}",
        args.file.display(),
        kept.display()
    ));
    Ok(())
}

/// Keep a copy of the store as it is now at `STORE.before-restore` (replacing an older
/// one), before `restore` replaces it.
fn keep_current(ctx: &Ctx) -> Result<PathBuf> {
    let mut kept = ctx.store.path().as_os_str().to_owned();
    kept.push(".before-restore");
    let kept = PathBuf::from(kept);
    let tmp = TempFile::beside(&kept)?;
    ctx.store.copy_into(tmp.path())?;
    tmp.persist(&kept, true)
        .with_context(|| format!("cannot write {}", kept.display()))?;
    Ok(kept)
}
