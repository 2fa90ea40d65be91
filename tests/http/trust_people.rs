//! Regression tests for the trust review's holes around guardians, records and the parents'
//! view (issue "Trust", items 2, 5, 9 and 10): each one written to fail before its fix.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{link_in, Browser, TestApp};

fn today() -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today())
}

async fn guardian_id(app: &TestApp, email: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM guardians WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    id
}

async fn email_of(app: &TestApp, id: i64) -> Option<String> {
    let (email,): (Option<String>,) = sqlx::query_as("SELECT email FROM guardians WHERE id = $1")
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    email
}

/// A parent's signed-in browser through the mailed single-use link (also used by messages.rs).
pub(crate) async fn parent_session(app: &TestApp, email: &str) -> Browser {
    let mut b = app.browser();
    b.get("/ouders").await;
    b.post("/ouders", &[("email", email)]).await;
    let (_, text) = app.last_mail_to(email).await.expect("sign-in mail");
    let path = link_in(&text)
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    b.get(&path).await;
    b.post(&path, &[])
        .await
        .assert_redirect_to("/ouders/kinderen");
    b
}

/// Everything a change of a guardian could touch, to compare before and after.
async fn guardian_state(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM guardians",
        "SELECT COUNT(*) FROM pupil_guardians",
        "SELECT COUNT(*) FROM audit_log",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM parent_sessions",
        "SELECT COUNT(*) FROM parent_links WHERE used_at IS NULL",
    ] {
        out.push(app.count(sql).await);
    }
    out
}

fn edit_fields<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("phone", "06-12345678"),
        ("language", "nl"),
    ]
}

both_backends!(
    a_teacher_cannot_take_over_a_parents_access,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let eva = guardian_id(&app, "eva@example.org").await;
        let edit = format!("/guardians/{eva}/edit");
        // Tom teaches Finn, Eva's son: he sees Eva and may fix her phone number...
        s.tom.get(&edit).await.assert_contains("eva@example.org");
        let before = guardian_state(&app).await;
        // ...but not point her sign-in link at himself.
        let page = s
            .tom
            .post(&edit, &edit_fields("Eva de Vries", "tom.prive@example.org"))
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("niet wijzigen");
        page.assert_contains("tom.prive@example.org");
        assert_eq!(
            email_of(&app, eva).await.as_deref(),
            Some("eva@example.org")
        );
        assert_eq!(guardian_state(&app).await, before, "nothing was written");
        // Asking for the parent link with his own address gets him nothing.
        s.tom.sign_out().await;
        app.browser()
            .post("/ouders", &[("email", "tom.prive@example.org")])
            .await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE to_address = 'tom.prive@example.org'")
                .await,
            0
        );
        // Other details stay editable for the teacher when the address is left alone.
        let mut tom = app.browser();
        tom.sign_in("tom@example.org", crate::common::PASSWORD)
            .await;
        tom.get(&edit).await;
        tom.post(&edit, &edit_fields("Eva de Vries", "eva@example.org"))
            .await
            .assert_redirect_to(&format!("/guardians/{eva}"));
    }
);

