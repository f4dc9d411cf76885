//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;

mod add;
mod core;
mod edit;
mod import;
mod list;
mod shell;
mod show;
mod store;
mod trash;
