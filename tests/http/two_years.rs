//! A school through two years (issue 10, "Done when"), all through the pages: set-up and a CSV
//! import; in year one a round of startgesprekken with bookings, a plan, a start record with an
//! agreement, a leaver with destination and an exit conversation; year two prepared by
//! promotion and a CSV re-import, with a hand-over note; the switch on the first school day (the
//! app's clock moved); then the new teacher's hand-over, year one's pages (coverage, exit, its
//! round, the year page) with the right numbers, year one's rows unchanged, and coverage and the
//! exit comparison per year.

use crate::both_backends;
use crate::common::{id_from_location, link_in, Browser, Page, TestApp, ADMIN_EMAIL, PASSWORD};
use crate::years_support::{date_field, leak, scalar};

const IMPORT: &str = "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Naam ouder/verzorger 1;E-mailadres ouder/verzorger 1\n\
    701;Jaarsma;;Sem;14-03-2017;5;Linda Jaarsma;linda@example.org\n\
    702;Vermeer;;Finn;05-01-2017;5;Eva Vermeer;eva@example.org\n\
    703;Bakker;;Lotte;02-11-2014;8;Rob Bakker;rob@example.org\n";

const NOTE: &str = "Sem leest graag voor; moeder belt liever dan dat ze mailt.";

/// Uploads a file to the coming year's import, as the preparation page's form does.
async fn upload_next_year(who: &mut Browser, year: i64, csv: &str) -> String {
    let part = reqwest::multipart::Part::bytes(csv.as_bytes().to_vec())
        .file_name("indeling.csv")
        .mime_str("text/csv")
        .unwrap();
    let r = who
        .client
        .post(format!(
            "{}/years/{year}/import?_csrf={}",
            who.base, who.csrf
        ))
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a preview")
        .to_string()
}

