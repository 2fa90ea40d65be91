//! A parent on a phone signs in from the mailed link (over real SMTP), writes to the teacher
//! about their child and sees at once by which date the school answers; accessibility checked.

use std::time::Duration;

use crate::common::scenario::school;
use crate::common::{spawn_app_with_mail, Backend};
use crate::harness::Browser;

const WAIT: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_sends_a_message_on_a_phone_and_sees_the_acknowledgement() {
    let (app, sink) = spawn_app_with_mail(Backend::Sqlite)
        .await
        .expect("the app starts");
    // Monday 2 November 2026, ten o'clock: two school days later is Wednesday 4 November.
    let monday = time::Date::from_calendar_date(2026, time::Month::November, 2).unwrap();
    app.state.clock.set(driehoek::timefmt::from_amsterdam(
        monday,
        time::Time::from_hms(10, 0, 0).unwrap(),
    ));
    let s = school(&app).await;
    let mut ask = app.browser();
    ask.get("/ouders").await;
    ask.post("/ouders", &[("email", "eva@example.org")]).await;
    let mail = sink.wait_for("eva@example.org", 1, WAIT).await.remove(0);
    let link = mail.link().expect("a sign-in link");
    let path = link
        .strip_prefix(&app.base)
        .expect("a link to this app")
        .to_string();

    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    browser.phone().await;
    browser.goto(&path).await;
    browser.click_button("Naar de pagina van mijn kind").await;
    browser.wait_for_path("/ouders/kinderen").await;
    browser
        .click_link("Stuur de leerkracht een bericht over Finn Vries")
        .await;
    browser
        .wait_for_path(&format!("/ouders/kinderen/{}/bericht", s.finn))
        .await;
    browser
        .check_accessibility("parent message form on a phone")
        .await;
    assert_eq!(browser.horizontal_scroll("parent message form").await, None);
    browser
        .fill("body", "Finn is morgen jarig en trakteert. Is dat goed?")
        .await;
    browser.click_button("Bericht versturen").await;
    browser
        .wait_for_text("Uw bericht is ontvangen.", WAIT)
        .await;
    browser.assert_text("4 november 2026").await;
    browser
        .check_accessibility("parent message acknowledged")
        .await;
    browser.screenshot("parent-message-phone").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM parent_messages WHERE due_on = '2026-11-04'")
            .await,
        1
    );
    let ack = sink.wait_for("eva@example.org", 2, WAIT).await;
    assert!(ack[1].text().unwrap().contains("4 november 2026"));
    browser.assert_no_accessibility_problems();
}
