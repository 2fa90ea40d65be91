//! The SQL of pupils: search, the pupil as other pages show it, siblings, and writing a pupil.

use time::Date;

use super::{rules, PupilRow};
use crate::auth::access::Reach;
use crate::db::{now, Db, Flag, Sql};
use crate::domain::PersonName;
use crate::timefmt;

/// Columns of `PupilRecord`, for queries over `pupils p LEFT JOIN groups g`.
const COLUMNS: &str = "p.id, p.external_id, p.first_name, p.name_prefix, p.last_name, p.group_id, \
     COALESCE(g.name, '') AS group_name, COALESCE(p.date_of_birth, '') AS date_of_birth, \
     CASE WHEN p.archived_at IS NULL THEN 0 ELSE 1 END AS archived";

#[derive(sqlx::FromRow)]
struct PupilRecord {
    id: i64,
    external_id: String,
    #[sqlx(flatten)]
    name: PersonName,
    group_id: Option<i64>,
    group_name: String,
    date_of_birth: String,
    #[sqlx(try_from = "Flag")]
    archived: bool,
}

impl From<PupilRecord> for PupilRow {
    fn from(r: PupilRecord) -> PupilRow {
        PupilRow {
            id: r.id,
            external_id: r.external_id,
            name: r.name.full(),
            sort_name: r.name.sorted(),
            group_id: r.group_id,
            group_name: r.group_name,
            date_of_birth: r.date_of_birth,
            archived: r.archived,
        }
    }
}

async fn fetch_rows(db: &Db, sql: &mut Sql) -> Result<Vec<PupilRow>, sqlx::Error> {
    let rows: Vec<PupilRecord> = sql.query_as().fetch_all(db.read()).await?;
    Ok(rows.into_iter().map(PupilRow::from).collect())
}

/// What the pupil list is filtered on.
pub struct Search<'a> {
    /// Part of the name (either order) or of the leerlingnummer.
    pub text: &'a str,
    pub group: Option<i64>,
    pub show_archived: bool,
}

/// `FROM … WHERE …` of the pupil list.
fn push_search(sql: &mut Sql, reach: Reach, search: &Search) {
    sql.push(" FROM pupils p LEFT JOIN groups g ON g.id = p.group_id WHERE ");
    reach.pupils(sql, "p");
    let pattern = format!("%{}%", search.text.trim().to_lowercase());
    sql.push(" AND (LOWER(p.first_name || ' ' || p.name_prefix || ' ' || p.last_name) LIKE ")
        .bind(pattern.clone())
        .push(" OR LOWER(p.last_name || ', ' || p.first_name) LIKE ")
        .bind(pattern.clone())
        .push(" OR LOWER(p.external_id) LIKE ")
        .bind(pattern)
        .push(")");
    // Group 0 (no group id is 0) has always meant "all groups".
    if let Some(group) = search.group.filter(|&g| g != 0) {
        sql.push(" AND p.group_id = ").bind(group);
    }
    if !search.show_archived {
        sql.push(" AND p.archived_at IS NULL");
    }
}

/// One page of the pupils the person may see that match, and how many match in all.
pub async fn search(
    db: &Db,
    reach: Reach,
    search: &Search<'_>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<PupilRow>), sqlx::Error> {
    let mut count = Sql::new("SELECT COUNT(*)");
    push_search(&mut count, reach, search);
    let total: i64 = count.query_scalar().fetch_one(db.read()).await?;
    let mut page = Sql::new(format!("SELECT {COLUMNS}"));
    push_search(&mut page, reach, search);
    page.push(" ORDER BY g.grade, g.name, p.last_name, p.first_name LIMIT ")
        .bind(limit)
        .push(" OFFSET ")
        .bind(offset);
    Ok((total, fetch_rows(db, &mut page).await?))
}

/// A pupil the person may see.
pub async fn find_visible(db: &Db, reach: Reach, id: i64) -> Result<Option<PupilRow>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT {COLUMNS} FROM pupils p LEFT JOIN groups g ON g.id = p.group_id WHERE "
    ));
    reach.pupils(&mut sql, "p");
    sql.push(" AND p.id = ").bind(id);
    let row: Option<PupilRecord> = sql.query_as().fetch_optional(db.read()).await?;
    Ok(row.map(PupilRow::from))
}

/// Active pupils of a group, by last name.
pub async fn in_group(db: &Db, group_id: i64) -> Result<Vec<PupilRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM pupils p LEFT JOIN groups g ON g.id = p.group_id \
         WHERE p.group_id = $1 AND p.archived_at IS NULL ORDER BY p.last_name, p.first_name"
    );
    let rows: Vec<PupilRecord> = sqlx::query_as(&sql)
        .bind(group_id)
        .fetch_all(db.read())
        .await?;
    Ok(rows.into_iter().map(PupilRow::from).collect())
}

