//! Trust, part "small holes and the parents' rights": calendar feeds of disabled accounts,
//! security headers, staff invitations that give nothing away, the one-time set-up link, and
//! the parents' right of inspection with the privacy notice.

use crate::both_backends;
use crate::common::scenario::{open_round, school};
use crate::common::TestApp;

/// Path part of a link to this app.
fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.base)
        .expect("link to this app")
        .to_string()
}

/// The slot ids offered on a booking page for one child, in order.
fn slot_ids(page: &str, pupil: i64) -> Vec<String> {
    let section = page
        .split(&format!("id=\"child-{pupil}\""))
        .nth(1)
        .unwrap_or_default();
    let section = section.split("</section>").next().unwrap_or_default();
    section
        .split("name=\"slot\" value=\"")
        .skip(1)
        .map(|p| p.split('"').next().unwrap().to_string())
        .collect()
}

async fn staff_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM staff WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

both_backends!(
    a_disabled_accounts_calendar_feed_stops_at_once,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let eva_path = path_of(&app, &crate::common::link_in(&text).unwrap());
        let mut eva = app.browser();
        let page = eva.get(&eva_path).await;
        let slot = slot_ids(&page.body, s.finn)[0].clone();
        eva.post(
            &format!("{eva_path}/book"),
            &[
                ("pupil", &s.finn.to_string()),
                ("slot", &slot),
                ("note", "Graag na het werk"),
                ("key", "k"),
            ],
        )
        .await;
        s.tom.get("/calendar").await;
        let page = s.tom.post("/calendar", &[]).await;
        let url = page
            .body
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        let body = reqwest::get(&url).await.unwrap().text().await.unwrap();
        assert!(body.contains("Finn Vries"), "{body}");

        // The administrator disables Tom's account: the feed ends with it.
        let tom = staff_id(&app, "tom@example.org").await;
        s.admin.get("/staff").await;
        s.admin
            .post(&format!("/staff/{tom}/disable"), &[])
            .await
            .assert_redirect_to("/staff");
        let feed = reqwest::get(&url).await.unwrap();
        assert_eq!(feed.status(), 404);
        let body = feed.text().await.unwrap();
        assert!(
            !body.contains("Finn") && !body.contains("VCALENDAR"),
            "{body}"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM calendar_feeds WHERE staff_id = {tom}"
            ))
            .await,
            0,
            "the feed is revoked, not only hidden"
        );
        // Enabling the account again does not bring the old address back.
        s.admin.post(&format!("/staff/{tom}/enable"), &[]).await;
        assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    }
);

both_backends!(
    a_feed_checks_the_account_on_every_request,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        s.tom.get("/calendar").await;
        let page = s.tom.post("/calendar", &[]).await;
        let url = page
            .body
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        assert_eq!(reqwest::get(&url).await.unwrap().status(), 200);
        // An account disabled by other means than the staff page (e.g. directly in the
        // database) also loses its feed.
        sqlx::query("UPDATE staff SET disabled_at = 1 WHERE email = 'tom@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    }
);

both_backends!(
    pages_carry_isolation_and_feature_headers,
    |app: TestApp| async move {
        let mut b = app.browser();
        let page = b.get("/sign-in").await;
        let h = &page.headers;
        assert_eq!(h.get("cross-origin-opener-policy").unwrap(), "same-origin");
        assert_eq!(
            h.get("cross-origin-resource-policy").unwrap(),
            "same-origin"
        );
        let pp = h.get("permissions-policy").unwrap().to_str().unwrap();
        assert!(
            pp.contains("camera=()") && pp.contains("geolocation=()"),
            "{pp}"
        );
        // Plain http (a local trial): no HSTS, browsers would ignore it anyway.
        assert!(h.get("strict-transport-security").is_none());
    }
);

/// Under an https base URL every answer, error pages too, tells browsers to use https only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_installations_send_hsts() {
    let app = crate::common::spawn_app_with(crate::common::Backend::Sqlite, |c| {
        c.base_url = "https://gesprekken.school.example".into();
    })
    .await
    .unwrap();
    let mut b = app.browser();
    for path in ["/sign-in", "/bestaat-niet", "/static/style.css"] {
        let page = b.get(path).await;
        let hsts = page
            .headers
            .get("strict-transport-security")
            .unwrap_or_else(|| panic!("no HSTS on {path}"))
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            hsts.contains("max-age=31536000") && hsts.contains("includeSubDomains"),
            "{hsts}"
        );
    }
}

