//! Group commit: many small write transactions that arrive together share one commit.
//!
//! When booking opens, hundreds of families book within seconds, and every booking is a short
//! write transaction. On SQLite all writes go through one connection and every commit waits for
//! the disk (`synchronous = FULL`), so the commits, not the statements, set the pace: families
//! queue for the writer while the processor has time to spare. Here one task takes every
//! booking that is waiting, runs each inside its own savepoint of a single transaction and
//! commits once. Nothing is answered before that commit is on disk, so durability is the same
//! as one transaction per booking; a booking that fails (a slot somebody else took, a form sent
//! twice) is rolled back to its savepoint and leaves the others alone.
//!
//! PostgreSQL commits concurrent transactions together by itself (and its transactions may run
//! side by side), so there `Db::write_grouped` is simply a transaction of its own.

use std::future::Future;
use std::pin::Pin;

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};
use tracing::instrument::WithSubscriber;
use tracing::Instrument;

use super::Tx;

/// A write that borrows the transaction for as long as it runs.
pub type WriteFuture<'t, T> = Pin<Box<dyn Future<Output = Result<T, sqlx::Error>> + Send + 't>>;

/// What a job leaves for after the commit: hands its result (or the commit's failure) to the
/// waiting request.
type Deliver = Box<dyn FnOnce(Option<&sqlx::Error>) + Send>;

/// One request's write, type-erased; `true` when it failed and must be rolled back to its
/// savepoint.
type Job = Box<
    dyn for<'t> FnOnce(&'t mut Tx) -> Pin<Box<dyn Future<Output = (bool, Deliver)> + Send + 't>>
        + Send,
>;

/// Most writes committed together (a bound on how long the first of them waits).
const MAX_GROUP: usize = 64;
/// Writes waiting for the writer; the server's in-flight limit keeps this far from full.
const QUEUE: usize = 1024;

/// The sending side, held by `Db` (SQLite only).
#[derive(Clone)]
pub struct GroupWriter {
    jobs: mpsc::Sender<Job>,
}

impl GroupWriter {
    /// Starts the writer task; it ends when the last `Db` holding this sender is dropped.
    pub fn start(write: AnyPool) -> GroupWriter {
        let (jobs, queue) = mpsc::channel(QUEUE);
        tokio::spawn(run(write, queue));
        GroupWriter { jobs }
    }

    /// Runs `work` in the next group's transaction and returns its result once that
    /// transaction is committed. An error from `work` rolls back only `work`'s statements.
    pub async fn write<T, F>(&self, work: F) -> Result<T, sqlx::Error>
    where
        T: Send + 'static,
        F: for<'t> FnOnce(&'t mut Tx) -> WriteFuture<'t, T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<Result<T, sqlx::Error>>();
        // The writer task runs outside the request: `db::now()` must still read the app's
        // clock, and what the write logs belongs to the request's span and subscriber.
        let clock = crate::clock::current();
        let span = tracing::Span::current();
        let dispatch = tracing::dispatcher::get_default(Clone::clone);
        let job: Job = Box::new(move |tx: &mut Tx| {
            Box::pin(async move {
                // A request that gave up while queued (client gone, timeout) books nothing.
                if reply.is_closed() {
                    let nothing: Deliver = Box::new(|_| {});
                    return (false, nothing);
                }
                let work = work(tx).instrument(span).with_subscriber(dispatch);
                let result = match clock {
                    Some(clock) => clock.scope(work).await,
                    None => work.await,
                };
                let failed = result.is_err();
                let deliver: Deliver = Box::new(move |commit: Option<&sqlx::Error>| {
                    let out = match (result, commit) {
                        (Ok(_), Some(e)) => Err(commit_failed(e)),
                        (result, _) => result,
                    };
                    // The request may have given up meanwhile: nothing to do then.
                    let _ = reply.send(out);
                });
                (failed, deliver)
            })
        });
        self.jobs
            .send(job)
            .await
            .map_err(|_| sqlx::Error::WorkerCrashed)?;
        // A dropped reply means this job's group was rolled back as a whole before it
        // delivered (the transaction could not begin, a savepoint failed, the group panicked):
        // nothing of it was written. The cause is in the log.
        answer.await.map_err(|_| sqlx::Error::WorkerCrashed)?
    }
}

