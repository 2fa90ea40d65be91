//! Groups (classes) of a school year and the staff who teach them.

mod routes;
mod store;

pub use routes::router;
pub use store::{group_staff_names, options, staff_group_names};

/// A group in a pick list.
#[derive(sqlx::FromRow)]
pub struct GroupOption {
    pub id: i64,
    pub name: String,
}

/// Reads the grade from a group name the way schools write them: "7B", "groep 7", "1/2a" → 1.
pub fn grade_from_name(name: &str) -> Option<i64> {
    let digits: String = name
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok().filter(|g| (0..=14).contains(g))
}

/// The grade typed on the group form: empty means "read it from the name"; otherwise a
/// number from 0 to 14, or `Err` for anything else.
pub(crate) fn grade_from_form(typed: &str, name: &str) -> Result<Option<i64>, ()> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(grade_from_name(name));
    }
    match typed.parse::<i64>() {
        Ok(g) if (0..=14).contains(&g) => Ok(Some(g)),
        _ => Err(()),
    }
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

    #[test]
    fn typed_grades_win_over_the_name() {
        assert_eq!(grade_from_form("", "7B"), Ok(Some(7)));
        assert_eq!(grade_from_form(" ", "Kleuters"), Ok(None));
        assert_eq!(grade_from_form("3", "7B"), Ok(Some(3)));
        assert_eq!(grade_from_form("0", "7B"), Ok(Some(0)));
        assert_eq!(grade_from_form("15", "7B"), Err(()));
        assert_eq!(grade_from_form("zeven", "7B"), Err(()));
    }
}
