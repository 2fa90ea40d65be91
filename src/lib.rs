//! Driehoek: conversations between school, parents and pupil.
//!
//! Shared core: `config`, `db`, `auth`, `mail`, `i18n`, `error`, `web`, `timefmt`.
//! Features (what users do): `home` (start page), `account` (set-up, sign-in, passwords),
//! `school` (schools, years, settings), `rounds` (conversation rounds, availability,
//! invitations, schedules), `booking` (parents' personal booking page), `staff`, `groups`,
//! `pupils`, `guardians`, `import`, `demo`.

pub mod account;
pub mod app;
pub mod audit;
pub mod auth;
pub mod booking;
pub mod clock;
pub mod config;
pub mod coverage;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod exit;
pub mod glossary;
pub mod groups;
pub mod guardians;
pub mod home;
pub mod i18n;
pub mod import;
pub mod mail;
pub mod parents;
pub mod pupils;
pub mod records;
pub mod rounds;
pub mod school;
pub mod staff;
pub mod state;
pub mod timefmt;
pub mod web;
