//! Pupils: list and search, detail page with guardians and siblings, create, edit, archive.

mod routes;
mod rules;
pub use rules::newcomer_start_due;
mod store;

pub use routes::router;

use crate::auth::access::Reach;
use crate::auth::StaffUser;
use crate::db::Db;
use crate::error::{AppError, AppResult};

/// A pupil as lists and headers show it.
pub struct PupilRow {
    pub id: i64,
    pub external_id: String,
    /// "Daan van der Berg".
    pub name: String,
    /// "Berg, Daan van der".
    pub sort_name: String,
    pub group_id: Option<i64>,
    /// Empty without a group.
    pub group_name: String,
    /// ISO date, empty when unknown.
    pub date_of_birth: String,
    pub archived: bool,
}

/// A pupil the person may see, or 404 (also for another school's or another group's pupil).
pub async fn visible_pupil(db: &Db, me: &StaffUser, id: i64) -> AppResult<PupilRow> {
    store::find_visible(db, Reach::of(me), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Active pupils of a group, by last name.
pub async fn in_group(db: &Db, group_id: i64) -> Result<Vec<PupilRow>, sqlx::Error> {
    store::in_group(db, group_id).await
}

/// The children of a guardian that the person may see (archived ones too), by first name.
pub async fn of_guardian(
    db: &Db,
    me: &StaffUser,
    guardian_id: i64,
) -> Result<Vec<PupilRow>, sqlx::Error> {
    store::of_guardian(db, Reach::of(me), guardian_id).await
}
