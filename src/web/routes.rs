//! Every route of the app goes through `Routes`, which remembers its path: axum cannot list a
//! router's routes, and the access-matrix test (`tests/http/access_matrix.rs`) must walk all of
//! them, so that a new route without an access rule fails a test.

use axum::routing::MethodRouter;
use axum::Router;

use crate::state::AppState;

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    paths: Vec<&'static str>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    pub fn route(mut self, path: &'static str, methods: MethodRouter<AppState>) -> Routes {
        self.router = self.router.route(path, methods);
        self.paths.push(path);
        self
    }

    pub fn merge(mut self, other: Routes) -> Routes {
        self.router = self.router.merge(other.router);
        self.paths.extend(other.paths);
        self
    }

    /// The path templates, e.g. `/pupils/{id}`, in registration order.
    pub fn paths(&self) -> &[&'static str] {
        &self.paths
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
