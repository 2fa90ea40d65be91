//! The SQL of guardians: search, the guardian pages, a pupil's guardians, and writing
//! guardians and their links to pupils.

use std::collections::HashMap;

use super::LinkedGuardian;
use crate::auth::access::Reach;
use crate::db::{flag, now, Db, Flag, Sql};
use crate::domain::{Email, PersonName, Relationship};

/// The guardians of a pupil (archived ones left out), own household last.
pub async fn of_pupil(db: &Db, pupil_id: i64) -> Result<Vec<LinkedGuardian>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.name, COALESCE(g.email, '') AS email, g.phone, g.language, g.interpreter_needed, \
         l.relationship, l.parental_authority, l.own_household, l.receives_invitations \
         FROM pupil_guardians l JOIN guardians g ON g.id = l.guardian_id \
         WHERE l.pupil_id = $1 AND g.archived_at IS NULL ORDER BY l.own_household, g.name",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// A guardian as the list and detail pages show them.
#[derive(sqlx::FromRow)]
pub struct GuardianRow {
    pub id: i64,
    pub name: String,
    /// Empty without an address.
    pub email: String,
    pub phone: String,
    pub language: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter_needed: bool,
    /// "Daan van der Berg (7B), …" in the list; empty on the detail page.
    #[sqlx(skip)]
    pub children: String,
}

const COLUMNS: &str = "gd.id, gd.name, COALESCE(gd.email, '') AS email, gd.phone, gd.language, \
     gd.interpreter_needed";

/// Active guardians the person may see whose name, e-mail or phone contains `search`, by
/// name, at most `limit`, each with the children the person may see.
pub async fn list(
    db: &Db,
    reach: Reach,
    search: &str,
    limit: i64,
) -> Result<Vec<GuardianRow>, sqlx::Error> {
    let pattern = format!("%{}%", search.trim().to_lowercase());
    let mut sql = Sql::new(format!("SELECT {COLUMNS} FROM guardians gd WHERE "));
    reach.guardians(&mut sql, "gd");
    sql.push(" AND gd.archived_at IS NULL AND (LOWER(gd.name) LIKE ")
        .bind(pattern.clone())
        .push(" OR LOWER(COALESCE(gd.email, '')) LIKE ")
        .bind(pattern.clone())
        .push(" OR gd.phone LIKE ")
        .bind(pattern)
        .push(") ORDER BY gd.name LIMIT ")
        .bind(limit);
    let mut rows: Vec<GuardianRow> = sql.query_as().fetch_all(db.read()).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut children = children_names(db, reach, &ids).await?;
    for row in &mut rows {
        row.children = children
            .remove(&row.id)
            .map(|v| v.join(", "))
            .unwrap_or_default();
    }
    Ok(rows)
}

#[derive(sqlx::FromRow)]
struct ChildName {
    guardian_id: i64,
    #[sqlx(flatten)]
    name: PersonName,
    group_name: String,
}

/// Names of the active children the person may see, per guardian, in one query for the list.
async fn children_names(
    db: &Db,
    reach: Reach,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    if ids.is_empty() {
        return Ok(map);
    }
    let mut sql = Sql::new(
        "SELECT l.guardian_id, p.first_name, p.name_prefix, p.last_name, COALESCE(g.name, '') AS group_name \
         FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id LEFT JOIN groups g ON g.id = p.group_id WHERE ",
    );
    reach.pupils(&mut sql, "p");
    sql.push(" AND p.archived_at IS NULL AND l.guardian_id IN ")
        .bind_list(ids.to_vec())
        .push(" ORDER BY p.first_name");
    let rows: Vec<ChildName> = sql.query_as().fetch_all(db.read()).await?;
    for r in rows {
        let name = r.name.full();
        let label = if r.group_name.is_empty() {
            name
        } else {
            format!("{name} ({})", r.group_name)
        };
        map.entry(r.guardian_id).or_default().push(label);
    }
    Ok(map)
}

