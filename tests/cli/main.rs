//! Integration tests: the real `kard` binary on temporary stores, one module per command.

mod env;

mod action;
mod add;
mod block;
mod core;
mod edit;
mod fax;
mod list;
mod show;
mod store;
mod trash;
