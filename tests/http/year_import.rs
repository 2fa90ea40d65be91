//! Preparing the coming school year from the administration's export (issue 10, must-have 2):
//! an EDEX.XML file and a CSV re-import each give a preview (moves, newcomers, leavers, new
//! groups, changed addresses) that changes nothing until confirmed; the confirmation writes the
//! coming year in one transaction; a changed guardian address is audited and the old address
//! told; the switch then puts the pupils where the file said. A bad file changes nothing, and
//! nobody but the school's administrator gets in.

use std::time::Duration;

use crate::both_backends;
use crate::common::{Browser, Page, TestApp};
use crate::years_support::{
    add_guardian, date_field, leak, make_group, make_pupil, other_school_admin, scalar,
};

pub(crate) const EDEX: &[u8] = include_bytes!("../fixtures/edex_next_year.xml");

/// Uploads a file to the coming year's import, as the preparation page's form does.
pub(crate) async fn upload(who: &mut Browser, year: i64, name: &str, bytes: Vec<u8>) -> Page {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_string())
        .mime_str("application/octet-stream")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("file", part);
    let r = who
        .client
        .post(format!(
            "{}/years/{year}/import?_csrf={}",
            who.base, who.csrf
        ))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    let location = headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = r.text().await.unwrap_or_default();
    Page {
        status,
        location,
        headers,
        body,
    }
}

/// The id of the file a preview shows (the confirm form names it).
pub(crate) fn file_of(page: &Page) -> String {
    page.body
        .split("name=\"file\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a preview with its file")
        .to_string()
}

/// Creates the next school year from the years page; (year id, first school day ISO).
pub(crate) async fn next_year(admin: &mut Browser) -> (i64, String) {
    let page = admin.get("/years").await;
    let first = date_field(&page.body, "year_first_day");
    let made = admin
        .post(
            "/years",
            &[
                ("year_name", "2027-2028"),
                ("year_starts_on", &date_field(&page.body, "year_starts_on")),
                ("year_first_day", &first),
                ("year_ends_on", &date_field(&page.body, "year_ends_on")),
            ],
        )
        .await;
    let year = made
        .location
        .unwrap()
        .split('/')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    (year, first)
}

/// Everything an import could change.
pub(crate) async fn state(app: &TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM groups",
        "SELECT COUNT(*) FROM pupils",
        "SELECT COUNT(*) FROM pupils WHERE leaving_on IS NOT NULL",
        "SELECT COUNT(*) FROM pupil_years",
        "SELECT COUNT(*) FROM guardians",
        "SELECT COUNT(*) FROM pupil_guardians",
        "SELECT COUNT(*) FROM guardians WHERE email LIKE '%nieuw%'",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COALESCE(CAST(SUM(group_id) AS BIGINT), 0) FROM pupils",
    ] {
        out.push(format!("{sql}: {}", app.count(sql).await));
    }
    out
}

/// The first school day at eight: the switch happens on the next request; all sign in again.
pub(crate) async fn first_school_day(app: &TestApp, first: &str, admin: &mut Browser) {
    let day = driehoek::timefmt::parse_iso(first).unwrap();
    let morning = driehoek::timefmt::from_amsterdam(day, time::Time::from_hms(8, 0, 0).unwrap());
    app.state.clock.set(morning);
    admin
        .sign_in(crate::common::ADMIN_EMAIL, crate::common::PASSWORD)
        .await
        .assert_redirect_to("/");
    admin.get("/").await.assert_contains("2027-2028");
}

pub(crate) async fn group_of_year(app: &TestApp, name: &str, year: i64) -> i64 {
    scalar(
        app,
        &format!("SELECT id FROM groups WHERE name = '{name}' AND school_year_id = $1"),
        year,
    )
    .await
}

