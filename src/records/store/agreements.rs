//! Three-party agreements and what parents answered to them.

use sqlx::FromRow;

use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{now, Db, Flag, Sql, Tx};
use crate::domain::AgreementStatus;

/// An agreement as stored.
#[derive(FromRow)]
pub struct Agreement {
    pub id: i64,
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    /// ISO date, "" when there is none.
    pub review_on: String,
    pub status: AgreementStatus,
}

const AGREEMENT_COLUMNS: &str = "id, topic, pupil_part, parents_part, school_part, \
     COALESCE(review_on, '') AS review_on, status";

/// Open ones first, then by review date.
const AGREEMENT_ORDER: &str = " ORDER BY status = 'open' DESC, review_on, id";

/// A pupil's agreements (only the open ones when `only_open`).
pub async fn agreements(db: &Db, pupil_id: i64, only_open: bool) -> sqlx::Result<Vec<Agreement>> {
    let mut sql = Sql::new(format!(
        "SELECT {AGREEMENT_COLUMNS} FROM agreements WHERE pupil_id = "
    ));
    sql.bind(pupil_id);
    if only_open {
        sql.push(" AND status = ").bind(AgreementStatus::Open);
    }
    sql.push(AGREEMENT_ORDER);
    sql.query_as().fetch_all(db.read()).await
}

/// The agreements made in one conversation.
pub async fn agreements_of_record(
    db: &Db,
    pupil_id: i64,
    record_id: i64,
) -> sqlx::Result<Vec<Agreement>> {
    sqlx::query_as(&format!(
        "SELECT {AGREEMENT_COLUMNS} FROM agreements WHERE pupil_id = $1 AND record_id = $2{AGREEMENT_ORDER}"
    ))
    .bind(pupil_id)
    .bind(record_id)
    .fetch_all(db.read())
    .await
}

/// A parent's answer to an agreement, through their own page.
#[derive(FromRow)]
pub struct Response {
    pub agreement_id: i64,
    pub guardian: String,
    #[sqlx(try_from = "Flag")]
    pub confirmed: bool,
    pub comment: String,
}

/// What parents answered to any of the pupil's agreements, oldest first.
pub async fn responses(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<Response>> {
    sqlx::query_as(
        "SELECT r.agreement_id, g.name AS guardian, r.confirmed, r.comment \
         FROM agreement_responses r JOIN agreements a ON a.id = r.agreement_id \
         JOIN guardians g ON g.id = r.guardian_id WHERE a.pupil_id = $1 ORDER BY r.id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// An agreement from a form, checked and cleaned.
pub struct NewAgreement {
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    /// ISO date.
    pub review_on: Option<String>,
}

pub(super) async fn insert_agreement(
    tx: &mut Tx,
    me: &StaffUser,
    pupil_id: i64,
    record_id: Option<i64>,
    a: &NewAgreement,
    at: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO agreements (school_id, pupil_id, record_id, topic, pupil_part, parents_part, \
         school_part, review_on, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(me.school_id)
    .bind(pupil_id)
    .bind(record_id)
    .bind(&a.topic)
    .bind(&a.pupil_part)
    .bind(&a.parents_part)
    .bind(&a.school_part)
    .bind(&a.review_on)
    .bind(me.id)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Agreements made outside a conversation, in one transaction.
pub async fn add_agreements(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    agreements: &[NewAgreement],
) -> sqlx::Result<()> {
    let at = now();
    let mut tx = db.begin().await?;
    for a in agreements {
        insert_agreement(&mut tx, me, pupil_id, None, a, at).await?;
    }
    audit::change(
        &mut tx,
        me,
        Line::new(Some(pupil_id), "create", "agreement", None),
    )
    .await?;
    tx.commit().await
}

/// The pupil an agreement of this school is about.
pub async fn agreement_pupil(db: &Db, school_id: i64, id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT pupil_id FROM agreements WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// Sets the status of an agreement about this pupil, with its audit line.
pub async fn set_agreement_status(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    id: i64,
    status: AgreementStatus,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE agreements SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let line = Line::new(Some(pupil_id), "update", "agreement", Some(id));
    audit::change(&mut tx, me, line.detail(status.code().to_string())).await?;
    tx.commit().await
}