/// The children of a guardian that the person may see, archived ones too.
pub async fn of_guardian(
    db: &Db,
    reach: Reach,
    guardian_id: i64,
) -> Result<Vec<PupilRow>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT {COLUMNS} FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
         LEFT JOIN groups g ON g.id = p.group_id WHERE "
    ));
    reach.pupils(&mut sql, "p");
    sql.push(" AND l.guardian_id = ")
        .bind(guardian_id)
        .push(" ORDER BY p.first_name");
    fetch_rows(db, &mut sql).await
}

/// A brother or sister: another active pupil of the school sharing a guardian. The link is
/// shown only when the person may see that pupil too.
#[derive(sqlx::FromRow)]
pub struct Sibling {
    pub id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub group_name: String,
    #[sqlx(try_from = "Flag")]
    pub visible: bool,
}

/// Siblings follow from shared guardians.
pub async fn siblings(db: &Db, reach: Reach, id: i64) -> Result<Vec<Sibling>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT DISTINCT p.id, p.first_name, p.name_prefix, p.last_name, \
         COALESCE(g.name, '') AS group_name, CASE WHEN ",
    );
    reach.pupils(&mut sql, "p");
    sql.push(
        " THEN 1 ELSE 0 END AS visible \
         FROM pupil_guardians a JOIN pupil_guardians b ON b.guardian_id = a.guardian_id AND b.pupil_id <> a.pupil_id \
         JOIN pupils p ON p.id = b.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE a.pupil_id = ",
    )
    .bind(id)
    .push(" AND p.archived_at IS NULL AND p.school_id = ")
    .bind(reach.school_id)
    .push(" ORDER BY p.first_name");
    sql.query_as().fetch_all(db.read()).await
}

/// A pupil's fields as stored, for the edit form.
#[derive(sqlx::FromRow)]
pub struct Stored {
    pub external_id: String,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub date_of_birth: Option<String>,
    pub group_id: Option<i64>,
    pub arrived_on: Option<String>,
}

pub async fn stored(db: &Db, id: i64) -> Result<Stored, sqlx::Error> {
    sqlx::query_as(
        "SELECT external_id, first_name, name_prefix, last_name, date_of_birth, group_id, arrived_on \
         FROM pupils WHERE id = $1",
    )
    .bind(id)
    .fetch_one(db.read())
    .await
}

/// What the pupil form saves.
pub struct NewPupil {
    pub external_id: String,
    pub name: PersonName,
    pub date_of_birth: Option<Date>,
    pub group_id: Option<i64>,
    /// A newcomer's first school day (joined during the year).
    pub arrived_on: Option<Date>,
}

/// Adds a pupil; a leerlingnummer already used in the school fails with a unique violation.
pub async fn create(db: &Db, school_id: i64, p: &NewPupil) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, date_of_birth, group_id, \
         arrived_on, start_due_on, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(school_id)
    .bind(&p.external_id)
    .bind(&p.name.first_name)
    .bind(&p.name.name_prefix)
    .bind(&p.name.last_name)
    .bind(p.date_of_birth.map(timefmt::iso))
    .bind(p.group_id)
    .bind(p.arrived_on.map(timefmt::iso))
    .bind(p.arrived_on.map(|d| timefmt::iso(rules::newcomer_start_due(d))))
    .bind(now())
    .fetch_one(db.write())
    .await
}

/// Saves a pupil of the school; a leerlingnummer already used fails with a unique violation.
pub async fn update(db: &Db, school_id: i64, id: i64, p: &NewPupil) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE pupils SET external_id = $1, first_name = $2, name_prefix = $3, last_name = $4, date_of_birth = $5, \
         group_id = $6, arrived_on = $7, start_due_on = $8, updated_at = $9 WHERE id = $10 AND school_id = $11",
    )
    .bind(&p.external_id)
    .bind(&p.name.first_name)
    .bind(&p.name.name_prefix)
    .bind(&p.name.last_name)
    .bind(p.date_of_birth.map(timefmt::iso))
    .bind(p.group_id)
    .bind(p.arrived_on.map(timefmt::iso))
    .bind(p.arrived_on.map(|d| timefmt::iso(rules::newcomer_start_due(d))))
    .bind(now())
    .bind(id)
    .bind(school_id)
    .execute(db.write())
    .await?;
    Ok(())
}

pub async fn set_archived(
    db: &Db,
    school_id: i64,
    id: i64,
    archived: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE pupils SET archived_at = $1, updated_at = $2 WHERE id = $3 AND school_id = $4",
    )
    .bind(archived.then(now))
    .bind(now())
    .bind(id)
    .bind(school_id)
    .execute(db.write())
    .await?;
    Ok(())
}
