//! Messages that get an answer (issue 12): a parent writes to the teacher about their own child
//! and is told at once — on the page and by mail — by which date the school answers, counted in
//! school days past weekends and the school year's holidays; the teacher answers from the inbox
//! by mail or by logging a call; open messages past their date reach the care coordinator only.

use time::{Date, Month, Time};

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{TestApp, PASSWORD};
use crate::trust_people::parent_session;

fn day(y: i32, m: Month, d: u8) -> Date {
    Date::from_calendar_date(y, m, d).unwrap()
}

/// Ten in the morning, Amsterdam time, on `d`.
fn morning(d: Date) -> i64 {
    driehoek::timefmt::from_amsterdam(d, Time::from_hms(10, 0, 0).unwrap())
}

async fn scalar(app: &TestApp, sql: &str, id: i64) -> Option<String> {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_optional(app.db.read())
        .await
        .unwrap()
}

/// Everything a refused request could have touched.
async fn fingerprint(app: &TestApp) -> (i64, i64, i64, i64) {
    (
        app.count("SELECT COUNT(*) FROM parent_messages").await,
        app.count("SELECT COUNT(*) FROM parent_messages WHERE answered_at IS NOT NULL")
            .await,
        app.count("SELECT COUNT(*) FROM contact_log").await,
        app.count("SELECT COUNT(*) FROM outbox").await,
    )
}

async fn current_year(app: &TestApp) -> i64 {
    app.count("SELECT id FROM school_years WHERE is_current = 1")
        .await
}

