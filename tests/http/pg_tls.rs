//! A board's PostgreSQL on another machine: the connection is encrypted, and with
//! `sslmode=verify-full` the app accepts only a server whose certificate is valid for its host
//! and signed by the given CA. `scripts/test` starts the test server with TLS and a throw-away
//! CA.

use crate::common::{pg_tls_root, spawn_app_with, Backend};

/// `url` (a fresh test database, maybe with `?sslmode=disable`) with other connection parameters.
fn with_params(url: &str, params: &str) -> String {
    format!("{}?{params}", url.split('?').next().unwrap_or(url))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_reaches_postgresql_over_verified_tls() {
    let Some(root) = pg_tls_root() else { return };
    // Verified against the CA: the app starts, migrates and serves over TLS.
    let verified = format!("sslmode=verify-full&sslrootcert={root}");
    let Some(app) = spawn_app_with(Backend::Postgres, |c| {
        c.database_url = with_params(&c.database_url, &verified);
    })
    .await
    else {
        return;
    };
    let url = app.state.config.database_url.clone();
    assert!(url.contains("verify-full"), "{url}");
    // Setting the school up writes over it; the start page reads.
    let mut admin = app.admin().await;
    admin.get("/").await.assert_contains("Driehoek");
    let (ssl, version): (bool, String) = sqlx::query_as(
        "SELECT ssl, COALESCE(version, '') FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
    )
    .fetch_one(app.db.read())
    .await
    .unwrap();
    assert!(ssl, "the app's connection is not encrypted");
    assert!(version.starts_with("TLSv1."), "{version}");

    // Without the school's CA the certificate is not trusted: no connection, a clear error.
    let unverified = driehoek::db::Db::connect(&with_params(&url, "sslmode=verify-full")).await;
    let err = unverified
        .err()
        .expect("a server no trusted CA signed is refused");
    assert!(
        format!("{err:#}").to_lowercase().contains("certificate"),
        "{err:#}"
    );
    // And a plain connection to the same server says it is not encrypted (the check above can fail).
    let plain = driehoek::db::Db::connect(&with_params(&url, "sslmode=disable"))
        .await
        .unwrap();
    let (ssl,): (bool,) =
        sqlx::query_as("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(plain.read())
            .await
            .unwrap();
    assert!(!ssl);
    plain.close().await;
}
