//! Setting up an installation and adding schools: the first administrator of a school, from
//! the set-up page or the command line (`create-admin`, `add-school`, `grant-board`).

use super::store::{self, NewStaff};
use crate::auth::credentials::set_password_hash;
use crate::auth::staff_tokens::{send_password_link, TokenPurpose};
use crate::auth::Roles;
use crate::auth::{passwords, tokens};
use crate::db::{Db, Tx};
use crate::domain::Email;
use crate::i18n::Lang;
use crate::school;
use crate::state::AppState;
use crate::web::forms::clean;

/// The first school and its first administrator, in the caller's transaction. Returns the
/// administrator's id, or None when the installation was set up already (somebody was first).
pub async fn set_up_installation(
    tx: &mut Tx,
    school_name: &str,
    city: &str,
    admin: &NewStaff,
) -> Result<Option<i64>, sqlx::Error> {
    if !school::mark_set_up(tx).await? {
        return Ok(None);
    }
    store::delete_setup_tokens(tx).await?;
    let (school_id, _) = school::create_school(tx, school_name, "", city).await?;
    store::insert(tx, school_id, admin).await.map(Some)
}

/// At the start of an installation that is not set up yet: a new one-time set-up link (its
/// hash stored, replacing any earlier one), to print in the server log. Only whoever can read
/// that log can set the installation up (ASVS 6.2.x: no unauthenticated first-come account).
/// None once the installation is set up.
pub async fn issue_setup_link(state: &AppState) -> anyhow::Result<Option<String>> {
    if school::is_set_up(&state.db).await? {
        return Ok(None);
    }
    let token = tokens::new_token();
    // Stamped on the app's clock, which decides when the link expires.
    state
        .clock
        .scope(store::replace_setup_token(
            &state.db,
            &tokens::hash_token(&token),
        ))
        .await?;
    Ok(Some(format!(
        "{}/setup?token={token}",
        state.config.base_url
    )))
}

/// How long a printed set-up link works. A link found in an old log (or a copied log file)
/// should not set up an installation days later; a restart prints a new one.
pub const SETUP_LINK_HOURS: i64 = 24;

/// Whether a set-up token is the one printed last, less than `SETUP_LINK_HOURS` ago (compared
/// by hash, as every token here).
pub async fn setup_token_valid(db: &Db, token: &str) -> Result<bool, sqlx::Error> {
    if token.is_empty() {
        return Ok(false);
    }
    let since = crate::db::now() - SETUP_LINK_HOURS * 3600;
    store::setup_token_exists(db, &tokens::hash_token(token), since).await
}

/// The school name and administrator given on the command line, checked.
fn parse_admin(school: &str, name: &str, email: &str) -> anyhow::Result<(String, NewStaff)> {
    let email = Email::parse(email)
        .map(Email::into_string)
        .ok_or_else(|| anyhow::anyhow!("not a valid e-mail address: {email}"))?;
    let (school, name) = (clean(school), clean(name));
    anyhow::ensure!(
        !school.is_empty() && !name.is_empty(),
        "school and name must not be empty"
    );
    let roles = Roles {
        administrator: true,
        ..Roles::default()
    };
    Ok((school, NewStaff { name, email, roles }))
}

/// Headless set-up for `driehoek create-admin`: the school, its current year and the first
/// administrator, with a password or, without one, a printed one-time link to set it.
pub async fn create_first_admin(
    state: &AppState,
    school: &str,
    name: &str,
    email: &str,
    password: Option<String>,
) -> anyhow::Result<String> {
    let (school, admin) = parse_admin(school, name, email)?;
    let hash = match password {
        Some(p) => {
            if let Some(key) = passwords::check_new_password(&p, &p) {
                anyhow::bail!("{}", Lang::En.t(key));
            }
            Some(passwords::hash(p).await?)
        }
        None => None,
    };
    let mut tx = state.db.begin().await?;
    let id = set_up_installation(&mut tx, &school, "", &admin)
        .await?
        .ok_or_else(|| anyhow::anyhow!("this installation has already been set up"))?;
    let email = &admin.email;
    let base_url = &state.config.base_url;
    let outcome = match hash {
        Some(h) => {
            set_password_hash(&mut tx, id, &h).await?;
            format!("Administrator {email} created. Sign in at {base_url}/sign-in")
        }
        None => {
            let link = send_password_link(&mut tx, base_url, id, TokenPurpose::Invite).await?;
            format!("Administrator {email} created. Set the password within 7 days at:\n{link}")
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

/// Adds another school of the board to an installation that is already set up, with its first
/// administrator, who receives (and gets printed) a one-time link to set a password.
pub async fn add_school(
    state: &AppState,
    school: &str,
    name: &str,
    email: &str,
) -> anyhow::Result<String> {
    let (school, admin) = parse_admin(school, name, email)?;
    anyhow::ensure!(
        school::is_set_up(&state.db).await?,
        "set up the installation first (driehoek create-admin or the set-up page)"
    );
    let mut tx = state.db.begin().await?;
    let (school_id, _) = school::create_school(&mut tx, &school, "", "").await?;
    let id = store::insert(&mut tx, school_id, &admin).await?;
    let link =
        send_password_link(&mut tx, &state.config.base_url, id, TokenPurpose::Invite).await?;
    tx.commit().await?;
    Ok(format!(
        "School {school} added; administrator {} sets a password within 7 days at:\n{link}",
        admin.email
    ))
}

/// `driehoek grant-board`: a staff member of the school board sees every school's coverage.
pub async fn grant_board(db: &Db, email: &str) -> anyhow::Result<String> {
    anyhow::ensure!(
        store::grant_board(db, email).await?,
        "no staff member with e-mail address {email}"
    );
    Ok(format!(
        "{email} now sees the coverage of every school (under Bestuur)."
    ))
}
