//! Newcomers (issue 10, item 4): a pupil who joins during the year gets a first school day of
//! their own; the teacher's start page asks for the startgesprek within three weeks of it, and
//! a startgesprek held in those three weeks counts in coverage even though the year's first
//! weeks are long over — one held later does not. Another group's teacher sees nothing of it.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{Browser, TestApp};
use driehoek::timefmt::{iso, short_date};
use time::{Date, Duration};

/// Moves the app's clock to 10:00 ten weeks after the current year's first school day
/// (mid-year, whatever the real date); that day.
async fn move_to_mid_year(app: &TestApp) -> Date {
    let first: String =
        sqlx::query_scalar("SELECT first_school_day FROM school_years WHERE is_current = 1")
            .fetch_one(app.db.read())
            .await
            .unwrap();
    let day = driehoek::timefmt::parse_iso(&first)
        .unwrap()
        .saturating_add(Duration::weeks(10));
    app.state.clock.set(driehoek::timefmt::from_amsterdam(
        day,
        time::Time::from_hms(10, 0, 0).unwrap(),
    ));
    day
}

async fn texts(app: &TestApp, sql: &str, id: i64) -> (Option<String>, Option<String>) {
    sqlx::query_as(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// The "started in the first weeks" figure of a group's coverage row: "0% (0)" → 0.
fn early_starts(body: &str, group: &str) -> i64 {
    let row = body
        .split("<tr>")
        .find(|r| r.starts_with(&format!("<td>{group}</td>")))
        .unwrap_or_else(|| panic!("row of {group}"));
    let third = row.split("<td class=\"num\">").nth(2).expect("start cell");
    third
        .split('(')
        .nth(1)
        .and_then(|s| s.split(')').next())
        .and_then(|n| n.parse().ok())
        .expect("count in brackets")
}

/// Adds a pupil to the group with a first school day of their own; the new pupil's id.
async fn add_newcomer(
    admin: &mut Browser,
    group: i64,
    nr: &str,
    first: &str,
    arrived: Date,
) -> i64 {
    let done = admin
        .post(
            "/pupils/new",
            &[
                ("external_id", nr),
                ("first_name", first),
                ("last_name", "Haddad"),
                ("group_id", &group.to_string()),
                ("arrived_on", &short_date(arrived)),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    done.location
        .as_deref()
        .unwrap()
        .trim_start_matches("/pupils/")
        .split(['?', '#'])
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The error messages of a refused form, for a failing assertion's message.
fn error_texts(body: &str) -> String {
    body.split("class=\"error-text\"")
        .skip(1)
        .map(|e| e.split("</p>").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" | ")
}

both_backends!(
    a_newcomers_startgesprek_is_due_within_three_weeks_and_counts,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let today = move_to_mid_year(&app).await;
        let g5: i64 = sqlx::query_scalar("SELECT group_id FROM pupils WHERE id = $1")
            .bind(s.sem)
            .fetch_one(app.db.read())
            .await
            .unwrap();

        // Mid-year, a pupil added by hand starts as a newcomer of today.
        let form = s.admin.get("/pupils/new").await;
        form.assert_contains("Eerste schooldag (nieuwkomer)");
        form.assert_contains(&format!("value=\"{}\"", short_date(today)));
        // A first day that cannot be right is refused in the page; nothing is written.
        let pupils = app.count("SELECT COUNT(*) FROM pupils").await;
        let refused = s
            .admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "601"),
                    ("first_name", "Noor"),
                    ("last_name", "Haddad"),
                    ("group_id", &g5.to_string()),
                    ("arrived_on", "31-02-2027"),
                ],
            )
            .await;
        assert_eq!(refused.status, 200);
        refused.assert_contains("f-arrived_on-error");
        assert_eq!(pupils, app.count("SELECT COUNT(*) FROM pupils").await);

        let noor = add_newcomer(&mut s.admin, g5, "601", "Noor", today).await;
        let rami = add_newcomer(
            &mut s.admin,
            g5,
            "602",
            "Rami",
            today.saturating_sub(Duration::days(30)),
        )
        .await;
        assert_eq!(
            texts(
                &app,
                "SELECT arrived_on, start_due_on FROM pupils WHERE id = $1",
                noor
            )
            .await,
            (
                Some(iso(today)),
                Some(iso(today.saturating_add(Duration::days(21))))
            )
        );

        // Tom's start page asks for both startgesprekken; Rami's is overdue.
        let home = s.tom.get("/").await;
        home.assert_contains("2 nieuwkomers zonder startgesprek");
        home.assert_contains(&format!("/pupils/{noor}/records/new?kind=start"));
        let rami_line = home
            .body
            .split("<li>")
            .find(|l| l.contains(&format!("/pupils/{rami}\"")))
            .expect("Rami on the start page");
        assert!(rami_line.contains("te laat"), "{rami_line}");
        // Tess teaches another group: nothing of it on her page.
        let tess_home = s.tess.get("/").await;
        assert!(!tess_home.contains("nieuwkomer"));
        assert!(!tess_home.contains("Noor"));
        // The pupil page says it too.
        s.tom
            .get(&format!("/pupils/{noor}"))
            .await
            .assert_contains("Nieuwkomer sinds");

        // Before any conversation, group 5A counts no start.
        let coverage = s.admin.get("/coverage").await;
        assert_eq!(early_starts(&coverage.body, "5A"), 0);
        // Tom holds both startgesprekken today.
        for pupil in [noor, rami] {
            // A startgesprek is closed with the family's communicatieplan.
            s.tom
                .post(
                    &format!("/pupils/{pupil}/plan"),
                    &[("channel", "phone"), ("reachable", "na schooltijd")],
                )
                .await
                .assert_redirect_to(&format!("/pupils/{pupil}"));
            let saved = s
                .tom
                .post(
                    &format!("/pupils/{pupil}/records/new"),
                    &[
                        ("kind", "start"),
                        ("held_on", &iso(today)),
                        ("form", "school"),
                        ("a-ambition", "Goed landen in de klas"),
                        ("action", "close"),
                    ],
                )
                .await;
            assert_eq!(saved.status, 303, "{}", error_texts(&saved.body));
        }
        // Noor's came within her three weeks and counts; Rami's came too late and does not.
        let coverage = s.admin.get("/coverage").await;
        assert_eq!(early_starts(&coverage.body, "5A"), 1);
        assert!(!s.tom.get("/").await.contains("nieuwkomer"));

        // The edit form keeps the first day.
        s.admin
            .get(&format!("/pupils/{noor}/edit"))
            .await
            .assert_contains(&format!("value=\"{}\"", short_date(today)));
    }
);
