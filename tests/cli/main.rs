//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;

mod add;
mod backup;
mod core;
mod directory;
mod edit;
mod import;
mod list;
mod profile;
mod safety;
mod shell;
mod show;
mod store;
mod trash;
