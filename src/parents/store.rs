//! The parents' view's SQL and typed rows: sign-in links, and what a guardian sees of their
//! own children, loaded per family (one query per kind of thing, whatever the number of
//! children). Every read is bounded by the guardian's own links to pupils.

use crate::db::{Db, Flag, Sql, Tx};
use crate::domain::{AgreementStatus, PersonName, RecordKind};

// ── sign-in links ───────────────────────────────────────────────────────────────────────────

/// A guardian record with this address (one per school the family is known at).
#[derive(sqlx::FromRow)]
pub struct GuardianRow {
    pub id: i64,
    pub school_id: i64,
    pub name: String,
    pub language: String,
}

pub async fn guardians_by_email(db: &Db, email: &str) -> Result<Vec<GuardianRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, school_id, name, language FROM guardians WHERE email = $1 AND archived_at IS NULL",
    )
    .bind(email)
    .fetch_all(db.read())
    .await
}

/// How many links this guardian got since `since`.
pub async fn links_since(db: &Db, guardian_id: i64, since: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM parent_links WHERE guardian_id = $1 AND created_at > $2",
    )
    .bind(guardian_id)
    .bind(since)
    .fetch_one(db.read())
    .await
}

pub async fn insert_link(
    tx: &mut Tx,
    token_hash: String,
    guardian_id: i64,
    expires_at: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO parent_links (token_hash, guardian_id, expires_at, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(guardian_id)
    .bind(expires_at)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Whether an unused link with this hash is still valid at `at`.
/// The guardian (id, language) of a sign-in link that can still be used.
pub async fn usable_link_guardian(
    db: &Db,
    token_hash: String,
    at: i64,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.language FROM parent_links l JOIN guardians g ON g.id = l.guardian_id \
         WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2",
    )
    .bind(token_hash)
    .bind(at)
    .fetch_optional(db.read())
    .await
}

/// Uses the link up; its guardian, or None when it was used before or has expired.
pub async fn use_link(
    tx: &mut Tx,
    token_hash: String,
    at: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE parent_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING guardian_id",
    )
    .bind(at)
    .bind(token_hash)
    .fetch_optional(&mut **tx)
    .await
}

// ── the family page ─────────────────────────────────────────────────────────────────────────

/// A child of the guardian (archived pupils are not shown).
#[derive(sqlx::FromRow)]
pub struct ChildRow {
    pub id: i64,
    pub school_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub group_name: String,
    pub school: String,
    #[sqlx(try_from = "Flag")]
    pub parental_authority: bool,
}

/// The guardian's children, oldest first.
pub async fn children_of(db: &Db, guardian_id: i64) -> Result<Vec<ChildRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.school_id, p.first_name, p.name_prefix, p.last_name, COALESCE(g.name, '') AS group_name, sc.name AS school, \
         l.parental_authority FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id AND p.archived_at IS NULL \
         JOIN schools sc ON sc.id = p.school_id LEFT JOIN groups g ON g.id = p.group_id WHERE l.guardian_id = $1 ORDER BY p.date_of_birth",
    )
    .bind(guardian_id)
    .fetch_all(db.read())
    .await
}

/// A communicatieplan: the channels (comma-separated codes) and when the family is reachable.
#[derive(sqlx::FromRow)]
pub struct PlanRow {
    pub id: i64,
    pub pupil_id: i64,
    pub school_year_id: i64,
    pub channels: String,
    pub reachable: String,
}

/// The plans of these pupils in any of these school years (at most one per pupil and year).
pub async fn plans(db: &Db, pupils: &[i64], years: &[i64]) -> Result<Vec<PlanRow>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT id, pupil_id, school_year_id, channels, reachable FROM plans WHERE pupil_id IN ",
    );
    sql.bind_list(pupils.iter().copied())
        .push(" AND school_year_id IN ")
        .bind_list(years.iter().copied());
    sql.query_as().fetch_all(db.read()).await
}

/// A contact moment of a plan that has not happened yet.
#[derive(sqlx::FromRow)]
pub struct MomentRow {
    pub plan_id: i64,
    pub description: String,
    pub due_on: Option<String>,
}

/// The open contact moments of these plans, by due date.
pub async fn open_moments(db: &Db, plans: &[i64]) -> Result<Vec<MomentRow>, sqlx::Error> {
    let mut sql =
        Sql::new("SELECT plan_id, description, due_on FROM contact_moments WHERE plan_id IN ");
    sql.bind_list(plans.iter().copied())
        .push(" AND done_at IS NULL ORDER BY due_on, id");
    sql.query_as().fetch_all(db.read()).await
}

