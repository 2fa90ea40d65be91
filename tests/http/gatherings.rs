//! Gatherings: a class reception planned by a teacher, invited by mail (each guardian in their
//! language, with a personal link), answered with needs, reminded exactly once, attended and
//! printed; an information evening from the startgesprek answers; who may do what.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{link_in, TestApp};

async fn group(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM groups WHERE name = $1")
        .bind(name.to_string())
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// Everything about gatherings that a wrong request could change.
async fn snapshot(app: &TestApp) -> String {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT i.answer || '|' || CAST(i.people AS TEXT) || '|' || i.interpreter || '|' || CAST(i.childcare AS TEXT) || '|' \
         || COALESCE(CAST(i.reminded_at AS TEXT), '-') || '|' || COALESCE(CAST(i.attended AS TEXT), '-') FROM gathering_invites i ORDER BY i.id",
    )
    .fetch_all(app.db.read())
    .await
    .unwrap();
    format!(
        "{rows:?} gatherings={} outbox={}",
        app.count("SELECT COUNT(*) FROM gatherings").await,
        app.count("SELECT COUNT(*) FROM outbox").await
    )
}

fn in_two_weeks() -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(14)))
}

/// The personal link in the latest mail to `email`, as a path.
async fn link_to(app: &TestApp, email: &str, subject_starts: &str) -> String {
    let (subject, text) = app.last_mail_to(email).await.expect("a mail");
    assert!(subject.starts_with(subject_starts), "{subject}");
    link_in(&text)
        .expect("a link")
        .strip_prefix(&app.base)
        .unwrap()
        .to_string()
}

