//! Gatherings: everything parents are invited to as a group — the class reception at the start
//! of the year, information evenings (per group or grade), plenary parent evenings, and the
//! group exit sessions (planned on the exit page, which keeps what only they have). One
//! mechanism: a personal link per guardian, an answer (yes, no, maybe) with the number of people
//! and needs (interpreter, childcare) that may be changed, one reminder per invitation,
//! attendance afterwards and a printable list.
//!
//! - `rules`: kinds, audiences, who may plan what, the capacity, reading an answer;
//! - `store`: all SQL;
//! - pages: `routes` (staff: list, plan, invite, remind, attendance, print), `rsvp` (the
//!   family's page behind the personal link; `/rsvp/{token}` as mailed for exit sessions).

mod mails;
mod routes;
mod rsvp;
mod rules;
mod store;

use axum::routing::{get, post};

use crate::web::Routes;

pub use rules::info_evening_choice;
pub use store::{
    exit_gatherings, insert, own_receptions, send_invites, set_info_evening, GatheringRow,
    Invitee, NewGathering, NewInvite,
};

/// The personal link in an invitation or reminder.
pub fn link(base_url: &str, token: &str) -> String {
    format!("{base_url}/rsvp/{token}")
}

pub fn router() -> Routes {
    Routes::new()
        .route("/gatherings", get(routes::list).post(routes::create))
        .route("/gatherings/new", get(routes::new_form))
        .route("/gatherings/{id}", get(routes::detail))
        .route("/gatherings/{id}/invite", post(routes::invite))
        .route("/gatherings/{id}/remind", post(routes::remind))
        .route("/gatherings/{id}/attendance", post(routes::attendance))
        .route("/gatherings/{id}/print", get(routes::print))
        .route("/rsvp/{token}", get(rsvp::rsvp_page).post(rsvp::rsvp))
        .route("/rsvp/{token}/taal", post(rsvp::choose_language))
}
