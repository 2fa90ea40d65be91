//! A shared scenario for the conversation-round tests (HTTP and browser): a school with two
//! groups and teachers, siblings with separated parents, and an open round with times.

use super::{id_from_location, Browser, TestApp};

pub struct School {
    pub admin: Browser,
    pub tom: Browser,
    pub tess: Browser,
    pub sem: i64,
    pub lotte: i64,
    pub finn: i64,
}

async fn add_pupil(
    admin: &mut Browser,
    nr: &str,
    first: &str,
    last: &str,
    dob: &str,
    group: i64,
) -> i64 {
    let group = group.to_string();
    let page = admin
        .post(
            "/pupils/new",
            &[
                ("external_id", nr),
                ("first_name", first),
                ("last_name", last),
                ("date_of_birth", dob),
                ("group_id", &group),
            ],
        )
        .await;
    id_from_location(&page.location.expect("pupil created"))
}

/// Two groups with their teachers; Sem (5A) and Lotte (7B) are siblings whose parents live
/// apart (both with authority); Finn (5A) is from another family.
pub async fn school(app: &TestApp) -> School {
    let mut admin = app.admin().await;
    admin.get("/groups/new").await;
    let g5 = id_from_location(
        &admin
            .post("/groups/new", &[("name", "5A"), ("school_type", "po")])
            .await
            .location
            .unwrap(),
    );
    let g7 = id_from_location(
        &admin
            .post("/groups/new", &[("name", "7B"), ("school_type", "po")])
            .await
            .location
            .unwrap(),
    );
    let sem = add_pupil(&mut admin, "501", "Sem", "Bakker", "14-03-2017", g5).await;
    let lotte = add_pupil(&mut admin, "502", "Lotte", "Bakker", "02-11-2014", g7).await;
    let finn = add_pupil(&mut admin, "503", "Finn", "Vries", "05-01-2017", g5).await;
    let guardian =
        |pid: i64, name: &'static str, email: &'static str, own: bool| (pid, name, email, own);
    for (pid, name, email, own) in [
        guardian(sem, "Linda Bakker", "linda@example.org", false),
        guardian(lotte, "Linda Bakker", "linda@example.org", false),
        guardian(sem, "Rob Bakker", "rob@example.org", true),
        guardian(lotte, "Rob Bakker", "rob@example.org", true),
        guardian(finn, "Eva de Vries", "eva@example.org", false),
    ] {
        let path = format!("/pupils/{pid}/guardians/new");
        let mut fields = vec![
            ("name", name),
            ("email", email),
            ("relationship", "mother"),
            ("parental_authority", "on"),
            ("receives_invitations", "on"),
        ];
        if own {
            fields.push(("own_household", "on"));
        }
        admin.get(&path).await;
        admin
            .post(&path, &fields)
            .await
            .assert_redirect_to(&format!("/pupils/{pid}"));
    }
    let tom = app
        .staff_member(
            &mut admin,
            "Tom Tuin",
            "tom@example.org",
            &["teacher"],
            &[g5],
        )
        .await;
    let tess = app
        .staff_member(
            &mut admin,
            "Tess Veld",
            "tess@example.org",
            &["teacher"],
            &[g7],
        )
        .await;
    School {
        admin,
        tom,
        tess,
        sem,
        lotte,
        finn,
    }
}

/// The day after tomorrow, as the date field expects it.
pub fn conversation_day() -> String {
    let d = driehoek::timefmt::today().saturating_add(time::Duration::days(2));
    driehoek::timefmt::iso(d)
}

/// Tom opens a start round for both groups; Tom gives 19:00–20:00, Tess 19:20–20:20 (20-minute
/// slots, no gap). Returns the round id.
pub async fn open_round(s: &mut School) -> i64 {
    let today = driehoek::timefmt::iso(driehoek::timefmt::today());
    let closes =
        driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(14)));
    // Tom teaches 5A only; the administrator (whole school) opens the round for both groups.
    let page = s.admin.get("/rounds/new").await;
    page.assert_contains("Nieuwe gespreksronde");
    let ids: Vec<String> = page
        .body
        .split("name=\"group\" value=\"")
        .skip(1)
        .map(|p| p.split('"').next().unwrap().to_string())
        .collect();
    let mut fields: Vec<(&str, &str)> = vec![
        ("kind", "start"),
        ("title", "Startgesprekken"),
        ("opens_date", &today),
        ("opens_time", "00:00"),
        ("closes_date", &closes),
        ("closes_time", "20:00"),
        ("slot_minutes", "20"),
        ("gap_minutes", "0"),
        ("form", "school"),
        ("location", "lokaal 12"),
        ("attendees", ""),
        ("pupil_expected", "on"),
        ("invitation_text", ""),
        ("reminder_hours", "24"),
    ];
    for id in &ids {
        fields.push(("group", id));
    }
    let page = s.admin.post("/rounds/new", &fields).await;
    page.assert_redirect_to("/rounds/");
    let round = id_from_location(&page.location.unwrap());
    let day = conversation_day();
    s.tom
        .get(&format!("/rounds/{round}"))
        .await
        .assert_contains("Startgesprekken");
    s.tom
        .post(
            &format!("/rounds/{round}/availability"),
            &[("day", &day), ("starts", "19:00"), ("ends", "20:00")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}"));
    s.tess.get(&format!("/rounds/{round}")).await;
    s.tess
        .post(
            &format!("/rounds/{round}/availability"),
            &[("day", &day), ("starts", "19:20"), ("ends", "20:20")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}"));
    round
}
