//! The startgesprek wishes for an information evening: stored with the talk, counted per group.

use crate::auth::access::Reach;
use crate::db::{Db, Sql, Tx};

/// Per group of the current year this person sees: how many startgesprekken answered yes,
/// maybe or no to "would you like an information evening?".
#[derive(sqlx::FromRow)]
pub struct GroupWishes {
    pub group_id: i64,
    pub name: String,
    pub yes: i64,
    pub maybe: i64,
    pub no: i64,
}

/// Counts each pupil's latest startgesprek of this school year (held since the current year's
/// first school day minus `START_TALKS_EARLY_WEEKS`, as the start page counts them): last year's
/// talks and an earlier talk of the same pupil do not count.
pub async fn wishes_per_group(db: &Db, reach: &Reach) -> Result<Vec<GroupWishes>, sqlx::Error> {
    let first: Option<Option<String>> = sqlx::query_scalar(
        "SELECT first_school_day FROM school_years WHERE school_id = $1 AND is_current = 1",
    )
    .bind(reach.school_id)
    .fetch_optional(db.read())
    .await?;
    let Some(first) = first.flatten().and_then(|d| crate::timefmt::parse_iso(&d)) else {
        return Ok(Vec::new());
    };
    let since =
        crate::timefmt::iso(first.saturating_sub(time::Duration::weeks(START_TALKS_EARLY_WEEKS)));
    let mut sql = Sql::new(
        "SELECT g.id AS group_id, g.name, \
         CAST(SUM(CASE WHEN r.info_evening = 'yes' THEN 1 ELSE 0 END) AS BIGINT) AS yes, \
         CAST(SUM(CASE WHEN r.info_evening = 'maybe' THEN 1 ELSE 0 END) AS BIGINT) AS maybe, \
         CAST(SUM(CASE WHEN r.info_evening = 'no' THEN 1 ELSE 0 END) AS BIGINT) AS no \
         FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN groups g ON g.id = p.group_id \
         JOIN school_years y ON y.id = g.school_year_id \
         WHERE r.kind = 'start' AND r.info_evening <> '' AND y.is_current = 1 AND p.archived_at IS NULL AND r.held_on >= ",
    );
    sql.bind(since.clone())
        .push(
            " AND NOT EXISTS (SELECT 1 FROM records later WHERE later.pupil_id = r.pupil_id AND later.kind = 'start' \
             AND later.info_evening <> '' AND later.held_on >= ",
        )
        .bind(since)
        .push(" AND (later.held_on > r.held_on OR (later.held_on = r.held_on AND later.id > r.id))) AND ");
    if reach.whole_school {
        reach.groups(&mut sql, "g");
    } else {
        reach.own_groups(&mut sql, "g");
    }
    sql.push(" GROUP BY g.id, g.name, g.grade ORDER BY g.grade, g.name");
    sql.query_as().fetch_all(db.read()).await
}

/// Startgesprekken count for the year from this many weeks before its first school day (as on
/// the start page: talks planned just before the summer holiday).
const START_TALKS_EARLY_WEEKS: i64 = 6;

/// Stores a startgesprek's information-evening choice (called by the records feature in its
/// own transaction).
pub async fn set_info_evening(
    tx: &mut Tx,
    record_id: i64,
    choice: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE records SET info_evening = $1 WHERE id = $2")
        .bind(choice)
        .bind(record_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
