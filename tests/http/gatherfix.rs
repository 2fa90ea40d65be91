//! Gatherings after review: a teacher sees and acts on the families of their own groups only
//! (and sees grade or school-wide gatherings read-only); exit sessions are reminded, attended
//! and printed through the same pages, their report goes to those who came; the startgesprek
//! wishes count this year's latest talk per pupil; audit lines; the answer form keeps what was
//! typed; nothing is answered, reminded or attended at the wrong time.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{id_from_location, link_in, Browser, TestApp};

async fn group(app: &TestApp, name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM groups WHERE name = $1")
        .bind(name.to_string())
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// Everything a wrong request could change.
async fn snapshot(app: &TestApp) -> String {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT i.answer || '|' || CAST(i.people AS TEXT) || '|' || i.interpreter || '|' || CAST(i.childcare AS TEXT) || '|' \
         || CAST(i.children_join AS TEXT) || '|' || COALESCE(CAST(i.reminded_at AS TEXT), '-') || '|' \
         || COALESCE(CAST(i.attended AS TEXT), '-') FROM gathering_invites i ORDER BY i.id",
    )
    .fetch_all(app.db.read())
    .await
    .unwrap();
    format!(
        "{rows:?} invites={} outbox={} audit={}",
        app.count("SELECT COUNT(*) FROM gathering_invites").await,
        app.count("SELECT COUNT(*) FROM outbox").await,
        app.count("SELECT COUNT(*) FROM audit_log").await
    )
}

fn in_days(days: i64) -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(days)))
}

/// The personal link in the latest mail to `email`, as a path.
async fn link_to(app: &TestApp, email: &str) -> String {
    let (_, text) = app.last_mail_to(email).await.expect("a mail");
    link_in(&text)
        .expect("a link")
        .strip_prefix(&app.base)
        .unwrap()
        .to_string()
}

async fn invite_id(app: &TestApp, gathering: i64, email: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT i.id FROM gathering_invites i JOIN guardians g ON g.id = i.guardian_id WHERE i.gathering_id = $1 AND g.email = $2",
    )
    .bind(gathering)
    .bind(email.to_string())
    .fetch_one(app.db.read())
    .await
    .unwrap()
}

