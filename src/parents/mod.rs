//! The parents' own view: a short-lived, single-use sign-in link by mail (separate from the
//! booking links), then a session in which a parent sees their own children's plan, agreements
//! and the records the school chose to share, and confirms or comments on agreements.
//! Pages are in `routes`, the family's view in `family`, SQL in `store`.

mod family;
pub mod routes;
mod store;

pub use routes::router;

use crate::auth::{parent_sessions, tokens};
use crate::db::{now, Db};
use crate::domain::Email;
use crate::i18n::mail_lang;
use crate::mail::{self, Outgoing};

/// The mailed link works for a quarter of an hour, once.
pub const LINK_SECONDS: i64 = 15 * 60;
/// At most this many links per guardian per hour (no mail bombing through the form).
pub const LINKS_PER_HOUR: i64 = 3;

/// Sends a sign-in link to every guardian with this e-mail address. The caller shows the same
/// answer whether or not the address is known.
pub async fn send_links(db: &Db, base_url: &str, email: &Email) -> Result<(), sqlx::Error> {
    for guardian in store::guardians_by_email(db, email.as_str()).await? {
        if store::links_since(db, guardian.id, now() - 3600).await? >= LINKS_PER_HOUR {
            continue;
        }
        let token = tokens::new_token();
        let at = now();
        let lang = mail_lang(&guardian.language);
        let mut tx = db.begin().await?;
        store::insert_link(
            &mut tx,
            tokens::hash_token(&token),
            guardian.id,
            at + LINK_SECONDS,
            at,
        )
        .await?;
        let args = [
            ("name", guardian.name),
            ("link", format!("{base_url}/ouders/link/{token}")),
        ];
        let mail = Outgoing {
            to: email.to_string(),
            subject: lang.t("parent-link-subject"),
            text: lang.tr("parent-link-body", &args),
            lang,
            ics: None,
        };
        mail::enqueue(&mut tx, Some(guardian.school_id), &mail).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Whether a link can still be used (for the page that shows the sign-in button).
/// The guardian (id, language) of a sign-in link that still works; None otherwise.
pub async fn usable_link(db: &Db, token: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    store::usable_link_guardian(db, tokens::hash_token(token), now()).await
}

/// Uses the link up and starts a session: (cookie token, guardian id). None when the link was
/// used before or has expired.
pub async fn sign_in(db: &Db, token: &str) -> Result<Option<(String, i64)>, sqlx::Error> {
    let at = now();
    let mut tx = db.begin().await?;
    let Some(guardian) = store::use_link(&mut tx, tokens::hash_token(token), at).await? else {
        return Ok(None);
    };
    let session = parent_sessions::create(&mut tx, guardian).await?;
    tx.commit().await?;
    Ok(Some((session, guardian)))
}

/// A parent's answer to an agreement about their own child: confirmed or not, and a comment.
/// False (nothing written) when the agreement is not about one of their children.
pub async fn respond(
    db: &Db,
    guardian_id: i64,
    agreement_id: i64,
    confirmed: bool,
    comment: String,
) -> Result<bool, sqlx::Error> {
    if !store::agreement_is_about_own_child(db, agreement_id, guardian_id).await? {
        return Ok(false);
    }
    store::insert_response(db, agreement_id, guardian_id, confirmed, comment, now()).await?;
    Ok(true)
}

/// What a guardian may read: with parental authority everything the school shared; without it
/// (the law gives such a parent a right to important information, not to the full file) only
/// the communication plan and the agreements.
pub fn may_read_records(parental_authority: bool) -> bool {
    parental_authority
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_parents_with_authority_read_the_shared_records() {
        assert!(may_read_records(true));
        assert!(!may_read_records(false));
    }
}
