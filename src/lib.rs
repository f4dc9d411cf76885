//! kard: a contacts manager for the terminal over one SQLite file. The binary is a thin
//! shell over this library, which the fuzz targets and benchmarks also call.

pub mod actions;
pub mod b64;
pub mod birthdays;
pub mod cli;
pub mod cmd;
pub mod directory;
pub mod duplicates;
pub mod error;
pub mod fax;
pub mod formats;
pub mod identity;
pub mod import;
pub mod merge;
pub mod model;
pub mod phone;
pub mod reference;
pub mod remote;
pub mod render;
pub mod settings;
pub mod store;
pub mod sync;
pub mod tempfiles;
pub mod template;