async fn starts_at(app: &TestApp, id: i64) -> i64 {
    sqlx::query_scalar("SELECT starts_at FROM gatherings WHERE id = $1")
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// Mila joins 7B with her parents Noor (reads Turkish) and Kees: families of group B only.
async fn add_mila(admin: &mut Browser, g7: i64) {
    admin.get("/pupils/new").await;
    let g7 = g7.to_string();
    let page = admin
        .post(
            "/pupils/new",
            &[
                ("external_id", "504"),
                ("first_name", "Mila"),
                ("last_name", "Haddad"),
                ("date_of_birth", "01-02-2015"),
                ("group_id", &g7),
            ],
        )
        .await;
    let mila = id_from_location(&page.location.expect("pupil created"));
    for (name, email) in [
        ("Noor Haddad", "noor@example.org"),
        ("Kees Smit", "kees@example.org"),
    ] {
        let path = format!("/pupils/{mila}/guardians/new");
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
            .assert_redirect_to(&format!("/pupils/{mila}"));
    }
}

/// Plans a gathering as `who`; its id.
async fn plan(who: &mut Browser, fields: &[(&str, &str)]) -> i64 {
    who.get("/gatherings/new").await;
    let created = who.post("/gatherings", fields).await;
    id_from_location(&created.location.expect("planned"))
}

both_backends!(
    a_teacher_sees_and_acts_on_the_families_of_own_groups_only,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let g5 = group(&app, "5A").await.to_string();
        let g7 = group(&app, "7B").await;
        add_mila(&mut s.admin, g7).await;
        sqlx::query("UPDATE guardians SET language = 'tr' WHERE email = 'noor@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let g7 = g7.to_string();
        let day = in_days(14);
        let both = plan(
            &mut s.admin,
            &[
                ("kind", "info"),
                ("audience", "groups"),
                ("group", &g5),
                ("group", &g7),
                ("title", "Avond voor 5A en 7B"),
                ("day", &day),
                ("time", "19:30"),
            ],
        )
        .await;
        let plenary = plan(
            &mut s.admin,
            &[
                ("kind", "plenary"),
                ("audience", "school"),
                ("title", "Ouderavond"),
                ("day", &day),
                ("time", "20:00"),
            ],
        )
        .await;
        // The A+B evening is invited last: its mails are the latest.
        for id in [plenary, both] {
            s.admin.get(&format!("/gatherings/{id}")).await;
            s.admin
                .post(&format!("/gatherings/{id}/invite"), &[])
                .await
                .assert_redirect_to(&format!("/gatherings/{id}"));
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM gathering_invites WHERE gathering_id = {both}"
            ))
            .await,
            5
        );
        // Noor asks for a Turkish interpreter.
        let noor = link_to(&app, "noor@example.org").await;
        let mut b = app.browser();
        b.get(&noor).await;
        b.post(
            &noor,
            &[
                ("answer", "yes"),
                ("people", "1"),
                ("interpreter", "on"),
                ("interpreter_lang", "tr"),
            ],
        )
        .await
        .assert_redirect_to(&noor);

        // Tom (5A) sees his own families only: no names, children or languages of group B.
        let path = format!("/gatherings/{both}");
        for page in [
            s.tom.get(&path).await,
            s.tom.get(&format!("{path}/print")).await,
        ] {
            assert_eq!(page.status, 200);
            page.assert_contains("Linda Bakker");
            page.assert_contains("Sem");
            for hidden in ["Noor Haddad", "Kees Smit", "Mila", "Lotte", "Türkçe"] {
                assert!(!page.contains(hidden), "{hidden} shown to Tom");
            }
        }
        // The administrator sees everyone.
        let page = s.admin.get(&path).await;
        page.assert_contains("Noor Haddad");
        page.assert_contains("Türkçe");

        // Tom reminds: only his families' invitations.
        s.tom.get(&path).await;
        s.tom
            .post(&format!("{path}/remind"), &[])
            .await
            .assert_redirect_to(&path);
        let reminded = |email: &'static str| {
            let app = &app;
            async move {
                app.count(&format!(
                    "SELECT COUNT(*) FROM gathering_invites i JOIN guardians g ON g.id = i.guardian_id \
                     WHERE i.gathering_id = {both} AND g.email = '{email}' AND i.reminded_at IS NOT NULL"
                ))
                .await
            }
        };
        assert_eq!(reminded("eva@example.org").await, 1);
        assert_eq!(reminded("linda@example.org").await, 1);
        assert_eq!(reminded("kees@example.org").await, 0, "group B's family");

        // The plenary evening: Tom sees it, with his own families only, and may not act on it.
        let page = s.tom.get(&format!("/gatherings/{plenary}")).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Eva de Vries");
        assert!(!page.contains("Kees Smit"));
        assert!(!page.contains(&format!("/gatherings/{plenary}/remind")));
        s.tom.get("/gatherings").await.assert_contains("Ouderavond");
        // Tess sees the A+B evening too, with Mila's family and not Eva's.
        let page = s.tess.get(&path).await;
        page.assert_contains("Kees Smit");
        assert!(!page.contains("Eva de Vries"));

        // Afterwards Tom keeps attendance: ticking every invitation touches only his families.
        app.state.clock.set(starts_at(&app, both).await + 3600);
        s.tom
            .sign_in("tom@example.org", crate::common::PASSWORD)
            .await;
        let before = snapshot(&app).await;
        s.tom.get(&format!("/gatherings/{plenary}")).await;
        for action in ["invite", "remind", "attendance"] {
            assert_eq!(
                s.tom
                    .post(&format!("/gatherings/{plenary}/{action}"), &[])
                    .await
                    .status,
                403,
                "{action}"
            );
        }
        assert_eq!(snapshot(&app).await, before);
        let mut came = Vec::new();
        for email in [
            "linda@example.org",
            "rob@example.org",
            "eva@example.org",
            "noor@example.org",
            "kees@example.org",
        ] {
            came.push(invite_id(&app, both, email).await.to_string());
        }
        s.tom.get(&path).await;
        let form: Vec<(&str, &str)> = came.iter().map(|c| ("came", c.as_str())).collect();
        s.tom
            .post(&format!("{path}/attendance"), &form)
            .await
            .assert_redirect_to(&path);
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM gathering_invites WHERE gathering_id = {both} AND attended = 1"
            ))
            .await,
            3
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM gathering_invites WHERE gathering_id = {both} AND attended IS NULL"
            ))
            .await,
            2,
            "Noor and Kees untouched"
        );
    }
);

