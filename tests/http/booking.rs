//! Conversation rounds end to end: a round is opened, teachers give their times, invitations
//! go out over real SMTP, parents book from the link in their mail (siblings back to back,
//! separated parents each their own), change, cancel; the teacher prints the day schedule.

use std::time::Duration;

use crate::both_backends;
pub use crate::common::scenario::{open_round, school};
use crate::common::smtp::{ReceivedMail, SmtpSink};
use crate::common::TestApp;

const WAIT: Duration = Duration::from_secs(15);

fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.base)
        .expect("link to this app")
        .to_string()
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

fn ics_events(mail: &ReceivedMail) -> Vec<(String, String)> {
    use icalendar::parser::{read_calendar, unfold};
    let ics = mail.ics().expect("calendar attachment");
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).expect("a valid calendar");
    cal.components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            let get = |n: &str| {
                c.properties
                    .iter()
                    .find(|p| p.name == n)
                    .map(|p| p.val.to_string())
                    .unwrap_or_default()
            };
            (get("DTSTART"), get("STATUS"))
        })
        .collect()
}

both_backends!(
    mail parents_book_change_and_cancel_from_the_mailed_link,
    |app: TestApp, sink: SmtpSink| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.tom
            .get(&format!("/rounds/{round}"))
            .await
            .assert_contains("0 van 3 leerlingen ingepland");
        s.tom
            .post(&format!("/rounds/{round}/invite"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        // Pressing again sends nothing new.
        s.tom.get(&format!("/rounds/{round}")).await;
        s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;

        // One mail per guardian: separated parents each get their own; siblings share one.
        let linda = sink.wait_for("linda@example.org", 1, WAIT).await;
        let rob = sink.wait_for("rob@example.org", 1, WAIT).await;
        let eva = sink.wait_for("eva@example.org", 1, WAIT).await;
        // Pressing twice queued one mail per guardian, and every queued mail has gone out.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE to_address = 'linda@example.org'")
                .await,
            1,
            "no second invitation"
        );
        app.wait_outbox_drained(WAIT).await;
        assert_eq!(sink.mails_to("linda@example.org").len(), 1);
        let text = linda[0].text().unwrap();
        assert!(text.contains("Lotte Bakker en Sem Bakker"), "{text}");
        assert!(
            text.contains("20 minuten")
                && text.contains("lokaal 12")
                && text.contains("verwachten"),
            "{text}"
        );
        let linda_path = path_of(&app, &linda[0].link().unwrap());
        let rob_path = path_of(&app, &rob[0].link().unwrap());
        let eva_path = path_of(&app, &eva[0].link().unwrap());
        assert_ne!(linda_path, rob_path);

        // Opening the link changes nothing, however often (mail scanners).
        let mut linda_b = app.browser();
        let page = linda_b.get(&linda_path).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
        page.assert_contains("Sem Bakker");
        page.assert_contains("Lotte Bakker");
        linda_b.get(&linda_path).await;
        assert_eq!(app.count("SELECT COUNT(*) FROM bookings").await, 0);

        // Siblings back to back: Sem with Tom at 19:00, Lotte with Tess at 19:20.
        page.assert_contains("Broers en zussen na elkaar");
        let pair = page
            .body
            .split("name=\"pair\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let key = page
            .body
            .split("name=\"key\" value=\"")
            .last()
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let hidden = |name: &str| {
            page.body
                .split(&format!("name=\"{name}\" value=\""))
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_string()
        };
        let (first, second) = (hidden("first_pupil"), hidden("second_pupil"));
        let pair_page = linda_b
            .post(
                &format!("{linda_path}/pair"),
                &[
                    ("first_pupil", &first),
                    ("second_pupil", &second),
                    ("pair", &pair),
                    ("note", "Sem slaapt slecht"),
                    ("key", &key),
                ],
            )
            .await;
        pair_page.assert_redirect_to(&format!("{linda_path}?flash=booked"));
        // The same form again (double click) books nothing extra.
        linda_b
            .post(
                &format!("{linda_path}/pair"),
                &[
                    ("first_pupil", &first),
                    ("second_pupil", &second),
                    ("pair", &pair),
                    ("key", &key),
                ],
            )
            .await
            .assert_redirect_to(&linda_path);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
                .await,
            2
        );
        let confirmation = sink.wait_for("linda@example.org", 2, WAIT).await;
        let confirmation = &confirmation[1];
        assert!(
            confirmation.subject().unwrap().starts_with("Bevestiging"),
            "{:?}",
            confirmation.subject()
        );
        let events = ics_events(confirmation);
        assert_eq!(events.len(), 2, "two conversations in the calendar file");
        let page = linda_b.get(&linda_path).await;
        page.assert_contains("Uw afspraak:");
        assert!(
            !page.contains("Broers en zussen na elkaar"),
            "both booked: no pairs any more"
        );

        // The other parent sees the booking and may choose a conversation of his own.
        let mut rob_b = app.browser();
        let page = rob_b.get(&rob_path).await;
        page.assert_contains("Linda Bakker heeft al een gesprek gepland");
        let free = slot_ids(&page.body, s.sem);
        assert_eq!(free.len(), 2, "Tom's two other slots are free: {free:?}");
        rob_b
            .post(
                &format!("{rob_path}/book"),
                &[
                    ("pupil", &s.sem.to_string()),
                    ("slot", &free[1]),
                    ("key", "rob-1"),
                ],
            )
            .await
            .assert_redirect_to(&format!("{rob_path}?flash=booked"));

        // Eva is too late for the slot Rob just took: a friendly page with what is still free.
        let mut eva_b = app.browser();
        eva_b.get(&eva_path).await;
        let taken = eva_b
            .post(
                &format!("{eva_path}/book"),
                &[
                    ("pupil", &s.finn.to_string()),
                    ("slot", &free[1]),
                    ("key", "eva-1"),
                ],
            )
            .await;
        assert_eq!(taken.status, 409);
        taken.assert_contains("Net te laat");
        let still_free = slot_ids(&taken.body, s.finn);
        assert_eq!(still_free, vec![free[0].clone()]);
        // A slot of another teacher cannot be booked for Finn.
        let tess_slot: (i64,) = sqlx::query_as("SELECT id FROM slots WHERE staff_id = (SELECT id FROM staff WHERE email = 'tess@example.org') ORDER BY starts_at DESC LIMIT 1")
        .fetch_one(app.db.read())
        .await
        .unwrap();
        let wrong = eva_b
            .post(
                &format!("{eva_path}/book"),
                &[
                    ("pupil", &s.finn.to_string()),
                    ("slot", &tess_slot.0.to_string()),
                    ("key", "eva-2"),
                ],
            )
            .await;
        assert_eq!(wrong.status, 422);
        eva_b
            .post(
                &format!("{eva_path}/book"),
                &[
                    ("pupil", &s.finn.to_string()),
                    ("slot", &still_free[0]),
                    ("interpreter", "on"),
                    ("key", "eva-3"),
                ],
            )
            .await
            .assert_redirect_to(&eva_path);

        // Linda moves Lotte to Tess's last slot: one booking per child, the old slot is free again.
        let page = linda_b.get(&linda_path).await;
        let lotte_free = slot_ids(&page.body, s.lotte);
        let moved = linda_b
            .post(
                &format!("{linda_path}/book"),
                &[
                    ("pupil", &s.lotte.to_string()),
                    ("slot", lotte_free.last().unwrap()),
                    ("key", "linda-2"),
                ],
            )
            .await;
        moved.assert_redirect_to(&format!("{linda_path}?flash=booking-changed"));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM bookings WHERE status = 'active' AND pupil_id = {}",
                s.lotte
            ))
            .await,
            1
        );
        let changed = sink.wait_for("linda@example.org", 3, WAIT).await;
        assert!(changed[2].subject().unwrap().starts_with("Gewijzigd"));
        // Then cancels it: the calendar file cancels the same event.
        let booking: (i64,) = sqlx::query_as(&format!(
            "SELECT id FROM bookings WHERE status = 'active' AND pupil_id = {}",
            s.lotte
        ))
        .fetch_one(app.db.read())
        .await
        .unwrap();
        linda_b
            .post(
                &format!("{linda_path}/cancel"),
                &[("booking", &booking.0.to_string())],
            )
            .await
            .assert_redirect_to(&linda_path);
        let cancelled = sink.wait_for("linda@example.org", 4, WAIT).await;
        assert!(cancelled[3].subject().unwrap().starts_with("Afgezegd"));
        assert!(cancelled[3].ics().unwrap().contains("METHOD:CANCEL"));
        assert_eq!(
            ics_events(&changed[2])[0].1,
            "CONFIRMED",
            "a moved event is not cancelled"
        );
        // Rob cannot cancel Linda's booking with his own link.
        let sem_linda: (i64,) = sqlx::query_as(&format!("SELECT b.id FROM bookings b JOIN invitations i ON i.id = b.invitation_id JOIN guardians g ON g.id = i.guardian_id WHERE b.status = 'active' AND b.pupil_id = {} AND g.email = 'linda@example.org'", s.sem))
        .fetch_one(app.db.read())
        .await
        .unwrap();
        rob_b
            .post(
                &format!("{rob_path}/cancel"),
                &[("booking", &sem_linda.0.to_string())],
            )
            .await;
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM bookings WHERE id = {} AND status = 'active'",
                sem_linda.0
            ))
            .await,
            1
        );

        // Tom's printable day schedule: pupil, parents, the note, the interpreter request.
        let schedule = s.tom.get(&format!("/rounds/{round}/schedule")).await;
        schedule.assert_contains("Sem Bakker");
        schedule.assert_contains("Linda Bakker, Rob Bakker");
        schedule.assert_contains("Sem slaapt slecht");
        schedule.assert_contains("Finn Vries");
        schedule.assert_contains("Tolk nodig");
        // Tess may not read Tom's schedule; the admin (whole school) may.
        assert_eq!(
            s.tess
                .get(&format!("/rounds/{round}/schedule?staff=1"))
                .await
                .status,
            403
        );

        // Tom records that the conversation with Finn's mother was held; Tess cannot.
        let finn_booking: (i64,) = sqlx::query_as(&format!(
            "SELECT id FROM bookings WHERE status = 'active' AND pupil_id = {}",
            s.finn
        ))
        .fetch_one(app.db.read())
        .await
        .unwrap();
        s.tom.get(&format!("/rounds/{round}/schedule")).await;
        s.tom
            .post(
                &format!("/rounds/{round}/bookings/{}/attendance", finn_booking.0),
                &[("value", "held")],
            )
            .await
            .assert_redirect_to(&format!("/rounds/{round}/schedule"));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM bookings WHERE id = {} AND attendance = 'held'",
                finn_booking.0
            ))
            .await,
            1
        );
        s.tess.get(&format!("/rounds/{round}")).await;
        let refused = s
            .tess
            .post(
                &format!("/rounds/{round}/bookings/{}/attendance", finn_booking.0),
                &[("value", "no-show")],
            )
            .await;
        assert_eq!(refused.status, 404);

        // After the deadline nothing changes any more, with a clear message.
        sqlx::query("UPDATE rounds SET closes_at = $1 WHERE id = $2")
            .bind(driehoek::db::now() - 60)
            .bind(round)
            .execute(app.db.write())
            .await
            .unwrap();
        let page = eva_b.get(&eva_path).await;
        page.assert_contains("Inschrijven is gesloten");
        let late = eva_b
            .post(
                &format!("{eva_path}/book"),
                &[
                    ("pupil", &s.finn.to_string()),
                    ("slot", &free[0]),
                    ("key", "eva-9"),
                ],
            )
            .await;
        assert_eq!(late.status, 409);
        late.assert_contains("er is niets veranderd");
        // A day after the last conversation the link stops working altogether.
        sqlx::query("UPDATE rounds SET closes_at = $1 WHERE id = $2")
            .bind(driehoek::db::now() - 2 * 86_400)
            .bind(round)
            .execute(app.db.write())
            .await
            .unwrap();
        sqlx::query("UPDATE slots SET starts_at = starts_at - 30 * 86400, ends_at = ends_at - 30 * 86400 WHERE round_id = $1")
        .bind(round)
        .execute(app.db.write())
        .await
        .unwrap();
        assert_eq!(eva_b.get(&eva_path).await.status, 404);
        let _ = s.admin;
    }
);

