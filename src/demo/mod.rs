//! `driehoek demo`: fills the database with a realistic demo school to explore.
//!
//! `data` generates the school (pure, deterministic by its seed), `store` writes it, `history`
//! gives it a complete previous school year and this year under way (only for `driehoek demo`:
//! the load test's big schools stay lean), and `round` adds this year's round of progress
//! conversations next week with invitations and bookings through the features' own functions.

mod buddies;
pub mod data;
mod gatherings;
mod history;
mod messages;
mod newcomers;
mod pupilprep;
pub mod round;
mod store;

use crate::auth::{passwords, Roles};
use crate::db::{now, Db, Tx};
use crate::staff::{self, NewStaff};

/// Every demo account signs in with this password. Only for exploring: never use the demo
/// database for a real school.
pub const DEMO_PASSWORD: &str = "demo-driehoek";
pub const DEMO_SEED: u64 = 1;

/// Fills an empty database (or reports the accounts when the demo is already there).
pub async fn fill(db: &Db, base_url: &str) -> anyhow::Result<String> {
    let school = data::demo_school(DEMO_SEED);
    if store::school_count(db).await? > 0 {
        anyhow::ensure!(
            store::schools_named(db, &school.name).await? > 0,
            "this database already holds a school; run the demo on its own database, e.g. DATABASE_URL=sqlite://data/demo.db"
        );
        let mut report = accounts_report(&school, false);
        if let Some(round) = store::latest_round(db).await? {
            report.push_str(&parent_report(db, round, base_url).await?);
        }
        return Ok(report);
    }
    let school_id = insert_school(db, &school).await?;
    history::add(db, &school, school_id, DEMO_SEED).await?;
    newcomers::add(db, &school, school_id).await?;
    messages::add(db, &school, school_id).await?;
    gatherings::add(db, school_id, base_url).await?;
    let round = round::create(db, school_id, base_url).await?;
    pupilprep::add(db, school_id, round, base_url).await?;
    buddies::add(db, school_id, base_url).await?;
    store::analyze(db).await?;
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
    let school_id = store::insert_school(&mut tx, school, at).await?;
    let year_id =
        crate::school::create_school_year(&mut tx, school_id, school.school_year, true).await?;
    let staff_ids = insert_staff(&mut tx, school_id, &school.staff, &hash).await?;
    let group_ids =
        store::insert_groups(&mut tx, school_id, year_id, &school.groups, &staff_ids, at).await?;
    for family in &school.families {
        store::insert_family(&mut tx, school_id, family, &group_ids, at).await?;
    }
    tx.commit().await?;
    Ok(school_id)
}

/// The staff through the staff feature, all with the demo password; returns their ids by index.
async fn insert_staff(
    tx: &mut Tx,
    school_id: i64,
    staff: &[data::DemoStaff],
    hash: &str,
) -> Result<Vec<i64>, sqlx::Error> {
    let mut staff_ids = Vec::with_capacity(staff.len());
    for s in staff {
        let roles = Roles {
            teacher: s.teacher,
            care_coordinator: s.care_coordinator,
            director: s.director,
            administrator: s.administrator,
        };
        let id = staff::insert(
            tx,
            school_id,
            &NewStaff {
                name: s.name.clone(),
                email: s.email.clone(),
                roles,
            },
        )
        .await?;
        staff::set_password_hash(tx, id, hash).await?;
        staff_ids.push(id);
    }
    Ok(staff_ids)
}

/// The first teacher of the first group from groep 5 on.
fn teacher_with_history(school: &data::DemoSchool) -> Option<&data::DemoStaff> {
    let group = school.groups.iter().find(|g| g.grade >= 5)?;
    group.teacher_indexes.first().map(|&t| &school.staff[t])
}

/// How to open the demo: the address, and the command that starts the app on this database
/// (unless it starts right away, with `--serve`).
pub fn how_to_start(database_url: &str, base_url: &str, starting_now: bool) -> String {
    if starting_now {
        format!("Starting the app: open {base_url}/ in a browser (Ctrl+C stops it).")
    } else {
        format!(
            "To start the app on this database:\n  DATABASE_URL={database_url} cargo run --release -- serve\n\
             then open {base_url}/ in a browser."
        )
    }
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
        // A teacher of a middle group: last year's history and this year's plans both show.
        (
            "teacher",
            teacher_with_history(school).or_else(|| pick(&|s| s.teacher)),
        ),
    ];
    for (role, s) in rows {
        if let Some(s) = s {
            let group = school
                .groups
                .iter()
                .find(|g| {
                    g.teacher_indexes
                        .iter()
                        .any(|&t| school.staff[t].email == s.email)
                })
                .map(|g| format!(", groep {}", g.name))
                .unwrap_or_default();
            out.push_str(&format!("  {role:<17} {}  ({}{group})\n", s.email, s.name));
        }
    }
    let (start, end) = school.school_year;
    let (before, _) = history::PREVIOUS_YEAR;
    out.push_str(&format!(
        "\nThe school is in its second year with Driehoek: {before}-{start} is complete (conversations, \
         plans, agreements, leavers, exit conversations, a group session, the action plan, follow-up \
         answers); in {start}-{end} the start round took place and the progress conversations are next week.\n"
    ));
    out
}
