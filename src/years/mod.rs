//! The school year as a cycle (issue 10): a school's years with their own first school day,
//! creating the next year ahead of time, preparing it (groups move up, staff assigned, leavers
//! with their destination), and the switch on the first school day, which runs exactly once
//! across instances. Earlier years stay readable (read-only) with the groups each pupil was in.
//!
//! The current year is the latest year the school switched into (`school::current_year`); the
//! switch happens when a coming year's first school day has come and the year has groups,
//! lazily on the first request that asks for the current year, or from the background tick.
//! The same two moments archive pupils who left during the year, once their leaving day passed.

mod prepare;
mod reimport;
mod routes;
pub mod rules;
mod store;

pub use routes::router;
pub use store::{coming_group_options, own_coming_groups, ComingGroup, Switched};

/// Switches a school into a year (exactly once; None when it already happened). Callers
/// normally use `switch_if_due`; tests call this as a second instance would.
pub use store::switch as switch_into;

use crate::clock::Clock;
use crate::db::Db;
use crate::timefmt;

/// SQL condition on a group aliased `g`: it belongs to its school's current year.
pub const IN_CURRENT_YEAR: &str = "g.school_year_id IN (SELECT cy.id FROM school_years cy \
     WHERE cy.school_id = g.school_id AND cy.is_current = 1)";

/// The current year of a school: (id, name). Runs a due switch first, and archives pupils who
/// left during the year.
pub async fn current_year(db: &Db, school_id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    if let Err(e) = switch_if_due(db, school_id).await {
        // The old year stays current; the next request or the tick tries again.
        tracing::warn!(error = %e, school_id, "school year switch failed");
    }
    if let Err(e) = archive_leavers_if_due(db, school_id, true).await {
        tracing::warn!(error = %e, school_id, "archiving leavers failed");
    }
    store::current(db, school_id).await
}

/// How far back the request path looks for a passed leaving day; the tick looks at all.
const RECENT_LEAVING_DAYS: i64 = 31;

/// Archives the pupils whose leaving day has passed (mid-year leavers; the switch archives the
/// end-of-year ones). `recent_only` keeps the check on the request path to a short index range.
pub async fn archive_leavers_if_due(
    db: &Db,
    school_id: i64,
    recent_only: bool,
) -> Result<u64, sqlx::Error> {
    let today_date = timefmt::today();
    let today = timefmt::iso(today_date);
    if recent_only {
        let from =
            timefmt::iso(today_date.saturating_sub(time::Duration::days(RECENT_LEAVING_DAYS)));
        if !store::leavers_due(db, school_id, &from, &today).await? {
            return Ok(0);
        }
    }
    let archived = store::archive_leavers(db, school_id, &today).await?;
    if archived > 0 {
        tracing::info!(
            school_id,
            archived,
            "archived pupils whose leaving day has passed"
        );
    }
    Ok(archived)
}

/// Switches the school into its coming year when that year's first school day has come (a cheap
/// indexed check when nothing is due). None when nothing was due or another instance did it.
pub async fn switch_if_due(db: &Db, school_id: i64) -> Result<Option<Switched>, sqlx::Error> {
    let today = timefmt::iso(timefmt::today());
    let Some((year_id, first_day)) = store::due_switch(db, school_id, &today).await? else {
        return Ok(None);
    };
    let done = store::switch(db, school_id, year_id, &first_day).await?;
    if let Some(s) = done {
        tracing::info!(
            school_id,
            year_id,
            moved = s.moved,
            leavers = s.archived_leavers,
            "switched to the new school year"
        );
    }
    Ok(done)
}

/// Checks every school now and then, so the switch also happens on a day nobody signs in.
pub fn spawn(db: Db, clock: Clock) -> tokio::task::JoinHandle<()> {
    tokio::spawn(clock.scope(async move {
        loop {
            let today = timefmt::iso(timefmt::today());
            match store::schools_due(&db, &today).await {
                Ok(schools) => {
                    for school_id in schools {
                        if let Err(e) = switch_if_due(&db, school_id).await {
                            tracing::warn!(error = %e, school_id, "school year switch failed");
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "school year check failed"),
            }
            match store::schools_with_leavers_due(&db, &today).await {
                Ok(schools) => {
                    for school_id in schools {
                        if let Err(e) = archive_leavers_if_due(&db, school_id, false).await {
                            tracing::warn!(error = %e, school_id, "archiving leavers failed");
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "leavers check failed"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(10 * 60)).await;
        }
    }))
}
