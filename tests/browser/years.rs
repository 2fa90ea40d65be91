//! The administrator prepares the next school year in a real browser (issue 10): creates the
//! year, adjusts the proposal, reads the administration's EDEX.XML, looks at the preview,
//! confirms, and assigns a teacher to a group the file made; axe-core checks every page.

use std::time::Duration;

use crate::common::{spawn_app, Backend};
use crate::fixtures::sign_in;
use crate::harness::{repo_path, Browser};
use crate::years_support::{add_guardian, make_group, make_pupil};

const WAIT: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_administrator_prepares_the_next_year_from_an_edex_file() {
    let app = spawn_app(Backend::Sqlite).await.expect("the app starts");
    // This year's school over HTTP: groep 5 (Ada, Bram), groep 8 (Cas), a teacher without a
    // group yet. The pupil numbers are the ones in the EDEX.XML fixture.
    let mut admin = app.admin().await;
    let five = make_group(&mut admin, "5").await;
    let eight = make_group(&mut admin, "8").await;
    let mut pupils = Vec::new();
    for (nr, first, group) in [
        ("701", "Ada", five),
        ("702", "Bram", five),
        ("703", "Cas", eight),
    ] {
        pupils.push(make_pupil(&mut admin, nr, first, group).await);
    }
    add_guardian(&mut admin, pupils[0], "Anna Jaarsma", "anna@example.org").await;
    app.staff_member(
        &mut admin,
        "Tess Veld",
        "tess@example.org",
        &["teacher"],
        &[],
    )
    .await;
    let tess: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE email = 'tess@example.org'")
        .fetch_one(app.db.read())
        .await
        .unwrap();

    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    sign_in(&browser).await;

    // Create the next year with the proposed dates.
    browser.goto("/years").await;
    browser.check_accessibility("the school years").await;
    browser.click_button("Schooljaar aanmaken").await;
    browser.goto("/years").await;
    browser.click_link("Voorbereiden").await;
    browser.wait_for_text("Nieuwe groepen", WAIT).await;
    browser
        .check_accessibility("the preparation with the proposal")
        .await;

    // Adjust the proposal: Cas (groep 8) leaves for a lyceum.
    browser
        .fill(
            &format!("f-destination_{}", pupils[2]),
            "Het Stedelijk Lyceum",
        )
        .await;
    browser.click_button("Voorbereiding opslaan").await;
    browser
        .wait_for_text("De voorbereiding is opgeslagen.", WAIT)
        .await;

    // Read the administration's export and look at the preview.
    browser
        .choose_file(
            "#f-yearfile",
            &repo_path("tests/fixtures/edex_next_year.xml"),
        )
        .await;
    browser.click_button("Bestand bekijken").await;
    browser.wait_for_text("Export voor schooljaar", WAIT).await;
    browser.assert_text("Çelik, Zoë").await;
    browser
        .assert_text("Gewijzigde e-mailadressen van ouders")
        .await;
    let destination: String = browser
        .js(&format!(
            "return document.getElementById('f-destination_{}').value;",
            pupils[2]
        ))
        .await;
    assert_eq!(
        destination, "Het Stedelijk Lyceum",
        "the adjusted destination is kept"
    );
    browser
        .check_accessibility("the preview of the export")
        .await;
    browser.screenshot("years-import-preview").await;
    let kept = app.count("SELECT COUNT(*) FROM pupils").await;
    assert_eq!(kept, 3, "the preview writes nothing");

    browser.click_button("Bevestigen en opslaan").await;
    browser.wait_for_text("De export is ingelezen.", WAIT).await;
    browser.assert_text("Çelik, Zoë").await;
    browser
        .check_accessibility("the preparation after the import")
        .await;

    // Assign Tess to groep 1, which the file made.
    let row: String = browser
        .js(
            "const i = [...document.querySelectorAll('input[id^=\"f-name_\"]')] \
             .find(e => e.value === '1'); return i ? i.id.split('_')[1] : '';",
        )
        .await;
    assert!(!row.is_empty(), "groep 1 is a row of the preparation");
    let ticked: bool = browser
        .js(&format!(
            "const c = document.getElementById('f-staff_{row}_{tess}'); c.click(); return c.checked;"
        ))
        .await;
    assert!(ticked);
    browser.click_button("Voorbereiding opslaan").await;
    browser
        .wait_for_text("De voorbereiding is opgeslagen.", WAIT)
        .await;
    browser.screenshot("years-prepared-from-export").await;

    let linked: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         JOIN school_years y ON y.id = g.school_year_id \
         WHERE g.name = '1' AND y.switched_at IS NULL AND gs.staff_id = $1",
    )
    .bind(tess)
    .fetch_one(app.db.read())
    .await
    .unwrap();
    assert_eq!(linked, 1, "Tess teaches the new groep 1 next year");
    let placed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pupil_years py JOIN pupils p ON p.id = py.pupil_id \
         JOIN groups g ON g.id = py.group_id WHERE p.external_id = '900' AND g.name = '1'",
    )
    .fetch_one(app.db.read())
    .await
    .unwrap();
    assert_eq!(placed, 1, "the newcomer keeps her place after the save");
    let leaving: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pupils WHERE external_id = '703' AND destination = 'Het Stedelijk Lyceum'",
    )
    .fetch_one(app.db.read())
    .await
    .unwrap();
    assert_eq!(leaving, 1);
    browser.assert_no_accessibility_problems();
}
