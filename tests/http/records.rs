//! Conversation records, agreements that come back, the communication plan and its reminders,
//! the contact log's nudge, and the audit log.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{id_from_location, TestApp};

fn day(offset: i64) -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(offset)))
}

both_backends!(
    a_startgesprek_ends_with_a_plan_and_its_agreements_come_back,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let sem = s.sem.to_string();
        let form = s
            .tom
            .get(&format!("/pupils/{sem}/records/new?kind=start"))
            .await;
        form.assert_contains("Waar is het kind trots op?");
        form.assert_contains("Wat willen we dit jaar samen bereiken?");

        // Closing without a communication plan is refused, with the reason; nothing is stored.
        let fields = [
            ("kind", "start"),
            ("held_on", &day(0)),
            ("form", "school"),
            ("pupil_present", "on"),
            ("present", "moeder, vader"),
            ("a-proud", "Zijn tekeningen"),
            ("a-ambition", "Vlot leren lezen"),
            ("a-expect-parents", "Dat hij gezien wordt"),
            ("ag1-topic", "Lezen"),
            ("ag1-pupil", "Leest elke dag 15 minuten"),
            ("ag1-parents", "Lezen 's avonds voor"),
            ("ag1-school", "Sem gaat in de leesgroep"),
            ("ag1-review", &day(-1)),
            ("action", "close"),
        ];
        let refused = s
            .tom
            .post(&format!("/pupils/{sem}/records/new"), &fields)
            .await;
        assert_eq!(refused.status, 200);
        refused.assert_contains("Maak eerst het communicatieplan");
        refused.assert_contains("Zijn tekeningen");
        refused.assert_contains("value=\"Leest elke dag 15 minuten\"");
        assert_eq!(app.count("SELECT COUNT(*) FROM records").await, 0);

        // So the teacher saves a draft, makes the plan and comes back to close it.
        let mut draft_fields = fields.to_vec();
        draft_fields.retain(|(k, _)| *k != "action");
        draft_fields.push(("action", "save"));
        let draft = s
            .tom
            .post(&format!("/pupils/{sem}/records/new"), &draft_fields)
            .await;
        draft.assert_redirect_to("/records/");
        let draft_id = id_from_location(&draft.location.unwrap());
        s.tom
            .get(&format!("/records/{draft_id}"))
            .await
            .assert_contains("Verder met dit verslag");
        let back = format!("/records/{draft_id}/edit");

        // The plan: by phone, a call in three days, the teacher reachable after school.
        s.tom
            .get(&format!("/pupils/{sem}/plan?back={back}"))
            .await
            .assert_contains("Communicatieplan");
        s.tom
            .post(
                &format!("/pupils/{sem}/plan"),
                &[
                    ("channel", "phone"),
                    ("channel", "visit-evening"),
                    ("reachable", "dinsdag na schooltijd"),
                    ("m1-description", "Bellen na het eerste rapport"),
                    ("m1-due", &day(3)),
                    ("m1-channel", "phone"),
                    ("m1-with-pupil", "on"),
                    ("back", &back),
                ],
            )
            .await
            .assert_redirect_to(&back);
        s.tom.get(&back).await.assert_contains("Zijn tekeningen");
        // The agreement was stored with the draft; closing does not repeat it.
        let mut close_fields = fields.to_vec();
        close_fields.retain(|(k, _)| !k.starts_with("ag1"));
        let closed = s.tom.post(&back, &close_fields).await;
        closed.assert_redirect_to("/records/");
        let record = id_from_location(&closed.location.unwrap());
        let page = s.tom.get(&format!("/records/{record}")).await;
        page.assert_contains("Vlot leren lezen");
        page.assert_contains("Leest elke dag 15 minuten");
        page.assert_contains("Afgerond");
        let pupil_page = s.tom.get(&format!("/pupils/{sem}")).await;
        pupil_page.assert_contains("Telefoon, Gesprek op school");
        pupil_page.assert_contains("Bellen na het eerste rapport");
        pupil_page.assert_contains("te laat");

        // The teacher's start page: the overdue agreement, the call due this week, and the nudge.
        let home = s.tom.get("/").await;
        home.assert_contains("Afspraken om op terug te kijken");
        home.assert_contains("Bellen na het eerste rapport");
        home.assert_contains("Al lang geen positief nieuws");
        assert!(home.contains("Sem Bakker"));
        s.tom
            .post(
                &format!("/pupils/{sem}/contacts"),
                &[
                    ("channel", "phone"),
                    ("summary", "Mooie toets gemaakt!"),
                    ("positive", "on"),
                    ("happened_on", &day(0)),
                ],
            )
            .await;
        let home = s.tom.get("/").await;
        let nudge = home
            .body
            .split("Al lang geen positief nieuws")
            .nth(1)
            .unwrap_or_default();
        assert!(
            !nudge.contains("Sem Bakker"),
            "positive news takes Sem off the nudge"
        );

        // The progress conversation: what goes well comes first and is required; the open
        // agreement of the startgesprek is listed for review.
        let form = s
            .tom
            .get(&format!("/pupils/{sem}/records/new?kind=progress"))
            .await;
        form.assert_contains("Afspraken van eerdere gesprekken");
        form.assert_contains("Lezen");
        let (agreement,): (i64,) = sqlx::query_as("SELECT id FROM agreements")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let review = format!("review-{agreement}");
        let missing = s
            .tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "progress"),
                    ("held_on", &day(0)),
                    ("form", "school"),
                    ("action", "close"),
                ],
            )
            .await;
        missing.assert_contains("Vul eerst in wat goed gaat");
        s.tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "progress"),
                    ("held_on", &day(0)),
                    ("form", "school"),
                    ("a-goes-well", "Leest nu zelf"),
                    (review.as_str(), "done"),
                    ("action", "close"),
                ],
            )
            .await
            .assert_redirect_to("/records/");
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM agreements WHERE id = {agreement} AND status = 'done'"
            ))
            .await,
            1
        );

        // The closing conversation shows the expectations of the first startgesprek.
        s.tom
            .get(&format!("/pupils/{sem}/records/new?kind=closing"))
            .await
            .assert_contains("Vlot leren lezen");

        // Another group's teacher sees nothing of it.
        assert_eq!(s.tess.get(&format!("/records/{record}")).await.status, 404);
        assert_eq!(s.tess.get(&format!("/pupils/{sem}/plan")).await.status, 404);
        assert_eq!(
            s.tess
                .post(
                    &format!("/pupils/{sem}/contacts"),
                    &[("channel", "phone"), ("summary", "x")]
                )
                .await
                .status,
            404
        );

        // Who looked at Sem's file? The administrator can see.
        let audit = s.admin.get(&format!("/audit?pupil={sem}")).await;
        audit.assert_contains("Tom Tuin");
        audit.assert_contains("gespreksverslag");
        assert!(
            !audit.contains("Tess Veld"),
            "refused attempts are not views"
        );
        assert_eq!(s.tom.get("/audit").await.status, 403);
    }
);
