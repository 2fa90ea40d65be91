//! The app's clock. Production reads the system time; tests move one app's clock (to the first
//! school day of next year, past a retention period) without touching any other app running in
//! the same process. The clock lives in `AppState`; the request layer and the background jobs run
//! their work inside `Clock::scope`, so `db::now()` everywhere reads the app's clock without
//! being handed it.

use std::future::Future;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Seconds added to the system time (0 in production).
    offset: Arc<AtomicI64>,
}

tokio::task_local! {
    static CURRENT: Clock;
}

fn system_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

impl Clock {
    /// Unix seconds on this clock.
    pub fn now(&self) -> i64 {
        system_now() + self.offset.load(Ordering::Relaxed)
    }

    /// Moves the clock so that it now reads `unix` (and runs on from there).
    pub fn set(&self, unix: i64) {
        self.offset.store(unix - system_now(), Ordering::Relaxed);
    }

    pub fn advance(&self, seconds: i64) {
        self.offset.fetch_add(seconds, Ordering::Relaxed);
    }

    /// Runs `work` with this clock as the current one.
    pub fn scope<F: Future>(&self, work: F) -> impl Future<Output = F::Output> {
        CURRENT.scope(self.clone(), work)
    }
}

/// The current app's clock, for work handed to another task (which must run in its scope).
pub fn current() -> Option<Clock> {
    CURRENT.try_with(Clock::clone).ok()
}

/// Unix seconds on the current app's clock (the system clock outside any app).
pub fn now() -> i64 {
    CURRENT
        .try_with(Clock::now)
        .unwrap_or_else(|_| system_now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn each_app_has_its_own_clock() {
        let moved = Clock::default();
        moved.set(2_000_000_000);
        let other = Clock::default();
        let in_moved = moved.scope(async { now() }).await;
        let in_other = other.scope(async { now() }).await;
        assert!((in_moved - 2_000_000_000).abs() <= 1);
        assert!((in_other - system_now()).abs() <= 1);
        assert!((now() - system_now()).abs() <= 1);
        moved.advance(86_400);
        assert!((moved.now() - 2_000_086_400).abs() <= 1);
    }
}
