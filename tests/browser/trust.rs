//! Trust in a real browser: the first administrator of a new school enrols two-step sign-in by
//! its QR code, is shown the recovery codes once, signs out and back in with password and code,
//! and finds the account and retention pages, a pupil's inspection export and the privacy
//! notice — axe-core checks each page on the way.

use std::time::Duration;

use fantoccini::Locator;

use crate::common::{spawn_app_with, Backend, ADMIN_EMAIL, PASSWORD};
use crate::fixtures::SCHOOL;
use crate::harness::Browser;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_enrols_two_step_sign_in_and_finds_the_privacy_pages() {
    let app = spawn_app_with(Backend::Sqlite, |c| c.mfa_enforced = true)
        .await
        .expect("the app starts");
    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    let token = app.setup_token().await;
    browser.goto(&format!("/setup?token={token}")).await;
    browser.fill("school_name", SCHOOL).await;
    browser.fill("city", "Utrecht").await;
    browser.fill("name", "Anna Admin").await;
    browser.fill("email", ADMIN_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    browser.fill("confirm", PASSWORD).await;
    browser.click_button("School inrichten").await;

    // An administrator must enrol before the first page: a QR code drawn on the server.
    browser.wait_for_path("/sign-in/enrol").await;
    assert_eq!(browser.heading().await, "Tweestapsverificatie instellen");
    browser.find(Locator::Css("svg")).await;
    browser.check_accessibility("the enrolment page").await;
    let code = app.totp_code(&app.totp_secret(ADMIN_EMAIL).await, 0);
    browser.fill("code", &code).await;
    browser.click_button("Bevestigen").await;
    browser
        .wait_for_text("Uw herstelcodes", Duration::from_secs(10))
        .await;
    let shown: i64 = browser
        .js("return document.querySelectorAll('li code').length;")
        .await;
    assert_eq!(shown as usize, driehoek::auth::mfa::RECOVERY_CODES);
    browser.check_accessibility("the recovery codes").await;
    browser.click_link("Ik heb ze bewaard, verder").await;
    browser.wait_for_path("/").await;
    browser.screenshot("trust-enrolled-start-page").await;

    // Signing in again takes the password and then a code; the code of the enrolment is spent.
    browser.click_button("Uitloggen").await;
    browser.wait_for_path("/sign-in").await;
    browser.fill("email", ADMIN_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    browser.click_button("Inloggen").await;
    browser.wait_for_path("/sign-in/code").await;
    browser.check_accessibility("the code page").await;
    app.state.clock.advance(driehoek::auth::totp::STEP_SECONDS);
    let code = app.totp_code(&app.totp_secret(ADMIN_EMAIL).await, 0);
    browser.fill("code", &code).await;
    browser.click_button("Inloggen").await;
    browser.wait_for_path("/").await;
    assert_eq!(browser.heading().await, SCHOOL, "signed in with two steps");

    // The person's own account page, from the name in the header.
    browser
        .click_link_in(".user-menu", "Anna Admin · Mijn account")
        .await;
    browser.wait_for_path("/account").await;
    browser.assert_text("Aan").await;
    browser.check_accessibility("the account page").await;

    // Retention, from the administrator's menu (the Beheer page).
    browser.click_link_in("nav.main-nav", "Beheer").await;
    browser.wait_for_path("/beheer").await;
    browser.click_link_in(".admin-index", "Bewaartermijn").await;
    browser.wait_for_path("/retention").await;
    assert_eq!(browser.heading().await, "Bewaartermijn");
    browser.check_accessibility("the retention page").await;

    // A pupil, and the inspection export the administrator makes for a request on paper.
    browser.goto("/pupils/new").await;
    browser.fill("external_id", "4711").await;
    browser.fill("first_name", "Noor").await;
    browser.fill("last_name", "Jansen").await;
    browser.fill("date_of_birth", "14-03-2016").await;
    browser.click_button("Opslaan").await;
    browser
        .wait_for_text("Noor Jansen", Duration::from_secs(10))
        .await;
    browser
        .click_link("Inzage-export voor ouders of leerling")
        .await;
    browser
        .wait_for_text(
            "Inzage in het dossier van Noor Jansen",
            Duration::from_secs(10),
        )
        .await;
    browser.check_accessibility("the inspection export").await;
    browser.screenshot("trust-inspection-export").await;

    // The privacy notice, linked from every page's footer.
    browser.click_link_in("footer", "Privacy").await;
    browser.wait_for_path("/privacy").await;
    browser.check_accessibility("the privacy notice").await;
    browser.assert_no_accessibility_problems();
}
