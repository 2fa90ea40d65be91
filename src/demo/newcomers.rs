//! A newcomer in the demo: a family new in the Netherlands whose child joined the demo
//! teacher's group nine days ago, so the teacher's start page asks for the startgesprek
//! (due within three weeks of the first school day) and the pupil page says so.

use time::Duration;

use super::data::DemoSchool;
use crate::db::{now, Db};
use crate::pupils::newcomer_start_due;
use crate::timefmt::{iso, today};

pub async fn add(db: &Db, school: &DemoSchool, school_id: i64) -> anyhow::Result<()> {
    let Some(group) = super::teacher_with_history(school)
        .and_then(|t| {
            school.groups.iter().find(|g| {
                g.teacher_indexes
                    .iter()
                    .any(|&i| school.staff[i].email == t.email)
            })
        })
        .map(|g| g.name.clone())
    else {
        return Ok(());
    };
    let at = now();
    let arrived = today().saturating_sub(Duration::days(9));
    let mut tx = db.begin().await?;
    let group_id: i64 = sqlx::query_scalar(
        "SELECT g.id FROM groups g JOIN school_years y ON y.id = g.school_year_id \
         WHERE g.school_id = $1 AND y.is_current = 1 AND g.archived_at IS NULL AND g.name = $2",
    )
    .bind(school_id)
    .bind(&group)
    .fetch_one(&mut *tx)
    .await?;
    let guardian: i64 = sqlx::query_scalar(
        "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'uk', 1, $5, $5) RETURNING id",
    )
    .bind(school_id)
    .bind("Oksana Melnyk")
    .bind(format!("oksana.melnyk@{}", school.email_domain))
    .bind("06 41 27 58 90")
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let pupil: i64 = sqlx::query_scalar(
        "INSERT INTO pupils (school_id, external_id, first_name, last_name, initials, date_of_birth, gender, group_id, \
         arrived_on, start_due_on, created_at, updated_at) \
         VALUES ($1, '99001', 'Taras', 'Melnyk', 'T.', $2, 'm', $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(school_id)
    .bind(format!("{}-04-19", school.school_year.0 - 10))
    .bind(group_id)
    .bind(iso(arrived))
    .bind(iso(newcomer_start_due(arrived)))
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
         VALUES ($1, $2, 'mother', 1, 1, 1)",
    )
    .bind(pupil)
    .bind(guardian)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
