//! Who may see which pupils and groups. The rules live here, as SQL conditions and plain
//! functions, so every list and every detail page applies the same ones.

use super::StaffUser;

/// Condition on pupils aliased `p`. Parameters: `$1` school id, `$2` staff id, `$3` whole-school flag.
/// Teachers see the pupils of groups they are linked to; directors, care coordinators and
/// administrators see every pupil of their own school; nobody sees another school.
pub const PUPIL_VISIBLE: &str = "p.school_id = $1 AND ($3 = 1 OR p.group_id IN \
     (SELECT gs.group_id FROM group_staff gs WHERE gs.staff_id = $2))";

/// The same rule for groups aliased `g`.
pub const GROUP_VISIBLE: &str = "g.school_id = $1 AND ($3 = 1 OR g.id IN \
     (SELECT gs.group_id FROM group_staff gs WHERE gs.staff_id = $2))";

/// The three values bound as `$1..$3` for the conditions above.
pub fn scope(staff: &StaffUser) -> (i64, i64, i64) {
    (
        staff.school_id,
        staff.id,
        i64::from(staff.roles.sees_whole_school()),
    )
}

/// Plain form of the rule, for code that already has the facts at hand.
pub fn may_see_pupil(
    staff: &StaffUser,
    pupil_school: i64,
    pupil_group: Option<i64>,
    own_groups: &[i64],
) -> bool {
    staff.school_id == pupil_school
        && (staff.roles.sees_whole_school() || pupil_group.is_some_and(|g| own_groups.contains(&g)))
}

/// Groups, pupils and guardians may be edited by administrators, directors and care coordinators;
/// teachers may edit guardians' contact details of their own pupils (they hear about changes first).
pub fn may_edit_school_data(staff: &StaffUser) -> bool {
    staff.roles.administrator || staff.roles.director || staff.roles.care_coordinator
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Roles;

    fn staff(roles: Roles) -> StaffUser {
        StaffUser {
            id: 7,
            school_id: 1,
            name: "X".into(),
            email: "x@example.org".into(),
            roles,
            board: false,
        }
    }

    #[test]
    fn teachers_see_only_their_groups() {
        let teacher = staff(Roles {
            teacher: true,
            ..Roles::default()
        });
        assert!(may_see_pupil(&teacher, 1, Some(3), &[3, 4]));
        assert!(!may_see_pupil(&teacher, 1, Some(5), &[3, 4]));
        assert!(!may_see_pupil(&teacher, 1, None, &[3, 4]));
        assert!(!may_see_pupil(&teacher, 2, Some(3), &[3]));
    }

    #[test]
    fn directors_and_care_see_their_school_only() {
        for roles in [
            Roles {
                director: true,
                ..Roles::default()
            },
            Roles {
                care_coordinator: true,
                ..Roles::default()
            },
            Roles {
                administrator: true,
                ..Roles::default()
            },
        ] {
            let s = staff(roles);
            assert!(may_see_pupil(&s, 1, Some(99), &[]));
            assert!(may_see_pupil(&s, 1, None, &[]));
            assert!(!may_see_pupil(&s, 2, Some(99), &[]));
        }
        assert_eq!(
            scope(&staff(Roles {
                teacher: true,
                ..Roles::default()
            })),
            (1, 7, 0)
        );
    }
}
