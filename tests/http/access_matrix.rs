//! The access matrix (issue 9, item 15). Every route the app registers (`app::routes().paths()`)
//! is tried by every kind of person who has no business there:
//! - each staff role of school A against school B's objects (other school),
//! - a teacher of group 1 against group 2's objects (other group),
//! - a parent against another family's objects (parent link of another family),
//! - someone signed in nowhere, and a parent, against staff pages.
//!
//! Each such request must be refused (403/404/405, or the sign-in page) and, for every actor,
//! the database must be exactly as it was before their requests. A route that is not in `RULES`
//! fails the test, so a new route cannot ship without someone deciding who may use it.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::both_backends;
use crate::common::{id_from_location, link_in, Browser, TestApp};

/// Who may use a route.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Rule {
    /// Anyone: sign-in, set-up, language, public school pages, health.
    Open,
    /// The token in the path is the credential (a parent's booking link, a password link).
    Token,
    /// Signed-in staff of the school that owns every object in the path, within their reach.
    Staff,
    /// A signed-in parent, for their own children only.
    Parent,
}

use Rule::*;

const RULES: &[(&str, Rule)] = &[
    ("/", Staff),
    ("/healthz", Open),
    ("/beheer", Staff),
    ("/lang/{code}", Open),
    ("/taal", Open),
    ("/begrippen", Open),
    ("/sign-in", Open),
    ("/sign-out", Open),
    ("/sign-in/code", Open),
    ("/sign-in/enrol", Open),
    ("/account", Staff),
    ("/account/mfa", Staff),
    ("/account/password", Staff),
    ("/account/mfa-resets", Staff),
    ("/account/mfa-resets/{id}", Staff),
    ("/setup", Open),
    ("/password/forgot", Open),
    ("/password/set/{token}", Token),
    ("/school", Staff),
    ("/scholen/{id}/praktische-hulp", Open),
    ("/scholen/{id}/wat-we-hoorden", Open),
    ("/staff", Staff),
    ("/staff/new", Staff),
    ("/staff/{id}/edit", Staff),
    ("/staff/{id}/disable", Staff),
    ("/staff/{id}/enable", Staff),
    ("/staff/{id}/resend", Staff),
    ("/groups", Staff),
    ("/groups/new", Staff),
    ("/groups/{id}", Staff),
    ("/groups/{id}/edit", Staff),
    ("/groups/{id}/archive", Staff),
    ("/groups/{id}/restore", Staff),
    ("/pupils", Staff),
    ("/pupils/new", Staff),
    ("/pupils/{id}", Staff),
    ("/pupils/{id}/edit", Staff),
    ("/pupils/{id}/archive", Staff),
    ("/pupils/{id}/restore", Staff),
    ("/pupils/{id}/leaving", Staff),
    ("/pupils/{id}/records/new", Staff),
    ("/pupils/{id}/plan", Staff),
    ("/pupils/{id}/handover", Staff),
    ("/pupils/{id}/agreements", Staff),
    ("/pupils/{id}/contacts", Staff),
    ("/pupils/{id}/opp", Staff),
    ("/pupils/{pupil}/guardians/new", Staff),
    ("/pupils/{pupil}/guardians/{id}/link", Staff),
    ("/pupils/{pupil}/guardians/{id}/unlink", Staff),
    ("/guardians", Staff),
    ("/guardians/{id}", Staff),
    ("/guardians/{id}/edit", Staff),
    ("/guardians/{id}/archive", Staff),
    ("/records/{id}", Staff),
    ("/records/{id}/edit", Staff),
    ("/records/{id}/send-report", Staff),
    ("/agreements/{id}/status", Staff),
    ("/moments/{id}/done", Staff),
    ("/moments/{id}/invite", Staff),
    ("/audit", Staff),
    ("/rounds", Staff),
    ("/rounds/new", Staff),
    ("/rounds/{id}", Staff),
    ("/rounds/{id}/availability", Staff),
    ("/rounds/{id}/availability/{block}/delete", Staff),
    ("/rounds/{id}/families", Staff),
    ("/rounds/{id}/invite", Staff),
    ("/rounds/{id}/remind", Staff),
    ("/rounds/{id}/timetable", Staff),
    ("/rounds/{id}/schedule", Staff),
    ("/rounds/{id}/guardians/{guardian}/resend", Staff),
    ("/rounds/{id}/guardians/{guardian}/revoke", Staff),
    ("/rounds/{id}/guardians/{guardian}/letter", Staff),
    ("/rounds/{id}/letters", Staff),
    ("/rounds/{id}/pupils/{pupil}/attempts", Staff),
    ("/rounds/{id}/pupils/{pupil}/book", Staff),
    ("/rounds/{id}/pupils/{pupil}/constraint", Staff),
    ("/rounds/{id}/bookings/{booking}/attendance", Staff),
    ("/calendar", Staff),
    ("/calendar/{file}", Token),
    ("/b/{token}", Token),
    ("/b/{token}/book", Token),
    ("/b/{token}/pair", Token),
    ("/b/{token}/cancel", Token),
    ("/b/{token}/confirm", Token),
    ("/b/{token}/swap", Token),
    ("/b/{token}/swap/{request}", Token),
    ("/b/{token}/taal", Token),
    ("/coverage", Staff),
    ("/coverage.csv", Staff),
    ("/coverage/board", Staff),
    ("/exit", Staff),
    ("/exit/actions", Staff),
    ("/exit/actions/{id}/status", Staff),
    ("/exit/followups", Staff),
    ("/exit/sessions", Staff),
    ("/exit/sessions/{id}/invite", Staff),
    ("/exit/sessions/{id}/record", Staff),
    ("/exit/sessions/{id}/send-report", Staff),
    ("/gatherings", Staff),
    ("/gatherings/new", Staff),
    ("/gatherings/{id}", Staff),
    ("/gatherings/{id}/invite", Staff),
    ("/gatherings/{id}/remind", Staff),
    ("/gatherings/{id}/attendance", Staff),
    ("/gatherings/{id}/print", Staff),
    ("/rsvp/{token}", Token),
    ("/rsvp/{token}/taal", Token),
    ("/nazorg/{token}", Token),
    ("/nazorg/{token}/taal", Token),
    ("/import", Staff),
    ("/import/{id}", Staff),
    ("/import/{id}/commit", Staff),
    ("/import/{id}/discard", Staff),
    ("/retention", Staff),
    ("/years", Staff),
    ("/years/{id}", Staff),
    ("/years/{id}/first-day", Staff),
    ("/years/{id}/prepare", Staff),
    ("/years/{id}/import", Staff),
    ("/years/{id}/import/apply", Staff),
    ("/years/{id}/import/discard", Staff),
    ("/outbox", Staff),
    ("/outbox/{id}", Staff),
    ("/ouders", Open),
    ("/ouders/link/{token}", Token),
    ("/ouders/link/{token}/taal", Token),
    ("/ouders/taal", Open),
    ("/ouders/kinderen", Parent),
    ("/ouders/afspraken/{id}", Parent),
    ("/ouders/uitloggen", Parent),
    ("/ouders/kinderen/{id}/inzage", Parent),
    ("/ouders/kinderen/{id}/inzage.json", Parent),
    ("/pupils/{id}/inspection", Staff),
    ("/pupils/{id}/inspection.json", Staff),
    ("/privacy", Open),
    // The pupil's part (pupilprep): the school's setting, the mentor's pages, the pupil's link.
    ("/school/leerling-bij-gesprek", Staff),
    ("/rounds/{id}/voorbereiding", Staff),
    ("/rounds/{id}/voorbereiding/slips", Staff),
    ("/rounds/{id}/voorbereiding/mail", Staff),
    ("/rounds/{id}/voorbereiding/{pupil}", Staff),
    ("/leerling/{token}", Token),
    // Buddies (issue 12).
    ("/records/{id}/buddies", Staff),
    ("/buddies", Staff),
    ("/buddies/wishes/{id}/close", Staff),
    ("/buddies/pairs", Staff),
    ("/buddies/pairs/{id}/end", Staff),
    ("/maatje/{token}", Token),
    ("/maatje/{token}/taal", Token),
    // Parents' messages (issue 12).
    ("/ouders/kinderen/{id}/bericht", Parent),
    ("/berichten", Staff),
    ("/berichten/te-laat", Staff),
    ("/berichten/{id}", Staff),
    ("/school/reactietermijn", Staff),
    ("/years/{id}/vakanties", Staff),
    ("/years/{id}/vakanties/{holiday}/verwijderen", Staff),
];

