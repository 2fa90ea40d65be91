//! Every family in its own language (issue 11): guardians who read Dutch, English, Arabic,
//! Turkish, Polish and Ukrainian get the invitation in their language over real SMTP, open the
//! link on a page in their language (right to left for Arabic), switch language with the page's
//! button (a POST, stored for that guardian only, so separated parents keep their own), and
//! every one of the six books on a page in their language and gets a confirmation in it whose
//! calendar file parses. Opening a link never changes anything. Exit mails: languages_exit.rs.
//!
//! The expected words come from each language's own translation files; the six confirmation
//! subjects must all differ, so a text that falls back to Dutch fails here.

use std::time::Duration;

use driehoek::i18n::Lang;
use driehoek::timefmt;

use crate::both_backends;
use crate::common::scenario::{open_round, school};
use crate::common::smtp::{ReceivedMail, SmtpSink};
use crate::common::{Browser, Page, TestApp};

const WAIT: Duration = Duration::from_secs(15);

/// (name, e-mail, language) of every guardian in the test: Linda and Rob are Sem and Lotte's
/// separated parents; the others are Finn's family.
pub(crate) const FAMILY: [(&str, &str, &str); 6] = [
    ("Linda Bakker", "linda@example.org", "tr"),
    ("Rob Bakker", "rob@example.org", "en"),
    ("Eva de Vries", "eva@example.org", "ar"),
    ("Ayla de Vries", "ayla@example.org", "nl"),
    ("Piotr de Vries", "piotr@example.org", "pl"),
    ("Olena de Vries", "olena@example.org", "uk"),
];

pub(crate) fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.base)
        .expect("link to this app")
        .to_string()
}

pub(crate) async fn language_of(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT language FROM guardians WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

async fn guardian_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM guardians WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// The page is in `lang`: `<html lang dir>` and the Content-Language header.
#[track_caller]
pub(crate) fn assert_page_in(page: &Page, lang: Lang) {
    assert_eq!(page.status, 200, "{}", page.body);
    let dir = if lang.is_rtl() { " dir=\"rtl\"" } else { "" };
    page.assert_contains(&format!("<html lang=\"{}\"{dir}>", lang.code()));
    assert_eq!(
        page.headers.get("content-language").unwrap(),
        lang.code(),
        "Content-Language"
    );
}

/// The first calendar event's (DTSTART, SUMMARY) of a mail; the file must parse.
fn first_event(mail: &ReceivedMail) -> (String, String) {
    use icalendar::parser::{read_calendar, unfold};
    let ics = mail.ics().expect("calendar attachment");
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("a valid calendar");
    let event = cal
        .components
        .iter()
        .find(|c| c.name == "VEVENT")
        .expect("an event");
    let get = |n: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == n)
            .map(|p| p.val.to_string())
            .unwrap_or_default()
    };
    (get("DTSTART"), get("SUMMARY"))
}

/// The first line of our standard invitation in `lang` (the greeting with the name).
fn greeting(lang: Lang, name: &str) -> String {
    let mut args = vec![("parent", name.to_string())];
    for other in [
        "children",
        "link",
        "deadline",
        "duration",
        "place",
        "attendees",
        "school",
        "pupil",
    ] {
        args.push((other, String::new()));
    }
    let text = lang.tr("invite-body-start", &args);
    assert!(!text.starts_with("Unknown"), "{lang:?}: {text}");
    text.lines().next().unwrap().to_string()
}

