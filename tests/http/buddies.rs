//! Buddies (parents helping parents): the teacher notes a need or an offer on the startgesprek,
//! the care coordinator proposes two parents to each other, and only when both agreed through
//! their own links do they receive each other's contact details. Nothing of the other family is
//! shown or mailed before that.

use std::time::Duration;

use crate::both_backends;
use crate::common::scenario::{self, conversation_day, School};
use crate::common::smtp::SmtpSink;
use crate::common::{id_from_location, Browser, TestApp};

pub(crate) const EVA: [&str; 3] = ["Eva de Vries", "eva@example.org", "06-11112222"];
pub(crate) const LINDA: [&str; 3] = ["Linda Bakker", "linda@example.org", "06-33334444"];
const WAIT: Duration = Duration::from_secs(20);

pub(crate) struct Setup {
    pub(crate) s: School,
    pub(crate) cora: Browser,
    pub(crate) finn_record: i64,
    pub(crate) lotte_record: i64,
}

/// The shared school, phone numbers for Eva and Linda, a care coordinator, and a startgesprek
/// (draft) for Finn (5A, Tom) and for Lotte (7B, Tess).
pub(crate) async fn setup(app: &TestApp) -> Setup {
    let mut s = scenario::school(app).await;
    for [_, email, phone] in [EVA, LINDA] {
        sqlx::query("UPDATE guardians SET phone = $1 WHERE email = $2")
            .bind(phone)
            .bind(email)
            .execute(app.db.write())
            .await
            .unwrap();
    }
    let cora = app
        .staff_member(
            &mut s.admin,
            "Cora Zorg",
            "cora@example.org",
            &["care_coordinator"],
            &[],
        )
        .await;
    let finn_record = start_record(&mut s.tom, s.finn).await;
    let lotte_record = start_record(&mut s.tess, s.lotte).await;
    Setup {
        s,
        cora,
        finn_record,
        lotte_record,
    }
}

async fn start_record(teacher: &mut Browser, pupil: i64) -> i64 {
    let path = format!("/pupils/{pupil}/records/new");
    teacher.get(&format!("{path}?kind=start")).await;
    let page = teacher
        .post(
            &path,
            &[
                ("kind", "start"),
                ("held_on", &conversation_day()),
                ("form", "school"),
                ("action", "save"),
            ],
        )
        .await;
    id_from_location(&page.location.expect("record saved"))
}