both_backends!(
    mail a_parents_message_is_acknowledged_at_once_and_answered_in_school_days,
    |app: TestApp, sink: crate::common::smtp::SmtpSink| async move {
        // Friday 18 December 2026, the last school day before the Christmas holiday.
        app.state.clock.set(morning(day(2026, Month::December, 18)));
        let mut s = school(&app).await;
        let sem = s.sem;
        let year = current_year(&app).await;

        // The administrator enters the Christmas holiday on the school-year page.
        s.admin.get(&format!("/years/{year}")).await;
        s.admin
            .post(
                &format!("/years/{year}/vakanties"),
                &[
                    ("holiday_name", "Kerstvakantie"),
                    ("holiday_from", "2026-12-19"),
                    ("holiday_to", "2027-01-03"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/years/{year}"));
        s.admin
            .get(&format!("/years/{year}"))
            .await
            .assert_contains("Kerstvakantie");

        // Linda writes about Sem and asks to be called.
        let mut linda = parent_session(&app, "linda@example.org").await;
        linda
            .get("/ouders/kinderen")
            .await
            .assert_contains(&format!("/ouders/kinderen/{sem}/bericht"));
        linda.get(&format!("/ouders/kinderen/{sem}/bericht")).await;
        let page = linda
            .post(
                &format!("/ouders/kinderen/{sem}/bericht"),
                &[
                    ("body", "Sem slaapt slecht sinds de verhuizing.\nKunnen we praten?"),
                    ("call_back", "on"),
                    ("phone", "06 12345678"),
                ],
            )
            .await;
        page.assert_redirect_to(&format!("/ouders/kinderen/{sem}/bericht?ontvangen="));
        let location = page.location.unwrap();
        // Two school days after Friday, with the weekend and the holiday skipped: Tuesday 5
        // January (without the holiday it would have been Tuesday 22 December).
        let page = linda.get(&location).await;
        page.assert_contains("Uw bericht is ontvangen");
        page.assert_contains("5 januari 2027");
        let first = app.count("SELECT MAX(id) FROM parent_messages").await;
        assert_eq!(
            scalar(&app, "SELECT due_on FROM parent_messages WHERE id = $1", first)
                .await
                .as_deref(),
            Some("2027-01-05")
        );
        // The acknowledgement mail arrives over SMTP, in Linda's language.
        let mails = sink
            .wait_for("linda@example.org", 2, std::time::Duration::from_secs(15))
            .await;
        let ack = mails
            .iter()
            .find(|m| m.subject().unwrap_or_default().contains("Ontvangen"))
            .expect("acknowledgement mail");
        let text = ack.text().unwrap();
        assert!(text.contains("5 januari 2027"), "{text}");
        assert!(text.contains("gebeld"), "{text}");

        // Tom puts a response time of one school day in Sem's plan: it wins over the school's.
        s.tom.get(&format!("/pupils/{sem}/plan")).await;
        s.tom
            .post(
                &format!("/pupils/{sem}/plan"),
                &[("channel", "phone"), ("response_days", "1")],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{sem}"));
        // Rob reads in English: his page and his acknowledgement follow his language.
        sqlx::query("UPDATE guardians SET language = 'en' WHERE email = 'rob@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let mut rob = parent_session(&app, "rob@example.org").await;
        rob.get(&format!("/ouders/kinderen/{sem}/bericht")).await;
        rob.post(
            &format!("/ouders/kinderen/{sem}/bericht"),
            &[("body", "Sem is maandag bij de tandarts.")],
        )
        .await
        .assert_redirect_to(&format!("/ouders/kinderen/{sem}/bericht?ontvangen="));
        let second = app.count("SELECT MAX(id) FROM parent_messages").await;
        rob.get(&format!("/ouders/kinderen/{sem}/bericht?ontvangen={second}"))
            .await
            .assert_contains("You will hear from us by");
        let (subject, text) = app.last_mail_to("rob@example.org").await.unwrap();
        assert!(subject.starts_with("Received"), "{subject}");
        assert!(text.contains("4 January 2027"), "{text}");
        assert_eq!(
            scalar(&app, "SELECT due_on FROM parent_messages WHERE id = $1", second)
                .await
                .as_deref(),
            Some("2027-01-04")
        );

        // Tom's start page and inbox show what waits, oldest first.
        let home = s.tom.get("/").await;
        home.assert_contains("2 berichten wachten op antwoord");
        let inbox = s.tom.get("/berichten").await;
        let body = &inbox.body;
        let (a, b) = (
            body.find(&format!("/berichten/{first}\"")).expect("first listed"),
            body.find(&format!("/berichten/{second}\"")).expect("second listed"),
        );
        assert!(a < b, "oldest first");

        // Tess teaches another group: the message is not hers to read or answer.
        let before = fingerprint(&app).await;
        assert_eq!(s.tess.get(&format!("/berichten/{first}")).await.status, 404);
        s.tess.get("/").await;
        let refused = s
            .tess
            .post(
                &format!("/berichten/{first}"),
                &[("how", "mail"), ("answer", "Van Tess")],
            )
            .await;
        assert_eq!(refused.status, 404, "{}", refused.body);
        // Eva (another family) cannot write about Sem.
        let mut eva = parent_session(&app, "eva@example.org").await;
        let before_eva = fingerprint(&app).await;
        assert_eq!(before_eva.0, before.0);
        assert_eq!(
            eva.get(&format!("/ouders/kinderen/{sem}/bericht")).await.status,
            404
        );
        // With her own valid form token: the refusal is about the child, not the form.
        eva.get("/ouders/kinderen").await;
        let refused = eva
            .post(
                &format!("/ouders/kinderen/{sem}/bericht"),
                &[("body", "Niet van mij")],
            )
            .await;
        assert_eq!(refused.status, 404);
        assert_eq!(fingerprint(&app).await, before_eva);
        assert!(!s.tess.get("/").await.contains("wachten op antwoord"));

        // Tom answers Linda by mail: the message closes, the answer joins the contact log and
        // the audit log, and Linda gets Tom's words.
        s.tom.get(&format!("/berichten/{first}")).await.assert_contains("slaapt slecht");
        let logs = app.count("SELECT COUNT(*) FROM contact_log").await;
        s.tom
            .post(
                &format!("/berichten/{first}"),
                &[("how", "mail"), ("answer", "Dank voor uw bericht. Ik bel u dinsdag.")],
            )
            .await
            .assert_redirect_to("/berichten");
        assert!(scalar(&app, "SELECT answer FROM parent_messages WHERE id = $1", first)
            .await
            .unwrap()
            .contains("Ik bel u dinsdag"));
        assert_eq!(app.count("SELECT COUNT(*) FROM contact_log").await, logs + 1);
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'answer' AND entity = 'parent-message'"
            )
            .await,
            1
        );
        let mails = sink
            .wait_for("linda@example.org", 3, std::time::Duration::from_secs(15))
            .await;
        let answer = mails
            .iter()
            .find(|m| m.subject().unwrap_or_default().contains("Antwoord van school"))
            .expect("answer mail");
        assert!(answer.text().unwrap().contains("Ik bel u dinsdag"));
        // Answering twice changes nothing.
        let before = fingerprint(&app).await;
        s.tom
            .post(
                &format!("/berichten/{first}"),
                &[("how", "phone"), ("answer", "Nog eens")],
            )
            .await
            .assert_contains("al beantwoord");
        assert_eq!(fingerprint(&app).await, before);
        // The pupil page lists the message in the contact history.
        s.tom
            .get(&format!("/pupils/{sem}"))
            .await
            .assert_contains("Berichten van ouders");

        // Linda sees her message answered.
        linda
            .get(&format!("/ouders/kinderen/{sem}/bericht"))
            .await
            .assert_contains("Beantwoord per e-mail");
    }
);

both_backends!(
    overdue_messages_reach_the_care_coordinator_and_not_another_teacher,
    |app: TestApp| async move {
        // Monday 2 November 2026: two school days gives Wednesday 4 November.
        app.state.clock.set(morning(day(2026, Month::November, 2)));
        let mut s = school(&app).await;
        let sem = s.sem;
        let mut carla = app
            .staff_member(
                &mut s.admin,
                "Carla Zorg",
                "carla@example.org",
                &["care_coordinator"],
                &[],
            )
            .await;
        let mut linda = parent_session(&app, "linda@example.org").await;
        linda.get(&format!("/ouders/kinderen/{sem}/bericht")).await;
        linda
            .post(
                &format!("/ouders/kinderen/{sem}/bericht"),
                &[("body", "Wie haalt Sem op bij de BSO?")],
            )
            .await
            .assert_redirect_to(&format!("/ouders/kinderen/{sem}/bericht?ontvangen="));
        let id = app.count("SELECT MAX(id) FROM parent_messages").await;
        assert_eq!(
            scalar(&app, "SELECT due_on FROM parent_messages WHERE id = $1", id)
                .await
                .as_deref(),
            Some("2026-11-04")
        );
        // Not overdue yet.
        assert!(!carla
            .get("/berichten/te-laat")
            .await
            .contains("Wie haalt Sem"));

        // Thursday 5 November: past the date and still open.
        app.state.clock.set(morning(day(2026, Month::November, 5)));
        for (b, email) in [
            (&mut carla, "carla@example.org"),
            (&mut s.tess, "tess@example.org"),
            (&mut s.tom, "tom@example.org"),
        ] {
            b.sign_in(email, PASSWORD).await;
        }
        let list = carla.get("/berichten/te-laat").await;
        list.assert_contains("Sem Bakker");
        list.assert_contains("over de termijn");
        carla
            .get("/")
            .await
            .assert_contains("1 bericht over de termijn");
        // Tom (the teacher) sees it as overdue in his own inbox, not in the school-wide list.
        s.tom
            .get("/berichten")
            .await
            .assert_contains("over de termijn");
        assert_eq!(s.tom.get("/berichten/te-laat").await.status, 403);
        // Tess (another group) sees nothing of it.
        let before = fingerprint(&app).await;
        assert_eq!(s.tess.get("/berichten/te-laat").await.status, 403);
        assert!(!s.tess.get("/").await.contains("over de termijn"));
        assert!(!s.tess.get("/berichten").await.contains("Sem"));
        assert_eq!(fingerprint(&app).await, before);

        // The care coordinator may step in: a logged phone call closes it.
        carla.get(&format!("/berichten/{id}")).await;
        carla
            .post(
                &format!("/berichten/{id}"),
                &[("how", "phone"), ("answer", "Gebeld: opa haalt Sem op.")],
            )
            .await
            .assert_redirect_to("/berichten");
        assert_eq!(
            scalar(
                &app,
                "SELECT answer_channel FROM parent_messages WHERE id = $1",
                id
            )
            .await
            .as_deref(),
            Some("phone")
        );
        assert!(!carla.get("/berichten/te-laat").await.contains("Sem Bakker"));
    }
);

both_backends!(
    a_guardian_is_limited_per_day_and_the_school_default_applies,
    |app: TestApp| async move {
        app.state.clock.set(morning(day(2026, Month::November, 2)));
        let mut s = school(&app).await;
        let sem = s.sem;
        // The administrator sets the school's default to three school days.
        s.admin.get("/school").await;
        s.admin
            .post("/school/reactietermijn", &[("response_days", "3")])
            .await
            .assert_redirect_to("/school");
        let before = app.count("SELECT response_days FROM schools").await;
        assert_eq!(before, 3);
        // A teacher cannot change it.
        s.tom.get("/").await;
        let refused = s
            .tom
            .post("/school/reactietermijn", &[("response_days", "9")])
            .await;
        assert_eq!(refused.status, 403);
        assert_eq!(app.count("SELECT response_days FROM schools").await, 3);

        let mut linda = parent_session(&app, "linda@example.org").await;
        linda.get(&format!("/ouders/kinderen/{sem}/bericht")).await;
        // An empty message is refused in the page, nothing written.
        linda
            .post(
                &format!("/ouders/kinderen/{sem}/bericht"),
                &[("body", "  ")],
            )
            .await
            .assert_contains("Schrijf uw bericht");
        assert_eq!(app.count("SELECT COUNT(*) FROM parent_messages").await, 0);
        for n in 0..3 {
            linda
                .post(
                    &format!("/ouders/kinderen/{sem}/bericht"),
                    &[("body", &format!("Bericht {n}"))],
                )
                .await
                .assert_redirect_to(&format!("/ouders/kinderen/{sem}/bericht?ontvangen="));
            linda.get(&format!("/ouders/kinderen/{sem}/bericht")).await;
        }
        // Monday + three school days: Thursday 5 November.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM parent_messages WHERE due_on = '2026-11-05'")
                .await,
            3
        );
        let outbox = app.count("SELECT COUNT(*) FROM outbox").await;
        linda
            .post(
                &format!("/ouders/kinderen/{sem}/bericht"),
                &[("body", "Nog een")],
            )
            .await
            .assert_contains("al een paar berichten");
        assert_eq!(app.count("SELECT COUNT(*) FROM parent_messages").await, 3);
        assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, outbox);
        // The next day the limit starts again.
        app.state.clock.set(morning(day(2026, Month::November, 3)));
        let mut linda = parent_session(&app, "linda@example.org").await;
        linda.get(&format!("/ouders/kinderen/{sem}/bericht")).await;
        linda
            .post(
                &format!("/ouders/kinderen/{sem}/bericht"),
                &[("body", "Nieuwe dag")],
            )
            .await
            .assert_redirect_to(&format!("/ouders/kinderen/{sem}/bericht?ontvangen="));
    }
);