both_backends!(
    mail a_class_reception_is_invited_answered_reminded_once_and_attended,
    |app: TestApp, _sink| async move {
        let mut s = school(&app).await;
        // Eva reads Turkish.
        sqlx::query("UPDATE guardians SET language = 'tr' WHERE email = 'eva@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let g5 = group(&app, "5A").await;
        let g7 = group(&app, "7B").await;
        let day = in_two_weeks();
        let g5s = g5.to_string();
        let g7s = g7.to_string();
        let reception = |group: &str, audience: &str, day: &str| -> Vec<(String, String)> {
            [
                ("kind", "reception"),
                ("audience", audience),
                ("group", group),
                ("title", "Kennismaking groep 5A"),
                ("day", day),
                ("time", "19:00"),
                ("minutes", "45"),
                ("place", "Lokaal 5A"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
        };
        let pairs = |v: &[(String, String)]| -> Vec<(String, String)> { v.to_vec() };

        // Tom may not plan for Tess's group, nor for the whole school: refused, nothing saved.
        s.tom.get("/gatherings/new").await;
        let before = snapshot(&app).await;
        for wrong in [
            reception(&g7s, "groups", &day),
            reception(&g5s, "school", &day),
        ] {
            let wrong = pairs(&wrong);
            let form: Vec<(&str, &str)> =
                wrong.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            assert_eq!(s.tom.post("/gatherings", &form).await.status, 403);
        }
        assert_eq!(snapshot(&app).await, before);

        // A missing date is shown in the form, with what was typed kept.
        let no_day = reception(&g5s, "groups", "");
        let form: Vec<(&str, &str)> = no_day.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let page = s.tom.post("/gatherings", &form).await;
        assert_eq!(page.status, 422);
        page.assert_contains("vul een geldige datum in");
        page.assert_contains("value=\"Lokaal 5A\"");

        let ok = reception(&g5s, "groups", &day);
        let ok: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let created = s.tom.post("/gatherings", &ok).await;
        let location = created.location.clone().expect("redirect");
        assert!(location.ends_with("?flash=gathering-saved"), "{location}");
        let id = crate::common::id_from_location(&location);
        let path = format!("/gatherings/{id}");

        // Invited: one mail per guardian of 5A (Linda and Rob for Sem, Eva for Finn), each in
        // their own language; pressing again sends nothing more.
        s.tom.get(&path).await;
        s.tom.post(&format!("{path}/invite"), &[]).await.assert_redirect_to(&path);
        s.tom.post(&format!("{path}/invite"), &[]).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%Kennismaking groep 5A%'")
                .await,
            3
        );
        let linda = link_to(&app, "linda@example.org", "Uitnodiging: Kennismaking").await;
        let eva = link_to(&app, "eva@example.org", "Davet: Kennismaking").await;
        let rob = link_to(&app, "rob@example.org", "Uitnodiging:").await;

        // Tess (another group) cannot see or change it; nothing changes.
        let before = snapshot(&app).await;
        assert_eq!(s.tess.get(&path).await.status, 404);
        assert_eq!(s.tess.get(&format!("{path}/print")).await.status, 404);
        s.tess.get("/gatherings").await;
        for action in ["invite", "remind", "attendance"] {
            assert_eq!(
                s.tess.post(&format!("{path}/{action}"), &[]).await.status,
                404,
                "{action}"
            );
        }
        assert!(!s.tess.get("/gatherings").await.contains("Kennismaking groep 5A"));
        assert_eq!(snapshot(&app).await, before);

        // Linda answers yes, with two people, an Arabic interpreter and childcare; Eva's page
        // opened in Turkish.
        let mut b = app.browser();
        let page = b.get(&linda).await;
        page.assert_contains("Kennismaking groep 5A");
        page.assert_contains("Lokaal 5A");
        app.browser().get(&eva).await.assert_contains("Tercüman istiyorum");
        b.post(
            &linda,
            &[
                ("answer", "yes"),
                ("people", "2"),
                ("interpreter", "on"),
                ("interpreter_lang", "ar"),
                ("childcare", "on"),
            ],
        )
        .await
        .assert_redirect_to(&linda);
        let (answer, people, interpreter, childcare): (String, i64, String, i64) = sqlx::query_as(
            "SELECT i.answer, i.people, i.interpreter, i.childcare FROM gathering_invites i JOIN guardians g ON g.id = i.guardian_id WHERE g.email = 'linda@example.org'",
        )
        .fetch_one(app.db.read())
        .await
        .unwrap();
        assert_eq!((answer.as_str(), people, interpreter.as_str(), childcare), ("yes", 2, "ar", 1));
        let page = b.get(&linda).await;
        page.assert_contains("Fijn dat u met 2 personen komt!");
        page.assert_contains("wijzigen");

        // Eva's link shows only her own invitation; a made-up link changes nothing.
        assert!(!app.browser().get(&eva).await.contains("2 personen"));
        let before = snapshot(&app).await;
        assert_eq!(
            app.browser()
                .post("/rsvp/not-a-token", &[("answer", "no")])
                .await
                .status,
            404
        );
        assert_eq!(snapshot(&app).await, before);

        // Remind those who have not answered (Rob and Eva): twice at once and once more later,
        // and each gets exactly one reminder, with a link of its own.
        s.tom.get(&path).await;
        let remind = format!("{path}/remind");
        let mut tom2 = crate::common::Browser {
            base: s.tom.base.clone(),
            client: s.tom.client.clone(),
            csrf: s.tom.csrf.clone(),
        };
        tom2.get(&path).await;
        let (a, c) = tokio::join!(s.tom.post(&remind, &[]), tom2.post(&remind, &[]));
        assert_eq!((a.status, c.status), (303, 303));
        s.tom.get(&path).await;
        s.tom.post(&remind, &[]).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Herinnering: Kennismaking%' OR subject LIKE 'Hatırlatma: Kennismaking%'")
                .await,
            2
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE to_address = 'linda@example.org' AND subject LIKE 'Herinnering%'")
                .await,
            0,
            "Linda answered already"
        );
        let rob_reminder = link_to(&app, "rob@example.org", "Herinnering:").await;
        assert_ne!(rob_reminder, rob);
        b.post(&rob_reminder, &[("answer", "no")])
            .await
            .assert_redirect_to(&rob_reminder);
        // The first link still works and shows the changed answer; Rob may change it.
        b.get(&rob).await.assert_contains("Jammer dat u niet kunt");
        b.post(&rob, &[("answer", "maybe"), ("people", "1")])
            .await
            .assert_redirect_to(&rob);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE answer = 'maybe'")
                .await,
            1
        );

        // The list: who comes, how many, what they need.
        let print = s.tom.get(&format!("{path}/print")).await;
        print.assert_contains("Linda Bakker");
        print.assert_contains("العربية");
        print.assert_contains("opvang");
        assert!(!print.contains("Eva de Vries") || print.contains("nog geen antwoord"));

        // Afterwards: who came.
        let starts: i64 = sqlx::query_scalar("SELECT starts_at FROM gatherings WHERE id = $1")
            .bind(id)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        app.state.clock.set(starts + 3600);
        // Two weeks on, Tom signs in again.
        s.tom
            .sign_in("tom@example.org", crate::common::PASSWORD)
            .await;
        let page = s.tom.get(&path).await;
        page.assert_contains("Wie was er?");
        let linda_invite = app
            .count("SELECT i.id FROM gathering_invites i JOIN guardians g ON g.id = i.guardian_id WHERE g.email = 'linda@example.org'")
            .await
            .to_string();
        s.tom
            .post(&format!("{path}/attendance"), &[("came", &linda_invite)])
            .await
            .assert_redirect_to(&path);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE attended = 1").await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE attended = 0").await,
            2
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'gathering' AND action = 'attendance'")
                .await,
            1
        );
    }
);

