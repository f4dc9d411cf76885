//! Dispatch: open the store once, then one match over the subcommands. Each file in
//! this folder is one subcommand: its `Args` and its `run`.

pub mod action;
pub mod add;
pub mod backup;
pub mod birthdays;
pub mod block;
pub mod blocked;
pub mod completions;
pub mod config;
pub mod contact_args;
pub mod delete;
pub mod directory;
pub mod duplicates;
pub mod edit;
pub mod export;
pub mod favorite;
pub mod fax;
pub mod import;
pub mod list;
pub mod merge;
pub mod profile;
pub mod remote;
pub mod show;
pub mod sync;
pub mod trash;

use crate::cli::{Cli, Command};
use crate::model::{Action, Contact};
use crate::phone::Region;
use crate::reference;
use crate::render::Out;
use crate::store::{self, Store};
use anyhow::{Context, Result};

/// What every command gets: the store, the default region and the output.
pub struct Ctx {
    pub store: Store,
    pub region: Region,
    pub json: bool,
    pub out: Out,
}

impl Ctx {
    /// The one contact `reference` names (exit 3 / 4 otherwise).
    pub fn resolve(&self, reference: &str) -> Result<Contact> {
        reference::resolve(&self.store, self.region, reference)
    }

    /// A message on stderr unless --quiet.
    pub fn note(&self, msg: &str) {
        self.out.note(msg);
    }
}

/// A `list --limit` up to this many rows is a lookup (`Store::map_for_lookups`).
const LOOKUP_ROWS: usize = 1000;

pub fn run(cli: Cli) -> Result<()> {
    // Commands that need no store never open one.
    if let Command::Completions(args) = cli.command {
        return completions::run(args);
    }
    let mut ctx = open(&cli)?;
    if matches!(
        cli.command,
        Command::List(_) | Command::Show(_) | Command::Blocked(_) | Command::Export(_)
    ) {
        ctx.store.keep_wal_on_close()?;
    }
    let lookup = match &cli.command {
        Command::Show(_) | Command::Blocked(_) => true,
        Command::List(args) => args.limit.is_some_and(|n| n <= LOOKUP_ROWS),
        _ => false,
    };
    if lookup {
        ctx.store.map_for_lookups()?;
    }
    let result = match cli.command {
        Command::List(args) => list::run(&mut ctx, args),
        Command::Show(args) => show::run(&mut ctx, args),
        Command::Add(args) => add::run(&mut ctx, args),
        Command::Edit(args) => edit::run(&mut ctx, args),
        Command::Delete(args) => delete::run(&mut ctx, args),
        Command::Favorite(args) => favorite::run(&mut ctx, args),
        Command::Config(args) => config::run(&mut ctx, args),
        Command::Trash(args) => trash::run(&mut ctx, args),
        Command::Directory(args) => directory::run(&mut ctx, args),
        Command::Profile(args) => profile::run(&mut ctx, args),
        Command::Import(args) => import::run(&mut ctx, args),
        Command::Export(args) => export::run(&mut ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Backup(args) => backup::backup(&mut ctx, args),
        Command::Restore(args) => backup::restore(&mut ctx, args),
        Command::Block(args) => block::run_block(&mut ctx, args),
        Command::Unblock(args) => block::run_unblock(&mut ctx, args),
        Command::Blocked(args) => blocked::run(&mut ctx, args),
        Command::Fax(args) => fax::run(&mut ctx, args),
        Command::Call(args) => action::run(&mut ctx, Action::Call, args),
        Command::Chat(args) => action::run(&mut ctx, Action::Chat, args),
        Command::Meet(args) => action::run(&mut ctx, Action::Meet, args),
        Command::Birthdays(args) => birthdays::run(&mut ctx, args),
        Command::Duplicates(args) => duplicates::run(&mut ctx, args),
        Command::Merge(args) => merge::run(&mut ctx, args),
        Command::Remote(args) => remote::run(&mut ctx, args),
        Command::Sync(args) => sync::run(&mut ctx, args),
    };
    let flushed = ctx.out.flush();
    result.and(flushed)
}

fn open(cli: &Cli) -> Result<Ctx> {
    let path = match &cli.db {
        Some(p) => p.clone(),
        None => store::default_path()?,
    };
    store::describe_writer(doing(&cli.command), cli.quiet);
    let store = if !only_reads(&cli.command) {
        Store::open(&path)?
    } else if path.exists() {
        Store::open_for_reading(&path)?
    } else if cli.db.is_some() || matches!(cli.command, Command::Backup(_)) {
        // A mistyped --db or KARD_DB must not read as an empty store (`blocked NUMBER`
        // would say "not blocked" to every call).
        anyhow::bail!("no store at {}", path.display());
    } else {
        // Nothing stored yet: the default store reads as empty, and is not created.
        Store::open_in_memory()?
    };
    let region = match &cli.region {
        Some(r) => Region::parse(r).context("--region / KARD_REGION")?,
        None => match store.setting(crate::settings::Setting::Region)? {
            Some(r) => Region::parse(&r).context("config region")?,
            None => Region::default(),
        },
    };
    Ok(Ctx {
        store,
        region,
        json: cli.json,
        out: Out::new(cli.no_color, cli.quiet),
    })
}

/// Does this command only read the store? Then it never creates one, and works in a
/// read-only folder.
fn only_reads(command: &Command) -> bool {
    match command {
        Command::List(_)
        | Command::Show(_)
        | Command::Export(_)
        | Command::Blocked(_)
        | Command::Backup(_)
        | Command::Completions(_)
        | Command::Call(_)
        | Command::Chat(_)
        | Command::Meet(_)
        | Command::Birthdays(_)
        | Command::Duplicates(_) => true,
        Command::Remote(args) => matches!(
            args.action,
            None | Some(remote::Action::List | remote::Action::Show { .. })
        ),
        Command::Config(args) => matches!(
            args.action,
            config::Action::Get { .. } | config::Action::List
        ),
        Command::Trash(args) => matches!(args.action, None | Some(trash::Action::List { .. })),
        Command::Directory(args) => {
            matches!(args.action, None | Some(directory::Action::Status))
        }
        Command::Profile(args) => matches!(args.action, None | Some(profile::Action::Show)),
        Command::Fax(args) => matches!(
            args.action,
            None | Some(fax::FaxAction::List | fax::FaxAction::Show { .. })
        ),
        Command::Add(_)
        | Command::Edit(_)
        | Command::Delete(_)
        | Command::Favorite(_)
        | Command::Import(_)
        | Command::Restore(_)
        | Command::Block(_)
        | Command::Unblock(_)
        | Command::Merge(_)
        | Command::Sync(_) => false,
    }
}

/// What a writer is doing, for another kard that waits for it.
fn doing(command: &Command) -> &'static str {
    match command {
        Command::Import(_) => "importing",
        Command::Directory(_) => "syncing the directory",
        Command::Restore(_) => "restoring a backup",
        _ => "writing",
    }
}