/// A guardian the person may see (archived ones too).
pub async fn find_visible(
    db: &Db,
    reach: Reach,
    id: i64,
) -> Result<Option<GuardianRow>, sqlx::Error> {
    let mut sql = Sql::new(format!("SELECT {COLUMNS} FROM guardians gd WHERE "));
    reach.guardians(&mut sql, "gd");
    sql.push(" AND gd.id = ").bind(id);
    sql.query_as().fetch_optional(db.read()).await
}

/// A guardian's own details, as the forms save them.
pub struct Details {
    pub name: String,
    pub email: Option<Email>,
    pub phone: String,
    pub language: String,
    pub interpreter_needed: bool,
}

/// How a guardian is linked to a pupil.
pub struct Link {
    pub relationship: Relationship,
    pub parental_authority: bool,
    pub own_household: bool,
    pub receives_invitations: bool,
}

/// Links a guardian to a pupil in one transaction: a guardian of the school already known by
/// this e-mail address (a sibling's parent) is linked as they are, otherwise a new guardian is
/// created. True when an existing guardian was linked.
pub async fn add_to_pupil(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    g: &Details,
    link: &Link,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let existing: Option<i64> = match &g.email {
        Some(email) => {
            sqlx::query_scalar("SELECT id FROM guardians WHERE school_id = $1 AND email = $2")
                .bind(school_id)
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?
        }
        None => None,
    };
    let guardian_id = match existing {
        Some(id) => id,
        None => sqlx::query_scalar(
            "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(school_id)
        .bind(&g.name)
        .bind(g.email.as_ref().map(Email::as_str))
        .bind(&g.phone)
        .bind(&g.language)
        .bind(flag(g.interpreter_needed))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?,
    };
    sqlx::query(
        "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (pupil_id, guardian_id) DO UPDATE SET relationship = excluded.relationship, \
         parental_authority = excluded.parental_authority, own_household = excluded.own_household, \
         receives_invitations = excluded.receives_invitations",
    )
    .bind(pupil_id)
    .bind(guardian_id)
    .bind(link.relationship)
    .bind(flag(link.parental_authority))
    .bind(flag(link.own_household))
    .bind(flag(link.receives_invitations))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(existing.is_some())
}

/// Saves a guardian's details; an e-mail address another guardian of the school has fails
/// with a unique violation.
pub async fn update(db: &Db, school_id: i64, id: i64, g: &Details) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE guardians SET name = $1, email = $2, phone = $3, language = $4, interpreter_needed = $5, updated_at = $6 \
         WHERE id = $7 AND school_id = $8",
    )
    .bind(&g.name)
    .bind(g.email.as_ref().map(Email::as_str))
    .bind(&g.phone)
    .bind(&g.language)
    .bind(flag(g.interpreter_needed))
    .bind(now())
    .bind(id)
    .bind(school_id)
    .execute(db.write())
    .await?;
    Ok(())
}

/// Changes an existing link; false when the guardian is not linked to the pupil.
pub async fn update_link(
    db: &Db,
    pupil_id: i64,
    guardian_id: i64,
    link: &Link,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE pupil_guardians SET relationship = $1, parental_authority = $2, own_household = $3, receives_invitations = $4 \
         WHERE pupil_id = $5 AND guardian_id = $6",
    )
    .bind(link.relationship)
    .bind(flag(link.parental_authority))
    .bind(flag(link.own_household))
    .bind(flag(link.receives_invitations))
    .bind(pupil_id)
    .bind(guardian_id)
    .execute(db.write())
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn unlink(db: &Db, pupil_id: i64, guardian_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM pupil_guardians WHERE pupil_id = $1 AND guardian_id = $2")
        .bind(pupil_id)
        .bind(guardian_id)
        .execute(db.write())
        .await?;
    Ok(())
}

pub async fn archive(db: &Db, school_id: i64, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE guardians SET archived_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(now())
        .bind(id)
        .bind(school_id)
        .execute(db.write())
        .await?;
    Ok(())
}
