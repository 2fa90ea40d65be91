//! Staff sign-in (issue "Trust", items 4 and 11): a throttle that slows an attacker without
//! locking a colleague out, trusted proxies, multi-factor sign-in and one's own password.

use driehoek::config::{parse_proxies, Config};

use crate::common::{self, Backend, Browser, Page, TestApp, ADMIN_EMAIL, PASSWORD};

/// `both_backends!` with the app's configuration adjusted first.
macro_rules! both_configured {
    ($name:ident, $configure:expr, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = common::spawn_app_with(Backend::Sqlite, $configure)
                    .await
                    .expect("sqlite app");
                ($body)(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = common::spawn_app_with(Backend::Postgres, $configure).await {
                    ($body)(app).await;
                }
            }
        }
    };
}

/// The test client reaches the app from 127.0.0.1: here that is the school's reverse proxy.
fn behind_proxy(c: &mut Config) {
    c.trusted_proxies = parse_proxies("127.0.0.1");
}

const BRAM: &str = "bram@example.org";

/// A sign-in post as it arrives through the proxy from `ip`.
async fn sign_in_from(b: &mut Browser, ip: &str, email: &str, password: &str) -> Page {
    b.post_raw(
        "/sign-in",
        &[("email", email), ("password", password)],
        &[("x-forwarded-for", ip)],
    )
    .await
}

fn retry_after(page: &Page) -> i64 {
    page.headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without Retry-After: {:?}", page.headers))
}

/// Wrong tries until the throttle answers 429; returns that answer.
async fn guess_until_slowed(b: &mut Browser, ip: &str, email: &str) -> Page {
    for _ in 0..driehoek::auth::throttle::MAX_PER_ACCOUNT {
        let page = sign_in_from(b, ip, email, "not the password").await;
        assert_eq!(page.status, 200, "free tries are answered normally");
    }
    let page = sign_in_from(b, ip, email, "not the password").await;
    assert_eq!(page.status, 429);
    page
}

both_configured!(
    wrong_tries_from_one_address_do_not_lock_out_a_colleague,
    behind_proxy,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        app.staff_member(&mut admin, "Bram Leraar", BRAM, &["teacher"], &[])
            .await;
        let mut attacker = app.browser();
        let page = guess_until_slowed(&mut attacker, "198.51.100.66", BRAM).await;
        assert!(retry_after(&page) > 0);
        // Even the right password is not looked at from there for now.
        let page = sign_in_from(&mut attacker, "198.51.100.66", BRAM, PASSWORD).await;
        assert_eq!(page.status, 429);
        page.assert_contains("Wacht een minuut");

        // Bram, at home: in at once.
        sign_in_from(&mut app.browser(), "203.0.113.5", BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
        // A colleague behind the same school NAT as the attacker: in at once too.
        sign_in_from(&mut app.browser(), "198.51.100.66", ADMIN_EMAIL, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);

both_configured!(
    the_owner_on_a_known_device_is_not_locked_out,
    behind_proxy,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        app.staff_member(&mut admin, "Bram Leraar", BRAM, &["teacher"], &[])
            .await;
        let nat = "198.51.100.66";
        // Bram signed in on the classroom computer before...
        let mut classroom = app.browser();
        sign_in_from(&mut classroom, nat, BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
        classroom.get("/").await;
        classroom.sign_out().await;
        // ...then someone on the school network guesses at his account, many times.
        let mut attacker = app.browser();
        guess_until_slowed(&mut attacker, nat, BRAM).await;
        for _ in 0..10 {
            assert_eq!(
                sign_in_from(&mut attacker, nat, BRAM, "still not it")
                    .await
                    .status,
                429
            );
        }
        // A browser that never signed in is slowed from that address...
        assert_eq!(
            sign_in_from(&mut app.browser(), nat, BRAM, PASSWORD)
                .await
                .status,
            429
        );
        // ...but Bram's own computer, on the same address, gets in.
        sign_in_from(&mut classroom, nat, BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);

crate::both_backends!(
    forwarded_addresses_from_an_untrusted_peer_are_ignored,
    |app: TestApp| async move {
        app.admin().await;
        let mut attacker = app.browser();
        // Without trusted proxies, a made-up X-Forwarded-For per try does not give fresh tries.
        for n in 0..driehoek::auth::throttle::MAX_PER_ACCOUNT {
            let page = sign_in_from(
                &mut attacker,
                &format!("192.0.2.{n}"),
                ADMIN_EMAIL,
                "not the password",
            )
            .await;
            assert_eq!(page.status, 200);
        }
        let page = sign_in_from(&mut attacker, "192.0.2.200", ADMIN_EMAIL, PASSWORD).await;
        assert_eq!(page.status, 429);
        let wait = retry_after(&page);
        assert!((1..=30).contains(&wait), "Retry-After {wait}");
        // The delay is a wait, not a lock: once it has passed, the owner gets in.
        app.state.clock.advance(wait);
        let mut owner = app.browser();
        owner
            .sign_in(ADMIN_EMAIL, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);
