//! A parent on a phone books, changes and cancels a conversation from the link in the
//! invitation mail (received over real SMTP), with accessibility checks on the way.

use std::time::Duration;

use fantoccini::Locator;

use crate::common::scenario::{open_round, school};
use crate::common::{spawn_app_with_mail, Backend};
use crate::harness::Browser;

const WAIT: Duration = Duration::from_secs(20);

/// Ticks the n-th offered time by clicking its label, as a person taps it on a phone.
async fn choose_time(browser: &Browser, n: usize) {
    let labels = format!(".slot-list label:nth-of-type({})", n + 1);
    let _: serde_json::Value = browser
        .js(&format!("document.querySelector('{labels}').scrollIntoView({{block: 'center', behavior: 'instant'}}); return null;"))
        .await;
    browser
        .find(Locator::Css(&labels))
        .await
        .click()
        .await
        .expect("tap a time");
    let checked: bool = browser
        .js(&format!(
            "return document.querySelector('{labels} input').checked;"
        ))
        .await;
    assert!(checked, "the tapped time is selected");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_books_on_a_phone_from_the_mailed_link() {
    let (app, sink) = spawn_app_with_mail(Backend::Sqlite)
        .await
        .expect("the app starts");
    let mut s = school(&app).await;
    let round = open_round(&mut s).await;
    s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;
    let mail = sink.wait_for("eva@example.org", 1, WAIT).await.remove(0);
    let link = mail.link().expect("a personal link in the invitation");
    let path = link
        .strip_prefix(&app.base)
        .expect("a link to this app")
        .to_string();

    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    browser.phone().await;
    browser.goto(&path).await;
    assert_eq!(browser.heading().await, "Startgesprekken");
    browser.assert_text("Finn Vries").await;
    browser.check_accessibility("parent booking page").await;
    assert_eq!(browser.horizontal_scroll("parent booking page").await, None);
    browser.screenshot("parent-phone").await;

    // Choose the first free time, leave a note, confirm.
    choose_time(&browser, 0).await;
    browser
        .fill(&format!("note-{}", s.finn), "Ik neem mijn zus mee")
        .await;
    browser.click_button("Deze tijd kiezen").await;
    browser.wait_for_text("Uw afspraak staat.", WAIT).await;
    browser.assert_text("Uw afspraak:").await;
    browser
        .check_accessibility("parent page after booking")
        .await;
    let confirmation = sink.wait_for("eva@example.org", 2, WAIT).await;
    assert!(
        confirmation[1].ics().is_some(),
        "the confirmation carries a calendar file"
    );

    // Change to another time, then cancel.
    choose_time(&browser, 0).await;
    browser.click_button("Wijzigen naar deze tijd").await;
    browser
        .wait_for_text("Uw afspraak is gewijzigd.", WAIT)
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
            .await,
        1
    );
    browser.click_button("Afzeggen").await;
    browser
        .wait_for_text("Uw afspraak is afgezegd.", WAIT)
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
            .await,
        0
    );
    let note: (String,) = sqlx::query_as("SELECT note FROM bookings ORDER BY id LIMIT 1")
        .fetch_one(app.db.read())
        .await
        .unwrap();
    assert_eq!(note.0, "Ik neem mijn zus mee");
    browser.assert_no_accessibility_problems();
}
