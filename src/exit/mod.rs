//! Leavers and the exit conversations: the director sees what families said, cell by cell of
//! the involvement matrix (in individual exit conversations and in group sessions), keeps an
//! action plan, sends the reports, asks families again half a year later, and publishes a
//! summary for the parents still at school — with no personal data, and small numbers left out
//! so nobody is recognisable.
//!
//! - `answers`: the one decoder of what was said (the `answers` JSON);
//! - `rules`: pure decisions (public counts, year comparison, report text, session capacity);
//! - `store`: all SQL;
//! - pages: `leavers` (marking a pupil as leaving), `overview` (the director's page, comparing
//!   years), `actions` (the action plan), `reports` (approving and sending exit reports),
//!   `followup` (the questionnaire after half a year), `sessions` (group sessions — gatherings of
//!   kind `exit` — and what was said in them; families answer through `gatherings`),
//!   `summary` (the public page).

mod actions;
mod followup;
mod leavers;
mod overview;
mod reports;
mod rules;
mod sessions;
mod store;
mod summary;

use axum::routing::{get, post};

use crate::web::Routes;

pub use crate::domain::{Answers, AnswersError};
pub use rules::{cell_counts, report_body, reportable, FOLLOWUP_AFTER_DAYS, MIN_REPORTED};
pub use store::{sessions, SessionRow};

pub fn router() -> Routes {
    Routes::new()
        .route("/pupils/{id}/leaving", post(leavers::mark_leaving))
        .route("/exit", get(overview::overview))
        .route("/exit/actions", post(actions::add_action))
        .route("/exit/actions/{id}/status", post(actions::action_status))
        .route("/scholen/{id}/wat-we-hoorden", get(summary::public_summary))
        .route(
            "/records/{id}/send-report",
            post(reports::send_record_report),
        )
        .route("/exit/followups", post(followup::send_followups))
        .route(
            "/nazorg/{token}",
            get(followup::followup_form).post(followup::followup_answer),
        )
        .route("/exit/sessions", post(sessions::create))
        .route("/exit/sessions/{id}/invite", post(sessions::invite))
        .route(
            "/exit/sessions/{id}/record",
            get(sessions::record_form).post(sessions::save_record),
        )
        .route(
            "/exit/sessions/{id}/send-report",
            post(reports::send_session_report),
        )
        .route("/nazorg/{token}/taal", post(followup::choose_language))
}

/// The sections and prompts of an exit conversation (a group session uses the same).
fn exit_sections() -> &'static [crate::records::Section] {
    crate::records::sections("exit")
}
