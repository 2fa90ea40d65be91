//! Reading at scale: how long the staff pages of a big school take and how big they are.
//!
//! A benchmark, not a test. It builds one or more big schools (or reuses a database built by an
//! earlier run, `--db`), opens a round for every group with evenings of availability and about
//! 60% of the pupils booked, starts the real server binary as a child process (timing its
//! start-up until `/healthz` answers), signs in as the first school's director (also a board
//! member) and as one of its teachers, and fetches each page `--runs` times one after the other
//! on an otherwise idle server. Reported per page: the median and the slowest response time
//! (measured at the client over loopback, so server time plus a little) and the HTML size.
//!
//!     cargo build --release && cargo build --release --example pages
//!     target/release/examples/pages                                   # SQLite, ~10,000 pupils
//!     target/release/examples/pages --schools 3 --families 6200 \
//!         --database-url postgres://postgres@127.0.0.1:55433/postgres  # PostgreSQL, ~25,000 pupils
//!     target/release/examples/pages --db sqlite:///tmp/x/pages.db     # reuse a kept database
//!
//! See docs/PERFORMANCE.md ("Reading at scale") for the results.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context};
use clap::Parser;
use sqlx::Connection;
use time::macros::time;

use driehoek::db::{now, Db};
use driehoek::demo;
use driehoek::rounds::cut_slots;
use driehoek::timefmt;

#[derive(Parser, Debug, Clone)]
#[command(about = "Reading at scale: response time and size of the staff pages of a big school")]
struct Opts {
    /// Families per generated school (7,450 families make about 10,000 pupils).
    #[arg(long, default_value_t = 7450)]
    families: usize,
    /// Schools in the installation (the board view sums them all up).
    #[arg(long, default_value_t = 1)]
    schools: usize,
    /// With postgres://…, an admin URL used to create a fresh `driehoek_pages_<n>` database.
    /// Default: a fresh SQLite file in a temporary directory.
    #[arg(long)]
    database_url: Option<String>,
    /// Reuse a database an earlier run prepared (and kept); nothing is generated.
    #[arg(long)]
    db: Option<String>,
    /// The server binary (run with `serve`).
    #[arg(long, default_value = "target/release/driehoek")]
    server: PathBuf,
    /// Requests per page (after two warm-up requests).
    #[arg(long, default_value_t = 15)]
    runs: usize,
    /// Keep the generated database (and print its URL for `--db`).
    #[arg(long)]
    keep: bool,
}

const ROUND_TITLE: &str = "Reading at scale";
const SLOT_MINUTES: i64 = 15;
const EVENING_FROM: time::Time = time!(17:00);
const EVENING_TO: time::Time = time!(21:30);

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let opts = Opts::parse();
    match run(opts).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pages: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(opts: Opts) -> anyhow::Result<()> {
    sqlx::any::install_default_drivers();
    let dir = std::env::temp_dir().join(format!("driehoek-pages-{}-{}", std::process::id(), now()));
    std::fs::create_dir_all(&dir)?;
    let (url, fresh_pg) = match (&opts.db, &opts.database_url) {
        (Some(url), _) => (url.clone(), None),
        (None, None) => (format!("sqlite://{}", dir.join("pages.db").display()), None),
        (None, Some(admin)) => {
            let name = create_pg_database(admin).await?;
            (with_database(admin, &name)?, Some((admin.clone(), name)))
        }
    };
    if opts.db.is_none() {
        let started = Instant::now();
        let pupils = prepare(&opts, &url).await?;
        println!(
            "prepared {} school(s), {pupils} pupils, in {:.0} s",
            opts.schools,
            started.elapsed().as_secs_f64()
        );
    }
    let result = measure(&opts, &url, &dir).await;
    if opts.keep || opts.db.is_some() {
        println!("database: {url}");
    } else {
        let _ = std::fs::remove_dir_all(&dir);
        if let Some((admin, name)) = fresh_pg {
            let mut conn = sqlx::AnyConnection::connect(&admin).await?;
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&mut conn)
                .await?;
        }
    }
    result
}

async fn create_pg_database(admin: &str) -> anyhow::Result<String> {
    ensure!(
        admin.starts_with("postgres://") || admin.starts_with("postgresql://"),
        "--database-url must be a postgres:// admin URL"
    );
    let mut conn = sqlx::AnyConnection::connect(admin).await?;
    let name = format!("driehoek_pages_{}", now());
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await?;
    Ok(name)
}

