//! `kard import`: vCard, Google CSV, Outlook CSV and kard JSON into personal contacts,
//! all files in one transaction (the engine is `crate::import`).

use super::Ctx;
use crate::error::Failure;
use crate::formats::Format;
use crate::import::{Importer, Progress, Summary};
use crate::render::{self, ProgressBar};
use anyhow::{Context, Result};
use std::io::Read;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard import contacts.vcf\n  kard import google.csv outlook.csv --dry-run\n  \
    cat export.vcf | kard import -\n  kard import backup.json --strict --json\n\n\
    A record matching a personal contact (same UID, or same name and a shared phone or\n\
    email) is merged into it. Bad records are skipped and reported as FILE:LINE: reason\n\
    (exit 6); with --strict nothing is imported if any record is bad."
)]
pub struct Args {
    /// Files to import; `-` reads standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// The files' format (auto: detected from the content)
    #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
    pub format: ImportFormat,
    /// Report what would happen; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import nothing if any record is bad
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Auto,
    Vcard,
    Google,
    Outlook,
    Json,
}

impl ImportFormat {
    fn forced(self) -> Option<Format> {
        match self {
            ImportFormat::Auto => None,
            ImportFormat::Vcard => Some(Format::Vcard),
            ImportFormat::Google => Some(Format::Google),
            ImportFormat::Outlook => Some(Format::Outlook),
            ImportFormat::Json => Some(Format::Json),
        }
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if args.files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(crate::error::usage(
            "standard input (-) can be read only once",
        ));
    }
    let total: u64 = args
        .files
        .iter()
        .filter(|f| *f != "-")
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let bar = ProgressBar::new(&ctx.out, "importing", total);
    let on_progress = |step: Progress| match step {
        Progress::Read(bytes) => bar.at(bytes),
        Progress::Indexing => bar.last_step("building the indexes"),
    };
    let region = ctx.region;
    let summary = ctx.store.transaction(!args.dry_run, |store| {
        let mut importer = Importer::begin(store, total)?;
        for file in &args.files {
            let input: Box<dyn Read + Send> = if file == "-" {
                Box::new(std::io::stdin())
            } else {
                let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
                Box::new(f)
            };
            importer.read(file, input, args.format.forced(), region, &on_progress)?;
        }
        let refused = args.strict && importer.skipped() > 0;
        let summary = importer.finish(!args.dry_run && !refused, &on_progress)?;
        if refused {
            report(&summary);
            return Err(Failure::BadInput(format!(
                "{} bad record{}: nothing imported (--strict)",
                summary.skipped,
                plural(summary.skipped)
            ))
            .into());
        }
        Ok(summary)
    })?;
    bar.finish();
    report(&summary);
    let verb = if args.dry_run {
        "would import"
    } else {
        "imported"
    };
    let kept = match summary.warnings.len() {
        0 => String::new(),
        1 => "; 1 date kept as text".to_string(),
        n => format!("; {n} dates kept as text"),
    };
    ctx.note(&format!(
        "{verb}: {} added, {} merged, {} unchanged, {} skipped{kept}",
        summary.added, summary.merged, summary.unchanged, summary.skipped
    ));
    if ctx.json {
        ctx.out.json(&summary)?;
    }
    if summary.skipped > 0 {
        return Err(Failure::BadInput(format!(
            "{} bad record{} skipped",
            summary.skipped,
            plural(summary.skipped)
        ))
        .into());
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Bad records on stderr, `FILE:LINE: reason` (always: they are the point of exit 6).
fn report(summary: &Summary) {
    for e in &summary.errors {
        render::problem(&e.file, e.line, &e.reason);
    }
    for e in &summary.warnings {
        render::problem(&e.file, e.line, &format!("warning: {}", e.reason));
    }
}