fn commit_failed(e: &sqlx::Error) -> sqlx::Error {
    sqlx::Error::Protocol(format!("group commit failed: {e}"))
}

async fn run(write: AnyPool, mut queue: mpsc::Receiver<Job>) {
    while let Some(first) = queue.recv().await {
        // Wait for the write connection first: everything that queues meanwhile (while the
        // previous group commits, or another writer holds the connection) joins this group.
        let tx = match write.begin().await {
            Ok(tx) => tx,
            Err(e) => {
                // `first` is dropped unanswered: its request gets an error, nothing is written.
                tracing::warn!(error = %e, "group commit: cannot begin");
                continue;
            }
        };
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        // A panic inside one group drops its jobs and its transaction (their requests get an
        // error, nothing is written) and leaves the writer running for the next.
        if let Err(e) = tokio::spawn(commit_group(tx, group)).await {
            tracing::error!(error = %e, "group commit: a group panicked");
        }
    }
}

async fn commit_group(mut tx: Tx, group: Vec<Job>) {
    let mut delivered: Vec<Deliver> = Vec::with_capacity(group.len());
    for job in group {
        if let Err(e) = savepoint(&mut tx, "SAVEPOINT one_write").await {
            // Dropping the transaction rolls everything back; dropping the answers tells
            // every request of the group so.
            tracing::warn!(error = %e, "group commit: savepoint failed");
            return;
        }
        let (failed, deliver) = job(&mut tx).await;
        let end = if failed {
            savepoint(&mut tx, "ROLLBACK TO SAVEPOINT one_write").await
        } else {
            Ok(())
        };
        if let Err(e) = end.and(savepoint(&mut tx, "RELEASE SAVEPOINT one_write").await) {
            // The transaction is in an unknown state: roll all of it back; the jobs already
            // run learn that their write did not happen.
            tracing::warn!(error = %e, "group commit: savepoint failed");
            drop(tx);
            for d in delivered {
                d(Some(&e));
            }
            deliver(Some(&e));
            return;
        }
        delivered.push(deliver);
    }
    let commit = tx.commit().await.err();
    if let Some(e) = &commit {
        tracing::warn!(error = %e, "group commit: commit failed");
    }
    for deliver in delivered {
        deliver(commit.as_ref());
    }
}

async fn savepoint(tx: &mut Tx, statement: &str) -> Result<(), sqlx::Error> {
    sqlx::query(statement).execute(&mut **tx).await.map(|_| ())
}