both_backends!(
    adding_staff_does_not_tell_who_works_at_another_school,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        driehoek::staff::add_school(&app.state, "OBS De Esch", "Bert Beheer", "bert@example.org")
            .await
            .unwrap();
        let bert_before: (i64, String) =
            sqlx::query_as("SELECT school_id, name FROM staff WHERE email = 'bert@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        let add = |email: &'static str| {
            [
                ("name", "Nieuwe Collega"),
                ("email", email),
                ("teacher", "on"),
            ]
        };
        admin.get("/staff/new").await;
        let fresh = admin.post("/staff/new", &add("nieuw@example.org")).await;
        admin.get("/staff/new").await;
        let elsewhere = admin.post("/staff/new", &add("bert@example.org")).await;
        // The same answer, whether or not the address has an account somewhere else.
        assert_eq!(fresh.status, elsewhere.status);
        assert_eq!(fresh.location, elsewhere.location);
        assert_eq!(
            elsewhere.location.as_deref(),
            Some("/staff?flash=staff-invited")
        );
        assert!(!elsewhere.contains("staff-email-taken"));
        // Nothing was linked: Bert's account is as it was, the school has one new colleague.
        let bert_after: (i64, String) =
            sqlx::query_as("SELECT school_id, name FROM staff WHERE email = 'bert@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert_eq!(bert_before, bert_after);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM staff WHERE email = 'bert@example.org'")
                .await,
            1
        );
        // Bert hears about it, without a link to follow.
        let (subject, text) = app.last_mail_to("bert@example.org").await.unwrap();
        assert!(subject.contains("OBS De Linde"), "{subject}");
        assert!(!text.contains("/password/set/"), "{text}");
        // An address of one's own staff is still named as taken (the list shows it anyway).
        admin.get("/staff/new").await;
        let own = admin.post("/staff/new", &add("nieuw@example.org")).await;
        assert_eq!(own.status, 200);
        own.assert_contains("Er is al een account met dit e-mailadres.");
    }
);

both_backends!(
    a_fresh_installation_is_set_up_only_with_the_printed_link,
    |app: TestApp| async move {
        let form = |token: &'static str| {
            [
                ("token", token),
                ("school_name", "Kaping"),
                ("name", "Eve"),
                ("email", "eve@example.org"),
                ("password", crate::common::PASSWORD),
                ("confirm", crate::common::PASSWORD),
            ]
        };
        let mut eve = app.browser();
        // Whoever reaches the page first gets no form, only where to find the link.
        let page = eve.get("/setup").await;
        page.assert_contains("logboek van de server");
        assert!(!page.contains("name=\"password\""));
        let page = eve.get("/setup?token=geraden").await;
        assert!(!page.contains("name=\"password\""));
        for token in ["", "geraden"] {
            let page = eve.post("/setup", &form(token)).await;
            assert_eq!(page.status, 403, "token {token:?}");
            page.assert_contains("logboek van de server");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM staff").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM installation").await, 0);

        // A link printed more than a day ago no longer works; a restart prints a new one.
        let old = app.setup_token().await;
        app.state.clock.advance(25 * 3600);
        assert!(!eve
            .get(&format!("/setup?token={old}"))
            .await
            .contains("name=\"password\""));
        let mut stale = form("");
        stale[0].1 = &old;
        assert_eq!(eve.post("/setup", &stale).await.status, 403);
        assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, 0);

        // The link printed at the start works, is stored only as a hash, and is spent after use.
        let token = app.setup_token().await;
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM setup_tokens WHERE token_hash = '{token}'"
            ))
            .await,
            0
        );
        let mut admin = app.browser();
        let page = admin.get(&format!("/setup?token={token}")).await;
        page.assert_contains("name=\"password\"");
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
        let mut fields = form("");
        fields[0].1 = &token;
        fields[1].1 = "OBS De Linde";
        admin.post("/setup", &fields).await.assert_redirect_to("/");
        assert_eq!(app.count("SELECT COUNT(*) FROM setup_tokens").await, 0);
        assert!(driehoek::staff::issue_setup_link(&app.state)
            .await
            .unwrap()
            .is_none());
        app.browser()
            .get(&format!("/setup?token={token}"))
            .await
            .assert_redirect_to("/sign-in");
    }
);

fn today() -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today())
}