both_backends!(
    an_information_evening_comes_from_the_startgesprek_answers,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        let g5 = group(&app, "5A").await;
        for (pupil, wish) in [(s.sem, "yes"), (s.finn, "maybe")] {
            let form = format!("/pupils/{pupil}/records/new");
            s.tom
                .get(&format!("{form}?kind=start"))
                .await
                .assert_contains("name=\"info_evening\"");
            s.tom
                .post(
                    &form,
                    &[
                        ("kind", "start"),
                        ("held_on", &today),
                        ("form", "school"),
                        ("a-info-evening", "Graag over de overstap"),
                        ("info_evening", wish),
                    ],
                )
                .await
                .assert_redirect_to("/records/");
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM records WHERE info_evening IN ('yes', 'maybe')")
                .await,
            2
        );
        // Counted per group, with one click to a pre-filled evening for that group.
        let page = s.tom.get("/gatherings").await;
        page.assert_contains("<th scope=\"row\">5A</th><td>1</td><td>1</td><td>0</td>");
        let href = format!("/gatherings/new?kind=info&amp;group={g5}");
        page.assert_contains(&href);
        let form = s
            .tom
            .get(&format!("/gatherings/new?kind=info&group={g5}"))
            .await;
        form.assert_contains("value=\"Informatieavond\"");
        form.assert_contains(&format!("name=\"group\" value=\"{g5}\" checked"));
        // Tess sees no wishes of Tom's group.
        assert!(!s
            .tess
            .get("/gatherings")
            .await
            .contains("<th scope=\"row\">5A</th>"));

        let day = in_two_weeks();
        let created = s
            .tom
            .post(
                "/gatherings",
                &[
                    ("kind", "info"),
                    ("audience", "groups"),
                    ("group", &g5.to_string()),
                    ("title", "Informatieavond"),
                    ("day", &day),
                    ("time", "19:30"),
                    ("minutes", ""),
                    ("place", ""),
                    ("capacity", "40"),
                ],
            )
            .await;
        let id = crate::common::id_from_location(&created.location.expect("created"));
        s.tom.get(&format!("/gatherings/{id}")).await;
        s.tom.post(&format!("/gatherings/{id}/invite"), &[]).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites").await,
            3,
            "the families of 5A"
        );
        let (kind, minutes, capacity): (String, i64, Option<i64>) =
            sqlx::query_as("SELECT kind, minutes, capacity FROM gatherings WHERE id = $1")
                .bind(id)
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert_eq!((kind.as_str(), minutes, capacity), ("info", 90, Some(40)));
        // The director plans a plenary evening for the whole school: every family invited.
        s.admin.get("/gatherings/new?kind=plenary").await;
        let created = s
            .admin
            .post(
                "/gatherings",
                &[
                    ("kind", "plenary"),
                    ("audience", "school"),
                    ("title", "Ouderavond"),
                    ("day", &day),
                    ("time", "20:00"),
                ],
            )
            .await;
        let plenary = crate::common::id_from_location(&created.location.expect("created"));
        s.admin.get(&format!("/gatherings/{plenary}")).await;
        s.admin
            .post(&format!("/gatherings/{plenary}/invite"), &[])
            .await;
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM gathering_invites WHERE gathering_id = {plenary}"
            ))
            .await,
            3,
            "Linda, Rob and Eva, once each"
        );
        // Tom sees the school's evening read-only (his own families); he may not invite.
        assert_eq!(
            s.tom.get(&format!("/gatherings/{plenary}")).await.status,
            200
        );
        assert_eq!(
            s.tom
                .post(&format!("/gatherings/{plenary}/invite"), &[])
                .await
                .status,
            403
        );
    }
);

