//! A staff member's own account: the first set-up of an installation, signing in and out, a
//! forgotten password, and setting a password through a one-time link. The credentials and
//! links themselves are in `auth`; staff accounts are made by `staff`.

mod routes;
mod second_step;
mod security;
mod sign_in;
mod store;

pub use routes::router;

/// Reset links one address may receive per hour.
const RESET_LINKS_PER_HOUR: i64 = 3;

use crate::auth::mfa::{self, Need};
use crate::auth::StaffUser;
use crate::state::AppState;

/// The demo school's accounts (`driehoek demo`) sign in with their password alone, so trying the
/// demo stays one step; a notice says so. Its staff have addresses at the demo school's own
/// domain, a subdomain of the reserved example.org that no real school can receive mail at.
fn is_demo_account(email: &str) -> bool {
    static DOMAIN: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let school = crate::demo::data::demo_school(crate::demo::DEMO_SEED);
        format!("@{}", school.email_domain)
    });
    DOMAIN.ends_with(".example.org") && email.trim().to_lowercase().ends_with(DOMAIN.as_str())
}

/// Whether this person must, may or need not use a second factor: the installation
/// (`DRIEHOEK_MFA_FOR_ALL`) or the school (its settings) can ask it of teachers too.
async fn mfa_need(state: &AppState, staff: &StaffUser) -> Result<Need, sqlx::Error> {
    let for_all =
        state.config.mfa_for_all || crate::school::mfa_for_all(&state.db, staff.school_id).await?;
    Ok(mfa::need(
        &staff.roles,
        for_all,
        is_demo_account(&staff.email),
    ))
}
