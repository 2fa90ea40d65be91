//! Next year's export on the preparation page: the uploaded file kept until the administrator
//! confirms its preview, what the matching reads, and the one transaction that applies it.

use super::{ImportRow, Writer};
use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{now, Db, Sql};
use crate::import::next_year::{KnownAddress, KnownPupil};

/// Keeps an uploaded file for its preview, in place of an earlier one of the same year (one file
/// waits per year); returns its id.
pub async fn stash(
    db: &Db,
    me: &StaffUser,
    year_id: i64,
    filename: &str,
    content: Vec<u8>,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM year_imports WHERE school_id = $1 AND school_year_id = $2")
        .bind(me.school_id)
        .bind(year_id)
        .execute(&mut *tx)
        .await?;
    let id = sqlx::query_scalar(
        "INSERT INTO year_imports (school_id, school_year_id, staff_id, filename, content, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(me.school_id)
    .bind(year_id)
    .bind(me.id)
    .bind(filename)
    .bind(content)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The file waiting for this school's year: (id, file name, bytes).
pub async fn stashed(
    db: &Db,
    school_id: i64,
    year_id: i64,
) -> Result<Option<(i64, String, Vec<u8>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, filename, content FROM year_imports WHERE school_id = $1 AND school_year_id = $2 \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(school_id)
    .bind(year_id)
    .fetch_optional(db.read())
    .await
}

/// Forgets a kept file; false when there was none of this school's year.
pub async fn drop_stash(
    db: &Db,
    school_id: i64,
    year_id: i64,
    id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query("DELETE FROM year_imports WHERE id = $1 AND school_id = $2 AND school_year_id = $3")
        .bind(id)
        .bind(school_id)
        .bind(year_id)
        .execute(db.write())
        .await
        .map(|done| done.rows_affected() == 1)
}

/// Every pupil of the school (left pupils too: their number may come back), with this year's group.
pub async fn known_pupils(db: &Db, school_id: i64) -> Result<Vec<KnownPupil>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.external_id, p.first_name, p.name_prefix, p.last_name, p.group_id, \
         g.name AS group_name, CASE WHEN p.archived_at IS NULL THEN 0 ELSE 1 END AS archived, p.destination \
         FROM pupils p LEFT JOIN groups g ON g.id = p.group_id WHERE p.school_id = $1 \
         ORDER BY g.grade, g.name, p.last_name, p.first_name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// The school's BRIN as stored ("" when not set).
pub async fn school_brin(db: &Db, school_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT brin FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await
}

/// The addresses on file of active pupils' guardians.
pub async fn known_guardians(db: &Db, school_id: i64) -> Result<Vec<KnownAddress>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.external_id, gd.name, gd.email FROM pupils p \
         JOIN pupil_guardians l ON l.pupil_id = p.id JOIN guardians gd ON gd.id = l.guardian_id \
         WHERE p.school_id = $1 AND p.archived_at IS NULL AND gd.email IS NOT NULL",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// A pupil the administrator confirmed as leaving.
pub struct ConfirmedLeaver {
    pub pupil_id: i64,
    pub destination: String,
    /// A `LeavingReason` code.
    pub reason: &'static str,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct NextYearApplied {
    pub placed: i64,
    pub created: i64,
    pub leavers: i64,
    pub groups_created: i64,
}

/// Applies next year's export in one transaction: the coming year's groups by name (made when
/// new), every row's pupil (new ones made, without a group this year) with their place in the
/// coming year, guardians as the import matches them (a changed address under the trust rules),
/// the leavers with their destination (leaving on `leaving_on`), an audit line, and the kept
/// file removed. An error rolls all of it back.
pub async fn apply_next_year(
    db: &Db,
    me: &StaffUser,
    year_id: i64,
    stash_id: i64,
    rows: &[ImportRow],
    leavers: &[ConfirmedLeaver],
    leaving_on: &str,
) -> Result<NextYearApplied, sqlx::Error> {
    let mut tx = db.begin().await?;
    let gone = sqlx::query(
        "DELETE FROM year_imports WHERE id = $1 AND school_id = $2 AND school_year_id = $3",
    )
    .bind(stash_id)
    .bind(me.school_id)
    .bind(year_id)
    .execute(&mut *tx)
    .await?;
    if gone.rows_affected() != 1 {
        // Applied already (a second click): nothing to do.
        return Ok(NextYearApplied::default());
    }
    let mut placed = Vec::with_capacity(rows.len());
    let counts = {
        let mut writer = Writer::new(&mut tx, me.school_id, year_id, Some(me)).await?;
        for row in rows {
            placed.push(writer.row(row).await?);
        }
        writer.counts
    };
    let at = now();
    // A pupil an earlier preparation marked as leaving whom the file places stays after all.
    for chunk in placed.chunks(500) {
        let mut sql = Sql::new(
            "UPDATE pupils SET leaving_on = NULL, leaving_reason = '', destination = '', updated_at = ",
        );
        sql.bind(at)
            .push(" WHERE school_id = ")
            .bind(me.school_id)
            .push(" AND leaving_on = ")
            .bind(leaving_on.to_string())
            .push(" AND id IN ")
            .bind_list(chunk.to_vec());
        sql.query().execute(&mut *tx).await?;
    }
    let mut left = 0;
    for l in leavers {
        sqlx::query("DELETE FROM pupil_years WHERE pupil_id = $1 AND school_year_id = $2")
            .bind(l.pupil_id)
            .bind(year_id)
            .execute(&mut *tx)
            .await?;
        let changed = sqlx::query(
            "UPDATE pupils SET leaving_on = $1, leaving_reason = $2, destination = $3, updated_at = $4 \
             WHERE id = $5 AND school_id = $6 AND archived_at IS NULL AND (leaving_on IS NULL OR leaving_on >= $1)",
        )
        .bind(leaving_on)
        .bind(l.reason)
        .bind(&l.destination)
        .bind(at)
        .bind(l.pupil_id)
        .bind(me.school_id)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 1 {
            left += 1;
            audit::change(
                &mut tx,
                me,
                Line::new(Some(l.pupil_id), "update", "leaving", Some(l.pupil_id))
                    .detail(format!("{leaving_on} {}", l.destination)),
            )
            .await?;
        }
    }
    let applied = NextYearApplied {
        placed: placed.len() as i64,
        created: counts.pupils_created,
        leavers: left,
        groups_created: counts.groups_created,
    };
    audit::change(
        &mut tx,
        me,
        Line::new(None, "import", "school_year", Some(year_id)).detail(format!(
            "placed {}, new {}, leavers {}, groups made {}",
            applied.placed, applied.created, applied.leavers, applied.groups_created
        )),
    )
    .await?;
    tx.commit().await?;
    Ok(applied)
}
