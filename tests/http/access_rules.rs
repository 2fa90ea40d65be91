//! The visibility rules of `auth::access` as SQL, run on both databases: what the conditions
//! select must be exactly what the plain rule (`may_see_pupil`) and the product's rules say.

use driehoek::auth::access::{may_see_pupil, Reach};
use driehoek::auth::{Roles, StaffUser};
use driehoek::db::{Db, Sql};

use crate::both_backends;
use crate::common::TestApp;

/// Ids of two schools' worth of rows, made directly in the database.
struct World {
    schools: [i64; 2],
    /// (group id, school id)
    groups: Vec<(i64, i64)>,
    /// (pupil id, school id, group id)
    pupils: Vec<(i64, i64, Option<i64>)>,
    teacher: StaffUser,
    director: StaffUser,
    other_school_director: StaffUser,
    teacher_groups: Vec<i64>,
    /// (round id, school id, group ids)
    rounds: Vec<(i64, i64, Vec<i64>)>,
    /// (guardian id, child pupil ids)
    guardians: Vec<(i64, Vec<i64>)>,
}

async fn insert(db: &Db, sql: &str, binds: &[i64]) -> i64 {
    let mut q = sqlx::query_scalar::<_, i64>(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.fetch_one(db.write()).await.expect(sql)
}

async fn exec(db: &Db, sql: &str, binds: &[i64]) {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.execute(db.write()).await.expect(sql);
}

fn person(id: i64, school_id: i64, roles: Roles) -> StaffUser {
    StaffUser {
        id,
        school_id,
        name: "x".into(),
        email: format!("s{id}@example.org"),
        roles,
        board: false,
    }
}

async fn world(db: &Db) -> World {
    let mut schools = [0; 2];
    let mut groups = Vec::new();
    let mut pupils = Vec::new();
    let mut staff = Vec::new();
    for (i, school) in schools.iter_mut().enumerate() {
        *school = insert(
            db,
            "INSERT INTO schools (name, created_at) VALUES ('S', 0) RETURNING id",
            &[],
        )
        .await;
        let year = insert(
            db,
            "INSERT INTO school_years (school_id, name, starts_on, ends_on, is_current) \
             VALUES ($1, '2026-2027', '2026-08-01', '2027-07-31', 1) RETURNING id",
            &[*school],
        )
        .await;
        for g in 0..3 {
            let group = insert(
                db,
                &format!(
                    "INSERT INTO groups (school_id, school_year_id, name, created_at) \
                     VALUES ($1, $2, 'G{g}', 0) RETURNING id"
                ),
                &[*school, year],
            )
            .await;
            groups.push((group, *school));
            for n in 0..2 {
                let pupil = insert(
                    db,
                    &format!(
                        "INSERT INTO pupils (school_id, external_id, first_name, last_name, group_id, created_at, updated_at) \
                         VALUES ($1, 'p{i}{g}{n}', 'A', 'B', $2, 0, 0) RETURNING id"
                    ),
                    &[*school, group],
                )
                .await;
                pupils.push((pupil, *school, Some(group)));
            }
        }
        // A pupil without a group (new, not yet placed).
        let pupil = insert(
            db,
            &format!(
                "INSERT INTO pupils (school_id, external_id, first_name, last_name, created_at, updated_at) \
                 VALUES ($1, 'loose{i}', 'A', 'B', 0, 0) RETURNING id"
            ),
            &[*school],
        )
        .await;
        pupils.push((pupil, *school, None));
        for role in ["is_teacher", "is_director"] {
            let id = insert(
                db,
                &format!(
                    "INSERT INTO staff (school_id, name, email, {role}, created_at) \
                     VALUES ($1, 'x', 's{i}{role}@example.org', 1, 0) RETURNING id"
                ),
                &[*school],
            )
            .await;
            staff.push((id, *school, role));
        }
    }
    let (teacher_id, teacher_school, _) = staff[0];
    let teacher_groups = vec![groups[0].0, groups[2].0];
    for g in &teacher_groups {
        exec(
            db,
            "INSERT INTO group_staff (group_id, staff_id) VALUES ($1, $2)",
            &[*g, teacher_id],
        )
        .await;
    }
    // Rounds: one with the teacher's group, one with another group, one in the other school.
    let mut rounds = Vec::new();
    for (school, round_groups) in [
        (schools[0], vec![groups[0].0, groups[1].0]),
        (schools[0], vec![groups[1].0]),
        (schools[1], vec![groups[3].0]),
    ] {
        let round = insert(
            db,
            "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, created_at) \
             VALUES ($1, 'start', 'R', 0, 1, 20, 0) RETURNING id",
            &[school],
        )
        .await;
        for g in &round_groups {
            exec(
                db,
                "INSERT INTO round_groups (round_id, group_id) VALUES ($1, $2)",
                &[round, *g],
            )
            .await;
        }
        rounds.push((round, school, round_groups));
    }
    // Guardians: of a pupil in the teacher's group, of a pupil in another group, of nobody.
    let mut guardians = Vec::new();
    for children in [vec![pupils[0].0], vec![pupils[2].0], vec![]] {
        let guardian = insert(
            db,
            "INSERT INTO guardians (school_id, name, created_at, updated_at) \
             VALUES ($1, 'G', 0, 0) RETURNING id",
            &[schools[0]],
        )
        .await;
        for c in &children {
            exec(
                db,
                "INSERT INTO pupil_guardians (pupil_id, guardian_id) VALUES ($1, $2)",
                &[*c, guardian],
            )
            .await;
        }
        guardians.push((guardian, children));
    }
    World {
        schools,
        groups,
        pupils,
        teacher: person(
            teacher_id,
            teacher_school,
            Roles {
                teacher: true,
                ..Roles::default()
            },
        ),
        director: person(
            staff[1].0,
            staff[1].1,
            Roles {
                director: true,
                ..Roles::default()
            },
        ),
        other_school_director: person(
            staff[3].0,
            staff[3].1,
            Roles {
                director: true,
                ..Roles::default()
            },
        ),
        teacher_groups,
        rounds,
        guardians,
    }
}

async fn ids(db: &Db, mut sql: Sql) -> Vec<i64> {
    let mut ids: Vec<i64> = sql
        .query_scalar::<i64>()
        .fetch_all(db.read())
        .await
        .unwrap();
    ids.sort();
    ids
}

both_backends!(
    visibility_conditions_select_what_the_rules_say,
    |app: TestApp| async move {
        let db = &app.db;
        let w = world(db).await;
        assert_ne!(w.schools[0], w.schools[1]);
        for (me, own) in [
            (&w.teacher, w.teacher_groups.clone()),
            (&w.director, vec![]),
            (&w.other_school_director, vec![]),
        ] {
            let reach = Reach::of(me);

            // Pupils: exactly what the plain rule says, also with a bound value before the rule.
            let mut sql = Sql::new("SELECT p.id FROM pupils p WHERE p.id > ");
            sql.bind(0_i64).push(" AND ");
            reach.pupils(&mut sql, "p");
            let mut expected: Vec<i64> = w
                .pupils
                .iter()
                .filter(|(_, school, group)| may_see_pupil(me, *school, *group, &own))
                .map(|(id, _, _)| *id)
                .collect();
            expected.sort();
            assert!(!expected.is_empty());
            assert_eq!(ids(db, sql).await, expected, "pupils for {me:?}");

            // Groups.
            let mut sql = Sql::new("SELECT g.id FROM groups g WHERE ");
            reach.groups(&mut sql, "g");
            let mut expected: Vec<i64> = w
                .groups
                .iter()
                .filter(|(id, school)| {
                    *school == me.school_id && (reach.whole_school || own.contains(id))
                })
                .map(|(id, _)| *id)
                .collect();
            expected.sort();
            assert_eq!(ids(db, sql).await, expected, "groups for {me:?}");

            // Rounds: a teacher sees a round that includes one of their groups.
            let mut sql = Sql::new("SELECT r.id FROM rounds r WHERE ");
            reach.rounds(&mut sql, "r");
            let mut expected: Vec<i64> = w
                .rounds
                .iter()
                .filter(|(_, school, groups)| {
                    *school == me.school_id
                        && (reach.whole_school || groups.iter().any(|g| own.contains(g)))
                })
                .map(|(id, _, _)| *id)
                .collect();
            expected.sort();
            assert_eq!(ids(db, sql).await, expected, "rounds for {me:?}");

            // Guardians: visible with one of their children.
            let mut sql = Sql::new("SELECT gd.id FROM guardians gd WHERE ");
            reach.guardians(&mut sql, "gd");
            let mut expected: Vec<i64> = w
                .guardians
                .iter()
                .filter(|(_, children)| {
                    children.iter().any(|c| {
                        w.pupils.iter().any(|(id, school, group)| {
                            id == c && may_see_pupil(me, *school, *group, &own)
                        })
                    })
                })
                .map(|(id, _)| *id)
                .collect();
            expected.sort();
            assert_eq!(ids(db, sql).await, expected, "guardians for {me:?}");

            // One's own groups (the start page), whatever the role.
            let mut sql = Sql::new("SELECT g.id FROM groups g WHERE ");
            reach.own_groups(&mut sql, "g");
            let mut expected: Vec<i64> = w
                .groups
                .iter()
                .filter(|(id, school)| *school == me.school_id && own.contains(id))
                .map(|(id, _)| *id)
                .collect();
            expected.sort();
            assert_eq!(ids(db, sql).await, expected, "own groups for {me:?}");

            // A teacher's own pupils (the start page), whatever the role.
            let mut sql = Sql::new("SELECT p.id FROM pupils p WHERE ");
            reach.own_pupils(&mut sql, "p");
            let mut expected: Vec<i64> = w
                .pupils
                .iter()
                .filter(|(_, school, group)| {
                    *school == me.school_id && group.is_some_and(|g| own.contains(&g))
                })
                .map(|(id, _, _)| *id)
                .collect();
            expected.sort();
            assert_eq!(ids(db, sql).await, expected, "own pupils for {me:?}");
        }
        // The teacher really is limited: the rule is not trivially "everything".
        let mut sql = Sql::new("SELECT p.id FROM pupils p WHERE ");
        Reach::of(&w.teacher).pupils(&mut sql, "p");
        assert_eq!(ids(db, sql).await.len(), 4);
    }
);
