//! The pupil's part (issue 12, item 4): the school's per-grade setting pre-sets a new round's
//! "pupil attends" choice; in a progress round with the pupil attending, the mentor prints slips
//! with personal links; the pupil prepares the conversation through their link (and may change
//! it until the round is over); the mentor sees it beside the record and on the day schedule.
//! Another pupil's link, another group's teacher and another school reach nothing.

use crate::both_backends;
use crate::common::scenario::{conversation_day, school, School};
use crate::common::{id_from_location, Browser, TestApp};

pub(crate) fn day(offset: i64) -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(offset)))
}

async fn scalar(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

async fn group_id(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM groups WHERE name = $1")
        .bind(name)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// What a refused request must not have changed.
async fn footprint(app: &TestApp) -> (i64, i64, i64, i64, i64) {
    (
        app.count("SELECT COUNT(*) FROM pupil_prep_links").await,
        app.count("SELECT COUNT(*) FROM pupil_preps").await,
        app.count("SELECT COALESCE(MAX(updated_at), 0) FROM pupil_preps")
            .await,
        app.count("SELECT COUNT(*) FROM audit_log").await,
        app.count("SELECT COUNT(*) FROM outbox").await,
    )
}

/// Posts the new-round form for `groups` with `pupil_expected` as given.
async fn post_round(
    admin: &mut Browser,
    kind: &str,
    groups: &[i64],
    pupil_expected: &str,
) -> crate::common::Page {
    post_round_closing(admin, kind, groups, pupil_expected, 14).await
}

/// As `post_round`, with sign-up closing `closes_in` days from today.
async fn post_round_closing(
    admin: &mut Browser,
    kind: &str,
    groups: &[i64],
    pupil_expected: &str,
    closes_in: i64,
) -> crate::common::Page {
    let today = day(0);
    let closes = day(closes_in);
    admin.get("/rounds/new").await;
    let mut fields: Vec<(&str, String)> = vec![
        ("kind", kind.into()),
        ("title", "Voortgangsgesprekken".into()),
        ("opens_date", today),
        ("opens_time", "00:00".into()),
        ("closes_date", closes),
        ("closes_time", "20:00".into()),
        ("slot_minutes", "15".into()),
        ("gap_minutes", "0".into()),
        ("form", "school".into()),
        ("location", "lokaal 3".into()),
        ("attendees", "".into()),
        ("pupil_expected", pupil_expected.into()),
        ("invitation_text", "".into()),
        ("reminder_hours", "24".into()),
    ];
    for g in groups {
        fields.push(("group", g.to_string()));
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    admin.post("/rounds/new", &pairs).await
}

/// A progress round for both groups with the pupil attending, sign-up closing in
/// `closes_in` days, and an evening of times from each teacher (in two days). Returns the
/// round id.
pub(crate) async fn progress_round(s: &mut School, app: &TestApp, closes_in: i64) -> i64 {
    let groups = [group_id(app, "5A").await, group_id(app, "7B").await];
    let page = post_round_closing(&mut s.admin, "progress", &groups, "yes", closes_in).await;
    page.assert_redirect_to("/rounds/");
    let round = id_from_location(&page.location.unwrap());
    let day = conversation_day();
    for t in [&mut s.tom, &mut s.tess] {
        t.get(&format!("/rounds/{round}")).await;
        t.post(
            &format!("/rounds/{round}/availability"),
            &[("day", &day), ("starts", "19:00"), ("ends", "20:00")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}"));
    }
    round
}

/// The links written out on a slips page, in order.
fn slip_links(body: &str) -> Vec<String> {
    body.split("class=\"letter-link\" dir=\"ltr\">")
        .skip(1)
        .map(|p| p.split('<').next().unwrap().trim().to_string())
        .collect()
}

fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.base)
        .expect("link to this app")
        .to_string()
}

/// Tom prints slips for his pupils (Sem and Finn, by name); returns their link paths.
pub(crate) async fn slips_for_tom(s: &mut School, app: &TestApp, round: i64) -> (String, String) {
    s.tom.get(&format!("/rounds/{round}/voorbereiding")).await;
    let page = s
        .tom
        .post(&format!("/rounds/{round}/voorbereiding/slips"), &[])
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_contains("<svg role=\"img\"");
    let links = slip_links(&page.body);
    assert_eq!(links.len(), 2, "Tom's two pupils: {}", page.body);
    assert!(
        !page.contains("Lotte"),
        "Tess's pupil gets no slip from Tom"
    );
    // Slips come by group and name: Sem Bakker before Finn Vries.
    let sem_first = page.body.find("Sem Bakker").unwrap() < page.body.find("Finn Vries").unwrap();
    assert!(sem_first);
    (path_of(app, &links[0]), path_of(app, &links[1]))
}

both_backends!(
    the_grade_setting_presets_the_round_and_a_round_may_differ,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let (g5, g7) = (group_id(&app, "5A").await, group_id(&app, "7B").await);

        // The administrator lists the school's grades (groep 1-8) and ticks 7 and 8 only.
        let page = s.admin.get("/school/leerling-bij-gesprek").await;
        page.assert_contains("groep 1");
        page.assert_contains("groep 8");
        assert!(
            !page.contains("leerjaar 1"),
            "a primary school has no leerjaren"
        );
        // A teacher may not change the school's setting: 403, nothing written.
        let before = footprint(&app).await;
        assert_eq!(s.tom.get("/school/leerling-bij-gesprek").await.status, 403);
        let refused = s
            .tom
            .post("/school/leerling-bij-gesprek", &[("attends_po_5", "on")])
            .await;
        assert_eq!(refused.status, 403);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM grade_pupil_attendance")
                .await,
            0
        );
        assert_eq!(footprint(&app).await, before);

        s.admin
            .post(
                "/school/leerling-bij-gesprek",
                &[("attends_po_7", "on"), ("attends_po_8", "on")],
            )
            .await
            .assert_redirect_to("/school/leerling-bij-gesprek");
        let attends = |grade: i64| {
            let app = &app;
            async move {
                scalar(
                    app,
                    "SELECT attends FROM grade_pupil_attendance WHERE grade = $1",
                    grade,
                )
                .await
            }
        };
        assert_eq!(
            (attends(5).await, attends(7).await, attends(8).await),
            (0, 1, 1)
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'grade-pupil-attendance'")
                .await,
            1
        );

        // The new-round form, opened for groups, is pre-set from their grades.
        let page = s.admin.get(&format!("/rounds/new?groups={g7}")).await;
        page.assert_contains("value=\"yes\" checked");
        let page = s.admin.get(&format!("/rounds/new?groups={g5}")).await;
        page.assert_contains("value=\"no\" checked");
        let page = s.admin.get(&format!("/rounds/new?groups={g5},{g7}")).await;
        page.assert_contains("value=\"grade\" checked");
        page.assert_contains(
            "De gekozen groepen verschillen: in 7B is de leerling bij het gesprek, in 5A niet.",
        );

        // "As the grade says": 7B attends, 5A not.
        let expected = |round: i64| {
            let app = &app;
            async move {
                scalar(
                    app,
                    "SELECT pupil_expected FROM rounds WHERE id = $1",
                    round,
                )
                .await
            }
        };
        let r7 = post_round(&mut s.admin, "progress", &[g7], "grade").await;
        assert_eq!(expected(id_from_location(&r7.location.unwrap())).await, 1);
        let r5 = post_round(&mut s.admin, "progress", &[g5], "grade").await;
        assert_eq!(expected(id_from_location(&r5.location.unwrap())).await, 0);

        // Mixed grades: the form says so and asks for a choice; no round is made.
        let rounds = app.count("SELECT COUNT(*) FROM rounds").await;
        let mixed = post_round(&mut s.admin, "progress", &[g5, g7], "grade").await;
        assert_eq!(mixed.status, 200);
        mixed.assert_contains("kies of de leerling bij deze ronde is");
        mixed.assert_contains("Voortgangsgesprekken");
        assert_eq!(app.count("SELECT COUNT(*) FROM rounds").await, rounds);

        // A round may differ from the grade setting.
        let yes = post_round(&mut s.admin, "progress", &[g5, g7], "yes").await;
        assert_eq!(expected(id_from_location(&yes.location.unwrap())).await, 1);
        let no = post_round(&mut s.admin, "progress", &[g7], "no").await;
        assert_eq!(expected(id_from_location(&no.location.unwrap())).await, 0);
    }
);

