//! Driehoek: conversations between school, parents and pupil.
//!
//! The shared core, which imports no feature: `config`, `state` (what handlers can reach),
//! `clock`, `db` (pools, `Sql`, `Flag`), `domain` (types that parse), `auth` (sessions,
//! passwords, tokens, throttling, who may see what), `web` (page context, middleware, cookies,
//! forms, error page), `mail` (outbox, sender, calendar files), `i18n`, `timefmt`, `audit`,
//! `error`; `app` assembles the router and runs the server.
//!
//! Features, by what people do: `home` (start page), `account` (set-up, sign-in, passwords),
//! `school` (schools, years, settings, the parents' help page), `staff`, `groups`, `pupils`,
//! `guardians`, `import` (CSV), `rounds` (conversation rounds, availability, invitations,
//! timetable, day schedule), `booking` (the parents' booking page), `records` (records,
//! agreements, communicatieplan, contacts), `parents` (the parents' own view), `coverage`,
//! `exit` (leavers, exit talks, group sessions, reports), `retention` (removing what is kept
//! too long, the daily job's lock), `buddies` (parents helping parents: needs and offers from the
//! startgesprek, introductions after both agreed), `glossary`, `demo`; `backup` copies the SQLite database.
//! Each feature keeps its SQL in its `store`; see docs/ARCHITECTURE.md.

pub mod account;
pub mod app;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod booking;
pub mod buddies;
pub mod clock;
pub mod config;
pub mod coverage;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod exit;
pub mod gatherings;
pub mod glossary;
pub mod groups;
pub mod guardians;
pub mod history;
pub mod home;
pub mod i18n;
pub mod import;
pub mod inspection;
pub mod letters;
pub mod mail;
pub mod messages;
pub mod parents;
pub mod privacy;
pub mod pupilprep;
pub mod pupils;
pub mod records;
pub mod retention;
pub mod rounds;
pub mod school;
pub mod spreadsheet;
pub mod staff;
pub mod state;
pub mod timefmt;
pub mod web;
pub mod years;
