//! All SQL of buddies: here the wishes noted at the startgesprek and the care coordinator's
//! list; in `pairs` the pairs with their two sides (personal link as a hash, consent with its
//! time, withdrawal) and the mails queued with each event.

mod pairs;

pub use pairs::*;

use super::rules::{Candidate, Earlier};
use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{now, Db, Flag, Sql, Tx};

/// A pair's statuses that keep its wishes busy.
const OPEN: &str = "('proposed', 'active')";

/// The record a wish is noted on: its pupil and kind.
pub async fn record_pupil(
    db: &Db,
    school_id: i64,
    record_id: i64,
) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as("SELECT pupil_id, kind FROM records WHERE id = $1 AND school_id = $2")
        .bind(record_id)
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// A wish as the record page lists it.
#[derive(sqlx::FromRow)]
pub struct RecordWish {
    pub id: i64,
    pub guardian: String,
    pub direction: String,
    pub topic: String,
    pub language: String,
    pub detail: String,
}

pub async fn wishes_of_record(db: &Db, record_id: i64) -> sqlx::Result<Vec<RecordWish>> {
    sqlx::query_as(
        "SELECT w.id, g.name AS guardian, w.direction, w.topic, w.language, w.detail FROM buddy_wishes w \
         JOIN guardians g ON g.id = w.guardian_id WHERE w.record_id = $1 AND w.closed_at IS NULL ORDER BY w.id",
    )
    .bind(record_id)
    .fetch_all(db.read())
    .await
}

pub struct NewWish<'a> {
    pub guardian_id: i64,
    pub pupil_id: i64,
    /// The startgesprek it was noted in.
    pub record_id: Option<i64>,
    pub direction: &'a str,
    pub topic: &'a str,
    pub language: &'a str,
    pub detail: String,
}