both_backends!(
    a_pupil_prepares_through_the_link_and_the_mentor_reads_it_beside_the_record,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = progress_round(&mut s, &app, 14).await;
        let sem = s.sem;
        s.tom
            .get(&format!("/rounds/{round}"))
            .await
            .assert_contains(&format!("/rounds/{round}/voorbereiding"));
        let (sem_link, _finn_link) = slips_for_tom(&mut s, &app, round).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'pupil-prep-link'")
                .await,
            2
        );
        assert!(
            app.count("SELECT COUNT(*) FROM pupil_prep_links WHERE LENGTH(token_hash) = 64")
                .await
                == 2,
            "only hashes are stored"
        );

        // The pupil opens the link (no sign-in) and fills in the form.
        let mut pupil = app.browser();
        let page = pupil.get(&sem_link).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Sem");
        page.assert_contains("Wat ging goed?");
        // An empty form is refused with the reason; nothing is stored.
        let empty = pupil.post(&sem_link, &[("went_well", "  ")]).await;
        assert_eq!(empty.status, 422);
        empty.assert_contains("Schrijf bij minstens één vraag iets op.");
        assert_eq!(app.count("SELECT COUNT(*) FROM pupil_preps").await, 0);

        pupil
            .post(
                &sem_link,
                &[
                    ("went_well", "Mijn spreekbeurt over vulkanen"),
                    ("work_on", "Breuken"),
                    ("need_school", "Extra uitleg bij rekenen"),
                    ("need_parents", "Samen oefenen met de tafels"),
                    ("wants_to_lead", "on"),
                ],
            )
            .await
            .assert_redirect_to(&format!("{sem_link}?flash=pupilprep-saved"));
        // Changing it keeps one preparation.
        pupil.get(&sem_link).await.assert_contains("Breuken");
        pupil
            .post(
                &sem_link,
                &[
                    ("went_well", "Mijn spreekbeurt over vulkanen"),
                    ("work_on", "Breuken en kommagetallen"),
                    ("wants_to_lead", "on"),
                ],
            )
            .await
            .assert_redirect_to(&sem_link);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupil_preps WHERE pupil_id = $1",
                sem
            )
            .await,
            1
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'pupil-prep' AND staff_id IS NULL \
                 AND action IN ('pupil-create', 'pupil-update')"
            )
            .await,
            2
        );

        // The mentor's page: prepared, would like to lead.
        let page = s.tom.get(&format!("/rounds/{round}/voorbereiding")).await;
        page.assert_contains("1 van 2 leerlingen hebben het gesprek voorbereid.");
        page.assert_contains("wil het gesprek leiden");
        let views = app
            .count("SELECT COUNT(*) FROM audit_log WHERE entity = 'pupil-prep' AND action = 'view'")
            .await;
        s.tom
            .get(&format!("/rounds/{round}/voorbereiding/{sem}"))
            .await
            .assert_contains("Breuken en kommagetallen");

        // Sem gets a time: the day schedule marks him prepared.
        let slot = scalar(
            &app,
            "SELECT MIN(s.id) FROM slots s JOIN staff st ON st.id = s.staff_id \
             WHERE s.round_id = $1 AND st.email = 'tom@example.org'",
            round,
        )
        .await;
        let guardian = scalar(
            &app,
            "SELECT MIN(guardian_id) FROM pupil_guardians WHERE pupil_id = $1",
            sem,
        )
        .await;
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(
                &format!("/rounds/{round}/pupils/{sem}/book"),
                &[
                    ("slot", &slot.to_string()),
                    ("guardian", &guardian.to_string()),
                ],
            )
            .await;
        let schedule = s.tom.get(&format!("/rounds/{round}/schedule")).await;
        schedule.assert_contains(&format!(
            "href=\"/rounds/{round}/voorbereiding/{sem}\">voorbereid</a>"
        ));

        // The record of the conversation shows the preparation beside it.
        s.tom
            .get(&format!("/pupils/{sem}/records/new?kind=progress"))
            .await;
        let saved = s
            .tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "progress"),
                    ("held_on", &day(0)),
                    ("form", "school"),
                    ("pupil_present", "on"),
                    ("present", "moeder"),
                    ("a-goes-well", "Zijn spreekbeurt"),
                    ("action", "save"),
                ],
            )
            .await;
        saved.assert_redirect_to("/records/");
        let record = id_from_location(&saved.location.unwrap());
        let page = s.tom.get(&format!("/records/{record}")).await;
        page.assert_contains("Voorbereiding van de leerling");
        page.assert_contains("Mijn spreekbeurt over vulkanen");
        page.assert_contains("Breuken en kommagetallen");
        page.assert_contains("wil het gesprek leiden");
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'pupil-prep' AND action = 'view'"
            )
            .await,
            views + 2,
            "the preparation page and the record page each log the view"
        );
    }
);

