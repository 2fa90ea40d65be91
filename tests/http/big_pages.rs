//! Pages of a big school: the families page comes in pages of 50 with filters (group, teacher,
//! status) and a summary counted in SQL; the round page sums availability up per teacher. A
//! teacher's filters never reach beyond their own groups.

use crate::both_backends;
use crate::common::scenario::{self, School};
use crate::common::TestApp;

/// Families listed on a page, by pupil id, in page order.
fn listed(body: &str) -> Vec<i64> {
    body.split("id=\"pupil-")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
        .collect()
}

/// The number the summary shows after a label (`<dt>label</dt><dd>n</dd>`).
fn summary(body: &str, label: &str) -> i64 {
    let at = body
        .find(&format!("<dt>{label}</dt><dd>"))
        .unwrap_or_else(|| panic!("summary has {label}"));
    let rest = &body[at + label.len() + 13..];
    rest.split('<').next().unwrap().parse().unwrap()
}

async fn group_id(app: &TestApp, name: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM groups WHERE name = $1")
        .bind(name.to_string())
        .fetch_one(app.db.read())
        .await
        .unwrap();
    id
}

async fn staff_id(app: &TestApp, email: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE email = $1")
        .bind(email.to_string())
        .fetch_one(app.db.read())
        .await
        .unwrap();
    id
}