/// Migration 0028 moves the exit sessions and their invitations onto gatherings: ids come from
/// the new sequence (the next gathering gets a fresh id on PostgreSQL too), the token hashes
/// stay, so links already mailed keep working.
async fn exit_sessions_move_onto_gatherings(backend: crate::common::Backend) {
    use std::borrow::Cow;
    let Some((url, _dir)) = crate::common::fresh_database(backend).await else {
        return;
    };
    let db = driehoek::db::Db::connect(&url).await.unwrap();
    let folder = match backend {
        crate::common::Backend::Sqlite => "migrations/sqlite",
        crate::common::Backend::Postgres => "migrations/postgres",
    };
    let mut before = sqlx::migrate::Migrator::new(std::path::Path::new(folder))
        .await
        .unwrap();
    before.migrations = Cow::Owned(
        before
            .migrations
            .iter()
            .filter(|m| m.version < 28)
            .cloned()
            .collect(),
    );
    before.run(db.write()).await.unwrap();
    let token = "a-link-mailed-before-the-move";
    for sql in [
        "INSERT INTO schools (name, created_at) VALUES ('De Linde', 1)".to_string(),
        "INSERT INTO guardians (school_id, name, email, created_at, updated_at) VALUES (1, 'Linda', 'linda@example.org', 1, 1)".into(),
        "INSERT INTO guardians (school_id, name, email, created_at, updated_at) VALUES (1, 'Rob', 'rob@example.org', 1, 1)".into(),
        // Two sessions, the second one first in id order of its invitations.
        "INSERT INTO exit_sessions (school_id, kind, title, starts_at, place, capacity, return_day, created_at, answers, report_sent_at) \
         VALUES (1, 'cafe', 'Onderwijscafé', 2000000000, 'Aula', 30, 1, 5, '{\"cell-1\":\"Fijn\"}', 7)".into(),
        "INSERT INTO exit_sessions (school_id, kind, title, starts_at, place, capacity, return_day, created_at) \
         VALUES (1, 'panel', 'Ouderpanel', 2000100000, '', 10, 0, 6)".into(),
        "INSERT INTO session_invites (session_id, guardian_id, token_hash, answer, people, children_join, answered_at) \
         VALUES (2, 2, 'other-hash', '', 0, 0, NULL)".into(),
        format!("INSERT INTO session_invites (session_id, guardian_id, token_hash, answer, people, children_join, answered_at) \
         VALUES (1, 1, '{}', 'yes', 2, 1, 9)", driehoek::auth::tokens::hash_token(token)),
    ] {
        sqlx::query(&sql).execute(db.write()).await.unwrap();
    }
    db.migrate().await.unwrap();

    let moved: Vec<(String, String, String, Option<i64>, i64)> = sqlx::query_as(
        "SELECT ga.title, ga.kind, x.form, ga.capacity, x.return_day FROM gatherings ga JOIN exit_gatherings x ON x.gathering_id = ga.id ORDER BY ga.starts_at",
    )
    .fetch_all(db.read())
    .await
    .unwrap();
    assert_eq!(
        moved,
        vec![
            (
                "Onderwijscafé".into(),
                "exit".into(),
                "cafe".into(),
                Some(30),
                1
            ),
            (
                "Ouderpanel".into(),
                "exit".into(),
                "panel".into(),
                Some(10),
                0
            ),
        ]
    );
    let (title, answer, people, join, answers, report): (String, String, i64, i64, String, Option<i64>) = sqlx::query_as(
        "SELECT ga.title, i.answer, i.people, i.children_join, x.answers, x.report_sent_at FROM gathering_invites i \
         JOIN gatherings ga ON ga.id = i.gathering_id JOIN exit_gatherings x ON x.gathering_id = ga.id WHERE i.token_hash = $1",
    )
    .bind(driehoek::auth::tokens::hash_token(token))
    .fetch_one(db.read())
    .await
    .unwrap();
    assert_eq!(
        (
            title.as_str(),
            answer.as_str(),
            people,
            join,
            answers.as_str(),
            report
        ),
        (
            "Onderwijscafé",
            "yes",
            2,
            1,
            "{\"cell-1\":\"Fijn\"}",
            Some(7)
        )
    );
    // The identity moved on: a new gathering gets the next id, not a clash.
    let next: i64 = sqlx::query_scalar(
        "INSERT INTO gatherings (school_id, kind, audience, title, starts_at, created_at) VALUES (1, 'info', 'school', 'Nieuw', 1, 1) RETURNING id",
    )
    .fetch_one(db.write())
    .await
    .unwrap();
    assert_eq!(next, 3);
    db.close().await;
}