/// Notes a wish, audited in the same transaction.
pub async fn insert_wish(db: &Db, me: &StaffUser, w: &NewWish<'_>) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    let id = insert_wish_tx(&mut tx, me.school_id, me.id, w).await?;
    let detail = format!("{} {} {}", w.direction, w.topic, w.language);
    audit::change(
        &mut tx,
        me,
        Line::new(Some(w.pupil_id), "create", "buddy-wish", Some(id)).detail(detail),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The insert itself (the demo uses it too).
pub async fn insert_wish_tx(
    tx: &mut Tx,
    school_id: i64,
    staff_id: i64,
    w: &NewWish<'_>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO buddy_wishes (school_id, guardian_id, pupil_id, record_id, direction, topic, language, detail, noted_by, noted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(school_id)
    .bind(w.guardian_id)
    .bind(w.pupil_id)
    .bind(w.record_id)
    .bind(w.direction)
    .bind(w.topic)
    .bind(w.language)
    .bind(&w.detail)
    .bind(staff_id)
    .bind(now())
    .fetch_one(&mut **tx)
    .await
}

/// An open wish's pupil (for the caller's visibility check).
pub async fn wish_pupil(db: &Db, school_id: i64, wish_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT pupil_id FROM buddy_wishes WHERE id = $1 AND school_id = $2 AND closed_at IS NULL",
    )
    .bind(wish_id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// Takes a wish off the list (an open pair it is part of goes on until it ends).
pub async fn close_wish(db: &Db, me: &StaffUser, wish_id: i64, pupil_id: i64) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE buddy_wishes SET closed_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(now())
        .bind(wish_id)
        .bind(me.school_id)
        .execute(&mut *tx)
        .await?;
    audit::change(
        &mut tx,
        me,
        Line::new(Some(pupil_id), "close", "buddy-wish", Some(wish_id)),
    )
    .await?;
    tx.commit().await
}

/// An open wish on the care coordinator's list.
#[derive(sqlx::FromRow)]
pub struct OpenWish {
    pub id: i64,
    pub guardian_id: i64,
    pub guardian: String,
    #[sqlx(try_from = "Flag")]
    pub has_email: bool,
    pub group_id: Option<i64>,
    pub group_name: String,
    pub direction: String,
    pub topic: String,
    pub language: String,
    pub detail: String,
    pub noted_at: i64,
    #[sqlx(try_from = "Flag")]
    pub busy: bool,
}

impl OpenWish {
    /// The wish's language in its own name ("Türkçe"); empty for other topics.
    pub fn language_name(&self) -> &str {
        super::rules::language_name(&self.language)
    }
}

pub async fn open_wishes(db: &Db, school_id: i64) -> sqlx::Result<Vec<OpenWish>> {
    sqlx::query_as(&format!(
        "SELECT w.id, w.guardian_id, g.name AS guardian, CASE WHEN g.email IS NULL THEN 0 ELSE 1 END AS has_email, \
         p.group_id, COALESCE(gr.name, '') AS group_name, w.direction, w.topic, w.language, w.detail, w.noted_at, \
         CASE WHEN EXISTS (SELECT 1 FROM buddy_sides s JOIN buddy_pairs bp ON bp.id = s.pair_id \
              WHERE s.wish_id = w.id AND bp.status IN {OPEN}) THEN 1 ELSE 0 END AS busy \
         FROM buddy_wishes w JOIN guardians g ON g.id = w.guardian_id JOIN pupils p ON p.id = w.pupil_id \
         LEFT JOIN groups gr ON gr.id = p.group_id \
         WHERE w.school_id = $1 AND w.closed_at IS NULL AND g.archived_at IS NULL AND p.archived_at IS NULL ORDER BY w.noted_at, w.id LIMIT 1000"
    ))
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// The open wishes as matching sees them: with each guardian's children (their family).
pub async fn candidates(
    db: &Db,
    school_id: i64,
    wishes: &[OpenWish],
) -> sqlx::Result<Vec<Candidate>> {
    let links: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT l.guardian_id, l.pupil_id FROM pupil_guardians l WHERE l.guardian_id IN \
         (SELECT w.guardian_id FROM buddy_wishes w WHERE w.school_id = $1 AND w.closed_at IS NULL)",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(wishes
        .iter()
        .map(|w| Candidate {
            wish_id: w.id,
            guardian_id: w.guardian_id,
            children: links
                .iter()
                .filter(|(g, _)| *g == w.guardian_id)
                .map(|(_, p)| *p)
                .collect(),
            group_id: w.group_id,
            direction: w.direction.clone(),
            topic: w.topic.clone(),
            language: w.language.clone(),
            detail: w.detail.clone(),
            noted_at: w.noted_at,
            busy: w.busy,
        })
        .collect())
}

/// Every two guardians of the shown wishes brought together before, on which topic: only
/// pairs between guardians on the list can matter to a suggestion or a proposal.
pub async fn earlier(db: &Db, school_id: i64, wishes: &[OpenWish]) -> sqlx::Result<Vec<Earlier>> {
    let mut guardians: Vec<i64> = wishes.iter().map(|w| w.guardian_id).collect();
    guardians.sort_unstable();
    guardians.dedup();
    if guardians.len() < 2 {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT a.guardian_id, b.guardian_id, p.topic FROM buddy_pairs p \
         JOIN buddy_sides a ON a.pair_id = p.id JOIN buddy_sides b ON b.pair_id = p.id AND b.id > a.id \
         WHERE p.school_id = ",
    );
    sql.bind(school_id)
        .push(" AND a.guardian_id IN ")
        .bind_list(guardians.clone())
        .push(" AND b.guardian_id IN ")
        .bind_list(guardians);
    let rows: Vec<(i64, i64, String)> = sql.query_as().fetch_all(db.read()).await?;
    Ok(rows
        .into_iter()
        .map(|(a, b, topic)| Earlier {
            guardians: (a, b),
            topic,
        })
        .collect())
}

/// A pair as the care coordinator sees it: both parents, their answers and times.
#[derive(sqlx::FromRow)]
pub struct PairRow {
    pub id: i64,
    pub topic: String,
    pub language: String,
    pub status: String,
    pub proposed_at: i64,
    pub active_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub ended_by: String,
    pub a_name: String,
    pub a_answer: String,
    pub a_answered_at: Option<i64>,
    pub a_withdrawn_at: Option<i64>,
    pub b_name: String,
    pub b_answer: String,
    pub b_answered_at: Option<i64>,
    pub b_withdrawn_at: Option<i64>,
}

/// Open pairs first, then the latest ended ones.
pub async fn pairs(db: &Db, school_id: i64) -> sqlx::Result<Vec<PairRow>> {
    sqlx::query_as(
        "SELECT p.id, p.topic, p.language, p.status, p.proposed_at, p.active_at, p.ended_at, p.ended_by, \
         ga.name AS a_name, CASE WHEN a.answer = '' THEN 'waiting' ELSE a.answer END AS a_answer, a.answered_at AS a_answered_at, a.withdrawn_at AS a_withdrawn_at, \
         gb.name AS b_name, CASE WHEN b.answer = '' THEN 'waiting' ELSE b.answer END AS b_answer, b.answered_at AS b_answered_at, b.withdrawn_at AS b_withdrawn_at \
         FROM buddy_pairs p JOIN buddy_sides a ON a.pair_id = p.id JOIN buddy_sides b ON b.pair_id = p.id AND b.id > a.id \
         JOIN guardians ga ON ga.id = a.guardian_id JOIN guardians gb ON gb.id = b.guardian_id \
         WHERE p.school_id = $1 \
         ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, p.proposed_at DESC, p.id DESC LIMIT 200",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}
