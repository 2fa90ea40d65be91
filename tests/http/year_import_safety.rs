//! Next year's export must not do harm when it is the wrong file or only part of the school
//! (issue 10, must-have 2, review): this year's export or another school's EDEX.XML is refused
//! before anything is kept; pupils missing from a file leave only in a final grade (or when
//! ticked), with a warning when the file looks partial; a returning pupil stays archived until
//! the switch; an exam class leaves for the end of secondary school.

use crate::both_backends;
use crate::common::TestApp;
use crate::year_import::{
    file_of, first_school_day, group_of_year, next_year, state, upload, EDEX,
};
use crate::years_support::{leak, make_group, make_pupil, scalar};

const THIS_YEAR: &[u8] = include_bytes!("../fixtures/edex_this_year.xml");
const OTHER_SCHOOL: &[u8] = include_bytes!("../fixtures/edex_other_school.xml");

both_backends!(
    this_years_or_another_schools_export_is_refused,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        make_pupil(&mut admin, "701", "Ada", five).await;
        let (year, _) = next_year(&mut admin).await;
        admin.get(&format!("/years/{year}/prepare")).await;
        // The school's BRIN with its location number, as the school stores it.
        sqlx::query("UPDATE schools SET brin = '99ZZ00'")
            .execute(app.db.write())
            .await
            .unwrap();
        let before = state(&app).await;

        // June, before the administration moved on: the file is still this year's.
        let page = upload(&mut admin, year, "EDEX.XML", THIS_YEAR.to_vec()).await;
        assert_eq!(page.status, 200);
        page.assert_contains(
            "Dit bestand is de export voor schooljaar 2026-2027, niet voor 2027-2028.",
        );
        page.assert_contains("Er is niets opgeslagen.");
        assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, 0);

        // Another school's export.
        let page = upload(&mut admin, year, "EDEX.XML", OTHER_SCHOOL.to_vec()).await;
        assert_eq!(page.status, 200);
        page.assert_contains("van een andere school (BRIN 12AB; uw school heeft BRIN 99ZZ00)");
        assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, 0);
        assert_eq!(before, state(&app).await);

        // The right file of the right school is read.
        let up = upload(&mut admin, year, "EDEX.XML", EDEX.to_vec()).await;
        let path = up.location.expect("a preview");
        admin
            .get(&path)
            .await
            .assert_contains("Bevestigen en opslaan");

        // A file kept before the BRIN was set is not applied once it is known to be wrong.
        let up = {
            sqlx::query("UPDATE schools SET brin = ''")
                .execute(app.db.write())
                .await
                .unwrap();
            upload(&mut admin, year, "EDEX.XML", OTHER_SCHOOL.to_vec()).await
        };
        assert_eq!(up.location.as_deref(), Some(path.as_str()));
        sqlx::query("UPDATE schools SET brin = '99ZZ00'")
            .execute(app.db.write())
            .await
            .unwrap();
        let page = admin.get(&path).await;
        page.assert_contains("van een andere school");
        assert!(!page.contains("Bevestigen en opslaan"));
        admin
            .post(&format!("{path}/apply"), &[("file", &file_of(&page))])
            .await
            .assert_redirect_to(&path);
        assert_eq!(before, state(&app).await);
    }
);

