//! The start page per role (a teacher's groups and agenda, the school's figures for the
//! whole-school roles), the language switch and the health check.

mod routes;
mod store;
mod week;

pub use routes::router;

/// Weeks without positive news after which a pupil shows up in the nudge.
pub const POSITIVE_NEWS_WEEKS: i64 = 6;
