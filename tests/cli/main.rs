//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;
mod servers;

mod action;
mod add;
mod backup;
mod block;
mod bulk;
mod core;
mod directory;
mod edit;
mod fax;
mod formats;
mod import;
mod list;
mod migrations;
mod profile;
mod remote;
mod safety;
mod shell;
mod show;
mod store;
mod sync;
mod trash;
