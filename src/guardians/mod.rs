//! Guardians (parents and carers) and their links to pupils.

mod routes;
mod rules;
mod store;

pub use crate::domain::codes::LANGUAGES;

pub use routes::router;
pub use store::{end_personal_links, of_pupil, set_own_language};

use crate::error::AppResult;
use crate::i18n::{mail_lang, Lang};
use crate::mail::Outgoing;
use crate::state::AppState;
use crate::web::{no_referrer, parent_lang};

/// The notice to a guardian's old address that it no longer receives the school's mail (ASVS
/// V6.3.7): sent when staff change the address, and when a school administration export does.
pub fn address_changed_notice(name: &str, old_email: &str, language: &str) -> Outgoing {
    let lang = mail_lang(language);
    Outgoing {
        to: old_email.to_string(),
        subject: lang.t("guardian-email-changed-subject"),
        text: lang.tr("guardian-email-changed-body", &[("name", name.to_string())]),
        lang,
        ics: None,
    }
}

use crate::db::Flag;

/// A guardian as linked to one pupil.
#[derive(sqlx::FromRow)]
pub struct LinkedGuardian {
    pub id: i64,
    pub name: String,
    /// Empty without an address.
    pub email: String,
    pub phone: String,
    pub language: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter_needed: bool,
    /// A `Relationship` code.
    pub relationship: String,
    #[sqlx(try_from = "Flag")]
    pub parental_authority: bool,
    #[sqlx(try_from = "Flag")]
    pub own_household: bool,
    #[sqlx(try_from = "Flag")]
    pub receives_invitations: bool,
}

/// The language switch of a page opened from a guardian's personal link: the choice is stored
/// for that guardian only (the next mails follow it; a separated parent keeps their own), kept in
/// the browser too, and the guardian goes back to `page`.
pub async fn language_chosen(
    state: &AppState,
    guardian_id: i64,
    lang: Lang,
    page: &str,
) -> AppResult<axum::response::Response> {
    set_own_language(&state.db, guardian_id, lang.code()).await?;
    Ok(no_referrer(parent_lang::chosen(
        lang,
        page,
        state.config.secure_cookies(),
    )))
}
