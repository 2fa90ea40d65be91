//! Guardian pages: list and detail (`pages`), add to a pupil, edit and archive (`form`),
//! and a pupil's link to a guardian (`link`).

mod form;
mod link;
mod pages;

use axum::routing::{get, post};

use super::store::{self, GuardianRow};
use crate::auth::access::Reach;
use crate::auth::StaffUser;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::web::Routes;

pub fn router() -> Routes {
    Routes::new()
        .route("/guardians", get(pages::list))
        .route("/guardians/{id}", get(pages::show))
        .route(
            "/guardians/{id}/edit",
            get(form::edit_form).post(form::update),
        )
        .route("/guardians/{id}/archive", post(form::archive))
        .route(
            "/pupils/{pupil}/guardians/new",
            get(form::new_form).post(form::create),
        )
        .route(
            "/pupils/{pupil}/guardians/{id}/link",
            get(link::link_form).post(link::update_link),
        )
        .route("/pupils/{pupil}/guardians/{id}/unlink", post(link::unlink))
}

/// A guardian the person may see, or 404.
async fn visible_guardian(db: &Db, me: &StaffUser, id: i64) -> AppResult<GuardianRow> {
    store::find_visible(db, Reach::of(me), id)
        .await?
        .ok_or(AppError::NotFound)
}