pub(crate) async fn guardian_id(app: &TestApp, email: &str) -> String {
    let id: i64 = sqlx::query_scalar("SELECT id FROM guardians WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    id.to_string()
}

/// The teacher notes a wish in the box on the record page.
pub(crate) async fn note(
    teacher: &mut Browser,
    record: i64,
    guardian: &str,
    fields: &[(&str, &str)],
) -> crate::common::Page {
    let page = teacher.get(&format!("/records/{record}")).await;
    page.assert_contains("Ouders helpen ouders");
    let mut all = vec![("guardian_id", guardian)];
    all.extend_from_slice(fields);
    teacher
        .post(&format!("/records/{record}/buddies"), &all)
        .await
}

pub(crate) async fn wish_id(app: &TestApp, direction: &str) -> String {
    let id: i64 = sqlx::query_scalar(
        "SELECT MAX(id) FROM buddy_wishes WHERE direction = $1 AND closed_at IS NULL",
    )
    .bind(direction)
    .fetch_one(app.db.read())
    .await
    .unwrap();
    id.to_string()
}

/// Eva (Finn, 5A) would like help in Arabic; Linda (Lotte, 7B) can offer it. Cora proposes them.
/// Returns Eva's and Linda's link paths.
async fn propose_eva_and_linda(app: &TestApp, sink: &SmtpSink, st: &mut Setup) -> (String, String) {
    let eva = guardian_id(app, EVA[1]).await;
    let linda = guardian_id(app, LINDA[1]).await;
    let lang = [
        ("direction", "need"),
        ("topic", "language"),
        ("language", "ar"),
    ];
    note(&mut st.s.tom, st.finn_record, &eva, &lang)
        .await
        .assert_redirect_to(&format!("/records/{}?flash=buddies-noted", st.finn_record));
    let offer = [
        ("direction", "offer"),
        ("topic", "language"),
        ("language", "ar"),
    ];
    note(&mut st.s.tess, st.lotte_record, &linda, &offer)
        .await
        .assert_redirect_to(&format!("/records/{}", st.lotte_record));
    let record_page = st.s.tom.get(&format!("/records/{}", st.finn_record)).await;
    record_page.assert_contains("Wil graag hulp");

    let list = st.cora.get("/buddies").await;
    list.assert_contains("Voorgestelde koppelingen");
    list.assert_contains(EVA[0]);
    list.assert_contains(LINDA[0]);
    let (need, offer) = (wish_id(app, "need").await, wish_id(app, "offer").await);
    st.cora
        .post("/buddies/pairs", &[("need", &need), ("offer", &offer)])
        .await
        .assert_redirect_to("/buddies?flash=buddies-proposed");
    let eva_mail = sink.wait_for(EVA[1], 1, WAIT).await.remove(0);
    let linda_mail = sink.wait_for(LINDA[1], 1, WAIT).await.remove(0);
    assert_eq!(
        eva_mail.subject().as_deref(),
        Some("Contact met een andere ouder?")
    );
    assert_nothing_of(&eva_mail.text().unwrap(), LINDA);
    assert_nothing_of(&linda_mail.text().unwrap(), EVA);
    let path = |m: &crate::common::smtp::ReceivedMail| {
        m.link()
            .unwrap()
            .strip_prefix(&app.base)
            .unwrap()
            .to_string()
    };
    (path(&eva_mail), path(&linda_mail))
}

fn assert_nothing_of(text: &str, family: [&str; 3]) {
    for detail in family {
        assert!(!text.contains(detail), "{detail} shown too early:\n{text}");
    }
}

async fn pair_status(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT status FROM buddy_pairs ORDER BY id DESC LIMIT 1")
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

both_backends!(mail matched_only_after_both_agreed_then_withdrawn, |app: TestApp, sink: SmtpSink| async move {
    let mut st = setup(&app).await;
    let (eva_link, linda_link) = propose_eva_and_linda(&app, &sink, &mut st).await;
    let parent = &mut app.browser();

    // Eva's page: the topic in simple words, nothing of Linda's family.
    let page = parent.get(&eva_link).await;
    page.assert_contains("Een andere ouder van onze school");
    page.assert_contains("العربية");
    assert_nothing_of(&page.body, LINDA);
    parent
        .post(&eva_link, &[("answer", "yes")])
        .await
        .assert_redirect_to(&format!("{eva_link}?flash=buddies-agreed"));
    let page = parent.get(&eva_link).await;
    page.assert_contains("We wachten nog op het antwoord van de andere ouder");
    assert_nothing_of(&page.body, LINDA);
    // Eva's link answered for Eva only: Linda's side is untouched, the pair still proposed.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM buddy_sides WHERE answer = 'yes'").await,
        1
    );
    assert_eq!(pair_status(&app).await, "proposed");
    let linda_page = app.browser().get(&linda_link).await;
    assert_nothing_of(&linda_page.body, EVA);
    app.wait_outbox_drained(WAIT).await;
    for (who, other) in [(EVA, LINDA), (LINDA, EVA)] {
        let mails = sink.mails_to(who[1]);
        assert_eq!(mails.len(), 1, "only the proposal before the second yes");
        for m in mails {
            assert_nothing_of(&m.text().unwrap(), other);
        }
    }

    // Linda agrees too: now both get each other's name, e-mail and phone, by mail and on the page.
    let linda = &mut app.browser();
    linda.get(&linda_link).await;
    linda
        .post(&linda_link, &[("answer", "yes")])
        .await
        .assert_redirect_to(&linda_link);
    assert_eq!(pair_status(&app).await, "active");
    let to_eva = sink.wait_for(EVA[1], 2, WAIT).await.remove(1);
    let to_linda = sink.wait_for(LINDA[1], 2, WAIT).await.remove(1);
    for detail in LINDA {
        assert!(to_eva.text().unwrap().contains(detail), "{detail} for Eva");
    }
    for detail in EVA {
        assert!(to_linda.text().unwrap().contains(detail), "{detail} for Linda");
    }
    let page = parent.get(&eva_link).await;
    for detail in LINDA {
        page.assert_contains(detail);
    }
    // Each consent is recorded with its time and audited as the parent's own change.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM buddy_sides WHERE answer = 'yes' AND answered_at IS NOT NULL").await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'buddy-pair' AND action = 'consent' AND guardian_id IS NOT NULL AND staff_id IS NULL").await,
        2
    );
    let list = st.cora.get("/buddies").await;
    list.assert_contains("In contact");

    // Eva withdraws: the pair ends, Linda is told, Cora sees it, Linda's page no longer shows Eva.
    parent
        .post(&eva_link, &[("answer", "withdraw")])
        .await
        .assert_redirect_to(&format!("{eva_link}?flash=buddies-withdrawn"));
    assert_eq!(pair_status(&app).await, "ended");
    let ended = sink.wait_for(LINDA[1], 3, WAIT).await.remove(2);
    assert_eq!(
        ended.subject().as_deref(),
        Some("Het contact met de andere ouder is gestopt")
    );
    assert_nothing_of(&ended.text().unwrap(), EVA);
    let page = linda.get(&linda_link).await;
    page.assert_contains("Dit contact is gestopt");
    assert_nothing_of(&page.body, EVA);
    let list = st.cora.get("/buddies").await;
    list.assert_contains("Beëindigd");
    list.assert_contains("door een ouder");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM buddy_sides WHERE withdrawn_at IS NOT NULL").await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'buddy-pair' AND action = 'withdraw' AND guardian_id IS NOT NULL").await,
        1
    );
    // An ended pair cannot be agreed to again.
    let before = app.count("SELECT COUNT(*) FROM audit_log").await;
    linda
        .post(&linda_link, &[("answer", "yes")])
        .await
        .assert_redirect_to(&format!("{linda_link}?flash=problem-buddies-closed"));
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, before);
    // Brought together once on this topic: not suggested again.
    let list = st.cora.get("/buddies").await;
    list.assert_contains("Er zijn nu geen passende koppelingen.");
});

