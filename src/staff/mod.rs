//! Staff administration: the staff list, invitations, roles and groups, disabling accounts;
//! and the first administrator of a school (set-up page and command line). Password links and
//! sign-in live in `auth`; this feature asks auth to send the links.

mod routes;
mod setup;
mod store;

pub use routes::router;
pub use setup::{
    add_school, create_first_admin, grant_board, issue_setup_link, set_up_installation,
    setup_token_valid,
};
pub use store::{insert, NewStaff};

/// Used by the demo to give its people a password.
pub use crate::auth::credentials::set_password_hash;
