//! Retention (issue 9, item 12; ASVS 5.0 V14.2.x, AVG art. 5(1)(e)): Dutch schools keep a
//! pupil's file until two years after the pupil left (configurable per school). A daily job
//! removes leavers' records, agreements, plans and contact logs, and guardians with no other
//! child at school; exit conversations are kept only without names and without a link to the
//! pupil, so the director's year-on-year comparison survives. Sessions, used links, sent-mail
//! bodies and uploaded files go after days. The administrator's page shows what the next run
//! will remove. The job runs once across instances (a lock row with a lease).

mod routes;
pub mod rules;
mod store;

pub use routes::router;
pub use store::{Housekeeping, Leaver, Orphan};

use crate::clock::Clock;
use crate::db::{now, Db};

/// The job's name in `job_locks`.
pub const JOB: &str = "retention";

/// What the next run will remove at one school.
#[derive(Debug)]
pub struct Forecast {
    pub years: i64,
    /// Pupils who left before this day (ISO) are past retention.
    pub cutoff: String,
    pub leavers: Vec<Leaver>,
    pub guardians: Vec<Orphan>,
    pub housekeeping: Housekeeping,
}

impl Forecast {
    pub fn records(&self) -> i64 {
        self.leavers.iter().map(|l| l.records).sum()
    }
    pub fn agreements(&self) -> i64 {
        self.leavers.iter().map(|l| l.agreements).sum()
    }
    pub fn plans(&self) -> i64 {
        self.leavers.iter().map(|l| l.plans).sum()
    }
    pub fn contacts(&self) -> i64 {
        self.leavers.iter().map(|l| l.contacts).sum()
    }
    pub fn exits(&self) -> i64 {
        self.leavers.iter().map(|l| l.exits).sum()
    }
}

/// The school's retention period in years.
pub async fn years(db: &Db, school_id: i64) -> Result<i64, sqlx::Error> {
    Ok(store::years(db, school_id)
        .await?
        .unwrap_or(rules::DEFAULT_YEARS))
}

fn horizons(at: i64) -> store::Horizons {
    store::Horizons {
        sessions: at - rules::SESSIONS_AFTER,
        tokens: at - rules::TOKENS_AFTER,
        mail_bodies: at - rules::MAIL_BODIES_AFTER,
        imports: at - rules::IMPORTS_AFTER,
        login_failures: at - rules::LOGIN_FAILURES_AFTER,
    }
}

/// What a run now would remove at the school.
pub async fn forecast(db: &Db, school_id: i64) -> Result<Forecast, sqlx::Error> {
    let years = years(db, school_id).await?;
    let cutoff = crate::timefmt::iso(rules::cutoff(crate::timefmt::today(), years));
    Ok(Forecast {
        leavers: store::leavers(db, school_id, &cutoff).await?,
        guardians: store::orphans(db, school_id, &cutoff).await?,
        housekeeping: store::housekeeping_due(db, horizons(now())).await?,
        years,
        cutoff,
    })
}

/// What one run removed (counts only: the log gets no names).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    pub pupils: i64,
    pub guardians: i64,
}

/// One run over every school: leavers past retention, then the short-lived data.
pub async fn run(db: &Db) -> Result<Removed, sqlx::Error> {
    let mut removed = Removed::default();
    for school_id in store::school_ids(db).await? {
        let years = years(db, school_id).await?;
        let cutoff = crate::timefmt::iso(rules::cutoff(crate::timefmt::today(), years));
        for leaver in store::leavers(db, school_id, &cutoff).await? {
            removed.guardians +=
                store::remove_pupil(db, school_id, leaver.id, rules::without_names, now()).await?;
            removed.pupils += 1;
        }
    }
    store::clean(db, horizons(now())).await?;
    Ok(removed)
}

/// Runs the job when it is due and no other instance is running it; None when it was not this
/// instance's turn.
pub async fn run_if_due(db: &Db, holder: &str) -> Result<Option<Removed>, sqlx::Error> {
    let at = now();
    if !store::take_lock(db, JOB, holder, at, at + rules::LEASE, at - rules::EVERY).await? {
        return Ok(None);
    }
    let outcome = run(db).await;
    let done_at = outcome.as_ref().ok().map(|_| now());
    store::release_lock(db, JOB, holder, done_at).await?;
    outcome.map(Some)
}

/// The daily job, started next to the reminders; every instance runs this loop, the lock lets
/// one of them do the work.
pub fn spawn(db: Db, clock: Clock) -> tokio::task::JoinHandle<()> {
    use rand::Rng;
    let holder: String = format!("{:016x}", rand::thread_rng().gen::<u64>());
    tokio::spawn(clock.scope(async move {
        loop {
            match run_if_due(&db, &holder).await {
                Ok(Some(r)) => tracing::info!(
                    pupils = r.pupils,
                    guardians = r.guardians,
                    "retention run finished"
                ),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "retention run failed; trying again later"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(15 * 60)).await;
        }
    }))
}