/// A parent signs in through the mailed link; returns their browser.
async fn parent_session(app: &TestApp, email: &str) -> crate::common::Browser {
    let mut b = app.browser();
    b.get("/ouders").await;
    b.post("/ouders", &[("email", email)]).await;
    let (_, text) = app.last_mail_to(email).await.expect("sign-in mail");
    let path = path_of(app, &crate::common::link_in(&text).unwrap());
    b.get(&path).await;
    b.post(&path, &[])
        .await
        .assert_redirect_to("/ouders/kinderen");
    b
}

/// Sem's file: a plan, a shared start record with an agreement, an unshared record, and Kees,
/// a stepfather without parental authority.
async fn sems_file(s: &mut crate::common::scenario::School) {
    let sem = s.sem;
    s.tom.get(&format!("/pupils/{sem}/plan")).await;
    s.tom
        .post(
            &format!("/pupils/{sem}/plan"),
            &[
                ("channel", "phone"),
                ("reachable", "dinsdag na schooltijd"),
                ("m1-description", "Bellen na het eerste rapport"),
            ],
        )
        .await;
    for (kind, answer, shared) in [
        ("start", ("a-ambition", "Vlot leren lezen"), true),
        ("other", ("a-summary", "Intern overleg, niet delen"), false),
    ] {
        let mut fields = vec![
            ("kind", kind),
            ("held_on", ""),
            ("form", "school"),
            answer,
            ("action", "close"),
        ];
        let day = today();
        fields[1].1 = &day;
        if shared {
            fields.push(("ag1-topic", "Lezen"));
            fields.push(("ag1-pupil", "Leest elke dag"));
            fields.push(("shared", "on"));
        }
        s.tom
            .post(&format!("/pupils/{sem}/records/new"), &fields)
            .await
            .assert_redirect_to("/records/");
    }
    s.admin.get(&format!("/pupils/{sem}/guardians/new")).await;
    s.admin
        .post(
            &format!("/pupils/{sem}/guardians/new"),
            &[
                ("name", "Kees Stief"),
                ("email", "kees@example.org"),
                ("relationship", "other"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{sem}"));
}

async fn inspection_rows(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'inspection'")
        .await
}

both_backends!(
    a_parent_with_authority_downloads_the_childs_whole_file,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        sems_file(&mut s).await;
        let sem = s.sem;
        let mut linda = parent_session(&app, "linda@example.org").await;
        let page = linda.get("/ouders/kinderen").await;
        page.assert_contains(&format!("href=\"/ouders/kinderen/{sem}/inzage\""));
        let page = linda.get(&format!("/ouders/kinderen/{sem}/inzage")).await;
        assert_eq!(page.status, 200);
        for shown in [
            "Inzage in het dossier van Sem Bakker",
            "Vlot leren lezen",
            "Leest elke dag",
            "Bellen na het eerste rapport",
            "dinsdag na schooltijd",
            // Tom opened Sem's pages: his role, not his name.
            "Leerkracht of mentor",
        ] {
            page.assert_contains(shown);
        }
        assert!(
            !page.contains("Intern overleg"),
            "an unshared record stays at school"
        );
        assert!(
            !page.contains("Tom Tuin"),
            "who looked is told by role, not by name"
        );
        let json = linda
            .get(&format!("/ouders/kinderen/{sem}/inzage.json"))
            .await;
        assert_eq!(json.status, 200);
        assert!(json
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("application/json"));
        assert!(json
            .headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("attachment"));
        let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(v["scope"], "full");
        assert_eq!(v["child"]["name"], "Sem Bakker");
        assert_eq!(
            v["conversations"][0]["answers"]["ambition"],
            "Vlot leren lezen"
        );
        assert_eq!(v["agreements"][0]["pupil_part"], "Leest elke dag");
        assert_eq!(
            v["plans"][0]["moments"][0]["description"],
            "Bellen na het eerste rapport"
        );
        assert!(!v["access_history"].as_array().unwrap().is_empty());
        assert!(!json.body.contains("Intern overleg"));
        // Both downloads are in the audit log, as the parent's.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'inspection' AND guardian_id IS NOT NULL")
                .await,
            2
        );
    }
);

both_backends!(
    another_familys_child_is_not_found_and_nothing_is_written,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        sems_file(&mut s).await;
        let sem = s.sem;
        let mut eva = parent_session(&app, "eva@example.org").await;
        let before = app.count("SELECT COUNT(*) FROM audit_log").await;
        for path in [
            format!("/ouders/kinderen/{sem}/inzage"),
            format!("/ouders/kinderen/{sem}/inzage.json"),
            "/ouders/kinderen/999999/inzage".to_string(),
        ] {
            let page = eva.get(&path).await;
            assert_eq!(page.status, 404, "{path}");
            assert!(!page.contains("Vlot leren lezen") && !page.contains("Sem Bakker"));
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, before);
        // Without a parent session: to the parents' sign-in, nothing shown.
        let page = app
            .browser()
            .get(&format!("/ouders/kinderen/{sem}/inzage.json"))
            .await;
        assert!(
            page.status == 303 || page.status == 401 || page.status == 403,
            "{}",
            page.status
        );
        assert!(!page.contains("Sem Bakker"));
        // Staff other than administrators do not make exports; other schools' pupils are 404.
        let page = s.tom.get(&format!("/pupils/{sem}/inspection")).await;
        assert_eq!(page.status, 403);
        assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, before);
        assert_eq!(inspection_rows(&app).await, 0);
        let page = s.admin.get("/pupils/999999/inspection.json").await;
        assert_eq!(page.status, 404);
        assert_eq!(inspection_rows(&app).await, 0);
    }
);

