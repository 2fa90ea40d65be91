//! Groups (classes) of a school year and the staff who teach them.

pub mod routes;

use std::collections::HashMap;

pub use routes::router;

use crate::db::Db;

pub const SCHOOL_TYPES: [&str; 5] = ["po", "so", "vo", "vso", "mbo"];

pub struct GroupOption {
    pub id: i64,
    pub name: String,
}

/// Groups of the current school year that are in use, for pick lists.
pub async fn options(db: &Db, school_id: i64) -> Result<Vec<GroupOption>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT g.id, g.name FROM groups g JOIN school_years y ON y.id = g.school_year_id \
         WHERE g.school_id = $1 AND y.is_current = 1 AND g.archived_at IS NULL ORDER BY g.grade, g.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| GroupOption { id, name })
        .collect())
}

/// For every staff member of a school, the names of their current groups (one query, no N+1).
pub async fn staff_group_names(
    db: &Db,
    school_id: i64,
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT gs.staff_id, g.name FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         WHERE g.school_id = $1 AND g.archived_at IS NULL ORDER BY g.grade, g.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    for (staff_id, name) in rows {
        map.entry(staff_id).or_default().push(name);
    }
    Ok(map)
}

/// For every group of a school, the names of its staff.
pub async fn group_staff_names(
    db: &Db,
    school_id: i64,
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT gs.group_id, s.name FROM group_staff gs JOIN staff s ON s.id = gs.staff_id \
         WHERE s.school_id = $1 AND s.disabled_at IS NULL ORDER BY s.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    for (group_id, name) in rows {
        map.entry(group_id).or_default().push(name);
    }
    Ok(map)
}

/// Reads the grade from a group name the way schools write them: "7B", "groep 7", "1/2a" → 1.
pub fn grade_from_name(name: &str) -> Option<i64> {
    let digits: String = name
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok().filter(|g| (0..=14).contains(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_from_names() {
        assert_eq!(grade_from_name("7B"), Some(7));
        assert_eq!(grade_from_name("groep 8"), Some(8));
        assert_eq!(grade_from_name("1/2A"), Some(1));
        assert_eq!(grade_from_name("Kleuters"), None);
        assert_eq!(grade_from_name("99"), None);
    }
}
