//! Buddies: parents who help each other. During the startgesprek the teacher notes that a
//! parent would like help (a language, a diagnosis, a first child at school, being new in the
//! Netherlands) or could offer it (`record_box`, on the record page). Care coordinators and the
//! director see one school-wide list with suggested matches (`rules::suggestions`) and propose
//! two parents to each other (`routes`). Each parent agrees or declines through a personal link
//! (`parent`); only when both agreed do they receive each other's contact details. Either can
//! withdraw later; the school can end a pair. All SQL is in `store`, mails in `mails`.

mod mails;
mod parent;
mod record_box;
mod routes;
mod rules;
mod store;

use axum::routing::{get, post};

use crate::web::Routes;

pub use record_box::RecordBox;

/// What the demo school uses to show buddies with realistic data.
pub mod for_demo {
    pub use super::store::{
        answer, demo_coordinator, demo_guardians, demo_sides, insert_wish_tx, propose,
        side_by_token, NewWish,
    };
}

pub fn router() -> Routes {
    Routes::new()
        .route("/records/{id}/buddies", post(record_box::note_wish))
        .route("/buddies", get(routes::overview))
        .route("/buddies/wishes/{id}/close", post(record_box::close_wish))
        .route("/buddies/pairs", post(routes::propose))
        .route("/buddies/pairs/{id}/end", post(routes::end_pair))
        .route("/maatje/{token}", get(parent::page).post(parent::answer))
        .route("/maatje/{token}/taal", post(parent::choose_language))
}

/// The school-wide list is for care coordinators and the director.
fn may_match(me: &crate::auth::StaffUser) -> bool {
    me.roles.care_coordinator || me.roles.director
}
