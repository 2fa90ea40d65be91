//! The teacher's start page leads with the week (issue 10, items 5 and 9): in the first week
//! of the school year it asks for the startgesprekken (pre-filled for one's groups) and names
//! who has not been reached; once a round runs it shows the week's booked conversations and the
//! round's progress; overdue agreements are listed; another group's pupils never appear. The
//! administrator's menu is short, and every admin tool is one click away on the Beheer page.

use crate::both_backends;
use crate::common::scenario::{self, School};
use crate::common::TestApp;

async fn scalar_i64(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// Moves this app's clock to 10:00 on the day after the current year's first school day.
async fn move_to_first_week(app: &TestApp) {
    let first: String =
        sqlx::query_scalar("SELECT first_school_day FROM school_years WHERE is_current = 1")
            .fetch_one(app.db.read())
            .await
            .unwrap();
    let day = driehoek::timefmt::parse_iso(&first)
        .expect("an ISO first school day")
        .saturating_add(time::Duration::days(1));
    let at = driehoek::timefmt::from_amsterdam(day, time::Time::from_hms(10, 0, 0).unwrap());
    app.state.clock.set(at);
}

fn back_to_today(app: &TestApp) {
    app.state
        .clock
        .set(time::OffsetDateTime::now_utc().unix_timestamp());
}

/// The part of a page inside the main menu.
fn main_nav(body: &str) -> String {
    body.split("<nav class=\"main-nav\"")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .expect("a main menu")
        .to_string()
}

/// The "this week" section of the start page.
fn this_week(body: &str) -> String {
    body.split("aria-labelledby=\"this-week\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_default()
        .to_string()
}

async fn add_agreement(app: &TestApp, pupil: i64, topic: &str, review_on: &str) {
    sqlx::query(
        "INSERT INTO agreements (school_id, pupil_id, topic, review_on, status, created_by, created_at, updated_at) \
         SELECT p.school_id, p.id, $1, $2, 'open', (SELECT MIN(id) FROM staff), 0, 0 FROM pupils p WHERE p.id = $3",
    )
    .bind(topic)
    .bind(review_on)
    .bind(pupil)
    .execute(app.db.write())
    .await
    .unwrap();
}

both_backends!(
    the_teachers_week_and_the_start_of_the_year,
    |app: TestApp| async move {
        let mut s: School = scenario::school(&app).await;
        let g5 = scalar_i64(&app, "SELECT id FROM groups WHERE name = '5A'").await;
        let g7 = scalar_i64(&app, "SELECT id FROM groups WHERE name = '7B'").await;

        // First week of the year, no round yet: the call to plan, pre-filled for Tom's group.
        move_to_first_week(&app).await;
        let page = s.tom.get("/").await;
        assert_eq!(page.status, 200);
        let week = this_week(&page.body);
        assert!(week.contains("Plan de startgesprekken"), "{week}");
        let plan = format!("/rounds/new?kind=start&amp;groups={g5}\"");
        assert!(week.contains(&plan), "pre-filled link for 5A only: {week}");
        assert!(week.contains("Nog niet bereikt: 2 leerlingen"), "{week}");
        assert!(week.contains("Sem Bakker") && week.contains("Finn Vries"));
        assert!(
            !page.body.contains("Lotte"),
            "another group's pupil on Tom's page"
        );
        // The form takes the pre-fill: kind start, 5A ticked; a group Tom may not use is ignored.
        let form = s
            .tom
            .get(&format!("/rounds/new?kind=start&groups={g5},{g7}"))
            .await;
        assert_eq!(form.status, 200);
        assert!(form
            .body
            .contains(&format!("name=\"group\" value=\"{g5}\" checked")));
        assert!(!form.body.contains(&format!("value=\"{g7}\"")));
        assert!(form.body.contains("<option value=\"start\" selected"));
        // Tess sees her own call, not Tom's pupils.
        let tess_home = s.tess.get("/").await;
        assert!(tess_home.body.contains("Plan de startgesprekken"));
        assert!(tess_home.body.contains("Lotte Bakker"));
        assert!(!tess_home.body.contains("Sem Bakker") && !tess_home.body.contains("Finn Vries"));

        // Later in the year the start page no longer asks for it.
        back_to_today(&app);
        let page = s.tom.get("/").await;
        assert!(!page.body.contains("Plan de startgesprekken"));

        // A round runs (both groups); Tom books Finn's family in.
        let round = scenario::open_round(&mut s).await;
        let families = s.tom.get(&format!("/rounds/{round}/families")).await;
        let slot = families
            .body
            .split(&format!("id=\"slot-{}\"", s.finn))
            .nth(1)
            .and_then(|rest| rest.split("value=\"").nth(1))
            .and_then(|rest| rest.split('"').next())
            .expect("a free slot for Finn")
            .to_string();
        let eva = scalar_i64(
            &app,
            "SELECT id FROM guardians WHERE email = 'eva@example.org'",
        )
        .await;
        s.tom
            .post(
                &format!("/rounds/{round}/pupils/{}/book", s.finn),
                &[("slot", &slot), ("guardian", &eva.to_string())],
            )
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));

        // An overdue agreement for Sem (Tom's) and one for Lotte (Tess's).
        let today = driehoek::timefmt::today();
        let overdue = driehoek::timefmt::iso(today.saturating_sub(time::Duration::days(3)));
        let later = driehoek::timefmt::iso(today.saturating_add(time::Duration::days(40)));
        add_agreement(&app, s.sem, "Leesboek mee naar huis", &overdue).await;
        add_agreement(&app, s.sem, "Zwemdiploma bespreken", &later).await;
        add_agreement(&app, s.lotte, "Rekenen thuis oefenen", &overdue).await;

        let page = s.tom.get("/").await;
        let week = this_week(&page.body);
        assert!(
            week.contains("ouders van Finn Vries"),
            "the booked family: {week}"
        );
        assert!(week.contains(&format!("href=\"/rounds/{round}\"")));
        assert!(week.contains("data-count=\"booked\">1 / 2<"), "{week}");
        assert!(week.contains("data-count=\"invited\">0<"), "{week}");
        assert!(week.contains("data-count=\"not-reached\">1<"), "{week}");
        assert!(page.body.contains("Leesboek mee naar huis"));
        assert!(page.body.contains("te laat"));
        assert!(
            !page.body.contains("Zwemdiploma bespreken"),
            "review beyond two weeks"
        );
        assert!(!page.body.contains("Lotte") && !page.body.contains("Rekenen thuis oefenen"));
        // Tess's week: her group's counts only (no booking in 7B), never Tom's families.
        let tess_home = s.tess.get("/").await;
        let week = this_week(&tess_home.body);
        assert!(week.contains("data-count=\"booked\">0 / 1<"), "{week}");
        assert!(!tess_home.body.contains("Finn") && !tess_home.body.contains("Sem Bakker"));
        assert!(tess_home.body.contains("Rekenen thuis oefenen"));
        assert!(!tess_home.body.contains("Leesboek mee naar huis"));

        // Back in the first week: the round exists, so no call; only Sem is not reached.
        move_to_first_week(&app).await;
        let page = s.tom.get("/").await;
        let week = this_week(&page.body);
        assert!(!week.contains("Plan de startgesprekken"), "{week}");
        assert!(week.contains("Nog niet bereikt: 1 leerling"), "{week}");
        assert!(week.contains("Sem Bakker") && !week.contains("Finn Vries</a></li>"));
    }
);

