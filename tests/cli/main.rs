//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;

mod add;
mod core;
mod directory;
mod edit;
mod list;
mod profile;
mod show;
mod store;
mod trash;
