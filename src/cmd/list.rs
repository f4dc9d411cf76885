//! `kard list`: contacts, sorted by name, in a table or a machine format, streamed.

use super::Ctx;
use crate::formats::json;
use crate::model::{Kind, Source};
use crate::render::flat::{flat_row, tsv_cell, value_lines, FLAT_COLUMNS};
use crate::store::{ListQuery, Sort};
use anyhow::Result;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard list\n  kard list rob --limit 5\n  kard list --favorites\n  \
    kard list --source company --sort department\n  kard list 1234 --format tsv | cut -f2\n  \
    kard list acme --format mutt"
)]
pub struct Args {
    /// Search words of names, nickname, organization, department, location, title, labels,
    /// emails and address places; 3 or more digits anywhere in a phone, fax or extension
    pub query: Option<String>,
    /// Only favorites
    #[arg(long)]
    pub favorites: bool,
    /// Only contacts from this source
    #[arg(long, value_enum)]
    pub source: Option<Source>,
    /// Only this kind of entry
    #[arg(long, value_enum)]
    pub kind: Option<Kind>,
    /// Only this department (exact, case-insensitive)
    #[arg(long)]
    pub department: Option<String>,
    /// Only this location (exact, case-insensitive)
    #[arg(long)]
    pub location: Option<String>,
    /// Only contacts carrying this label (case-insensitive)
    #[arg(long)]
    pub label: Option<String>,
    /// Order of the list
    #[arg(long, value_enum, default_value_t = SortArg::Name)]
    pub sort: SortArg,
    /// At most N contacts
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format [default: table, or json with --json]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

/// `--sort`: the store's `Sort`, as the command line spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    Name,
    Department,
    Location,
    /// Family name, then given name (contacts without one by display name, last)
    Family,
}

impl From<SortArg> for Sort {
    fn from(s: SortArg) -> Sort {
        match s {
            SortArg::Name => Sort::Name,
            SortArg::Department => Sort::Department,
            SortArg::Location => Sort::Location,
            SortArg::Family => Sort::Family,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
    /// mutt/neomutt/aerc query_command output: a status line, then address<TAB>name<TAB>other
    Mutt,
    /// Display names only, one a line (for shell completion)
    Names,
    /// One line per phone, fax and extension: name<TAB>label<TAB>number (E.164 when known)
    Phones,
    /// One line per email address: name<TAB>label<TAB>address
    Emails,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let format = args.format.unwrap_or(if ctx.json {
        Format::Json
    } else {
        Format::Table
    });
    let query = ListQuery {
        text: args.query.clone(),
        favorites: args.favorites,
        source: args.source,
        kind: args.kind,
        department: args.department,
        location: args.location,
        label: args.label,
        sort: args.sort.into(),
        limit: args.limit,
    };
    let Ctx { store, out, .. } = ctx;
    match format {
        Format::Table => {
            // Written as the contacts come: a long list never sits in memory.
            let mut table = out.contacts_table(|| store.any_presence());
            store.list(&query, |c| table.push(&c))?;
            if table.finish()? == 0 {
                out.note("no contacts match");
            }
        }
        Format::Json => {
            let mut array = json::ArrayWriter::new(out.writer())?;
            store.list(&query, |c| array.push(&c))?;
            array.finish()?;
        }
        Format::Jsonl => {
            let w = out.writer();
            store.list_rendered(
                &query,
                |c, buf| {
                    serde_json::to_writer(&mut *buf, c)?;
                    buf.push(b'\n');
                    Ok(())
                },
                w,
            )?;
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(out.writer());
            csv.write_record(FLAT_COLUMNS)?;
            store.list(&query, |c| {
                Ok(csv.write_record(flat_row(&c).iter().map(|v| v.as_bytes()))?)
            })?;
            csv.flush()?;
        }
        Format::Tsv => {
            let w = out.writer();
            writeln!(w, "{}", FLAT_COLUMNS.join("\t"))?;
            store.list_rendered(
                &query,
                |c, buf| {
                    for (i, v) in flat_row(c).iter().enumerate() {
                        if i > 0 {
                            buf.push(b'\t');
                        }
                        buf.extend_from_slice(tsv_cell(v).as_bytes());
                    }
                    buf.push(b'\n');
                    Ok(())
                },
                w,
            )?;
        }
        Format::Mutt => {
            let mut lines = Vec::new();
            store.list(&query, |c| {
                let other = c.organization.clone().unwrap_or_default();
                for e in &c.emails {
                    lines.push(format!(
                        "{}\t{}\t{}",
                        tsv_cell(&e.address),
                        tsv_cell(&c.display_name),
                        tsv_cell(&other)
                    ));
                }
                Ok(())
            })?;
            let w = out.writer();
            let n = lines.len();
            writeln!(
                w,
                "kard: {n} email address{} found",
                if n == 1 { "" } else { "es" }
            )?;
            for l in lines {
                writeln!(w, "{l}")?;
            }
            if n == 0 {
                return Err(crate::error::not_found(
                    "no contact with an email address matches",
                ));
            }
        }
        Format::Phones | Format::Emails => {
            let w = out.writer();
            store.list_rendered(
                &query,
                |c, buf| {
                    for (label, value) in value_lines(c, format == Format::Phones) {
                        writeln!(
                            buf,
                            "{}\t{}\t{}",
                            tsv_cell(&c.display_name),
                            tsv_cell(&label),
                            tsv_cell(value)
                        )?;
                    }
                    Ok(())
                },
                w,
            )?;
        }
        Format::Names => {
            let w = out.writer();
            store.list_rendered(
                &query,
                |c, buf| Ok(writeln!(buf, "{}", tsv_cell(&c.display_name))?),
                w,
            )?;
        }
    }
    Ok(())
}