both_backends!(
    an_address_change_is_audited_tells_the_old_address_and_ends_personal_links,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let eva = guardian_id(&app, "eva@example.org").await;
        let mut eva_browser = parent_session(&app, "eva@example.org").await;
        eva_browser
            .get("/ouders/kinderen")
            .await
            .assert_contains("Finn");
        // A sign-in link still waiting in her mailbox, and a follow-up link mailed earlier.
        app.browser()
            .post("/ouders", &[("email", "eva@example.org")])
            .await;
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let waiting = link_in(&text)
            .unwrap()
            .strip_prefix(&app.base)
            .unwrap()
            .to_string();
        sqlx::query(
            "INSERT INTO followups (school_id, pupil_id, guardian_id, token_hash, sent_at) \
             SELECT school_id, $1, id, 'old-followup-hash', 0 FROM guardians WHERE id = $2",
        )
        .bind(s.finn)
        .bind(eva)
        .execute(app.db.write())
        .await
        .unwrap();

        let edit = format!("/guardians/{eva}/edit");
        s.admin.get(&edit).await;
        s.admin
            .post(&edit, &edit_fields("Eva de Vries", "eva.nieuw@example.org"))
            .await
            .assert_redirect_to(&format!("/guardians/{eva}"));
        assert_eq!(
            email_of(&app, eva).await.as_deref(),
            Some("eva.nieuw@example.org")
        );
        // Audited with old and new value.
        let (detail,): (String,) = sqlx::query_as(
            "SELECT detail FROM audit_log WHERE entity = 'guardian' AND entity_id = $1 AND action = 'update'",
        )
        .bind(eva)
        .fetch_one(app.db.read())
        .await
        .unwrap();
        assert!(detail.contains("eva@example.org"), "{detail}");
        assert!(detail.contains("eva.nieuw@example.org"), "{detail}");
        let log = s.admin.get("/audit").await;
        log.assert_contains("ouder of verzorger (e-mail: eva@example.org → eva.nieuw@example.org)");
        // The old address is told.
        let (subject, body) = app.last_mail_to("eva@example.org").await.unwrap();
        assert!(subject.contains("e-mailadres is gewijzigd"), "{subject}");
        assert!(
            !body.contains("eva.nieuw"),
            "the notice does not reveal the new address"
        );
        // Her open session, the waiting sign-in link and the follow-up link stop working.
        eva_browser
            .get("/ouders/kinderen")
            .await
            .assert_redirect_to("/ouders");
        app.browser()
            .post(&waiting, &[])
            .await
            .assert_contains("werkt niet meer");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM followups WHERE token_hash = 'old-followup-hash'")
                .await,
            0
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM parent_sessions").await, 0);
    }
);

both_backends!(
    a_school_can_let_teachers_change_addresses,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let eva = guardian_id(&app, "eva@example.org").await;
        s.admin.get("/school").await;
        s.admin
            .post(
                "/school",
                &[
                    ("school_name", "OBS De Linde"),
                    ("city", "Utrecht"),
                    ("exit_policy", "each"),
                    ("guardian_email_role", "teacher"),
                ],
            )
            .await
            .assert_redirect_to("/school");
        s.admin
            .get("/school")
            .await
            .assert_contains(r#"name="guardian_email_role" value="teacher" checked"#);
        let edit = format!("/guardians/{eva}/edit");
        s.tom.get(&edit).await;
        s.tom
            .post(&edit, &edit_fields("Eva de Vries", "eva.nieuw@example.org"))
            .await
            .assert_redirect_to(&format!("/guardians/{eva}"));
        assert_eq!(
            email_of(&app, eva).await.as_deref(),
            Some("eva.nieuw@example.org")
        );
        // Tess does not teach Finn: she still cannot reach Eva at all.
        let page = s
            .tess
            .post(&edit, &edit_fields("Eva de Vries", "tess@example.org"))
            .await;
        assert_eq!(page.status, 404);
    }
);

