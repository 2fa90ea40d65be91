//! Groups, pupils and guardians: list, search, create, edit, archive, siblings.

use crate::access::two_groups;
use crate::both_backends;
use crate::common::{id_from_location, TestApp};

both_backends!(
    groups_pupils_and_guardians_can_be_managed,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let (g7, g8, p7, p8) = two_groups(&mut admin).await;

        // Group form errors stay in the page.
        let page = admin
            .post(
                "/groups/new",
                &[("name", "7B"), ("grade", "x"), ("school_type", "po")],
            )
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("Vul een getal van 0 tot en met 14 in.");
        let page = admin
            .post("/groups/new", &[("name", "7B"), ("school_type", "po")])
            .await;
        page.assert_contains("Er is dit schooljaar al een groep met deze naam.");
        // The grade is read from the name when left empty.
        let (grade,): (Option<i64>,) = sqlx::query_as("SELECT grade FROM groups WHERE id = $1")
            .bind(g7)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        assert_eq!(grade, Some(7));

        // Pupil validation.
        let page = admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "1001"),
                    ("first_name", "Dubbel"),
                    ("last_name", "Nummer"),
                    ("date_of_birth", "31-02-2015"),
                    ("group_id", ""),
                ],
            )
            .await;
        page.assert_contains("Dit is geen geldige geboortedatum");
        let page = admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "1001"),
                    ("first_name", "Dubbel"),
                    ("last_name", "Nummer"),
                    ("date_of_birth", ""),
                    ("group_id", ""),
                ],
            )
            .await;
        page.assert_contains("Er is al een leerling met dit leerlingnummer.");

        // Guardians: a mother shared by two children makes them siblings.
        admin.get(&format!("/pupils/{p7}/guardians/new")).await;
        admin
            .post(
                &format!("/pupils/{p7}/guardians/new"),
                &[
                    ("name", "Fatma Demir"),
                    ("email", "Fatma@Example.org"),
                    ("phone", "06-1234 5678"),
                    ("language", "tr"),
                    ("interpreter_needed", "on"),
                    ("relationship", "mother"),
                    ("parental_authority", "on"),
                    ("receives_invitations", "on"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{p7}"));
        let page = admin
            .post(
                &format!("/pupils/{p8}/guardians/new"),
                &[
                    ("name", "Fatma Demir"),
                    ("email", "fatma@example.org"),
                    ("relationship", "mother"),
                    ("parental_authority", "on"),
                ],
            )
            .await;
        page.assert_redirect_to(&format!("/pupils/{p8}?flash=guardian-linked"));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM guardians").await,
            1,
            "linked, not duplicated"
        );
        let page = admin.get(&format!("/pupils/{p7}")).await;
        page.assert_contains("Fatma Demir");
        page.assert_contains("fatma@example.org");
        page.assert_contains("Tolk nodig");
        page.assert_contains("Turks");
        page.assert_contains("Broers en zussen op school");
        page.assert_contains("Yusuf Demir");
        // Bad guardian input.
        let page = admin
            .post(
                &format!("/pupils/{p7}/guardians/new"),
                &[
                    ("name", ""),
                    ("email", "kapot@"),
                    ("phone", "bel me"),
                    ("relationship", "mother"),
                ],
            )
            .await;
        page.assert_contains("Dit is geen geldig e-mailadres");
        page.assert_contains("Gebruik alleen cijfers");

        // Search finds guardians by phone and pupils by number.
        admin
            .get("/guardians?q=1234")
            .await
            .assert_contains("Fatma Demir");
        admin
            .get("/pupils?q=1002")
            .await
            .assert_contains("Demir, Yusuf");
        admin
            .get(&format!("/pupils?group={g8}"))
            .await
            .assert_contains("Demir, Yusuf");
        assert!(!admin
            .get(&format!("/pupils?group={g8}"))
            .await
            .contains("Vries"));

        // Edit and archive.
        admin
            .get(&format!("/pupils/{p8}/edit"))
            .await
            .assert_contains("03-11-2014");
        admin
            .post(
                &format!("/pupils/{p8}/edit"),
                &[
                    ("external_id", "1002"),
                    ("first_name", "Yusuf"),
                    ("last_name", "Demir-Yilmaz"),
                    ("date_of_birth", "03-11-2014"),
                    ("group_id", &g7.to_string()),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{p8}"));
        admin
            .get(&format!("/groups/{g7}"))
            .await
            .assert_contains("Demir-Yilmaz, Yusuf");
        admin
            .post(&format!("/pupils/{p8}/archive"), &[])
            .await
            .assert_redirect_to(&format!("/pupils/{p8}"));
        assert!(!admin.get("/pupils").await.contains("Demir-Yilmaz"));
        admin
            .get("/pupils?archived=on")
            .await
            .assert_contains("Demir-Yilmaz");
        admin.post(&format!("/pupils/{p8}/restore"), &[]).await;
        admin.get("/pupils").await.assert_contains("Demir-Yilmaz");

        // Link details: separated parents each have their own household and invitation.
        let (gid,): (i64,) = sqlx::query_as("SELECT id FROM guardians")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        admin
            .get(&format!("/pupils/{p7}/guardians/{gid}/link"))
            .await;
        admin
            .post(
                &format!("/pupils/{p7}/guardians/{gid}/link"),
                &[
                    ("relationship", "mother"),
                    ("parental_authority", "on"),
                    ("own_household", "on"),
                    ("receives_invitations", "on"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{p7}"));
        admin
            .get(&format!("/pupils/{p7}"))
            .await
            .assert_contains("eigen adres");

        // Groups: staff links and archive.
        admin.get(&format!("/groups/{g8}/edit")).await;
        admin
            .post(&format!("/groups/{g8}/archive"), &[])
            .await
            .assert_redirect_to(&format!("/groups/{g8}"));
        assert!(!admin.get("/groups").await.contains(">8A<"));
        admin
            .get("/groups?archived=on")
            .await
            .assert_contains(">8A<");
        let _ = id_from_location;
    }
);
