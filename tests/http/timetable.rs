//! The second way to schedule: the school makes the timetable, families confirm, move or swap.

use std::time::Duration;

use crate::both_backends;
use crate::common::scenario::{conversation_day, open_round, school};
use crate::common::smtp::SmtpSink;
use crate::common::TestApp;

const WAIT: Duration = Duration::from_secs(15);

async fn slot_of(app: &TestApp, pupil: i64) -> (i64, String) {
    let (id, starts_at): (i64, i64) = sqlx::query_as("SELECT b.id, sl.starts_at FROM bookings b JOIN slots sl ON sl.id = b.slot_id WHERE b.pupil_id = $1 AND b.status = 'active'")
        .bind(pupil)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    (id, driehoek::timefmt::clock(starts_at))
}

async fn run(app: TestApp, sink: SmtpSink) {
    let mut s = school(&app).await;
    let round = open_round(&mut s).await;
    let _ = conversation_day();
    // Finn's mother told the teacher she cannot come before half past seven.
    s.tom.get(&format!("/rounds/{round}/families")).await;
    s.tom
        .post(
            &format!("/rounds/{round}/pupils/{}/constraint", s.finn),
            &[("earliest", "19:30"), ("latest", "")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}/families"));
    s.admin
        .get(&format!("/rounds/{round}"))
        .await
        .assert_contains("Rooster maken");
    s.admin
        .post(&format!("/rounds/{round}/timetable"), &[])
        .await
        .assert_redirect_to(&format!("/rounds/{round}/families?flash=timetable-made"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active' AND proposed = 1")
            .await,
        3
    );
    // Siblings back to back with their two teachers; Finn after 19:30.
    assert_eq!(slot_of(&app, s.sem).await.1, "19:00");
    assert_eq!(slot_of(&app, s.lotte).await.1, "19:20");
    assert_eq!(slot_of(&app, s.finn).await.1, "19:40");
    s.tom
        .get(&format!("/rounds/{round}/families"))
        .await
        .assert_contains("voorgesteld, nog niet bevestigd");

    s.admin.get(&format!("/rounds/{round}")).await;
    s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
    let linda = sink.wait_for("linda@example.org", 1, WAIT).await;
    let text = linda[0].text().unwrap();
    assert!(
        text.contains("We hebben alvast een tijd voor u ingepland") && text.contains("Sem Bakker"),
        "{text}"
    );
    let eva = sink.wait_for("eva@example.org", 1, WAIT).await;
    let eva_path = eva[0]
        .link()
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    let linda_path = linda[0]
        .link()
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();

    // Eva confirms the proposal.
    let mut eva_b = app.browser();
    let page = eva_b.get(&eva_path).await;
    page.assert_contains("Voorstel van de school:");
    let (finn_booking, _) = slot_of(&app, s.finn).await;
    eva_b
        .post(
            &format!("{eva_path}/confirm"),
            &[("booking", &finn_booking.to_string())],
        )
        .await
        .assert_redirect_to(&format!("{eva_path}?flash=booking-confirmed"));
    assert_eq!(
        app.count(&format!(
            "SELECT proposed FROM bookings WHERE id = {finn_booking}"
        ))
        .await,
        0
    );
    let mails = sink.wait_for("eva@example.org", 2, WAIT).await;
    assert!(mails[1].subject().unwrap().starts_with("Bevestiging"));

    // Linda would rather have Finn's later time for Sem: she asks, Eva agrees, they swap.
    let mut linda_b = app.browser();
    let page = linda_b.get(&linda_path).await;
    page.assert_contains("Ruilen met een ander gezin");
    assert!(!page.contains("Finn"), "other families' names stay private");
    let (sem_booking, _) = slot_of(&app, s.sem).await;
    linda_b
        .post(
            &format!("{linda_path}/swap"),
            &[
                ("mine", &sem_booking.to_string()),
                ("with", &finn_booking.to_string()),
            ],
        )
        .await
        .assert_redirect_to(&format!("{linda_path}?flash=swap-requested"));
    let mails = sink.wait_for("eva@example.org", 3, WAIT).await;
    assert!(mails[2].subject().unwrap().starts_with("Wilt u ruilen?"));
    let page = eva_b.get(&eva_path).await;
    page.assert_contains("Een ander gezin wil graag ruilen");
    let request = page
        .body
        .split(&format!("action=\"{eva_path}/swap/"))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    // Linda cannot answer her own request.
    linda_b
        .post(
            &format!("{linda_path}/swap/{request}"),
            &[("answer", "yes")],
        )
        .await
        .assert_redirect_to(&format!("{linda_path}?flash=problem-swap-failed"));
    eva_b
        .post(&format!("{eva_path}/swap/{request}"), &[("answer", "yes")])
        .await
        .assert_redirect_to(&format!("{eva_path}?flash=swap-accepted"));
    assert_eq!(slot_of(&app, s.sem).await.1, "19:40");
    assert_eq!(slot_of(&app, s.finn).await.1, "19:00");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
            .await,
        3
    );
    sink.wait_for("eva@example.org", 4, WAIT).await;
    let linda_mails = sink.wait_for("linda@example.org", 2, WAIT).await;
    assert!(linda_mails
        .last()
        .unwrap()
        .text()
        .unwrap()
        .contains("19:40"));

    // A second request, declined: nothing moves and Linda hears so.
    linda_b.get(&linda_path).await;
    linda_b
        .post(
            &format!("{linda_path}/swap"),
            &[
                ("mine", &sem_booking.to_string()),
                ("with", &finn_booking.to_string()),
            ],
        )
        .await;
    let page = eva_b.get(&eva_path).await;
    let request = page
        .body
        .split(&format!("action=\"{eva_path}/swap/"))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    eva_b
        .post(&format!("{eva_path}/swap/{request}"), &[("answer", "no")])
        .await
        .assert_redirect_to(&format!("{eva_path}?flash=swap-declined"));
    assert_eq!(slot_of(&app, s.sem).await.1, "19:40");
    let linda_mails = sink.wait_for("linda@example.org", 3, WAIT).await;
    assert!(linda_mails
        .last()
        .unwrap()
        .subject()
        .unwrap()
        .starts_with("Ruilen gaat niet door"));
}

both_backends!(
    mail the_school_makes_the_timetable_and_families_confirm_or_swap,
    |app: TestApp, sink: SmtpSink| async move { run(app, sink).await }
);
