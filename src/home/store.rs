//! The start page's SQL: one's own groups, the agenda of one's own pupils, the school's figures.

use crate::auth::access::Reach;
use crate::db::{Db, Sql};
use crate::domain::{AgreementStatus, MailStatus, PersonName};

/// A group on the start page, with its number of pupils.
#[derive(sqlx::FromRow)]
pub struct MyGroup {
    pub id: i64,
    pub name: String,
    pub pupils: i64,
}

/// The groups one is linked to, whatever one's role ("my groups").
pub async fn own_groups(db: &Db, reach: Reach) -> Result<Vec<MyGroup>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT g.id, g.name, (SELECT COUNT(*) FROM pupils p WHERE p.group_id = g.id \
         AND p.archived_at IS NULL) AS pupils FROM groups g WHERE ",
    );
    reach.own_groups(&mut sql, "g");
    sql.push(" AND g.archived_at IS NULL AND ")
        .push(crate::years::IN_CURRENT_YEAR)
        .push(" ORDER BY g.grade, g.name");
    sql.query_as().fetch_all(db.read()).await
}

/// A line on the agenda: a pupil and what is due.
#[derive(sqlx::FromRow)]
pub struct DueItem {
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub what: String,
    /// ISO date, empty for the positive-news nudge.
    #[sqlx(rename = "due_on")]
    pub when: String,
}

#[derive(Default)]
pub struct Due {
    pub agreements: Vec<DueItem>,
    pub moments: Vec<DueItem>,
    pub no_positive: Vec<DueItem>,
}

/// What is due for the pupils of one's own groups: open agreements whose review date is
/// `agreements_until` or earlier (overdue ones first), contact moments due by `week_end`, and pupils whose parents heard
/// nothing positive since `positive_since` (ISO dates).
pub async fn due(
    db: &Db,
    reach: Reach,
    agreements_until: &str,
    week_end: &str,
    positive_since: &str,
) -> Result<Due, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, a.topic AS what, \
         a.review_on AS due_on FROM agreements a JOIN pupils p ON p.id = a.pupil_id WHERE ",
    );
    reach.own_pupils(&mut sql, "p");
    sql.push(" AND p.archived_at IS NULL AND a.status = ")
        .bind(AgreementStatus::Open)
        .push(" AND a.review_on IS NOT NULL AND a.review_on <= ")
        .bind(agreements_until.to_string())
        .push(" ORDER BY a.review_on LIMIT 20");
    let agreements = sql.query_as().fetch_all(db.read()).await?;

    let mut sql = Sql::new(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, \
         m.description AS what, m.due_on FROM contact_moments m \
         JOIN plans pl ON pl.id = m.plan_id JOIN pupils p ON p.id = pl.pupil_id WHERE ",
    );
    reach.own_pupils(&mut sql, "p");
    sql.push(" AND p.archived_at IS NULL AND m.done_at IS NULL AND m.due_on IS NOT NULL AND m.due_on <= ")
        .bind(week_end.to_string())
        .push(" ORDER BY m.due_on LIMIT 20");
    let moments = sql.query_as().fetch_all(db.read()).await?;

    let mut sql = Sql::new(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, '' AS what, \
         '' AS due_on FROM pupils p WHERE ",
    );
    reach.own_pupils(&mut sql, "p");
    sql.push(
        " AND p.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM contact_log c \
         WHERE c.pupil_id = p.id AND c.positive = 1 AND c.happened_on >= ",
    )
    .bind(positive_since.to_string())
    .push(") ORDER BY p.last_name, p.first_name LIMIT 12");
    let no_positive = sql.query_as().fetch_all(db.read()).await?;

    Ok(Due {
        agreements,
        moments,
        no_positive,
    })
}

/// The school's figures for the whole-school roles.
#[derive(sqlx::FromRow)]
pub struct SchoolStats {
    pub pupils: i64,
    pub groups: i64,
    pub guardians: i64,
    pub staff: i64,
    pub groups_without_staff: i64,
    pub pupils_without_guardian: i64,
    pub guardians_without_email: i64,
    pub interpreter_needed: i64,
    pub mail_waiting: i64,
}

/// All figures in one query.
pub async fn school_stats(db: &Db, school_id: i64) -> Result<SchoolStats, sqlx::Error> {
    sqlx::query_as(
        "SELECT \
         (SELECT COUNT(*) FROM pupils WHERE school_id = $1 AND archived_at IS NULL) AS pupils, \
         (SELECT COUNT(*) FROM groups g WHERE g.school_id = $1 AND g.archived_at IS NULL AND g.school_year_id IN \
          (SELECT cy.id FROM school_years cy WHERE cy.school_id = $1 AND cy.is_current = 1)) AS groups, \
         (SELECT COUNT(*) FROM guardians WHERE school_id = $1 AND archived_at IS NULL) AS guardians, \
         (SELECT COUNT(*) FROM staff WHERE school_id = $1 AND disabled_at IS NULL) AS staff, \
         (SELECT COUNT(*) FROM groups g WHERE g.school_id = $1 AND g.archived_at IS NULL \
          AND g.school_year_id IN (SELECT cy.id FROM school_years cy WHERE cy.school_id = $1 AND cy.is_current = 1) \
          AND NOT EXISTS (SELECT 1 FROM group_staff gs WHERE gs.group_id = g.id)) AS groups_without_staff, \
         (SELECT COUNT(*) FROM pupils p WHERE p.school_id = $1 AND p.archived_at IS NULL \
          AND NOT EXISTS (SELECT 1 FROM pupil_guardians l WHERE l.pupil_id = p.id)) AS pupils_without_guardian, \
         (SELECT COUNT(*) FROM guardians WHERE school_id = $1 AND archived_at IS NULL \
          AND email IS NULL) AS guardians_without_email, \
         (SELECT COUNT(*) FROM guardians WHERE school_id = $1 AND archived_at IS NULL \
          AND interpreter_needed = 1) AS interpreter_needed, \
         (SELECT COUNT(*) FROM outbox WHERE school_id = $1 AND status = $2) AS mail_waiting",
    )
    .bind(school_id)
    .bind(MailStatus::Pending)
    .fetch_one(db.read())
    .await
}
