//! The SQL of the demo's leavers: older siblings, leaving and archiving, the group session,
//! the action plans and the follow-up questionnaires.

use crate::db::{flag, Tx};

/// A pupil of an earlier year linked to guardians already in the database (an older brother
/// or sister of a pupil still at school).
pub async fn insert_sibling(
    tx: &mut Tx,
    school_id: i64,
    p: &super::super::data::DemoPupil,
    group_id: i64,
    guardian_ids: &[i64],
    at: i64,
) -> Result<(), sqlx::Error> {
    let pupil_id: i64 = sqlx::query_scalar(
        "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, initials, date_of_birth, \
         gender, group_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(school_id)
    .bind(&p.external_id)
    .bind(&p.first_name)
    .bind(&p.name_prefix)
    .bind(&p.last_name)
    .bind(&p.initials)
    .bind(crate::timefmt::iso(p.date_of_birth))
    .bind(p.gender)
    .bind(group_id)
    .bind(at)
    .fetch_one(&mut **tx)
    .await?;
    for g in guardian_ids {
        sqlx::query("INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship) SELECT $1, guardian_id, relationship FROM pupil_guardians WHERE guardian_id = $2 LIMIT 1")
            .bind(pupil_id)
            .bind(g)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// A pupil's leaving; `archived_at` once the pupil has gone.
pub async fn set_leaving(
    tx: &mut Tx,
    school_id: i64,
    external_id: &str,
    on: &str,
    reason: &str,
    destination: &str,
    archived_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE pupils SET leaving_on = $1, leaving_reason = $2, destination = $3, archived_at = $4 WHERE school_id = $5 AND external_id = $6",
    )
    .bind(on)
    .bind(reason)
    .bind(destination)
    .bind(archived_at)
    .bind(school_id)
    .bind(external_id)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// Guardians with no child at school any more are archived, as the school does after a
/// family's last child left.
pub async fn archive_gone_guardians(
    tx: &mut Tx,
    school_id: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE guardians SET archived_at = $1 WHERE school_id = $2 AND archived_at IS NULL AND NOT EXISTS \
         (SELECT 1 FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id WHERE l.guardian_id = guardians.id AND p.archived_at IS NULL)",
    )
    .bind(at)
    .bind(school_id)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// A group exit session with what was said; its report went out.
#[allow(clippy::too_many_arguments)]
pub async fn insert_session(
    tx: &mut Tx,
    school_id: i64,
    kind: &str,
    title: &str,
    starts_at: i64,
    place: &str,
    capacity: i64,
    answers: &str,
    report_sent_at: i64,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO gatherings (school_id, kind, audience, title, starts_at, minutes, place, capacity, created_at) \
         VALUES ($1, 'exit', 'leavers', $2, $3, 90, $4, $5, $6) RETURNING id",
    )
    .bind(school_id)
    .bind(title)
    .bind(starts_at)
    .bind(place)
    .bind(capacity)
    .bind(starts_at - 30 * 86_400)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO exit_gatherings (gathering_id, form, return_day, answers, report_sent_at) VALUES ($1, $2, 1, $3, $4)",
    )
    .bind(id)
    .bind(kind)
    .bind(answers)
    .bind(report_sent_at)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn insert_session_invite(
    tx: &mut Tx,
    session_id: i64,
    guardian_id: i64,
    token_hash: &str,
    answer: &str,
    people: i64,
    answered_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO gathering_invites (gathering_id, guardian_id, token_hash, answer, people, children_join, invited_at, answered_at) \
         VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7, 0), $7)",
    )
    .bind(session_id)
    .bind(guardian_id)
    .bind(token_hash)
    .bind(answer)
    .bind(people)
    .bind(flag(answer == "yes"))
    .bind(answered_at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_action(
    tx: &mut Tx,
    school_id: i64,
    year_id: i64,
    (what, owner, source): (&str, &str, &str),
    due_on: &str,
    status: &str,
    created_by: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO exit_actions (school_id, school_year_id, what, owner, due_on, status, source, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
    )
    .bind(school_id)
    .bind(year_id)
    .bind(what)
    .bind(owner)
    .bind(due_on)
    .bind(status)
    .bind(source)
    .bind(created_by)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// A follow-up questionnaire, answered when `answer` is given: (doing, advice, comment).
#[allow(clippy::too_many_arguments)]
pub async fn insert_followup(
    tx: &mut Tx,
    school_id: i64,
    pupil_id: i64,
    guardian_id: i64,
    token_hash: &str,
    sent_at: i64,
    answer: Option<(&str, &str, &str)>,
) -> Result<(), sqlx::Error> {
    let (doing, advice, comment) = answer.unwrap_or(("", "", ""));
    sqlx::query(
        "INSERT INTO followups (school_id, pupil_id, guardian_id, token_hash, sent_at, answered_at, doing, advice_right, comment) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(school_id)
    .bind(pupil_id)
    .bind(guardian_id)
    .bind(token_hash)
    .bind(sent_at)
    .bind(answer.map(|_| sent_at + 9 * 86_400))
    .bind(doing)
    .bind(advice)
    .bind(comment)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// The guardians of a pupil, by leerlingnummer.
pub async fn guardians_of(
    tx: &mut Tx,
    school_id: i64,
    external_id: &str,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT l.guardian_id FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
         WHERE p.school_id = $1 AND p.external_id = $2 ORDER BY l.guardian_id",
    )
    .bind(school_id)
    .bind(external_id)
    .fetch_all(&mut **tx)
    .await
}
