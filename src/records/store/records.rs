//! Conversation records: the pupil's list, one record, saving a record with its agreements.

use sqlx::FromRow;

use super::{insert_agreement, NewAgreement};
use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{flag, now, Db, Flag};
use crate::domain::{AgreementStatus, ConversationForm, RecordKind, RecordStatus};
use crate::records::Answers;

/// A record in the pupil's list.
#[derive(FromRow)]
pub struct RecordRow {
    pub id: i64,
    pub kind: String,
    pub held_on: String,
    pub status: String,
    #[sqlx(try_from = "Flag")]
    pub shared: bool,
}

pub async fn records_of(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<RecordRow>> {
    sqlx::query_as(
        "SELECT id, kind, held_on, status, shared FROM records WHERE pupil_id = $1 \
         ORDER BY held_on DESC, id DESC",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// One record with its author.
#[derive(FromRow)]
pub struct Record {
    pub pupil_id: i64,
    pub kind: RecordKind,
    pub held_on: String,
    pub form: ConversationForm,
    #[sqlx(try_from = "Flag")]
    pub pupil_present: bool,
    pub present: String,
    pub interpreter: String,
    #[sqlx(try_from = "String")]
    pub answers: Answers,
    #[sqlx(try_from = "Flag")]
    pub shared: bool,
    pub status: RecordStatus,
    pub author: String,
    pub report_sent_at: Option<i64>,
    /// "Would you like an information evening?" as a choice (see `gatherings`).
    pub info_evening: String,
}

/// A record of this school (whether its pupil is visible is for the caller to check).
pub async fn record(db: &Db, school_id: i64, id: i64) -> sqlx::Result<Option<Record>> {
    sqlx::query_as(
        "SELECT r.pupil_id, r.kind, r.held_on, r.form, r.pupil_present, r.present, r.interpreter, \
         r.answers, r.shared, r.status, s.name AS author, r.report_sent_at, r.info_evening \
         FROM records r JOIN staff s ON s.id = r.created_by WHERE r.id = $1 AND r.school_id = $2",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

#[derive(FromRow)]
struct AnswersRow {
    #[sqlx(try_from = "String")]
    answers: Answers,
}

/// The answers of the pupil's first startgesprek, if there is one.
pub async fn first_start_answers(db: &Db, pupil_id: i64) -> sqlx::Result<Option<Answers>> {
    let row: Option<AnswersRow> = sqlx::query_as(
        "SELECT answers FROM records WHERE pupil_id = $1 AND kind = $2 \
         ORDER BY held_on, id LIMIT 1",
    )
    .bind(pupil_id)
    .bind(RecordKind::Start)
    .fetch_optional(db.read())
    .await?;
    Ok(row.map(|r| r.answers))
}

/// What is stored of a record, checked and cleaned.
pub struct RecordFields {
    pub kind: RecordKind,
    pub held_on: String,
    pub form: ConversationForm,
    pub pupil_present: bool,
    pub present: String,
    pub interpreter: String,
    pub answers: Answers,
    pub shared: bool,
    pub status: RecordStatus,
    pub info_evening: String,
}

/// A record to save: new (`existing: None`) or a draft being continued, with the agreements
/// made in it and the new status of earlier agreements reviewed in it.
pub struct SaveRecord<'a> {
    pub pupil_id: i64,
    pub existing: Option<i64>,
    pub fields: &'a RecordFields,
    pub agreements: &'a [NewAgreement],
    pub reviews: &'a [(i64, AgreementStatus)],
}

/// Saves a record with its agreements, reviews and audit line in one transaction; returns its
/// id, or None (nothing written) when the draft was closed meanwhile.
pub async fn save_record(db: &Db, me: &StaffUser, s: SaveRecord<'_>) -> sqlx::Result<Option<i64>> {
    let at = now();
    let f = s.fields;
    let closed_at = (f.status == RecordStatus::Closed).then_some(at);
    let mut tx = db.begin().await?;
    let record_id = match s.existing {
        Some(record) => {
            // Only a draft can change; a record closed meanwhile stays as it was, and gets no
            // agreements or reviews from this form either.
            let done = sqlx::query(
                "UPDATE records SET held_on = $1, form = $2, pupil_present = $3, present = $4, \
                 interpreter = $5, answers = $6, shared = $7, status = $8, updated_at = $9, \
                 closed_at = $10 WHERE id = $11 AND status = 'draft'",
            )
            .bind(&f.held_on)
            .bind(f.form)
            .bind(flag(f.pupil_present))
            .bind(&f.present)
            .bind(&f.interpreter)
            .bind(f.answers.encode())
            .bind(flag(f.shared))
            .bind(f.status)
            .bind(at)
            .bind(closed_at)
            .bind(record)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Ok(None);
            }
            record
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO records (school_id, pupil_id, kind, held_on, form, pupil_present, \
                 present, interpreter, answers, shared, status, created_by, created_at, updated_at, \
                 closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14) \
                 RETURNING id",
            )
            .bind(me.school_id)
            .bind(s.pupil_id)
            .bind(f.kind)
            .bind(&f.held_on)
            .bind(f.form)
            .bind(flag(f.pupil_present))
            .bind(&f.present)
            .bind(&f.interpreter)
            .bind(f.answers.encode())
            .bind(flag(f.shared))
            .bind(f.status)
            .bind(me.id)
            .bind(at)
            .bind(closed_at)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    crate::gatherings::set_info_evening(&mut tx, record_id, &f.info_evening).await?;
    for a in s.agreements {
        insert_agreement(&mut tx, me, s.pupil_id, Some(record_id), a, at).await?;
    }
    for (agreement, status) in s.reviews {
        sqlx::query(
            "UPDATE agreements SET status = $1, updated_at = $2 WHERE id = $3 AND pupil_id = $4",
        )
        .bind(*status)
        .bind(at)
        .bind(*agreement)
        .bind(s.pupil_id)
        .execute(&mut *tx)
        .await?;
    }
    let action = if s.existing.is_some() {
        "update"
    } else {
        "create"
    };
    let line = Line::new(Some(s.pupil_id), action, "record", Some(record_id));
    audit::change(&mut tx, me, line).await?;
    tx.commit().await?;
    Ok(Some(record_id))
}
