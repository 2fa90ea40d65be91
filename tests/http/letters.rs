//! Invitation letters on paper (issue 11, item 8): a teacher prints, from the families page, a
//! letter with a QR code and the full link for a family without e-mail; the letter's link books
//! beside the mailed one, revoking ends both, the print is a contact attempt; only the family's
//! own teachers may print; the letter speaks the guardian's language.

use crate::both_backends;
use crate::common::scenario::{open_round, school, School};
use crate::common::{id_from_location, link_in, Browser, TestApp};

fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.base)
        .expect("link to this app")
        .to_string()
}

/// The links written out on a print page, in order.
fn letter_links(body: &str) -> Vec<String> {
    body.split("class=\"letter-link\" dir=\"ltr\">")
        .skip(1)
        .map(|p| p.split('<').next().unwrap().trim().to_string())
        .collect()
}

/// The slot ids offered on a booking page for one child.
fn slot_ids(page: &str, pupil: i64) -> Vec<String> {
    let section = page
        .split(&format!("id=\"child-{pupil}\""))
        .nth(1)
        .unwrap_or_default();
    let section = section.split("</section>").next().unwrap_or_default();
    section
        .split("name=\"slot\" value=\"")
        .skip(1)
        .map(|p| p.split('"').next().unwrap().to_string())
        .collect()
}