both_backends!(
    the_administrator_has_a_short_menu_and_a_beheer_page,
    |app: TestApp| async move {
        let mut s: School = scenario::school(&app).await;
        let home = s.admin.get("/").await;
        let nav = main_nav(&home.body);
        assert!(nav.contains("href=\"/beheer\""), "{nav}");
        assert!(nav.matches("<li>").count() <= 8, "a short menu: {nav}");
        let tools = [
            "/school",
            "/staff",
            "/import",
            "/years",
            "/outbox",
            "/audit",
            "/retention",
        ];
        for tool in tools {
            assert!(
                !nav.contains(&format!("href=\"{tool}\"")),
                "{tool} in the menu"
            );
        }
        let beheer = s.admin.get("/beheer").await;
        assert_eq!(beheer.status, 200);
        assert!(main_nav(&beheer.body).contains("href=\"/beheer\" aria-current=\"page\""));
        for tool in tools {
            assert!(
                beheer.body.contains(&format!("href=\"{tool}\"")),
                "{tool} on Beheer"
            );
            let page = s.admin.get(tool).await;
            assert_eq!(page.status, 200, "{tool}");
            assert!(
                main_nav(&page.body).contains("href=\"/beheer\" aria-current=\"true\""),
                "{tool}: the menu says where one is"
            );
        }
        // A teacher's menu has no Beheer, and the page is refused.
        let nav = main_nav(&s.tom.get("/").await.body);
        assert!(!nav.contains("/beheer"));
        assert_eq!(s.tom.get("/beheer").await.status, 403);
    }
);
