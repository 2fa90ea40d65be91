//! The facts behind the coverage figures, for every pupil within a reach. Each query asks about
//! the counted pupils at once (no query per pupil).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{PupilFacts, YearWindow};
use crate::auth::access::Reach;
use crate::db::{now, Db, Sql};
use crate::domain::OppStatus;

/// What is known about the pupils of one school within a reach.
pub struct Facts {
    /// The visible groups of the current school year, by id.
    pub group_names: BTreeMap<i64, String>,
    pub pupils: Vec<PupilFacts>,
    /// Every staff member of the school: (id, name).
    pub teachers: Vec<(i64, String)>,
    /// (group id, staff id) links of the visible groups.
    pub group_teachers: Vec<(i64, i64)>,
    pub school_name: String,
}

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: i64,
    name: String,
}

#[derive(sqlx::FromRow)]
struct PupilRow {
    id: i64,
    group_id: i64,
}

/// `(SELECT … )`: the counted pupils: those not archived in the given groups, or for an earlier
/// year those who were in them (leavers since archived included).
fn counted_pupils(sql: &mut Sql, year: &YearWindow, groups: &[i64]) {
    if year.past {
        sql.push("(SELECT cp.pupil_id FROM pupil_years cp WHERE cp.group_id IN ")
            .bind_list(groups.to_vec())
            .push(")");
    } else {
        sql.push("(SELECT cp.id FROM pupils cp WHERE cp.group_id IN ")
            .bind_list(groups.to_vec())
            .push(" AND cp.archived_at IS NULL)");
    }
}

/// A year of the school as the coverage page offers it, with its own days (ISO).
#[derive(sqlx::FromRow, Clone, Debug, PartialEq, Eq)]
pub struct YearChoice {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub first_school_day: String,
    pub ends_on: String,
}

/// The years the school has been in (the current one and earlier ones), latest first.
pub async fn years(db: &Db, school: i64) -> Result<Vec<YearChoice>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, starts_on, first_school_day, ends_on FROM school_years \
         WHERE school_id = $1 AND switched_at IS NOT NULL ORDER BY starts_on DESC",
    )
    .bind(school)
    .fetch_all(db.read())
    .await
}

/// One year of the school (None for another school's year).
pub async fn year(db: &Db, school: i64, id: i64) -> Result<Option<YearChoice>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, starts_on, first_school_day, ends_on FROM school_years \
         WHERE school_id = $1 AND id = $2",
    )
    .bind(school)
    .bind(id)
    .fetch_optional(db.read())
    .await
}

/// The ids a query returns, as a set.
async fn id_set(db: &Db, mut sql: Sql) -> Result<HashSet<i64>, sqlx::Error> {
    Ok(sql
        .query_scalar::<i64>()
        .fetch_all(db.read())
        .await?
        .into_iter()
        .collect())
}

/// (pupil id, count) pairs a query returns, as a map.
async fn counts(db: &Db, mut sql: Sql) -> Result<HashMap<i64, i64>, sqlx::Error> {
    Ok(sql
        .query_as::<(i64, i64)>()
        .fetch_all(db.read())
        .await?
        .into_iter()
        .collect())
}

