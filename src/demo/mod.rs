//! `driehoek demo`: fills the database with a realistic demo school to explore.

pub mod data;
pub mod round;

use sqlx::Row;

use crate::auth::{passwords, Roles};
use crate::db::{flag, now, Db};
use crate::staff::{self, NewStaff};

/// Every demo account signs in with this password. Only for exploring: never use the demo
/// database for a real school.
pub const DEMO_PASSWORD: &str = "demo-driehoek";
pub const DEMO_SEED: u64 = 1;

/// Fills an empty database (or reports the accounts when the demo is already there).
pub async fn fill(db: &Db, base_url: &str) -> anyhow::Result<String> {
    let school = data::demo_school(DEMO_SEED);
    let (schools,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM schools")
        .fetch_one(db.read())
        .await?;
    if schools > 0 {
        let (same,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM schools WHERE name = $1")
            .bind(&school.name)
            .fetch_one(db.read())
            .await?;
        anyhow::ensure!(
            same > 0,
            "this database already holds a school; run the demo on its own database, e.g. DATABASE_URL=sqlite://data/demo.db"
        );
        let mut report = accounts_report(&school, false);
        let round: Option<(i64,)> = sqlx::query_as("SELECT id FROM rounds ORDER BY id LIMIT 1")
            .fetch_optional(db.read())
            .await?;
        if let Some((round,)) = round {
            report.push_str(&parent_report(db, round, base_url).await?);
        }
        return Ok(report);
    }
    let school_id = insert_school(db, &school).await?;
    let round = round::create(db, school_id, base_url).await?;
    // Fresh planner statistics after the bulk insert (see docs/PERFORMANCE.md).
    sqlx::query("ANALYZE").execute(db.write()).await?;
    let mut report = accounts_report(&school, true);
    report.push_str(&parent_report(db, round, base_url).await?);
    Ok(report)
}

/// Inserts a generated school in one transaction (also used by the load test for big schools).
pub async fn insert_school(db: &Db, school: &data::DemoSchool) -> anyhow::Result<i64> {
    let hash = passwords::hash(DEMO_PASSWORD.to_string()).await?;
    let at = now();
    let mut tx = db.begin().await?;
    crate::school::mark_set_up(&mut tx).await?;
    let school_id: i64 = sqlx::query(
        "INSERT INTO schools (name, brin, city, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(&school.name)
    .bind(&school.brin)
    .bind(&school.city)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    let year_id =
        crate::school::create_school_year(&mut tx, school_id, school.school_year, true).await?;
    let mut staff_ids = Vec::with_capacity(school.staff.len());
    for s in &school.staff {
        let roles = Roles {
            teacher: s.teacher,
            care_coordinator: s.care_coordinator,
            director: s.director,
            administrator: s.administrator,
        };
        let id = staff::insert(
            &mut tx,
            school_id,
            &NewStaff {
                name: s.name.clone(),
                email: s.email.clone(),
                roles,
            },
        )
        .await?;
        staff::set_password_hash(&mut tx, id, &hash).await?;
        staff_ids.push(id);
    }
    let mut group_ids = Vec::with_capacity(school.groups.len());
    for g in &school.groups {
        let id: i64 = sqlx::query(
            "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
             VALUES ($1, $2, $3, $4, 'po', $5) RETURNING id",
        )
        .bind(school_id)
        .bind(year_id)
        .bind(&g.name)
        .bind(g.grade)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        for t in &g.teacher_indexes {
            sqlx::query("INSERT INTO group_staff (group_id, staff_id) VALUES ($1, $2)")
                .bind(id)
                .bind(staff_ids[*t])
                .execute(&mut *tx)
                .await?;
        }
        group_ids.push(id);
    }
    for family in &school.families {
        let mut guardian_ids = Vec::with_capacity(family.guardians.len());
        for g in &family.guardians {
            let id: i64 = sqlx::query(
                "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(school_id)
            .bind(g.full_name())
            .bind(&g.email)
            .bind(g.phone.clone().unwrap_or_default())
            .bind(g.language)
            .bind(flag(g.interpreter_needed))
            .bind(at)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            guardian_ids.push(id);
        }
        for p in &family.children {
            let pupil_id: i64 = sqlx::query(
                "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, initials, date_of_birth, \
                 gender, group_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            )
            .bind(school_id)
            .bind(&p.external_id)
            .bind(&p.first_name)
            .bind(&p.name_prefix)
            .bind(&p.last_name)
            .bind(&p.initials)
            .bind(crate::timefmt::iso(p.date_of_birth))
            .bind(p.gender)
            .bind(group_ids[p.group_index])
            .bind(at)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            for (g, gid) in family.guardians.iter().zip(&guardian_ids) {
                sqlx::query(
                    "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(pupil_id)
                .bind(gid)
                .bind(g.relationship)
                .bind(flag(g.parental_authority))
                .bind(flag(g.own_household))
                .bind(flag(g.receives_invitations))
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(school_id)
}

async fn parent_report(db: &Db, round: i64, base_url: &str) -> anyhow::Result<String> {
    Ok(match round::parent_link(db, round, base_url).await? {
        Some(link) => {
            format!("\nA parent's personal booking link (parents have no password):\n  {link}\n")
        }
        None => String::new(),
    })
}

fn accounts_report(school: &data::DemoSchool, created: bool) -> String {
    let mut out = String::new();
    out.push_str(if created {
        "Demo school created: "
    } else {
        "Demo school already present: "
    });
    out.push_str(&format!(
        "{} ({}), {} pupils in {} groups.\n\nSign in with password '{DEMO_PASSWORD}' as:\n",
        school.name,
        school.city,
        school.pupil_count(),
        school.groups.len()
    ));
    let pick = |f: &dyn Fn(&data::DemoStaff) -> bool| school.staff.iter().find(|s| f(s));
    let rows: [(&str, Option<&data::DemoStaff>); 4] = [
        ("administrator", pick(&|s| s.administrator)),
        ("director", pick(&|s| s.director)),
        ("care coordinator", pick(&|s| s.care_coordinator)),
        ("teacher", pick(&|s| s.teacher)),
    ];
    for (role, s) in rows {
        if let Some(s) = s {
            out.push_str(&format!("  {role:<17} {}  ({})\n", s.email, s.name));
        }
    }
    out
}