/// What a path parameter names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    School,
    Staff,
    Group,
    Pupil,
    Guardian,
    Record,
    Agreement,
    Moment,
    Round,
    Availability,
    Booking,
    SwapRequest,
    ExitSession,
    /// A gathering of one group (a class reception).
    Gathering,
    ExitAction,
    Import,
    Mail,
    /// A school year (the coming one, which can be prepared).
    Year,
    /// A parent's message (about a pupil of a group) and a holiday of a school year.
    Message,
    Holiday,
    /// A secret or a code, not an id.
    Text,
    /// A buddies wish or pair: the matrix's schools have none, so these are tried with an id
    /// that exists nowhere (tests/http/buddies.rs tries the real ones).
    Buddy,
}

impl Kind {
    /// Objects that belong to one group's side of the school: a teacher of another group has
    /// no business with them.
    fn of_a_group(self) -> bool {
        matches!(
            self,
            Kind::Staff
                | Kind::Group
                | Kind::Pupil
                | Kind::Guardian
                | Kind::Record
                | Kind::Agreement
                | Kind::Moment
                | Kind::Availability
                | Kind::Booking
                | Kind::Message
                | Kind::Gathering
        )
    }
}

/// The parameters of a path template with what each names, e.g. `/rounds/{id}/pupils/{pupil}`
/// gives [("{id}", Round), ("{pupil}", Pupil)].
fn params(path: &str) -> Vec<(String, Kind)> {
    let segments: Vec<&str> = path.split('/').collect();
    let mut out = Vec::new();
    for (i, seg) in segments.iter().enumerate() {
        if !seg.starts_with('{') {
            continue;
        }
        let before = if i > 0 { segments[i - 1] } else { "" };
        let kind = match (*seg, before) {
            ("{pupil}", _) => Kind::Pupil,
            ("{guardian}", _) => Kind::Guardian,
            ("{block}", _) => Kind::Availability,
            ("{booking}", _) => Kind::Booking,
            ("{holiday}", _) => Kind::Holiday,
            ("{id}", "berichten") => Kind::Message,
            ("{request}", _) => Kind::SwapRequest,
            ("{token}" | "{file}" | "{code}", _) => Kind::Text,
            ("{id}", "pupils" | "kinderen") => Kind::Pupil,
            ("{id}", "groups") => Kind::Group,
            ("{id}", "rounds") => Kind::Round,
            ("{id}", "records") => Kind::Record,
            ("{id}", "guardians") => Kind::Guardian,
            ("{id}", "agreements" | "afspraken") => Kind::Agreement,
            ("{id}", "moments") => Kind::Moment,
            ("{id}", "sessions") => Kind::ExitSession,
            ("{id}", "gatherings") => Kind::Gathering,
            ("{id}", "actions") => Kind::ExitAction,
            ("{id}", "import") => Kind::Import,
            ("{id}", "outbox") => Kind::Mail,
            ("{id}", "years") => Kind::Year,
            ("{id}", "staff" | "mfa-resets") => Kind::Staff,
            ("{id}", "scholen") => Kind::School,
            ("{id}", "wishes" | "pairs") => Kind::Buddy,
            other => panic!("{path}: parameter {other:?} names nothing the matrix knows"),
        };
        out.push((seg.to_string(), kind));
    }
    out
}