both_backends!(
    a_partial_export_makes_leavers_only_of_the_final_grades_and_the_ticked,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        let seven = make_group(&mut admin, "7").await;
        let eight = make_group(&mut admin, "8").await;
        admin.get("/groups/new").await;
        let exam = crate::common::id_from_location(
            &admin
                .post("/groups/new", &[("name", "V6"), ("school_type", "vo")])
                .await
                .location
                .expect("group made"),
        );
        let ada = make_pupil(&mut admin, "701", "Ada", five).await;
        let bram = make_pupil(&mut admin, "702", "Bram", five).await;
        let cas = make_pupil(&mut admin, "703", "Cas", eight).await;
        let dirk = make_pupil(&mut admin, "704", "Dirk", seven).await;
        let eva = make_pupil(&mut admin, "705", "Eva", seven).await;
        let fenna = make_pupil(&mut admin, "706", "Fenna", exam).await;
        let (year, first) = next_year(&mut admin).await;
        admin.get(&format!("/years/{year}/prepare")).await;

        // Only groep 5 is in the file (one location's export).
        let csv = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\
                   701;Jaarsma;Ada;14-03-2015;6\n\
                   702;Jaarsma;Bram;14-03-2015;6\n";
        let up = upload(&mut admin, year, "indeling.csv", csv.as_bytes().to_vec()).await;
        let path = up.location.expect("a preview");
        let preview = admin.get(&path).await;
        let ticked = |id: i64| format!("name=\"leave_{id}\" type=\"checkbox\" value=\"1\" checked");
        let offered = |id: i64| format!("name=\"leave_{id}\" type=\"checkbox\" value=\"1\">");
        // Groep 8 and the exam class are proposed as leavers, ticked.
        preview.assert_contains(&ticked(cas));
        preview.assert_contains(&ticked(fenna));
        // Groep 7 is listed as not in the file, not ticked.
        preview.assert_contains("Andere leerlingen die niet in het bestand staan");
        preview.assert_contains(&offered(dirk));
        preview.assert_contains(&offered(eva));
        // 2 of 6 pupils missing outside the final grades: the file may be partial.
        preview.assert_contains(
            "Let op: 2 leerlingen buiten het laatste leerjaar staan niet in het bestand.",
        );

        // Confirmed as shown, with Eva ticked by hand (she moves away).
        admin
            .post(
                &format!("{path}/apply"),
                &[
                    ("file", file_of(&preview).as_str()),
                    (leak(format!("leave_{cas}")), "1"),
                    (leak(format!("leave_{fenna}")), "1"),
                    (leak(format!("leave_{eva}")), "1"),
                    (leak(format!("destination_{eva}")), "Verhuisd naar Zwolle"),
                    (leak(format!("destination_{dirk}")), "ergens"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/years/{year}/prepare"));
        let db = app.db.clone();
        let reason = |id: i64| {
            let db = db.clone();
            async move {
                sqlx::query_scalar::<_, String>(
                    "SELECT leaving_reason FROM pupils WHERE id = $1 AND leaving_on IS NOT NULL",
                )
                .bind(id)
                .fetch_optional(db.read())
                .await
                .unwrap()
            }
        };
        assert_eq!(reason(cas).await.as_deref(), Some("end-primary"));
        assert_eq!(reason(fenna).await.as_deref(), Some("end-secondary"));
        assert_eq!(reason(eva).await.as_deref(), Some("other"));
        // Dirk was not ticked: he is not a leaver, whatever was typed for him.
        assert_eq!(reason(dirk).await, None);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupils WHERE id = $1 AND destination = ''",
                dirk
            )
            .await,
            1
        );

        // The switch: the leavers are archived, Dirk stays (without a group until placed).
        first_school_day(&app, &first, &mut admin).await;
        let archived = "SELECT COUNT(*) FROM pupils WHERE id = $1 AND archived_at IS NOT NULL";
        for leaver in [cas, fenna, eva] {
            assert_eq!(scalar(&app, archived, leaver).await, 1);
        }
        assert_eq!(scalar(&app, archived, dirk).await, 0);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupils WHERE id = $1 AND group_id IS NULL",
                dirk
            )
            .await,
            1
        );
        let six = group_of_year(&app, "6", year).await;
        for pupil in [ada, bram] {
            assert_eq!(
                scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", pupil).await,
                six
            );
        }
    }
);

