//! Who may see what. Every visibility rule of the product lives here, once: as SQL conditions
//! that stores append to their queries, and as plain functions for code that already holds the
//! facts. The conditions are appended to a `db::Sql`, which numbers the placeholders, so a rule
//! can sit anywhere in a query and be combined with others.
//!
//! The rules: nobody sees another school. Directors, care coordinators and administrators see
//! every pupil, group, round and guardian of their own school; teachers see the pupils of the
//! groups they are linked to, those groups, the rounds that include one of them, and the
//! guardians of those pupils.

use super::StaffUser;
use crate::db::Sql;

/// How far a staff member reaches: their school, and in it either everything or their groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reach {
    pub school_id: i64,
    pub staff_id: i64,
    pub whole_school: bool,
}

impl Reach {
    pub fn of(staff: &StaffUser) -> Reach {
        Reach {
            school_id: staff.school_id,
            staff_id: staff.id,
            whole_school: staff.roles.sees_whole_school(),
        }
    }

    /// A whole school as its director sees it, for a board member looking across the schools.
    pub fn whole_school_of(school_id: i64) -> Reach {
        Reach {
            school_id,
            staff_id: 0,
            whole_school: true,
        }
    }

    /// Pupils aliased `p`.
    pub fn pupils(&self, q: &mut Sql, p: &str) {
        q.push(format!("{p}.school_id = ")).bind(self.school_id);
        if !self.whole_school {
            q.push(format!(" AND {p}.group_id IN "));
            self.own_group_ids(q);
        }
    }

    /// Groups aliased `g`.
    pub fn groups(&self, q: &mut Sql, g: &str) {
        q.push(format!("{g}.school_id = ")).bind(self.school_id);
        if !self.whole_school {
            q.push(format!(" AND {g}.id IN "));
            self.own_group_ids(q);
        }
    }

    /// Rounds aliased `r`: a teacher sees a round that includes one of their groups.
    pub fn rounds(&self, q: &mut Sql, r: &str) {
        q.push(format!("{r}.school_id = ")).bind(self.school_id);
        if !self.whole_school {
            q.push(format!(
                " AND {r}.id IN (SELECT rg.round_id FROM round_groups rg \
                 JOIN group_staff gs ON gs.group_id = rg.group_id WHERE gs.staff_id = "
            ))
            .bind(self.staff_id)
            .push(")");
        }
    }

    /// Guardians aliased `gd`: visible to whoever may see one of their children.
    pub fn guardians(&self, q: &mut Sql, gd: &str) {
        q.push(format!("{gd}.school_id = ")).bind(self.school_id);
        q.push(format!(
            " AND {gd}.id IN (SELECT l.guardian_id FROM pupil_guardians l JOIN pupils lp ON lp.id = l.pupil_id"
        ));
        if self.whole_school {
            q.push(")");
        } else {
            q.push(" WHERE lp.group_id IN ");
            self.own_group_ids(q);
            q.push(")");
        }
    }

    /// Pupils aliased `p` in the groups this person is linked to, whatever their role: what a
    /// teacher's own agenda (the start page) is about.
    pub fn own_pupils(&self, q: &mut Sql, p: &str) {
        q.push(format!("{p}.school_id = ")).bind(self.school_id);
        q.push(format!(" AND {p}.group_id IN "));
        self.own_group_ids(q);
    }

    /// Groups aliased `g` that this person is linked to, whatever their role ("my groups").
    pub fn own_groups(&self, q: &mut Sql, g: &str) {
        q.push(format!("{g}.school_id = ")).bind(self.school_id);
        q.push(format!(" AND {g}.id IN "));
        self.own_group_ids(q);
    }

    /// Gatherings aliased `ga`: a teacher sees those for one of their groups, and the grade or
    /// whole-school ones that include one of their groups (read-only, their families only).
    pub fn gatherings(&self, q: &mut Sql, ga: &str) {
        q.push(format!("{ga}.school_id = ")).bind(self.school_id);
        if !self.whole_school {
            q.push(format!(
                " AND ({ga}.id IN (SELECT gg.gathering_id FROM gathering_groups gg WHERE gg.group_id IN "
            ));
            self.own_group_ids(q);
            q.push(format!(") OR ({ga}.audience IN ('grade', 'school') AND EXISTS (SELECT 1 FROM groups og \
                 JOIN school_years oy ON oy.id = og.school_year_id WHERE oy.is_current = 1 AND og.id IN "));
            self.own_group_ids(q);
            q.push(format!(
                " AND ({ga}.audience = 'school' OR og.grade = {ga}.grade))))"
            ));
        }
    }

    /// `(SELECT group_id FROM group_staff WHERE staff_id = ?)`
    fn own_group_ids(&self, q: &mut Sql) {
        q.push("(SELECT gs.group_id FROM group_staff gs WHERE gs.staff_id = ")
            .bind(self.staff_id)
            .push(")");
    }
}

/// Plain form of the pupil rule, for code that already has the facts at hand. The SQL above
/// is tested against this on both databases (`tests/http/access_rules.rs`).
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

    fn teacher() -> StaffUser {
        staff(Roles {
            teacher: true,
            ..Roles::default()
        })
    }

    #[test]
    fn teachers_see_only_their_groups() {
        let teacher = teacher();
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
            assert!(Reach::of(&s).whole_school);
        }
        assert_eq!(
            Reach::of(&teacher()),
            Reach {
                school_id: 1,
                staff_id: 7,
                whole_school: false
            }
        );
    }

    #[test]
    fn conditions_number_their_placeholders_wherever_they_stand() {
        let reach = Reach::of(&teacher());
        let mut q = Sql::new("SELECT p.id FROM pupils p WHERE p.id = ");
        q.bind(5_i64).push(" AND ");
        reach.pupils(&mut q, "p");
        assert_eq!(
            q.text(),
            "SELECT p.id FROM pupils p WHERE p.id = $1 AND p.school_id = $2 AND p.group_id IN \
             (SELECT gs.group_id FROM group_staff gs WHERE gs.staff_id = $3)"
        );
        let director = Reach {
            whole_school: true,
            ..reach
        };
        let mut q = Sql::new("SELECT g.id FROM groups g WHERE ");
        director.groups(&mut q, "g");
        assert_eq!(q.text(), "SELECT g.id FROM groups g WHERE g.school_id = $1");
    }
}
