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
