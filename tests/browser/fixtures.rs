//! What the tests expect from `docs/sample-import.csv`, read from the file itself so the file
//! and the tests cannot drift apart.

use crate::common::{TestApp, ADMIN_EMAIL, PASSWORD};
use crate::harness::{repo_path, Browser};

pub const SCHOOL: &str = "OBS De Linde";

pub struct SamplePupil {
    /// As the pupils list shows it: "Achternaam, Roepnaam voorvoegsel".
    pub list_name: String,
    pub first_name: String,
    pub last_name: String,
    pub guardians: Vec<String>,
}

pub fn sample_file() -> std::path::PathBuf {
    repo_path("docs/sample-import.csv")
}

pub fn sample_pupils() -> Vec<SamplePupil> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(sample_file())
        .expect("read docs/sample-import.csv");
    let headers = reader.headers().expect("header row").clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("column {name:?} in docs/sample-import.csv"))
    };
    let (last, prefix, first) = (
        column("Achternaam"),
        column("Voorvoegsel"),
        column("Roepnaam"),
    );
    let guardians = [
        column("Naam ouder/verzorger 1"),
        column("Naam ouder/verzorger 2"),
    ];
    reader
        .records()
        .map(|record| {
            let record = record.expect("a CSV record");
            let (last, prefix, first) = (&record[last], &record[prefix], &record[first]);
            let list_name = if prefix.is_empty() {
                format!("{last}, {first}")
            } else {
                format!("{last}, {first} {prefix}")
            };
            SamplePupil {
                list_name,
                first_name: first.to_string(),
                last_name: last.to_string(),
                guardians: guardians
                    .iter()
                    .map(|&i| record[i].to_string())
                    .filter(|g| !g.is_empty())
                    .collect(),
            }
        })
        .collect()
}

/// Sets the school up and imports the sample file over HTTP (quicker than the browser; the
/// journey test does the same through the browser).
pub async fn school_with_sample_pupils(app: &TestApp) {
    let mut admin = app.admin().await;
    admin.get("/import").await;
    let bytes = std::fs::read(sample_file()).expect("read docs/sample-import.csv");
    let upload = admin.upload_csv("sample-import.csv", bytes).await;
    upload.assert_redirect_to("/import/");
    let path = upload.location.clone().unwrap();
    admin
        .get(&path)
        .await
        .assert_contains("Het bestand is in orde.");
    admin
        .post(&format!("{path}/commit"), &[])
        .await
        .assert_redirect_to(&path);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let page = admin.get(&path).await;
        if page.contains("De import is klaar.") {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the sample import did not finish within 20 s:\n{}",
            page.body
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Signs in through the sign-in form and lands on the start page.
pub async fn sign_in(browser: &Browser) {
    browser.goto("/sign-in").await;
    browser.fill("email", ADMIN_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    browser.click_button("Inloggen").await;
    browser.wait_for_path("/").await;
    assert_eq!(
        browser.heading().await,
        SCHOOL,
        "the start page after signing in"
    );
}