both_backends!(
    mail an_edex_file_prepares_the_coming_year,
    |app: TestApp, sink: crate::common::smtp::SmtpSink| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        let eight = make_group(&mut admin, "8").await;
        let ada = make_pupil(&mut admin, "701", "Ada", five).await;
        let bram = make_pupil(&mut admin, "702", "Bram", five).await;
        let cas = make_pupil(&mut admin, "703", "Cas", eight).await;
        add_guardian(&mut admin, ada, "Anna Jaarsma", "anna@example.org").await;
        let (year, first) = next_year(&mut admin).await;

        // The preparation page offers the upload.
        let prepare = admin.get(&format!("/years/{year}/prepare")).await;
        prepare.assert_contains("Export van de leerlingadministratie inlezen");
        prepare.assert_contains("enctype=\"multipart/form-data\"");

        // Upload and preview: nothing is written yet (the file is only kept).
        let before = state(&app).await;
        let up = upload(&mut admin, year, "EDEX.XML", EDEX.to_vec()).await;
        up.assert_redirect_to(&format!("/years/{year}/import"));
        let preview_path = up.location.unwrap();
        let preview = admin.get(&preview_path).await;
        assert_eq!(preview.status, 200);
        preview.assert_contains("windows-1252");
        // Read in its declared encoding: the newcomer's name is whole.
        preview.assert_contains("Çelik, Zoë");
        preview.assert_contains("Jaarsma, Ada");
        preview.assert_contains("Jaarsma, Cas");
        preview.assert_contains("anna.nieuw@example.org");
        preview.assert_contains("Gewijzigde e-mailadressen van ouders");
        preview.assert_contains("Groepen die nog niet bestaan");
        // Bram has no family in the file: said per line, in plain words, without blocking.
        preview.assert_contains("Regel ");
        preview.assert_contains("Bevestigen en opslaan");
        // Cas (groep 8) is not in the file: proposed as a leaver, ticked; nobody else is
        // missing, so no warning about a partial export.
        preview.assert_contains(&format!(
            "name=\"leave_{cas}\" type=\"checkbox\" value=\"1\" checked"
        ));
        assert!(!preview.contains("gedeeltelijke export"));
        assert_eq!(before, state(&app).await);
        assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, 1);

        // Confirm, with a destination for the leaver.
        let apply = format!("{preview_path}/apply");
        let file = file_of(&preview);
        let done = admin
            .post(
                &apply,
                &[
                    ("file", file.as_str()),
                    (leak(format!("leave_{cas}")), "1"),
                    (leak(format!("destination_{cas}")), "Het Stedelijk Lyceum"),
                ],
            )
            .await;
        done.assert_redirect_to(&format!("/years/{year}/prepare"));
        let after = done.location.clone().unwrap();
        let six = group_of_year(&app, "6", year).await;
        let one = group_of_year(&app, "1", year).await;
        let placed =
            format!("SELECT group_id FROM pupil_years WHERE school_year_id = {year} AND pupil_id = $1");
        assert_eq!(scalar(&app, &placed, ada).await, six);
        assert_eq!(scalar(&app, &placed, bram).await, six);
        let zoe = scalar(
            &app,
            "SELECT id FROM pupils WHERE external_id = '900' AND school_id = (SELECT school_id FROM groups WHERE id = $1)",
            five,
        )
        .await;
        assert_eq!(scalar(&app, &placed, zoe).await, one);
        // Nobody moves before the first school day; the newcomer has no group this year.
        assert_eq!(scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", ada).await, five);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM pupils WHERE id = $1 AND group_id IS NULL", zoe).await,
            1
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupils WHERE id = $1 AND destination = 'Het Stedelijk Lyceum' AND leaving_on IS NOT NULL",
                cas
            )
            .await,
            1
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM pupil_years WHERE pupil_id = $1", cas).await,
            0
        );
        // The newcomer's father is a guardian now.
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM guardians g JOIN pupil_guardians l ON l.guardian_id = g.id \
                 WHERE l.pupil_id = $1 AND g.email = 'emre.celik@example.org'",
                zoe
            )
            .await,
            1
        );
        // The changed address: the same guardian (not a second one), audited, old address told.
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM guardians g JOIN pupil_guardians l ON l.guardian_id = g.id WHERE l.pupil_id = $1",
                ada
            )
            .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM guardians WHERE email = 'anna.nieuw@example.org'")
                .await,
            1
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'guardian' AND action = 'update' \
                 AND detail LIKE '%anna@example.org%anna.nieuw@example.org%'"
            )
            .await,
            1
        );
        let told = sink
            .wait_for("anna@example.org", 1, Duration::from_secs(15))
            .await;
        assert_eq!(
            told[0].subject().as_deref(),
            Some("Uw e-mailadres is gewijzigd bij de school")
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'school_year' AND action = 'import'")
                .await,
            1
        );
        // The file is not kept once applied; a second click finds nothing.
        assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, 0);
        let settled = state(&app).await;
        assert_eq!(admin.post(&apply, &[("file", &file)]).await.status, 404);
        assert_eq!(settled, state(&app).await);
        // The preparation page shows the result as the saved preparation.
        let page = admin.get(&after).await;
        page.assert_contains("De export is ingelezen.");
        page.assert_contains("Çelik, Zoë");

        // The first school day: everybody goes where the file said.
        first_school_day(&app, &first, &mut admin).await;
        assert_eq!(scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", ada).await, six);
        assert_eq!(scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", bram).await, six);
        assert_eq!(scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", zoe).await, one);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM pupils WHERE id = $1 AND archived_at IS NOT NULL", cas).await,
            1
        );
    }
);