#[tokio::test]
async fn exit_sessions_move_onto_gatherings_on_sqlite() {
    exit_sessions_move_onto_gatherings(crate::common::Backend::Sqlite).await;
}

#[tokio::test]
async fn exit_sessions_move_onto_gatherings_on_postgres() {
    exit_sessions_move_onto_gatherings(crate::common::Backend::Postgres).await;
}

both_backends!(
    the_start_page_asks_for_the_class_reception_in_the_first_weeks,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let first: String =
            sqlx::query_scalar("SELECT first_school_day FROM school_years WHERE is_current = 1")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        let first = driehoek::timefmt::parse_iso(&first).expect("a first school day");
        let at = driehoek::timefmt::from_amsterdam(
            first.saturating_add(time::Duration::days(1)),
            time::Time::from_hms(10, 0, 0).unwrap(),
        );
        app.state.clock.set(at);
        let page = s.tom.get("/").await;
        page.assert_contains("Er is nog geen kennismaking met de ouders van uw groep gepland.");
        page.assert_contains("href=\"/gatherings/new?kind=reception\"");
        let g5 = group(&app, "5A").await.to_string();
        let day = driehoek::timefmt::iso(first.saturating_add(time::Duration::days(4)));
        s.tom.get("/gatherings/new?kind=reception").await;
        s.tom
            .post(
                "/gatherings",
                &[
                    ("kind", "reception"),
                    ("audience", "groups"),
                    ("group", &g5),
                    ("title", "Koffie in groep 5A"),
                    ("day", &day),
                    ("time", "08:30"),
                ],
            )
            .await
            .assert_redirect_to("/gatherings/");
        let page = s.tom.get("/").await;
        page.assert_contains("Koffie in groep 5A");
        assert!(!page.contains("Er is nog geen kennismaking"));
        // Tess's start page does not show Tom's group's reception.
        assert!(!s.tess.get("/").await.contains("Koffie in groep 5A"));
    }
);
