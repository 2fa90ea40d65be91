//! HTTP tests: every journey through the real server, on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod access;
mod auth;
mod import;
mod school_data;
mod shell;
