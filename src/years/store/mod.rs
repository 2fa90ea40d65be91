//! The school year's SQL: the years of a school, preparing the next one, the switch, and the
//! read-only view of a year; the switch itself in `switch`.

mod switch;

pub use switch::*;

use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::StaffUser;
use crate::db::{now, Db, Flag, Sql, Tx};
use crate::domain::{LeavingReason, PersonName, SchoolType};
use crate::groups::GroupOption;

const YEAR_COLUMNS: &str = "y.id, y.name, y.starts_on, y.first_school_day, y.ends_on, \
     CASE WHEN y.switched_at IS NULL THEN 0 ELSE 1 END AS switched, y.is_current, \
     (SELECT COUNT(*) FROM groups g WHERE g.school_year_id = y.id AND g.archived_at IS NULL) AS groups";

/// A school year as the years page shows it.
#[derive(sqlx::FromRow, Clone)]
pub struct YearRow {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub first_school_day: String,
    pub ends_on: String,
    /// The school moved into this year (it is the current year or an earlier one).
    #[sqlx(try_from = "Flag")]
    pub switched: bool,
    #[sqlx(try_from = "Flag")]
    pub is_current: bool,
    /// Groups prepared or held in this year.
    pub groups: i64,
}

/// The school's years, latest first.
pub async fn years(db: &Db, school_id: i64) -> Result<Vec<YearRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {YEAR_COLUMNS} FROM school_years y WHERE y.school_id = $1 ORDER BY y.starts_on DESC"
    ))
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// One year of the school, or None (also for another school's year).
pub async fn find(db: &Db, school_id: i64, id: i64) -> Result<Option<YearRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {YEAR_COLUMNS} FROM school_years y WHERE y.school_id = $1 AND y.id = $2"
    ))
    .bind(school_id)
    .bind(id)
    .fetch_optional(db.read())
    .await
}

/// The current year: the latest one the school switched into.
pub async fn current(db: &Db, school_id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name FROM school_years WHERE school_id = $1 AND switched_at IS NOT NULL \
         ORDER BY starts_on DESC LIMIT 1",
    )
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// A new year as the administrator typed it (dates ISO).
pub struct NewYear {
    pub name: String,
    pub starts_on: String,
    pub first_school_day: String,
    pub ends_on: String,
}