both_backends!(
    mail families_without_a_booking_get_reminders_and_staff_can_book_for_them,
    |app: TestApp, sink: SmtpSink| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;
        sink.wait_for("eva@example.org", 1, WAIT).await;
        let page = s.tom.get(&format!("/rounds/{round}/families")).await;
        page.assert_contains("Nog geen afspraak");
        // Tom only sees his own group's families.
        assert!(!page.contains("Lotte Bakker"));
        page.assert_contains("Herinnering sturen aan 2 gezinnen");
        s.tom
            .post(&format!("/rounds/{round}/remind"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        let eva = sink.wait_for("eva@example.org", 2, WAIT).await;
        assert!(eva[1].subject().unwrap().starts_with("Herinnering"));
        // The first link was replaced by the reminder's link.
        let old = path_of(&app, &eva[0].link().unwrap());
        assert_eq!(app.browser().get(&old).await.status, 404);

        // The escalation ladder: a phone call is recorded, then Tom books for the family.
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(
                &format!("/rounds/{round}/pupils/{}/attempts", s.finn),
                &[("channel", "phone"), ("note", "Moeder belt terug")],
            )
            .await;
        let page = s.tom.get(&format!("/rounds/{round}/families")).await;
        page.assert_contains("Moeder belt terug");
        let slot = page
            .body
            .split(&format!("id=\"slot-{}\"", s.finn))
            .nth(1)
            .unwrap()
            .split("value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let guardian: (i64,) =
            sqlx::query_as("SELECT id FROM guardians WHERE email = 'eva@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        s.tom
            .post(
                &format!("/rounds/{round}/pupils/{}/book", s.finn),
                &[("slot", &slot), ("guardian", &guardian.0.to_string())],
            )
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families?flash=booked-for-family"));
        let mails = sink.wait_for("eva@example.org", 3, WAIT).await;
        assert!(mails[2].subject().unwrap().starts_with("Bevestiging"));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM bookings WHERE booked_by_staff_id IS NOT NULL")
                .await,
            1
        );
        // A teacher cannot act on a pupil of another group.
        assert_eq!(
            s.tom
                .post(
                    &format!("/rounds/{round}/pupils/{}/attempts", s.lotte),
                    &[("channel", "phone")]
                )
                .await
                .status,
            404
        );

        // The day-before reminder goes out once.
        sqlx::query("UPDATE rounds SET reminder_hours = 96 WHERE id = $1")
            .bind(round)
            .execute(app.db.write())
            .await
            .unwrap();
        assert_eq!(
            driehoek::booking::notify::send_due_reminders(&app.db)
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            driehoek::booking::notify::send_due_reminders(&app.db)
                .await
                .unwrap(),
            0
        );
        let mails = sink.wait_for("eva@example.org", 4, WAIT).await;
        assert!(
            mails[3]
                .subject()
                .unwrap()
                .starts_with("Herinnering: Startgesprekken"),
            "{:?}",
            mails[3].subject()
        );
    }
);

crate::both_backends!(
    removing_availability_never_drops_a_booked_slot,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let eva_path = path_of(&app, &crate::common::link_in(&text).unwrap());
        let mut eva = app.browser();
        let page = eva.get(&eva_path).await;
        let slots = slot_ids(&page.body, s.finn);
        assert_eq!(slots.len(), 3);
        eva.post(
            &format!("{eva_path}/book"),
            &[
                ("pupil", &s.finn.to_string()),
                ("slot", &slots[1]),
                ("key", "k"),
            ],
        )
        .await
        .assert_redirect_to(&eva_path);
        let (block,): (i64,) = sqlx::query_as("SELECT id FROM availability WHERE staff_id = (SELECT id FROM staff WHERE email = 'tom@example.org')").fetch_one(app.db.read()).await.unwrap();
        s.tom.get(&format!("/rounds/{round}")).await;
        s.tom
            .post(&format!("/rounds/{round}/availability/{block}/delete"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}"));
        assert_eq!(app.count("SELECT COUNT(*) FROM slots WHERE staff_id = (SELECT id FROM staff WHERE email = 'tom@example.org')").await, 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
                .await,
            1
        );
        s.tom
            .get(&format!("/rounds/{round}"))
            .await
            .assert_contains("1 afspraak valt buiten uw beschikbaarheid");
        s.tom
            .get(&format!("/rounds/{round}/schedule"))
            .await
            .assert_contains("buiten beschikbaarheid");
        // Eva still sees her appointment, and no free times to move to.
        eva.get(&eva_path).await.assert_contains("Uw afspraak:");
        // Tess cannot remove Tom's time.
        let (tess_block,): (i64,) = sqlx::query_as("SELECT id FROM availability WHERE staff_id = (SELECT id FROM staff WHERE email = 'tess@example.org')").fetch_one(app.db.read()).await.unwrap();
        assert_eq!(
            s.tom
                .post(
                    &format!("/rounds/{round}/availability/{tess_block}/delete"),
                    &[]
                )
                .await
                .status,
            403
        );
        // A revoked link stops working at once.
        let (guardian,): (i64,) =
            sqlx::query_as("SELECT id FROM guardians WHERE email = 'eva@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/guardians/{guardian}/revoke"), &[])
            .await;
        assert_eq!(eva.get(&eva_path).await.status, 404);
    }
);

crate::both_backends!(
    teachers_get_a_secret_calendar_feed,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let eva_path = path_of(&app, &crate::common::link_in(&text).unwrap());
        let mut eva = app.browser();
        let page = eva.get(&eva_path).await;
        let slot = slot_ids(&page.body, s.finn)[0].clone();
        eva.post(
            &format!("{eva_path}/book"),
            &[
                ("pupil", &s.finn.to_string()),
                ("slot", &slot),
                ("key", "k"),
            ],
        )
        .await;
        s.tom.get("/calendar").await;
        let page = s.tom.post("/calendar", &[]).await;
        let url = page
            .body
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        let feed = reqwest::get(&url).await.unwrap();
        assert_eq!(
            feed.headers().get("content-type").unwrap(),
            "text/calendar; charset=utf-8"
        );
        let body = feed.text().await.unwrap();
        assert!(
            body.contains("BEGIN:VCALENDAR") && body.contains("Finn Vries"),
            "{body}"
        );
        assert!(icalendar::parser::read_calendar(&icalendar::parser::unfold(&body)).is_ok());
        // A made-up address gives nothing away.
        assert_eq!(
            reqwest::get(format!("{}/calendar/not-a-token.ics", app.base))
                .await
                .unwrap()
                .status(),
            404
        );
    }
);