/// Collects the facts of one school year (of `reach`'s school) for every pupil within `reach`.
pub async fn facts(db: &Db, reach: &Reach, year: &YearWindow) -> Result<Facts, sqlx::Error> {
    let school = reach.school_id;
    let group_names = groups(db, reach, year).await?;
    let group_ids: Vec<i64> = group_names.keys().copied().collect();
    let g = &group_ids;

    let mut sql = if year.past {
        Sql::new("SELECT pupil_id AS id, group_id FROM pupil_years WHERE group_id IN ")
    } else {
        Sql::new("SELECT id, group_id FROM pupils WHERE group_id IN ")
    };
    sql.bind_list(g.clone());
    if !year.past {
        sql.push(" AND archived_at IS NULL");
    }
    // Each fact walks the year's pupils of these groups. They run in two halves side by side,
    // each half on one connection of the read pool (two cores' worth of work for a big school's
    // page), never more: the pool is shared with the booking path.
    let ((pupils, early, plans, progress), (overdue, not_reached, opp_asked)) = tokio::try_join!(
        async {
            let pupils: Vec<PupilRow> = sql.query_as().fetch_all(db.read()).await?;
            let early = early_starts(db, year, g).await?;
            let plans = plans(db, year, g).await?;
            let progress = progress(db, year, g).await?;
            Ok::<_, sqlx::Error>((pupils, early, plans, progress))
        },
        async {
            let overdue = overdue(db, year, g).await?;
            let not_reached = not_reached(db, school, year, g).await?;
            let opp_asked = opp_asked(db, year, g).await?;
            Ok::<_, sqlx::Error>((overdue, not_reached, opp_asked))
        },
    )?;
    let pupils = pupils
        .iter()
        .map(|p| PupilFacts {
            group_id: p.group_id,
            early_start: early.contains(&p.id),
            plan: plans.contains(&p.id),
            progress: progress.get(&p.id).copied().unwrap_or(0),
            overdue: overdue.get(&p.id).copied().unwrap_or(0),
            not_reached: not_reached.contains(&p.id),
            opp_pending: opp_asked.contains(&p.id),
        })
        .collect();

    let teachers: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM staff WHERE school_id = $1")
            .bind(school)
            .fetch_all(db.read())
            .await?;
    let mut sql = Sql::new("SELECT group_id, staff_id FROM group_staff WHERE group_id IN ");
    sql.bind_list(group_ids);
    let group_teachers: Vec<(i64, i64)> = sql.query_as().fetch_all(db.read()).await?;
    Ok(Facts {
        group_names,
        pupils,
        teachers,
        group_teachers,
        school_name: crate::school::school_name(db, school).await?,
    })
}

/// The groups of the school year within reach, by id (an earlier year's groups are archived).
async fn groups(
    db: &Db,
    reach: &Reach,
    year: &YearWindow,
) -> Result<BTreeMap<i64, String>, sqlx::Error> {
    let mut sql = Sql::new("SELECT g.id, g.name FROM groups g WHERE ");
    reach.groups(&mut sql, "g");
    if !year.past {
        sql.push(" AND g.archived_at IS NULL");
    }
    sql.push(" AND g.school_year_id = ")
        .bind(year.year_id)
        .push(" ORDER BY g.grade, g.name");
    let rows: Vec<GroupRow> = sql.query_as().fetch_all(db.read()).await?;
    Ok(rows.into_iter().map(|g| (g.id, g.name)).collect())
}

/// Held in the first weeks (a newcomer's own first three weeks): a record of the startgesprek,
/// or a start booking marked as held — the same rule for both.
async fn early_starts(
    db: &Db,
    year: &YearWindow,
    groups: &[i64],
) -> Result<HashSet<i64>, sqlx::Error> {
    // A newcomer's startgesprek counts when held within three weeks of their own first day.
    let mut sql = Sql::new(
        "SELECT rc.pupil_id FROM records rc JOIN pupils np ON np.id = rc.pupil_id \
         WHERE rc.kind = 'start' AND rc.held_on >= ",
    );
    sql.bind(year.start.clone())
        .push(" AND (rc.held_on <= ")
        .bind(year.first_weeks_end.clone())
        .push(" OR rc.held_on <= np.start_due_on) AND rc.pupil_id IN ");
    counted_pupils(&mut sql, year, groups);
    let mut early = id_set(db, sql).await?;
    // `b.status = 'active'` stays a literal: it is the predicate of the partial indexes on bookings.
    // A start conversation held in this year (the last days of the holiday belong to it); whether
    // it was early is decided in Rust, as slot times are unix seconds and due days ISO dates.
    let mut sql = Sql::new(
        "SELECT b.pupil_id, s.starts_at, np.start_due_on FROM bookings b JOIN rounds r ON r.id = b.round_id \
         JOIN slots s ON s.id = b.slot_id JOIN pupils np ON np.id = b.pupil_id \
         WHERE r.kind = 'start' AND b.attendance = 'held' AND b.status = 'active' AND s.starts_at >= ",
    );
    sql.bind(year.start_at)
        .push(" AND s.starts_at < ")
        .bind(year.end_at)
        .push(" AND b.pupil_id IN ");
    counted_pupils(&mut sql, year, groups);
    let held: Vec<(i64, i64, Option<String>)> = sql.query_as().fetch_all(db.read()).await?;
    early.extend(
        held.into_iter()
            .filter(|(_, at, due)| year.counts_as_early(*at, due.as_deref()))
            .map(|(pupil, _, _)| pupil),
    );
    Ok(early)
}

