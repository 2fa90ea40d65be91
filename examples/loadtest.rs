//! The moment booking opens: hundreds of parents click their personal link at once.
//!
//! A benchmark, not a test. It builds a big school in a fresh database (SQLite by default, or a
//! fresh PostgreSQL database), opens one round for every group with enough slots for every
//! pupil, starts the real server binary as a child process and lets every family arrive at a
//! random moment within `--seconds` (open loop: arrivals do not wait for earlier answers). Each
//! family opens its booking page and books one conversation per child, retrying with another
//! free slot when somebody else was quicker (409). Afterwards the database is checked for double
//! bookings and the latencies, errors and the server's memory are reported (text, then one JSON
//! line).
//!
//!     cargo build --release && cargo build --release --example loadtest
//!     cargo run --release --example loadtest                    # SQLite, 2000 families, 60 s
//!     cargo run --release --example loadtest -- \
//!         --database-url postgres://postgres@127.0.0.1:55432/postgres   # PostgreSQL (admin URL)
//!
//! Modes (see docs/PERFORMANCE.md): `--mode bare` also measures a bare axum + sqlx handler at the
//! same durability and prints the ratio; `--instances 3` (PostgreSQL) runs several application
//! instances on one database with an SMTP sink counting every mail; a 503 "very busy" answer is
//! retried after its `Retry-After`, as a parent would.
//!
//! See docs/PERFORMANCE.md for what it measures and the results.

// The report's json! literal is big.
#![recursion_limit = "256"]

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context};
use clap::{Parser, ValueEnum};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;
use sqlx::Connection;
use time::macros::time;
use tokio::sync::Semaphore;

use driehoek::auth::tokens::{hash_token, new_token};
use driehoek::db::{now, Backend, Db};
use driehoek::demo;
use driehoek::rounds::{cut_slots, invitations};
use driehoek::timefmt;

#[path = "loadtest/bare.rs"]
mod bare;
#[path = "loadtest/mail_check.rs"]
mod mail_check;
#[allow(dead_code)]
#[path = "../tests/common/smtp.rs"]
mod smtp;