/// `n` more pupils in 5A (Tom's group), without guardians: families without an e-mail address.
async fn more_pupils_in_5a(app: &TestApp, n: usize) -> Vec<i64> {
    let g5 = group_id(app, "5A").await;
    let (school,): (i64,) = sqlx::query_as("SELECT school_id FROM groups WHERE id = $1")
        .bind(g5)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    let at = driehoek::db::now();
    let mut ids = Vec::new();
    for i in 0..n {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO pupils (school_id, external_id, first_name, last_name, group_id, created_at, updated_at) \
             VALUES ($1, $2, $3, 'Extra', $4, $5, $5) RETURNING id",
        )
        .bind(school)
        .bind(format!("x{i}"))
        .bind(format!("Kind{i:03}"))
        .bind(g5)
        .bind(at)
        .fetch_one(app.db.write())
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

/// Staff book Sem with Tom on Linda's behalf.
async fn book_sem(app: &TestApp, s: &mut School, round: i64) {
    let (slot,): (i64,) = sqlx::query_as(
        "SELECT sl.id FROM slots sl JOIN staff st ON st.id = sl.staff_id WHERE sl.round_id = $1 \
         AND st.email = 'tom@example.org' ORDER BY sl.starts_at LIMIT 1",
    )
    .bind(round)
    .fetch_one(app.db.read())
    .await
    .unwrap();
    let (linda,): (i64,) =
        sqlx::query_as("SELECT id FROM guardians WHERE email = 'linda@example.org'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
    s.admin.get(&format!("/rounds/{round}/families")).await;
    s.admin
        .post(
            &format!("/rounds/{round}/pupils/{}/book", s.sem),
            &[
                ("slot", &slot.to_string()),
                ("guardian", &linda.to_string()),
            ],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}/families?flash=booked-for-family"));
}

both_backends!(
    families_come_in_pages_with_filters_and_a_summary,
    |app: TestApp| async move {
        let mut s = scenario::school(&app).await;
        let round = scenario::open_round(&mut s).await;
        let extra = more_pupils_in_5a(&app, 55).await;
        book_sem(&app, &mut s, round).await;
        let all: Vec<i64> = [s.sem, s.lotte, s.finn]
            .into_iter()
            .chain(extra.iter().copied())
            .collect();

        // Pages of 25: 25, 25 and the other 8; together every family once, the unbooked first.
        let first = s.admin.get(&format!("/rounds/{round}/families")).await;
        assert_eq!(first.status, 200);
        let page1 = listed(&first.body);
        assert_eq!(page1.len(), 25);
        assert!(
            !page1.contains(&s.sem),
            "booked families come after the others"
        );
        first.assert_contains("?page=2");
        // The round-wide reminder counts every open family, on the unfiltered list only.
        first.assert_contains("Herinnering sturen aan 57 gezinnen zonder afspraak");
        let page2 = listed(
            &s.admin
                .get(&format!("/rounds/{round}/families?page=2"))
                .await
                .body,
        );
        assert_eq!(page2.len(), 25);
        let last = s
            .admin
            .get(&format!("/rounds/{round}/families?page=3"))
            .await;
        let page3 = listed(&last.body);
        assert_eq!(page3.len(), 8);
        assert_eq!(page3.last(), Some(&s.sem), "the booked family comes last");
        assert!(!last.contains("?page=4"), "no page after the last");
        let mut seen: Vec<i64> = page1.iter().chain(&page2).chain(&page3).copied().collect();
        seen.sort_unstable();
        let mut expected = all.clone();
        expected.sort_unstable();
        assert_eq!(seen, expected);

        // The summary counts every family, not just the page.
        assert_eq!(summary(&first.body, "Gezinnen"), 58);
        assert_eq!(summary(&first.body, "Afspraak gemaakt"), 1);
        assert_eq!(summary(&first.body, "Nog geen afspraak"), 57);
        assert_eq!(
            summary(&first.body, "Geen e-mailadres, nog geen afspraak"),
            55
        );

        // "Not yet booked" leaves Sem out on every page; "booked" shows only Sem; "no e-mail" only
        // the extra pupils.
        let mut open = Vec::new();
        for page in 1..=3 {
            let p = s
                .admin
                .get(&format!("/rounds/{round}/families?status=open&page={page}"))
                .await;
            if page == 1 {
                // Page links keep the filter.
                p.assert_contains("?status=open&#38;page=2");
            }
            open.extend(listed(&p.body));
        }
        assert_eq!(open.len(), 57);
        assert!(!open.contains(&s.sem));
        assert!(open.contains(&s.lotte));
        let booked = s
            .admin
            .get(&format!("/rounds/{round}/families?status=booked"))
            .await;
        assert_eq!(listed(&booked.body), vec![s.sem]);
        let no_email = s
            .admin
            .get(&format!("/rounds/{round}/families?status=no-email&page=3"))
            .await;
        let no_email_ids = listed(&no_email.body);
        assert_eq!(no_email_ids.len(), 5);
        assert!(no_email_ids.iter().all(|id| extra.contains(id)));

        // The group filter leaves other groups out; so does the teacher filter.
        let g7 = group_id(&app, "7B").await;
        let in_7b = s
            .admin
            .get(&format!("/rounds/{round}/families?group={g7}"))
            .await;
        assert!(
            !in_7b.contains("/remind"),
            "no round-wide button on a filtered list"
        );
        assert_eq!(listed(&in_7b.body), vec![s.lotte]);
        assert_eq!(summary(&in_7b.body, "Gezinnen"), 1);
        let tess = staff_id(&app, "tess@example.org").await;
        let of_tess = s
            .admin
            .get(&format!("/rounds/{round}/families?teacher={tess}"))
            .await;
        assert_eq!(listed(&of_tess.body), vec![s.lotte]);
        let tom = staff_id(&app, "tom@example.org").await;
        let of_tom = s
            .admin
            .get(&format!(
                "/rounds/{round}/families?teacher={tom}&status=booked"
            ))
            .await;
        assert_eq!(listed(&of_tom.body), vec![s.sem]);

        // Nonsense in the query string is ignored, not an error.
        let odd = s
            .admin
            .get(&format!(
                "/rounds/{round}/families?group=x&status=maybe&page=-4"
            ))
            .await;
        assert_eq!(odd.status, 200);
        assert_eq!(listed(&odd.body).len(), 25);
    }
);

both_backends!(
    a_teachers_filters_stay_within_their_groups,
    |app: TestApp| async move {
        let mut s = scenario::school(&app).await;
        let round = scenario::open_round(&mut s).await;
        more_pupils_in_5a(&app, 3).await;
        let g7 = group_id(&app, "7B").await;
        let tess = staff_id(&app, "tess@example.org").await;

        // Tom (5A) sees 5A's families only, and counts only those.
        let own = s.tom.get(&format!("/rounds/{round}/families")).await;
        assert_eq!(own.status, 200);
        assert!(!listed(&own.body).contains(&s.lotte));
        assert_eq!(summary(&own.body, "Gezinnen"), 5);
        own.assert_contains("Groep 5A");
        assert!(!own.contains("Groep 7B"), "no other group to choose");
        // Another group's id, or another teacher's, in the filter: nothing of that group shown.
        for query in [format!("group={g7}"), format!("teacher={tess}")] {
            let other = s
                .tom
                .get(&format!("/rounds/{round}/families?{query}"))
                .await;
            assert_eq!(other.status, 200);
            assert!(listed(&other.body).is_empty(), "{query}");
            assert!(!other.contains("Lotte"), "{query}");
            assert_eq!(summary(&other.body, "Gezinnen"), 0);
        }

        // Another school's round: Not Found, for the teacher and the administrator alike.
        let at = driehoek::db::now();
        let (other_school,): (i64,) = sqlx::query_as(
            "INSERT INTO schools (name, created_at) VALUES ('Andere school', $1) RETURNING id",
        )
        .bind(at)
        .fetch_one(app.db.write())
        .await
        .unwrap();
        let (other_round,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, created_at) \
         VALUES ($1, 'start', 'Geheime ronde', $2, $3, 10, $2) RETURNING id",
    )
    .bind(other_school)
    .bind(at)
    .bind(at + 86_400)
    .fetch_one(app.db.write())
    .await
    .unwrap();
        for b in [&mut s.tom, &mut s.admin] {
            for path in [
                format!("/rounds/{other_round}/families"),
                format!("/rounds/{other_round}/families?status=open&page=2"),
                format!("/rounds/{other_round}?teacher={tess}"),
            ] {
                let page = b.get(&path).await;
                assert_eq!(page.status, 404, "{path}");
                assert!(!page.contains("Geheime ronde"));
            }
        }
    }
);

both_backends!(
    the_round_page_sums_up_per_teacher,
    |app: TestApp| async move {
        let mut s = scenario::school(&app).await;
        let round = scenario::open_round(&mut s).await;
        let tom = staff_id(&app, "tom@example.org").await;
        let tess = staff_id(&app, "tess@example.org").await;

        // The administrator has no time of their own: a line per teacher, no blocks listed.
        let page = s.admin.get(&format!("/rounds/{round}")).await;
        assert_eq!(page.status, 200);
        page.assert_contains(&format!("?teacher={tom}"));
        page.assert_contains(&format!("?teacher={tess}"));
        assert!(
            !page.contains("/availability/"),
            "no block listed until a teacher is chosen"
        );
        page.assert_contains("0 / 3");

        // One teacher's blocks on demand, with the button to remove them.
        let of_tess = s
            .admin
            .get(&format!("/rounds/{round}?teacher={tess}"))
            .await;
        of_tess.assert_contains("Blokken van Tess Veld");
        of_tess.assert_contains("19:20–20:20");
        assert!(
            !of_tess.contains("19:00–20:00"),
            "Tom's block is not listed"
        );
        assert_eq!(of_tess.body.matches("/availability/").count(), 1);

        // A teacher sees their own blocks by default.
        let own = s.tom.get(&format!("/rounds/{round}")).await;
        own.assert_contains("Blokken van Tom Tuin");
        own.assert_contains("19:00–20:00");
    }
);