/// An agreement as parents see it.
#[derive(sqlx::FromRow)]
pub struct AgreementRow {
    pub id: i64,
    pub pupil_id: i64,
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    /// ISO date, or empty.
    pub review_on: String,
    pub status: AgreementStatus,
}

/// Parents see exactly what the school shared (ASVS V8.2.3): an agreement made outside a
/// conversation, or one made in a conversation whose record is closed and shared. Agreements of
/// a draft or an unshared record stay at school. (`a` is the agreements table.)
const SHARED_AGREEMENT: &str = "(a.record_id IS NULL OR EXISTS (SELECT 1 FROM records r \
     WHERE r.id = a.record_id AND r.shared = 1 AND r.status = 'closed'))";

/// The shared agreements about these pupils: open ones first, then by review date (as the
/// school's pupil page lists them).
pub async fn agreements(db: &Db, pupils: &[i64]) -> Result<Vec<AgreementRow>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT a.id, a.pupil_id, a.topic, a.pupil_part, a.parents_part, a.school_part, \
         COALESCE(a.review_on, '') AS review_on, a.status FROM agreements a WHERE {SHARED_AGREEMENT} \
         AND a.pupil_id IN "
    ));
    sql.bind_list(pupils.iter().copied())
        .push(" ORDER BY a.status = 'open' DESC, a.review_on, a.id");
    sql.query_as().fetch_all(db.read()).await
}

/// This guardian's answer to an agreement.
#[derive(sqlx::FromRow)]
pub struct ResponseRow {
    pub agreement_id: i64,
    #[sqlx(try_from = "Flag")]
    pub confirmed: bool,
    pub comment: String,
}

/// The guardian's own answers to agreements about these pupils, oldest first.
pub async fn own_responses(
    db: &Db,
    guardian_id: i64,
    pupils: &[i64],
) -> Result<Vec<ResponseRow>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT r.agreement_id, r.confirmed, r.comment FROM agreement_responses r JOIN agreements a ON a.id = r.agreement_id \
         WHERE a.pupil_id IN ",
    );
    sql.bind_list(pupils.iter().copied())
        .push(" AND r.guardian_id = ")
        .bind(guardian_id)
        .push(" ORDER BY r.id");
    sql.query_as().fetch_all(db.read()).await
}

/// A closed record the school shared with the family; `answers` is the stored JSON object.
#[derive(sqlx::FromRow)]
pub struct SharedRecordRow {
    pub pupil_id: i64,
    pub kind: RecordKind,
    pub held_on: String,
    pub answers: crate::domain::Answers,
}

/// The shared, closed records about these pupils, newest first.
pub async fn shared_records(db: &Db, pupils: &[i64]) -> Result<Vec<SharedRecordRow>, sqlx::Error> {
    let mut sql =
        Sql::new("SELECT pupil_id, kind, held_on, answers FROM records WHERE pupil_id IN ");
    sql.bind_list(pupils.iter().copied())
        .push(" AND shared = 1 AND status = 'closed' ORDER BY held_on DESC, id DESC");
    sql.query_as().fetch_all(db.read()).await
}

// ── answering an agreement ──────────────────────────────────────────────────────────────────

/// Whether the agreement is one the guardian sees: shared, about one of their children who is
/// still at school (an archived child's page is gone, so is answering on it).
pub async fn agreement_is_about_own_child(
    db: &Db,
    agreement_id: i64,
    guardian_id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM agreements a JOIN pupil_guardians l ON l.pupil_id = a.pupil_id \
         JOIN pupils p ON p.id = a.pupil_id AND p.archived_at IS NULL \
         WHERE a.id = $1 AND l.guardian_id = $2 AND {SHARED_AGREEMENT}"
    ))
    .bind(agreement_id)
    .bind(guardian_id)
    .fetch_one(db.read())
    .await?;
    Ok(n > 0)
}

pub async fn insert_response(
    db: &Db,
    agreement_id: i64,
    guardian_id: i64,
    confirmed: bool,
    comment: String,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO agreement_responses (agreement_id, guardian_id, confirmed, comment, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(agreement_id)
    .bind(guardian_id)
    .bind(Flag(confirmed))
    .bind(comment)
    .bind(at)
    .execute(db.write())
    .await?;
    Ok(())
}
