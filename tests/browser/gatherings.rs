//! A parent on a phone opens the invitation to the class reception from the mailed link (over
//! real SMTP) and answers: yes, with two people and an interpreter; then changes to maybe.
//! Accessibility checked on the way.

use std::time::Duration;

use fantoccini::Locator;

use crate::common::scenario::school;
use crate::common::{spawn_app_with_mail, Backend};
use crate::harness::Browser;

const WAIT: Duration = Duration::from_secs(20);

/// Taps a radio button or checkbox by its name (and value).
async fn tap(browser: &Browser, css: &str) {
    let _: serde_json::Value = browser
        .js(&format!("document.querySelector('{css}').scrollIntoView({{block: 'center', behavior: 'instant'}}); return null;"))
        .await;
    browser
        .find(Locator::Css(css))
        .await
        .click()
        .await
        .expect("tap");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_answers_a_class_reception_invitation_on_a_phone() {
    let (app, sink) = spawn_app_with_mail(Backend::Sqlite)
        .await
        .expect("the app starts");
    let mut s = school(&app).await;
    let g5: i64 = sqlx::query_scalar("SELECT id FROM groups WHERE name = '5A'")
        .fetch_one(app.db.read())
        .await
        .unwrap();
    let day =
        driehoek::timefmt::iso(driehoek::timefmt::today().saturating_add(time::Duration::days(10)));
    s.tom.get("/gatherings/new").await;
    let created = s
        .tom
        .post(
            "/gatherings",
            &[
                ("kind", "reception"),
                ("audience", "groups"),
                ("group", &g5.to_string()),
                ("title", "Kennismaking groep 5A"),
                ("day", &day),
                ("time", "08:30"),
                ("place", "Lokaal 5A"),
            ],
        )
        .await;
    let path = created.location.expect("planned");
    let path = path.split('?').next().unwrap().to_string();
    s.tom.get(&path).await;
    s.tom.post(&format!("{path}/invite"), &[]).await;
    let mail = sink.wait_for("eva@example.org", 1, WAIT).await.remove(0);
    let link = mail.link().expect("a personal link in the invitation");
    let rsvp = link
        .strip_prefix(&app.base)
        .expect("a link to this app")
        .to_string();

    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    browser.phone().await;
    browser.goto(&rsvp).await;
    assert_eq!(browser.heading().await, "Kennismaking groep 5A");
    browser.assert_text("Lokaal 5A").await;
    browser.check_accessibility("invitation on a phone").await;
    assert_eq!(
        browser.horizontal_scroll("invitation on a phone").await,
        None
    );
    browser.screenshot("gathering-rsvp-phone").await;

    tap(&browser, "input[name=answer][value=yes]").await;
    browser.fill("f-people", "2").await;
    tap(&browser, "input[name=interpreter]").await;
    let _: serde_json::Value = browser
        .js("document.getElementById('f-interpreter-lang').value = 'tr'; return null;")
        .await;
    browser.click_button("Antwoord versturen").await;
    browser
        .wait_for_text("Fijn dat u met 2 personen komt!", WAIT)
        .await;
    browser.check_accessibility("invitation answered").await;
    let (answer, people, interpreter): (String, i64, String) = sqlx::query_as(
        "SELECT answer, people, interpreter FROM gathering_invites i JOIN guardians g ON g.id = i.guardian_id WHERE g.email = 'eva@example.org'",
    )
    .fetch_one(app.db.read())
    .await
    .unwrap();
    assert_eq!(
        (answer.as_str(), people, interpreter.as_str()),
        ("yes", 2, "tr")
    );

    // Plans change: maybe after all.
    tap(&browser, "input[name=answer][value=maybe]").await;
    browser.click_button("Antwoord versturen").await;
    browser.wait_for_text("U komt misschien.", WAIT).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM gathering_invites WHERE answer = 'maybe'")
            .await,
        1
    );
    browser.assert_no_accessibility_problems();
}