/// `postgres://u@h:p/admin?x=y` with another database name.
fn with_database(url: &str, name: &str) -> anyhow::Result<String> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let scheme_end = base.find("://").context("URL without scheme")? + 3;
    let host = base[scheme_end..].split('/').next().unwrap_or_default();
    let mut out = format!("{}{}/{}", &base[..scheme_end], host, name);
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Preparing the schools
// ---------------------------------------------------------------------------------------------

/// Generates the schools; returns the number of pupils.
async fn prepare(opts: &Opts, url: &str) -> anyhow::Result<usize> {
    let db = Db::connect(url).await?;
    db.migrate().await?;
    let mut pupils = 0;
    for k in 0..opts.schools {
        // The first school uses the demo seed: its staff sign in without a second factor.
        let mut school = demo::data::demo_school_sized(demo::DEMO_SEED + k as u64, opts.families);
        if k > 0 {
            for s in &mut school.staff {
                s.email = s.email.replacen('@', &format!("+s{k}@"), 1);
            }
            school.name = format!("{} ({k})", school.name);
        }
        pupils += school.pupil_count();
        let school_id = demo::insert_school(&db, &school).await?;
        prepare_round(&db, school_id).await?;
    }
    // The first school's director also sits on the board.
    sqlx::query(
        "UPDATE staff SET is_board = 1 WHERE id = (SELECT MIN(id) FROM staff WHERE is_director = 1)",
    )
    .execute(db.write())
    .await?;
    if url.starts_with("postgres") {
        sqlx::query("ANALYZE").execute(db.write()).await?;
    }
    db.close().await;
    Ok(pupils)
}

