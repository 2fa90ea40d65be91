//! The audit log as the administrator reads it ("who looked at pupil X?").

use sqlx::FromRow;

use crate::db::{Db, Sql};
use crate::domain::PersonName;

/// One audit line; staff and pupil are "" when the line has none.
#[derive(FromRow)]
pub struct AuditLine {
    pub at: i64,
    pub staff: String,
    pub action: String,
    pub entity: String,
    /// What changed, where the value matters (a guardian's old and new address).
    pub detail: String,
    #[sqlx(flatten)]
    pub pupil: PersonName,
}

/// The school's latest 500 audit lines, or those about one pupil.
pub async fn audit_lines(
    db: &Db,
    school_id: i64,
    pupil_id: Option<i64>,
) -> sqlx::Result<Vec<AuditLine>> {
    let mut sql = Sql::new(
        "SELECT a.at, COALESCE(s.name, '') AS staff, a.action, a.entity, a.detail, \
         COALESCE(p.first_name, '') AS first_name, COALESCE(p.name_prefix, '') AS name_prefix, \
         COALESCE(p.last_name, '') AS last_name \
         FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN pupils p ON p.id = a.pupil_id \
         WHERE a.school_id = ",
    );
    sql.bind(school_id);
    if let Some(pupil) = pupil_id {
        sql.push(" AND a.pupil_id = ").bind(pupil);
    }
    sql.push(" ORDER BY a.at DESC, a.id DESC LIMIT 500");
    sql.query_as().fetch_all(db.read()).await
}
