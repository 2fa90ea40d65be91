//! The append-only audit log: who looked at or changed which pupil's record, and when.
//!
//! A change is audited inside the transaction that makes it ([`change`]), so the change and its
//! line commit or roll back together (ASVS 16.2.1, 16.4.x: no change without its log line).
//! A view is audited before the page is served ([`view`]); when the line cannot be written the
//! page is not served either.

use crate::auth::StaffUser;
use crate::db::{now, Db, Tx};

/// One audit line about something a staff member did.
pub struct Line<'a> {
    pub pupil_id: Option<i64>,
    /// `view`, `create`, `update`, `delete`, ...
    pub action: &'a str,
    /// `record`, `plan`, `guardian`, ...
    pub entity: &'a str,
    pub entity_id: Option<i64>,
    /// What changed where a value matters ("old → new"); usually empty.
    pub detail: String,
}

impl<'a> Line<'a> {
    pub fn new(
        pupil_id: Option<i64>,
        action: &'a str,
        entity: &'a str,
        entity_id: Option<i64>,
    ) -> Line<'a> {
        Line {
            pupil_id,
            action,
            entity,
            entity_id,
            detail: String::new(),
        }
    }

    pub fn detail(self, detail: String) -> Line<'a> {
        Line { detail, ..self }
    }
}

const INSERT: &str =
    "INSERT INTO audit_log (school_id, staff_id, pupil_id, action, entity, entity_id, detail, at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

/// Writes a change's audit line inside the transaction of the change.
pub async fn change(tx: &mut Tx, me: &StaffUser, line: Line<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(INSERT)
        .bind(me.school_id)
        .bind(me.id)
        .bind(line.pupil_id)
        .bind(line.action)
        .bind(line.entity)
        .bind(line.entity_id)
        .bind(line.detail)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A staff member opens one pupil's page: one line, written before the page is served.
pub async fn view(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    entity: &str,
    entity_id: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(INSERT)
        .bind(me.school_id)
        .bind(me.id)
        .bind(pupil_id)
        .bind("view")
        .bind(entity)
        .bind(entity_id)
        .bind("")
        .bind(now())
        .execute(db.write())
        .await?;
    Ok(())
}

/// A staff member opens a guardian's page or form (address, phone, children): a line for each
/// child shown there, so "who looked at this pupil's data" and the family's inspection export
/// include it; one line without a pupil when no child is shown. One transaction, before the
/// page is served.
pub async fn guardian_view(
    db: &Db,
    me: &StaffUser,
    guardian_id: i64,
    pupil_ids: &[i64],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let at = now();
    let pupils: Vec<Option<i64>> = if pupil_ids.is_empty() {
        vec![None]
    } else {
        pupil_ids.iter().copied().map(Some).collect()
    };
    for pupil_id in pupils {
        sqlx::query(INSERT)
            .bind(me.school_id)
            .bind(me.id)
            .bind(pupil_id)
            .bind("view")
            .bind("guardian")
            .bind(guardian_id)
            .bind("")
            .bind(at)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// A parent looked at their own children's shared records through the parent view: one line
/// per child, in one transaction, before the page is served.
pub async fn parent_views(
    db: &Db,
    guardian_id: i64,
    children: &[(i64, i64)],
    entity: &str,
) -> Result<(), sqlx::Error> {
    if children.is_empty() {
        return Ok(());
    }
    let at = now();
    let mut tx = db.begin().await?;
    for (school_id, pupil_id) in children {
        sqlx::query(
            "INSERT INTO audit_log (school_id, guardian_id, pupil_id, action, entity, at) VALUES ($1, $2, $3, 'parent-view', $4, $5)",
        )
        .bind(school_id)
        .bind(guardian_id)
        .bind(pupil_id)
        .bind(entity)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// A guardian changed something of their own (their language, from a parent page): the line
/// names the guardian instead of a staff member, in the transaction of the change.
pub async fn parent_change(
    tx: &mut Tx,
    school_id: i64,
    guardian_id: i64,
    line: Line<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (school_id, guardian_id, pupil_id, action, entity, entity_id, detail, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(school_id)
    .bind(guardian_id)
    .bind(line.pupil_id)
    .bind(line.action)
    .bind(line.entity)
    .bind(line.entity_id)
    .bind(line.detail)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
