//! Review fixes (issue 12): requests that arrive at the same moment, and small gaps, in the
//! pupil's preparation, buddies and parent messages. Two requests at once must leave exactly
//! what one at a time would, and never a server error.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{id_from_location, TestApp};
use crate::pupilprep::{day, progress_round, slips_for_tom};

both_backends!(
    two_submits_of_one_preparation_at_once_keep_one_row,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = progress_round(&mut s, &app, 14).await;
        let (sem_link, _) = slips_for_tom(&mut s, &app, round).await;
        let mut first = app.browser();
        let mut second = app.browser();
        first.get(&sem_link).await;
        second.get(&sem_link).await;
        let (a, b) = tokio::join!(
            first.post(&sem_link, &[("went_well", "Rekenen")]),
            second.post(&sem_link, &[("went_well", "Lezen")]),
        );
        for page in [&a, &b] {
            assert_eq!(page.status, 303, "{}", page.body);
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupil_preps").await,
            1,
            "one preparation per pupil and round"
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'pupil-prep' \
                 AND action = 'pupil-create'"
            )
            .await,
            1,
            "the second submit is logged as a change"
        );
    }
);

both_backends!(
    two_coordinators_proposing_one_wish_at_once_make_one_pair,
    |app: TestApp| async move {
        use crate::buddies::{guardian_id, note, setup, wish_id, EVA, LINDA};
        let mut st = setup(&app).await;
        let eva = guardian_id(&app, EVA[1]).await;
        let linda = guardian_id(&app, LINDA[1]).await;
        let need = [("direction", "need"), ("topic", "first-child")];
        note(&mut st.s.tom, st.finn_record, &eva, &need).await;
        let offer = [("direction", "offer"), ("topic", "first-child")];
        note(&mut st.s.tess, st.lotte_record, &linda, &offer).await;
        let (need, offer) = (wish_id(&app, "need").await, wish_id(&app, "offer").await);
        let mut carl = app
            .staff_member(
                &mut st.s.admin,
                "Carl Zorg",
                "carl@example.org",
                &["care_coordinator"],
                &[],
            )
            .await;
        st.cora.get("/buddies").await;
        carl.get("/buddies").await;
        let fields = [("need", need.as_str()), ("offer", offer.as_str())];
        let (a, b) = tokio::join!(
            st.cora.post("/buddies/pairs", &fields),
            carl.post("/buddies/pairs", &fields),
        );
        let mut targets = [a.location.clone(), b.location.clone()];
        targets.sort();
        assert_eq!(
            targets,
            [
                Some("/buddies?flash=buddies-proposed".to_string()),
                Some("/buddies?flash=problem-buddies-taken".to_string()),
            ],
            "one proposal made, the other refused kindly: {} / {}",
            a.status,
            b.status
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM buddy_pairs").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM buddy_sides").await, 2);
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM outbox WHERE subject = 'Contact met een andere ouder?'"
            )
            .await,
            2,
            "one mail to each parent, once"
        );
    }
);

both_backends!(
    concurrent_messages_above_the_daily_limit_store_exactly_the_limit,
    |app: TestApp| async move {
        let s = school(&app).await;
        let path = format!("/ouders/kinderen/{}/bericht", s.sem);
        // Two signed-in tabs of one parent; two messages already sent today.
        let mut first = crate::trust_people::parent_session(&app, "linda@example.org").await;
        let mut second = crate::trust_people::parent_session(&app, "linda@example.org").await;
        let limit = driehoek::messages::rules::MESSAGES_PER_DAY;
        for n in 0..limit - 1 {
            first.get(&path).await;
            first
                .post(&path, &[("body", &format!("Bericht {n}"))])
                .await
                .assert_redirect_to(&format!("{path}?ontvangen="));
        }
        first.get(&path).await;
        second.get(&path).await;
        let body = [("body", "Mag Sem morgen eerder weg?")];
        let (a, b) = tokio::join!(first.post(&path, &body), second.post(&path, &body));
        let mut statuses = [a.status, b.status];
        statuses.sort();
        assert_eq!(statuses, [200, 303], "one sent, one told about the limit");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM parent_messages").await,
            limit
        );
    }
);

both_backends!(
    a_record_shows_the_preparation_of_its_booked_round_however_late_it_was_written,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let sem = s.sem;
        let round = progress_round(&mut s, &app, 14).await;
        let (sem_link, _) = slips_for_tom(&mut s, &app, round).await;
        let mut pupil = app.browser();
        pupil.get(&sem_link).await;
        pupil
            .post(&sem_link, &[("went_well", "Mijn werkstuk over bijen")])
            .await;
        let slot: i64 = sqlx::query_scalar(
            "SELECT MIN(s.id) FROM slots s JOIN staff st ON st.id = s.staff_id \
             WHERE s.round_id = $1 AND st.email = 'tom@example.org'",
        )
        .bind(round)
        .fetch_one(app.db.read())
        .await
        .unwrap();
        let guardian: i64 =
            sqlx::query_scalar("SELECT MIN(guardian_id) FROM pupil_guardians WHERE pupil_id = $1")
                .bind(sem)
                .fetch_one(app.db.read())
                .await
                .unwrap();
        s.tom.get(&format!("/rounds/{round}/families")).await;
        s.tom
            .post(
                &format!("/rounds/{round}/pupils/{sem}/book"),
                &[
                    ("slot", &slot.to_string()),
                    ("guardian", &guardian.to_string()),
                ],
            )
            .await;
        let booking: i64 = sqlx::query_scalar(
            "SELECT id FROM bookings WHERE round_id = $1 AND pupil_id = $2 AND status = 'active'",
        )
        .bind(round)
        .bind(sem)
        .fetch_one(app.db.read())
        .await
        .unwrap();

        // The record of the conversation, written five weeks later, names its booking.
        s.tom
            .get(&format!("/pupils/{sem}/records/new?kind=progress"))
            .await;
        let saved = s
            .tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "progress"),
                    ("held_on", &day(0)),
                    ("form", "school"),
                    ("pupil_present", "on"),
                    ("present", "moeder"),
                    ("a-goes-well", "Het werkstuk"),
                    ("action", "save"),
                ],
            )
            .await;
        let record = id_from_location(&saved.location.expect("record saved"));
        sqlx::query("UPDATE records SET held_on = $1, booking_id = $2 WHERE id = $3")
            .bind(day(35))
            .bind(booking)
            .bind(record)
            .execute(app.db.write())
            .await
            .unwrap();
        s.tom
            .get(&format!("/records/{record}"))
            .await
            .assert_contains("Mijn werkstuk over bijen");
        // Without a booking the date window still decides: five weeks is too late.
        sqlx::query("UPDATE records SET booking_id = NULL WHERE id = $1")
            .bind(record)
            .execute(app.db.write())
            .await
            .unwrap();
        let page = s.tom.get(&format!("/records/{record}")).await;
        assert_eq!(page.status, 200);
        assert!(!page.contains("Mijn werkstuk over bijen"));
    }
);