/// One school's objects, two groups of each kind where a kind belongs to a group.
struct Side {
    school: i64,
    /// kind → [object of group 1, object of group 2] (school-wide kinds: the same twice).
    ids: BTreeMap<Kind, [i64; 2]>,
}

impl Side {
    /// The path with this school's objects: group 1's side (`group` 0) or group 2's (1).
    fn fill(&self, path: &str, group: usize) -> String {
        let mut out = path.to_string();
        for (param, kind) in params(path) {
            let value = match kind {
                Kind::Text => "not-a-real-secret-0000000000000000".to_string(),
                Kind::School => self.school.to_string(),
                k => self.ids.get(&k).map(|v| v[group]).unwrap_or(0).to_string(),
            };
            out = out.replacen(&param, &value, 1);
        }
        out
    }
}

async fn one(app: &TestApp, sql: &str, a: i64, b: i64) -> i64 {
    let row: (Option<i64>,) = sqlx::query_as(sql)
        .bind(a)
        .bind(b)
        .fetch_one(app.db.read())
        .await
        .unwrap();
    row.0
        .unwrap_or_else(|| panic!("the world lacks an object for: {sql}"))
}

/// The people and objects of one school, made through the pages the way its staff make them.
struct School {
    side: Side,
    admin: Browser,
    boss: Browser,
    teacher: Browser,
    parent_email: String,
}