both_backends!(
    a_returning_pupil_stays_archived_until_the_switch,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        let ada = make_pupil(&mut admin, "701", "Ada", five).await;
        let bram = make_pupil(&mut admin, "702", "Bram", five).await;
        let mut teacher = app
            .staff_member(
                &mut admin,
                "Tim Tak",
                "tim@example.org",
                &["teacher"],
                &[five],
            )
            .await;
        // Bram left a month ago (moved abroad); he comes back next year.
        sqlx::query("UPDATE pupils SET archived_at = $1 WHERE id = $2")
            .bind(app.state.clock.now() - 30 * 86_400)
            .bind(bram)
            .execute(app.db.write())
            .await
            .unwrap();
        let in_list = format!("href=\"/pupils/{bram}\"");
        let list = teacher.get("/pupils").await;
        assert!(list.contains(&format!("href=\"/pupils/{ada}\"")));
        assert!(!list.contains(&in_list));
        let (year, first) = next_year(&mut admin).await;
        admin.get(&format!("/years/{year}/prepare")).await;

        let csv = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\
                   701;Jaarsma;Ada;14-03-2015;6\n\
                   702;Jaarsma;Bram;14-03-2015;6\n";
        let up = upload(&mut admin, year, "indeling.csv", csv.as_bytes().to_vec()).await;
        let path = up.location.expect("a preview");
        let preview = admin.get(&path).await;
        admin
            .post(
                &format!("{path}/apply"),
                &[("file", file_of(&preview).as_str())],
            )
            .await
            .assert_redirect_to(&format!("/years/{year}/prepare"));
        let six = group_of_year(&app, "6", year).await;
        let placed = format!(
            "SELECT group_id FROM pupil_years WHERE school_year_id = {year} AND pupil_id = $1"
        );
        assert_eq!(scalar(&app, &placed, bram).await, six);
        // Until the switch Bram stays archived: not back among his old group's pupils.
        let archived = "SELECT COUNT(*) FROM pupils WHERE id = $1 AND archived_at IS NOT NULL";
        assert_eq!(scalar(&app, archived, bram).await, 1);
        assert!(!teacher.get("/pupils").await.contains(&in_list));

        // The switch brings him into his new group, active again.
        first_school_day(&app, &first, &mut admin).await;
        assert_eq!(scalar(&app, archived, bram).await, 0);
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", bram).await,
            six
        );
    }
);

both_backends!(
    the_school_sets_its_brin_on_the_settings_page,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let school = || async {
            let row: (String, String, String) =
                sqlx::query_as("SELECT name, brin, city FROM schools")
                    .fetch_one(app.db.read())
                    .await
                    .unwrap();
            row
        };
        let before = school().await;
        admin.get("/school").await.assert_contains("BRIN-nummer");

        // Not a BRIN: the page says why, keeps what was typed, and saves nothing.
        let page = admin
            .post(
                "/school",
                &[
                    ("school_name", "OBS De Linde"),
                    ("brin", "99ZZ0"),
                    ("city", "Utrecht"),
                ],
            )
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("Een BRIN-nummer bestaat uit twee cijfers en twee letters of cijfers");
        page.assert_contains("value=\"99ZZ0\"");
        page.assert_contains("value=\"Utrecht\"");
        assert_eq!(school().await, before);

        // As DUO writes it, in any case and spacing.
        admin
            .post(
                "/school",
                &[
                    ("school_name", "OBS De Linde"),
                    ("brin", "99zz 00"),
                    ("city", "Utrecht"),
                ],
            )
            .await
            .assert_redirect_to("/school");
        assert_eq!(school().await.1, "99ZZ00");
        admin
            .get("/school")
            .await
            .assert_contains("value=\"99ZZ00\"");

        // The check of next year's export uses it.
        let (year, _) = next_year(&mut admin).await;
        admin.get(&format!("/years/{year}/prepare")).await;
        let page = upload(&mut admin, year, "EDEX.XML", OTHER_SCHOOL.to_vec()).await;
        page.assert_contains("van een andere school (BRIN 12AB; uw school heeft BRIN 99ZZ00)");
        assert_eq!(app.count("SELECT COUNT(*) FROM year_imports").await, 0);
    }
);