both_backends!(mail a_decline_ends_the_proposal_without_details, |app: TestApp, sink: SmtpSink| async move {
    let mut st = setup(&app).await;
    // Linda reads Turkish: her mail and her page are in her own language.
    sqlx::query("UPDATE guardians SET language = 'tr' WHERE email = $1")
        .bind(LINDA[1])
        .execute(app.db.write())
        .await
        .unwrap();
    let (eva_link, linda_link) = propose_eva_and_linda(&app, &sink, &mut st).await;
    let proposal = sink.mails_to(LINDA[1]).remove(0);
    assert_eq!(
        proposal.subject().as_deref(),
        Some("Başka bir veliyle iletişim ister misiniz?")
    );
    let page = app.browser().get(&linda_link).await;
    page.assert_contains("<html lang=\"tr\"");
    page.assert_contains("Bu veliyle iletişim kurmak ister misiniz?");
    let eva = &mut app.browser();
    eva.post(&eva_link, &[("answer", "yes")]).await;
    let linda = &mut app.browser();
    linda
        .post(&linda_link, &[("answer", "no")])
        .await
        .assert_redirect_to(&format!("{linda_link}?flash=buddies-declined"));
    assert_eq!(pair_status(&app).await, "declined");
    // Eva, who had said yes, is told it does not go ahead, without anything of Linda.
    let told = sink.wait_for(EVA[1], 2, WAIT).await.remove(1);
    assert_eq!(
        told.subject().as_deref(),
        Some("Het contact met de andere ouder gaat niet door")
    );
    assert_nothing_of(&told.text().unwrap(), LINDA);
    app.wait_outbox_drained(WAIT).await;
    assert_eq!(sink.mails_to(LINDA[1]).len(), 1, "no details for Linda");
    let page = eva.get(&eva_link).await;
    page.assert_contains("Dit contact gaat niet door");
    assert_nothing_of(&page.body, LINDA);
    assert_nothing_of(&linda.get(&linda_link).await.body, EVA);
    // A yes after the no changes nothing.
    eva.post(&eva_link, &[("answer", "yes")]).await;
    assert_eq!(pair_status(&app).await, "declined");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'buddy-pair' AND action = 'decline'").await,
        1
    );
});

/// Every table and audit line buddies writes, to show that a refused request changed nothing.
async fn snapshot(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM buddy_wishes WHERE closed_at IS NULL",
        "SELECT COUNT(*) FROM buddy_pairs",
        "SELECT COUNT(*) FROM buddy_pairs WHERE status = 'ended'",
        "SELECT COUNT(*) FROM buddy_sides WHERE answer <> ''",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM audit_log WHERE entity LIKE 'buddy%'",
    ] {
        out.push(app.count(sql).await);
    }
    out
}