both_backends!(
    a_new_guardian_with_a_known_address_is_not_linked_for_a_teacher_who_cannot_see_them,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let eva = guardian_id(&app, "eva@example.org").await;
        // Tess (7B) adds "a new parent" to Lotte with the address of Eva, Finn's mother (5A).
        let path = format!("/pupils/{}/guardians/new", s.lotte);
        s.tess.get(&path).await;
        let before = guardian_state(&app).await;
        let page = s
            .tess
            .post(
                &path,
                &[
                    ("name", "Nieuwe ouder"),
                    ("email", "eva@example.org"),
                    ("relationship", "mother"),
                    ("parental_authority", "on"),
                ],
            )
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("Vraag een beheerder");
        page.assert_contains("Nieuwe ouder");
        assert_eq!(guardian_state(&app).await, before, "nothing was written");
        assert_eq!(
            s.tess.get(&format!("/guardians/{eva}")).await.status,
            404,
            "Eva stays out of Tess's reach"
        );
        // A sibling's parent whom the teacher already sees is linked as before.
        let links = "SELECT COUNT(*) FROM audit_log WHERE entity = 'guardian' AND action = 'link'";
        let linked_before = app.count(links).await;
        let path = format!("/pupils/{}/guardians/new", s.finn);
        s.tom.get(&path).await;
        s.tom
            .post(
                &path,
                &[
                    ("name", "Linda Bakker"),
                    ("email", "linda@example.org"),
                    ("relationship", "mother"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{}", s.finn));
        assert_eq!(app.count(links).await, linked_before + 1);
    }
);

/// Tom writes a record of Sem's with one agreement; returns the record's page path.
async fn record_with_agreement(
    tom: &mut Browser,
    sem: i64,
    topic: &str,
    shared: bool,
    close: bool,
) -> String {
    let today = today();
    let mut fields = vec![
        ("kind", "other"),
        ("held_on", today.as_str()),
        ("form", "school"),
        ("a-summary", "Gesprek"),
        ("ag1-topic", topic),
    ];
    if shared {
        fields.push(("shared", "on"));
    }
    if close {
        fields.push(("action", "close"));
    }
    let page = tom
        .post(&format!("/pupils/{sem}/records/new"), &fields)
        .await;
    page.assert_redirect_to("/records/");
    page.location.unwrap()
}

async fn agreement_id(app: &TestApp, topic: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM agreements WHERE topic = $1")
        .bind(topic)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    id
}

both_backends!(
    parents_see_agreements_only_of_what_the_school_shared,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        record_with_agreement(&mut s.tom, s.sem, "Afspraak uit concept", true, false).await;
        record_with_agreement(&mut s.tom, s.sem, "Afspraak niet gedeeld", false, true).await;
        record_with_agreement(&mut s.tom, s.sem, "Afspraak gedeeld", true, true).await;
        s.tom
            .post(
                &format!("/pupils/{}/agreements", s.sem),
                &[("ag1-topic", "Afspraak los")],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{}", s.sem));

        let mut linda = parent_session(&app, "linda@example.org").await;
        let page = linda.get("/ouders/kinderen").await;
        page.assert_contains("Afspraak gedeeld");
        page.assert_contains("Afspraak los");
        assert!(
            !page.contains("Afspraak uit concept"),
            "a draft's agreement"
        );
        assert!(
            !page.contains("Afspraak niet gedeeld"),
            "an unshared record's agreement"
        );

        // Nor can she answer one she cannot see.
        let responses = "SELECT COUNT(*) FROM agreement_responses";
        for topic in ["Afspraak uit concept", "Afspraak niet gedeeld"] {
            let id = agreement_id(&app, topic).await;
            let page = linda
                .post(&format!("/ouders/afspraken/{id}"), &[("confirm", "on")])
                .await;
            assert_eq!(page.status, 404, "{topic}");
        }
        assert_eq!(app.count(responses).await, 0);

        // Once Sem has left, his agreements take no more answers.
        let shared = agreement_id(&app, "Afspraak gedeeld").await;
        s.admin
            .post(&format!("/pupils/{}/archive", s.sem), &[])
            .await;
        let page = linda
            .post(&format!("/ouders/afspraken/{shared}"), &[("confirm", "on")])
            .await;
        assert_eq!(page.status, 404);
        assert_eq!(app.count(responses).await, 0);
    }
);

both_backends!(
    every_view_of_one_pupils_pages_and_every_change_writes_one_audit_line,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let sem = s.sem;
        let audit = "SELECT COUNT(*) FROM audit_log";
        let draft = record_with_agreement(&mut s.tom, sem, "Lezen", true, false).await;
        let shared = record_with_agreement(&mut s.tom, sem, "Rekenen", true, true).await;
        let eva = guardian_id(&app, "eva@example.org").await;
        for (path, lines) in [
            (format!("/pupils/{sem}/records/new?kind=progress"), 1),
            (format!("{draft}/edit"), 1),
            (shared.clone(), 1),
            (format!("/pupils/{sem}/plan"), 1),
            (format!("/pupils/{sem}"), 1),
            // Eva's page and form show Tom one child, Finn.
            (format!("/guardians/{eva}"), 1),
            (format!("/guardians/{eva}/edit"), 1),
            // Lists are not audited.
            ("/pupils".to_string(), 0),
            ("/guardians".to_string(), 0),
        ] {
            let before = app.count(audit).await;
            assert_eq!(s.tom.get(&path).await.status, 200, "{path}");
            assert_eq!(app.count(audit).await - before, lines, "{path}");
        }
        // A change writes one line, not a change line and a view line.
        for (path, fields) in [
            (
                format!("/pupils/{sem}/agreements"),
                vec![("ag1-topic", "Schrijven")],
            ),
            (
                format!("/pupils/{sem}/contacts"),
                vec![("channel", "phone"), ("summary", "Gebeld")],
            ),
            (
                format!("/guardians/{eva}/edit"),
                edit_fields("Eva de Vries", "eva@example.org"),
            ),
        ] {
            let before = app.count(audit).await;
            assert_eq!(s.tom.post(&path, &fields).await.status, 303, "{path}");
            assert_eq!(app.count(audit).await - before, 1, "{path}");
        }
        // A parent's view of the shared records: one line per child shown.
        let mut linda = parent_session(&app, "linda@example.org").await;
        let before = app.count(audit).await;
        linda
            .get("/ouders/kinderen")
            .await
            .assert_contains("Rekenen");
        assert_eq!(app.count(audit).await - before, 2, "Sem and Lotte");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'parent-view'")
                .await,
            2
        );
    }
);

