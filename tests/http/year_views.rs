//! The years seen from the overviews (issue 10): a round of startgesprekken for a coming group
//! reaches the families placed in it before the switch; the exit overview and the coverage
//! figures are per school year, with a year selector that stays inside one's own school.

use crate::both_backends;
use crate::common::{id_from_location, link_in, Browser, TestApp};

async fn make_group(admin: &mut Browser, name: &str) -> i64 {
    admin.get("/groups/new").await;
    let page = admin
        .post("/groups/new", &[("name", name), ("school_type", "po")])
        .await;
    id_from_location(&page.location.expect("group made"))
}

async fn make_pupil(admin: &mut Browser, nr: &str, first: &str, group: i64) -> i64 {
    let group = group.to_string();
    let page = admin
        .post(
            "/pupils/new",
            &[
                ("external_id", nr),
                ("first_name", first),
                ("last_name", "Jaarsma"),
                ("date_of_birth", "14-03-2015"),
                ("group_id", &group),
            ],
        )
        .await;
    id_from_location(&page.location.expect("pupil made"))
}

async fn add_guardian(admin: &mut Browser, pupil: i64, name: &str, email: &str) {
    let path = format!("/pupils/{pupil}/guardians/new");
    admin.get(&path).await;
    admin
        .post(
            &path,
            &[
                ("name", name),
                ("email", email),
                ("relationship", "mother"),
                ("parental_authority", "on"),
                ("receives_invitations", "on"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{pupil}"));
}

async fn id_of(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// The value of a date field of the new-year form.
fn date_field(body: &str, name: &str) -> String {
    body.split(&format!("name=\"{name}\" type=\"date\" value=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string()
}

/// The administrator creates the next school year (the dates the page proposes); its id.
pub async fn create_next_year(admin: &mut Browser, name: &str) -> i64 {
    let page = admin.get("/years").await;
    let starts = date_field(&page.body, "year_starts_on");
    let first = date_field(&page.body, "year_first_day");
    let ends = date_field(&page.body, "year_ends_on");
    let made = admin
        .post(
            "/years",
            &[
                ("year_name", name),
                ("year_starts_on", &starts),
                ("year_first_day", &first),
                ("year_ends_on", &ends),
            ],
        )
        .await;
    made.assert_redirect_to("/years/");
    made.location
        .unwrap()
        .split('/')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap()
}

both_backends!(
    a_round_for_a_coming_group_reaches_its_families_before_the_switch,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        let ada = make_pupil(&mut admin, "801", "Ada", five).await;
        let bram = make_pupil(&mut admin, "802", "Bram", five).await;
        add_guardian(&mut admin, ada, "Linda Jaarsma", "linda@example.org").await;
        add_guardian(&mut admin, bram, "Eva Jaarsma", "eva@example.org").await;
        let mut tess = app
            .staff_member(
                &mut admin,
                "Tess Veld",
                "tess@example.org",
                &["teacher"],
                &[],
            )
            .await;
        let tess_id = id_of(
            &app,
            "SELECT id FROM staff WHERE email = 'tess@example.org' AND $1 = $1",
            0,
        )
        .await;
        let year_two = create_next_year(&mut admin, "2027-2028").await;
        // Ada moves up to 6 (Tess); Bram stays behind in a 5 of next year without Tess.
        let fields = [
            ("rows", "2".to_string()),
            ("name_0", "6".into()),
            ("grade_0", "6".into()),
            ("type_0", "po".into()),
            ("create_0", "on".into()),
            ("staff_0", tess_id.to_string()),
            ("name_1", "5".into()),
            ("grade_1", "5".into()),
            ("type_1", "po".into()),
            ("create_1", "on".into()),
            (leak(format!("pupil_{ada}")), "0".into()),
            (leak(format!("pupil_{bram}")), "1".into()),
        ];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        admin
            .post(&format!("/years/{year_two}/prepare"), &fields)
            .await
            .assert_redirect_to(&format!("/years/{year_two}/prepare"));
        let six = id_of(
            &app,
            "SELECT id FROM groups WHERE name = '6' AND school_year_id = $1",
            year_two,
        )
        .await;
        assert_eq!(
            id_of(&app, "SELECT group_id FROM pupils WHERE id = $1", ada).await,
            five,
            "before the switch Ada is still in groep 5"
        );

        // Tess opens the startgesprekken of her coming group.
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        let closes = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_add(time::Duration::days(14)),
        );
        let six_s = six.to_string();
        tess.get("/rounds/new").await;
        let made = tess
            .post(
                "/rounds/new",
                &[
                    ("kind", "start"),
                    ("title", "Startgesprekken groep 6"),
                    ("opens_date", &today),
                    ("opens_time", "00:00"),
                    ("closes_date", &closes),
                    ("closes_time", "20:00"),
                    ("slot_minutes", "20"),
                    ("gap_minutes", "0"),
                    ("form", "school"),
                    ("location", "lokaal 6"),
                    ("attendees", ""),
                    ("pupil_expected", "on"),
                    ("invitation_text", ""),
                    ("reminder_hours", "24"),
                    ("group", &six_s),
                ],
            )
            .await;
        made.assert_redirect_to("/rounds/");
        let round = id_from_location(&made.location.unwrap());
        let day = crate::common::scenario::conversation_day();
        tess.get(&format!("/rounds/{round}")).await;
        tess.post(
            &format!("/rounds/{round}/availability"),
            &[("day", &day), ("starts", "19:00"), ("ends", "20:00")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}"));
        // The round has one family: Ada's, placed in 6; not Bram's.
        tess.get(&format!("/rounds/{round}"))
            .await
            .assert_contains("0 van 1 leerlingen ingepland");
        let families = tess.get(&format!("/rounds/{round}/families")).await;
        families.assert_contains("Ada");
        assert!(!families.contains("Bram"), "Bram is not in the coming 6");

        tess.post(&format!("/rounds/{round}/invite"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        let (_, text) = app
            .last_mail_to("linda@example.org")
            .await
            .expect("Ada's mother is invited");
        assert!(
            app.last_mail_to("eva@example.org").await.is_none(),
            "Bram's mother is not invited"
        );
        let link = link_in(&text).expect("a link in the invitation");
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        let mut linda = app.browser();
        let page = linda.get(&path).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Ada");
        let slot = page
            .body
            .split(&format!("id=\"child-{ada}\""))
            .nth(1)
            .and_then(|s| s.split("name=\"slot\" value=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .expect("a free time of Tess for Ada")
            .to_string();
        linda
            .post(
                &format!("{path}/book"),
                &[("pupil", &ada.to_string()), ("slot", &slot), ("key", "k1")],
            )
            .await
            .assert_redirect_to(&format!("{path}?flash=booked"));
        assert_eq!(
            id_of(
                &app,
                "SELECT COUNT(*) FROM bookings WHERE status = 'active' AND pupil_id = $1",
                ada
            )
            .await,
            1
        );
    }
);

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}
