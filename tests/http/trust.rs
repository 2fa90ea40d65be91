//! Regression tests for the access holes found in the trust review (issue "Trust"), each one
//! written to fail before its fix.

use crate::both_backends;
use crate::common::{TestApp, ADMIN_EMAIL, PASSWORD};

both_backends!(
    return_addresses_never_leave_the_site,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        // Browsers drop a tab or line break from a URL: "/<TAB>/evil.example" is "//evil.example",
        // another site. A line break in a Location header used to be a 500.
        for back in [
            "%2F%09%2Fevil.example",
            "%2F%0A%2Fevil.example",
            "%2F%0D%0AX%3A1",
        ] {
            let page = admin.get(&format!("/lang/en?back={back}")).await;
            assert_eq!(page.status, 303, "back={back}");
            assert_eq!(page.location.as_deref(), Some("/"), "back={back}");
        }
        admin
            .get("/lang/nl?back=%2Fpupils")
            .await
            .assert_redirect_to("/pupils");

        admin.sign_out().await;
        let mut b = app.browser();
        b.get("/sign-in").await;
        let page = b
            .post(
                "/sign-in",
                &[
                    ("email", ADMIN_EMAIL),
                    ("password", PASSWORD),
                    ("next", "/\t/evil.example"),
                ],
            )
            .await;
        assert_eq!(page.status, 303);
        assert_eq!(page.location.as_deref(), Some("/"));
    }
);

/// A client that sends half a request and waits (slow loris) is cut off, not served forever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_that_dribbles_its_headers_is_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = crate::common::spawn_app_with(crate::common::Backend::Sqlite, |c| {
        c.header_read_timeout = std::time::Duration::from_secs(1);
    })
    .await
    .unwrap();
    let addr = app.base.strip_prefix("http://").unwrap().to_string();
    let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
    socket
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut buf = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        socket.read_to_end(&mut buf),
    )
    .await;
    assert!(read.is_ok(), "the server kept the half-open request");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // A complete request on a new connection is served as usual.
    assert_eq!(app.browser().get("/healthz").await.status, 200);
}

both_backends!(
    names_typed_as_markup_stay_text_everywhere,
    |app: TestApp| async move {
        // ASVS 1.2.1: what staff type is shown as text, on the page that lists it and the page
        // that shows it, never run as markup.
        let mut admin = app.admin().await;
        let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        admin.get("/groups/new").await;
        let group = admin
            .post("/groups/new", &[("name", "5A"), ("school_type", "po")])
            .await;
        let group = crate::common::id_from_location(&group.location.unwrap()).to_string();
        let page = admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "77"),
                    ("first_name", evil),
                    ("last_name", "Jansen"),
                    ("date_of_birth", "01-02-2016"),
                    ("group_id", &group),
                ],
            )
            .await;
        let pupil = page.location.expect("pupil saved");
        for path in [pupil.as_str(), "/pupils", &format!("/groups/{group}")] {
            let page = admin.get(path).await;
            assert_eq!(page.status, 200, "{path}");
            assert!(
                page.body
                    .contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
                "{path} shows the name, escaped"
            );
            assert!(!page.body.contains("<script>alert(1)"), "{path}");
            assert!(!page.body.contains("<img src=x"), "{path}");
        }
    }
);
