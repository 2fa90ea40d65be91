//! Trust (issue 9), rounds and booking: round-wide actions reach only the families of the groups
//! the person may see, booking on a family's behalf writes nothing before its checks, and the
//! booking pages say what really happened.

use crate::both_backends;
use crate::common::scenario::{open_round, school, School};
use crate::common::{id_from_location, TestApp};

/// Noor joins 7B (Tess's group, not Tom's) with Mila as her only guardian: a family that
/// belongs to group B alone. Returns (Noor's id, Mila's guardian id).
async fn group_b_family(app: &TestApp, s: &mut School) -> (i64, i64) {
    let g7: i64 = sqlx::query_scalar("SELECT group_id FROM pupils WHERE id = $1")
        .bind(s.lotte)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    let noor = id_from_location(
        &s.admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "504"),
                    ("first_name", "Noor"),
                    ("last_name", "Smit"),
                    ("date_of_birth", "01-06-2014"),
                    ("group_id", &g7.to_string()),
                ],
            )
            .await
            .location
            .expect("pupil created"),
    );
    let path = format!("/pupils/{noor}/guardians/new");
    s.admin.get(&path).await;
    s.admin
        .post(
            &path,
            &[
                ("name", "Mila Smit"),
                ("email", "mila@example.org"),
                ("relationship", "mother"),
                ("parental_authority", "on"),
                ("receives_invitations", "on"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{noor}"));
    (noor, guardian_id(app, "mila@example.org").await)
}

async fn guardian_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM guardians WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// An invitation's token hash, sent, reminded and revoked times.
type InvitationState = (String, Option<i64>, Option<i64>, Option<i64>);

/// Everything a round-wide action could change for one guardian: their invitations (token,
/// sent, reminded, revoked), the mail queued to them, and the bookings on their invitations.
async fn guardian_state(app: &TestApp, guardian: i64, email: &str) -> String {
    let invitations: Vec<InvitationState> = sqlx::query_as(
        "SELECT token_hash, sent_at, reminded_at, revoked_at FROM invitations WHERE guardian_id = $1 ORDER BY id",
    )
    .bind(guardian)
    .fetch_all(app.db.read())
    .await
    .unwrap();
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    let bookings: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM bookings b JOIN invitations i ON i.id = b.invitation_id WHERE i.guardian_id = $1",
    )
    .bind(guardian)
    .fetch_one(app.db.read())
    .await
    .unwrap();
    format!("{invitations:?} mails={mails} bookings={bookings}")
}

async fn bookings_of(app: &TestApp, pupil: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM bookings WHERE pupil_id = $1")
        .bind(pupil)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

both_backends!(
    round_wide_actions_reach_only_the_teachers_groups,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let (noor, mila) = group_b_family(&app, &mut s).await;
        let round = open_round(&mut s).await;
        let eva = guardian_id(&app, "eva@example.org").await;

        // Tom (5A) sends the invitations: his families get theirs, Mila (7B only) gets nothing.
        let before = guardian_state(&app, mila, "mila@example.org").await;
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/invite"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        assert_eq!(
            guardian_state(&app, mila, "mila@example.org").await,
            before,
            "a teacher's invitations reached another group's family"
        );
        let eva_invited = guardian_state(&app, eva, "eva@example.org").await;
        assert!(eva_invited.contains("mails=1"), "{eva_invited}");

        // The administrator invites everyone; then Tom's reminder reaches his families only.
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let before = guardian_state(&app, mila, "mila@example.org").await;
        assert!(before.contains("mails=1"), "{before}");
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(&format!("/rounds/{round}/remind"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        assert_eq!(
            guardian_state(&app, mila, "mila@example.org").await,
            before,
            "a teacher's reminder reached another group's family"
        );
        assert!(guardian_state(&app, eva, "eva@example.org")
            .await
            .contains("mails=2"));

        // Tom makes the timetable: times are proposed for 5A's pupils only.
        s.tom
            .post(&format!("/rounds/{round}/timetable"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        assert_eq!(bookings_of(&app, noor).await, 0, "Noor is not Tom's pupil");
        assert_eq!(
            bookings_of(&app, s.lotte).await,
            0,
            "Lotte is not Tom's pupil"
        );
        assert_eq!(bookings_of(&app, s.sem).await, 1);
        assert_eq!(bookings_of(&app, s.finn).await, 1);
        assert_eq!(guardian_state(&app, mila, "mila@example.org").await, before);

        // The administrator keeps the school-wide reach.
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin
            .post(&format!("/rounds/{round}/timetable"), &[])
            .await;
        assert_eq!(bookings_of(&app, noor).await, 1);
        assert_eq!(bookings_of(&app, s.lotte).await, 1);
    }
);

both_backends!(
    teachers_cannot_resend_or_revoke_another_groups_link,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let (_noor, mila) = group_b_family(&app, &mut s).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let before = guardian_state(&app, mila, "mila@example.org").await;
        s.tom.get(&format!("/rounds/{round}/families")).await;
        for action in ["resend", "revoke"] {
            let page = s
                .tom
                .post(&format!("/rounds/{round}/guardians/{mila}/{action}"), &[])
                .await;
            assert_eq!(page.status, 404, "{action}");
            assert_eq!(
                guardian_state(&app, mila, "mila@example.org").await,
                before,
                "{action} changed another group's link"
            );
        }
        // Tess, Mila's teacher, may.
        s.tess.get(&format!("/rounds/{round}/families")).await;
        s.tess
            .post(&format!("/rounds/{round}/guardians/{mila}/resend"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        assert_ne!(guardian_state(&app, mila, "mila@example.org").await, before);
    }
);

both_backends!(
    booking_on_a_familys_behalf_writes_nothing_before_its_checks,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let (noor, mila) = group_b_family(&app, &mut s).await;
        let round = open_round(&mut s).await;
        let (tom_slot, tess_slot): (i64, i64) = sqlx::query_as(
            "SELECT MIN(CASE WHEN st.email = 'tom@example.org' THEN sl.id END), \
             MIN(CASE WHEN st.email = 'tess@example.org' THEN sl.id END) \
             FROM slots sl JOIN staff st ON st.id = sl.staff_id WHERE sl.round_id = $1",
        )
        .bind(round)
        .fetch_one(app.db.read())
        .await
        .unwrap();
        let eva = guardian_id(&app, "eva@example.org").await;
        let rows = "SELECT COUNT(*) FROM invitations";
        let (invitations, bookings) = (
            app.count(rows).await,
            app.count("SELECT COUNT(*) FROM bookings").await,
        );
        s.tom.get(&format!("/rounds/{round}/families")).await;
        let book = |pupil: i64, guardian: i64, slot: i64| {
            (
                format!("/rounds/{round}/pupils/{pupil}/book"),
                guardian.to_string(),
                slot.to_string(),
            )
        };
        // Sem with Mila (another group's guardian, not Sem's), with Eva (not Sem's either), and
        // Sem with Eva on Tess's slot: refused, and no invitation is made for anyone.
        for (path, guardian, slot) in [
            book(s.sem, mila, tom_slot),
            book(s.sem, eva, tom_slot),
            book(s.finn, eva, tess_slot),
            book(noor, mila, tess_slot),
        ] {
            let page = s
                .tom
                .post(&path, &[("slot", &slot), ("guardian", &guardian)])
                .await;
            assert!(
                page.status == 404
                    || page
                        .location
                        .as_deref()
                        .is_some_and(|l| l.contains("flash=problem")),
                "{path} {guardian} {slot}: {} {:?}",
                page.status,
                page.location
            );
            assert_eq!(app.count(rows).await, invitations, "{path} {guardian}");
            assert_eq!(app.count("SELECT COUNT(*) FROM bookings").await, bookings);
        }
        // The right family and slot still works.
        let (path, guardian, slot) = book(s.finn, eva, tom_slot);
        s.tom
            .post(&path, &[("slot", &slot), ("guardian", &guardian)])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families?flash=booked-for-family"));
        assert_eq!(bookings_of(&app, s.finn).await, 1);
    }
);

/// The path of the newest personal link mailed to this address.
async fn link_of(app: &TestApp, email: &str) -> String {
    let (_, text) = app.last_mail_to(email).await.expect("mail in the outbox");
    crate::common::link_in(&text)
        .expect("link in the mail")
        .strip_prefix(&app.base)
        .unwrap()
        .to_string()
}

/// Free slots of one teacher in the round, earliest first.
async fn slots_of(app: &TestApp, round: i64, teacher: &str) -> Vec<i64> {
    sqlx::query_scalar(
        "SELECT sl.id FROM slots sl JOIN staff st ON st.id = sl.staff_id \
         WHERE sl.round_id = $1 AND st.email = $2 ORDER BY sl.starts_at",
    )
    .bind(round)
    .bind(teacher.to_string())
    .fetch_all(app.db.read())
    .await
    .unwrap()
}

async fn active_booking(app: &TestApp, pupil: i64) -> i64 {
    sqlx::query_scalar("SELECT id FROM bookings WHERE pupil_id = $1 AND status = 'active'")
        .bind(pupil)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// Every booking's id, slot, status and proposal flag, to compare before and after.
async fn bookings_snapshot(app: &TestApp) -> Vec<(i64, i64, String, i64)> {
    sqlx::query_as("SELECT id, slot_id, status, proposed FROM bookings ORDER BY id")
        .fetch_all(app.db.read())
        .await
        .unwrap()
}

both_backends!(
    invitations_are_refused_once_booking_has_closed,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        // Booking closed a minute after it opened (today, at midnight).
        sqlx::query("UPDATE rounds SET closes_at = opens_at + 60 WHERE id = $1")
            .bind(round)
            .execute(app.db.write())
            .await
            .unwrap();
        let eva = guardian_id(&app, "eva@example.org").await;
        let outbox = "SELECT COUNT(*) FROM outbox";
        let (mails, eva_before) = (
            app.count(outbox).await,
            guardian_state(&app, eva, "eva@example.org").await,
        );
        s.admin.get(&format!("/rounds/{round}/families")).await;
        for path in [
            format!("/rounds/{round}/invite"),
            format!("/rounds/{round}/remind"),
            format!("/rounds/{round}/guardians/{eva}/resend"),
        ] {
            s.admin.post(&path, &[]).await.assert_redirect_to(&format!(
                "/rounds/{round}/families?flash=problem-round-closed-no-invitations"
            ));
            assert_eq!(app.count(outbox).await, mails, "{path} mailed a dead link");
            assert_eq!(
                guardian_state(&app, eva, "eva@example.org").await,
                eva_before,
                "{path}"
            );
        }
        s.admin
            .get(&format!(
                "/rounds/{round}/families?flash=problem-round-closed-no-invitations"
            ))
            .await
            .assert_contains("Inschrijven voor deze ronde is gesloten");
    }
);

both_backends!(
    a_cancel_or_confirm_that_changed_nothing_says_so,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let linda_path = link_of(&app, "linda@example.org").await;
        let eva_path = link_of(&app, "eva@example.org").await;
        let tom_slots = slots_of(&app, round, "tom@example.org").await;
        let mut linda = app.browser();
        linda.get(&linda_path).await;
        linda
            .post(
                &format!("{linda_path}/book"),
                &[
                    ("pupil", &s.sem.to_string()),
                    ("slot", &tom_slots[0].to_string()),
                ],
            )
            .await
            .assert_redirect_to(&format!("{linda_path}?flash=booked"));
        let sem_booking = active_booking(&app, s.sem).await.to_string();

        // Eva cannot cancel or confirm Linda's booking, and is told nothing happened.
        let mut eva = app.browser();
        eva.get(&eva_path).await;
        let before = bookings_snapshot(&app).await;
        for (action, text) in [
            ("cancel", "Er is niets afgezegd"),
            ("confirm", "Er is niets bevestigd"),
        ] {
            let page = eva
                .post(
                    &format!("{eva_path}/{action}"),
                    &[("booking", &sem_booking)],
                )
                .await;
            assert_eq!(page.status, 409, "{action}: {:?}", page.location);
            page.assert_contains(text);
            assert_eq!(bookings_snapshot(&app).await, before, "{action}");
        }
        // Linda's booking was chosen by her, not proposed: confirming it changes nothing.
        let page = linda
            .post(
                &format!("{linda_path}/confirm"),
                &[("booking", &sem_booking)],
            )
            .await;
        assert_eq!(page.status, 409);
        page.assert_contains("Er is niets bevestigd");
        // Cancelling works once; the second time says nothing was cancelled.
        linda
            .post(
                &format!("{linda_path}/cancel"),
                &[("booking", &sem_booking)],
            )
            .await
            .assert_redirect_to(&format!("{linda_path}?flash=booking-cancelled"));
        linda.get(&linda_path).await;
        let page = linda
            .post(
                &format!("{linda_path}/cancel"),
                &[("booking", &sem_booking)],
            )
            .await;
        assert_eq!(page.status, 409);
        page.assert_contains("Er is niets afgezegd");
    }
);

both_backends!(
    swaps_are_refused_in_self_booking_rounds,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let linda_path = link_of(&app, "linda@example.org").await;
        let eva_path = link_of(&app, "eva@example.org").await;
        let tom_slots = slots_of(&app, round, "tom@example.org").await;
        for (path, pupil, slot) in [
            (&linda_path, s.sem, tom_slots[0]),
            (&eva_path, s.finn, tom_slots[1]),
        ] {
            let mut b = app.browser();
            b.get(path).await;
            b.post(
                &format!("{path}/book"),
                &[("pupil", &pupil.to_string()), ("slot", &slot.to_string())],
            )
            .await
            .assert_redirect_to(&format!("{path}?flash=booked"));
        }
        let (mine, theirs) = (
            active_booking(&app, s.sem).await,
            active_booking(&app, s.finn).await,
        );
        let eva_mails = "SELECT COUNT(*) FROM outbox WHERE to_address = 'eva@example.org'";
        let mails = app.count(eva_mails).await;
        let mut linda = app.browser();
        linda.get(&linda_path).await;
        let page = linda
            .post(
                &format!("{linda_path}/swap"),
                &[("mine", &mine.to_string()), ("with", &theirs.to_string())],
            )
            .await;
        assert_eq!(page.status, 422, "{:?}", page.location);
        page.assert_contains("Ruilen kan alleen als de school het rooster heeft gemaakt");
        assert_eq!(app.count("SELECT COUNT(*) FROM swap_requests").await, 0);
        assert_eq!(app.count(eva_mails).await, mails, "Eva was mailed");
    }
);

both_backends!(
    swap_requests_are_limited_per_family,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin
            .post(&format!("/rounds/{round}/timetable"), &[])
            .await;
        s.admin.get(&format!("/rounds/{round}/families")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let linda_path = link_of(&app, "linda@example.org").await;
        let (mine, theirs) = (
            active_booking(&app, s.sem).await.to_string(),
            active_booking(&app, s.finn).await.to_string(),
        );
        let eva_mails = "SELECT COUNT(*) FROM outbox WHERE to_address = 'eva@example.org'";
        let requests = "SELECT COUNT(*) FROM swap_requests";
        let mut linda = app.browser();
        linda.get(&linda_path).await;
        let ask = [("mine", mine.as_str()), ("with", theirs.as_str())];
        // The round allows three requests per hour: each one mails Eva.
        for _ in 0..3 {
            linda
                .post(&format!("{linda_path}/swap"), &ask)
                .await
                .assert_redirect_to(&format!("{linda_path}?flash=swap-requested"));
            linda.get(&linda_path).await;
        }
        let (mails, asked) = (app.count(eva_mails).await, app.count(requests).await);
        assert_eq!(asked, 3);
        // The fourth within the hour is refused with a message, and Eva hears nothing.
        let page = linda.post(&format!("{linda_path}/swap"), &ask).await;
        assert_eq!(page.status, 429, "{:?}", page.location);
        page.assert_contains("U heeft net al een paar ruilverzoeken gedaan");
        assert_eq!(app.count(eva_mails).await, mails);
        assert_eq!(app.count(requests).await, asked);
        // An hour later Linda may ask again.
        app.state.clock.advance(3601);
        linda.get(&linda_path).await;
        linda
            .post(&format!("{linda_path}/swap"), &ask)
            .await
            .assert_redirect_to(&format!("{linda_path}?flash=swap-requested"));
        // Cancelling her booking withdraws her open request: Eva can no longer be asked.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM swap_requests WHERE status = 'open'")
                .await,
            1
        );
        linda.get(&linda_path).await;
        linda
            .post(&format!("{linda_path}/cancel"), &[("booking", &mine)])
            .await
            .assert_redirect_to(&format!("{linda_path}?flash=booking-cancelled"));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM swap_requests WHERE status = 'open'")
                .await,
            0
        );
    }
);