both_backends!(
    exit_sessions_are_reminded_attended_and_reported_to_those_who_came,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let summer = format!(
            "{}-07-10",
            driehoek::school::school_year_of(driehoek::timefmt::today()).1
        );
        for pupil in [s.lotte, s.finn] {
            s.admin.get(&format!("/pupils/{pupil}")).await;
            s.admin
                .post(
                    &format!("/pupils/{pupil}/leaving"),
                    &[
                        ("leaving_on", &summer),
                        ("reason", "end-primary"),
                        ("destination", ""),
                    ],
                )
                .await;
        }
        let day = in_days(30);
        s.admin.get("/exit").await;
        s.admin
            .post(
                "/exit/sessions",
                &[
                    ("kind", "cafe"),
                    ("title", "Onderwijscafé"),
                    ("day", &day),
                    ("time", "19:30"),
                    ("capacity", "30"),
                    ("return_day", "on"),
                ],
            )
            .await
            .assert_redirect_to("/exit?flash=session-saved");
        let session: i64 = sqlx::query_scalar("SELECT id FROM gatherings WHERE kind = 'exit'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        s.admin
            .post(&format!("/exit/sessions/{session}/invite"), &[])
            .await
            .assert_redirect_to("/exit");
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'invite' AND entity = 'gathering'"
            )
            .await,
            1,
            "sending the invitations is logged"
        );
        // Linda and Rob say yes; Linda's children join the return day, and the form remembers it.
        let (linda, rob) = (
            link_to(&app, "linda@example.org").await,
            link_to(&app, "rob@example.org").await,
        );
        let mut b = app.browser();
        b.get(&linda).await;
        b.post(
            &linda,
            &[("answer", "yes"), ("people", "1"), ("children_join", "on")],
        )
        .await
        .assert_redirect_to(&linda);
        b.get(&linda)
            .await
            .assert_contains("name=\"children_join\" checked");
        // Changing the answer keeps the ticked box as long as the family keeps it ticked.
        b.post(
            &linda,
            &[("answer", "yes"), ("people", "2"), ("children_join", "on")],
        )
        .await;
        b.get(&rob).await;
        b.post(&rob, &[("answer", "yes"), ("people", "1")]).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'answer' AND entity = 'gathering' AND guardian_id IS NOT NULL")
                .await,
            3,
            "every answer is logged"
        );

        // The exit page links to the session's own page; there reminders and attendance.
        s.admin
            .get("/exit")
            .await
            .assert_contains(&format!("href=\"/gatherings/{session}\""));
        let path = format!("/gatherings/{session}");
        let page = s.admin.get(&path).await;
        assert_eq!(page.status, 200);
        assert!(!page.contains(&format!("{path}/invite")));
        s.admin
            .post(&format!("{path}/remind"), &[])
            .await
            .assert_redirect_to(&path);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE reminded_at IS NOT NULL")
                .await,
            1,
            "Eva, who has not answered"
        );
        s.admin
            .get(&format!("{path}/print"))
            .await
            .assert_contains("Linda Bakker");
        // A teacher does not see the exit session.
        assert_eq!(s.tom.get(&path).await.status, 404);

        // Afterwards: only Linda came.
        app.state.clock.set(starts_at(&app, session).await + 7200);
        s.admin
            .sign_in(crate::common::ADMIN_EMAIL, crate::common::PASSWORD)
            .await;
        let linda_invite = invite_id(&app, session, "linda@example.org")
            .await
            .to_string();
        s.admin.get(&path).await;
        s.admin
            .post(&format!("{path}/attendance"), &[("came", &linda_invite)])
            .await
            .assert_redirect_to(&path);
        s.admin
            .post(
                &format!("/exit/sessions/{session}/record"),
                &[("a-lookback-well", "Gezellig")],
            )
            .await
            .assert_redirect_to(&format!("/exit/sessions/{session}/record"));
        let mut director = app
            .staff_member(
                &mut s.admin,
                "Dirk Directeur",
                "dirk@example.org",
                &["director"],
                &[],
            )
            .await;
        director
            .get(&format!("/exit/sessions/{session}/record"))
            .await;
        director
            .post(&format!("/exit/sessions/{session}/send-report"), &[])
            .await
            .assert_redirect_to(&format!("/exit/sessions/{session}/record"));
        let report = |email: &'static str| {
            let app = &app;
            async move {
                app.count(&format!(
                    "SELECT COUNT(*) FROM outbox WHERE to_address = '{email}' AND subject LIKE 'Verslag:%'"
                ))
                .await
            }
        };
        assert_eq!(report("linda@example.org").await, 1, "she came");
        assert_eq!(report("rob@example.org").await, 0, "said yes, did not come");
    }
);

