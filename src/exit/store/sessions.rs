//! Group exit sessions are gatherings (kind `exit`): the invitations, answers and capacity live
//! in `gatherings`. What only an exit session has is here, in `exit_gatherings`: its form, the
//! return day, what was said (the exit matrix) and its report to the families who came.

use super::Recipient;
use crate::db::{now, Db, Flag};
use crate::domain::Answers;
use crate::domain::SessionKind;
use crate::gatherings::{self, GatheringRow, NewGathering};
use crate::mail::{self, Outgoing};

/// A session with the answers so far.
pub struct SessionRow {
    pub id: i64,
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: i64,
    pub place: String,
    pub capacity: i64,
    pub return_day: bool,
    pub invited: i64,
    pub yes_people: i64,
    pub no: i64,
}

#[derive(sqlx::FromRow)]
struct ExitPart {
    gathering_id: i64,
    form: SessionKind,
    #[sqlx(try_from = "Flag")]
    return_day: bool,
}

/// The school's sessions starting in [from, to) with their answers so far, newest first.
pub async fn sessions(
    db: &Db,
    school_id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<SessionRow>, sqlx::Error> {
    let rows: Vec<GatheringRow> = gatherings::exit_gatherings(db, school_id, from, to).await?;
    let mut sql = crate::db::Sql::new(
        "SELECT gathering_id, form, return_day FROM exit_gatherings WHERE gathering_id IN ",
    );
    sql.bind_list(rows.iter().map(|r| r.id));
    let parts: Vec<ExitPart> = sql.query_as().fetch_all(db.read()).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let part = parts.iter().find(|p| p.gathering_id == r.id)?;
            Some(SessionRow {
                id: r.id,
                kind: part.form,
                title: r.title,
                starts_at: r.starts_at,
                place: r.place,
                capacity: r.capacity.unwrap_or(0),
                return_day: part.return_day,
                invited: r.invited,
                yes_people: r.yes_people,
                no: r.no,
            })
        })
        .collect())
}

pub struct NewSession {
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: i64,
    pub place: String,
    pub capacity: i64,
    pub return_day: bool,
}

/// Plans a session: a gathering for the leaving families, with its exit part.
pub async fn create_session(db: &Db, school_id: i64, s: NewSession) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let id = gatherings::insert(
        &mut tx,
        school_id,
        None,
        &NewGathering {
            kind: "exit",
            audience: "leavers",
            grade: None,
            title: s.title,
            starts_at: s.starts_at,
            minutes: 90,
            place: s.place,
            capacity: Some(s.capacity),
            groups: Vec::new(),
        },
    )
    .await?;
    sqlx::query("INSERT INTO exit_gatherings (gathering_id, form, return_day) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(s.kind)
        .bind(Flag(s.return_day))
        .execute(&mut *tx)
        .await?;
    tx.commit().await
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
    sqlx::query_as(
        "SELECT ga.title, x.form AS kind, ga.starts_at, ga.minutes, ga.place, x.return_day FROM gatherings ga \
         JOIN exit_gatherings x ON x.gathering_id = ga.id WHERE ga.id = $1 AND ga.school_id = $2",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// Parents of pupils leaving on or after `year_start` who receive mail and are not invited to
/// the session yet. The school's choice (`schools.exit_policy`): invite for every leaving
/// child (`each`), or only when the family's last child leaves.
pub async fn invitees(
    db: &Db,
    school_id: i64,
    session_id: i64,
    year_start: &str,
) -> Result<Vec<gatherings::Invitee>, sqlx::Error> {
    let (policy,): (String,) = sqlx::query_as("SELECT exit_policy FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await?;
    sqlx::query_as(
        "SELECT DISTINCT g.id, g.name, g.email, g.language FROM pupils p JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN guardians g ON g.id = l.guardian_id WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on >= $2 \
         AND l.receives_invitations = 1 AND g.email IS NOT NULL AND g.archived_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM gathering_invites i WHERE i.gathering_id = $3 AND i.guardian_id = g.id) \
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

/// What was said in a session, and whether its report went out.
#[derive(sqlx::FromRow)]
pub struct SessionRecord {
    pub title: String,
    pub starts_at: i64,
    pub answers: Answers,
    pub report_sent_at: Option<i64>,
}

const RECORD: &str =
    "SELECT ga.title, ga.starts_at, x.answers, x.report_sent_at FROM gatherings ga \
     JOIN exit_gatherings x ON x.gathering_id = ga.id WHERE ga.id = $1 AND ga.school_id = $2";

pub async fn session_record(
    db: &Db,
    school_id: i64,
    id: i64,
) -> Result<Option<SessionRecord>, sqlx::Error> {
    sqlx::query_as(RECORD)
        .bind(id)
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// Who the report goes to: the families marked as having come once attendance was kept for the
/// session, else those who said they come.
const REPORT_TO: &str = "(i.attended = 1 OR (i.answer = 'yes' AND NOT EXISTS \
     (SELECT 1 FROM gathering_invites a WHERE a.gathering_id = i.gathering_id AND a.attended IS NOT NULL)))";

/// How many families the report goes to (see `REPORT_TO`).
pub async fn families_coming(db: &Db, session_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = $1 AND {REPORT_TO}"
    ))
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
    let done = sqlx::query(
        "UPDATE exit_gatherings SET answers = $1 WHERE gathering_id = $2 AND report_sent_at IS NULL \
         AND gathering_id IN (SELECT id FROM gatherings WHERE school_id = $3)",
    )
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
    sqlx::query_as(&format!(
        "{RECORD} AND x.report_sent_at IS NULL AND x.answers <> '{{}}'"
    ))
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// The parents the report goes to (see `REPORT_TO`).
pub async fn session_recipients(db: &Db, session_id: i64) -> Result<Vec<Recipient>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT g.name, g.email, g.language FROM gathering_invites i JOIN guardians g ON g.id = i.guardian_id \
         WHERE i.gathering_id = $1 AND g.email IS NOT NULL AND {REPORT_TO}"
    ))
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
    sqlx::query("UPDATE exit_gatherings SET report_sent_at = $1 WHERE gathering_id = $2")
        .bind(now())
        .bind(session_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
