//! Retention's SQL: the school's period, what is past it, removing it (one transaction per
//! pupil), the housekeeping of short-lived data, and the lock that makes a scheduled job run
//! once across instances.

use crate::db::{Db, Tx};
use crate::domain::PersonName;

/// A pupil is past retention when they left before the cutoff day ($2, ISO).
const PAST: &str = "p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on < $2";

// ── the school's period ─────────────────────────────────────────────────────────────────────

pub async fn years(db: &Db, school_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT years FROM retention_policies WHERE school_id = $1")
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

pub async fn set_years(
    db: &Db,
    school_id: i64,
    staff_id: i64,
    years: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO retention_policies (school_id, years, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (school_id) DO UPDATE SET \
         years = excluded.years, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(school_id)
    .bind(years)
    .bind(staff_id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    // Who changed how long files are kept, in the same transaction (ASVS V16.2.x).
    sqlx::query(
        "INSERT INTO audit_log (school_id, staff_id, action, entity, entity_id, at) \
         VALUES ($1, $2, 'update', 'retention', $3, $4)",
    )
    .bind(school_id)
    .bind(staff_id)
    .bind(years)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

pub async fn school_ids(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM schools ORDER BY id")
        .fetch_all(db.read())
        .await
}

// ── what is past retention ──────────────────────────────────────────────────────────────────

/// A leaver past retention, with what their file holds.
#[derive(Debug, sqlx::FromRow)]
pub struct Leaver {
    pub id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub leaving_on: String,
    pub records: i64,
    pub agreements: i64,
    pub plans: i64,
    pub contacts: i64,
    pub exits: i64,
}

pub async fn leavers(db: &Db, school_id: i64, cutoff: &str) -> Result<Vec<Leaver>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, p.leaving_on, \
         (SELECT COUNT(*) FROM records r WHERE r.pupil_id = p.id) AS records, \
         (SELECT COUNT(*) FROM agreements a WHERE a.pupil_id = p.id) AS agreements, \
         (SELECT COUNT(*) FROM plans pl WHERE pl.pupil_id = p.id) AS plans, \
         (SELECT COUNT(*) FROM contact_log c WHERE c.pupil_id = p.id) AS contacts, \
         (SELECT COUNT(*) FROM records r WHERE r.pupil_id = p.id AND r.kind = 'exit') AS exits \
         FROM pupils p WHERE {PAST} ORDER BY p.leaving_on, p.last_name, p.first_name"
    ))
    .bind(school_id)
    .bind(cutoff)
    .fetch_all(db.read())
    .await
}

/// A guardian whose every child is past retention (no other child at school).
#[derive(Debug, sqlx::FromRow)]
pub struct Orphan {
    pub id: i64,
    pub name: String,
}

pub async fn orphans(db: &Db, school_id: i64, cutoff: &str) -> Result<Vec<Orphan>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT g.id, g.name FROM guardians g WHERE g.school_id = $1 \
         AND EXISTS (SELECT 1 FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
                     WHERE l.guardian_id = g.id AND {PAST}) \
         AND NOT EXISTS (SELECT 1 FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
                     WHERE l.guardian_id = g.id AND NOT ({PAST})) \
         ORDER BY g.name"
    ))
    .bind(school_id)
    .bind(cutoff)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
struct ExitRow {
    held_on: String,
    answers: String,
}

