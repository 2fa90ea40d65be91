//! A staff member's own account: the first set-up of an installation, signing in and out, a
//! forgotten password, and setting a password through a one-time link. The credentials and
//! links themselves are in `auth`; staff accounts are made by `staff`.

mod routes;
mod second_step;
mod sign_in;
mod store;

pub use routes::router;

/// Reset links one address may receive per hour.
const RESET_LINKS_PER_HOUR: i64 = 3;
