//! Layout at phone and desktop sizes: the main pages never scroll sideways on a 375 px wide
//! phone, no text runs out of its card at either size, and screenshots of the pages land in
//! `target/screenshots/` for people to look at.

use crate::common::{spawn_app, Backend};
use crate::fixtures::{school_with_sample_pupils, sign_in, SCHOOL};
use crate::harness::Browser;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_main_pages_fit_phone_and_desktop_screens() {
    let app = spawn_app(Backend::Sqlite).await.expect("the app starts");
    school_with_sample_pupils(&app).await;
    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    sign_in(&browser).await;

    // A pupil with guardians, found the way a person would.
    browser.goto("/pupils").await;
    browser.click_link("Bakker, Sem").await;
    let pupil = browser.path().await;
    assert!(pupil.starts_with("/pupils/"), "a pupil's page, got {pupil}");

    let pages = [
        ("start", "/", Some(SCHOOL)),
        ("pupils", "/pupils", Some("Leerlingen")),
        ("pupil", pupil.as_str(), None),
        ("coverage", "/coverage", None),
    ];
    let mut problems = Vec::new();
    let mut shots = Vec::new();
    for size in ["desktop", "phone"] {
        if size == "phone" {
            browser.phone().await;
        } else {
            browser.desktop().await;
        }
        for (name, path, heading) in pages {
            browser.goto(path).await;
            if let Some(heading) = heading {
                assert_eq!(browser.heading().await, heading, "{path} at {size} size");
            }
            // Screenshots first, so they exist even when a check below fails.
            if name != "pupils" || size == "phone" {
                shots.push(browser.screenshot(&format!("{name}-{size}")).await);
            }
            let label = format!("the {name} page");
            if size == "phone" {
                problems.extend(browser.horizontal_scroll(&label).await);
            } else {
                // On a 1280-pixel laptop the wide tables fit without sideways scrolling.
                let wide: Vec<String> = browser
                    .js("return [...document.querySelectorAll('.table-wrap')] \
                         .filter(w => w.scrollWidth > w.clientWidth + 1) \
                         .map(w => w.getAttribute('aria-label') + ': ' + w.scrollWidth + ' > ' + w.clientWidth);")
                    .await;
                if !wide.is_empty() {
                    problems.push(format!("{label} scrolls sideways at {size} size: {wide:?}"));
                }
            }
            problems.extend(browser.content_outside_boxes(&label).await);
        }
    }
    eprintln!(
        "screenshots: {}",
        shots
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(
        problems.is_empty(),
        "layout problems (screenshots in target/screenshots/):\n\n{}",
        problems.join("\n\n")
    );
}
