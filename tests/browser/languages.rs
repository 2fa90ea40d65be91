//! An Arabic-reading parent books on a phone: the mail arrives in Arabic, the page opened from
//! its link is Arabic and right to left, axe finds nothing, and a screenshot is kept.

use std::time::Duration;

use driehoek::i18n::Lang;
use fantoccini::Locator;

use crate::common::scenario::{open_round, school};
use crate::common::{spawn_app_with_mail, Backend};
use crate::harness::Browser;

const WAIT: Duration = Duration::from_secs(20);

/// A translated text as it appears in the page: Fluent's isolation marks are not visible text.
fn shown(lang: Lang, key: &str) -> String {
    lang.t(key).replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_reading_parent_books_on_a_phone() {
    let (app, sink) = spawn_app_with_mail(Backend::Sqlite)
        .await
        .expect("the app starts");
    let mut s = school(&app).await;
    sqlx::query("UPDATE guardians SET language = 'ar' WHERE email = 'eva@example.org'")
        .execute(app.db.write())
        .await
        .unwrap();
    let round = open_round(&mut s).await;
    s.tom.post(&format!("/rounds/{round}/invite"), &[]).await;
    let mail = sink.wait_for("eva@example.org", 1, WAIT).await.remove(0);
    let body = mail.text().expect("a text part");
    assert!(
        body.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "the invitation is written in Arabic script: {body}"
    );
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
    let (lang, dir): (String, String) = browser
        .js("return [document.documentElement.lang, document.documentElement.dir];")
        .await;
    assert_eq!((lang.as_str(), dir.as_str()), ("ar", "rtl"));
    browser.assert_text("Finn Vries").await;
    browser.check_accessibility("Arabic booking page").await;
    assert_eq!(browser.horizontal_scroll("Arabic booking page").await, None);
    assert_eq!(
        browser.content_outside_boxes("Arabic booking page").await,
        None
    );
    browser.screenshot("parent-phone-arabic").await;

    // Tap the first free time and confirm with the Arabic button.
    let first = ".slot-list label:nth-of-type(1)";
    let _: serde_json::Value = browser
        .js(&format!("document.querySelector('{first}').scrollIntoView({{block: 'center', behavior: 'instant'}}); return null;"))
        .await;
    browser
        .find(Locator::Css(first))
        .await
        .click()
        .await
        .expect("tap a time");
    browser
        .click_button(&shown(Lang::Ar, "booking-submit"))
        .await;
    browser
        .wait_for_text(&shown(Lang::Ar, "flash-booked"), WAIT)
        .await;
    browser
        .check_accessibility("Arabic page after booking")
        .await;
    browser.screenshot("parent-phone-arabic-booked").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
            .await,
        1
    );
    let confirmation = sink.wait_for("eva@example.org", 2, WAIT).await;
    assert!(
        confirmation[1].ics().is_some(),
        "the Arabic confirmation still carries a calendar file"
    );
    browser.assert_no_accessibility_problems();
}
