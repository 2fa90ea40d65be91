//! Group exit sessions: the sessions, their invitations (only the token hashes are stored), the
//! families' answers with the capacity check, and what was said.

use super::Recipient;
use crate::auth::tokens::hash_token;
use crate::db::{now, Backend, Db, Flag};
use crate::domain::Answers;
use crate::domain::SessionKind;
use crate::mail::{self, Outgoing};

/// A session with the answers so far.
#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub id: i64,
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: i64,
    pub place: String,
    pub capacity: i64,
    #[sqlx(try_from = "Flag")]
    pub return_day: bool,
    pub invited: i64,
    pub yes_people: i64,
    pub no: i64,
}

/// The sessions of a school with their answers so far, newest first.
pub async fn sessions(db: &Db, school_id: i64) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.kind, s.title, s.starts_at, s.place, s.capacity, s.return_day, \
         (SELECT COUNT(*) FROM session_invites i WHERE i.session_id = s.id) AS invited, \
         (SELECT COALESCE(CAST(SUM(i.people) AS BIGINT), 0) FROM session_invites i WHERE i.session_id = s.id AND i.answer = 'yes') AS yes_people, \
         (SELECT COUNT(*) FROM session_invites i WHERE i.session_id = s.id AND i.answer = 'no') AS no \
         FROM exit_sessions s WHERE s.school_id = $1 ORDER BY s.starts_at DESC",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

pub struct NewSession {
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: i64,
    pub place: String,
    pub capacity: i64,
    pub return_day: bool,
}

pub async fn create_session(db: &Db, school_id: i64, s: NewSession) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO exit_sessions (school_id, kind, title, starts_at, place, capacity, return_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(school_id)
    .bind(s.kind)
    .bind(s.title)
    .bind(s.starts_at)
    .bind(s.place)
    .bind(s.capacity)
    .bind(Flag(s.return_day))
    .bind(now())
    .execute(db.write())
    .await?;
    Ok(())
}

/// What an invitation says about a session.
#[derive(sqlx::FromRow)]
pub struct SessionInfo {
    pub title: String,
    pub kind: SessionKind,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    #[sqlx(try_from = "Flag")]
    pub return_day: bool,
}