/// Creates a coming year; a name already used fails with a unique violation.
pub async fn create(db: &Db, me: &StaffUser, year: &NewYear) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO school_years (school_id, name, starts_on, ends_on, is_current, first_school_day) \
         VALUES ($1, $2, $3, $4, 0, $5) RETURNING id",
    )
    .bind(me.school_id)
    .bind(&year.name)
    .bind(&year.starts_on)
    .bind(&year.ends_on)
    .bind(&year.first_school_day)
    .fetch_one(&mut *tx)
    .await?;
    audit::change(
        &mut tx,
        me,
        Line::new(None, "create", "school_year", Some(id)).detail(format!(
            "{} ({} – {}, {})",
            year.name, year.starts_on, year.ends_on, year.first_school_day
        )),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Corrects the first school day of the current year (coverage counts the year's weeks from it)
/// or of a coming year (the day of its switch). False when `year_id` is neither, in this school.
pub async fn set_first_day(
    db: &Db,
    me: &StaffUser,
    year_id: i64,
    first_school_day: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE school_years SET first_school_day = $1 WHERE id = $2 AND school_id = $3 \
         AND (is_current = 1 OR switched_at IS NULL)",
    )
    .bind(first_school_day)
    .bind(year_id)
    .bind(me.school_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    audit::change(
        &mut tx,
        me,
        Line::new(None, "update", "school_year", Some(year_id))
            .detail(format!("first school day {first_school_day}")),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A group of a year, as the proposal reads it.
#[derive(sqlx::FromRow, Clone)]
pub struct YearGroup {
    pub id: i64,
    pub name: String,
    pub grade: Option<i64>,
    pub school_type: SchoolType,
}

/// The groups of a year that are in use.
pub async fn groups_of(
    db: &Db,
    school_id: i64,
    year_id: i64,
) -> Result<Vec<YearGroup>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, grade, school_type FROM groups WHERE school_id = $1 AND school_year_id = $2 \
         AND archived_at IS NULL ORDER BY grade, name",
    )
    .bind(school_id)
    .bind(year_id)
    .fetch_all(db.read())
    .await
}

/// (group id, staff id) of every group of a year.
pub async fn staff_of_year(
    db: &Db,
    school_id: i64,
    year_id: i64,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT gs.group_id, gs.staff_id FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         WHERE g.school_id = $1 AND g.school_year_id = $2",
    )
    .bind(school_id)
    .bind(year_id)
    .fetch_all(db.read())
    .await
}

/// Active staff of the school, teachers first: (id, name).
pub async fn staff_options(db: &Db, school_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name FROM staff WHERE school_id = $1 AND disabled_at IS NULL \
         ORDER BY is_teacher DESC, name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// A pupil of this year to place in next year's groups.
#[derive(sqlx::FromRow)]
pub struct PupilToPlace {
    pub id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub group_id: Option<i64>,
    pub leaving_on: Option<String>,
    pub destination: String,
}

/// The school's active pupils, by group and name.
pub async fn pupils_to_place(db: &Db, school_id: i64) -> Result<Vec<PupilToPlace>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, p.group_id, p.leaving_on, p.destination \
         FROM pupils p LEFT JOIN groups g ON g.id = p.group_id \
         WHERE p.school_id = $1 AND p.archived_at IS NULL \
         ORDER BY g.grade, g.name, p.last_name, p.first_name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// (pupil id, group id) of a year's rows in the history.
pub async fn placed(db: &Db, year_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT pupil_id, group_id FROM pupil_years WHERE school_year_id = $1")
        .bind(year_id)
        .fetch_all(db.read())
        .await
}

/// One group of the saved preparation.
pub struct PlannedGroup {
    /// The group already saved for next year, when the preparation is saved again.
    pub existing_id: Option<i64>,
    pub name: String,
    pub grade: Option<i64>,
    pub school_type: SchoolType,
    pub staff_ids: Vec<i64>,
    /// False: an existing group the administrator no longer wants.
    pub create: bool,
}

/// Where one pupil goes.
pub enum Placement {
    /// Into the planned group with this index.
    Group(usize),
    Leaves {
        destination: String,
        reason: LeavingReason,
    },
    /// Stays at school without a group for now.
    Undecided,
}

/// The next year's groups, their staff and every pupil's place.
pub struct Plan {
    pub groups: Vec<PlannedGroup>,
    pub pupils: Vec<(i64, Placement)>,
    /// Leavers leave on the last day of the current year (ISO).
    pub leaving_on: String,
}

/// Saves the preparation of `year_id` in one transaction: groups (created, renamed, dropped),
/// their staff, every pupil's row in the history for that year, and the leavers' leaving day
/// and destination. A group name used twice fails with a unique violation and writes nothing.
pub async fn save_plan(
    db: &Db,
    me: &StaffUser,
    year_id: i64,
    plan: &Plan,
) -> Result<(), sqlx::Error> {
    let school_id = me.school_id;
    let at = now();
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM pupil_years WHERE school_year_id = $1")
        .bind(year_id)
        .execute(&mut *tx)
        .await?;
    let mut ids: Vec<Option<i64>> = Vec::with_capacity(plan.groups.len());
    // Dropped groups first, so their names are free for the others.
    for group in plan.groups.iter().filter(|g| !g.create) {
        if let Some(id) = group.existing_id {
            drop_group(&mut tx, school_id, year_id, id).await?;
        }
    }
    for group in &plan.groups {
        if !group.create {
            ids.push(None);
            continue;
        }
        let id = save_group(&mut tx, school_id, year_id, group, at).await?;
        set_staff(&mut tx, school_id, id, &group.staff_ids).await?;
        ids.push(Some(id));
    }
    let mut leavers = 0;
    let mut placed_ids = Vec::new();
    for (index, group_id) in ids.iter().enumerate() {
        let Some(group_id) = group_id else { continue };
        let members: Vec<i64> = plan
            .pupils
            .iter()
            .filter(|(_, p)| matches!(p, Placement::Group(i) if *i == index))
            .map(|(id, _)| *id)
            .collect();
        if members.is_empty() {
            continue;
        }
        placed_ids.extend(members.iter().copied());
        let mut sql = Sql::new("INSERT INTO pupil_years (pupil_id, school_year_id, group_id, created_at) SELECT p.id, ");
        sql.bind(year_id)
            .push(", ")
            .bind(*group_id)
            .push(", ")
            .bind(at)
            .push(" FROM pupils p WHERE p.school_id = ")
            .bind(school_id)
            .push(" AND p.id IN ")
            .bind_list(members);
        sql.query().execute(&mut *tx).await?;
    }
    // A pupil this form once marked as leaving who now has a group stays after all.
    if !placed_ids.is_empty() {
        let mut sql = Sql::new("UPDATE pupils SET leaving_on = NULL, leaving_reason = '', destination = '', updated_at = ");
        sql.bind(at)
            .push(" WHERE school_id = ")
            .bind(school_id)
            .push(" AND leaving_on = ")
            .bind(plan.leaving_on.clone())
            .push(" AND id IN ")
            .bind_list(placed_ids);
        sql.query().execute(&mut *tx).await?;
    }
    for (pupil_id, placement) in &plan.pupils {
        let Placement::Leaves {
            destination,
            reason,
        } = placement
        else {
            continue;
        };
        let changed = sqlx::query(
            "UPDATE pupils SET leaving_on = $1, leaving_reason = $2, destination = $3, updated_at = $4 \
             WHERE id = $5 AND school_id = $6 AND (leaving_on IS NULL OR leaving_on >= $1)",
        )
        .bind(&plan.leaving_on)
        .bind(reason.code())
        .bind(destination)
        .bind(at)
        .bind(pupil_id)
        .bind(school_id)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 1 {
            leavers += 1;
            audit::change(
                &mut tx,
                me,
                Line::new(Some(*pupil_id), "update", "leaving", Some(*pupil_id))
                    .detail(format!("{} {}", plan.leaving_on, destination)),
            )
            .await?;
        }
    }
    let groups = ids.iter().flatten().count();
    audit::change(
        &mut tx,
        me,
        Line::new(None, "prepare", "school_year", Some(year_id)).detail(format!(
            "groups {groups}, pupils {}, leavers {leavers}",
            plan.pupils
                .iter()
                .filter(|(_, p)| matches!(p, Placement::Group(_)))
                .count()
        )),
    )
    .await?;
    tx.commit().await
}

async fn save_group(
    tx: &mut Tx,
    school_id: i64,
    year_id: i64,
    group: &PlannedGroup,
    at: i64,
) -> Result<i64, sqlx::Error> {
    if let Some(id) = group.existing_id {
        sqlx::query(
            "UPDATE groups SET name = $1, grade = $2, school_type = $3, archived_at = NULL \
             WHERE id = $4 AND school_id = $5 AND school_year_id = $6",
        )
        .bind(&group.name)
        .bind(group.grade)
        .bind(group.school_type)
        .bind(id)
        .bind(school_id)
        .bind(year_id)
        .execute(&mut **tx)
        .await?;
        return Ok(id);
    }
    sqlx::query_scalar(
        "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(school_id)
    .bind(year_id)
    .bind(&group.name)
    .bind(group.grade)
    .bind(group.school_type)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// Removes a prepared group nobody uses yet; one a round already names is archived instead.
async fn drop_group(tx: &mut Tx, school_id: i64, year_id: i64, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM group_staff WHERE group_id = $1 AND group_id IN (SELECT id FROM groups WHERE school_id = $2 AND school_year_id = $3)")
        .bind(id)
        .bind(school_id)
        .bind(year_id)
        .execute(&mut **tx)
        .await?;
    let gone = sqlx::query(
        "DELETE FROM groups WHERE id = $1 AND school_id = $2 AND school_year_id = $3 \
         AND NOT EXISTS (SELECT 1 FROM round_groups rg WHERE rg.group_id = groups.id)",
    )
    .bind(id)
    .bind(school_id)
    .bind(year_id)
    .execute(&mut **tx)
    .await?;
    if gone.rows_affected() == 0 {
        sqlx::query(
            "UPDATE groups SET archived_at = $1 WHERE id = $2 AND school_id = $3 AND school_year_id = $4",
        )
        .bind(now())
        .bind(id)
        .bind(school_id)
        .bind(year_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Replaces a group's staff; other schools' staff are ignored.
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
    if staff_ids.is_empty() {
        return Ok(());
    }
    // SQLite needs the WHERE before ON CONFLICT to parse an INSERT … SELECT upsert.
    let mut sql = Sql::new("INSERT INTO group_staff (group_id, staff_id) SELECT ");
    sql.bind(group_id)
        .push(", id FROM staff WHERE school_id = ")
        .bind(school_id)
        .push(" AND id IN ")
        .bind_list(staff_ids.to_vec())
        .push(" ON CONFLICT DO NOTHING");
    sql.query().execute(&mut **tx).await.map(|_| ())
}

/// A pupil in a group of the year being looked at (no pupil for an empty group).
#[derive(sqlx::FromRow)]
pub struct ViewLine {
    pub group_id: i64,
    pub group_name: String,
    pub pupil_id: Option<i64>,
    pub first_name: Option<String>,
    pub name_prefix: Option<String>,
    pub last_name: Option<String>,
}

/// The groups of a year with their pupils: from the history for earlier and coming years, from
/// the pupils' current group for the current year.
pub async fn year_view(
    db: &Db,
    school_id: i64,
    year_id: i64,
    live: bool,
) -> Result<Vec<ViewLine>, sqlx::Error> {
    let members = if live {
        "LEFT JOIN pupils p ON p.group_id = g.id AND p.archived_at IS NULL"
    } else {
        "LEFT JOIN pupil_years py ON py.group_id = g.id LEFT JOIN pupils p ON p.id = py.pupil_id"
    };
    sqlx::query_as(&format!(
        "SELECT g.id AS group_id, g.name AS group_name, p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name \
         FROM groups g {members} WHERE g.school_id = $1 AND g.school_year_id = $2 \
         AND (g.archived_at IS NULL OR $3 = 0) \
         ORDER BY g.grade, g.name, p.last_name, p.first_name"
    ))
    .bind(school_id)
    .bind(year_id)
    .bind(i64::from(live))
    .fetch_all(db.read())
    .await
}

/// Groups of a coming year (not switched into yet), named with their year, for pick lists.
pub async fn coming_group_options(
    db: &Db,
    school_id: i64,
) -> Result<Vec<GroupOption>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.name || ' (' || y.name || ')' AS name FROM groups g \
         JOIN school_years y ON y.id = g.school_year_id \
         WHERE g.school_id = $1 AND y.switched_at IS NULL AND g.archived_at IS NULL \
         ORDER BY y.starts_on, g.grade, g.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// A coming group of one's own, with the pupils prepared for it.
#[derive(sqlx::FromRow)]
pub struct ComingGroup {
    pub id: i64,
    pub name: String,
    pub year_name: String,
    pub first_school_day: String,
    pub pupils: i64,
}

/// The groups of a coming year this person is linked to.
pub async fn own_coming_groups(db: &Db, reach: Reach) -> Result<Vec<ComingGroup>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT g.id, g.name, y.name AS year_name, y.first_school_day, \
         (SELECT COUNT(*) FROM pupil_years py WHERE py.group_id = g.id) AS pupils \
         FROM groups g JOIN school_years y ON y.id = g.school_year_id WHERE ",
    );
    reach.own_groups(&mut sql, "g");
    sql.push(" AND y.switched_at IS NULL AND g.archived_at IS NULL ORDER BY y.starts_on, g.grade, g.name");
    sql.query_as().fetch_all(db.read()).await
}

/// (group id, staff name) of every group of a year.
pub async fn staff_names_of_year(
    db: &Db,
    school_id: i64,
    year_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT gs.group_id, s.name FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         JOIN staff s ON s.id = gs.staff_id WHERE g.school_id = $1 AND g.school_year_id = $2 ORDER BY s.name",
    )
    .bind(school_id)
    .bind(year_id)
    .fetch_all(db.read())
    .await
}