both_backends!(
    the_page_lists_each_childs_active_teachers_and_only_their_free_times,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        let (g5,): (i64,) = sqlx::query_as("SELECT id FROM groups WHERE name = '5A'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        // 5A gets a second teacher and a third whose account is disabled after giving times.
        let day = crate::common::scenario::conversation_day();
        for (name, email, starts) in [
            ("Anna Arend", "anna@example.org", "18:00"),
            ("Dirk Dicht", "dirk@example.org", "17:00"),
        ] {
            let mut t = app
                .staff_member(&mut s.admin, name, email, &["teacher"], &[g5])
                .await;
            t.get(&format!("/rounds/{round}")).await;
            t.post(
                &format!("/rounds/{round}/availability"),
                &[("day", &day), ("starts", starts), ("ends", "18:40")],
            )
            .await
            .assert_redirect_to(&format!("/rounds/{round}"));
        }
        sqlx::query("UPDATE staff SET disabled_at = 1 WHERE email = 'dirk@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        let (linda,): (i64,) =
            sqlx::query_as("SELECT id FROM guardians WHERE email = 'linda@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        let token = driehoek::auth::tokens::new_token();
        sqlx::query("INSERT INTO invitations (round_id, guardian_id, token_hash, created_at) VALUES ($1, $2, $3, 1)")
            .bind(round)
            .bind(linda)
            .bind(driehoek::auth::tokens::hash_token(&token))
            .execute(app.db.write())
            .await
            .unwrap();
        let slots_of = |email: &'static str| {
            let db = app.db.clone();
            async move {
                let ids: Vec<(i64,)> = sqlx::query_as(
                    "SELECT sl.id FROM slots sl JOIN staff s ON s.id = sl.staff_id WHERE s.email = $1 ORDER BY sl.starts_at",
                )
                .bind(email)
                .fetch_all(db.read())
                .await
                .unwrap();
                ids.into_iter()
                    .map(|(i,)| i.to_string())
                    .collect::<Vec<_>>()
            }
        };
        let (tom, anna, dirk, tess) = (
            slots_of("tom@example.org").await,
            slots_of("anna@example.org").await,
            slots_of("dirk@example.org").await,
            slots_of("tess@example.org").await,
        );
        assert!(!anna.is_empty() && !dirk.is_empty());

        let page = app.browser().get(&format!("/b/{token}")).await;
        assert_eq!(page.status, 200);
        // Sem (5A): both active teachers by name, their times (Anna's first), none of Dirk's.
        let sem = slot_ids(&page.body, s.sem);
        let mut expected: Vec<String> = anna.iter().chain(tom.iter()).cloned().collect();
        expected.sort_by_key(|id| id.parse::<i64>().unwrap());
        let mut got = sem.clone();
        got.sort_by_key(|id| id.parse::<i64>().unwrap());
        assert_eq!(got, expected, "Sem's times are Tom's and Anna's");
        assert_eq!(sem[0], anna[0], "earliest first");
        let section = page
            .body
            .split(&format!("id=\"child-{}\"", s.sem))
            .nth(1)
            .unwrap()
            .split("</section>")
            .next()
            .unwrap();
        assert!(section.contains("Anna Arend, Tom Tuin"), "{section}");
        assert!(!page.body.contains("Dirk Dicht"));
        // Lotte (7B): Tess only, one teacher, so no name per time.
        assert_eq!(slot_ids(&page.body, s.lotte), tess);
    }
);