/// Pupils with a communicatieplan for the school year.
async fn plans(db: &Db, year: &YearWindow, groups: &[i64]) -> Result<HashSet<i64>, sqlx::Error> {
    let mut sql = Sql::new("SELECT pupil_id FROM plans WHERE school_year_id = ");
    sql.bind(year.year_id).push(" AND pupil_id IN ");
    counted_pupils(&mut sql, year, groups);
    id_set(db, sql).await
}

/// Progress conversations held this school year, per pupil.
async fn progress(
    db: &Db,
    year: &YearWindow,
    groups: &[i64],
) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let mut sql =
        Sql::new("SELECT pupil_id, COUNT(*) FROM records WHERE kind = 'progress' AND held_on >= ");
    sql.bind(year.start.clone())
        .push(" AND held_on <= ")
        .bind(year.end.clone())
        .push(" AND pupil_id IN ");
    counted_pupils(&mut sql, year, groups);
    sql.push(" GROUP BY pupil_id");
    counts(db, sql).await
}

/// Open agreements past their review date, per pupil (for an earlier year: those due in it).
async fn overdue(
    db: &Db,
    year: &YearWindow,
    groups: &[i64],
) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let today = crate::timefmt::iso(crate::timefmt::today());
    let mut sql = Sql::new(
        "SELECT pupil_id, COUNT(*) FROM agreements WHERE status = 'open' AND review_on IS NOT NULL AND review_on < ",
    );
    sql.bind(today);
    if year.past {
        sql.push(" AND review_on >= ")
            .bind(year.start.clone())
            .push(" AND review_on <= ")
            .bind(year.end.clone());
    }
    sql.push(" AND pupil_id IN ");
    counted_pupils(&mut sql, year, groups);
    sql.push(" GROUP BY pupil_id");
    counts(db, sql).await
}

/// Not reached: in a round of this year that has closed, without any booking.
async fn not_reached(
    db: &Db,
    school: i64,
    year: &YearWindow,
    groups: &[i64],
) -> Result<HashSet<i64>, sqlx::Error> {
    // An earlier year's rounds were for its groups, whose pupils are in `pupil_years` now.
    let mut sql = Sql::new(if year.past {
        "SELECT DISTINCT p.id FROM rounds r JOIN round_groups rg ON rg.round_id = r.id \
         JOIN pupil_years py ON py.group_id = rg.group_id JOIN pupils p ON p.id = py.pupil_id \
         AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) WHERE r.school_id = "
    } else {
        "SELECT DISTINCT p.id FROM rounds r JOIN round_groups rg ON rg.round_id = r.id \
         JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) \
         WHERE r.school_id = "
    });
    sql.bind(school)
        .push(" AND r.closes_at < ")
        .bind(now().min(year.end_at))
        .push(" AND r.closes_at > ")
        .bind(year.start_at)
        .push(" AND p.id IN ");
    counted_pupils(&mut sql, year, groups);
    sql.push(
        " AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.round_id = r.id AND b.pupil_id = p.id AND b.status = 'active')",
    );
    id_set(db, sql).await
}

/// Pupils whose latest OPP consent decision up to the year's last day was "asked": an earlier
/// year shows what stood open then, not what was decided later.
async fn opp_asked(
    db: &Db,
    year: &YearWindow,
    groups: &[i64],
) -> Result<HashSet<i64>, sqlx::Error> {
    let mut sql = Sql::new("SELECT pupil_id, status FROM opp_consents WHERE pupil_id IN ");
    counted_pupils(&mut sql, year, groups);
    sql.push(" AND decided_on <= ").bind(year.end.clone());
    sql.push(" ORDER BY id");
    // Later rows overwrite earlier ones: the last decision counts.
    let latest: HashMap<i64, String> = sql
        .query_as::<(i64, String)>()
        .fetch_all(db.read())
        .await?
        .into_iter()
        .collect();
    Ok(latest
        .into_iter()
        .filter(|(_, s)| OppStatus::Asked == s.as_str())
        .map(|(p, _)| p)
        .collect())
}

/// Every school of the installation, by name (for the board).
pub async fn school_ids(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM schools ORDER BY name")
        .fetch_all(db.read())
        .await
}
