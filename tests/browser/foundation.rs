//! The foundation journey in a real browser: a new school is set up, the administrator signs
//! out and in again, imports the sample file and finds the pupils, with axe-core checking every
//! kind of page on the way (all findings are reported together at the end) and a keyboard
//! check of the skip link.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;

use crate::common::{spawn_app, Backend, ADMIN_EMAIL, PASSWORD};
use crate::fixtures::{sample_file, sample_pupils, SCHOOL};
use crate::harness::Browser;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_school_is_set_up_signs_in_and_imports_its_pupils() {
    let app = spawn_app(Backend::Sqlite).await.expect("the app starts");
    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    let pupils = sample_pupils();
    assert!(pupils.len() > 1, "the sample file has pupils");

    // A fresh installation sends everyone to the set-up page, in Dutch.
    browser.goto("/").await;
    browser.wait_for_path("/setup").await;
    assert_eq!(browser.heading().await, "Driehoek inrichten");
    // The form itself opens from the one-time link that the server printed at its start.
    let token = app.setup_token().await;
    browser.goto(&format!("/setup?token={token}")).await;
    browser.wait_for_path("/setup").await;
    let lang: String = browser.js("return document.documentElement.lang;").await;
    assert_eq!(
        lang, "nl",
        "the page language follows the browser's Dutch preference"
    );

    // Keyboard: the first Tab reaches the skip link, which is then visible; Enter on it
    // moves the focus to the main content.
    browser.press(Key::Tab).await;
    let (tag, _, text) = browser.focused().await;
    assert_eq!(
        (tag.as_str(), text.as_str()),
        ("a", "Naar de inhoud"),
        "the first Tab from the top of the page should focus the skip link"
    );
    let on_screen: bool = browser
        .js("const r = document.activeElement.getBoundingClientRect(); \
             return r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 \
                 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;")
        .await;
    assert!(
        on_screen,
        "the focused skip link should be visible on the screen"
    );
    browser.press(Key::Enter).await;
    browser
        .wait_until(
            "document.activeElement && document.activeElement.id === 'main'",
            "the skip link to move the focus to <main>",
        )
        .await;

    browser.check_accessibility("the set-up page").await;

    // Submitting the empty form shows the errors (an accessible error state, too).
    browser.click_button("School inrichten").await;
    browser.wait_for_path("/setup").await;
    browser.find(Locator::Css(".error-summary")).await;
    browser
        .check_accessibility("the set-up page with errors")
        .await;

    // Set up the school.
    browser.fill("school_name", SCHOOL).await;
    browser.fill("city", "Utrecht").await;
    browser.fill("name", "Anna Admin").await;
    browser.fill("email", ADMIN_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    browser.fill("confirm", PASSWORD).await;
    browser.click_button("School inrichten").await;
    browser.wait_for_path("/").await;
    assert_eq!(
        browser.heading().await,
        SCHOOL,
        "the start page shows the school"
    );
    let user: String = browser
        .js("return document.querySelector('.user-menu').innerText;")
        .await;
    assert!(
        user.contains("Anna Admin"),
        "the header shows who is signed in, got {user:?}"
    );
    browser.check_accessibility("the start page").await;

    // Sign out with the button in the header; the start page is then closed.
    browser.click_button("Uitloggen").await;
    browser.wait_for_path("/sign-in").await;
    assert_eq!(browser.heading().await, "Inloggen voor medewerkers");
    browser.check_accessibility("the sign-in page").await;
    browser.goto("/").await;
    browser.wait_for_path("/sign-in").await;

    // Sign in again with the form.
    browser.fill("email", ADMIN_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    browser.click_button("Inloggen").await;
    browser.wait_for_path("/").await;
    assert_eq!(browser.heading().await, SCHOOL, "signed in again");

    // Import the sample file through the navigation, as a person would.
    // The administrator's tools sit on the Beheer page, one click from the menu.
    browser.click_link_in("nav.main-nav", "Beheer").await;
    browser.wait_for_path("/beheer").await;
    browser.check_accessibility("the Beheer page").await;
    browser.click_link_in(".admin-index", "Importeren").await;
    browser.wait_for_path("/import").await;
    assert_eq!(browser.heading().await, "Leerlingen en ouders importeren");
    browser
        .choose_file("input[type=file]", &sample_file())
        .await;
    browser.click_button("Bekijk het voorbeeld").await;
    browser.assert_text("Het bestand is in orde").await;
    let preview = browser.path().await;
    assert!(
        preview.starts_with("/import/"),
        "the preview has its own page, got {preview}"
    );
    browser.check_accessibility("the import preview").await;

    // All rows of the preview fit a 1280-pixel laptop screen without sideways scrolling.
    browser.desktop().await;
    browser.goto(&format!("{preview}?all=1")).await;
    let overflowing: Vec<String> = browser
        .js(
            "return [...document.querySelectorAll('.table-wrap')] \
             .filter(w => w.scrollWidth > w.clientWidth + 1) \
             .map(w => w.getAttribute('aria-label') + ': ' + w.scrollWidth + ' > ' + w.clientWidth);",
        )
        .await;
    assert!(
        overflowing.is_empty(),
        "wide tables scroll: {overflowing:?}"
    );
    browser.goto(&preview).await;

    let commit = browser
        .find(Locator::Css("form[action$='/commit'] button[type=submit]"))
        .await;
    let label = commit.text().await.expect("the commit button's text");
    assert_eq!(
        label,
        format!("{} regels inlezen", pupils.len()),
        "the commit button says how many rows it will read"
    );
    browser.click_and_wait(commit).await;

    // The status page refreshes itself until the import is done.
    browser
        .wait_for_text("De import is klaar.", Duration::from_secs(20))
        .await;
    browser.check_accessibility("the finished import").await;
    browser.click_link("Naar de leerlingen").await;
    browser.wait_for_path("/pupils").await;
    let list = browser.text().await;
    for pupil in &pupils {
        assert!(
            list.contains(&pupil.list_name),
            "{:?} from the sample file is not in the pupils list:\n{list}",
            pupil.list_name
        );
    }
    browser
        .assert_text(&format!("{} leerlingen gevonden", pupils.len()))
        .await;
    browser.check_accessibility("the pupils list").await;

    // One pupil's page, reached by clicking the name.
    let sem = pupils
        .iter()
        .find(|p| p.list_name == "Bakker, Sem")
        .expect("Sem Bakker in the sample file");
    browser.click_link(&sem.list_name).await;
    let heading = browser.heading().await;
    assert!(
        heading.contains(&sem.first_name) && heading.contains(&sem.last_name),
        "the pupil's page is about {}, got heading {heading:?}",
        sem.list_name
    );
    let page = browser.text().await;
    for guardian in &sem.guardians {
        assert!(
            page.contains(guardian),
            "guardian {guardian:?} is not on {}'s page:\n{page}",
            sem.list_name
        );
    }
    browser.check_accessibility("a pupil's page").await;

    // An unknown address gets the friendly 404 page.
    browser.goto("/deze-pagina-bestaat-niet").await;
    assert_eq!(browser.heading().await, "Pagina niet gevonden");
    browser.assert_text("Foutcode 404").await;
    browser.check_accessibility("the 404 page").await;

    browser.assert_no_accessibility_problems();
}