both_backends!(
    a_parent_without_authority_gets_the_main_facts_only,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        sems_file(&mut s).await;
        let sem = s.sem;
        let mut kees = parent_session(&app, "kees@example.org").await;
        let page = kees.get(&format!("/ouders/kinderen/{sem}/inzage")).await;
        assert_eq!(page.status, 200);
        page.assert_contains("geen ouderlijk gezag");
        page.assert_contains("Sem Bakker");
        page.assert_contains("Lezen");
        for hidden in [
            "Vlot leren lezen",
            "Leest elke dag",
            "Bellen na het eerste rapport",
            "dinsdag na schooltijd",
            "Leerkracht of mentor",
            "Intern overleg",
        ] {
            assert!(
                !page.contains(hidden),
                "{hidden} shown to a parent without authority"
            );
        }
        let json = kees
            .get(&format!("/ouders/kinderen/{sem}/inzage.json"))
            .await;
        let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(v["scope"], "main-facts");
        assert_eq!(v["agreements"][0]["topic"], "Lezen");
        assert_eq!(v["conversations"][0]["kind"], "start");
        for empty in ["plans", "contacts", "opp_consents", "access_history"] {
            assert_eq!(v[empty].as_array().unwrap().len(), 0, "{empty}");
        }
        assert!(v["conversations"][0].get("answers").is_none());
        assert!(v["agreements"][0].get("pupil_part").is_none());
        assert_eq!(v["child"]["date_of_birth"], "");
    }
);

both_backends!(
    an_administrator_makes_the_export_for_a_request_on_paper,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        sems_file(&mut s).await;
        let sem = s.sem;
        let page = s.admin.get(&format!("/pupils/{sem}/inspection")).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Vlot leren lezen");
        page.assert_contains("Bellen na het eerste rapport");
        page.assert_contains("Leerkracht of mentor");
        let json = s.admin.get(&format!("/pupils/{sem}/inspection.json")).await;
        let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(v["scope"], "full");
        assert_eq!(v["agreements"][0]["pupil_part"], "Leest elke dag");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'inspection' AND action = 'export' AND staff_id IS NOT NULL")
                .await,
            2
        );
    }
);

both_backends!(
    the_privacy_notice_is_linked_from_parent_pages_and_mails,
    |app: TestApp| async move {
        let _s = school(&app).await;
        let mut linda = parent_session(&app, "linda@example.org").await;
        linda
            .get("/ouders/kinderen")
            .await
            .assert_contains("href=\"/privacy\"");
        let (_, text) = app.last_mail_to("linda@example.org").await.unwrap();
        assert!(
            text.trim_end()
                .ends_with(&format!("Privacy: {}/privacy", app.base)),
            "{text}"
        );
        let page = app.browser().get("/privacy").await;
        assert_eq!(page.status, 200);
        page.assert_contains("twee jaar nadat uw kind de school heeft verlaten");
        page.assert_contains("Inzage");
        let page = app
            .browser()
            .get_with("/privacy", ("accept-language", "en"))
            .await;
        page.assert_contains("two years after your child left the school");
    }
);