/// A round for every group: each teacher has enough evenings for all their pupils, every
/// guardian is invited, and about 60% of the pupils have booked.
async fn prepare_round(db: &Db, school_id: i64) -> anyhow::Result<()> {
    let at = now();
    let mut tx = db.begin().await?;
    let (round_id,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, created_at) \
         VALUES ($1, 'start', $2, $3, $4, $5, 0, $3) RETURNING id",
    )
    .bind(school_id)
    .bind(ROUND_TITLE)
    .bind(at - 3600)
    .bind(at + 14 * 24 * 3600)
    .bind(SLOT_MINUTES)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO round_groups (round_id, group_id) SELECT $1, id FROM groups WHERE school_id = $2",
    )
    .bind(round_id)
    .bind(school_id)
    .execute(&mut *tx)
    .await?;
    let group_staff: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT gs.group_id, gs.staff_id FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         WHERE g.school_id = $1 ORDER BY gs.group_id, gs.staff_id",
    )
    .bind(school_id)
    .fetch_all(&mut *tx)
    .await?;
    let sizes: HashMap<i64, i64> = sqlx::query_as::<_, (i64, i64)>(
        "SELECT group_id, COUNT(*) FROM pupils WHERE school_id = $1 AND group_id IS NOT NULL GROUP BY group_id",
    )
    .bind(school_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .collect();
    let mut load: HashMap<i64, i64> = HashMap::new();
    for (g, s) in &group_staff {
        *load.entry(*s).or_default() += sizes.get(g).copied().unwrap_or(0);
    }
    let today = timefmt::today();
    let per_evening = cut_slots(
        timefmt::from_amsterdam(today, EVENING_FROM),
        timefmt::from_amsterdam(today, EVENING_TO),
        SLOT_MINUTES,
        0,
    )
    .len() as i64;
    let mut teachers: Vec<(i64, i64)> = load.into_iter().collect();
    teachers.sort_unstable();
    for (staff, pupils) in &teachers {
        let evenings = (pupils / per_evening + 1).max(2);
        for k in 0..evenings {
            let day = today + time::Duration::days(3 + k);
            let (block,): (i64,) = sqlx::query_as(
                "INSERT INTO availability (round_id, staff_id, day, starts, ends, created_at) \
                 VALUES ($1, $2, $3, '17:00', '21:30', $4) RETURNING id",
            )
            .bind(round_id)
            .bind(staff)
            .bind(timefmt::iso(day))
            .bind(at)
            .fetch_one(&mut *tx)
            .await?;
            let values = cut_slots(
                timefmt::from_amsterdam(day, EVENING_FROM),
                timefmt::from_amsterdam(day, EVENING_TO),
                SLOT_MINUTES,
                0,
            )
            .iter()
            .map(|(s, e)| format!("({round_id}, {staff}, {block}, {s}, {e})"))
            .collect::<Vec<_>>()
            .join(", ");
            sqlx::query(&format!(
                "INSERT INTO slots (round_id, staff_id, availability_id, starts_at, ends_at) VALUES {values}"
            ))
            .execute(&mut *tx)
            .await?;
        }
    }
    sqlx::query(
        "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at, sent_at) \
         SELECT DISTINCT $1, l.guardian_id, 'pages-' || l.guardian_id, $2, $2 FROM pupil_guardians l \
         JOIN pupils p ON p.id = l.pupil_id WHERE p.school_id = $3 AND l.receives_invitations = 1",
    )
    .bind(round_id)
    .bind(at)
    .bind(school_id)
    .execute(&mut *tx)
    .await?;
    // Book 3 of every 5 pupils with the first teacher of their group, in the next free slot.
    let pupils: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT p.id, p.group_id, MIN(i.id) FROM pupils p JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN invitations i ON i.guardian_id = l.guardian_id AND i.round_id = $1 \
         WHERE p.school_id = $2 GROUP BY p.id, p.group_id ORDER BY p.id",
    )
    .bind(round_id)
    .bind(school_id)
    .fetch_all(&mut *tx)
    .await?;
    let slots: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT staff_id, id FROM slots WHERE round_id = $1 ORDER BY staff_id, starts_at",
    )
    .bind(round_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut free: HashMap<i64, std::vec::IntoIter<i64>> = HashMap::new();
    {
        let mut by_teacher: HashMap<i64, Vec<i64>> = HashMap::new();
        for (staff, slot) in slots {
            by_teacher.entry(staff).or_default().push(slot);
        }
        for (staff, list) in by_teacher {
            free.insert(staff, list.into_iter());
        }
    }
    let first_teacher: HashMap<i64, i64> = group_staff.iter().rev().copied().collect();
    let mut rows = Vec::new();
    for (n, (pupil, group, invitation)) in pupils.iter().enumerate() {
        if n % 5 >= 3 {
            continue;
        }
        let Some(slot) = first_teacher
            .get(group)
            .and_then(|t| free.get_mut(t))
            .and_then(Iterator::next)
        else {
            continue;
        };
        rows.push(format!("({round_id}, {slot}, {pupil}, {invitation}, {at})"));
    }
    for chunk in rows.chunks(200) {
        sqlx::query(&format!(
            "INSERT INTO bookings (round_id, slot_id, pupil_id, invitation_id, created_at) VALUES {}",
            chunk.join(", ")
        ))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The server and the measurements
// ---------------------------------------------------------------------------------------------

/// The server child process; stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(binary: &Path, url: &str, dir: &Path) -> anyhow::Result<Server> {
        ensure!(
            binary.exists(),
            "{} not found: build it first with `cargo build --release`",
            binary.display()
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let addr = format!("127.0.0.1:{port}");
        let child = Command::new(binary)
            .arg("serve")
            .env("DATABASE_URL", url)
            .env("DRIEHOEK_ADDR", &addr)
            .env("RUST_LOG", "warn")
            .env_remove("DRIEHOEK_SMTP_URL")
            .env_remove("DRIEHOEK_BASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("server.log"))?)
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        Ok(Server { child, addr })
    }

    /// Waits until `/healthz` answers; returns how long that took.
    async fn wait_healthy(
        &mut self,
        client: &reqwest::Client,
        since: Instant,
    ) -> anyhow::Result<Duration> {
        let url = format!("http://{}/healthz", self.addr);
        while since.elapsed() < Duration::from_secs(120) {
            if let Some(status) = self.child.try_wait()? {
                bail!("the server stopped ({status}) before it was healthy");
            }
            if let Ok(r) = client.get(&url).send().await {
                if r.status().is_success() {
                    return Ok(since.elapsed());
                }
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        bail!("the server was not healthy within 120 s")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A signed-in browser: cookies, no redirects followed.
async fn signed_in(base: &str, email: &str) -> anyhow::Result<reqwest::Client> {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let page = client
        .get(format!("{base}/sign-in"))
        .send()
        .await?
        .text()
        .await?;
    let csrf = page
        .split("name=\"_csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .context("no form token on the sign-in page")?
        .to_string();
    let r = client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("email", email),
            ("password", demo::DEMO_PASSWORD),
            ("_csrf", csrf.as_str()),
        ])
        .send()
        .await?;
    let to = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    ensure!(
        r.status().as_u16() == 303 && !to.starts_with("/sign-in"),
        "signing in as {email} failed: {} → {to}",
        r.status()
    );
    Ok(client)
}

struct Measured {
    name: &'static str,
    path: String,
    median_ms: f64,
    max_ms: f64,
    bytes: usize,
}

async fn measure_page(
    client: &reqwest::Client,
    base: &str,
    name: &'static str,
    path: String,
    runs: usize,
) -> anyhow::Result<Measured> {
    let mut times = Vec::with_capacity(runs);
    let mut bytes = 0;
    for i in 0..runs + 2 {
        let started = Instant::now();
        let r = client.get(format!("{base}{path}")).send().await?;
        let status = r.status();
        let body = r.bytes().await?;
        let took = started.elapsed().as_secs_f64() * 1000.0;
        ensure!(status.is_success(), "{path}: {status}");
        bytes = body.len();
        if i >= 2 {
            times.push(took);
        }
    }
    times.sort_by(f64::total_cmp);
    Ok(Measured {
        name,
        path,
        median_ms: times[times.len() / 2],
        max_ms: times[times.len() - 1],
        bytes,
    })
}

async fn measure(opts: &Opts, url: &str, dir: &Path) -> anyhow::Result<()> {
    // Who and what to ask for, from the database itself (so `--db` works the same).
    let db = Db::connect(url).await?;
    let (school_id, round_id): (i64, i64) =
        sqlx::query_as("SELECT school_id, id FROM rounds WHERE title = $1 ORDER BY id LIMIT 1")
            .bind(ROUND_TITLE)
            .fetch_one(db.read())
            .await
            .context("no round of an earlier run in this database")?;
    let (director,): (String,) = sqlx::query_as(
        "SELECT email FROM staff WHERE school_id = $1 AND is_director = 1 AND is_board = 1 ORDER BY id LIMIT 1",
    )
    .bind(school_id)
    .fetch_one(db.read())
    .await?;
    // The teacher with the most booked conversations, and one of their groups.
    let (teacher_id, teacher): (i64, String) = sqlx::query_as(
        "SELECT s.id, s.email FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN staff s ON s.id = sl.staff_id \
         WHERE b.round_id = $1 GROUP BY s.id, s.email ORDER BY COUNT(*) DESC, s.id LIMIT 1",
    )
    .bind(round_id)
    .fetch_one(db.read())
    .await?;
    let (group_id,): (i64,) =
        sqlx::query_as("SELECT MIN(group_id) FROM group_staff WHERE staff_id = $1")
            .bind(teacher_id)
            .fetch_one(db.read())
            .await?;
    let (pupils,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pupils WHERE archived_at IS NULL")
        .fetch_one(db.read())
        .await?;
    let (school_pupils,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM pupils WHERE archived_at IS NULL AND school_id = $1")
            .bind(school_id)
            .fetch_one(db.read())
            .await?;
    db.close().await;

    let plain = reqwest::Client::new();
    let since = Instant::now();
    let mut server = Server::start(&opts.server, url, dir)?;
    let startup = server.wait_healthy(&plain, since).await?;
    let base = format!("http://{}", server.addr);
    let boss = signed_in(&base, &director).await?;
    let own = signed_in(&base, &teacher).await?;
    let r = round_id;
    let pages: Vec<(&'static str, &reqwest::Client, String)> = vec![
        ("coverage", &boss, "/coverage".into()),
        ("exit overview", &boss, "/exit".into()),
        ("round page", &boss, format!("/rounds/{r}")),
        (
            "families, first page",
            &boss,
            format!("/rounds/{r}/families"),
        ),
        (
            "families, group + not yet booked",
            &boss,
            format!("/rounds/{r}/families?group={group_id}&status=open"),
        ),
        (
            "families, page 100",
            &boss,
            format!("/rounds/{r}/families?page=100"),
        ),
        (
            "teacher's day schedule",
            &own,
            format!("/rounds/{r}/schedule"),
        ),
        ("pupils list", &boss, "/pupils".into()),
        ("board view", &boss, "/coverage/board".into()),
    ];
    let mut results = Vec::new();
    for (name, client, path) in pages {
        results.push(measure_page(client, &base, name, path, opts.runs).await?);
    }
    drop(server);

    let backend = if url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    println!(
        "\n{backend}: {pupils} pupils in the installation, {school_pupils} in the measured school; \
         median of {} requests each, idle server",
        opts.runs
    );
    println!(
        "server start-up until /healthz: {:.0} ms\n",
        startup.as_secs_f64() * 1000.0
    );
    println!("| page | path | median ms | slowest ms | HTML KB |");
    println!("| --- | --- | ---: | ---: | ---: |");
    for m in &results {
        println!(
            "| {} | `{}` | {:.1} | {:.1} | {:.0} |",
            m.name,
            m.path,
            m.median_ms,
            m.max_ms,
            m.bytes as f64 / 1024.0
        );
    }
    Ok(())
}
