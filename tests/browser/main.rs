//! Browser tests: the real app (SQLite) driven through headless Chromium, as a person would
//! use it, with axe-core accessibility checks, a phone-width layout check and screenshots in
//! `target/screenshots/`. The HTTP tests (`tests/http`) cover both databases; these run on
//! SQLite only. See `harness.rs` for the environment variables.

#[path = "../common/mod.rs"]
mod common;

mod director;
mod fixtures;
mod foundation;
mod gatherings;
mod harness;
mod languages;
mod layout;
mod messages;
mod parent;
mod teacher;
mod trust;
mod years;
// The year tests' helpers (groups, pupils, guardians made through the pages).
#[allow(dead_code)]
#[path = "../http/years_support.rs"]
mod years_support;