both_backends!(
    the_link_stops_working_when_the_round_is_over,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = progress_round(&mut s, &app, 1).await;
        let (sem_link, _) = slips_for_tom(&mut s, &app, round).await;
        let mut pupil = app.browser();
        pupil.get(&sem_link).await;
        pupil
            .post(&sem_link, &[("went_well", "Gym")])
            .await
            .assert_redirect_to(&sem_link);

        // Sign-up closes tomorrow, the conversations are the day after: past the close of
        // sign-up the link still works, until the last conversation has ended.
        let closes = scalar(&app, "SELECT closes_at FROM rounds WHERE id = $1", round).await;
        let last = scalar(
            &app,
            "SELECT MAX(ends_at) FROM slots WHERE round_id = $1",
            round,
        )
        .await;
        assert!(closes < last, "the conversations come after sign-up closes");
        app.state.clock.set(closes + 60);
        assert_eq!(pupil.get(&sem_link).await.status, 200);

        // After the last conversation, opening and saving are refused; nothing changes.
        app.state.clock.set(last + 60);
        let before = footprint(&app).await;
        let page = pupil.get(&sem_link).await;
        assert_eq!(page.status, 410);
        page.assert_contains("De gesprekken zijn voorbij");
        assert!(!page.contains("Gym"), "the answers are no longer shown");
        let refused = pupil.post(&sem_link, &[("went_well", "Te laat")]).await;
        assert_eq!(refused.status, 410);
        // And the mentor can no longer print links that would not work.
        let mut tom = app.browser();
        tom.sign_in("tom@example.org", crate::common::PASSWORD)
            .await;
        tom.get(&format!("/rounds/{round}/voorbereiding")).await;
        tom.post(&format!("/rounds/{round}/voorbereiding/slips"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/voorbereiding?flash=problem-"));
        assert_eq!(footprint(&app).await, before);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupil_preps WHERE went_well = 'Gym'")
                .await,
            1
        );
    }
);

