//! The append-only audit log: who looked at or changed which pupil's record, and when.

use crate::db::{now, Db};

/// Writes one audit line. A failure to write is logged, never shown to the user: the page they
/// asked for is still served (the database being down would already have failed the page).
pub async fn record(
    db: &Db,
    school_id: i64,
    staff_id: i64,
    pupil_id: i64,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
) {
    let result = sqlx::query(
        "INSERT INTO audit_log (school_id, staff_id, pupil_id, action, entity, entity_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(school_id)
    .bind(staff_id)
    .bind(pupil_id)
    .bind(action)
    .bind(entity)
    .bind(entity_id)
    .bind(now())
    .execute(db.write())
    .await;
    if let Err(e) = result {
        tracing::error!(error = %e, "audit line not written");
    }
}

/// A parent looked at (part of) their own child's record through the parent view.
pub async fn record_parent_view(
    db: &Db,
    school_id: i64,
    guardian_id: i64,
    pupil_id: i64,
    entity: &str,
) {
    let result = sqlx::query(
        "INSERT INTO audit_log (school_id, guardian_id, pupil_id, action, entity, at) VALUES ($1, $2, $3, 'parent-view', $4, $5)",
    )
    .bind(school_id)
    .bind(guardian_id)
    .bind(pupil_id)
    .bind(entity)
    .bind(now())
    .execute(db.write())
    .await;
    if let Err(e) = result {
        tracing::error!(error = %e, "audit line not written");
    }
}
