//! What every handler can reach: the database and the configuration. Handlers take
//! `State<AppState>`, or just the part they need (`State<Db>`, `State<Arc<Config>>`).

use std::sync::Arc;

use axum::extract::FromRef;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    /// The system clock, or a moved one in tests (see `clock`).
    pub clock: Clock,
}

impl FromRef<AppState> for Db {
    fn from_ref(state: &AppState) -> Db {
        state.db.clone()
    }
}

impl FromRef<AppState> for Arc<Config> {
    fn from_ref(state: &AppState) -> Arc<Config> {
        state.config.clone()
    }
}