both_backends!(
    a_change_whose_audit_line_cannot_be_written_is_not_saved,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let sem = s.sem;
        let eva = guardian_id(&app, "eva@example.org").await;
        s.tom.get(&format!("/pupils/{sem}")).await;
        // The audit log becomes unwritable (a full disk, a revoked grant, ...).
        sqlx::query("ALTER TABLE audit_log RENAME TO audit_log_away")
            .execute(app.db.write())
            .await
            .unwrap();
        let contacts = "SELECT COUNT(*) FROM contact_log";
        let page = s
            .tom
            .post(
                &format!("/pupils/{sem}/contacts"),
                &[("channel", "phone"), ("summary", "Gebeld")],
            )
            .await;
        assert_eq!(page.status, 500);
        assert_eq!(
            app.count(contacts).await,
            0,
            "the contact went with its line"
        );
        let page = s
            .admin
            .post(
                &format!("/guardians/{eva}/edit"),
                &edit_fields("Eva de Vries", "eva.nieuw@example.org"),
            )
            .await;
        assert_eq!(page.status, 500);
        assert_eq!(
            email_of(&app, eva).await.as_deref(),
            Some("eva@example.org")
        );
        // Nor is a pupil's page served without its line.
        assert_eq!(s.tom.get(&format!("/pupils/{sem}/plan")).await.status, 500);
    }
);

both_backends!(
    a_contact_with_a_date_that_is_no_date_is_shown_again_not_saved_as_today,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let path = format!("/pupils/{}/contacts", s.sem);
        s.tom.get(&format!("/pupils/{}", s.sem)).await;
        let contacts = "SELECT COUNT(*) FROM contact_log";
        let page = s
            .tom
            .post(
                &path,
                &[
                    ("channel", "email"),
                    ("summary", "Mail over de schoolreis"),
                    ("positive", "on"),
                    ("happened_on", "31-02-2026"),
                ],
            )
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("Vul een geldige datum in");
        page.assert_contains("31-02-2026");
        page.assert_contains("Mail over de schoolreis");
        page.assert_contains(r#"value="email" selected"#);
        assert_eq!(app.count(contacts).await, 0, "nothing saved");
        // Corrected, it is saved with the date typed.
        s.tom
            .post(
                &path,
                &[
                    ("channel", "email"),
                    ("summary", "Mail over de schoolreis"),
                    ("happened_on", "2026-02-27"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{}", s.sem));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM contact_log WHERE happened_on = '2026-02-27'")
                .await,
            1
        );
    }
);

both_backends!(
    opening_a_guardians_page_is_audited_for_each_child_shown,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let linda = guardian_id(&app, "linda@example.org").await;
        let eva = guardian_id(&app, "eva@example.org").await;
        let views = |guardian: i64| {
            format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = 'guardian' \
                 AND entity_id = {guardian} AND staff_id IS NOT NULL"
            )
        };
        let of_pupil =
            |guardian: i64, pupil: i64| format!("{} AND pupil_id = {pupil}", views(guardian));
        // Tom teaches 5A: Linda's page shows him Sem, not Lotte (7B), and says so in the log.
        s.tom
            .get(&format!("/guardians/{linda}"))
            .await
            .assert_contains("Sem");
        assert_eq!(app.count(&views(linda)).await, 1);
        assert_eq!(app.count(&of_pupil(linda, s.sem)).await, 1);
        // Tess (7B) cannot open Eva's page (Finn is in 5A): Not Found, and no line.
        let before = guardian_state(&app).await;
        assert_eq!(s.tess.get(&format!("/guardians/{eva}")).await.status, 404);
        assert_eq!(guardian_state(&app).await, before);
        assert_eq!(app.count(&views(eva)).await, 0);
        // The administrator sees both children: a line for each.
        s.admin.get(&format!("/guardians/{linda}")).await;
        assert_eq!(app.count(&of_pupil(linda, s.lotte)).await, 1);
        assert_eq!(app.count(&views(linda)).await, 3);
    }
);
