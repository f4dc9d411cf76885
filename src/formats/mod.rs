//! File formats: each reads records into `Contact`s (or `FILE:LINE` errors) and writes
//! them back out. No SQLite here.

pub mod form;
