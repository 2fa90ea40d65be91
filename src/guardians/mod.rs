//! Guardians (parents and carers) and their links to pupils.

pub mod routes;

pub use crate::domain::codes::LANGUAGES;

pub use routes::router;

use sqlx::Row;

use crate::db::Db;

pub const RELATIONSHIPS: [&str; 6] = [
    "mother",
    "father",
    "carer",
    "foster",
    "grandparent",
    "other",
];

pub struct LinkedGuardian {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub language: String,
    pub interpreter_needed: bool,
    pub relationship: String,
    pub parental_authority: bool,
    pub own_household: bool,
    pub receives_invitations: bool,
}

pub async fn of_pupil(db: &Db, pupil_id: i64) -> Result<Vec<LinkedGuardian>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT g.id, g.name, COALESCE(g.email, '') AS email, g.phone, g.language, g.interpreter_needed, \
         l.relationship, l.parental_authority, l.own_household, l.receives_invitations \
         FROM pupil_guardians l JOIN guardians g ON g.id = l.guardian_id \
         WHERE l.pupil_id = $1 AND g.archived_at IS NULL ORDER BY l.own_household, g.name",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(LinkedGuardian {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                email: r.try_get("email")?,
                phone: r.try_get("phone")?,
                language: r.try_get("language")?,
                interpreter_needed: r.try_get::<i64, _>("interpreter_needed")? == 1,
                relationship: r.try_get("relationship")?,
                parental_authority: r.try_get::<i64, _>("parental_authority")? == 1,
                own_household: r.try_get::<i64, _>("own_household")? == 1,
                receives_invitations: r.try_get::<i64, _>("receives_invitations")? == 1,
            })
        })
        .collect()
}