both_backends!(
    nobody_else_reaches_a_pupils_preparation,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = progress_round(&mut s, &app, 14).await;
        let (sem, finn) = (s.sem, s.finn);
        let (sem_link, finn_link) = slips_for_tom(&mut s, &app, round).await;
        let mut sem_browser = app.browser();
        sem_browser.get(&sem_link).await;
        sem_browser
            .post(&sem_link, &[("went_well", "Van Sem")])
            .await
            .assert_redirect_to(&sem_link);

        // Finn's link shows and changes Finn's preparation only, whatever is posted with it.
        let mut finn_browser = app.browser();
        let page = finn_browser.get(&finn_link).await;
        page.assert_contains("Finn");
        assert!(!page.contains("Van Sem"));
        finn_browser
            .post(
                &finn_link,
                &[("went_well", "Van Finn"), ("pupil", &sem.to_string())],
            )
            .await
            .assert_redirect_to(&finn_link);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupil_preps WHERE pupil_id = $1 AND went_well = 'Van Sem'",
                sem
            )
            .await,
            1
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupil_preps WHERE pupil_id = $1 AND went_well = 'Van Finn'",
                finn
            )
            .await,
            1
        );

        // A made-up or altered link: 404, nothing changes.
        let before = footprint(&app).await;
        let mut stranger = app.browser();
        let fake = format!("{sem_link}x");
        assert_eq!(stranger.get(&fake).await.status, 404);
        assert_eq!(
            stranger
                .post(&fake, &[("went_well", "Gehackt")])
                .await
                .status,
            404
        );
        assert_eq!(footprint(&app).await, before);

        // Tess teaches 7B: Sem's preparation and slips are not hers (404), and her page does
        // not list him; nothing changes.
        let page = s.tess.get(&format!("/rounds/{round}/voorbereiding")).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Lotte");
        assert!(!page.contains("Sem"));
        assert_eq!(
            s.tess
                .get(&format!("/rounds/{round}/voorbereiding/{sem}"))
                .await
                .status,
            404
        );
        let refused = s
            .tess
            .post(
                &format!("/rounds/{round}/voorbereiding/slips"),
                &[("pupil", &sem.to_string())],
            )
            .await;
        assert_eq!(refused.status, 404);
        // Mail to parents is not allowed by this school: 403.
        let refused = s
            .tom
            .post(&format!("/rounds/{round}/voorbereiding/mail"), &[])
            .await;
        assert_eq!(refused.status, 403);
        // Signed in nowhere: the mentor's pages send to sign-in.
        let anon = stranger
            .get(&format!("/rounds/{round}/voorbereiding/{sem}"))
            .await;
        assert!(matches!(anon.status, 303 | 302), "{}", anon.status);
        assert_eq!(footprint(&app).await, before);

        // Another school: its round and pupil are Not Found for this school's administrator.
        let at = driehoek::db::now();
        let other: i64 = sqlx::query_scalar(
            "INSERT INTO schools (name, created_at) VALUES ('Andere school', $1) RETURNING id",
        )
        .bind(at)
        .fetch_one(app.db.write())
        .await
        .unwrap();
        let other_round: i64 = sqlx::query_scalar(
            "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, pupil_expected, created_at) \
             VALUES ($1, 'progress', 'Elders', $2, $3, 15, 1, $2) RETURNING id",
        )
        .bind(other)
        .bind(at)
        .bind(at + 86_400)
        .fetch_one(app.db.write())
        .await
        .unwrap();
        let before = footprint(&app).await;
        s.admin.get("/rounds").await;
        for path in [
            format!("/rounds/{other_round}/voorbereiding"),
            format!("/rounds/{other_round}/voorbereiding/{sem}"),
        ] {
            assert_eq!(s.admin.get(&path).await.status, 404, "{path}");
        }
        for path in [
            format!("/rounds/{other_round}/voorbereiding/slips"),
            format!("/rounds/{other_round}/voorbereiding/mail"),
        ] {
            assert_eq!(s.admin.post(&path, &[]).await.status, 404, "{path}");
        }
        assert_eq!(footprint(&app).await, before);
    }
);