/// Runs `work` in a transaction of its own (PostgreSQL).
pub async fn write_alone<T, F>(write: &AnyPool, work: F) -> Result<T, sqlx::Error>
where
    F: for<'t> FnOnce(&'t mut Tx) -> WriteFuture<'t, T>,
{
    let mut tx = write.begin().await?;
    let out = work(&mut tx).await?;
    tx.commit().await?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::Db;
    use super::*;
    use crate::clock::Clock;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    async fn sqlite() -> (Db, std::path::PathBuf) {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "driehoek-group-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let db = Db::connect(&format!("sqlite://{}/t.db", dir.display()))
            .await
            .unwrap();
        sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, at BIGINT)")
            .execute(db.write())
            .await
            .unwrap();
        (db, dir)
    }

    /// Two statements: a row of its own (`{k}-first-{n}`), then `k`, which may collide. A
    /// collision must also undo the first row.
    fn insert(
        k: String,
        n: usize,
    ) -> impl for<'t> FnOnce(&'t mut Tx) -> WriteFuture<'t, i64> + Send {
        move |tx| {
            Box::pin(async move {
                sqlx::query("INSERT INTO t (k, at) VALUES ($1, 0)")
                    .bind(format!("{k}-first-{n}"))
                    .execute(&mut **tx)
                    .await?;
                sqlx::query_scalar("INSERT INTO t (k, at) VALUES ($1, $2) RETURNING id")
                    .bind(&k)
                    .bind(crate::clock::now())
                    .fetch_one(&mut **tx)
                    .await
            })
        }
    }

    async fn keys(db: &Db) -> Vec<String> {
        sqlx::query_scalar("SELECT k FROM t ORDER BY k")
            .fetch_all(db.read())
            .await
            .unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failing_write_leaves_the_others_of_its_group_alone() {
        let (db, dir) = sqlite().await;
        // Hold the writer so that every write below queues and they commit as one group.
        let hold = db.begin().await.unwrap();
        let done = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for i in 0..10 {
            // Four of them ask for the same key.
            let k = format!("k{}", if i % 3 == 0 { 0 } else { i });
            let (db, done) = (db.clone(), done.clone());
            tasks.push(tokio::spawn(async move {
                let out = db.write_grouped(insert(k.clone(), i)).await;
                done.fetch_add(1, Ordering::SeqCst);
                if out.is_ok() {
                    // Answered only once committed: another connection sees the row.
                    let seen: Option<i64> = sqlx::query_scalar("SELECT id FROM t WHERE k = $1")
                        .bind(&k)
                        .fetch_optional(db.read())
                        .await
                        .unwrap();
                    assert_eq!(
                        seen,
                        out.as_ref().ok().copied(),
                        "{k} answered before commit"
                    );
                }
                (i, out)
            }));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        assert_eq!(
            done.load(Ordering::SeqCst),
            0,
            "nobody is answered before the commit"
        );
        drop(hold);
        let mut winners = Vec::new();
        let mut refused = 0;
        for t in tasks {
            match t.await.unwrap() {
                (i, Ok(_)) => winners.push(i),
                (_, Err(e)) => {
                    assert!(super::super::is_unique_violation(&e), "{e}");
                    refused += 1;
                }
            }
        }
        assert_eq!((winners.len(), refused), (7, 3));
        // A refused write lost its first row too; the winners kept both of theirs.
        let mut want: Vec<String> = winners
            .iter()
            .flat_map(|&i| {
                let k = format!("k{}", if i % 3 == 0 { 0 } else { i });
                [format!("{k}-first-{i}"), k]
            })
            .collect();
        want.sort();
        assert_eq!(keys(&db).await, want);
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_request_that_gave_up_while_queued_writes_nothing() {
        let (db, dir) = sqlite().await;
        let hold = db.begin().await.unwrap();
        let gone = {
            let db = db.clone();
            tokio::spawn(async move { db.write_grouped(insert("gone".into(), 0)).await })
        };
        let stays = {
            let db = db.clone();
            tokio::spawn(async move { db.write_grouped(insert("stays".into(), 1)).await })
        };
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        // The parent closed the page (or the request timed out) before the writer was free.
        gone.abort();
        assert!(gone.await.unwrap_err().is_cancelled());
        drop(hold);
        stays.await.unwrap().unwrap();
        assert_eq!(keys(&db).await, ["stays", "stays-first-1"]);
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn grouped_writes_run_on_the_callers_clock() {
        let (db, dir) = sqlite().await;
        let clock = Clock::default();
        clock.set(2_000_000_000);
        let id = clock
            .scope(db.write_grouped(insert("moved".into(), 0)))
            .await
            .unwrap();
        let at: i64 = sqlx::query_scalar("SELECT at FROM t WHERE id = $1")
            .bind(id)
            .fetch_one(db.read())
            .await
            .unwrap();
        assert!((at - 2_000_000_000).abs() <= 2, "{at}");
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }
}
