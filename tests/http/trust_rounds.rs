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

/// Everything a round-wide action could change for one guardian: their invitations (token,
/// sent, reminded, revoked), the mail queued to them, and the bookings on their invitations.
async fn guardian_state(app: &TestApp, guardian: i64, email: &str) -> String {
    let invitations: Vec<(String, Option<i64>, Option<i64>, Option<i64>)> = sqlx::query_as(
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
