//! A board's PostgreSQL on another machine: the connection is encrypted, and with
//! `sslmode=verify-full` the app talks only to the server whose certificate the school's CA
//! signed. `scripts/test` starts the test server with TLS and a throw-away CA.

use crate::common::{database_in, fresh_database, pg_tls_root, spawn_app_with, Backend};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_reaches_postgresql_over_verified_tls() {
    let Some(root) = pg_tls_root() else { return };
    let Some((plain, _)) = fresh_database(Backend::Postgres).await else {
        return;
    };
    let name = plain
        .split('?')
        .next()
        .and_then(|p| p.rsplit('/').next())
        .unwrap()
        .to_string();
    let with = |params: &str| {
        database_in(
            &format!("{}?{params}", plain.split('?').next().unwrap()),
            &name,
        )
    };

    // Verified against the CA: the app starts, migrates and serves over TLS.
    let verified = with(&format!("sslmode=verify-full&sslrootcert={root}"));
    let app = spawn_app_with(Backend::Postgres, |c| c.database_url = verified.clone())
        .await
        .expect("app on PostgreSQL over TLS");
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
    let unverified = driehoek::db::Db::connect(&with("sslmode=verify-full")).await;
    let err = unverified
        .err()
        .expect("a server no trusted CA signed is refused");
    assert!(
        format!("{err:#}").to_lowercase().contains("certificate"),
        "{err:#}"
    );
    // And a plain connection to the same server says it is not encrypted (the check above can fail).
    let plain_db = driehoek::db::Db::connect(&with("sslmode=disable"))
        .await
        .unwrap();
    let (ssl,): (bool,) =
        sqlx::query_as("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(plain_db.read())
            .await
            .unwrap();
    assert!(!ssl);
    plain_db.close().await;
}
