//! The SQL of groups: pick lists, the group pages, and writing a group with its staff.

use std::collections::HashMap;

use crate::auth::access::Reach;
use crate::db::{now, Db, Flag, Sql, Tx};
use crate::domain::SchoolType;

use super::GroupOption;

/// Groups of the current school year that are in use, for pick lists.
pub async fn options(db: &Db, school_id: i64) -> Result<Vec<GroupOption>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.name FROM groups g JOIN school_years y ON y.id = g.school_year_id \
         WHERE g.school_id = $1 AND y.is_current = 1 AND g.archived_at IS NULL ORDER BY g.grade, g.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// For every staff member of a school, the names of their current groups (one query, no N+1).
pub async fn staff_group_names(
    db: &Db,
    school_id: i64,
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT gs.staff_id, g.name FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         WHERE g.school_id = $1 AND g.archived_at IS NULL ORDER BY g.grade, g.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(grouped(rows))
}

/// For every group of a school, the names of its staff.
pub async fn group_staff_names(
    db: &Db,
    school_id: i64,
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT gs.group_id, s.name FROM group_staff gs JOIN staff s ON s.id = gs.staff_id \
         WHERE s.school_id = $1 AND s.disabled_at IS NULL ORDER BY s.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(grouped(rows))
}

fn grouped(rows: Vec<(i64, String)>) -> HashMap<i64, Vec<String>> {
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    for (key, name) in rows {
        map.entry(key).or_default().push(name);
    }
    map
}

/// The names of one group's staff, as `group_staff_names` gives them for the whole school.
async fn staff_names_of(db: &Db, school_id: i64, group_id: i64) -> Result<String, sqlx::Error> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT s.name FROM group_staff gs JOIN staff s ON s.id = gs.staff_id \
         WHERE gs.group_id = $1 AND s.school_id = $2 AND s.disabled_at IS NULL ORDER BY s.name",
    )
    .bind(group_id)
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(names.join(", "))
}

/// A group as the list and detail pages show it.
#[derive(sqlx::FromRow)]
pub struct GroupRow {
    pub id: i64,
    pub name: String,
    pub grade: Option<i64>,
    pub school_type: SchoolType,
    /// Active pupils (the list only; 0 on the detail page, which lists them).
    #[sqlx(default)]
    pub pupils: i64,
    /// Staff names joined by ", " (filled after the query).
    #[sqlx(skip)]
    pub staff: String,
    #[sqlx(try_from = "Flag")]
    pub archived: bool,
}

/// Groups the person may see whose name contains `search`, archived ones too if asked.
pub async fn list(
    db: &Db,
    reach: Reach,
    search: &str,
    show_archived: bool,
) -> Result<Vec<GroupRow>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT g.id, g.name, g.grade, g.school_type, \
         CASE WHEN g.archived_at IS NULL THEN 0 ELSE 1 END AS archived, \
         (SELECT COUNT(*) FROM pupils p WHERE p.group_id = g.id AND p.archived_at IS NULL) AS pupils \
         FROM groups g WHERE ",
    );
    reach.groups(&mut sql, "g");
    sql.push(" AND LOWER(g.name) LIKE ")
        .bind(format!("%{}%", search.trim().to_lowercase()));
    // Earlier and coming years have their own pages (`/years`).
    sql.push(" AND ").push(crate::years::IN_CURRENT_YEAR);
    if !show_archived {
        sql.push(" AND g.archived_at IS NULL");
    }
    sql.push(" ORDER BY g.archived_at IS NOT NULL, g.grade, g.name");
    let mut rows: Vec<GroupRow> = sql.query_as().fetch_all(db.read()).await?;
    let staff = group_staff_names(db, reach.school_id).await?;
    for row in &mut rows {
        row.staff = staff.get(&row.id).map(|v| v.join(", ")).unwrap_or_default();
    }
    Ok(rows)
}

/// A group the person may see, with its staff names.
pub async fn find_visible(db: &Db, reach: Reach, id: i64) -> Result<Option<GroupRow>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT g.id, g.name, g.grade, g.school_type, \
         CASE WHEN g.archived_at IS NULL THEN 0 ELSE 1 END AS archived FROM groups g WHERE ",
    );
    reach.groups(&mut sql, "g");
    sql.push(" AND g.id = ").bind(id);
    let Some(mut group) = sql.query_as::<GroupRow>().fetch_optional(db.read()).await? else {
        return Ok(None);
    };
    group.staff = staff_names_of(db, reach.school_id, id).await?;
    Ok(Some(group))
}

/// A staff member to tick on the group form.
#[derive(sqlx::FromRow)]
pub struct StaffOption {
    pub id: i64,
    pub name: String,
}

/// Active staff of the school, teachers first.
pub async fn staff_options(db: &Db, school_id: i64) -> Result<Vec<StaffOption>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name FROM staff WHERE school_id = $1 AND disabled_at IS NULL \
         ORDER BY is_teacher DESC, name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// Ids of the staff linked to a group.
pub async fn staff_ids(db: &Db, group_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT staff_id FROM group_staff WHERE group_id = $1")
        .bind(group_id)
        .fetch_all(db.read())
        .await
}

/// What the group form saves.
pub struct NewGroup<'a> {
    pub name: &'a str,
    pub grade: Option<i64>,
    pub school_type: SchoolType,
    pub staff_ids: &'a [i64],
}

/// Creates a group in a school year with its staff. A name already used that year fails with
/// a unique violation and writes nothing.
pub async fn create(
    db: &Db,
    school_id: i64,
    year_id: i64,
    group: &NewGroup<'_>,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(school_id)
    .bind(year_id)
    .bind(group.name)
    .bind(group.grade)
    .bind(group.school_type)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    set_staff(&mut tx, school_id, id, group.staff_ids).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves a group of the school and replaces its staff; a taken name fails with a unique
/// violation and writes nothing.
pub async fn update(
    db: &Db,
    school_id: i64,
    id: i64,
    group: &NewGroup<'_>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE groups SET name = $1, grade = $2, school_type = $3 WHERE id = $4 AND school_id = $5",
    )
    .bind(group.name)
    .bind(group.grade)
    .bind(group.school_type)
    .bind(id)
    .bind(school_id)
    .execute(&mut *tx)
    .await?;
    set_staff(&mut tx, school_id, id, group.staff_ids).await?;
    tx.commit().await
}

/// Replaces a group's staff; ids of other schools' staff are ignored.
async fn set_staff(
    tx: &mut Tx,
    school_id: i64,
    group_id: i64,
    staff_ids: &[i64],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM group_staff WHERE group_id = $1")
        .bind(group_id)
        .execute(&mut **tx)
        .await?;
    for sid in staff_ids {
        sqlx::query(
            "INSERT INTO group_staff (group_id, staff_id) SELECT $1, id FROM staff WHERE id = $2 AND school_id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(group_id)
        .bind(sid)
        .bind(school_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

pub async fn set_archived(
    db: &Db,
    school_id: i64,
    id: i64,
    archived: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE groups SET archived_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(archived.then(now))
        .bind(id)
        .bind(school_id)
        .execute(db.write())
        .await?;
    Ok(())
}