both_backends!(mail only_the_right_people_reach_buddies, |app: TestApp, sink: SmtpSink| async move {
    let mut st = setup(&app).await;
    let (eva_link, _linda_link) = propose_eva_and_linda(&app, &sink, &mut st).await;
    let eva = guardian_id(&app, EVA[1]).await;
    let rob = guardian_id(&app, "rob@example.org").await;
    let sem_record = start_record(&mut st.s.tom, st.s.sem).await;
    let before = snapshot(&app).await;
    let need = wish_id(&app, "need").await;
    let offer = wish_id(&app, "offer").await;

    // A teacher notes only for their own pupils' guardians: Tom (5A) on Lotte's (7B) record.
    let page = st
        .s
        .tom
        .post(
            &format!("/records/{}/buddies", st.lotte_record),
            &[("guardian_id", &rob), ("direction", "need"), ("topic", "new-nl")],
        )
        .await;
    assert_eq!(page.status, 404);
    // Nor for a guardian of another family on their own pupil's record (Eva is not Sem's).
    let page = st
        .s
        .tom
        .post(
            &format!("/records/{sem_record}/buddies"),
            &[("guardian_id", &eva), ("direction", "need"), ("topic", "new-nl")],
        )
        .await;
    assert_eq!(page.status, 422, "the box comes back asking for a parent of this pupil");
    assert!(!page.contains(EVA[0]), "another family's parent is not offered");
    assert_eq!(snapshot(&app).await, before);

    // The school-wide list, proposing and ending are for care coordinators and the director.
    assert_eq!(st.s.tom.get("/buddies").await.status, 403);
    let page = st
        .s
        .tom
        .post("/buddies/pairs", &[("need", &need), ("offer", &offer)])
        .await;
    assert_eq!(page.status, 403);
    let pair: i64 = sqlx::query_scalar("SELECT MAX(id) FROM buddy_pairs")
        .fetch_one(app.db.read())
        .await
        .unwrap();
    assert_eq!(
        st.s.tom.post(&format!("/buddies/pairs/{pair}/end"), &[]).await.status,
        403
    );
    // A teacher cannot remove a wish of a pupil outside their groups (Linda's offer, 7B).
    let page = st
        .s
        .tom
        .post(&format!("/buddies/wishes/{offer}/close"), &[("back", "/")])
        .await;
    assert_eq!(page.status, 404);
    // Wishes already in an open pair cannot be proposed again: the coordinator is told.
    st.cora
        .post("/buddies/pairs", &[("need", &need), ("offer", &offer)])
        .await
        .assert_redirect_to("/buddies?flash=problem-buddies-taken");
    // A made-up link, or a link's form with another answer, changes nothing.
    let stranger = &mut app.browser();
    let page = stranger
        .post("/maatje/not-a-real-token-000000000000000000000", &[("answer", "yes")])
        .await;
    assert_eq!(page.status, 404);
    let page = stranger.get("/maatje/not-a-real-token-000000000000000000000").await;
    page.assert_contains("Deze link werkt niet meer");
    assert_eq!(stranger.post(&eva_link, &[("answer", "maybe")]).await.status, 400);
    // Withdrawing is only for an active pair.
    stranger
        .post(&eva_link, &[("answer", "withdraw")])
        .await
        .assert_redirect_to(&format!("{eva_link}?flash=problem-buddies-closed"));
    assert_eq!(snapshot(&app).await, before);

    // Another school: its coordinator reaches nothing of this school.
    let other: i64 = sqlx::query_scalar(
        "INSERT INTO schools (name, created_at) VALUES ('Andere school', 0) RETURNING id",
    )
    .fetch_one(app.db.write())
    .await
    .unwrap();
    sqlx::query("UPDATE staff SET school_id = $1 WHERE email = 'cora@example.org'")
        .bind(other)
        .execute(app.db.write())
        .await
        .unwrap();
    let mut cora = st.cora;
    let page = cora.get("/buddies").await;
    assert!(!page.contains(EVA[0]), "another school's list is empty");
    assert_eq!(
        cora.post(&format!("/buddies/pairs/{pair}/end"), &[]).await.status,
        404
    );
    assert_eq!(
        cora.post("/buddies/pairs", &[("need", &need), ("offer", &offer)])
            .await
            .status,
        404
    );
    assert_eq!(
        cora.post(&format!("/buddies/wishes/{need}/close"), &[("back", "/")])
            .await
            .status,
        404
    );
    assert_eq!(snapshot(&app).await, before);

    // Rob and Linda are one family (Sem and Lotte): never suggested to each other.
    sqlx::query("UPDATE staff SET school_id = (SELECT MIN(id) FROM schools) WHERE email = 'cora@example.org'")
        .execute(app.db.write())
        .await
        .unwrap();
    cora.post(&format!("/buddies/pairs/{pair}/end"), &[])
        .await
        .assert_redirect_to("/buddies?flash=buddies-ended");
    let rob_need = [("direction", "need"), ("topic", "language"), ("language", "ar")];
    note(&mut st.s.tom, sem_record, &rob, &rob_need).await;
    let page = cora.get("/buddies").await;
    let suggestions = page.body.split("pairs-heading").next().unwrap().to_string();
    assert!(!suggestions.contains("Rob Bakker"), "same family suggested");
    let rob_wish = wish_id(&app, "need").await;
    let pairs = app.count("SELECT COUNT(*) FROM buddy_pairs").await;
    assert_eq!(
        cora.post("/buddies/pairs", &[("need", &rob_wish), ("offer", &offer)])
            .await
            .status,
        404
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM buddy_pairs").await, pairs);
});