/// A translated text as a page shows it: Fluent's isolation marks (Arabic) are not in the HTML
/// the same way, so they are left out of the comparison.
fn without_marks(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The slot ids offered on a booking page for one child, in order.
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

/// Finn's other three guardians, added through the staff form with their language; the
/// scenario's parents get theirs the same way a school's import would leave them.
pub(crate) async fn family_in_six_languages(app: &TestApp, admin: &mut Browser, finn: i64) {
    for (name, email, language) in &FAMILY[3..] {
        let path = format!("/pupils/{finn}/guardians/new");
        admin.get(&path).await;
        admin
            .post(
                &path,
                &[
                    ("name", name),
                    ("email", email),
                    ("language", language),
                    ("relationship", "father"),
                    ("parental_authority", "on"),
                    ("receives_invitations", "on"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{finn}"));
    }
    for (_, email, language) in &FAMILY[..3] {
        sqlx::query("UPDATE guardians SET language = $1 WHERE email = $2")
            .bind(language)
            .bind(email)
            .execute(app.db.write())
            .await
            .unwrap();
    }
    for (_, email, language) in FAMILY {
        assert_eq!(language_of(app, email).await, language);
    }
}

both_backends!(
    mail every_family_reads_and_books_in_its_own_language,
    |app: TestApp, sink: SmtpSink| async move {
        let mut s = school(&app).await;
        family_in_six_languages(&app, &mut s.admin, s.finn).await;
        let round = open_round(&mut s).await;
        // Six bookings with Tom (Linda and Rob for Sem, Finn's four): a second hour of slots.
        s.tom
            .post(
                &format!("/rounds/{round}/availability"),
                &[
                    ("day", &crate::common::scenario::conversation_day()),
                    ("starts", "20:00"),
                    ("ends", "21:00"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/rounds/{round}"));
        s.admin.get(&format!("/rounds/{round}")).await;
        s.admin
            .post(&format!("/rounds/{round}/invite"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        let (closes_at, school_name): (i64, String) = sqlx::query_as(
            "SELECT r.closes_at, sc.name FROM rounds r JOIN schools sc ON sc.id = r.school_id WHERE r.id = $1",
        )
        .bind(round)
        .fetch_one(app.db.read())
        .await
        .unwrap();

        // Each invitation in the guardian's language: subject, greeting, and the deadline with
        // that language's month name on the 24-hour clock.
        let mut links = std::collections::HashMap::new();
        for (name, email, code) in FAMILY {
            let lang = Lang::from_code(code).unwrap();
            let mail = sink.wait_for(email, 1, WAIT).await.remove(0);
            let subject = lang.tr(
                "invite-subject",
                &[
                    ("title", "Startgesprekken".to_string()),
                    ("school", school_name.clone()),
                ],
            );
            assert_eq!(mail.subject().as_deref(), Some(subject.as_str()), "{code}");
            let text = mail.text().unwrap();
            let greeting = greeting(lang, name);
            assert!(text.contains(&greeting), "{code}: {greeting:?} in {text}");
            let deadline = timefmt::datetime(lang, closes_at);
            assert!(text.contains(&deadline), "{code}: {deadline:?} in {text}");
            let month = lang.t(&format!(
                "month-{}",
                u8::from(timefmt::to_amsterdam(closes_at).month())
            ));
            assert!(text.contains(&month), "{code}: month {month}");
            let html = mail.html().unwrap();
            // The HTML part says its language (right to left for Arabic).
            let head = format!("<html lang=\"{code}\" dir=\"{}\">", lang.dir());
            assert!(html.contains(&head), "{code}: {head} in {html}");
            assert!(html.contains("<p dir=\"auto\">"));
            // The link stays a link in every language (no invisible marks around it).
            assert!(html.contains(&format!("<a href=\"{}/b/", app.base)), "{code}: {html}");
            links.insert(email, path_of(&app, &mail.link().unwrap()));
        }
        // Dutch and English really differ (the other four are checked through their own files).
        assert!(sink.mails_to("ayla@example.org")[0].text().unwrap().contains("Beste Ayla de Vries"));
        assert!(sink.mails_to("rob@example.org")[0].text().unwrap().contains("Dear Rob Bakker"));

        // Each link opens a page in the guardian's language, whatever the browser prefers;
        // the switch offers all six, each in its own script, as buttons of a POST form.
        for (_, email, code) in FAMILY {
            let lang = Lang::from_code(code).unwrap();
            let mut b = app.browser();
            let page = b
                .get_with(&links[email], ("accept-language", "nl-NL,nl;q=0.9"))
                .await;
            assert_page_in(&page, lang);
            page.assert_contains(&format!("action=\"{}/taal\"", links[email]));
            for l in Lang::ALL {
                page.assert_contains(&format!(
                    "name=\"lang\" value=\"{}\" lang=\"{}\" dir=\"{}\"",
                    l.code(),
                    l.code(),
                    l.dir()
                ));
                page.assert_contains(l.native_name());
            }
        }
        let eva_page = app.browser().get(&links["eva@example.org"]).await;
        eva_page.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
        eva_page.assert_contains("<bdi>");
        let eva_invitation = sink.mails_to("eva@example.org")[0].html().unwrap();
        assert!(eva_invitation.contains("<html lang=\"ar\" dir=\"rtl\">"), "{eva_invitation}");

        // Opening a link with ?lang= (or any other way) changes nothing.
        let audit_before = app.count("SELECT COUNT(*) FROM audit_log").await;
        let mut eva = app.browser();
        let page = eva.get(&format!("{}?lang=en", links["eva@example.org"])).await;
        assert_page_in(&page, Lang::Ar);
        assert_eq!(language_of(&app, "eva@example.org").await, "ar");
        assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, audit_before);

        // Every guardian books on a page in their own language (Rob, still English, for Lotte)
        // and gets the confirmation in it, with a calendar file that parses.
        let day = timefmt::parse_iso(&crate::common::scenario::conversation_day()).unwrap();
        for (_, email, code) in FAMILY {
            let lang = Lang::from_code(code).unwrap();
            let pupil = match email {
                "linda@example.org" => s.sem,
                "rob@example.org" => s.lotte,
                _ => s.finn,
            };
            let path = links[email].clone();
            let mut b = app.browser();
            let page = b.get(&path).await;
            assert_page_in(&page, lang);
            page.assert_contains(&without_marks(&lang.t("booking-submit")));
            let free = slot_ids(&page.body, pupil);
            assert!(!free.is_empty(), "{code}: {}", page.body);
            b.post(
                &format!("{path}/book"),
                &[
                    ("pupil", &pupil.to_string()),
                    ("slot", &free[0]),
                    ("key", &format!("book-{code}")),
                ],
            )
            .await
            .assert_redirect_to(&format!("{path}?flash=booked"));
            let page = b.get(&format!("{path}?flash=booked")).await;
            assert_page_in(&page, lang);
            page.assert_contains(&without_marks(&lang.t("flash-booked")));
            let confirmation = sink.wait_for(email, 2, WAIT).await.remove(1);
            let subject = lang.tr(
                "booking-mail-subject-booked",
                &[("title", "Startgesprekken".to_string())],
            );
            assert_eq!(confirmation.subject().as_deref(), Some(subject.as_str()), "{code}");
            let (start, summary) = first_event(&confirmation);
            assert!(!start.is_empty() && !summary.is_empty(), "{code}");
            let text = confirmation.text().unwrap();
            let weekday_and_date = timefmt::date_with_weekday(lang, day);
            assert!(text.contains(&weekday_and_date), "{code}: {weekday_and_date:?} in {text}");
        }
        // The six subjects are six different texts.
        let subjects: std::collections::BTreeSet<_> = FAMILY
            .iter()
            .map(|(_, email, _)| sink.mails_to(email)[1].subject().unwrap())
            .collect();
        assert_eq!(subjects.len(), 6, "{subjects:?}");

        // Rob switches to Dutch with the page's button: stored for him (audited as his own
        // change), not for Linda, who keeps Turkish.
        let rob_path = links["rob@example.org"].clone();
        let mut rob = app.browser();
        rob.get(&rob_path).await;
        rob.post(&format!("{rob_path}/taal"), &[("lang", "nl"), ("back", "/elders")])
            .await
            .assert_redirect_to(&rob_path);
        assert_eq!(language_of(&app, "rob@example.org").await, "nl");
        assert_eq!(language_of(&app, "linda@example.org").await, "tr");
        let rob_id = guardian_id(&app, "rob@example.org").await;
        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE guardian_id = $1 AND staff_id IS NULL \
             AND action = 'parent-update' AND entity = 'guardian' AND detail = 'language: en → nl'",
        )
        .bind(rob_id)
        .fetch_one(app.db.read())
        .await
        .unwrap();
        assert_eq!(audited, 1, "the guardian's own change is in the audit log");
        let page = rob.get(&rob_path).await;
        assert_page_in(&page, Lang::Nl);
        // A code we do not write is refused and changes nothing.
        let refused = rob.post(&format!("{rob_path}/taal"), &[("lang", "xx")]).await;
        assert_eq!(refused.status, 400);
        assert_eq!(language_of(&app, "rob@example.org").await, "nl");

        // Rob's next mail follows his choice: the confirmation is Dutch.
        let page = rob.get(&rob_path).await;
        let free = slot_ids(&page.body, s.sem);
        assert!(!free.is_empty(), "{}", page.body);
        rob.post(
            &format!("{rob_path}/book"),
            &[("pupil", &s.sem.to_string()), ("slot", &free[0]), ("key", "rob-lang")],
        )
        .await
        .assert_redirect_to(&format!("{rob_path}?flash=booked"));
        let confirmation = sink.wait_for("rob@example.org", 3, WAIT).await.remove(2);
        let subject = confirmation.subject().unwrap();
        assert!(subject.starts_with("Bevestiging"), "{subject}");
        first_event(&confirmation);
    }
);

both_backends!(
    mail a_school_note_stays_dutch_with_an_interpreter_line,
    |app: TestApp, sink: SmtpSink| async move {
        let mut s = school(&app).await;
        family_in_six_languages(&app, &mut s.admin, s.finn).await;
        let round = open_round(&mut s).await;
        sqlx::query("UPDATE rounds SET invitation_text = $1 WHERE id = $2")
            .bind("Beste {parent}, neem het rapport mee. Kies voor {deadline}: {link}")
            .bind(round)
            .execute(app.db.write())
            .await
            .unwrap();
        s.admin.get(&format!("/rounds/{round}")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let closes_at: i64 = sqlx::query_scalar("SELECT closes_at FROM rounds WHERE id = $1")
            .bind(round)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let dutch_deadline = timefmt::datetime(Lang::Nl, closes_at);
        for (name, email, code) in FAMILY {
            let lang = Lang::from_code(code).unwrap();
            let text = sink.wait_for(email, 1, WAIT).await[0].text().unwrap();
            // The school's own words, with Dutch values, in every mail.
            assert!(
                text.contains(&format!("neem het rapport mee. Kies voor {dutch_deadline}")),
                "{code}: {text}"
            );
            let note = lang.t("invite-school-note-dutch");
            if lang == Lang::Nl {
                assert!(!text.contains(&note), "no note for Dutch readers");
                assert!(text.starts_with(&format!("Beste {name},")));
            } else {
                // Our standard parts in their language come first, then the note.
                let deadline = timefmt::datetime(lang, closes_at);
                let at_note = text.find(&note).unwrap_or_else(|| panic!("{code}: {text}"));
                assert!(text[..at_note].contains(&deadline), "{code}: {text}");
                assert!(text[..at_note].contains("lokaal 12"), "{code}");
            }
        }
    }
);

both_backends!(
    pages_without_a_personal_link_remember_the_choice_in_the_browser,
    |app: TestApp| async move {
        let mut parent = app.browser();
        let page = parent
            .get_with("/begrippen", ("accept-language", "pl-PL,pl;q=0.9"))
            .await;
        assert_page_in(&page, Lang::Pl);
        page.assert_contains("action=\"/taal\"");
        let page = parent
            .post("/taal", &[("lang", "ar"), ("back", "/begrippen")])
            .await;
        page.assert_redirect_to("/begrippen");
        assert!(page
            .headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("driehoek_lang=ar"));
        assert_page_in(&parent.get("/begrippen").await, Lang::Ar);
        assert_page_in(&parent.get("/privacy").await, Lang::Ar);
        assert_page_in(&parent.get("/ouders").await, Lang::Ar);
        // Staff pages stay Dutch or English: they ignore a parents-only choice.
        let page = parent.get("/password/forgot").await;
        page.assert_contains("<html lang=\"nl\">");
        // Elsewhere than our own pages is not a place to go back to.
        parent
            .post(
                "/taal",
                &[("lang", "tr"), ("back", "https://evil.example/")],
            )
            .await
            .assert_redirect_to("/");
        assert_eq!(parent.post("/taal", &[("lang", "fr")]).await.status, 400);
        // The staff switch offers Dutch and English only.
        let page = app
            .browser()
            .get_with("/password/forgot", ("accept-language", "ar, en;q=0.5"))
            .await;
        page.assert_contains("<html lang=\"en\">");
    }
);

both_backends!(
    mail a_made_up_or_other_familys_link_changes_no_language,
    |app: TestApp, sink: SmtpSink| async move {
        let mut s = school(&app).await;
        family_in_six_languages(&app, &mut s.admin, s.finn).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let eva_link = sink.wait_for("eva@example.org", 1, WAIT).await[0]
            .link()
            .unwrap();
        let eva_path = path_of(&app, &eva_link);
        let before: Vec<(String, String)> =
            sqlx::query_as("SELECT email, language FROM guardians ORDER BY id")
                .fetch_all(app.db.read())
                .await
                .unwrap();
        let audit_before = app.count("SELECT COUNT(*) FROM audit_log").await;
        let mut stranger = app.browser();
        for path in [
            "/b/not-a-token/taal",
            "/rsvp/not-a-token/taal",
            "/nazorg/not-a-token/taal",
            "/ouders/link/not-a-token/taal",
        ] {
            let page = stranger.post(path, &[("lang", "pl")]).await;
            assert_eq!(page.status, 404, "{path}");
        }
        // Without a parent session the parents' own switch stores nothing.
        stranger
            .post("/ouders/taal", &[("lang", "pl"), ("back", "/ouders/kinderen")])
            .await
            .assert_redirect_to("/ouders/kinderen");
        // Eva's link changes Eva's language only, never that of Finn's other guardians.
        let mut eva = app.browser();
        eva.get(&eva_path).await;
        eva.post(&format!("{eva_path}/taal"), &[("lang", "uk")]).await;
        let after: Vec<(String, String)> =
            sqlx::query_as("SELECT email, language FROM guardians ORDER BY id")
                .fetch_all(app.db.read())
                .await
                .unwrap();
        for ((email, old), (_, new)) in before.iter().zip(&after) {
            if email == "eva@example.org" {
                assert_eq!(new, "uk");
            } else {
                assert_eq!(old, new, "{email}");
            }
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log").await,
            audit_before + 1
        );
    }
);

both_backends!(
    mail the_parents_own_view_follows_and_stores_their_language,
    |app: TestApp, sink: SmtpSink| async move {
        let mut s = school(&app).await;
        family_in_six_languages(&app, &mut s.admin, s.finn).await;
        // Eva reads Arabic: the sign-in link arrives in Arabic.
        let mut eva = app.browser();
        eva.get("/ouders").await;
        eva.post("/ouders", &[("email", "eva@example.org")]).await;
        let mail = sink.wait_for("eva@example.org", 1, WAIT).await.remove(0);
        assert_eq!(
            mail.subject().as_deref(),
            Some(Lang::Ar.t("parent-link-subject").as_str())
        );
        let link = path_of(&app, &mail.link().unwrap());
        let page = eva.get(&link).await;
        assert_page_in(&page, Lang::Ar);
        page.assert_contains(&format!("action=\"{link}/taal\""));
        // Choosing Polish on the link's page stores it and leaves the link usable.
        eva.post(&format!("{link}/taal"), &[("lang", "pl")])
            .await
            .assert_redirect_to(&link);
        assert_eq!(language_of(&app, "eva@example.org").await, "pl");
        let page = eva.get(&link).await;
        assert_page_in(&page, Lang::Pl);
        eva.post(&link, &[])
            .await
            .assert_redirect_to("/ouders/kinderen");
        let page = eva.get("/ouders/kinderen").await;
        assert_page_in(&page, Lang::Pl);
        page.assert_contains("action=\"/ouders/taal\"");
        // On the signed-in pages the switch stores the choice too.
        eva.post(
            "/ouders/taal",
            &[("lang", "uk"), ("back", "/ouders/kinderen")],
        )
        .await
        .assert_redirect_to("/ouders/kinderen");
        assert_eq!(language_of(&app, "eva@example.org").await, "uk");
        assert_page_in(&eva.get("/ouders/kinderen").await, Lang::Uk);
        // Nobody else's language moved.
        assert_eq!(language_of(&app, "olena@example.org").await, "uk");
        assert_eq!(language_of(&app, "ayla@example.org").await, "nl");
    }
);
