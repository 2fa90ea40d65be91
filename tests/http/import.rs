//! CSV import: preview with row-level messages, all-or-nothing commit, re-import by leerlingnummer.

use std::time::Duration;

use crate::both_backends;
use crate::common::{Browser, TestApp};

const HEADER: &str = "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Naam ouder/verzorger 1;E-mailadres ouder/verzorger 1;Naam ouder/verzorger 2;E-mailadres ouder/verzorger 2;Eigen adres ouder/verzorger 2\n";

/// Uploads, checks the preview is clean, commits and waits for the result page.
pub async fn import_file(admin: &mut Browser, name: &str, bytes: Vec<u8>) -> String {
    admin.get("/import").await;
    let page = admin.upload_csv(name, bytes).await;
    page.assert_redirect_to("/import/");
    let path = page.location.unwrap();
    let preview = admin.get(&path).await;
    preview.assert_contains("Het bestand is in orde.");
    admin
        .post(&format!("{path}/commit"), &[])
        .await
        .assert_redirect_to(&path);
    for _ in 0..600 {
        let page = admin.get(&path).await;
        if page.contains("De import is klaar.") {
            return page.body;
        }
        assert!(!page.contains("mislukt"), "import failed: {}", page.body);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("import did not finish");
}

both_backends!(
    a_broken_file_is_refused_row_by_row_and_imports_nothing,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let csv = format!(
            "{HEADER}\
         5001;Jansen;;Noor;14-03-2016;7B;Petra Jansen;petra@example.org;;;\n\
         5002;Bakker;;;31-02-2016;7B;Kees Bakker;kees@example;;;\n\
         5001;Visser;;Lars;2016-13-01;7B;;;;;\n"
        );
        admin.get("/import").await;
        let page = admin.upload_csv("kapot.csv", csv.into_bytes()).await;
        let path = page.location.expect("preview page");
        let preview = admin.get(&path).await;
        preview.assert_contains("kan nog niet worden ingelezen");
        // Every problem is named, in plain words, with its line.
        preview.assert_contains("‘Roepnaam’ is leeg");
        preview.assert_contains("‘31-02-2016’ is geen geldige geboortedatum");
        preview.assert_contains("Het e-mailadres ‘kees@example’");
        preview.assert_contains("staat ook al op regel 2");
        preview.assert_contains("class=\"has-error\"");
        assert!(
            !preview.contains("/commit\" class=\"form-actions\"")
                || !preview.contains("regels inlezen"),
            "no commit button for a broken file"
        );
        // Committing anyway is refused and nothing is written.
        admin
            .post(&format!("{path}/commit"), &[])
            .await
            .assert_redirect_to(&format!("{path}?flash=problem-import-has-errors"));
        assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM guardians").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM groups").await, 0);

        // A file without the required columns says which are missing.
        let page = admin
            .upload_csv("leeg.csv", b"naam,klas\nPiet,3\n".to_vec())
            .await;
        let preview = admin.get(&page.location.unwrap()).await;
        preview.assert_contains("Gevonden kolommen");
        // The same in English.
        admin.get("/lang/en?back=/").await;
        admin
            .get(&path)
            .await
            .assert_contains("is not a valid date of birth");
    }
);

both_backends!(
    a_good_file_imports_and_a_reimport_updates_without_duplicates,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let sample = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/sample-import.csv"
        ))
        .unwrap();
        let lines = String::from_utf8_lossy(&sample).lines().count() as i64 - 1;
        let result = import_file(&mut admin, "sample.csv", sample.clone()).await;
        assert!(
            result.contains(&format!("<span class=\"stat-value\">{lines}</span>")),
            "{result}"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, lines);
        let guardians = app.count("SELECT COUNT(*) FROM guardians").await;
        let groups = app.count("SELECT COUNT(*) FROM groups").await;
        let links = app.count("SELECT COUNT(*) FROM pupil_guardians").await;
        assert!(guardians > 0 && groups >= 3 && links >= guardians);
        // Siblings share a guardian record.
        assert!(app.count("SELECT COUNT(*) FROM (SELECT guardian_id FROM pupil_guardians GROUP BY guardian_id HAVING COUNT(*) > 1) x").await >= 1);
        admin.get("/pupils").await.assert_contains("Bakker, Sem");

        // Again: same counts, pupils updated not duplicated.
        let result = import_file(&mut admin, "sample.csv", sample).await;
        assert!(
            result.contains(
                &"<span class=\"stat-value\">0</span> <span class=\"stat-label\">Nieuwe leerlingen"
                    .to_string()
            ),
            "{result}"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, lines);
        assert_eq!(app.count("SELECT COUNT(*) FROM guardians").await, guardians);
        assert_eq!(app.count("SELECT COUNT(*) FROM groups").await, groups);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupil_guardians").await,
            links
        );
    }
);

both_backends!(
    windows_1252_and_comma_files_are_read,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        // "Daniëlle Özdemir" as Excel on Windows saves it.
        let mut bytes = b"leerlingnummer,achternaam,roepnaam,geboortedatum,groep,ouder 1 naam,ouder 1 e-mail\n7001,".to_vec();
        bytes.extend([0xD6]);
        bytes.extend(b"zdemir,Dani");
        bytes.extend([0xEB]);
        bytes.extend(b"lle,04-03-2016,5A,Ay");
        bytes.extend([0xE7]);
        bytes.extend(b"e ");
        bytes.extend([0xD6]);
        bytes.extend(b"zdemir,ayce@example.org\n");
        import_file(&mut admin, "excel.csv", bytes).await;
        let page = admin.get("/pupils").await;
        page.assert_contains("Özdemir, Daniëlle");
        admin
            .get("/guardians")
            .await
            .assert_contains("Ayçe Özdemir");
    }
);

both_backends!(
    a_thousand_pupils_import_in_one_go,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let mut csv = String::from(HEADER);
        for i in 0..1000 {
            let group = format!("{}{}", 1 + i % 8, ["A", "B", "C", "D"][i / 250]);
            csv.push_str(&format!(
            "{};Achternaam{i};van;Kind{i};{:02}-{:02}-2016;{group};Ouder {i};ouder{i}@example.org;Tweede {i};tweede{i}@example.org;ja\n",
            100_000 + i,
            1 + i % 28,
            1 + i % 12
        ));
        }
        let started = std::time::Instant::now();
        import_file(&mut admin, "groot.csv", csv.into_bytes()).await;
        eprintln!(
            "1,000-pupil import on {:?}: {:?} (upload to done, debug build)",
            app.backend,
            started.elapsed()
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, 1000);
        assert_eq!(app.count("SELECT COUNT(*) FROM guardians").await, 2000);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupil_guardians WHERE own_household = 1")
                .await,
            1000
        );
    }
);

both_backends!(
    the_import_runs_on_the_apps_clock,
    |app: TestApp| async move {
        // Thirty days ahead on this app only: the import's rows carry the app's time, not the
        // machine's (it runs after the response, in a task of its own).
        let moved = app.state.clock.now() + 30 * 86_400;
        app.state.clock.set(moved);
        let mut admin = app.admin().await;
        let csv =
            format!("{HEADER}7101;Jansen;;Mila;04-03-2016;5A;Eva Jansen;eva@example.org;;;\n");
        import_file(&mut admin, "klok.csv", csv.into_bytes()).await;
        let created: i64 =
            sqlx::query_scalar("SELECT created_at FROM pupils WHERE external_id = '7101'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert!(
            (created - moved).abs() < 600,
            "created {created}, app clock {moved}"
        );
    }
);
