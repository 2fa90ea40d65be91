//! Guardians (parents and carers) and their links to pupils.

mod routes;
mod rules;
mod store;

pub use crate::domain::codes::LANGUAGES;

pub use routes::router;
pub use store::{of_pupil, set_own_language};

use crate::db::Flag;

/// A guardian as linked to one pupil.
#[derive(sqlx::FromRow)]
pub struct LinkedGuardian {
    pub id: i64,
    pub name: String,
    /// Empty without an address.
    pub email: String,
    pub phone: String,
    pub language: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter_needed: bool,
    /// A `Relationship` code.
    pub relationship: String,
    #[sqlx(try_from = "Flag")]
    pub parental_authority: bool,
    #[sqlx(try_from = "Flag")]
    pub own_household: bool,
    #[sqlx(try_from = "Flag")]
    pub receives_invitations: bool,
}
