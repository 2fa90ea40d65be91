//! HTTP tests: every journey through the real server, on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod access;
mod access_matrix;
mod access_rules;
mod auth;
mod big_pages;
mod booking;
mod buddies;
mod coverage;
mod demo_school;
mod exit;
mod gatherings;
mod import;
mod languages;
mod languages_exit;
mod letters;
mod mail;
mod messages;
mod newcomers;
mod overload;
mod parents;
mod pupil_history;
mod pupilprep;
mod records;
mod rush;
mod schema;
mod school_data;
mod school_years;
mod shell;
mod start_page;
mod timetable;
mod trust;
mod trust_data;
mod trust_people;
mod trust_rights;
mod trust_rounds;
mod trust_signin;
mod year_import;
mod year_views;
mod year_window;
mod years_support;