both_backends!(
    year_two_is_prepared_by_promotion_and_a_csv_reimport,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let four = make_group(&mut admin, "4").await;
        let eight = make_group(&mut admin, "8").await;
        let eva = make_pupil(&mut admin, "501", "Eva", four).await;
        let finn = make_pupil(&mut admin, "502", "Finn", four).await;
        let gijs = make_pupil(&mut admin, "503", "Gijs", eight).await;
        let (year, first) = next_year(&mut admin).await;

        // Promotion first: 4 → 5 for both, groep 8 leaves.
        admin.get(&format!("/years/{year}/prepare")).await;
        let fields = [
            ("rows", "3".to_string()),
            ("name_0", "5".into()),
            ("grade_0", "5".into()),
            ("type_0", "po".into()),
            ("create_0", "on".into()),
            ("name_1", String::new()),
            ("name_2", String::new()),
            (leak(format!("pupil_{eva}")), "0".into()),
            (leak(format!("pupil_{finn}")), "0".into()),
            (leak(format!("pupil_{gijs}")), "leave".into()),
        ];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        admin
            .post(&format!("/years/{year}/prepare"), &fields)
            .await
            .assert_redirect_to(&format!("/years/{year}/prepare"));
        let five = group_of_year(&app, "5", year).await;

        // Then the administration's CSV: Finn goes to a new 5B, Hanna arrives, Gijs is not in it.
        let csv = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\
                   501;Jaarsma;Eva;14-03-2018;5\n\
                   502;Jaarsma;Finn;14-03-2018;5B\n\
                   504;Smit;Hanna;01-09-2018;5\n";
        let up = upload(&mut admin, year, "indeling.csv", csv.as_bytes().to_vec()).await;
        let preview_path = up.location.expect("a preview");
        let preview = admin.get(&preview_path).await;
        preview.assert_contains("Smit, Hanna");
        preview.assert_contains("5B (nieuwe groep)");
        preview.assert_contains("Jaarsma, Gijs");
        let apply = format!("{preview_path}/apply");
        admin
            .post(
                &apply,
                &[
                    ("file", file_of(&preview).as_str()),
                    (leak(format!("leave_{gijs}")), "1"),
                    (leak(format!("destination_{gijs}")), "De Brug"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/years/{year}/prepare"));
        let five_b = group_of_year(&app, "5B", year).await;
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM groups WHERE school_year_id = $1",
                year
            )
            .await,
            2,
            "the promoted 5 is reused, 5B is made"
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupils WHERE id = $1 AND destination = 'De Brug'",
                gijs
            )
            .await,
            1
        );

        first_school_day(&app, &first, &mut admin).await;
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", eva).await,
            five
        );
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", finn).await,
            five_b
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupils p JOIN groups g ON g.id = p.group_id WHERE p.external_id = '504' AND g.name = '5'")
                .await,
            1
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupils WHERE id = $1 AND archived_at IS NOT NULL",
                gijs
            )
            .await,
            1
        );
    }
);

