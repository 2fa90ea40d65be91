//! Schools and school years, the first set-up of an installation, the school settings page
//! for administrators and the public page on practical help for parents.
//!
//! Other features use the functions re-exported here (`school_name`, `current_year`, ...).

mod routes;
mod rules;
mod store;

pub use routes::router;
pub use rules::{
    default_first_school_day, may_change_guardian_email, school_year_name, school_year_of,
};
pub use store::{
    create_school, create_school_year, current_year, guardian_email_roles, is_set_up, mark_set_up,
    mfa_for_all, school_name,
};
