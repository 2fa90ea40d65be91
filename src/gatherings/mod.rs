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

pub use rules::{info_evening_choice, Answer};
pub use store::{
    answer_invite, exit_gatherings, gathering, insert, invite_by_token, own_receptions,
    send_invites, set_attendance, set_info_evening, GatheringRow, Invitee, NewGathering, NewInvite,
};

/// Invites the families a gathering is for who are not invited yet (a teacher: of their own
/// groups): one mail per guardian who receives mail, in their language, queued with the
/// invitation and an audit line. The new tokens (for the demo).
pub async fn invite_families(
    db: &crate::db::Db,
    base_url: &str,
    me: &crate::auth::StaffUser,
    g: &GatheringRow,
) -> Result<Vec<String>, sqlx::Error> {
    let school = crate::school::school_name(db, me.school_id).await?;
    let reach = crate::auth::access::Reach::of(me);
    let invites: Vec<NewInvite> = store::invitees(db, &reach, g)
        .await?
        .into_iter()
        .map(|p| {
            let token = crate::auth::tokens::new_token();
            let link = link(base_url, &token);
            NewInvite {
                guardian_id: p.id,
                mail: mails::gathering_mail(
                    g,
                    &school,
                    &p.email,
                    &p.name,
                    &p.language,
                    link,
                    mails::INVITATION,
                ),
                token,
            }
        })
        .collect();
    store::send_invites(db, me, g.id, &invites).await?;
    Ok(invites.into_iter().map(|i| i.token).collect())
}

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
