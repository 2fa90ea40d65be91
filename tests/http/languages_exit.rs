//! Every family in its own language, exit part (issue 11): the follow-up questionnaire and the
//! group session invitation reach each guardian in their own language, on pages in it, and a
//! guardian's switch there is stored for them only. Shares its family with languages.rs.

use driehoek::i18n::Lang;
use driehoek::timefmt;

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::TestApp;
use crate::languages::{assert_page_in, family_in_six_languages, language_of, path_of, FAMILY};

/// The path of the personal link in the last mail to `email`.
async fn last_link(app: &TestApp, email: &str) -> (String, String) {
    let (subject, text) = app.last_mail_to(email).await.expect("a mail");
    let link =
        crate::common::link_in(&text).unwrap_or_else(|| panic!("a link in {subject}: {text}"));
    (subject, path_of(app, &link))
}

both_backends!(
    exit_invitations_and_follow_ups_speak_each_guardians_language,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        family_in_six_languages(&app, &mut s.admin, s.finn).await;
        // Finn left long ago: his four guardians get the follow-up questionnaire.
        let long_ago = timefmt::iso(timefmt::today().saturating_sub(time::Duration::days(200)));
        let summer = format!(
            "{}-07-10",
            driehoek::school::school_year_of(timefmt::today()).1
        );
        for (pupil, on) in [(s.finn, &long_ago), (s.lotte, &summer)] {
            s.admin.get(&format!("/pupils/{pupil}")).await;
            s.admin
                .post(
                    &format!("/pupils/{pupil}/leaving"),
                    &[("leaving_on", on), ("reason", "move"), ("destination", "")],
                )
                .await;
        }
        s.admin.get("/exit").await;
        s.admin.post("/exit/followups", &[]).await;
        for (_, email, code) in &FAMILY[2..] {
            let lang = Lang::from_code(code).unwrap();
            let (subject, path) = last_link(&app, email).await;
            let expected = lang.tr("followup-subject", &[("child", "Finn".to_string())]);
            assert_eq!(subject, expected, "{code}");
            let page = app.browser().get(&path).await;
            assert_page_in(&page, lang);
            page.assert_contains(&format!("action=\"{path}/taal\""));
        }
        let (_, eva_path) = last_link(&app, "eva@example.org").await;
        let mut eva = app.browser();
        eva.get(&eva_path).await;
        eva.post(&format!("{eva_path}/taal"), &[("lang", "tr")])
            .await
            .assert_redirect_to(&eva_path);
        assert_eq!(language_of(&app, "eva@example.org").await, "tr");
        assert_page_in(&eva.get(&eva_path).await, Lang::Tr);

        // Lotte leaves this summer: her separated parents are invited to a group session,
        // each in their own language, and each RSVP page is in it.
        let day = timefmt::iso(timefmt::today().saturating_add(time::Duration::days(30)));
        s.admin.get("/exit").await;
        s.admin
            .post(
                "/exit/sessions",
                &[
                    ("kind", "cafe"),
                    ("title", "Onderwijscafé"),
                    ("day", &day),
                    ("time", "19:30"),
                    ("place", "De aula"),
                    ("capacity", "10"),
                ],
            )
            .await;
        let session: i64 = sqlx::query_scalar("SELECT id FROM gatherings WHERE kind = 'exit'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        s.admin
            .post(&format!("/exit/sessions/{session}/invite"), &[])
            .await;
        for (_, email, code) in &FAMILY[..2] {
            let lang = Lang::from_code(code).unwrap();
            let (subject, path) = last_link(&app, email).await;
            let expected = lang.tr(
                "session-invite-subject",
                &[("title", "Onderwijscafé".to_string())],
            );
            assert_eq!(subject, expected, "{code}");
            assert_page_in(&app.browser().get(&path).await, lang);
        }
        let (_, linda_path) = last_link(&app, "linda@example.org").await;
        let mut linda = app.browser();
        linda.get(&linda_path).await;
        linda
            .post(&format!("{linda_path}/taal"), &[("lang", "ar")])
            .await
            .assert_redirect_to(&linda_path);
        assert_eq!(language_of(&app, "linda@example.org").await, "ar");
        assert_eq!(language_of(&app, "rob@example.org").await, "en");
        assert_page_in(&linda.get(&linda_path).await, Lang::Ar);
    }
);
