//! The demo's gatherings: this year's class reception of the youngest group (held, with
//! answers — one asking for an Arabic interpreter — and who came), an information evening for
//! groep 8 on the step to secondary school (invited, answers coming in), and the startgesprek
//! wishes for an information evening, so the gatherings page has something to count.
//! (Last year's exit session is made with the leavers, in `history::exit`.)

use time::{Duration, Time};

use crate::auth::access::Reach;
use crate::auth::{Roles, StaffUser};
use crate::db::{Db, Tx};
use crate::gatherings::{self, Answer, NewGathering};
use crate::timefmt;

/// A current group with its first teacher.
#[derive(sqlx::FromRow)]
struct GroupRow {
    id: i64,
    name: String,
    grade: Option<i64>,
    teacher: i64,
}

pub async fn add(db: &Db, school_id: i64, base_url: &str) -> anyhow::Result<()> {
    let groups: Vec<GroupRow> = sqlx::query_as(
        "SELECT g.id, g.name, g.grade, MIN(gs.staff_id) AS teacher FROM groups g JOIN school_years y ON y.id = g.school_year_id \
         JOIN group_staff gs ON gs.group_id = g.id WHERE g.school_id = $1 AND y.is_current = 1 AND g.archived_at IS NULL \
         GROUP BY g.id, g.name, g.grade ORDER BY g.grade, g.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let Some(youngest) = groups.first() else {
        return Ok(());
    };
    let reach = Reach::whole_school_of(school_id);

    // The class reception, in the second week of the year.
    let day = crate::demo::data::FIRST_SCHOOL_DAY.saturating_add(Duration::days(8));
    let reception = plan(
        db,
        school_id,
        youngest.teacher,
        NewGathering {
            kind: "reception",
            audience: "groups",
            grade: None,
            title: format!("Kennismaking in groep {}", youngest.name),
            starts_at: timefmt::from_amsterdam(day, Time::from_hms(8, 30, 0)?),
            minutes: 45,
            place: format!("Lokaal van groep {}", youngest.name),
            capacity: None,
            groups: vec![youngest.id],
        },
    )
    .await?;
    let g = gatherings::gathering(db, &reach, reception)
        .await?
        .ok_or_else(|| anyhow::anyhow!("reception just made"))?;
    let teacher = staff_user(school_id, youngest.teacher);
    let tokens = gatherings::invite_families(db, base_url, &teacher, &g).await?;
    let mut came = Vec::new();
    for (n, token) in tokens.iter().enumerate() {
        let answer = match n % 6 {
            0 => Answer::read("yes", "2", true, "ar", true, false),
            1 | 3 => Answer::read("yes", "1", false, "", false, false),
            2 => Answer::read("yes", "2", false, "", n % 4 == 2, false),
            4 => Answer::read("no", "", false, "", false, false),
            _ => continue,
        };
        if let Some(invite) = gatherings::invite_by_token(db, token).await? {
            gatherings::answer_invite(db, &invite, &answer).await?;
            if answer.answer == "yes" && n % 7 != 3 {
                came.push(invite.invite_id);
            }
        }
    }
    gatherings::set_attendance(db, &teacher, reception, &came).await?;

    // The information evening for groep 8, three weeks from today.
    if let Some(eight) = groups.iter().rev().find(|g| g.grade == Some(8)) {
        let day = timefmt::today().saturating_add(Duration::days(21));
        let evening = plan(
            db,
            school_id,
            eight.teacher,
            NewGathering {
                kind: "info",
                audience: "grade",
                grade: Some(8),
                title: "Informatieavond: de overstap naar de middelbare school".into(),
                starts_at: timefmt::from_amsterdam(day, Time::from_hms(19, 30, 0)?),
                minutes: 90,
                place: "De aula".into(),
                capacity: Some(90),
                groups: Vec::new(),
            },
        )
        .await?;
        let g = gatherings::gathering(db, &reach, evening)
            .await?
            .ok_or_else(|| anyhow::anyhow!("evening just made"))?;
        // A grade's evening is invited by the director (one who sees the whole school).
        let director = StaffUser {
            roles: Roles {
                director: true,
                ..Roles::default()
            },
            ..staff_user(school_id, eight.teacher)
        };
        let tokens = gatherings::invite_families(db, base_url, &director, &g).await?;
        for (n, token) in tokens.iter().enumerate().filter(|(n, _)| n % 3 != 2) {
            let answer = match n % 5 {
                0 => Answer::read("yes", "2", false, "", false, false),
                1 => Answer::read("maybe", "1", false, "", true, false),
                3 => Answer::read("yes", "1", true, "tr", false, false),
                _ => Answer::read("no", "", false, "", false, false),
            };
            if let Some(invite) = gatherings::invite_by_token(db, token).await? {
                gatherings::answer_invite(db, &invite, &answer).await?;
            }
        }
    }

    // What families said in this year's startgesprekken about an information evening.
    let records: Vec<(i64,)> = sqlx::query_as(
        "SELECT id FROM records WHERE school_id = $1 AND kind = 'start' \
         AND held_on >= (SELECT starts_on FROM school_years WHERE school_id = $1 AND is_current = 1) ORDER BY id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut tx: Tx = db.begin().await?;
    for (n, (id,)) in records.iter().enumerate() {
        let choice = ["yes", "maybe", "no", "yes", ""][n % 5];
        gatherings::set_info_evening(&mut tx, *id, choice).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn plan(db: &Db, school_id: i64, by: i64, g: NewGathering) -> anyhow::Result<i64> {
    let mut tx = db.begin().await?;
    let id = gatherings::insert(&mut tx, school_id, Some(by), &g).await?;
    tx.commit().await?;
    Ok(id)
}

/// The teacher who keeps the attendance list (the audit line names them).
fn staff_user(school_id: i64, id: i64) -> StaffUser {
    StaffUser {
        id,
        school_id,
        name: String::new(),
        email: String::new(),
        roles: Roles {
            teacher: true,
            ..Roles::default()
        },
        board: false,
    }
}