both_backends!(
    startgesprek_wishes_count_this_years_latest_talk_per_pupil,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        let record = |pupil: i64, wish: &'static str| {
            let today = today.clone();
            async move { (pupil, wish, today) }
        };
        let mut made = Vec::new();
        for (pupil, wish, held_on) in [
            record(s.finn, "yes").await,
            record(s.sem, "no").await,
            record(s.finn, "maybe").await,
            record(s.sem, "yes").await,
        ] {
            let form = format!("/pupils/{pupil}/records/new");
            s.tom.get(&format!("{form}?kind=start")).await;
            let created = s
                .tom
                .post(
                    &form,
                    &[
                        ("kind", "start"),
                        ("held_on", &held_on),
                        ("form", "school"),
                        ("a-info-evening", "Graag"),
                        ("info_evening", wish),
                    ],
                )
                .await;
            made.push(id_from_location(&created.location.expect("record saved")));
        }
        // Finn's "yes" was last year's talk; Sem's "no" an earlier talk this year.
        let last_year = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_sub(time::Duration::days(400)),
        );
        let earlier = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_sub(time::Duration::days(1)),
        );
        for (id, held_on) in [(made[0], last_year), (made[1], earlier)] {
            sqlx::query("UPDATE records SET held_on = $1 WHERE id = $2")
                .bind(held_on)
                .bind(id)
                .execute(app.db.write())
                .await
                .unwrap();
        }
        let page = s.tom.get("/gatherings").await;
        page.assert_contains("<th scope=\"row\">5A</th><td>1</td><td>1</td><td>0</td>");
    }
);