/// Year one's rows by table: (table, number of rows, checksum of their text columns).
async fn year_one_rows(app: &TestApp, year: i64, round: i64) -> Vec<(&'static str, usize, u64)> {
    let in_year = "JOIN school_years y ON y.id = $1 WHERE r.held_on >= y.starts_on AND r.held_on <= y.ends_on";
    let queries = [
        ("records", format!("SELECT CAST(r.id AS TEXT) || '|' || r.kind || '|' || r.held_on || '|' || r.answers || '|' || r.status || '|' || CAST(r.shared AS TEXT) FROM records r {in_year} ORDER BY r.id")),
        ("exit answers", format!("SELECT CAST(r.id AS TEXT) || '|' || r.answers FROM records r {in_year} AND r.kind = 'exit' ORDER BY r.id")),
        ("agreements", format!("SELECT CAST(a.id AS TEXT) || '|' || a.topic || '|' || a.pupil_part || '|' || a.parents_part || '|' || a.school_part || '|' || COALESCE(a.review_on, '') || '|' || a.status FROM agreements a JOIN records r ON r.id = a.record_id {in_year} ORDER BY a.id")),
        ("plans", "SELECT CAST(pupil_id AS TEXT) || '|' || channels || '|' || reachable || '|' || notes || '|' || CAST(updated_at AS TEXT) FROM plans WHERE school_year_id = $1 ORDER BY pupil_id".to_string()),
        ("hand-over", "SELECT CAST(pupil_id AS TEXT) || '|' || note FROM handover_notes WHERE school_year_id = $1 ORDER BY pupil_id".to_string()),
        ("bookings", "SELECT CAST(id AS TEXT) || '|' || CAST(pupil_id AS TEXT) || '|' || CAST(slot_id AS TEXT) || '|' || status || '|' || note || '|' || COALESCE(attendance, '') FROM bookings WHERE round_id = $1 ORDER BY id".to_string()),
    ];
    let mut out = Vec::new();
    for (table, sql) in queries {
        let id = if table == "bookings" { round } else { year };
        let rows: Vec<String> = sqlx::query_scalar(&sql)
            .bind(id)
            .fetch_all(app.db.read())
            .await
            .unwrap();
        // FNV-1a over the rows, in order.
        let mut sum: u64 = 0xcbf2_9ce4_8422_2325;
        for b in rows.iter().flat_map(|r| r.bytes().chain([b'\n'])) {
            sum = (sum ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        out.push((table, rows.len(), sum));
    }
    out
}

/// The cells of one row of a coverage table (by heading and first cell).
fn coverage_row(page: &Page, heading: &str, label: &str) -> Vec<String> {
    let table = page
        .body
        .split(&format!("<h2>{heading}</h2>"))
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("the table");
    let row = table
        .split(&format!("<tr><td>{label}</td>"))
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .unwrap_or_else(|| panic!("row {label} in {table}"));
    row.split("</td>")
        .filter_map(|c| c.split('>').nth(1))
        .map(str::to_string)
        .collect()
}

/// The exit grid's cell: its count and what earlier years said.
fn grid_cell(page: &Page, cell: &str) -> String {
    page.body
        .split(&format!("href=\"#matrix-{cell}\">"))
        .nth(1)
        .and_then(|c| c.split("</td>").next())
        .unwrap_or_else(|| panic!("{cell} in the grid"))
        .to_string()
}

/// A parent follows the invitation link and books the first free time for the child.
async fn book(app: &TestApp, email: &str, pupil: i64) {
    let (_, text) = app.last_mail_to(email).await.expect("an invitation");
    let path = link_in(&text)
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    let mut parent = app.browser();
    let page = parent.get(&path).await;
    let slot = page
        .body
        .split(&format!("id=\"child-{pupil}\""))
        .nth(1)
        .and_then(|s| s.split("name=\"slot\" value=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .expect("a free time")
        .to_string();
    parent
        .post(
            &format!("{path}/book"),
            &[
                ("pupil", &pupil.to_string()),
                ("slot", &slot),
                ("key", email),
            ],
        )
        .await
        .assert_redirect_to(&format!("{path}?flash=booked"));
}

both_backends!(a_school_goes_through_two_years, |app: TestApp| async move {
    // Set-up and the administration's CSV.
    let mut admin = app.admin().await;
    crate::import::import_file(&mut admin, "leerlingen.csv", IMPORT.as_bytes().to_vec()).await;
    let pupil = |nr: &'static str| {
        let app = &app;
        async move {
            scalar(
                app,
                &format!("SELECT id FROM pupils WHERE external_id = '{nr}' AND $1 = $1"),
                0,
            )
            .await
        }
    };
    let (sem, finn, lotte) = (pupil("701").await, pupil("702").await, pupil("703").await);
    let five = scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", sem).await;
    let eight = scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", lotte).await;
    let year_one = scalar(
        &app,
        "SELECT school_year_id FROM groups WHERE id = $1",
        five,
    )
    .await;
    let year_one_name: String = sqlx::query_scalar("SELECT name FROM school_years WHERE id = $1")
        .bind(year_one)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    let mut tom = app
        .staff_member(
            &mut admin,
            "Tom Tuin",
            "tom@example.org",
            &["teacher"],
            &[five, eight],
        )
        .await;
    let mut tess = app
        .staff_member(
            &mut admin,
            "Tess Veld",
            "tess@example.org",
            &["teacher"],
            &[],
        )
        .await;
    let tess_id = scalar(
        &app,
        "SELECT id FROM staff WHERE email = 'tess@example.org' AND $1 = $1",
        0,
    )
    .await;

    // Year one: a round of startgesprekken for 5 and 8; Tom gives times; two families book.
    let today = driehoek::timefmt::iso(driehoek::timefmt::today());
    let closes =
        driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(14)));
    let (five_s, eight_s) = (five.to_string(), eight.to_string());
    admin.get("/rounds/new").await;
    let made = admin
        .post(
            "/rounds/new",
            &[
                ("kind", "start"),
                ("title", "Startgesprekken jaar een"),
                ("opens_date", &today),
                ("opens_time", "00:00"),
                ("closes_date", &closes),
                ("closes_time", "20:00"),
                ("slot_minutes", "20"),
                ("gap_minutes", "0"),
                ("form", "school"),
                ("location", "lokaal 5"),
                ("attendees", ""),
                ("pupil_expected", "on"),
                ("invitation_text", ""),
                ("reminder_hours", "24"),
                ("group", &five_s),
                ("group", &eight_s),
            ],
        )
        .await;
    made.assert_redirect_to("/rounds/");
    let round = id_from_location(&made.location.unwrap());
    let round_page = format!("/rounds/{round}");
    tom.get(&round_page).await;
    tom.post(
        &format!("{round_page}/availability"),
        &[
            ("day", &crate::common::scenario::conversation_day()),
            ("starts", "19:00"),
            ("ends", "20:00"),
        ],
    )
    .await
    .assert_redirect_to(&round_page);
    admin.get(&format!("{round_page}/families")).await;
    admin
        .post(&format!("{round_page}/invite"), &[])
        .await
        .assert_redirect_to(&format!("{round_page}/families"));
    book(&app, "linda@example.org", sem).await;
    book(&app, "rob@example.org", lotte).await;
    admin
        .get(&round_page)
        .await
        .assert_contains("2 van 3 leerlingen ingepland");

    // Sem's plan and startgesprek with an agreement.
    let sem_page = format!("/pupils/{sem}");
    tom.get(&format!("{sem_page}/plan")).await;
    tom.post(
        &format!("{sem_page}/plan"),
        &[
            ("channel", "phone"),
            ("reachable", "dinsdag na schooltijd"),
            ("notes", "Moeder belt liever"),
        ],
    )
    .await
    .assert_redirect_to(&sem_page);
    tom.post(
        &format!("{sem_page}/records/new"),
        &[
            ("kind", "start"),
            ("held_on", &today),
            ("form", "school"),
            ("a-ambition", "Vlot leren lezen"),
            ("ag1-topic", "Elke dag lezen"),
            ("ag1-pupil", "Leest elke dag een kwartier"),
            ("shared", "on"),
            ("action", "close"),
        ],
    )
    .await
    .assert_redirect_to("/records/");

    // Lotte (groep 8) leaves for a lyceum this summer; Tom holds her exit conversation.
    let year_one_end: String = sqlx::query_scalar("SELECT ends_on FROM school_years WHERE id = $1")
        .bind(year_one)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    let summer = format!("{}-07-10", &year_one_end[..4]);
    admin.get(&format!("/pupils/{lotte}")).await;
    admin
        .post(
            &format!("/pupils/{lotte}/leaving"),
            &[
                ("leaving_on", &summer),
                ("reason", "end-primary"),
                ("destination", "Het Lyceum"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{lotte}?flash=leaving-saved"));
    tom.get(&format!("/pupils/{lotte}/records/new?kind=exit"))
        .await
        .assert_contains("1. Meeleven met het eigen kind");
    tom.post(
        &format!("/pupils/{lotte}/records/new"),
        &[
            ("kind", "exit"),
            ("held_on", &today),
            ("form", "school"),
            ("a-cell-1", "We wisten altijd hoe het ging"),
            ("a-cell-9", "De school belde toen opa ziek was"),
            ("action", "close"),
        ],
    )
    .await
    .assert_redirect_to("/records/");

    // Year two: created, prepared by promotion (5 → 6 with Tess; 8 leaves) ...
    let page = admin.get("/years").await;
    let first = date_field(&page.body, "year_first_day");
    let starts = date_field(&page.body, "year_starts_on");
    let year_two_name = format!(
        "{}-{}",
        &starts[..4],
        &date_field(&page.body, "year_ends_on")[..4]
    );
    let made = admin
        .post(
            "/years",
            &[
                ("year_name", &year_two_name),
                ("year_starts_on", &starts),
                ("year_first_day", &first),
                ("year_ends_on", &date_field(&page.body, "year_ends_on")),
            ],
        )
        .await;
    made.assert_redirect_to("/years/");
    let year_two: i64 = made
        .location
        .unwrap()
        .split('/')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    let prepare = format!("/years/{year_two}/prepare");
    admin.get(&prepare).await;
    let fields = [
        ("rows", "1".to_string()),
        ("name_0", "6".into()),
        ("grade_0", "6".into()),
        ("type_0", "po".into()),
        ("create_0", "on".into()),
        ("staff_0", tess_id.to_string()),
        (leak(format!("pupil_{sem}")), "0".into()),
        (leak(format!("pupil_{finn}")), "0".into()),
        (leak(format!("pupil_{lotte}")), "leave".into()),
        (leak(format!("destination_{lotte}")), "Het Lyceum".into()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    admin
        .post(&prepare, &fields)
        .await
        .assert_redirect_to(&prepare);
    let six = scalar(
        &app,
        "SELECT id FROM groups WHERE name = '6' AND school_year_id = $1",
        year_two,
    )
    .await;
    // ... and the administration's re-import: Hanna arrives in 6, Lotte is not in the file.
    let csv = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\
                   701;Jaarsma;Sem;14-03-2017;6\n\
                   702;Vermeer;Finn;05-01-2017;6\n\
                   704;Smit;Hanna;01-09-2017;6\n";
    let preview_path = upload_next_year(&mut admin, year_two, csv).await;
    let preview = admin.get(&preview_path).await;
    preview.assert_contains("Smit, Hanna");
    preview.assert_contains("Bakker, Lotte");
    let file = preview
        .body
        .split("name=\"file\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the preview's file")
        .to_string();
    admin
        .post(
            &format!("{preview_path}/apply"),
            &[
                ("file", file.as_str()),
                (leak(format!("destination_{lotte}")), "Het Lyceum"),
            ],
        )
        .await
        .assert_redirect_to(&prepare);
    let hanna = pupil("704").await;
    assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM pupil_years WHERE school_year_id = {year_two} AND group_id = {six}")).await,
            3,
            "Sem, Finn and Hanna are placed in 6"
        );

    // Tom writes his hand-over for Sem.
    tom.get(&sem_page)
        .await
        .assert_contains("Overdracht voor de volgende leerkracht");
    tom.post(&format!("{sem_page}/handover"), &[("note", NOTE)])
        .await
        .assert_redirect_to(&sem_page);

    // Just before the switch: year one's rows, and its round as everyone sees it.
    let before = year_one_rows(&app, year_one, round).await;
    assert_eq!(
        before.iter().map(|(t, n, _)| (*t, *n)).collect::<Vec<_>>(),
        vec![
            ("records", 2),
            ("exit answers", 1),
            ("agreements", 1),
            ("plans", 1),
            ("hand-over", 1),
            ("bookings", 2)
        ]
    );

    // The first school day at eight: the next request switches; everyone signs in again.
    let day = driehoek::timefmt::parse_iso(&first).unwrap();
    app.state.clock.set(driehoek::timefmt::from_amsterdam(
        day,
        time::Time::from_hms(8, 0, 0).unwrap(),
    ));
    for (who, email) in [
        (&mut admin, ADMIN_EMAIL),
        (&mut tom, "tom@example.org"),
        (&mut tess, "tess@example.org"),
    ] {
        who.sign_in(email, PASSWORD).await.assert_redirect_to("/");
    }
    admin.get("/").await.assert_contains(&year_two_name);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'switch'")
            .await,
        1
    );
    for p in [sem, finn, hanna] {
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", p).await,
            six
        );
    }
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) FROM pupils WHERE id = $1 AND archived_at IS NOT NULL",
            lotte
        )
        .await,
        1
    );
    assert_eq!(
        before,
        year_one_rows(&app, year_one, round).await,
        "the switch changes nothing of year one"
    );

    // Tess, the new teacher, sees the hand-over, the open agreement and last year's plan.
    let page = tess.get(&sem_page).await;
    assert_eq!(page.status, 200);
    page.assert_contains(&format!("Overdracht uit {year_one_name}"));
    page.assert_contains(NOTE);
    page.assert_contains("Lopende afspraken");
    page.assert_contains("Elke dag lezen");
    page.assert_contains("dinsdag na schooltijd");
    let form = tess.get(&format!("{sem_page}/plan")).await;
    form.assert_contains("Overgenomen van vorig schooljaar");
    form.assert_contains("value=\"dinsdag na schooltijd\"");
    tess.post(
        &format!("{sem_page}/plan"),
        &[
            ("channel", "phone"),
            ("reachable", "woensdagmiddag"),
            ("notes", "Moeder belt liever"),
        ],
    )
    .await
    .assert_redirect_to(&sem_page);

    // Year one's round keeps its families, bookings and schedule (Lotte left, still there).
    admin
        .get(&round_page)
        .await
        .assert_contains("2 van 3 leerlingen ingepland");
    let families = admin.get(&format!("{round_page}/families")).await;
    for name in ["Sem", "Finn", "Lotte"] {
        families.assert_contains(name);
    }
    // ...as history: said on the pages, no actions offered, and every action refused unchanged.
    let history = format!("Deze ronde hoort bij schooljaar {year_one_name}, dat is afgesloten.");
    families.assert_contains(&history);
    for action in [
        "/remind\"",
        "/letters\"",
        "/attempts\"",
        "/constraint\"",
        "/resend\"",
        "/book\"",
    ] {
        assert!(
            !families.contains(action),
            "{action} offered on last year's round"
        );
    }
    let overview = admin.get(&round_page).await;
    overview.assert_contains(&history);
    for action in ["/availability\"", "/timetable\"", "/invite\""] {
        assert!(
            !overview.contains(action),
            "{action} offered on last year's round"
        );
    }
    let linda_id: i64 =
        sqlx::query_scalar("SELECT id FROM guardians WHERE email = 'linda@example.org'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
    let state_of_round = || async {
        let mut out = Vec::new();
        for sql in [
            "SELECT COUNT(*) FROM slots",
            "SELECT COUNT(*) FROM bookings WHERE status = 'active'",
            "SELECT COUNT(*) FROM invitations WHERE revoked_at IS NULL",
            "SELECT COUNT(*) FROM contact_attempts",
            "SELECT COUNT(*) FROM family_constraints",
            "SELECT COUNT(*) FROM invitation_letters",
            "SELECT COUNT(*) FROM outbox",
        ] {
            out.push(app.count(sql).await);
        }
        out
    };
    let round_before = state_of_round().await;
    let refused = format!("{round_page}?flash=problem-round-of-closed-year");
    let slot_day = crate::common::scenario::conversation_day();
    for (path, fields) in [
        (
            format!("{round_page}/pupils/{finn}/attempts"),
            vec![("channel", "phone"), ("note", "")],
        ),
        (
            format!("{round_page}/pupils/{finn}/constraint"),
            vec![("earliest", "19:00"), ("latest", "")],
        ),
        (format!("{round_page}/guardians/{linda_id}/letter"), vec![]),
        (format!("{round_page}/letters"), vec![]),
        (format!("{round_page}/guardians/{linda_id}/revoke"), vec![]),
        (format!("{round_page}/guardians/{linda_id}/resend"), vec![]),
        (format!("{round_page}/remind"), vec![]),
        (format!("{round_page}/invite"), vec![]),
        (format!("{round_page}/timetable"), vec![]),
        (
            format!("{round_page}/availability"),
            vec![
                ("day", slot_day.as_str()),
                ("starts", "18:00"),
                ("ends", "19:00"),
            ],
        ),
    ] {
        admin.get(&round_page).await;
        admin
            .post(&path, &fields)
            .await
            .assert_redirect_to(&refused);
    }
    assert_eq!(state_of_round().await, round_before);
    admin
        .get(&refused)
        .await
        .assert_contains("Deze ronde hoort bij een afgesloten schooljaar. Er is niets gewijzigd.");
    tom.get(&round_page)
        .await
        .assert_contains("2 van 3 leerlingen ingepland");
    let schedule = tom.get(&format!("{round_page}/schedule")).await;
    assert_eq!(schedule.status, 200);
    schedule.assert_contains("Sem Jaarsma");
    // With the group he was in then, not the one he is in now.
    let group_name = |id: i64| {
        let app = &app;
        async move {
            sqlx::query_scalar::<_, String>("SELECT name FROM groups WHERE id = $1")
                .bind(id)
                .fetch_one(app.db.read())
                .await
                .unwrap()
        }
    };
    let (then, now) = (
        group_name(five).await,
        group_name(scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", sem).await).await,
    );
    assert_ne!(then, now);
    schedule.assert_contains(&format!(
        "Sem Jaarsma</a> <span class=\"muted\">({then})</span>"
    ));
    schedule.assert_contains("Lotte Bakker");
    // The year page: read-only, who was in which group.
    let view = admin.get(&format!("/years/{year_one}")).await;
    view.assert_contains("Alleen lezen.");
    for name in ["Jaarsma, Sem", "Vermeer, Finn", "Bakker, Lotte"] {
        view.assert_contains(name);
    }
    assert!(!view.contains("Smit, Hanna"), "Hanna arrived in year two");

    // A year-two exit conversation: Finn moves away during the year.
    let year_two_end: String = sqlx::query_scalar("SELECT ends_on FROM school_years WHERE id = $1")
        .bind(year_two)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    admin.get(&format!("/pupils/{finn}")).await;
    admin
        .post(
            &format!("/pupils/{finn}/leaving"),
            &[
                ("leaving_on", &year_two_end),
                ("reason", "move"),
                ("destination", "De Klimop"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{finn}?flash=leaving-saved"));
    tess.get(&format!("/pupils/{finn}/records/new?kind=exit"))
        .await;
    tess.post(
        &format!("/pupils/{finn}/records/new"),
        &[
            ("kind", "exit"),
            ("held_on", &first),
            ("form", "school"),
            ("a-cell-9", "Nieuw dit jaar: de school belde meteen"),
            ("action", "close"),
        ],
    )
    .await
    .assert_redirect_to("/records/");

    // Coverage per year: year one's groups as they were, this year's group 6.
    let then = admin.get(&format!("/coverage?year={year_one}")).await;
    assert_eq!(then.status, 200);
    let five_row = coverage_row(&then, "Per groep", "5");
    assert_eq!(five_row[0], "2", "Sem and Finn were in 5: {five_row:?}");
    assert_eq!(five_row[2], "50% (1)", "Sem had a plan");
    assert_eq!(
        five_row[4], "1",
        "Finn's family was not reached in the round"
    );
    let eight_row = coverage_row(&then, "Per groep", "8");
    assert_eq!(eight_row[0], "1", "Lotte counts in year one: {eight_row:?}");
    assert_eq!(eight_row[4], "0", "Lotte's family booked");
    let now = admin.get("/coverage").await;
    let six_row = coverage_row(&now, "Per groep", "6");
    assert_eq!(six_row[0], "3", "Sem, Finn and Hanna: {six_row:?}");
    assert_eq!(six_row[2], "33% (1)", "Tess confirmed Sem's plan");
    assert_eq!(six_row[4], "0");
    assert!(
        !now.contains("<tr><td>5</td>"),
        "last year's groups are not this year's"
    );

    // Exit: year one read-only with Lotte; this year beside last year, cell by cell.
    let then = admin.get(&format!("/exit?year={year_one}")).await;
    assert_eq!(then.status, 200);
    then.assert_contains("alleen te lezen");
    then.assert_contains("Lotte Bakker");
    then.assert_contains("Het Lyceum");
    then.assert_contains("We wisten altijd hoe het ging");
    assert!(
        !then.contains("Nieuw dit jaar"),
        "year two is not in year one"
    );
    assert!(grid_cell(&then, "cell-1").starts_with("<strong>1</strong>"));
    assert!(grid_cell(&then, "cell-9").starts_with("<strong>1</strong>"));
    let now = admin.get("/exit").await;
    now.assert_contains("Nieuw dit jaar: de school belde meteen");
    now.assert_contains("De Klimop");
    assert!(
        !now.contains("We wisten altijd"),
        "last year's words stay in last year"
    );
    let nine = grid_cell(&now, "cell-9");
    assert!(nine.starts_with("<strong>1</strong>"), "{nine}");
    assert!(
        nine.contains(&format!("<li>{year_one_name}: 1</li>")),
        "{nine}"
    );
    let one = grid_cell(&now, "cell-1");
    assert!(one.starts_with("<strong>0</strong>"), "{one}");
    assert!(
        one.contains(&format!("<li>{year_one_name}: 1</li>")),
        "{one}"
    );

    // After a year-two plan and exit talk, year one's rows are still what they were.
    assert_eq!(before, year_one_rows(&app, year_one, round).await);
});
