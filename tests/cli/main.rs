//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;

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
mod ldap;
mod list;
mod migrations;
mod profile;
mod safety;
mod shell;
mod show;
mod store;
mod trash;