#[derive(Parser, Debug, Clone)]
#[command(about = "Load test: the moment booking opens and every family clicks at once")]
struct Opts {
    /// Number of families in the generated school.
    #[arg(long, default_value_t = 2000)]
    families: usize,
    /// Arrivals are spread uniformly at random over this many seconds (open loop).
    #[arg(long, default_value_t = 60.0)]
    seconds: f64,
    /// Default: a fresh SQLite file in a temporary directory. With postgres://…, the URL of an
    /// existing database used only to create a fresh `driehoek_load_<n>` next to it.
    #[arg(long)]
    database_url: Option<String>,
    /// The server binary (run with `serve`).
    #[arg(long, default_value = "target/release/driehoek")]
    server: PathBuf,
    /// At most this many requests in flight (default: no limit).
    #[arg(long)]
    concurrency_limit: Option<usize>,
    /// Seed for the school, the arrival times and the slot choices.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Which free slot a parent picks: a random one, or the earliest (maximal contention).
    #[arg(long, value_enum, default_value_t = Pick::Random)]
    pick: Pick,
    /// Follow the 303 after a booking like a browser (one more page load per booking), and
    /// choose the next child's slot from that fresh page.
    #[arg(long)]
    follow_redirects: bool,
    /// Planner statistics before the rush. `auto`: ANALYZE on PostgreSQL (autovacuum would have
    /// done that long before booking opens), none on SQLite (the application never runs ANALYZE).
    #[arg(long, value_enum, default_value_t = Stats::Auto)]
    stats: Stats,
    /// Extra SQL run after preparing and before the rush (repeatable), to try a schema change
    /// such as an index without editing the migrations.
    #[arg(long = "prepare-sql", value_name = "SQL")]
    prepare_sql: Vec<String>,
    /// Keep the temporary directory (SQLite file, server log) and the PostgreSQL database.
    #[arg(long)]
    keep: bool,
    /// `rush`: the application only. `bare`: afterwards, on the same database emptied of
    /// bookings and mail, the bare reference handler (booking + outbox row in one transaction)
    /// books every driven pupil with `--bare-concurrency` requests in flight; prints both
    /// bookings/s and the ratio. Run the rush at saturation for a fair ratio
    /// (`--seconds 1 --concurrency-limit 32`).
    #[arg(long, value_enum, default_value_t = Mode::Rush)]
    mode: Mode,
    #[arg(long, default_value_t = 32)]
    bare_concurrency: usize,
    /// Application instances on the one database (more than one needs PostgreSQL); families are
    /// spread over them round-robin. Implies `--smtp-sink`.
    #[arg(long, default_value_t = 1)]
    instances: usize,
    /// Deliver the outbox to an SMTP sink in this process; after the rush, make the earliest
    /// conversations' reminders due, wait until the outbox is drained and check every mail
    /// arrived exactly once.
    #[arg(long)]
    smtp_sink: bool,
    /// How long to wait for the outbox to drain (with the SMTP sink).
    #[arg(long, default_value_t = 240)]
    drain_seconds: u64,
    /// How often a parent tries again after a 503 "very busy" answer (waiting its Retry-After).
    #[arg(long, default_value_t = 3)]
    busy_retries: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Mode {
    Rush,
    Bare,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Stats {
    Auto,
    Analyze,
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Pick {
    Random,
    Earliest,
}

/// Length of a conversation, and the evening block cut into slots (Amsterdam time).
const SLOT_MINUTES: i64 = 15;
const EVENING_FROM: time::Time = time!(17:00);
const EVENING_TO: time::Time = time!(21:30);
/// The first evening is this many days from today (the page only lists future slots).
const FIRST_EVENING_IN_DAYS: i64 = 3;
const MAX_TRIES: usize = 5;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let opts = Opts::parse();
    let result = tokio::select! {
        r = run(opts) => r,
        _ = tokio::signal::ctrl_c() => Err(anyhow::anyhow!("interrupted")),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("loadtest: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Where the data lives
// ---------------------------------------------------------------------------------------------

/// The temporary directory and, on PostgreSQL, the fresh database; cleaned up on drop.
struct Workspace {
    dir: PathBuf,
    url: String,
    pg: Option<(String, String)>, // (admin URL, database name)
    keep: bool,
}

impl Workspace {
    async fn create(opts: &Opts) -> anyhow::Result<Workspace> {
        sqlx::any::install_default_drivers();
        let dir =
            std::env::temp_dir().join(format!("driehoek-load-{}-{}", std::process::id(), now()));
        std::fs::create_dir_all(&dir)?;
        match opts.database_url.as_deref() {
            None => Ok(Workspace {
                url: format!("sqlite://{}", dir.join("load.db").display()),
                dir,
                pg: None,
                keep: opts.keep,
            }),
            Some(admin)
                if admin.starts_with("postgres://") || admin.starts_with("postgresql://") =>
            {
                let mut conn = sqlx::AnyConnection::connect(admin)
                    .await
                    .with_context(|| "connecting to the PostgreSQL admin URL")?;
                let names: Vec<(String,)> = sqlx::query_as(
                    "SELECT datname::text FROM pg_database WHERE datname LIKE 'driehoek_load_%'",
                )
                .fetch_all(&mut conn)
                .await?;
                let n = names
                    .iter()
                    .filter_map(|(d,)| d.strip_prefix("driehoek_load_")?.parse::<u64>().ok())
                    .max()
                    .unwrap_or(0)
                    + 1;
                let name = format!("driehoek_load_{n}");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .await?;
                conn.close().await?;
                Ok(Workspace {
                    url: with_database(admin, &name)?,
                    dir,
                    pg: Some((admin.to_string(), name)),
                    keep: opts.keep,
                })
            }
            Some(other) => {
                let _ = std::fs::remove_dir_all(&dir);
                bail!("--database-url must be a postgres:// admin URL (or left out for SQLite), not {other}")
            }
        }
    }

    async fn clean_up(&mut self) {
        if self.keep {
            println!("kept: {} and {}", self.dir.display(), self.url);
            return;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((admin, name)) = self.pg.take() {
            match sqlx::AnyConnection::connect(&admin).await {
                Ok(mut conn) => {
                    if let Err(e) = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                        .execute(&mut conn)
                        .await
                    {
                        eprintln!("loadtest: could not drop database {name}: {e}");
                    }
                    let _ = conn.close().await;
                }
                Err(e) => eprintln!("loadtest: could not drop database {name}: {e}"),
            }
        }
    }
}

/// `postgres://u@h:p/admin?x=y` with another database name.
fn with_database(url: &str, name: &str) -> anyhow::Result<String> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let scheme_end = base.find("://").context("URL without scheme")? + 3;
    let host_and_path = &base[scheme_end..];
    let host = host_and_path.split('/').next().unwrap_or_default();
    let mut out = format!("{}{}/{}", &base[..scheme_end], host, name);
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Preparing the school, the round, the slots and the invitations
// ---------------------------------------------------------------------------------------------

struct Family {
    token: String,
    pupils: Vec<i64>,
}

struct Prepared {
    round_id: i64,
    families: Vec<Family>,
    pupils: usize,
    groups: usize,
    teachers: usize,
    slots: usize,
    invitations: usize,
    evenings: i64,
    max_pupils_per_teacher: i64,
    min_slots_per_teacher: i64,
    analyzed: bool,
    seconds: f64,
}

async fn prepare(opts: &Opts, url: &str) -> anyhow::Result<Prepared> {
    let started = Instant::now();
    let db = Db::connect(url).await?;
    db.migrate().await?;
    let school = demo::data::demo_school_sized(opts.seed, opts.families);
    let school_id = demo::insert_school(&db, &school).await?;
    let at = now();

    // The round: a start round for all groups, open since an hour, closing in 14 days.
    let group_ids: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM groups WHERE school_id = $1 ORDER BY id")
            .bind(school_id)
            .fetch_all(db.read())
            .await?;
    let mut tx = db.begin().await?;
    let (round_id,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, created_at) \
         VALUES ($1, 'start', 'Startgesprekken (load test)', $2, $3, $4, 0, $5) RETURNING id",
    )
    .bind(school_id)
    .bind(at - 3600)
    .bind(at + 14 * 24 * 3600)
    .bind(SLOT_MINUTES)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    for (g,) in &group_ids {
        sqlx::query("INSERT INTO round_groups (round_id, group_id) VALUES ($1, $2)")
            .bind(round_id)
            .bind(g)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;

    // Enough evenings that every teacher has more slots than pupils in all of their groups:
    // then no child can be left without a slot, whatever the others choose.
    let group_staff: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT gs.group_id, gs.staff_id FROM group_staff gs JOIN groups g ON g.id = gs.group_id \
         WHERE g.school_id = $1 ORDER BY gs.staff_id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let group_sizes: HashMap<i64, i64> = sqlx::query_as::<_, (i64, i64)>(
        "SELECT group_id, COUNT(*) FROM pupils WHERE school_id = $1 AND archived_at IS NULL \
         AND group_id IS NOT NULL GROUP BY group_id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?
    .into_iter()
    .collect();
    let mut pupils_of_teacher: HashMap<i64, i64> = HashMap::new();
    for (g, s) in &group_staff {
        *pupils_of_teacher.entry(*s).or_default() += group_sizes.get(g).copied().unwrap_or(0);
    }
    let teachers: Vec<i64> = {
        let mut t: Vec<i64> = pupils_of_teacher.keys().copied().collect();
        t.sort_unstable();
        t
    };
    let max_pupils_per_teacher = pupils_of_teacher.values().copied().max().unwrap_or(0);
    let today = timefmt::today();
    let evening = |k: i64| today + time::Duration::days(FIRST_EVENING_IN_DAYS + k);
    let per_evening = cut_slots(
        timefmt::from_amsterdam(evening(0), EVENING_FROM),
        timefmt::from_amsterdam(evening(0), EVENING_TO),
        SLOT_MINUTES,
        0,
    )
    .len() as i64;
    ensure!(per_evening > 0, "an evening holds no slots");
    let evenings = ((max_pupils_per_teacher + 1 + per_evening - 1) / per_evening).max(2);

    let mut tx = db.begin().await?;
    let mut slots_of_teacher: HashMap<i64, i64> = HashMap::new();
    for &staff in &teachers {
        for k in 0..evenings {
            let day = evening(k);
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
            let slots = cut_slots(
                timefmt::from_amsterdam(day, EVENING_FROM),
                timefmt::from_amsterdam(day, EVENING_TO),
                SLOT_MINUTES,
                0,
            );
            // Multi-row inserts of plain integers: quick on both databases.
            for chunk in slots.chunks(100) {
                let values = chunk
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
            *slots_of_teacher.entry(staff).or_default() += slots.len() as i64;
        }
    }
    tx.commit().await?;
    let min_slots_per_teacher = slots_of_teacher.values().copied().min().unwrap_or(0);
    let short: Vec<i64> = teachers
        .iter()
        .copied()
        .filter(|t| slots_of_teacher.get(t).copied().unwrap_or(0) <= pupils_of_teacher[t])
        .collect();
    ensure!(
        short.is_empty(),
        "teachers with no more slots than pupils: {short:?}"
    );

    // Invitations: exactly the guardians the application itself would invite.
    let invitees = invitations::invitees(&db, round_id).await?;
    let mut tokens: HashMap<i64, String> = HashMap::with_capacity(invitees.len());
    let mut tx = db.begin().await?;
    for who in &invitees {
        let token = new_token();
        sqlx::query(
            "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at, sent_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(round_id)
        .bind(who.guardian_id)
        .bind(hash_token(&token))
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tokens.insert(who.guardian_id, token);
    }
    tx.commit().await?;

    // Map the generated families onto database ids: insert_school inserts each family's
    // guardians, then its children, in order, so ids follow the generator's order.
    let guardian_rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM guardians WHERE school_id = $1 ORDER BY id")
            .bind(school_id)
            .fetch_all(db.read())
            .await?;
    let pupil_rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, external_id FROM pupils WHERE school_id = $1 ORDER BY id")
            .bind(school_id)
            .fetch_all(db.read())
            .await?;
    let links: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT l.guardian_id, l.pupil_id FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
         WHERE p.school_id = $1 AND l.receives_invitations = 1 ORDER BY l.pupil_id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut children_of: HashMap<i64, Vec<i64>> = HashMap::new();
    for (g, p) in links {
        children_of.entry(g).or_default().push(p);
    }
    let (mut gi, mut pi) = (guardian_rows.iter(), pupil_rows.iter());
    let mut families = Vec::with_capacity(school.families.len());
    for f in &school.families {
        let mut chosen = None;
        for g in &f.guardians {
            let (id, name) = gi.next().context("fewer guardians in the database")?;
            ensure!(*name == g.full_name(), "guardian order differs: {name}");
            if chosen.is_none() {
                if let Some(token) = tokens.get(id) {
                    chosen = Some((*id, token.clone()));
                }
            }
        }
        for c in &f.children {
            let (_, nr) = pi.next().context("fewer pupils in the database")?;
            ensure!(*nr == c.external_id, "pupil order differs: {nr}");
        }
        let (guardian, token) = chosen.context("a family without an invited guardian")?;
        families.push(Family {
            token,
            pupils: children_of.remove(&guardian).unwrap_or_default(),
        });
    }
    let slots: usize = slots_of_teacher.values().sum::<i64>() as usize;
    let analyzed = match (opts.stats, db.backend) {
        (Stats::Analyze, _) | (Stats::Auto, Backend::Postgres) => true,
        (Stats::None, _) | (Stats::Auto, Backend::Sqlite) => false,
    };
    for sql in &opts.prepare_sql {
        sqlx::query(sql)
            .execute(db.write())
            .await
            .with_context(|| format!("--prepare-sql {sql}"))?;
    }
    if analyzed {
        sqlx::query("ANALYZE").execute(db.write()).await?;
    }
    db.close().await;
    Ok(Prepared {
        round_id,
        pupils: school.pupil_count(),
        groups: group_ids.len(),
        teachers: teachers.len(),
        slots,
        invitations: invitees.len(),
        evenings,
        max_pupils_per_teacher,
        min_slots_per_teacher,
        families,
        analyzed,
        seconds: started.elapsed().as_secs_f64(),
    })
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/// The server child process; stopped (SIGTERM, then SIGKILL) when dropped.
struct Server {
    child: Child,
    addr: String,
    log: PathBuf,
}

impl Server {
    fn start(
        binary: &Path,
        url: &str,
        dir: &Path,
        instance: usize,
        smtp_url: Option<&str>,
    ) -> anyhow::Result<Server> {
        ensure!(
            binary.exists(),
            "{} not found: build it first with `cargo build --release`",
            binary.display()
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let addr = format!("127.0.0.1:{port}");
        let log = if instance == 0 {
            dir.join("server.log")
        } else {
            dir.join(format!("server-{instance}.log"))
        };
        let mut command = Command::new(binary);
        command
            .arg("serve")
            .env("DATABASE_URL", url)
            .env("DRIEHOEK_ADDR", &addr)
            .env("RUST_LOG", "warn")
            .env_remove("DRIEHOEK_SMTP_URL")
            .env_remove("DRIEHOEK_BASE_URL");
        if let Some(smtp) = smtp_url {
            command.env("DRIEHOEK_SMTP_URL", smtp);
        }
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?)
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        Ok(Server { child, addr, log })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    async fn wait_healthy(&mut self, client: &reqwest::Client) -> anyhow::Result<()> {
        let url = format!("http://{}/healthz", self.addr);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "the server stopped ({status}) before it was healthy:\n{}",
                    self.log_tail(20)
                );
            }
            if let Ok(r) = client.get(&url).send().await {
                if r.status().is_success() {
                    return Ok(());
                }
            }
            ensure!(
                Instant::now() < deadline,
                "no healthy server after 60 s:\n{}",
                self.log_tail(20)
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        // Ask nicely (graceful shutdown finishes requests and closes the pools), then insist.
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

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `VmRSS` / `VmHWM` of a process in kB.
fn proc_status_kb(pid: u32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    text.lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// User + system CPU time of a process in clock ticks.
fn proc_cpu_ticks(stat_path: &str) -> Option<(String, u64)> {
    let text = std::fs::read_to_string(stat_path).ok()?;
    let (open, close) = (text.find('(')?, text.rfind(')')?);
    let comm = text[open + 1..close].to_string();
    let fields: Vec<&str> = text[close + 2..].split_whitespace().collect();
    // After "pid (comm) ": state is field 3, utime 14, stime 15 (1-based in proc(5)).
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((comm, utime + stime))
}

/// CPU ticks of all processes named `postgres` (the server and its backends) on this machine.
fn postgres_cpu_ticks() -> u64 {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return 0;
    };
    dir.filter_map(std::result::Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter_map(|e| proc_cpu_ticks(&format!("{}/stat", e.path().display())))
        .filter(|(comm, _)| comm == "postgres")
        .map(|(_, t)| t)
        .sum()
}

/// Busy (non-idle) CPU ticks of the whole machine, all cores together.
fn machine_busy_ticks() -> u64 {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let Some(line) = text.lines().find(|l| l.starts_with("cpu ")) else {
        return 0;
    };
    let v: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal ...: everything but idle and iowait.
    v.iter().take(8).sum::<u64>() - v.get(3).copied().unwrap_or(0) - v.get(4).copied().unwrap_or(0)
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse::<f64>().ok())
        .unwrap_or(100.0)
}

// ---------------------------------------------------------------------------------------------
// The rush
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Opening the personal link.
    Page,
    /// A booking form.
    Book,
    /// The page after a booking's 303 (only with --follow-redirects).
    After,
}

struct Sample {
    kind: Kind,
    /// 0 when the request failed without an answer.
    status: u16,
    micros: u64,
    /// When the request was sent, in ms since the rush began.
    at_ms: u64,
}

#[derive(Default)]
struct FamilyResult {
    samples: Vec<Sample>,
    booked: usize,
    conflicts: usize,
    gave_up: usize,
    no_free_slot: usize,
    locked: usize,
    /// 503 "very busy" answers (each retried after its Retry-After while tries are left).
    busy: usize,
}

struct Shared {
    client: reqwest::Client,
    /// One address per application instance; family i uses `bases[i % len]`.
    bases: Vec<String>,
    busy_retries: usize,
    limit: Option<Arc<Semaphore>>,
    pick: Pick,
    follow: bool,
    /// Transport errors printed so far (only the first few are).
    printed: std::sync::atomic::AtomicUsize,
    /// The moment the rush began.
    epoch: Instant,
}

impl Shared {
    async fn send(
        &self,
        kind: Kind,
        req: reqwest::RequestBuilder,
        out: &mut FamilyResult,
    ) -> Option<(u16, String)> {
        for _ in 0..self.busy_retries {
            let Some(copy) = req.try_clone() else { break };
            match self.send_once(kind, copy, out).await {
                Busy::Again(wait) => {
                    tokio::time::sleep(wait).await;
                }
                Busy::Done(answer) => return answer,
            }
        }
        match self.send_once(kind, req, out).await {
            Busy::Again(_) => None,
            Busy::Done(answer) => answer,
        }
    }

    /// One request; a 503 "very busy" comes back as `Again` with its Retry-After.
    async fn send_once(
        &self,
        kind: Kind,
        req: reqwest::RequestBuilder,
        out: &mut FamilyResult,
    ) -> Busy {
        let _permit = match &self.limit {
            Some(s) => match s.clone().acquire_owned().await {
                Ok(p) => Some(p),
                Err(_) => return Busy::Done(None),
            },
            None => None,
        };
        let started = Instant::now();
        let at_ms = started.duration_since(self.epoch).as_millis() as u64;
        let answer = async {
            let r = req.send().await?;
            let status = r.status().as_u16();
            let retry_after = r
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok());
            let body = r.text().await?;
            Ok::<_, reqwest::Error>((status, retry_after, body))
        }
        .await;
        let micros = started.elapsed().as_micros() as u64;
        match answer {
            Ok((status, retry_after, body)) => {
                if body.to_ascii_lowercase().contains("database is locked") {
                    out.locked += 1;
                }
                out.samples.push(Sample {
                    kind,
                    status,
                    micros,
                    at_ms,
                });
                if status == 503 {
                    out.busy += 1;
                    // As a parent would: wait what the page asks (a little spread), then again.
                    let secs = retry_after.unwrap_or(5).min(30) as f64;
                    let jitter = (micros % 1000) as f64 / 1000.0;
                    return Busy::Again(Duration::from_secs_f64(secs * (0.5 + jitter)));
                }
                Busy::Done(Some((status, body)))
            }
            Err(e) => {
                if self
                    .printed
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                    < 5
                {
                    eprintln!("loadtest: request failed: {e}");
                }
                out.samples.push(Sample {
                    kind,
                    status: 0,
                    micros,
                    at_ms,
                });
                Busy::Done(None)
            }
        }
    }
}

enum Busy {
    Again(Duration),
    Done(Option<(u16, String)>),
}

/// The slot ids offered for one child on a booking page (the radio buttons in its section).
fn free_slots(html: &str, pupil: i64) -> Vec<i64> {
    let marker = format!("aria-labelledby=\"child-{pupil}\"");
    let Some(start) = html.find(&marker) else {
        return Vec::new();
    };
    let section = &html[start..];
    let section = &section[..section.find("</section>").unwrap_or(section.len())];
    let needle = "name=\"slot\" value=\"";
    let mut ids = Vec::new();
    let mut rest = section;
    while let Some(i) = rest.find(needle) {
        rest = &rest[i + needle.len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(id) = digits.parse() {
            ids.push(id);
        }
    }
    ids
}

fn fresh_key(rng: &mut StdRng) -> String {
    format!("{:016x}{:016x}", rng.gen::<u64>(), rng.gen::<u64>())
}

async fn family(
    shared: Arc<Shared>,
    index: usize,
    token: String,
    pupils: Vec<i64>,
    seed: u64,
) -> FamilyResult {
    let mut out = FamilyResult::default();
    let mut rng = StdRng::seed_from_u64(seed);
    let base = &shared.bases[index % shared.bases.len()];
    let page_url = format!("{base}/b/{token}");
    let book_url = format!("{page_url}/book");
    let Some((200, mut page)) = shared
        .send(Kind::Page, shared.client.get(&page_url), &mut out)
        .await
    else {
        out.gave_up += pupils.len();
        return out;
    };
    let mut taken: HashSet<i64> = HashSet::new();
    for &pupil in &pupils {
        let mut free: Vec<i64> = free_slots(&page, pupil)
            .into_iter()
            .filter(|s| !taken.contains(s))
            .collect();
        let mut done = false;
        for _ in 0..MAX_TRIES {
            if free.is_empty() {
                out.no_free_slot += 1;
                break;
            }
            let i = match shared.pick {
                Pick::Random => rng.gen_range(0..free.len()),
                Pick::Earliest => 0,
            };
            let slot = free.remove(i);
            let form = [
                ("pupil", pupil.to_string()),
                ("slot", slot.to_string()),
                ("note", String::new()),
                ("key", fresh_key(&mut rng)),
            ];
            let req = shared.client.post(&book_url).form(&form);
            match shared.send(Kind::Book, req, &mut out).await {
                Some((303, _)) => {
                    out.booked += 1;
                    taken.insert(slot);
                    done = true;
                    if shared.follow {
                        let next = format!("{page_url}?flash=booked");
                        if let Some((200, body)) = shared
                            .send(Kind::After, shared.client.get(&next), &mut out)
                            .await
                        {
                            page = body;
                        }
                    }
                    break;
                }
                Some((409, body)) => {
                    out.conflicts += 1;
                    free = free_slots(&body, pupil)
                        .into_iter()
                        .filter(|s| !taken.contains(s))
                        .collect();
                }
                _ => break,
            }
        }
        if !done {
            out.gave_up += 1;
        }
    }
    out
}

struct Rush {
    results: Vec<FamilyResult>,
    seconds: f64,
    max_lag_ms: f64,
    rss_max_kb: u64,
    rss_samples: usize,
    hwm_kb: u64,
    server_cpu_s: f64,
    postgres_cpu_s: Option<f64>,
    client_cpu_s: f64,
    /// Busy CPU of the whole machine during the rush (to spot other work disturbing it).
    machine_cpu_s: f64,
    loadavg_before: String,
    loadavg_after: String,
    /// The disk probe's 4 KiB write + fdatasync: (ms since the rush began, microseconds taken).
    fsync_micros: Vec<(u64, u64)>,
}

async fn rush(opts: &Opts, prepared: &Prepared, servers: &[Server]) -> anyhow::Result<Rush> {
    let server = &servers[0];
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .pool_idle_timeout(Duration::from_secs(90))
        .build()?;
    let shared = Arc::new(Shared {
        client,
        bases: servers
            .iter()
            .map(|s| format!("http://{}", s.addr))
            .collect(),
        busy_retries: opts.busy_retries,
        limit: opts
            .concurrency_limit
            .map(|n| Arc::new(Semaphore::new(n.max(1)))),
        pick: opts.pick,
        follow: opts.follow_redirects,
        printed: Default::default(),
        epoch: Instant::now(),
    });

    // Memory: each server's resident set every 100 ms (the largest instance counts).
    let pids: Vec<u32> = servers.iter().map(Server::pid).collect();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    // Disk: how long a 4 KiB write + fdatasync takes next to the database, every 100 ms, to
    // tell slow commits caused by the disk (other work on the machine) from the application's.
    let prober = {
        let stop = stop.clone();
        let path = server.log.with_file_name("fsync-probe");
        let epoch = shared.epoch;
        std::thread::spawn(move || -> Vec<(u64, u64)> {
            use std::io::{Seek, Write};
            let mut took = Vec::new();
            let Ok(mut f) = std::fs::File::create(&path) else {
                return took;
            };
            let block = [7u8; 4096];
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let t = Instant::now();
                if f.seek(std::io::SeekFrom::Start(0)).is_err()
                    || f.write_all(&block).is_err()
                    || f.sync_data().is_err()
                {
                    break;
                }
                took.push((
                    t.duration_since(epoch).as_millis() as u64,
                    t.elapsed().as_micros() as u64,
                ));
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = std::fs::remove_file(&path);
            took
        })
    };
    let sampler = {
        let stop = stop.clone();
        tokio::spawn(async move {
            let (mut max, mut n) = (0u64, 0usize);
            let mut tick = tokio::time::interval(Duration::from_millis(100));
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                tick.tick().await;
                for &pid in &pids {
                    if let Some(kb) = proc_status_kb(pid, "VmRSS:") {
                        max = max.max(kb);
                        n += 1;
                    }
                }
            }
            (max, n)
        })
    };

    // Arrival times: uniform over the window, independent of the answers (open loop).
    let mut rng = StdRng::seed_from_u64(opts.seed ^ 0xA5A5_5A5A);
    let mut arrivals: Vec<(f64, usize)> = (0..prepared.families.len())
        .map(|i| (rng.gen::<f64>() * opts.seconds.max(0.0), i))
        .collect();
    arrivals.sort_by(|a, b| a.0.total_cmp(&b.0));

    let ticks = clock_ticks_per_second();
    let server_stats: Vec<String> = servers
        .iter()
        .map(|s| format!("/proc/{}/stat", s.pid()))
        .collect();
    let servers_cpu = || -> u64 {
        server_stats
            .iter()
            .filter_map(|p| proc_cpu_ticks(p).map(|c| c.1))
            .sum()
    };
    let cpu_before = servers_cpu();
    let pg_before = (opts.database_url.is_some()).then(postgres_cpu_ticks);
    let self_before = proc_cpu_ticks("/proc/self/stat").map(|c| c.1).unwrap_or(0);
    let machine_before = machine_busy_ticks();
    let loadavg_before = loadavg();

    let start = tokio::time::Instant::from_std(shared.epoch);
    let mut max_lag = Duration::ZERO;
    let mut tasks = Vec::with_capacity(arrivals.len());
    for (at, i) in arrivals {
        let due = start + Duration::from_secs_f64(at);
        tokio::time::sleep_until(due).await;
        max_lag = max_lag.max(tokio::time::Instant::now().saturating_duration_since(due));
        let f = &prepared.families[i];
        tasks.push(tokio::spawn(family(
            shared.clone(),
            i,
            f.token.clone(),
            f.pupils.clone(),
            opts.seed.wrapping_mul(1_000_003).wrapping_add(i as u64),
        )));
    }
    let mut results = Vec::with_capacity(tasks.len());
    for t in tasks {
        results.push(t.await?);
    }
    let seconds = start.elapsed().as_secs_f64();

    let hwm_kb = servers
        .iter()
        .filter_map(|s| proc_status_kb(s.pid(), "VmHWM:"))
        .max()
        .unwrap_or(0);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (rss_max_kb, rss_samples) = sampler.await?;
    let fsync_micros = prober.join().unwrap_or_default();
    let cpu_after = servers_cpu();
    let self_after = proc_cpu_ticks("/proc/self/stat").map(|c| c.1).unwrap_or(0);
    let machine_after = machine_busy_ticks();
    let postgres_cpu_s = pg_before.map(|b| postgres_cpu_ticks().saturating_sub(b) as f64 / ticks);
    Ok(Rush {
        results,
        seconds,
        max_lag_ms: max_lag.as_secs_f64() * 1000.0,
        rss_max_kb,
        rss_samples,
        hwm_kb,
        server_cpu_s: cpu_after.saturating_sub(cpu_before) as f64 / ticks,
        postgres_cpu_s,
        client_cpu_s: self_after.saturating_sub(self_before) as f64 / ticks,
        machine_cpu_s: machine_after.saturating_sub(machine_before) as f64 / ticks,
        loadavg_before,
        loadavg_after: loadavg(),
        fsync_micros,
    })
}

// ---------------------------------------------------------------------------------------------
// Checking the database afterwards
// ---------------------------------------------------------------------------------------------

struct Verdict {
    active_bookings: i64,
    double_booked_slots: i64,
    double_booked_pupils: i64,
    pupils_without_booking: i64,
    outbox: i64,
}

async fn verify(url: &str, prepared: &Prepared) -> anyhow::Result<Verdict> {
    let db = Db::connect(url).await?;
    let round = prepared.round_id;
    let (active_bookings,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM bookings WHERE round_id = $1 AND status = 'active'")
            .bind(round)
            .fetch_one(db.read())
            .await?;
    let slots: Vec<(i64,)> = sqlx::query_as(
        "SELECT slot_id FROM bookings WHERE status = 'active' GROUP BY slot_id HAVING COUNT(*) > 1",
    )
    .fetch_all(db.read())
    .await?;
    let pupils: Vec<(i64,)> = sqlx::query_as(
        "SELECT pupil_id FROM bookings WHERE status = 'active' GROUP BY pupil_id HAVING COUNT(*) > 1",
    )
    .fetch_all(db.read())
    .await?;
    let booked: HashSet<i64> = sqlx::query_as::<_, (i64,)>(
        "SELECT DISTINCT pupil_id FROM bookings WHERE round_id = $1 AND status = 'active'",
    )
    .bind(round)
    .fetch_all(db.read())
    .await?
    .into_iter()
    .map(|(p,)| p)
    .collect();
    let (outbox,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox")
        .fetch_one(db.read())
        .await?;
    db.close().await;
    let without = prepared
        .families
        .iter()
        .flat_map(|f| f.pupils.iter())
        .filter(|p| !booked.contains(p))
        .count() as i64;
    Ok(Verdict {
        active_bookings,
        double_booked_slots: slots.len() as i64,
        double_booked_pupils: pupils.len() as i64,
        pupils_without_booking: without,
        outbox,
    })
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Latency {
    count: usize,
    p50: f64,
    p95: f64,
    p99: f64,
    max: f64,
    mean: f64,
}

/// Nearest-rank percentiles in milliseconds.
fn latency(mut micros: Vec<u64>) -> Latency {
    micros.sort_unstable();
    let n = micros.len();
    let at = |q: f64| -> f64 {
        if n == 0 {
            return 0.0;
        }
        let rank = ((q * n as f64).ceil() as usize).clamp(1, n);
        micros[rank - 1] as f64 / 1000.0
    };
    Latency {
        count: n,
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        max: micros.last().map(|m| *m as f64 / 1000.0).unwrap_or(0.0),
        mean: if n == 0 {
            0.0
        } else {
            micros.iter().sum::<u64>() as f64 / n as f64 / 1000.0
        },
    }
}

fn latency_json(l: Latency) -> serde_json::Value {
    let r = |x: f64| (x * 100.0).round() / 100.0;
    json!({"count": l.count, "p50_ms": r(l.p50), "p95_ms": r(l.p95), "p99_ms": r(l.p99),
           "max_ms": r(l.max), "mean_ms": r(l.mean)})
}

async fn run(opts: Opts) -> anyhow::Result<()> {
    let mut ws = Workspace::create(&opts).await?;
    let result = run_in(&opts, &ws).await;
    ws.clean_up().await;
    result
}

async fn run_in(opts: &Opts, ws: &Workspace) -> anyhow::Result<()> {
    let backend = if ws.pg.is_some() {
        Backend::Postgres
    } else {
        Backend::Sqlite
    };
    println!(
        "loadtest: {} families over {} s on {:?} ({})",
        opts.families,
        opts.seconds,
        backend,
        ws.pg
            .as_ref()
            .map(|p| p.1.clone())
            .unwrap_or_else(|| ws.url.clone())
    );
    let prepared = prepare(opts, &ws.url)
        .await
        .context("preparing the school")?;
    println!(
        "prepared in {:.1} s: {} families, {} pupils, {} groups, {} teachers, {} invitations, {} slots \
         ({} evenings of 17:00-21:30 in {}-minute slots; per teacher at least {} slots for at most {} pupils); \
         planner statistics: {}",
        prepared.seconds,
        prepared.families.len(),
        prepared.pupils,
        prepared.groups,
        prepared.teachers,
        prepared.invitations,
        prepared.slots,
        prepared.evenings,
        SLOT_MINUTES,
        prepared.min_slots_per_teacher,
        prepared.max_pupils_per_teacher,
        if prepared.analyzed { "ANALYZE run" } else { "none" },
    );
    for sql in &opts.prepare_sql {
        println!("extra SQL before the rush: {sql}");
    }

    ensure!(
        opts.instances <= 1 || backend == Backend::Postgres,
        "several instances need PostgreSQL: SQLite means one instance"
    );
    let sink = (opts.smtp_sink || opts.instances > 1).then(smtp::SmtpSink::start);
    let mut servers = Vec::new();
    for i in 0..opts.instances.max(1) {
        servers.push(Server::start(
            &opts.server,
            &ws.url,
            &ws.dir,
            i,
            sink.as_ref().map(smtp::SmtpSink::url).as_deref(),
        )?);
    }
    let probe = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()?;
    for s in &mut servers {
        s.wait_healthy(&probe).await?;
    }
    let idle_rss_kb = proc_status_kb(servers[0].pid(), "VmRSS:").unwrap_or(0);
    for s in &servers {
        println!(
            "server {} (pid {}) healthy at http://{}, RSS {:.1} MB{}",
            opts.server.display(),
            s.pid(),
            s.addr,
            proc_status_kb(s.pid(), "VmRSS:").unwrap_or(0) as f64 / 1024.0,
            if sink.is_some() {
                ", mail to the SMTP sink"
            } else {
                ""
            },
        );
    }
    println!("the rush starts");

    let rush = rush(opts, &prepared, &servers).await?;
    let mail = match &sink {
        Some(sink) => Some(
            mail_check::drain_and_count(&ws.url, &prepared, sink, opts.drain_seconds)
                .await
                .context("draining the outbox")?,
        ),
        None => None,
    };
    for s in &mut servers {
        s.stop();
    }
    let server = &servers[0];
    let mut server_log = String::new();
    for s in &servers {
        server_log.push_str(&std::fs::read_to_string(&s.log).unwrap_or_default());
    }
    let log_locked = server_log
        .to_ascii_lowercase()
        .matches("database is locked")
        .count();
    let log_errors = server_log.lines().filter(|l| l.contains("ERROR")).count();
    let log_warnings = server_log.lines().filter(|l| l.contains("WARN")).count();
    let verdict = verify(&ws.url, &prepared)
        .await
        .context("checking the database")?;

    // Figures.
    let all: Vec<&Sample> = rush.results.iter().flat_map(|r| r.samples.iter()).collect();
    let of = |k: Option<Kind>| -> Vec<u64> {
        all.iter()
            .filter(|s| k.is_none_or(|k| s.kind == k))
            .map(|s| s.micros)
            .collect()
    };
    let (get, post, after, combined) = (
        latency(of(Some(Kind::Page))),
        latency(of(Some(Kind::Book))),
        latency(of(Some(Kind::After))),
        latency(of(None)),
    );
    let gets = latency(
        all.iter()
            .filter(|s| s.kind != Kind::Book)
            .map(|s| s.micros)
            .collect(),
    );
    let transport_errors = all.iter().filter(|s| s.status == 0).count();
    // The friendly 503 "very busy" is counted apart: it is the overload answer, not a failure.
    let busy = all.iter().filter(|s| s.status == 503).count();
    let server_errors = all
        .iter()
        .filter(|s| s.status >= 500 && s.status != 503)
        .count();
    let unexpected = all
        .iter()
        .filter(|s| {
            !matches!(
                (s.kind, s.status),
                (Kind::Page | Kind::After, 200) | (Kind::Book, 303 | 409) | (_, 0) | (_, 500..)
            )
        })
        .count();
    let mut statuses: std::collections::BTreeMap<u16, usize> = Default::default();
    for s in &all {
        *statuses.entry(s.status).or_default() += 1;
    }
    let sum = |f: fn(&FamilyResult) -> usize| rush.results.iter().map(f).sum::<usize>();
    let booked = sum(|r| r.booked);
    let conflicts = sum(|r| r.conflicts);
    let gave_up = sum(|r| r.gave_up);
    let no_free = sum(|r| r.no_free_slot);
    let locked = sum(|r| r.locked);
    let errors = transport_errors + server_errors;
    let requests = all.len();
    let throughput = requests as f64 / rush.seconds.max(1e-9);
    let peak_mb = rush.hwm_kb.max(rush.rss_max_kb) as f64 / 1024.0;

    println!();
    println!("requests           {requests} in {:.1} s = {throughput:.1} req/s (arrival lag max {:.1} ms)", rush.seconds, rush.max_lag_ms);
    println!("statuses           {statuses:?}");
    println!("latency (ms)       count     p50     p95     p99     max    mean");
    for (name, l) in [
        ("GET page", get),
        ("POST book", post),
        ("GET after 303", after),
        ("all GET", gets),
        ("combined", combined),
    ] {
        if l.count == 0 {
            continue;
        }
        println!(
            "  {name:<16} {:>6} {:>7.2} {:>7.2} {:>7.2} {:>7.2} {:>7.2}",
            l.count, l.p50, l.p95, l.p99, l.max, l.mean
        );
    }
    println!(
        "bookings made      {booked} (database: {} active)",
        verdict.active_bookings
    );
    println!("409 retries        {conflicts}");
    println!("gave up            {gave_up} (no free slot left: {no_free})");
    println!("errors             {errors} (transport {transport_errors}, 5xx other than 503 {server_errors}); unexpected statuses {unexpected}");
    let busy_families = rush.results.iter().filter(|r| r.busy > 0).count();
    println!("busy (503)         {busy} answers to {busy_families} families, each retried after Retry-After (up to {} times)", opts.busy_retries);
    let server_cpu_per_request_ms = rush.server_cpu_s * 1000.0 / requests.max(1) as f64;
    let db_cpu_per_request_ms = rush
        .postgres_cpu_s
        .map(|p| p * 1000.0 / requests.max(1) as f64);
    let bookings_per_s = booked as f64 / rush.seconds.max(1e-9);
    println!(
        "per request        server CPU {server_cpu_per_request_ms:.2} ms{}; {bookings_per_s:.1} bookings/s over the rush",
        db_cpu_per_request_ms
            .map(|p| format!(", PostgreSQL CPU {p:.2} ms"))
            .unwrap_or_default()
    );
    if let Some(m) = &mail {
        println!(
            "mail               outbox {} rows ({} confirmations, {} reminders), {} not sent after {:.0} s; \
             SMTP sink {} messages, {} distinct Message-IDs, {} received twice or more, {} never received",
            m.outbox_rows, m.confirmations, m.reminders, m.unsent, m.drain_seconds,
            m.received, m.distinct, m.duplicates, m.missing
        );
    }
    println!("'database is locked' in bodies {locked}, in the server log {log_locked}; server log: {log_errors} ERROR, {log_warnings} WARN lines");
    println!(
        "double bookings    slots {}, pupils {}",
        verdict.double_booked_slots, verdict.double_booked_pupils
    );
    println!("pupils w/o booking {}", verdict.pupils_without_booking);
    println!("outbox mails       {}", verdict.outbox);
    println!(
        "server memory      peak RSS {peak_mb:.1} MB (VmHWM {:.1} MB, max sampled VmRSS {:.1} MB over {} samples, idle {:.1} MB)",
        rush.hwm_kb as f64 / 1024.0,
        rush.rss_max_kb as f64 / 1024.0,
        rush.rss_samples,
        idle_rss_kb as f64 / 1024.0
    );
    let cores = std::thread::available_parallelism()
        .map(std::num::NonZero::get)
        .unwrap_or(1);
    let other_cpu_s = (rush.machine_cpu_s
        - rush.server_cpu_s
        - rush.client_cpu_s
        - rush.postgres_cpu_s.unwrap_or(0.0))
    .max(0.0);
    println!(
        "CPU                server {:.1} s{}, load generator {:.1} s, everything else {:.1} s \
         (of {:.1} s x {cores} cores); load average {} before, {} after",
        rush.server_cpu_s,
        rush.postgres_cpu_s
            .map(|p| format!(", postgres {p:.1} s"))
            .unwrap_or_default(),
        rush.client_cpu_s,
        other_cpu_s,
        rush.seconds,
        rush.loadavg_before,
        rush.loadavg_after,
    );
    let fsync = latency(rush.fsync_micros.iter().map(|(_, m)| *m).collect());
    let mut slow_disk = rush.fsync_micros.clone();
    slow_disk.sort_by_key(|(_, m)| std::cmp::Reverse(*m));
    println!(
        "disk probe         4 KiB write + fdatasync x{}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; slowest: {}",
        fsync.count,
        fsync.p50,
        fsync.p99,
        fsync.max,
        slow_disk
            .iter()
            .take(5)
            .map(|(at, m)| format!("{:.0} ms at {:.2} s", *m as f64 / 1000.0, *at as f64 / 1000.0))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut slowest: Vec<&&Sample> = all.iter().collect();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.micros));
    println!(
        "slowest requests   {}",
        slowest
            .iter()
            .take(10)
            .map(|s| format!(
                "{} {} {:.0} ms at {:.2} s",
                match s.kind {
                    Kind::Page => "GET",
                    Kind::Book => "POST",
                    Kind::After => "GET(303)",
                },
                s.status,
                s.micros as f64 / 1000.0,
                s.at_ms as f64 / 1000.0
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    if errors > 0 || log_errors > 0 {
        println!("server log (last lines):\n{}", server.log_tail(15));
    }
    let verdict_ok = verdict.double_booked_slots == 0 && verdict.double_booked_pupils == 0;
    let targets = json!({
        "p99_below_50ms": combined.p99 < 50.0,
        "no_errors": errors == 0,
        "no_double_bookings": verdict_ok,
        "rss_below_100mb": peak_mb < 100.0,
        "every_pupil_booked": verdict.pupils_without_booking == 0,
        "mail_exactly_once": mail.as_ref().map(|m| m.unsent == 0 && m.duplicates == 0 && m.missing == 0),
    });
    println!("targets            {targets}");
    let line = json!({
        "backend": format!("{backend:?}").to_lowercase(),
        "families": prepared.families.len(),
        "pupils": prepared.pupils,
        "groups": prepared.groups,
        "teachers": prepared.teachers,
        "invitations": prepared.invitations,
        "slots": prepared.slots,
        "seconds": opts.seconds,
        "pick": format!("{:?}", opts.pick).to_lowercase(),
        "follow_redirects": opts.follow_redirects,
        "analyzed": prepared.analyzed,
        "prepare_sql": opts.prepare_sql,
        "concurrency_limit": opts.concurrency_limit,
        "requests": requests,
        "duration_s": (rush.seconds * 100.0).round() / 100.0,
        "throughput_rps": (throughput * 10.0).round() / 10.0,
        "arrival_lag_max_ms": (rush.max_lag_ms * 10.0).round() / 10.0,
        "latency": {
            "get": latency_json(get),
            "post": latency_json(post),
            "get_after_redirect": latency_json(after),
            "combined": latency_json(combined),
        },
        "statuses": statuses.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
        "bookings": booked,
        "active_bookings_in_db": verdict.active_bookings,
        "retries_409": conflicts,
        "gave_up": gave_up,
        "errors": errors,
        "transport_errors": transport_errors,
        "server_errors": server_errors,
        "unexpected_statuses": unexpected,
        "database_locked_in_bodies": locked,
        "database_locked_in_log": log_locked,
        "double_booked_slots": verdict.double_booked_slots,
        "double_booked_pupils": verdict.double_booked_pupils,
        "pupils_without_booking": verdict.pupils_without_booking,
        "outbox": verdict.outbox,
        "server_peak_rss_mb": (peak_mb * 10.0).round() / 10.0,
        "server_vmhwm_mb": (rush.hwm_kb as f64 / 1024.0 * 10.0).round() / 10.0,
        "server_rss_sampled_max_mb": (rush.rss_max_kb as f64 / 1024.0 * 10.0).round() / 10.0,
        "server_idle_rss_mb": (idle_rss_kb as f64 / 1024.0 * 10.0).round() / 10.0,
        "server_cpu_s": (rush.server_cpu_s * 10.0).round() / 10.0,
        "postgres_cpu_s": rush.postgres_cpu_s.map(|p| (p * 10.0).round() / 10.0),
        "loadgen_cpu_s": (rush.client_cpu_s * 10.0).round() / 10.0,
        "other_cpu_s": (other_cpu_s * 10.0).round() / 10.0,
        "cores": cores,
        "loadavg_before": rush.loadavg_before,
        "loadavg_after": rush.loadavg_after,
        "fsync_probe": latency_json(fsync),
        "slowest": slowest.iter().take(10).map(|s| json!({
            "kind": format!("{:?}", s.kind).to_lowercase(), "status": s.status,
            "ms": (s.micros as f64 / 10.0).round() / 100.0, "at_s": s.at_ms as f64 / 1000.0,
        })).collect::<Vec<_>>(),
        "targets": targets,
        "mode": format!("{:?}", opts.mode).to_lowercase(),
        "instances": servers.len(),
        "busy_503": busy,
        "server_cpu_per_request_ms": (server_cpu_per_request_ms * 1000.0).round() / 1000.0,
        "postgres_cpu_per_request_ms": db_cpu_per_request_ms.map(|p| (p * 1000.0).round() / 1000.0),
        "bookings_per_s": (bookings_per_s * 10.0).round() / 10.0,
        "limits": {
            "max_in_flight": std::env::var("DRIEHOEK_MAX_IN_FLIGHT").ok(),
            "max_waiting": std::env::var("DRIEHOEK_MAX_WAITING").ok(),
            "max_wait_ms": std::env::var("DRIEHOEK_MAX_WAIT_MS").ok(),
        },
        "mail": mail.as_ref().map(|m| json!({
            "outbox_rows": m.outbox_rows, "confirmations": m.confirmations, "reminders": m.reminders,
            "unsent": m.unsent, "received": m.received, "distinct": m.distinct,
            "duplicates": m.duplicates, "missing": m.missing, "drain_s": m.drain_seconds,
        })),
    });
    println!("{line}");
    if opts.mode == Mode::Bare {
        let work = bare_work(&ws.url, &prepared).await?;
        let n = work.len();
        let b = bare::run(&ws.url, work, opts.bare_concurrency).await?;
        let ratio = bookings_per_s / b.per_second().max(1e-9);
        println!(
            "bare handler       {} of {n} booked in {:.2} s = {:.1} bookings/s ({} in flight; p50 {:.2} ms, p99 {:.2} ms; {} failed)",
            b.bookings, b.seconds, b.per_second(), opts.bare_concurrency, b.p50_ms, b.p99_ms, b.failed
        );
        println!(
            "ratio app/bare     {ratio:.2} (application {bookings_per_s:.1} bookings/s, each with its page view; bare {:.1})",
            b.per_second()
        );
        println!(
            "{}",
            json!({"bare": {"bookings": b.bookings, "failed": b.failed, "seconds": b.seconds,
                "bookings_per_s": (b.per_second() * 10.0).round() / 10.0, "p50_ms": b.p50_ms, "p99_ms": b.p99_ms,
                "concurrency": opts.bare_concurrency},
                "app_bookings_per_s": (bookings_per_s * 10.0).round() / 10.0,
                "ratio_app_bare": (ratio * 100.0).round() / 100.0})
        );
    }
    Ok(())
}

/// Empties bookings and mail again and gives every driven pupil a slot of its own (any slot of
/// the round: the bare handler checks nothing), with its family's token.
async fn bare_work(url: &str, prepared: &Prepared) -> anyhow::Result<Vec<(String, i64, i64)>> {
    let db = Db::connect(url).await?;
    for sql in [
        "DELETE FROM swap_requests",
        "DELETE FROM bookings",
        "DELETE FROM outbox",
    ] {
        sqlx::query(sql).execute(db.write()).await?;
    }
    let slots: Vec<(i64,)> = sqlx::query_as("SELECT id FROM slots WHERE round_id = $1 ORDER BY id")
        .bind(prepared.round_id)
        .fetch_all(db.read())
        .await?;
    db.close().await;
    let mut slots = slots.into_iter().map(|(s,)| s);
    let mut work = Vec::new();
    for f in &prepared.families {
        for &p in &f.pupils {
            let slot = slots.next().context("fewer slots than pupils")?;
            work.push((f.token.clone(), p, slot));
        }
    }
    Ok(work)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_slots_are_read_per_child() {
        let html = r#"<section class="card" aria-labelledby="child-7"><input type="radio" name="slot" value="12"> x
            <input type="radio" name="slot" value="13"></section>
            <section class="card" aria-labelledby="child-8"><input type="radio" name="slot" value="99"></section>"#;
        assert_eq!(free_slots(html, 7), vec![12, 13]);
        assert_eq!(free_slots(html, 8), vec![99]);
        assert!(free_slots(html, 9).is_empty());
    }

    #[test]
    fn database_name_is_replaced() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:55432/postgres", "x").unwrap(),
            "postgres://postgres@127.0.0.1:55432/x"
        );
        assert_eq!(
            with_database("postgres://u:p@h/db?sslmode=disable", "y").unwrap(),
            "postgres://u:p@h/y?sslmode=disable"
        );
    }
}
