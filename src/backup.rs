//! `driehoek backup PATH`: a consistent copy of the SQLite database, made while the app keeps
//! serving, and checked before it is called a backup (ASVS 5.0 V14.2 / availability: a backup
//! that cannot be restored is no backup). PostgreSQL is backed up with its own tools
//! (`pg_dump`/`pg_restore`, see the README).

use std::path::{Path, PathBuf};

use sqlx::Connection;

use crate::db::{Backend, Db};

/// What a finished backup reports.
#[derive(Debug)]
pub struct Backup {
    pub path: PathBuf,
    pub bytes: u64,
}

impl std::fmt::Display for Backup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "backup written to {} ({} bytes), integrity check ok",
            self.path.display(),
            self.bytes
        )
    }
}

/// `driehoek backup PATH` on the database at `url`. A SQLite file that is not there is an
/// error, not a new empty database: a mistyped `DATABASE_URL` must not produce a "backup"
/// that restores an empty school (and must not leave an empty database file behind).
pub async fn from_url(url: &str, target: &Path) -> anyhow::Result<Backup> {
    if let Some(file) = crate::db::sqlite_file(url) {
        if !file.is_file() {
            anyhow::bail!(
                "there is no database at {}: check DATABASE_URL (a backup never creates a database)",
                file.display()
            );
        }
    }
    let db = Db::connect(url).await?;
    let done = sqlite(&db, target).await;
    db.close().await;
    done
}

/// Copies the SQLite database to `target` with `VACUUM INTO` (one read transaction: a
/// snapshot, while writers go on through WAL), then opens the copy and runs
/// `PRAGMA integrity_check`. An existing file is never overwritten; a copy that fails the
/// check is removed.
pub async fn sqlite(db: &Db, target: &Path) -> anyhow::Result<Backup> {
    if db.backend != Backend::Sqlite {
        anyhow::bail!(
            "backup makes copies of SQLite databases; for PostgreSQL use pg_dump (see the README)"
        );
    }
    if target.exists() {
        anyhow::bail!(
            "{} exists already; choose a new file name",
            target.display()
        );
    }
    if let Some(parent) = target.parent() {
        if !parent.as_os_str().is_empty() && !parent.is_dir() {
            anyhow::bail!("the folder {} does not exist", parent.display());
        }
    }
    let path = target
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("the backup path must be valid UTF-8"))?;
    // SQLite itself also refuses to write into an existing non-empty file, so a file that
    // appears between the check above and this statement is not overwritten either.
    sqlx::query("VACUUM INTO $1")
        .bind(path)
        .execute(db.read())
        .await?;
    match integrity(target).await {
        Ok(()) => Ok(Backup {
            path: target.to_path_buf(),
            bytes: std::fs::metadata(target)?.len(),
        }),
        Err(e) => {
            let _ = std::fs::remove_file(target);
            Err(e)
        }
    }
}

/// `PRAGMA integrity_check` on the copy, opened read-only.
async fn integrity(target: &Path) -> anyhow::Result<()> {
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}?mode=ro", target.display());
    let mut conn = sqlx::AnyConnection::connect(&url).await?;
    let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await?;
    conn.close().await?;
    if rows == ["ok"] {
        Ok(())
    } else {
        anyhow::bail!("the copy failed its integrity check: {}", rows.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_missing_database_is_refused_and_not_created() {
        let dir =
            std::env::temp_dir().join(format!("driehoek-backup-missing-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let source = dir.join("data").join("typo.db");
        let target = dir.join("copy.db");
        let err = from_url(&format!("sqlite://{}", source.display()), &target)
            .await
            .expect_err("a missing database is no source for a backup");
        assert!(err.to_string().contains("no database at"), "{err}");
        assert!(
            !source.exists(),
            "the backup created the database it was asked to copy"
        );
        assert!(!target.exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
