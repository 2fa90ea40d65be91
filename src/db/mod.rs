//! The database: SQLite (default) or PostgreSQL through one code path (`sqlx::Any`).
//!
//! Rules that keep the SQL portable: `$N` placeholders, times as unix seconds (BIGINT),
//! dates as ISO text, flags as 0/1 integers, no boolean-valued SELECT expressions.

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::{Any, AnyPool, Executor, Transaction};

mod flag;
mod group_commit;
mod sql;

pub use flag::Flag;
pub use group_commit::WriteFuture;
pub use sql::Sql;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Connection pools. On SQLite all writes go through a single connection, so writers queue
/// in the pool instead of failing with SQLITE_BUSY when a deferred transaction upgrades.
#[derive(Clone)]
pub struct Db {
    read: AnyPool,
    write: AnyPool,
    /// SQLite: the task that commits waiting bookings together (see `write_grouped`).
    group: Option<group_commit::GroupWriter>,
    pub backend: Backend,
}

pub type Tx = Transaction<'static, Any>;

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        install_default_drivers();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = pool_options(16, Duration::from_secs(10))
                .connect(url)
                .await?;
            return Ok(Db {
                read: pool.clone(),
                write: pool,
                group: None,
                backend: Backend::Postgres,
            });
        }
        let url = sqlite_url_with_create(url)?;
        let write = pool_options(1, Duration::from_secs(30))
            .after_connect(sqlite_pragmas)
            .connect(&url)
            .await?;
        let read = pool_options(8, Duration::from_secs(10))
            .after_connect(sqlite_pragmas)
            .connect(&url)
            .await?;
        Ok(Db {
            read,
            group: Some(group_commit::GroupWriter::start(write.clone())),
            write,
            backend: Backend::Sqlite,
        })
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATOR.run(&self.write).await?,
            Backend::Postgres => POSTGRES_MIGRATOR.run(&self.write).await?,
        }
        Ok(())
    }

    /// Whether hot queries on fast-growing tables should be planned at every execution rather
    /// than through the connection's cached statement. PostgreSQL settles on a generic plan after
    /// five executions of a prepared statement and keeps it, made from the statistics and table
    /// sizes of that moment: on a new installation `bookings` is empty when a rush starts, the
    /// cached plan scans it, and every probe then reads the whole, growing table. A one-off
    /// plan costs a fraction of a millisecond and always sees the table as it is. SQLite plans
    /// without table sizes, so its cached statements stay right.
    pub fn plan_each_time(&self) -> bool {
        self.backend == Backend::Postgres
    }

    /// Pool for reads.
    pub fn read(&self) -> &AnyPool {
        &self.read
    }

    /// Pool for single-statement writes.
    pub fn write(&self) -> &AnyPool {
        &self.write
    }

    /// A write transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        self.write.begin().await
    }

    /// A short write transaction that may share its commit with others waiting at the same
    /// moment (SQLite's one writer; see `group_commit`). `work` runs inside a savepoint: when it
    /// fails, its statements are undone and the error is returned, the others commit. Its result
    /// comes back only after the commit. On PostgreSQL it is a transaction of its own.
    pub async fn write_grouped<T, F>(&self, work: F) -> Result<T, sqlx::Error>
    where
        T: Send + 'static,
        F: for<'t> FnOnce(&'t mut Tx) -> WriteFuture<'t, T> + Send + 'static,
    {
        match &self.group {
            Some(group) => group.write(work).await,
            None => group_commit::write_alone(&self.write, work).await,
        }
    }

    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.read)
            .await
            .map(|_| ())
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

type PragmaFuture<'c> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), sqlx::Error>> + Send + 'c>>;

/// What every pool shares: its size, how long a request may wait for a connection, and when a
/// connection is checked before use (`ping_if_idle`).
fn pool_options(max: u32, wait: Duration) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(wait)
        .test_before_acquire(false)
        .before_acquire(ping_if_idle)
}

type AcquireFuture<'c> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<bool, sqlx::Error>> + Send + 'c>>;

/// sqlx pings every pooled connection before handing it out: a round trip to the database per
/// query, which in a booking rush costs PostgreSQL as much as the queries themselves. A
/// connection in use moments ago is alive; only one idle for a while (the database may have
/// restarted overnight) is pinged, and replaced when that fails.
fn ping_if_idle(
    conn: &mut sqlx::AnyConnection,
    meta: sqlx::pool::PoolConnectionMetadata,
) -> AcquireFuture<'_> {
    Box::pin(async move {
        if meta.idle_for > Duration::from_secs(30) {
            sqlx::Connection::ping(conn).await?;
        }
        Ok(true)
    })
}

/// Run on every new SQLite connection: sqlx does not set these through Any. WAL lets readers
/// work during a write; FULL survives power loss; the busy timeout makes writers wait, not fail.
fn sqlite_pragmas(
    conn: &mut sqlx::AnyConnection,
    _meta: sqlx::pool::PoolConnectionMetadata,
) -> PragmaFuture<'_> {
    Box::pin(async move {
        conn.execute(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
        )
        .await?;
        Ok(())
    })
}

/// The file of a SQLite database URL (None for PostgreSQL and in-memory databases).
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split_once('?').map_or(rest, |(p, _)| p);
    (path != ":memory:" && !path.is_empty()).then(|| std::path::PathBuf::from(path))
}

/// Adds `mode=rwc` and creates the parent directory, so a first start needs no set-up.
fn sqlite_url_with_create(url: &str) -> anyhow::Result<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| anyhow::anyhow!("DATABASE_URL must start with sqlite:// or postgres://"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)?;
            }
        }
    }
    let mut url = format!("sqlite://{path}");
    if query.is_empty() {
        url.push_str("?mode=rwc");
    } else {
        url.push('?');
        url.push_str(query);
        if !query.contains("mode=") {
            url.push_str("&mode=rwc");
        }
    }
    // Validate early with a readable message.
    sqlx::sqlite::SqliteConnectOptions::from_str(&url)?;
    Ok(url)
}

/// Current time as unix seconds: the one clock the database sees (the app's `Clock`).
pub fn now() -> i64 {
    crate::clock::now()
}

pub fn flag(b: bool) -> i64 {
    i64::from(b)
}

/// True when the error is a unique-constraint violation (both backends).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_of_a_sqlite_url() {
        let file = |u: &str| sqlite_file(u).map(|p| p.display().to_string());
        assert_eq!(file("sqlite://data/d.db").as_deref(), Some("data/d.db"));
        assert_eq!(
            file("sqlite:///var/x.db?mode=rwc").as_deref(),
            Some("/var/x.db")
        );
        assert_eq!(file("sqlite:d.db").as_deref(), Some("d.db"));
        assert_eq!(file("sqlite::memory:"), None);
        assert_eq!(file("postgres://u@h/db"), None);
    }

    #[test]
    fn sqlite_urls_get_create_mode() {
        let dir = std::env::temp_dir().join(format!("driehoek-url-{}", std::process::id()));
        let file = dir.join("x.db");
        let url = sqlite_url_with_create(&format!("sqlite://{}", file.display())).unwrap();
        assert!(url.ends_with("?mode=rwc"));
        assert!(dir.exists());
        let url =
            sqlite_url_with_create(&format!("sqlite:{}?cache=shared", file.display())).unwrap();
        assert!(url.ends_with("?cache=shared&mode=rwc"));
        assert!(sqlite_url_with_create("mysql://x").is_err());
    }
}
