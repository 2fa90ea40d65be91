//! The switch into a new school year: which year is due, and the one transaction that moves
//! the school into it.

use crate::db::{now, Db};

/// The coming year whose first school day has come and that has groups: (id, first school day).
pub async fn due_switch(
    db: &Db,
    school_id: i64,
    today: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT y.id, y.first_school_day FROM school_years y WHERE y.school_id = $1 \
         AND y.switched_at IS NULL AND y.first_school_day <> '' AND y.first_school_day <= $2 \
         AND EXISTS (SELECT 1 FROM groups g WHERE g.school_year_id = y.id) \
         ORDER BY y.starts_on LIMIT 1",
    )
    .bind(school_id)
    .bind(today)
    .fetch_optional(db.read())
    .await
}

/// Schools with a year due to switch (for the background tick).
pub async fn schools_due(db: &Db, today: &str) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT y.school_id FROM school_years y WHERE y.switched_at IS NULL \
         AND y.first_school_day <> '' AND y.first_school_day <= $1",
    )
    .bind(today)
    .fetch_all(db.read())
    .await
}

/// What one switch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Switched {
    pub moved: u64,
    pub archived_leavers: u64,
    pub without_group: u64,
}

/// Moves the school into `year_id`, exactly once across instances: the conditional UPDATE on
/// `switched_at` lets one transaction through; any other finds the year switched and changes
/// nothing. In the same transaction: last year's groups are written to the history, pupils move
/// to their prepared group, leavers are archived (not deleted), last year's groups are archived,
/// the year becomes current, and an audit line records it.
pub async fn switch(
    db: &Db,
    school_id: i64,
    year_id: i64,
    first_school_day: &str,
) -> Result<Option<Switched>, sqlx::Error> {
    let at = now();
    let mut tx = db.begin().await?;
    let won = sqlx::query(
        "UPDATE school_years SET switched_at = $1 WHERE id = $2 AND school_id = $3 AND switched_at IS NULL",
    )
    .bind(at)
    .bind(year_id)
    .bind(school_id)
    .execute(&mut *tx)
    .await?;
    if won.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(None);
    }
    // Every year before this one that still has active groups is closed now.
    let closing = "SELECT cy.id FROM school_years cy WHERE cy.school_id = $1 AND cy.id <> $2 \
                   AND cy.switched_at IS NOT NULL";
    sqlx::query(&format!(
        "INSERT INTO pupil_years (pupil_id, school_year_id, group_id, created_at) \
         SELECT p.id, g.school_year_id, g.id, $3 FROM pupils p JOIN groups g ON g.id = p.group_id \
         WHERE p.school_id = $1 AND g.school_year_id IN ({closing}) \
         ON CONFLICT (pupil_id, school_year_id) DO UPDATE SET group_id = excluded.group_id"
    ))
    .bind(school_id)
    .bind(year_id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    // A pupil placed in this year after they were archived (a returning pupil from next year's
    // export) is active again from today; one archived after being placed stays archived.
    let moved = sqlx::query(
        "UPDATE pupils SET group_id = (SELECT py.group_id FROM pupil_years py \
         WHERE py.pupil_id = pupils.id AND py.school_year_id = $1), updated_at = $2, \
         archived_at = CASE WHEN archived_at < (SELECT py.created_at FROM pupil_years py \
         WHERE py.pupil_id = pupils.id AND py.school_year_id = $1) THEN NULL ELSE archived_at END \
         WHERE school_id = $3 AND id IN (SELECT pupil_id FROM pupil_years WHERE school_year_id = $1)",
    )
    .bind(year_id)
    .bind(at)
    .bind(school_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let archived_leavers = sqlx::query(
        "UPDATE pupils SET archived_at = $1, updated_at = $1 WHERE school_id = $2 AND archived_at IS NULL \
         AND leaving_on IS NOT NULL AND leaving_on < $3 \
         AND id NOT IN (SELECT pupil_id FROM pupil_years WHERE school_year_id = $4)",
    )
    .bind(at)
    .bind(school_id)
    .bind(first_school_day)
    .bind(year_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    // Pupils who stay but were given no group: without a group rather than in last year's.
    let without_group = sqlx::query(&format!(
        "UPDATE pupils SET group_id = NULL, updated_at = $3 WHERE school_id = $1 AND archived_at IS NULL \
         AND group_id IN (SELECT g.id FROM groups g WHERE g.school_year_id IN ({closing}))"
    ))
    .bind(school_id)
    .bind(year_id)
    .bind(at)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    sqlx::query(&format!(
        "UPDATE groups SET archived_at = $3 WHERE school_id = $1 AND archived_at IS NULL \
         AND school_year_id IN ({closing})"
    ))
    .bind(school_id)
    .bind(year_id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE school_years SET is_current = CASE WHEN id = $1 THEN 1 ELSE 0 END WHERE school_id = $2",
    )
    .bind(year_id)
    .bind(school_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO audit_log (school_id, action, entity, entity_id, detail, at) \
         VALUES ($1, 'switch', 'school_year', $2, $3, $4)",
    )
    .bind(school_id)
    .bind(year_id)
    .bind(format!(
        "moved {moved}, leavers archived {archived_leavers}, without group {without_group}"
    ))
    .bind(at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Some(Switched {
        moved,
        archived_leavers,
        without_group,
    }))
}

/// Whether a school has a pupil whose leaving day has passed and who is still on the lists; only
/// recent leaving days are looked at (the background tick catches older ones), so the check on
/// the request path stays a short range of the `pupils_leaving` index.
pub async fn leavers_due(
    db: &Db,
    school_id: i64,
    recent_from: &str,
    today: &str,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM pupils WHERE school_id = $1 AND leaving_on >= $2 AND leaving_on < $3 \
         AND archived_at IS NULL LIMIT 1",
    )
    .bind(school_id)
    .bind(recent_from)
    .bind(today)
    .fetch_optional(db.read())
    .await?;
    Ok(found.is_some())
}

/// Schools with a pupil whose leaving day has passed and who is still on the lists (for the tick).
pub async fn schools_with_leavers_due(db: &Db, today: &str) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT school_id FROM pupils WHERE leaving_on IS NOT NULL AND leaving_on < $1 \
         AND archived_at IS NULL",
    )
    .bind(today)
    .fetch_all(db.read())
    .await
}

/// Archives the pupils who left during the year: their leaving day is before `today`. The
/// conditional UPDATE lets each pupil through once across instances; each archived pupil gets an
/// audit line in the same transaction. The pupil's records stay (history, exit conversation).
pub async fn archive_leavers(db: &Db, school_id: i64, today: &str) -> Result<u64, sqlx::Error> {
    let at = now();
    let mut tx = db.begin().await?;
    let archived: Vec<(i64, String)> = sqlx::query_as(
        "UPDATE pupils SET archived_at = $1, updated_at = $1 WHERE school_id = $2 AND archived_at IS NULL \
         AND leaving_on IS NOT NULL AND leaving_on < $3 RETURNING id, leaving_on",
    )
    .bind(at)
    .bind(school_id)
    .bind(today)
    .fetch_all(&mut *tx)
    .await?;
    for (pupil_id, leaving_on) in &archived {
        sqlx::query(
            "INSERT INTO audit_log (school_id, action, entity, entity_id, detail, at) \
             VALUES ($1, 'archive', 'pupil', $2, $3, $4)",
        )
        .bind(school_id)
        .bind(pupil_id)
        .bind(format!("left on {leaving_on}"))
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(archived.len() as u64)
}