both_backends!(a_bad_file_changes_nothing, |app: TestApp| async move {
    let mut admin = app.admin().await;
    let five = make_group(&mut admin, "5").await;
    make_pupil(&mut admin, "701", "Ada", five).await;
    let (year, _) = next_year(&mut admin).await;
    admin.get(&format!("/years/{year}/prepare")).await;
    let before = state(&app).await;

    // Cut off halfway: said in the page, no confirm button; applying anyway does nothing.
    let broken = EDEX[..EDEX.len() / 2].to_vec();
    let up = upload(&mut admin, year, "EDEX.XML", broken).await;
    let path = up.location.expect("a preview");
    let page = admin.get(&path).await;
    let broken_file = file_of(&page);
    page.assert_contains("Dit XML-bestand is niet leesbaar");
    page.assert_contains("Er is niets opgeslagen.");
    assert!(!page.contains("Bevestigen en opslaan"));
    admin
        .post(&format!("{path}/apply"), &[("file", &broken_file)])
        .await
        .assert_redirect_to(&path);
    // A malformed date and a duplicate number are named with their line.
    let csv = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\
               701;Jaarsma;Ada;31-02-2016;6\n\
               701;Jaarsma;Bob;01-02-2016;6\n";
    let up = upload(&mut admin, year, "fout.csv", csv.as_bytes().to_vec()).await;
    let page = admin.get(&up.location.unwrap()).await;
    page.assert_contains("Regel 2");
    page.assert_contains("Regel 3");
    assert!(!page.contains("Bevestigen en opslaan"));
    // Another XML file than EDEX.
    let up = upload(
        &mut admin,
        year,
        "x.xml",
        b"<?xml version=\"1.0\"?><rooster/>".to_vec(),
    )
    .await;
    admin
        .get(&up.location.unwrap())
        .await
        .assert_contains("Dit is geen EDEX.XML-bestand");
    // Too large: refused in the page, in the user's language, nothing kept.
    let kept = app.count("SELECT COUNT(*) FROM year_imports").await;
    let big = upload(
        &mut admin,
        year,
        "groot.xml",
        vec![b' '; 5 * 1024 * 1024 + 1],
    )
    .await;
    assert_eq!(big.status, 200);
    assert!(big.body.contains("groter dan 5 MB"), "{}", big.status);
    assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, kept);
    assert_eq!(before, state(&app).await);
    // Thrown away: gone.
    let waiting = file_of(&admin.get(&path).await);
    admin
        .post(&format!("{path}/discard"), &[("file", &waiting)])
        .await
        .assert_redirect_to(&format!("/years/{year}/prepare"));
    assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, 0);
    admin
        .get(&path)
        .await
        .assert_redirect_to(&format!("/years/{year}/prepare"));
});

both_backends!(
    only_the_schools_administrator_reads_an_export,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        make_pupil(&mut admin, "701", "Ada", five).await;
        let mut teacher = app
            .staff_member(
                &mut admin,
                "Tim Tak",
                "tim@example.org",
                &["teacher"],
                &[five],
            )
            .await;
        let (year, _) = next_year(&mut admin).await;
        admin.get(&format!("/years/{year}/prepare")).await;
        let up = upload(&mut admin, year, "EDEX.XML", EDEX.to_vec()).await;
        let path = up.location.unwrap();
        let file = file_of(&admin.get(&path).await);
        let with_file = [("file", file.as_str())];
        let mut karin = other_school_admin(&app).await;
        teacher.get("/").await;

        let before = state(&app).await;
        let kept = app.count("SELECT COUNT(*) FROM year_imports").await;
        assert_eq!(teacher.get(&path).await.status, 403);
        assert_eq!(
            teacher
                .post(&format!("{path}/apply"), &with_file)
                .await
                .status,
            403
        );
        assert_eq!(
            teacher
                .post(&format!("{path}/discard"), &with_file)
                .await
                .status,
            403
        );
        assert_eq!(
            upload(&mut teacher, year, "EDEX.XML", EDEX.to_vec())
                .await
                .status,
            403
        );
        assert_eq!(karin.get(&path).await.status, 404);
        assert_eq!(
            karin
                .post(&format!("{path}/apply"), &with_file)
                .await
                .status,
            404
        );
        assert_eq!(
            karin
                .post(&format!("{path}/discard"), &with_file)
                .await
                .status,
            404
        );
        assert_eq!(
            upload(&mut karin, year, "EDEX.XML", EDEX.to_vec())
                .await
                .status,
            404
        );
        assert_eq!(before, state(&app).await);
        assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, kept);
        // The administrator herself still can.
        assert_eq!(admin.get(&path).await.status, 200);
    }
);
