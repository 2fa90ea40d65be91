//! Authorization on the server: teachers see their own groups, the whole-school roles their
//! own school, and guessing ids gets nobody anywhere.

use crate::both_backends;
use crate::common::{id_from_location, Browser, TestApp};

/// Two groups with one pupil each; returns (group 7B, group 8A, pupil in 7B, pupil in 8A).
pub async fn two_groups(admin: &mut Browser) -> (i64, i64, i64, i64) {
    admin.get("/groups/new").await;
    let g7 = id_from_location(
        &admin
            .post("/groups/new", &[("name", "7B"), ("school_type", "po")])
            .await
            .location
            .unwrap(),
    );
    let g8 = id_from_location(
        &admin
            .post("/groups/new", &[("name", "8A"), ("school_type", "po")])
            .await
            .location
            .unwrap(),
    );
    let p7 = id_from_location(
        &admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "1001"),
                    ("first_name", "Sanne"),
                    ("name_prefix", "de"),
                    ("last_name", "Vries"),
                    ("date_of_birth", "12-05-2015"),
                    ("group_id", &g7.to_string()),
                ],
            )
            .await
            .location
            .unwrap(),
    );
    let p8 = id_from_location(
        &admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", "1002"),
                    ("first_name", "Yusuf"),
                    ("name_prefix", ""),
                    ("last_name", "Demir"),
                    ("date_of_birth", "03-11-2014"),
                    ("group_id", &g8.to_string()),
                ],
            )
            .await
            .location
            .unwrap(),
    );
    (g7, g8, p7, p8)
}

both_backends!(
    teachers_see_only_their_own_groups_pupils,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let (g7, g8, p7, p8) = two_groups(&mut admin).await;
        let mut teacher = app
            .staff_member(
                &mut admin,
                "Tom Leraar",
                "tom@example.org",
                &["teacher"],
                &[g7],
            )
            .await;

        let home = teacher.get("/").await;
        home.assert_contains("Groep 7B");
        assert!(!home.contains("Groep 8A"));
        teacher
            .get(&format!("/pupils/{p7}"))
            .await
            .assert_contains("Sanne de Vries");
        let list = teacher.get("/pupils").await;
        list.assert_contains("Vries, Sanne de");
        assert!(!list.contains("Demir"), "other group's pupil in the list");
        assert!(!teacher.get("/pupils?q=demir").await.contains("Demir"));
        assert!(!teacher
            .get(&format!("/pupils?group={g8}"))
            .await
            .contains("Demir"));

        // Guessing ids: not found, with the friendly page and no details.
        for path in [
            format!("/pupils/{p8}"),
            format!("/groups/{g8}"),
            format!("/pupils/{p8}/guardians/new"),
            format!("/pupils/{}", p8 + 1000),
        ] {
            let page = teacher.get(&path).await;
            assert_eq!(page.status, 404, "{path}");
            page.assert_contains("Pagina niet gevonden");
        }
        // And changes to them are refused too.
        teacher.get(&format!("/pupils/{p7}")).await;
        let page = teacher
            .post(
                &format!("/pupils/{p8}/guardians/new"),
                &[("name", "X"), ("relationship", "mother")],
            )
            .await;
        assert_eq!(page.status, 404);
        assert_eq!(
            teacher
                .post(&format!("/pupils/{p8}/archive"), &[])
                .await
                .status,
            403
        );
        // Administration pages are for administrators.
        for path in [
            "/staff",
            "/import",
            "/outbox",
            "/staff/new",
            "/groups/new",
            "/pupils/new",
        ] {
            assert_eq!(teacher.get(path).await.status, 403, "{path}");
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pupils WHERE archived_at IS NOT NULL")
                .await,
            0
        );
    }
);

both_backends!(
    directors_and_care_coordinators_see_their_school_only,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let (_g7, g8, _p7, p8) = two_groups(&mut admin).await;
        let mut director = app
            .staff_member(
                &mut admin,
                "Dirk Directeur",
                "dirk@example.org",
                &["director"],
                &[],
            )
            .await;
        let mut ib = app
            .staff_member(
                &mut admin,
                "Ilse IB",
                "ilse@example.org",
                &["care_coordinator"],
                &[],
            )
            .await;
        for b in [&mut director, &mut ib] {
            b.get(&format!("/pupils/{p8}"))
                .await
                .assert_contains("Yusuf Demir");
            b.get(&format!("/groups/{g8}"))
                .await
                .assert_contains("Demir");
            assert_eq!(b.get("/staff").await.status, 403);
        }
        // A second school in the same installation (a school board): invisible.
        let at = driehoek::db::now();
        let (other_school,): (i64,) = sqlx::query_as(
            "INSERT INTO schools (name, created_at) VALUES ('Andere school', $1) RETURNING id",
        )
        .bind(at)
        .fetch_one(app.db.write())
        .await
        .unwrap();
        let (other_pupil,): (i64,) = sqlx::query_as(
        "INSERT INTO pupils (school_id, external_id, first_name, last_name, created_at, updated_at) VALUES ($1, '9', 'Geheim', 'Kind', $2, $2) RETURNING id",
    )
    .bind(other_school)
    .bind(at)
    .fetch_one(app.db.write())
    .await
    .unwrap();
        assert_eq!(
            director.get(&format!("/pupils/{other_pupil}")).await.status,
            404
        );
        assert!(!director.get("/pupils?q=geheim").await.contains("Geheim"));
        assert_eq!(
            admin.get(&format!("/pupils/{other_pupil}")).await.status,
            404
        );
    }
);

both_backends!(every_page_needs_sign_in, |app: TestApp| async move {
    let _admin = app.admin().await;
    let mut anon = app.browser();
    for path in [
        "/groups",
        "/pupils",
        "/guardians",
        "/staff",
        "/import",
        "/outbox",
        "/pupils/1",
        "/groups/1/edit",
    ] {
        anon.get(path).await.assert_redirect_to("/sign-in?next=");
    }
    let page = anon.post_raw("/groups/new", &[("name", "X")], &[]).await;
    page.assert_redirect_to("/sign-in");
    assert_eq!(app.count("SELECT COUNT(*) FROM groups").await, 0);
});
