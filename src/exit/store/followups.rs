//! The follow-up questionnaire: who is due for it, the personal links (only their hashes are
//! stored) and the replies.

use crate::auth::tokens::hash_token;
use crate::db::{now, Db};
use crate::mail::{self, Outgoing};

/// A parent of a pupil who left long enough ago, not asked yet.
#[derive(sqlx::FromRow)]
pub struct DueFollowup {
    pub pupil_id: i64,
    pub guardian_id: i64,
    pub name: String,
    pub email: String,
    pub language: String,
    /// The pupil's first name, as the mail speaks of them.
    pub child: String,
}

/// Families of pupils who left on or before `left_by` and have not been asked yet.
pub async fn due_followups(
    db: &Db,
    school_id: i64,
    left_by: &str,
) -> Result<Vec<DueFollowup>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id AS pupil_id, g.id AS guardian_id, g.name, g.email, g.language, p.first_name AS child \
         FROM pupils p JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN guardians g ON g.id = l.guardian_id WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on <= $2 \
         AND l.receives_invitations = 1 AND g.email IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.pupil_id = p.id AND f.guardian_id = g.id)",
    )
    .bind(school_id)
    .bind(left_by)
    .fetch_all(db.read())
    .await
}

/// One questionnaire that was sent, with its reply if any.
#[derive(sqlx::FromRow)]
pub struct FollowupReply {
    pub answered_at: Option<i64>,
    /// An `AdviceAnswer` code, or "".
    pub advice_right: String,
    pub comment: String,
}

pub async fn followup_replies(db: &Db, school_id: i64) -> Result<Vec<FollowupReply>, sqlx::Error> {
    sqlx::query_as(
        "SELECT answered_at, advice_right, comment FROM followups WHERE school_id = $1 ORDER BY id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// A questionnaire to send: to whom, the personal token in its link, and the mail.
pub struct NewFollowup {
    pub pupil_id: i64,
    pub guardian_id: i64,
    pub token: String,
    pub mail: Outgoing,
}

/// Records the questionnaires and queues their mails at once.
pub async fn send_followups(
    db: &Db,
    school_id: i64,
    followups: &[NewFollowup],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    for f in followups {
        sqlx::query("INSERT INTO followups (school_id, pupil_id, guardian_id, token_hash, sent_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(school_id)
            .bind(f.pupil_id)
            .bind(f.guardian_id)
            .bind(hash_token(&f.token))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        mail::enqueue(&mut tx, Some(school_id), &f.mail).await?;
    }
    tx.commit().await
}

/// The questionnaire behind a personal link.
#[derive(sqlx::FromRow, Default)]
pub struct FollowupLink {
    pub id: i64,
    pub school: String,
    /// The pupil's first name.
    pub child: String,
    pub answered_at: Option<i64>,
    pub guardian_id: i64,
    /// The guardian's own language: the page is shown in it.
    pub language: String,
}

pub async fn followup_by_token(db: &Db, token: &str) -> Result<Option<FollowupLink>, sqlx::Error> {
    sqlx::query_as(
        "SELECT f.id, s.name AS school, p.first_name AS child, f.answered_at, g.id AS guardian_id, g.language \
         FROM followups f JOIN schools s ON s.id = f.school_id JOIN pupils p ON p.id = f.pupil_id \
         JOIN guardians g ON g.id = f.guardian_id WHERE f.token_hash = $1",
    )
    .bind(hash_token(token))
    .fetch_optional(db.read())
    .await
}

/// A family's reply; answering again replaces the earlier one.
pub struct FollowupAnswer {
    pub doing: String,
    /// An `AdviceAnswer` code, or "".
    pub advice: &'static str,
    pub comment: String,
}

pub async fn answer_followup(db: &Db, id: i64, a: FollowupAnswer) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE followups SET answered_at = $1, doing = $2, advice_right = $3, comment = $4 WHERE id = $5")
        .bind(now())
        .bind(a.doing)
        .bind(a.advice)
        .bind(a.comment)
        .bind(id)
        .execute(db.write())
        .await?;
    Ok(())
}