both_backends!(
    bad_holiday_and_response_days_come_back_with_what_was_typed,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let year = app
            .count("SELECT id FROM school_years WHERE is_current = 1")
            .await;
        // No holidays yet: the year page and the school settings say so.
        let notice = "Voor het huidige schooljaar zijn nog geen vakanties ingevuld.";
        s.admin
            .get(&format!("/years/{year}"))
            .await
            .assert_contains(notice);
        s.admin.get("/school").await.assert_contains(notice);

        let page = s
            .admin
            .post(
                &format!("/years/{year}/vakanties"),
                &[
                    ("holiday_name", "Kerstvakantie"),
                    ("holiday_from", "2027-01-08"),
                    ("holiday_to", "2026-12-19"),
                ],
            )
            .await;
        assert_eq!(page.status, 422);
        page.assert_contains("value=\"Kerstvakantie\"");
        page.assert_contains("value=\"2027-01-08\"");
        page.assert_contains("De laatste vrije dag ligt voor de eerste.");
        let page = s
            .admin
            .post(
                &format!("/years/{year}/vakanties"),
                &[("holiday_name", ""), ("holiday_from", "2026-12-19")],
            )
            .await;
        assert_eq!(page.status, 422);
        page.assert_contains("value=\"2026-12-19\"");
        page.assert_contains("Dit veld is verplicht.");
        assert_eq!(app.count("SELECT COUNT(*) FROM school_holidays").await, 0);
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
        assert!(!s.admin.get("/school").await.contains(notice));

        let page = s
            .admin
            .post("/school/reactietermijn", &[("response_days", "45")])
            .await;
        assert_eq!(page.status, 422);
        page.assert_contains("value=\"45\"");
        page.assert_contains("Vul een aantal schooldagen in van 1 tot en met 20.");
        assert_eq!(app.count("SELECT response_days FROM schools").await, 2);
    }
);

both_backends!(
    a_wish_without_its_language_comes_back_with_what_was_typed,
    |app: TestApp| async move {
        use crate::buddies::{guardian_id, note, setup, EVA};
        let mut st = setup(&app).await;
        let eva = guardian_id(&app, EVA[1]).await;
        let page = note(
            &mut st.s.tom,
            st.finn_record,
            &eva,
            &[
                ("direction", "offer"),
                ("topic", "language"),
                ("language", ""),
                ("detail", "spreekt ook Berbers"),
            ],
        )
        .await;
        assert_eq!(page.status, 422);
        page.assert_contains("Kies bij het onderwerp Taal ook welke taal.");
        page.assert_contains("value=\"spreekt ook Berbers\"");
        page.assert_contains("<option value=\"offer\" selected>");
        page.assert_contains(&format!("<option value=\"{eva}\" selected>"));
        assert_eq!(app.count("SELECT COUNT(*) FROM buddy_wishes").await, 0);
    }
);

both_backends!(
    wishes_of_archived_pupils_are_not_offered_for_matching,
    |app: TestApp| async move {
        use crate::buddies::{guardian_id, note, setup, EVA, LINDA};
        let mut st = setup(&app).await;
        let eva = guardian_id(&app, EVA[1]).await;
        let linda = guardian_id(&app, LINDA[1]).await;
        note(
            &mut st.s.tom,
            st.finn_record,
            &eva,
            &[("direction", "need"), ("topic", "new-nl")],
        )
        .await;
        note(
            &mut st.s.tess,
            st.lotte_record,
            &linda,
            &[("direction", "offer"), ("topic", "new-nl")],
        )
        .await;
        st.cora.get("/buddies").await.assert_contains(EVA[0]);
        // Finn leaves the school: Eva's wish (noted for Finn) is no longer on the list.
        sqlx::query("UPDATE pupils SET archived_at = 1 WHERE id = $1")
            .bind(st.s.finn)
            .execute(app.db.write())
            .await
            .unwrap();
        let page = st.cora.get("/buddies").await;
        assert_eq!(page.status, 200);
        assert!(
            !page.contains(EVA[0]),
            "an archived pupil's wish is not shown"
        );
        page.assert_contains(LINDA[0]);
        let (need, offer) = (
            crate::buddies::wish_id(&app, "need").await,
            crate::buddies::wish_id(&app, "offer").await,
        );
        let refused = st
            .cora
            .post("/buddies/pairs", &[("need", &need), ("offer", &offer)])
            .await;
        assert_eq!(refused.status, 404);
        assert_eq!(app.count("SELECT COUNT(*) FROM buddy_pairs").await, 0);
    }
);