async fn build_school(app: &TestApp, mut admin: Browser, tag: &str) -> School {
    let today = driehoek::timefmt::iso(driehoek::timefmt::today());
    let later = |days: i64| {
        driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_add(time::Duration::days(days)),
        )
    };
    let mut groups = Vec::new();
    let mut pupils = Vec::new();
    admin.get("/groups/new").await;
    for (n, name) in ["5A", "7B"].iter().enumerate() {
        let page = admin
            .post("/groups/new", &[("name", name), ("school_type", "po")])
            .await;
        let group = id_from_location(&page.location.expect("group made"));
        groups.push(group);
        let page = admin
            .post(
                "/pupils/new",
                &[
                    ("external_id", &format!("90{n}")),
                    ("first_name", &format!("Kind{n}")),
                    ("last_name", &format!("Familie{tag}{n}")),
                    ("date_of_birth", "14-03-2016"),
                    ("group_id", &group.to_string()),
                ],
            )
            .await;
        let pupil = id_from_location(&page.location.expect("pupil made"));
        pupils.push(pupil);
        let path = format!("/pupils/{pupil}/guardians/new");
        admin.get(&path).await;
        admin
            .post(
                &path,
                &[
                    ("name", &format!("Ouder {tag}{n}")),
                    ("email", &format!("ouder{n}.{tag}@example.org")),
                    ("relationship", "mother"),
                    ("parental_authority", "on"),
                    ("receives_invitations", "on"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{pupil}"));
    }
    let mut teachers = Vec::new();
    for (n, group) in groups.iter().enumerate() {
        let email = format!("leraar{n}.{tag}@example.org");
        let b = app
            .staff_member(&mut admin, "Leraar", &email, &["teacher"], &[*group])
            .await;
        teachers.push(b);
    }
    let boss_email = format!("directie.{tag}@example.org");
    let boss = app
        .staff_member(
            &mut admin,
            "Directie",
            &boss_email,
            &["director", "care_coordinator"],
            &[],
        )
        .await;

    // A school-wide round with both groups, times from both teachers, invitations sent and one
    // booking per pupil made by its teacher.
    admin.get("/rounds/new").await;
    let mut fields: Vec<(&str, String)> = vec![
        ("kind", "start".into()),
        ("title", "Startgesprekken".into()),
        ("opens_date", today.clone()),
        ("opens_time", "00:00".into()),
        ("closes_date", later(14)),
        ("closes_time", "20:00".into()),
        ("slot_minutes", "20".into()),
        ("gap_minutes", "0".into()),
        ("form", "school".into()),
        ("location", "lokaal 1".into()),
        ("attendees", "".into()),
        ("pupil_expected", "on".into()),
        ("invitation_text", "".into()),
        ("reminder_hours", "24".into()),
    ];
    for g in &groups {
        fields.push(("group", g.to_string()));
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = admin.post("/rounds/new", &pairs).await;
    let round = id_from_location(&page.location.expect("round made"));
    for t in &mut teachers {
        t.get(&format!("/rounds/{round}")).await;
        t.post(
            &format!("/rounds/{round}/availability"),
            &[("day", &later(2)), ("starts", "19:00"), ("ends", "20:00")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}"));
    }
    admin.get(&format!("/rounds/{round}")).await;
    admin.post(&format!("/rounds/{round}/invite"), &[]).await;
    for (n, t) in teachers.iter_mut().enumerate() {
        let pupil = pupils[n];
        let slot = one(
            app,
            "SELECT MIN(s.id) FROM slots s JOIN availability a ON a.id = s.availability_id \
             JOIN group_staff gs ON gs.staff_id = a.staff_id WHERE s.round_id = $1 AND gs.group_id = $2",
            round,
            groups[n],
        )
        .await;
        let guardian = one(
            app,
            "SELECT MIN(guardian_id) FROM pupil_guardians WHERE pupil_id = $1 AND $2 = $2",
            pupil,
            0,
        )
        .await;
        t.get(&format!("/rounds/{round}/families")).await;
        t.post(
            &format!("/rounds/{round}/pupils/{pupil}/book"),
            &[
                ("slot", &slot.to_string()),
                ("guardian", &guardian.to_string()),
            ],
        )
        .await;

        // A draft record, an agreement and a plan with one contact moment.
        t.get(&format!("/pupils/{pupil}")).await;
        t.post(
            &format!("/pupils/{pupil}/records/new"),
            &[
                ("kind", "start"),
                ("held_on", &today),
                ("form", "school"),
                ("a-proud", "Tekeningen"),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect_to("/records/");
        // A class reception for the teacher's own group, families invited.
        t.get("/gatherings/new").await;
        let page = t
            .post(
                "/gatherings",
                &[
                    ("kind", "reception"),
                    ("audience", "groups"),
                    ("group", &groups[n].to_string()),
                    ("title", "Kennismaking"),
                    ("day", &later(9)),
                    ("time", "19:00"),
                ],
            )
            .await;
        let gathering = id_from_location(&page.location.expect("gathering made"));
        t.get(&format!("/gatherings/{gathering}")).await;
        t.post(&format!("/gatherings/{gathering}/invite"), &[])
            .await;
        t.post(
            &format!("/pupils/{pupil}/agreements"),
            &[("ag1-topic", "Lezen"), ("ag1-school", "Elke week leesles")],
        )
        .await;
        t.post(
            &format!("/pupils/{pupil}/plan"),
            &[
                ("channel", "phone"),
                ("reachable", "na schooltijd"),
                ("m1-description", "Bellen"),
                ("m1-due", &later(3)),
                ("m1-channel", "phone"),
            ],
        )
        .await;
        // A parent's message about the pupil (the parent's page is tested in messages.rs).
        sqlx::query(
            "INSERT INTO parent_messages (school_id, pupil_id, guardian_id, body, sent_at, due_on) \
             SELECT p.school_id, p.id, MIN(l.guardian_id), 'Vraag', 0, '2026-01-01' FROM pupils p \
             JOIN pupil_guardians l ON l.pupil_id = p.id WHERE p.id = $1 GROUP BY p.school_id, p.id",
        )
        .bind(pupil)
        .execute(app.db.write())
        .await
        .unwrap();
    }
    // The school-wide things: an exit evening, an action, an import waiting for its preview.
    let mut boss = boss;
    boss.get("/exit").await;
    boss.post(
        "/exit/sessions",
        &[
            ("kind", "cafe"),
            ("title", "Oudercafé"),
            ("day", &later(5)),
            ("time", "19:30"),
            ("place", "aula"),
            ("capacity", "20"),
        ],
    )
    .await;
    boss.post(
        "/exit/actions",
        &[
            ("what", "Ouderavond"),
            ("owner", "Directie"),
            ("due_on", &later(30)),
            ("source", ""),
        ],
    )
    .await;
    admin.get("/import").await;
    admin
        .upload_csv(
            "leerlingen.csv",
            format!(
                "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep\n\
                 95{tag};Jansen;;Piet;01-02-2016;5A\n"
            )
            .into_bytes(),
        )
        .await;

    // The coming school year, so its preparation page has a year to open.
    let years = admin.get("/years").await;
    let field = |name: &str| {
        years
            .body
            .split(&format!("name=\"{name}\" type=\"date\" value=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    let (starts, first, ends) = (
        field("year_starts_on"),
        field("year_first_day"),
        field("year_ends_on"),
    );
    admin
        .post(
            "/years",
            &[
                ("year_name", "volgend jaar"),
                ("year_starts_on", &starts),
                ("year_first_day", &first),
                ("year_ends_on", &ends),
            ],
        )
        .await
        .assert_redirect_to("/years/");
    let year = one(app, "SELECT MIN(id) FROM school_years WHERE is_current = 1 AND id IN (SELECT school_year_id FROM groups WHERE id = $1) AND $2 = $2", groups[0], 0).await;
    admin.get(&format!("/years/{year}")).await;
    admin
        .post(
            &format!("/years/{year}/vakanties"),
            &[
                ("holiday_name", "Kerst"),
                ("holiday_from", &later(40)),
                ("holiday_to", &later(50)),
            ],
        )
        .await
        .assert_redirect_to("/years/");
    let school = one(
        app,
        "SELECT MIN(school_id) FROM groups WHERE id = $1 AND $2 = $2",
        groups[0],
        0,
    )
    .await;
    let mut ids = BTreeMap::new();
    // (kind, query for the object of school $1 on group $2's side)
    let per_group: &[(Kind, &str)] = &[
        (Kind::Group, "SELECT MIN(id) FROM groups WHERE school_id = $1 AND id = $2"),
        (Kind::Pupil, "SELECT MIN(id) FROM pupils WHERE school_id = $1 AND group_id = $2"),
        (
            Kind::Staff,
            "SELECT MIN(s.id) FROM staff s JOIN group_staff gs ON gs.staff_id = s.id \
             WHERE s.school_id = $1 AND gs.group_id = $2",
        ),
        (
            Kind::Guardian,
            "SELECT MIN(pg.guardian_id) FROM pupil_guardians pg JOIN pupils p ON p.id = pg.pupil_id \
             WHERE p.school_id = $1 AND p.group_id = $2",
        ),
        (
            Kind::Record,
            "SELECT MIN(r.id) FROM records r JOIN pupils p ON p.id = r.pupil_id \
             WHERE r.school_id = $1 AND p.group_id = $2",
        ),
        (
            Kind::Agreement,
            "SELECT MIN(a.id) FROM agreements a JOIN pupils p ON p.id = a.pupil_id \
             WHERE a.school_id = $1 AND p.group_id = $2",
        ),
        (
            Kind::Message,
            "SELECT MIN(m.id) FROM parent_messages m JOIN pupils p ON p.id = m.pupil_id \
             WHERE m.school_id = $1 AND p.group_id = $2",
        ),
        (
            Kind::Moment,
            "SELECT MIN(m.id) FROM contact_moments m JOIN plans pl ON pl.id = m.plan_id \
             JOIN pupils p ON p.id = pl.pupil_id WHERE pl.school_id = $1 AND p.group_id = $2",
        ),
        (
            Kind::Availability,
            "SELECT MIN(a.id) FROM availability a JOIN group_staff gs ON gs.staff_id = a.staff_id \
             JOIN rounds r ON r.id = a.round_id WHERE r.school_id = $1 AND gs.group_id = $2",
        ),
        (
            Kind::Booking,
            "SELECT MIN(b.id) FROM bookings b JOIN pupils p ON p.id = b.pupil_id \
             WHERE p.school_id = $1 AND p.group_id = $2",
        ),
        (
            Kind::Gathering,
            "SELECT MIN(ga.id) FROM gatherings ga JOIN gathering_groups gg ON gg.gathering_id = ga.id \
             WHERE ga.school_id = $1 AND gg.group_id = $2",
        ),
    ];
    for (kind, sql) in per_group {
        let a = one(app, sql, school, groups[0]).await;
        let b = one(app, sql, school, groups[1]).await;
        ids.insert(*kind, [a, b]);
    }
    let school_wide: &[(Kind, &str)] = &[
        (
            Kind::Round,
            "SELECT MIN(id) FROM rounds WHERE school_id = $1 AND $2 = $2",
        ),
        (
            Kind::ExitSession,
            "SELECT MIN(id) FROM gatherings WHERE school_id = $1 AND kind = 'exit' AND $2 = $2",
        ),
        (
            Kind::ExitAction,
            "SELECT MIN(id) FROM exit_actions WHERE school_id = $1 AND $2 = $2",
        ),
        (
            Kind::Import,
            "SELECT MIN(id) FROM imports WHERE school_id = $1 AND $2 = $2",
        ),
        (
            Kind::Holiday,
            "SELECT MIN(id) FROM school_holidays WHERE school_id = $1 AND $2 = $2",
        ),
        (
            Kind::Mail,
            "SELECT MIN(id) FROM outbox WHERE school_id = $1 AND $2 = $2",
        ),
        (
            Kind::Year,
            "SELECT MIN(id) FROM school_years WHERE school_id = $1 AND switched_at IS NULL AND $2 = $2",
        ),
    ];
    for (kind, sql) in school_wide {
        let id = one(app, sql, school, 0).await;
        ids.insert(*kind, [id, id]);
    }
    let teacher = teachers.into_iter().next().unwrap();
    School {
        side: Side { school, ids },
        admin,
        boss,
        teacher,
        parent_email: format!("ouder0.{tag}@example.org"),
    }
}

/// Tables whose rows a refused request may still touch: the caller's own session (last seen),
/// the audit and throttling logs, and the scheduler's bookkeeping.
const VOLATILE: &[&str] = &[
    "_sqlx_migrations",
    "sessions",
    "parent_sessions",
    "audit_log",
    "login_failures",
];

/// Every row of every table (but the volatile ones), as text: equal before and after means the
/// requests in between changed nothing.
async fn snapshot(app: &TestApp) -> BTreeMap<String, Vec<String>> {
    let list = if matches!(app.backend, crate::common::Backend::Postgres) {
        "SELECT table_name::TEXT FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    };
    let tables: Vec<(String,)> = sqlx::query_as(list).fetch_all(app.db.read()).await.unwrap();
    let mut out = BTreeMap::new();
    for (table,) in tables {
        if VOLATILE.contains(&table.as_str()) {
            continue;
        }
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(app.db.read())
            .await
            .unwrap();
        let mut lines: Vec<String> = rows
            .iter()
            .map(|row| {
                (0..row.columns().len())
                    .map(|i| {
                        if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<String>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
                            format!("{v:?}")
                        } else if let Ok(v) = row.try_get::<Option<Vec<u8>>, _>(i) {
                            format!("{} bytes", v.map(|b| b.len()).unwrap_or(0))
                        } else {
                            "?".to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        lines.sort();
        out.insert(table, lines);
    }
    out
}

fn changed_tables(
    before: &BTreeMap<String, Vec<String>>,
    after: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    after
        .iter()
        .filter(|(t, rows)| before.get(*t) != Some(rows))
        .map(|(t, rows)| {
            let old = &before[t];
            let gone: Vec<&String> = old.iter().filter(|r| !rows.contains(r)).collect();
            let new: Vec<&String> = rows.iter().filter(|r| !old.contains(r)).collect();
            format!("{t}: was {gone:?}, now {new:?}")
        })
        .collect()
}

fn refused(status: u16, location: Option<&str>) -> bool {
    (403..=405).contains(&status)
        || (status == 303
            && location.is_some_and(|l| l.starts_with("/sign-in") || l.starts_with("/ouders")))
}

/// A form that the route's handler accepts, so that a refusal is the access rule speaking and
/// not the form's parser.
fn form_for(template: &str) -> &'static [(&'static str, &'static str)] {
    match template {
        "/pupils/{id}/contacts" => &[("channel", "phone"), ("summary", "Gebeld")],
        "/pupils/{id}/opp" => &[("status", "asked"), ("note", "Gevraagd")],
        "/agreements/{id}/status" | "/exit/actions/{id}/status" => &[("status", "done")],
        "/rounds/{id}/pupils/{pupil}/attempts" => &[("channel", "phone"), ("note", "Gebeld")],
        "/rounds/{id}/bookings/{booking}/attendance" => &[("value", "held")],
        _ => &[],
    }
}

/// Tries `paths` (already filled in) with GET and POST; returns what was not refused.
async fn try_all(b: &mut Browser, paths: &[(String, String)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (template, path) in paths {
        let get = b.get(path).await;
        let post = b.post(path, form_for(template)).await;
        for (method, page) in [("GET", &get), ("POST", &post)] {
            if !refused(page.status, page.location.as_deref()) {
                wrong.push(format!(
                    "{method} {path} ({template}) answered {} {:?}",
                    page.status, page.location
                ));
            }
        }
    }
    wrong
}

/// A form token that works: an allowed post is answered, not refused (so the refusals above
/// are the access rules speaking, not a stale token).
async fn token_works(b: &mut Browser, pupil: i64) {
    b.get("/").await;
    let page = b.post(&format!("/pupils/{pupil}/agreements"), &[]).await;
    assert_eq!(page.status, 303, "an empty agreement form is answered");
    assert!(page
        .location
        .as_deref()
        .is_some_and(|l| l.contains("problem-agreement-incomplete")));
}

both_backends!(
    mail every_route_refuses_everyone_without_business,
    |app: TestApp, _sink| async move {
        // Every route has a rule, and every rule a route.
        let routes = driehoek::app::routes();
        let known: Vec<&str> = RULES.iter().map(|(p, _)| *p).collect();
        let missing: Vec<&&str> = routes.paths().iter().filter(|p| !known.contains(p)).collect();
        assert!(missing.is_empty(), "routes without an access rule: {missing:?}");
        let stale: Vec<&&str> = known.iter().filter(|p| !routes.paths().contains(p)).collect();
        assert!(stale.is_empty(), "rules for routes that no longer exist: {stale:?}");

        let a = build_school(&app, app.admin().await, "a").await;
        driehoek::staff::add_school(&app.state, "Het Kompas", "Karin Kompas", "karin@example.org")
            .await
            .unwrap();
        let (_, text) = app.last_mail_to("karin@example.org").await.unwrap();
        let path = link_in(&text).unwrap().strip_prefix(&app.base).unwrap().to_string();
        let mut karin = app.browser();
        karin.get(&path).await;
        karin
            .post(
                &path,
                &[("password", crate::common::PASSWORD), ("confirm", crate::common::PASSWORD)],
            )
            .await
            .assert_redirect_to("/");
        let b = build_school(&app, karin, "b").await;
        app.wait_outbox_drained(std::time::Duration::from_secs(20)).await;

        let staff_routes: Vec<&str> = RULES
            .iter()
            .filter(|(_, r)| *r == Staff)
            .map(|(p, _)| *p)
            .collect();
        let with_objects: Vec<&str> = staff_routes
            .iter()
            .copied()
            .filter(|p| params(p).iter().any(|(_, k)| *k != Kind::Text))
            .collect();

        // Positive control: with school A's own objects somebody of school A opens every page,
        // so the ids the matrix puts in the paths are the right ones.
        let School { side: a_side, mut admin, mut boss, mut teacher, parent_email } = a;
        for path in &with_objects {
            let filled = a_side.fill(path, 0);
            let mut opened = false;
            for who in [&mut admin, &mut boss, &mut teacher] {
                let page = who.get(&filled).await;
                assert!(page.status < 500, "GET {filled} failed with {}", page.status);
                if page.status == 200 || (page.status == 303 && !refused(303, page.location.as_deref())) {
                    opened = true;
                }
            }
            // Post-only routes answer GET with 405 for everyone; the refusals below still count.
            let post_only = admin.get(&filled).await.status == 405;
            assert!(opened || post_only, "nobody of the school could open {filled}");
        }

        // Other school: every staff role of school A against school B's objects.
        let other_school: Vec<(String, String)> = with_objects
            .iter()
            .map(|p| (p.to_string(), b.side.fill(p, 0)))
            .collect();
        for (name, who) in [("admin", &mut admin), ("director", &mut boss), ("teacher", &mut teacher)] {
            token_works(who, a_side.ids[&Kind::Pupil][0]).await;
            let before = snapshot(&app).await;
            let wrong = try_all(who, &other_school).await;
            let after = snapshot(&app).await;
            assert!(wrong.is_empty(), "{name} of school A reached school B:\n{}", wrong.join("\n"));
            let changed = changed_tables(&before, &after);
            assert!(changed.is_empty(), "{name}'s refused requests changed {changed:?}");
            token_works(who, a_side.ids[&Kind::Pupil][0]).await;
        }

        // Other group: the teacher of group 1 against group 2's objects (school-wide objects
        // of their own school stay in the path, so only the group's side is foreign).
        let other_group: Vec<(String, String)> = with_objects
            .iter()
            .filter(|p| params(p).iter().any(|(_, k)| k.of_a_group()))
            .map(|p| (p.to_string(), a_side.fill(p, 1)))
            .collect();
        let before = snapshot(&app).await;
        let wrong = try_all(&mut teacher, &other_group).await;
        let after = snapshot(&app).await;
        assert!(wrong.is_empty(), "the teacher of group 1 reached group 2:\n{}", wrong.join("\n"));
        let changed = changed_tables(&before, &after);
        assert!(changed.is_empty(), "the teacher's refused requests changed {changed:?}");

        // Nobody signed in, and a parent, on every staff page.
        let mut parent = app.browser();
        parent.get("/ouders").await;
        parent.post("/ouders", &[("email", &parent_email)]).await;
        let (_, text) = app.last_mail_to(&parent_email).await.expect("sign-in mail");
        let link = link_in(&text).unwrap().strip_prefix(&app.base).unwrap().to_string();
        parent.get(&link).await;
        parent.post(&link, &[]).await.assert_redirect_to("/ouders/kinderen");
        app.wait_outbox_drained(std::time::Duration::from_secs(20)).await;
        let staff_pages: Vec<(String, String)> = staff_routes
            .iter()
            .map(|p| (p.to_string(), a_side.fill(p, 0)))
            .collect();
        let mut nobody = app.browser();
        nobody.get("/sign-in").await;
        for (name, who) in [("nobody", &mut nobody), ("a parent", &mut parent)] {
            let before = snapshot(&app).await;
            let wrong = try_all(who, &staff_pages).await;
            let after = snapshot(&app).await;
            assert!(wrong.is_empty(), "{name} reached staff pages:\n{}", wrong.join("\n"));
            let changed = changed_tables(&before, &after);
            assert!(changed.is_empty(), "{name}'s refused requests changed {changed:?}");
        }

        // A parent against another family's objects: school A's other group, and school B.
        let others: Vec<(String, String)> = RULES
            .iter()
            .filter(|(p, r)| *r == Parent && params(p).iter().any(|(_, k)| *k != Kind::Text))
            .flat_map(|(p, _)| {
                [
                    (p.to_string(), a_side.fill(p, 1)),
                    (p.to_string(), b.side.fill(p, 0)),
                ]
            })
            .collect();
        assert!(!others.is_empty());
        let before = snapshot(&app).await;
        let wrong = try_all(&mut parent, &others).await;
        let after = snapshot(&app).await;
        assert!(wrong.is_empty(), "a parent reached another family:\n{}", wrong.join("\n"));
        let changed = changed_tables(&before, &after);
        assert!(changed.is_empty(), "the parent's refused requests changed {changed:?}");

        // A link that is no link: every token route refuses and changes nothing.
        let tokens: Vec<(String, String)> = RULES
            .iter()
            .filter(|(_, r)| *r == Token)
            .map(|(p, _)| (p.to_string(), a_side.fill(p, 0)))
            .collect();
        let mut stranger = app.browser();
        let before = snapshot(&app).await;
        for (template, path) in &tokens {
            for page in [stranger.get(path).await, stranger.post(path, &[]).await] {
                assert!(
                    page.status < 500
                        && (page.status != 303 || refused(page.status, page.location.as_deref())),
                    "{template}: a made-up link answered {} {:?}",
                    page.status,
                    page.location
                );
                assert!(!page.body.contains("Kind0"), "{template}: a made-up link shows a child");
            }
        }
        let after = snapshot(&app).await;
        let changed = changed_tables(&before, &after);
        assert!(changed.is_empty(), "made-up links changed {changed:?}");
    }
);
