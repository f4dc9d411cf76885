//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;
mod servers;

mod action;
mod add;
mod backup;
mod birthdays;
mod block;
mod bulk;
mod config;
mod core;
mod delete;
mod directory;
mod duplicates;
mod edit;
mod export;
mod faults;
mod favorite;
mod fax;
mod formats;
mod import;
mod import_shapes;
mod labels;
mod layout;
mod ldap;
mod list;
mod migrations;
mod profile;
mod remote;
mod safety;
mod search;
mod shell;
mod show;
mod store;
mod sync;
mod trash;
