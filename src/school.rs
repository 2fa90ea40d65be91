//! Schools and school years, and the first set-up of an installation.

use sqlx::Row;

use crate::db::{now, Db, Tx};
use crate::timefmt;

/// The Dutch school year runs from 1 August to 31 July.
pub fn school_year_of(day: time::Date) -> (i32, i32) {
    if u8::from(day.month()) >= 8 {
        (day.year(), day.year() + 1)
    } else {
        (day.year() - 1, day.year())
    }
}

pub fn school_year_name((start, end): (i32, i32)) -> String {
    format!("{start}-{end}")
}

/// Whether an administrator exists; without one the set-up page is shown.
pub async fn is_set_up(db: &Db) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM installation")
        .fetch_one(db.read())
        .await?;
    Ok(n > 0)
}

/// Creates a school with its current school year; returns (school id, school year id).
pub async fn create_school(
    tx: &mut Tx,
    name: &str,
    brin: &str,
    city: &str,
) -> Result<(i64, i64), sqlx::Error> {
    let at = now();
    let school_id: i64 = sqlx::query(
        "INSERT INTO schools (name, brin, city, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(name)
    .bind(brin)
    .bind(city)
    .bind(at)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    let year = school_year_of(timefmt::today());
    let year_id = create_school_year(tx, school_id, year, true).await?;
    Ok((school_id, year_id))
}

pub async fn create_school_year(
    tx: &mut Tx,
    school_id: i64,
    (start, end): (i32, i32),
    current: bool,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO school_years (school_id, name, starts_on, ends_on, is_current) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(school_id)
    .bind(school_year_name((start, end)))
    .bind(format!("{start}-08-01"))
    .bind(format!("{end}-07-31"))
    .bind(i64::from(current))
    .fetch_one(&mut **tx)
    .await?;
    row.try_get("id")
}

/// The current school year of a school.
pub async fn current_year(db: &Db, school_id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM school_years WHERE school_id = $1 AND is_current = 1 ORDER BY id DESC LIMIT 1")
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

pub async fn school_name(db: &Db, school_id: i64) -> Result<String, sqlx::Error> {
    let (name,): (String,) = sqlx::query_as("SELECT name FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await?;
    Ok(name)
}

/// Marks the installation as set up; false when somebody else did it first.
pub async fn mark_set_up(tx: &mut Tx) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO installation (id, set_up_at) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
    )
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn school_years_start_in_august() {
        assert_eq!(school_year_of(date!(2026 - 08 - 01)), (2026, 2027));
        assert_eq!(school_year_of(date!(2026 - 07 - 31)), (2025, 2026));
        assert_eq!(school_year_of(date!(2027 - 01 - 15)), (2026, 2027));
        assert_eq!(school_year_name((2026, 2027)), "2026-2027");
    }
}
