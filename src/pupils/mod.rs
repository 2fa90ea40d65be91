//! Pupils: list and search, detail page with guardians and siblings, create, edit, archive.

pub mod routes;

pub use routes::{router, visible_pupil};

use sqlx::Row;

use crate::db::Db;
use crate::domain::names::{full_name, sort_name};

pub struct PupilRow {
    pub id: i64,
    pub external_id: String,
    pub name: String,
    pub sort_name: String,
    pub group_id: Option<i64>,
    pub group_name: String,
    pub date_of_birth: String,
    pub archived: bool,
}

pub const PUPIL_COLUMNS: &str =
    "p.id, p.external_id, p.first_name, p.name_prefix, p.last_name, p.group_id, \
     COALESCE(g.name, '') AS group_name, COALESCE(p.date_of_birth, '') AS date_of_birth, \
     CASE WHEN p.archived_at IS NULL THEN 0 ELSE 1 END AS archived";

pub fn pupil_from_row(r: &sqlx::any::AnyRow) -> Result<PupilRow, sqlx::Error> {
    let first: String = r.try_get("first_name")?;
    let prefix: String = r.try_get("name_prefix")?;
    let last: String = r.try_get("last_name")?;
    Ok(PupilRow {
        id: r.try_get("id")?,
        external_id: r.try_get("external_id")?,
        name: full_name(&first, &prefix, &last),
        sort_name: sort_name(&first, &prefix, &last),
        group_id: r.try_get("group_id")?,
        group_name: r.try_get("group_name")?,
        date_of_birth: r.try_get("date_of_birth")?,
        archived: r.try_get::<i64, _>("archived")? == 1,
    })
}

/// Active pupils of a group, by last name.
pub async fn in_group(db: &Db, group_id: i64) -> Result<Vec<PupilRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {PUPIL_COLUMNS} FROM pupils p LEFT JOIN groups g ON g.id = p.group_id \
         WHERE p.group_id = $1 AND p.archived_at IS NULL ORDER BY p.last_name, p.first_name"
    );
    let rows = sqlx::query(&sql)
        .bind(group_id)
        .fetch_all(db.read())
        .await?;
    rows.iter().map(pupil_from_row).collect()
}
