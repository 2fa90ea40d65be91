//! Helpers shared by the school-year tests (school_years, year_views, pupil_history): a school's
//! groups and pupils made through the pages, and small database reads.

use crate::common::{id_from_location, Browser, TestApp};

pub async fn make_group(admin: &mut Browser, name: &str) -> i64 {
    admin.get("/groups/new").await;
    let page = admin
        .post("/groups/new", &[("name", name), ("school_type", "po")])
        .await;
    id_from_location(&page.location.expect("group made"))
}

pub async fn make_pupil(admin: &mut Browser, nr: &str, first: &str, group: i64) -> i64 {
    let group = group.to_string();
    let page = admin
        .post(
            "/pupils/new",
            &[
                ("external_id", nr),
                ("first_name", first),
                ("last_name", "Jaarsma"),
                ("date_of_birth", "14-03-2015"),
                ("group_id", &group),
            ],
        )
        .await;
    id_from_location(&page.location.expect("pupil made"))
}

pub async fn add_guardian(admin: &mut Browser, pupil: i64, name: &str, email: &str) {
    let path = format!("/pupils/{pupil}/guardians/new");
    admin.get(&path).await;
    admin
        .post(
            &path,
            &[
                ("name", name),
                ("email", email),
                ("relationship", "mother"),
                ("parental_authority", "on"),
                ("receives_invitations", "on"),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{pupil}"));
}

/// The administrator of a second school (Het Kompas), signed in: the wrong person for this
/// school's years.
pub async fn other_school_admin(app: &TestApp) -> Browser {
    driehoek::staff::add_school(
        &app.state,
        "Het Kompas",
        "Karin Kompas",
        "karin@example.org",
    )
    .await
    .unwrap();
    let (_, mail) = app.last_mail_to("karin@example.org").await.unwrap();
    let link = crate::common::link_in(&mail)
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    let mut karin = app.browser();
    karin.get(&link).await;
    karin
        .post(
            &link,
            &[
                ("password", crate::common::PASSWORD),
                ("confirm", crate::common::PASSWORD),
            ],
        )
        .await
        .assert_redirect_to("/");
    karin.get("/").await;
    karin
}

/// One number from the database, for a query with one `$1`.
pub async fn scalar(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// The value of a date field of the new-year form.
pub fn date_field(body: &str, name: &str) -> String {
    body.split(&format!("name=\"{name}\" type=\"date\" value=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string()
}

/// Field names built per pupil live as long as the test.
pub fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}