both_backends!(
    the_answer_form_keeps_what_was_typed_and_closes_when_the_gathering_starts,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        sqlx::query("UPDATE guardians SET language = 'tr' WHERE email = 'eva@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let g5 = group(&app, "5A").await.to_string();
        let day = in_days(14);
        let id = plan(
            &mut s.tom,
            &[
                ("kind", "reception"),
                ("audience", "groups"),
                ("group", &g5),
                ("title", "Kennismaking"),
                ("day", &day),
                ("time", "19:00"),
                ("capacity", "2"),
            ],
        )
        .await;
        let path = format!("/gatherings/{id}");
        s.tom.get(&path).await;
        // A double click: both requests succeed, each family is invited once.
        let mut tom2 = Browser {
            base: s.tom.base.clone(),
            client: s.tom.client.clone(),
            csrf: s.tom.csrf.clone(),
        };
        let invite = format!("{path}/invite");
        let (a, c) = tokio::join!(s.tom.post(&invite, &[]), tom2.post(&invite, &[]));
        assert_eq!((a.status, c.status), (303, 303));
        assert_eq!(app.count("SELECT COUNT(*) FROM gathering_invites").await, 3);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%Kennismaking%'")
                .await,
            3
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'invite' AND entity = 'gathering'"
            )
            .await,
            1
        );

        // Eva ticks "interpreter" without a language: an error in Turkish, her answer kept.
        let eva = link_to(&app, "eva@example.org").await;
        let mut b = app.browser();
        let page = b.get(&eva).await;
        page.assert_contains("<option value=\"\"");
        page.assert_contains("<option value=\"other\"");
        let before = snapshot(&app).await;
        let page = b
            .post(
                &eva,
                &[
                    ("answer", "maybe"),
                    ("people", "2"),
                    ("interpreter", "on"),
                    ("interpreter_lang", ""),
                    ("childcare", "on"),
                ],
            )
            .await;
        assert_eq!(page.status, 422);
        page.assert_contains("Tercüman istiyorsunuz");
        page.assert_contains("value=\"maybe\" checked");
        page.assert_contains("value=\"2\"");
        page.assert_contains("name=\"childcare\" checked");
        assert_eq!(snapshot(&app).await, before);
        // Another language, typed: kept as typed, shown to the teacher.
        b.post(
            &eva,
            &[
                ("answer", "yes"),
                ("people", "1"),
                ("interpreter", "on"),
                ("interpreter_lang", "other"),
                ("interpreter_other", "Koerdisch"),
            ],
        )
        .await
        .assert_redirect_to(&eva);
        let page = b.get(&eva).await;
        page.assert_contains("<option value=\"other\" selected");
        page.assert_contains("value=\"Koerdisch\"");
        s.tom.get(&path).await.assert_contains("Koerdisch");

        // Full: Linda's yes for two does not fit; what she typed stays in the form.
        let linda = link_to(&app, "linda@example.org").await;
        let before = snapshot(&app).await;
        let page = b
            .post(
                &linda,
                &[
                    ("answer", "yes"),
                    ("people", "2"),
                    ("interpreter", "on"),
                    ("interpreter_lang", "ar"),
                    ("childcare", "on"),
                ],
            )
            .await;
        assert_eq!(page.status, 409);
        page.assert_contains("niet genoeg plaats");
        page.assert_contains("value=\"2\"");
        page.assert_contains("<option value=\"ar\" lang=\"ar\" selected");
        page.assert_contains("name=\"childcare\" checked");
        assert_eq!(snapshot(&app).await, before);

        // Attendance before the start is refused, nothing saved.
        s.tom.get(&path).await;
        let eva_invite = invite_id(&app, id, "eva@example.org").await.to_string();
        let early = s
            .tom
            .post(&format!("{path}/attendance"), &[("came", &eva_invite)])
            .await;
        assert_eq!(early.status, 409);
        early.assert_contains("nog niet begonnen");
        assert_eq!(snapshot(&app).await, before);

        // Once it started: no more answers, no reminders.
        app.state.clock.set(starts_at(&app, id).await + 60);
        let page = b.get(&linda).await;
        page.assert_contains("al begonnen");
        assert!(!page.contains("name=\"answer\""));
        let late = b.post(&linda, &[("answer", "no")]).await;
        assert_eq!(late.status, 409);
        late.assert_contains("al begonnen");
        s.tom
            .sign_in("tom@example.org", crate::common::PASSWORD)
            .await;
        s.tom.get(&path).await;
        let remind = s.tom.post(&format!("{path}/remind"), &[]).await;
        assert_eq!(remind.status, 409);
        remind.assert_contains("herinneren kan niet meer");
        assert_eq!(snapshot(&app).await, before);
    }
);