/// Removes one pupil's file in one transaction: the exit conversations' answers are kept
/// without names (`keep` makes them so) and without a link to the pupil; guardians left without
/// a child at school go too. Returns the number of guardians removed.
pub async fn remove_pupil(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    keep: impl Fn(&str, &[String]) -> String,
    at: i64,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT first_name || ' ' || name_prefix || ' ' || last_name FROM pupils WHERE id = $1 \
         UNION ALL SELECT g.name FROM guardians g JOIN pupil_guardians l ON l.guardian_id = g.id \
         WHERE l.pupil_id = $1",
    )
    .bind(pupil_id)
    .fetch_all(&mut *tx)
    .await?;
    let exits: Vec<ExitRow> = sqlx::query_as(
        "SELECT held_on, answers FROM records WHERE pupil_id = $1 AND kind = 'exit' AND status = 'closed'",
    )
    .bind(pupil_id)
    .fetch_all(&mut *tx)
    .await?;
    for e in exits {
        sqlx::query(
            "INSERT INTO retained_exit_answers (school_id, held_on, answers, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(school_id)
        .bind(&e.held_on)
        .bind(keep(&e.answers, &names))
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    let guardians: Vec<i64> =
        sqlx::query_scalar("SELECT guardian_id FROM pupil_guardians WHERE pupil_id = $1")
            .bind(pupil_id)
            .fetch_all(&mut *tx)
            .await?;
    // Children before parents: every table that points at the pupil, its records, agreements,
    // plans and bookings, in an order the foreign keys accept.
    for sql in [
        "DELETE FROM agreement_responses WHERE agreement_id IN (SELECT id FROM agreements WHERE pupil_id = $1)",
        "DELETE FROM agreements WHERE pupil_id = $1",
        "DELETE FROM contact_moments WHERE plan_id IN (SELECT id FROM plans WHERE pupil_id = $1)",
        "DELETE FROM plans WHERE pupil_id = $1",
        "UPDATE agreements SET record_id = NULL WHERE record_id IN (SELECT id FROM records WHERE pupil_id = $1)",
        "UPDATE plans SET record_id = NULL WHERE record_id IN (SELECT id FROM records WHERE pupil_id = $1)",
        "DELETE FROM records WHERE pupil_id = $1",
        "DELETE FROM contact_log WHERE pupil_id = $1",
        "DELETE FROM parent_messages WHERE pupil_id = $1",
        "DELETE FROM opp_consents WHERE pupil_id = $1",
        "DELETE FROM followups WHERE pupil_id = $1",
        "DELETE FROM family_constraints WHERE pupil_id = $1",
        "DELETE FROM contact_attempts WHERE pupil_id = $1",
        "DELETE FROM round_groups WHERE pupil_id = $1",
        "DELETE FROM swap_requests WHERE from_booking_id IN (SELECT id FROM bookings WHERE pupil_id = $1) \
         OR to_booking_id IN (SELECT id FROM bookings WHERE pupil_id = $1)",
        "UPDATE records SET booking_id = NULL WHERE booking_id IN (SELECT id FROM bookings WHERE pupil_id = $1)",
        "DELETE FROM bookings WHERE pupil_id = $1",
        "DELETE FROM pupil_guardians WHERE pupil_id = $1",
        "DELETE FROM pupil_years WHERE pupil_id = $1",
        "DELETE FROM pupils WHERE id = $1",
    ] {
        sqlx::query(sql).bind(pupil_id).execute(&mut *tx).await?;
    }
    // The audit log keeps that the file was removed (ids only: the names are gone).
    sqlx::query(
        "INSERT INTO audit_log (school_id, pupil_id, action, entity, entity_id, at) \
         VALUES ($1, $2, 'retention-removed', 'file', $2, $3)",
    )
    .bind(school_id)
    .bind(pupil_id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    let mut removed = 0;
    for g in guardians {
        if remove_guardian_if_alone(&mut tx, g).await? {
            removed += 1;
        }
    }
    tx.commit().await?;
    Ok(removed)
}

/// A guardian with no child left at school goes, with their links, sessions and answers.
async fn remove_guardian_if_alone(tx: &mut Tx, guardian_id: i64) -> Result<bool, sqlx::Error> {
    let children: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM pupil_guardians WHERE guardian_id = $1")
            .bind(guardian_id)
            .fetch_one(&mut **tx)
            .await?;
    if children > 0 {
        return Ok(false);
    }
    for sql in [
        "DELETE FROM parent_links WHERE guardian_id = $1",
        "DELETE FROM parent_sessions WHERE guardian_id = $1",
        "DELETE FROM agreement_responses WHERE guardian_id = $1",
        "DELETE FROM parent_messages WHERE guardian_id = $1",
        "UPDATE opp_consents SET guardian_id = NULL WHERE guardian_id = $1",
        "DELETE FROM followups WHERE guardian_id = $1",
        "DELETE FROM gathering_invites WHERE guardian_id = $1",
        "UPDATE bookings SET invitation_id = NULL WHERE invitation_id IN (SELECT id FROM invitations WHERE guardian_id = $1)",
        "DELETE FROM invitation_letters WHERE invitation_id IN (SELECT id FROM invitations WHERE guardian_id = $1)",
        "DELETE FROM invitations WHERE guardian_id = $1",
        "DELETE FROM guardians WHERE id = $1",
    ] {
        sqlx::query(sql).bind(guardian_id).execute(&mut **tx).await?;
    }
    Ok(true)
}

// ── housekeeping: data that is kept for days, not years ─────────────────────────────────────

/// The moments before which each kind of short-lived data goes.
#[derive(Clone, Copy, Debug)]
pub struct Horizons {
    pub sessions: i64,
    pub tokens: i64,
    pub mail_bodies: i64,
    pub imports: i64,
    pub login_failures: i64,
}

/// How many rows each kind has past its horizon (all schools: sessions and tokens belong to
/// people, not to one school's view).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Housekeeping {
    pub sessions: i64,
    pub tokens: i64,
    pub mail_bodies: i64,
    pub imports: i64,
}

const SESSIONS: &str = "(SELECT COUNT(*) FROM sessions WHERE last_seen_at < $1) + \
     (SELECT COUNT(*) FROM parent_sessions WHERE last_seen_at < $1)";
const TOKENS: &str = "(SELECT COUNT(*) FROM staff_tokens WHERE COALESCE(used_at, expires_at) < $1 OR expires_at < $1) + \
     (SELECT COUNT(*) FROM parent_links WHERE COALESCE(used_at, expires_at) < $1 OR expires_at < $1)";
const MAILS: &str = "SELECT COUNT(*) FROM outbox WHERE status IN ('sent', 'failed') \
     AND COALESCE(sent_at, created_at) < $1 AND (body_text <> '' OR body_html <> '' OR ics IS NOT NULL)";
const IMPORTS: &str = "SELECT COUNT(*) FROM imports WHERE created_at < $1 \
     AND (status IN ('preview', 'failed') OR LENGTH(content) > 0)";

pub async fn housekeeping_due(db: &Db, h: Horizons) -> Result<Housekeeping, sqlx::Error> {
    let one = |sql: String, at: i64| async move {
        sqlx::query_scalar::<_, i64>(&sql)
            .bind(at)
            .fetch_one(db.read())
            .await
    };
    Ok(Housekeeping {
        sessions: one(format!("SELECT {SESSIONS}"), h.sessions).await?,
        tokens: one(format!("SELECT {TOKENS}"), h.tokens).await?,
        mail_bodies: one(MAILS.to_string(), h.mail_bodies).await?,
        imports: one(IMPORTS.to_string(), h.imports).await?,
    })
}

/// Removes what `housekeeping_due` counts; sent mails keep address, subject and status.
pub async fn clean(db: &Db, h: Horizons) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    for (sql, at) in [
        ("DELETE FROM sessions WHERE last_seen_at < $1", h.sessions),
        (
            "DELETE FROM parent_sessions WHERE last_seen_at < $1",
            h.sessions,
        ),
        (
            "DELETE FROM staff_tokens WHERE COALESCE(used_at, expires_at) < $1 OR expires_at < $1",
            h.tokens,
        ),
        (
            "DELETE FROM parent_links WHERE COALESCE(used_at, expires_at) < $1 OR expires_at < $1",
            h.tokens,
        ),
        (
            "UPDATE outbox SET body_text = '', body_html = '', ics = NULL \
             WHERE status IN ('sent', 'failed') AND COALESCE(sent_at, created_at) < $1",
            h.mail_bodies,
        ),
        (
            "DELETE FROM imports WHERE created_at < $1 AND status IN ('preview', 'failed')",
            h.imports,
        ),
        ("DELETE FROM login_failures WHERE at < $1", h.login_failures),
    ] {
        sqlx::query(sql).bind(at).execute(&mut *tx).await?;
    }
    // A done import keeps its counts for the list; its file goes (it normally went at commit).
    sqlx::query("UPDATE imports SET content = $2 WHERE created_at < $1 AND LENGTH(content) > 0")
        .bind(h.imports)
        .bind(Vec::<u8>::new())
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

// ── the lock: a scheduled job runs once across instances ────────────────────────────────────

/// Takes the job's lease when it is due (last finished before `due_before`) and nobody holds
/// it; true when this holder may run. One statement, so two instances cannot both win: on
/// PostgreSQL the second upsert waits for the first's row lock and then sees its lease.
pub async fn take_lock(
    db: &Db,
    name: &str,
    holder: &str,
    at: i64,
    lease_until: i64,
    due_before: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO job_locks (name, holder, lease_until, last_done_at) VALUES ($1, $2, $3, 0) \
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until \
         WHERE job_locks.lease_until < $4 AND job_locks.last_done_at <= $5",
    )
    .bind(name)
    .bind(holder)
    .bind(lease_until)
    .bind(at)
    .bind(due_before)
    .execute(db.write())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives the lease back; `done_at` records a finished run (None: failed, try again soon).
pub async fn release_lock(
    db: &Db,
    name: &str,
    holder: &str,
    done_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE job_locks SET lease_until = 0, last_done_at = COALESCE($3, last_done_at) \
         WHERE name = $1 AND holder = $2",
    )
    .bind(name)
    .bind(holder)
    .bind(done_at)
    .execute(db.write())
    .await
    .map(|_| ())
}