both_backends!(
    mail parents_receive_the_link_in_their_language_when_the_school_allows_it,
    |app: TestApp, _sink| async move {
        let mut s = school(&app).await;
        s.admin.get("/school/leerling-bij-gesprek").await;
        s.admin
            .post(
                "/school/leerling-bij-gesprek",
                &[("attends_po_5", "on"), ("attends_po_7", "on"), ("mail_parents", "on")],
            )
            .await
            .assert_redirect_to("/school/leerling-bij-gesprek");
        sqlx::query("UPDATE guardians SET language = 'tr' WHERE email = 'eva@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let round = progress_round(&mut s, &app, 14).await;
        let outbox = app.count("SELECT COUNT(*) FROM outbox").await;
        s.tom.get(&format!("/rounds/{round}/voorbereiding")).await;
        s.tom
            .post(&format!("/rounds/{round}/voorbereiding/mail"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/voorbereiding?flash=pupilprep-mailed"));
        // Sem's two parents and Finn's mother; Lotte's parents are Tess's to mail.
        assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, outbox + 3);
        let (subject, text): (String, String) = sqlx::query_as(
            "SELECT subject, body_text FROM outbox WHERE to_address = 'eva@example.org' ORDER BY id DESC LIMIT 1",
        )
        .fetch_one(app.db.read())
        .await
        .unwrap();
        assert!(subject.contains("gelişim görüşmesine"), "{subject}");
        let link = crate::common::link_in(&text).expect("a link");
        let path = path_of(&app, &link);
        assert!(path.starts_with("/leerling/"));
        app.browser().get(&path).await.assert_contains("Finn");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupil_prep_links WHERE channel = 'mail'").await,
            2
        );
    }
);
