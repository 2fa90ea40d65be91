//! The staff pages of rounds, by URL. The schedule and the calendar feed have their own
//! router (`schedule::router`).

use axum::routing::{get, post};

use super::availability::{add_availability, remove_availability};
use super::families::{
    book_for_family, families, log_attempt, remind, resend, revoke, send_invitations,
};
use super::overview::{create, list, new_form, show};
use super::timetable::{make_timetable, save_constraint};
use crate::web::Routes;

pub fn router() -> Routes {
    Routes::new()
        .route("/rounds", get(list))
        .route("/rounds/new", get(new_form).post(create))
        .route("/rounds/{id}", get(show))
        .route("/rounds/{id}/availability", post(add_availability))
        .route(
            "/rounds/{id}/availability/{block}/delete",
            post(remove_availability),
        )
        .route("/rounds/{id}/invite", post(send_invitations))
        .route("/rounds/{id}/families", get(families))
        .route("/rounds/{id}/remind", post(remind))
        .route("/rounds/{id}/pupils/{pupil}/attempts", post(log_attempt))
        .route("/rounds/{id}/pupils/{pupil}/book", post(book_for_family))
        .route("/rounds/{id}/guardians/{guardian}/resend", post(resend))
        .route("/rounds/{id}/guardians/{guardian}/revoke", post(revoke))
        .route("/rounds/{id}/timetable", post(make_timetable))
        .route(
            "/rounds/{id}/pupils/{pupil}/constraint",
            post(save_constraint),
        )
}