async fn scalar(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// What a refused print must not have changed.
async fn footprint(app: &TestApp) -> (i64, i64, i64, i64) {
    (
        app.count("SELECT COUNT(*) FROM invitation_letters").await,
        app.count("SELECT COUNT(*) FROM invitations").await,
        app.count("SELECT COUNT(*) FROM contact_attempts").await,
        app.count("SELECT COUNT(*) FROM audit_log").await,
    )
}

/// A pupil in the group of `sibling` with one guardian who has no e-mail address.
/// Returns (pupil, guardian).
async fn family_without_email(
    app: &TestApp,
    s: &mut School,
    sibling: i64,
    nr: &str,
    (child, parent, language): (&str, &str, &str),
) -> (i64, i64) {
    let group = scalar(app, "SELECT group_id FROM pupils WHERE id = $1", sibling).await;
    let (first, last) = child.split_once(' ').unwrap();
    s.admin.get("/pupils/new").await;
    let page = s
        .admin
        .post(
            "/pupils/new",
            &[
                ("external_id", nr),
                ("first_name", first),
                ("last_name", last),
                ("date_of_birth", "03-06-2017"),
                ("group_id", &group.to_string()),
            ],
        )
        .await;
    let pupil = id_from_location(&page.location.expect("pupil made"));
    let path = format!("/pupils/{pupil}/guardians/new");
    s.admin.get(&path).await;
    s.admin
        .post(
            &path,
            &[
                ("name", parent),
                ("email", ""),
                ("phone", "06-12345678"),
                ("language", language),
                ("interpreter_needed", "on"),
                ("relationship", "father"),
                ("parental_authority", "on"),
                ("receives_invitations", "on"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{pupil}"));
    let guardian = scalar(
        app,
        "SELECT MIN(guardian_id) FROM pupil_guardians WHERE pupil_id = $1",
        pupil,
    )
    .await;
    (pupil, guardian)
}

async fn guardian_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM guardians WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

async fn print_letter(who: &mut Browser, round: i64, guardian: i64) -> crate::common::Page {
    who.get(&format!("/rounds/{round}/families")).await;
    who.post(&format!("/rounds/{round}/guardians/{guardian}/letter"), &[])
        .await
}

both_backends!(
    a_printed_letter_books_beside_the_mailed_link_and_revoking_ends_both,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        let sem = s.sem;
        let (noor, karim) = family_without_email(
            &app,
            &mut s,
            sem,
            "601",
            ("Noor Amrani", "Karim Amrani", "ar"),
        )
        .await;
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;

        // The families page marks the family, names the language and offers the letter.
        let page = s.tom.get(&format!("/rounds/{round}/families")).await;
        page.assert_contains("Karim Amrani <span class=\"muted\">· Arabisch</span>");
        page.assert_contains("Geef een brief mee met de leerling.");
        page.assert_contains(&format!(
            "action=\"/rounds/{round}/guardians/{karim}/letter\""
        ));
        page.assert_contains(&format!("action=\"/rounds/{round}/letters\""));
        page.assert_contains(&format!(
            "<section class=\"card needs-letter\" id=\"pupil-{noor}\""
        ));
        assert!(!page.contains("Mail kwam niet aan"));
        // A mail the relay gave up on marks that family too.
        sqlx::query("UPDATE outbox SET status = 'failed' WHERE to_address = 'eva@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let page = s.tom.get(&format!("/rounds/{round}/families")).await;
        page.assert_contains("Mail kwam niet aan");
        page.assert_contains(&format!(
            "<section class=\"card needs-letter\" id=\"pupil-{}\"",
            s.finn
        ));
        page.assert_contains(&format!("<section class=\"card\" id=\"pupil-{sem}\""));

        // Printing answers with the letter itself: QR code as SVG and the link in full.
        let before_attempts = app.count("SELECT COUNT(*) FROM contact_attempts").await;
        let page = print_letter(&mut s.tom, round, karim).await;
        assert_eq!(page.status, 200, "{}", page.body);
        page.assert_contains("<svg role=\"img\"");
        page.assert_contains("viewBox=\"0 0 ");
        page.assert_contains("Noor Amrani");
        page.assert_contains("OBS De Linde");
        assert!(!page.contains("<?xml"));
        assert!(
            !page.contains("class=\"main-nav\""),
            "no site navigation on paper"
        );
        let links = letter_links(&page.body);
        assert_eq!(links.len(), 1);
        let letter = links[0].clone();
        assert!(letter.starts_with(&format!("{}/b/", app.base)), "{letter}");
        assert_eq!(
            letter.len(),
            app.base.len() + 3 + 43,
            "the whole token, no short code"
        );
        assert_eq!(
            page.headers.get("cache-control").unwrap(),
            "no-store",
            "a live link is never cached"
        );
        // Recorded: the letter's link (hash only), a contact attempt, an audit line.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM contact_attempts").await,
            before_attempts + 1
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM contact_attempts WHERE channel = 'letter' AND pupil_id = $1",
                noor,
            )
            .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'invitation-letter'")
                .await,
            1
        );
        let stored: String = sqlx::query_scalar("SELECT token_hash FROM invitation_letters")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        assert!(!letter.contains(&stored) && stored.len() == 64);
        let page = s.tom.get(&format!("/rounds/{round}/families")).await;
        page.assert_contains("Brief meegegeven");
        page.assert_contains("1 brief meegegeven");

        // The family follows the letter's link and books.
        let mut family = app.browser();
        let booking_page = family.get(&path_of(&app, &letter)).await;
        assert_eq!(booking_page.status, 200);
        booking_page.assert_contains("Noor");
        let slot = slot_ids(&booking_page.body, noor)[0].clone();
        let booked = family
            .post(
                &format!("{}/book", path_of(&app, &letter)),
                &[
                    ("pupil", &noor.to_string()),
                    ("slot", &slot),
                    ("key", "letter-1"),
                ],
            )
            .await;
        assert!(
            booked.status == 303,
            "booked: {} {}",
            booked.status,
            booked.body
        );
        let booked_by: Vec<i64> = sqlx::query_scalar(
            "SELECT i.guardian_id FROM bookings b JOIN invitations i ON i.id = b.invitation_id \
             WHERE b.pupil_id = $1 AND b.status = 'active'",
        )
        .bind(noor)
        .fetch_all(app.db.read())
        .await
        .unwrap();
        assert_eq!(booked_by, vec![karim], "booked on Karim's one invitation");

        // A family with e-mail: the mailed link keeps working beside a printed letter.
        let eva = guardian_id(&app, "eva@example.org").await;
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let mailed = path_of(&app, &link_in(&text).unwrap());
        let page = print_letter(&mut s.tom, round, eva).await;
        let eva_letter = path_of(&app, &letter_links(&page.body)[0]);
        let mut eva_browser = app.browser();
        assert_eq!(eva_browser.get(&mailed).await.status, 200);
        assert_eq!(eva_browser.get(&eva_letter).await.status, 200);
        // Both links lead to the same invitation: the family's one booking shows on both.
        assert_ne!(mailed, eva_letter);

        // Revoking the invitation ends both links; resending mails a new link but does not
        // bring the letter back.
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/guardians/{eva}/revoke"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        assert_eq!(eva_browser.get(&mailed).await.status, 404);
        assert_eq!(eva_browser.get(&eva_letter).await.status, 404);
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/guardians/{eva}/resend"), &[])
            .await;
        assert_eq!(eva_browser.get(&eva_letter).await.status, 404);
        // A letter printed after a revocation works at once; the revoked mailed link stays
        // dead, and "send invitations" mails Eva a fresh one again.
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let resent = path_of(&app, &link_in(&text).unwrap());
        assert_eq!(eva_browser.get(&resent).await.status, 200);
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/guardians/{eva}/revoke"), &[])
            .await;
        let page = print_letter(&mut s.tom, round, eva).await;
        let after_revocation = path_of(&app, &letter_links(&page.body)[0]);
        assert_eq!(eva_browser.get(&after_revocation).await.status, 200);
        assert_eq!(eva_browser.get(&resent).await.status, 404);
        let mails_to_eva = "SELECT COUNT(*) FROM outbox WHERE to_address = 'eva@example.org'";
        let mails = app.count(mails_to_eva).await;
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;
        assert_eq!(app.count(mails_to_eva).await, mails + 1);
        assert_eq!(eva_browser.get(&after_revocation).await.status, 200);

        // Karim's letter, untouched by Eva's revocation, still shows his booking.
        family
            .get(&path_of(&app, &letter))
            .await
            .assert_contains("Noor");
        // Revoking Karim ends his letter too.
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/guardians/{karim}/revoke"), &[])
            .await;
        assert_eq!(family.get(&path_of(&app, &letter)).await.status, 404);
        // A new print after the revocation works (and the old letter stays dead).
        let page = print_letter(&mut s.tom, round, karim).await;
        let newer = path_of(&app, &letter_links(&page.body)[0]);
        assert_eq!(family.get(&newer).await.status, 200);
        assert_eq!(family.get(&path_of(&app, &letter)).await.status, 404);
    }
);

both_backends!(
    only_the_familys_own_teachers_may_print_a_letter,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        let sem = s.sem;
        let (_, karim) = family_without_email(
            &app,
            &mut s,
            sem,
            "601",
            ("Noor Amrani", "Karim Amrani", "nl"),
        )
        .await;

        // Tess teaches 7B: Karim's child is in 5A.
        let before = footprint(&app).await;
        let page = print_letter(&mut s.tess, round, karim).await;
        assert_eq!(page.status, 404);
        assert!(!page.contains("Noor"));
        assert_eq!(footprint(&app).await, before, "nothing written");
        // GET never prints.
        let page = s
            .tom
            .get(&format!("/rounds/{round}/guardians/{karim}/letter"))
            .await;
        assert_eq!(page.status, 405);
        assert_eq!(footprint(&app).await, before);

        // Another school's administrator.
        driehoek::staff::add_school(
            &app.state,
            "Het Kompas",
            "Karin Kompas",
            "karin@example.org",
        )
        .await
        .unwrap();
        let (_, text) = app.last_mail_to("karin@example.org").await.unwrap();
        let path = path_of(&app, &link_in(&text).unwrap());
        let mut karin = app.browser();
        karin.get(&path).await;
        karin
            .post(
                &path,
                &[
                    ("password", crate::common::PASSWORD),
                    ("confirm", crate::common::PASSWORD),
                ],
            )
            .await
            .assert_redirect_to("/");
        karin.get("/").await;
        let before = footprint(&app).await;
        let page = karin
            .post(&format!("/rounds/{round}/guardians/{karim}/letter"), &[])
            .await;
        assert!(page.status == 404 || page.status == 403, "{}", page.status);
        let page = karin.post(&format!("/rounds/{round}/letters"), &[]).await;
        assert!(page.status == 404 || page.status == 403);
        assert!(!page.contains("Noor"));
        assert_eq!(footprint(&app).await, before, "nothing written");

        // Tess's letters for families without e-mail reach none of Tom's families.
        s.tess.get(&format!("/rounds/{round}/families")).await;
        s.tess
            .post(&format!("/rounds/{round}/letters"), &[])
            .await
            .assert_redirect_to(&format!(
                "/rounds/{round}/families?flash=problem-letters-nobody"
            ));
        assert_eq!(footprint(&app).await, before, "nothing written");

        // Tom, the family's teacher, may.
        let page = print_letter(&mut s.tom, round, karim).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Uitnodiging voor een gesprek over Noor Amrani");
        assert_eq!(footprint(&app).await.0, before.0 + 1);

        // Once booking has closed a letter's link would lead nowhere: nothing is printed.
        app.state.clock.advance(15 * 24 * 3600);
        s.tom
            .sign_in("tom@example.org", crate::common::PASSWORD)
            .await
            .assert_redirect_to("/");
        let before = footprint(&app).await;
        print_letter(&mut s.tom, round, karim)
            .await
            .assert_redirect_to(&format!(
                "/rounds/{round}/families?flash=problem-letters-round-closed"
            ));
        assert_eq!(footprint(&app).await, before, "nothing written");
    }
);

both_backends!(
    the_letter_speaks_the_guardians_language_and_all_letters_print_at_once,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        let (sem, lotte) = (s.sem, s.lotte);
        let (noor, karim) = family_without_email(
            &app,
            &mut s,
            sem,
            "601",
            ("Noor Amrani", "Karim Amrani", "en"),
        )
        .await;
        family_without_email(
            &app,
            &mut s,
            lotte,
            "602",
            ("Mila Kowalska", "Anna Kowalska", "nl"),
        )
        .await;

        // Karim reads English: his letter is English inside a Dutch staff page.
        let page = print_letter(&mut s.tom, round, karim).await;
        let karim_letter_page = page.body.clone();
        assert_eq!(page.status, 200);
        page.assert_contains("<html lang=\"nl\"");
        page.assert_contains("Uitnodigingsbrieven");
        page.assert_contains("<article class=\"letter\" lang=\"en\" dir=\"ltr\"");
        page.assert_contains("Invitation to a conversation about Noor Amrani");
        page.assert_contains("Dear Karim Amrani,");
        page.assert_contains("Scan the code with the camera of your phone.");
        assert!(!page.contains("Beste Karim"));

        // All families without e-mail and without a time, bounded by the teacher's groups.
        s.tom.get(&format!("/rounds/{round}/families")).await;
        let page = s.tom.post(&format!("/rounds/{round}/letters"), &[]).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.body.matches("<article class=\"letter\"").count(), 1);
        assert!(!page.contains("Mila"));
        s.admin.get(&format!("/rounds/{round}/families")).await;
        let page = s.admin.post(&format!("/rounds/{round}/letters"), &[]).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.body.matches("<article class=\"letter\"").count(), 2);
        assert_eq!(letter_links(&page.body).len(), 2);
        page.assert_contains("Mila Kowalska");
        page.assert_contains("Beste Anna Kowalska,");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM invitation_letters").await,
            4
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM contact_attempts WHERE channel = 'letter'")
                .await,
            4
        );

        // The families page names each guardian's language; once Karim has booked from his
        // letter, Tom's day schedule names the language an interpreter is needed for.
        let page = s.tom.get(&format!("/rounds/{round}/families")).await;
        page.assert_contains("Karim Amrani <span class=\"muted\">· Engels</span>");
        let letter = letter_links(&karim_letter_page)[0].clone();
        let mut family = app.browser();
        let booking_page = family.get(&path_of(&app, &letter)).await;
        let slot = slot_ids(&booking_page.body, noor)[0].clone();
        family
            .post(
                &format!("{}/book", path_of(&app, &letter)),
                &[("pupil", &noor.to_string()), ("slot", &slot), ("key", "k1")],
            )
            .await;
        s.tom
            .get(&format!("/rounds/{round}/schedule"))
            .await
            .assert_contains("Tolk nodig: Engels");
    }
);
