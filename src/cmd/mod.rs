//! Dispatch: open the store once, then one match over the subcommands. Each file in
//! this folder is one subcommand: its `Args` and its `run`.

pub mod action;
pub mod add;
pub mod backup;
pub mod block;
pub mod blocked;
pub mod completions;
pub mod config;
pub mod delete;
pub mod directory;
pub mod edit;
pub mod export;
pub mod favorite;
pub mod fax;
pub mod import;
pub mod list;
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
    let store = Store::open(&path)?;
    let region = match &cli.region {
        Some(r) => Region::parse(r).context("--region / KARD_REGION")?,
        None => match store.setting("region")? {
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
