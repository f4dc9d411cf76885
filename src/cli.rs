//! The command line: global flags and the subcommand enum. No logic lives here; each
//! subcommand's own arguments are declared beside its code in `cmd/`.

use crate::cmd;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// kard: your company directory, personal contacts and favorites, in the terminal.
///
/// One local SQLite store holds company directory contacts (read-only, with presence),
/// personal contacts (editable), favorites, the block list and fax drafts.
#[derive(Debug, Parser)]
#[command(name = "kard", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Contacts are named by id:N, UID, email, phone number, extension or name.\n\
    Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 ambiguous, 5 refused, 6 bad input data, 7 a remote failed."
)]
pub struct Cli {
    /// The store file [default: $XDG_DATA_HOME/kard/kard.db]
    #[arg(
        long,
        global = true,
        env = "KARD_DB",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub db: Option<PathBuf>,

    /// Default region for numbers without a country code [default: config region, else US]
    #[arg(
        long,
        global = true,
        env = "KARD_REGION",
        value_name = "CC",
        help_heading = "Global options"
    )]
    pub region: Option<String>,

    /// Print data as JSON (same as --format json)
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    /// Never use colors (also: NO_COLOR set in the environment)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,

    /// Print nothing but data and errors
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List contacts, sorted by name; QUERY searches names, organizations, emails, numbers
    #[command(visible_alias = "ls")]
    List(cmd::list::Args),
    /// Show a contact's card, or a card for a phone number no contact has
    Show(cmd::show::Args),
    /// Add a personal contact and print its card
    Add(cmd::add::Args),
    /// Change a personal contact (no change flags: edit it in $EDITOR)
    Edit(cmd::edit::Args),
    /// Move personal contacts to the trash
    #[command(visible_alias = "rm")]
    Delete(cmd::delete::Args),
    /// Mark a contact as a favorite (or unmark it with --remove)
    #[command(visible_alias = "fav")]
    Favorite(cmd::favorite::Args),
    /// Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts
    Import(cmd::import::Args),
    /// Export contacts as vCard, Google CSV, Outlook CSV or JSON
    Export(cmd::export::Args),
    /// Read or change settings kept in the store
    Config(cmd::config::Args),
    /// The trash: list deleted contacts, restore one, or empty it
    Trash(cmd::trash::Args),
    /// Load the company directory (or another company's) from a file, all or nothing
    #[command(visible_alias = "dir")]
    Directory(cmd::directory::Args),
    /// Your own card: which directory entry is you, your presence, message and photo
    Profile(cmd::profile::Args),
    /// Write a consistent copy of the store (safe while kard is in use)
    Backup(cmd::backup::BackupArgs),
    /// Replace the store with a copy made by `kard backup`
    Restore(cmd::backup::RestoreArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(cmd::completions::Args),
    /// Block a spam caller and/or SMS sender (neither flag: both)
    Block(cmd::block::Args),
    /// Unblock a caller and/or SMS sender (neither flag: whatever is blocked)
    Unblock(cmd::block::Args),
    /// The block list; with NUMBER, exit 0 if it is blocked and 3 if not
    Blocked(cmd::blocked::Args),
    /// Fax drafts: new, list, show, send, discard
    Fax(cmd::fax::Args),
    /// Call a contact or number: its tel: URI, printed or given to handler.call
    Call(cmd::action::Args),
    /// Chat with a contact or number: its sms: URI, printed or given to handler.chat
    Chat(cmd::action::Args),
    /// Meet a contact: the link from meet.url, printed or given to handler.meet
    Meet(cmd::action::Args),
    /// Upcoming birthdays (the next 30 days), soonest first, with the age turned
    Birthdays(cmd::birthdays::Args),
    /// Groups of personal contacts that are probably one person, each with the reason
    #[command(visible_alias = "dupes")]
    Duplicates(cmd::duplicates::Args),
    /// Make several personal contacts one, keeping every value; the rest go to the trash
    Merge(cmd::merge::Args),
    /// Places personal contacts also live: CardDAV address books and vdir folders
    Remote(cmd::remote::Args),
    /// Two-way sync with every (or the named) remote
    Sync(cmd::sync::Args),
}