pub async fn session(db: &Db, school_id: i64, id: i64) -> Result<Option<SessionInfo>, sqlx::Error> {
    sqlx::query_as("SELECT title, kind, starts_at, minutes, place, return_day FROM exit_sessions WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// A parent to invite.
#[derive(sqlx::FromRow)]
pub struct Invitee {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub language: String,
}

/// Parents of pupils leaving on or after `year_start` who receive mail and are not invited to
/// the session yet. The school's choice (`schools.exit_policy`): invite for every leaving
/// child (`each`), or only when the family's last child leaves.
pub async fn invitees(
    db: &Db,
    school_id: i64,
    session_id: i64,
    year_start: &str,
) -> Result<Vec<Invitee>, sqlx::Error> {
    let (policy,): (String,) = sqlx::query_as("SELECT exit_policy FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await?;
    sqlx::query_as(
        "SELECT DISTINCT g.id, g.name, g.email, g.language FROM pupils p JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN guardians g ON g.id = l.guardian_id WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on >= $2 \
         AND l.receives_invitations = 1 AND g.email IS NOT NULL AND g.archived_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM session_invites i WHERE i.session_id = $3 AND i.guardian_id = g.id) \
         AND ($4 = 'each' OR NOT EXISTS (SELECT 1 FROM pupil_guardians l2 JOIN pupils st ON st.id = l2.pupil_id \
              AND st.archived_at IS NULL AND st.leaving_on IS NULL WHERE l2.guardian_id = g.id))",
    )
    .bind(school_id)
    .bind(year_start)
    .bind(session_id)
    .bind(policy)
    .fetch_all(db.read())
    .await
}

/// An invitation to send: to whom, the personal token in its link, and the mail.
pub struct NewInvite {
    pub guardian_id: i64,
    pub token: String,
    pub mail: Outgoing,
}

/// Records the invitations and queues their mails at once.
pub async fn send_invites(
    db: &Db,
    school_id: i64,
    session_id: i64,
    invites: &[NewInvite],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    for i in invites {
        sqlx::query(
            "INSERT INTO session_invites (session_id, guardian_id, token_hash) VALUES ($1, $2, $3)",
        )
        .bind(session_id)
        .bind(i.guardian_id)
        .bind(hash_token(&i.token))
        .execute(&mut *tx)
        .await?;
        mail::enqueue(&mut tx, Some(school_id), &i.mail).await?;
    }
    tx.commit().await
}

/// An invitation behind a personal link, with its session.
#[derive(sqlx::FromRow)]
pub struct InviteRow {
    pub invite_id: i64,
    /// "yes", "no", or "" before the family answered.
    pub answer: String,
    pub people: i64,
    pub session_id: i64,
    pub title: String,
    pub kind: SessionKind,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub capacity: i64,
    #[sqlx(try_from = "Flag")]
    pub return_day: bool,
    pub school: String,
    pub guardian_id: i64,
    /// The guardian's own language: the page is shown in it.
    pub language: String,
}

pub async fn invite_by_token(db: &Db, token: &str) -> Result<Option<InviteRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.id AS invite_id, i.answer, i.people, s.id AS session_id, s.title, s.kind, s.starts_at, s.minutes, s.place, s.capacity, s.return_day, sc.name AS school, \
         g.id AS guardian_id, g.language FROM session_invites i JOIN exit_sessions s ON s.id = i.session_id \
         JOIN schools sc ON sc.id = s.school_id JOIN guardians g ON g.id = i.guardian_id WHERE i.token_hash = $1",
    )
    .bind(hash_token(token))
    .fetch_optional(db.read())
    .await
}

/// A family's answer: yes with how many people (and whether the child joins the return day),
/// or no.
pub enum Rsvp {
    Yes { people: i64, children_join: bool },
    No,
}

/// Saves an answer; false (and nothing saved) when a yes would go over the capacity. The check
/// and the write happen in one transaction.
pub async fn answer_invite(db: &Db, invite: &InviteRow, rsvp: Rsvp) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    // On PostgreSQL two families could pass the capacity check at once: lock the session row.
    // (On SQLite every write transaction already runs alone.)
    if db.backend == Backend::Postgres {
        sqlx::query("SELECT id FROM exit_sessions WHERE id = $1 FOR UPDATE")
            .bind(invite.session_id)
            .execute(&mut *tx)
            .await?;
    }
    let (answer, people, children_join) = match rsvp {
        Rsvp::Yes {
            people,
            children_join,
        } => {
            let (taken,): (i64,) = sqlx::query_as(
                "SELECT COALESCE(CAST(SUM(people) AS BIGINT), 0) FROM session_invites WHERE session_id = $1 AND answer = 'yes' AND id <> $2",
            )
            .bind(invite.session_id)
            .bind(invite.invite_id)
            .fetch_one(&mut *tx)
            .await?;
            if !crate::exit::rules::has_room(taken, people, invite.capacity) {
                return Ok(false);
            }
            ("yes", people, children_join)
        }
        Rsvp::No => ("no", 0, false),
    };
    sqlx::query("UPDATE session_invites SET answer = $1, people = $2, children_join = $3, answered_at = $4 WHERE id = $5")
        .bind(answer)
        .bind(people)
        .bind(Flag(children_join))
        .bind(now())
        .bind(invite.invite_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// What was said in a session, and whether its report went out.
#[derive(sqlx::FromRow)]
pub struct SessionRecord {
    pub title: String,
    pub starts_at: i64,
    pub answers: Answers,
    pub report_sent_at: Option<i64>,
}

pub async fn session_record(
    db: &Db,
    school_id: i64,
    id: i64,
) -> Result<Option<SessionRecord>, sqlx::Error> {
    sqlx::query_as("SELECT title, starts_at, answers, report_sent_at FROM exit_sessions WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// How many families said they come.
pub async fn families_coming(db: &Db, session_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM session_invites WHERE session_id = $1 AND answer = 'yes'",
    )
    .bind(session_id)
    .fetch_one(db.read())
    .await
}

/// False when the school has no such session or its report already went out.
pub async fn save_session_answers(
    db: &Db,
    school_id: i64,
    id: i64,
    answers: &Answers,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE exit_sessions SET answers = $1 WHERE id = $2 AND school_id = $3 AND report_sent_at IS NULL")
        .bind(answers.encode())
        .bind(id)
        .bind(school_id)
        .execute(db.write())
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A session with something said and no report sent yet.
pub async fn session_for_report(
    db: &Db,
    school_id: i64,
    id: i64,
) -> Result<Option<SessionRecord>, sqlx::Error> {
    sqlx::query_as(
        "SELECT title, starts_at, answers, report_sent_at FROM exit_sessions WHERE id = $1 AND school_id = $2 AND report_sent_at IS NULL AND answers <> '{}'",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// The parents who said they come.
pub async fn session_recipients(db: &Db, session_id: i64) -> Result<Vec<Recipient>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.name, g.email, g.language FROM session_invites i JOIN guardians g ON g.id = i.guardian_id \
         WHERE i.session_id = $1 AND i.answer = 'yes' AND g.email IS NOT NULL",
    )
    .bind(session_id)
    .fetch_all(db.read())
    .await
}

/// Queues the report mails and marks the session's report as sent, at once.
pub async fn send_session_report(
    db: &Db,
    school_id: i64,
    session_id: i64,
    mails: &[Outgoing],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    for m in mails {
        mail::enqueue(&mut tx, Some(school_id), m).await?;
    }
    sqlx::query("UPDATE exit_sessions SET report_sent_at = $1 WHERE id = $2")
        .bind(now())
        .bind(session_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
