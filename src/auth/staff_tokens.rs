//! One-time links for staff to set a password: an invitation (a week) or a reset (an hour).
//! The link carries a random token; `staff_tokens` holds only its hash. Creating a link queues
//! the mail that carries it, in the caller's transaction.

use super::tokens;
use crate::db::{now, Db, Tx};
use crate::i18n::Lang;
use crate::mail::{self, Outgoing};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    Invite,
    Reset,
}

impl TokenPurpose {
    pub fn code(self) -> &'static str {
        match self {
            TokenPurpose::Invite => "invite",
            TokenPurpose::Reset => "reset",
        }
    }

    /// An invitation waits a week; a reset link is only good for an hour.
    fn lifetime_seconds(self) -> i64 {
        match self {
            TokenPurpose::Invite => 7 * 86_400,
            TokenPurpose::Reset => 3600,
        }
    }

    /// The translation keys of the mail's subject and body.
    fn mail_keys(self) -> (&'static str, &'static str) {
        match self {
            TokenPurpose::Invite => ("mail-invite-subject", "mail-invite-body"),
            TokenPurpose::Reset => ("mail-reset-subject", "mail-reset-body"),
        }
    }
}

/// Read from the `purpose` column: anything but an invitation counts as a reset.
impl From<String> for TokenPurpose {
    fn from(code: String) -> TokenPurpose {
        if code == TokenPurpose::Invite.code() {
            TokenPurpose::Invite
        } else {
            TokenPurpose::Reset
        }
    }
}

/// Who a link goes to.
#[derive(sqlx::FromRow)]
struct Recipient {
    name: String,
    email: String,
    language: String,
    school_id: i64,
    school: String,
}

/// Creates a one-time link and queues the mail that carries it (inside the caller's transaction).
/// Returns the link, for the command line's headless set-up.
pub async fn send_password_link(
    tx: &mut Tx,
    base_url: &str,
    staff_id: i64,
    purpose: TokenPurpose,
) -> Result<String, sqlx::Error> {
    let token = tokens::new_token();
    let at = now();
    sqlx::query(
        "INSERT INTO staff_tokens (token_hash, staff_id, purpose, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(tokens::hash_token(&token))
    .bind(staff_id)
    .bind(purpose.code())
    .bind(at + purpose.lifetime_seconds())
    .bind(at)
    .execute(&mut **tx)
    .await?;
    let to: Recipient = sqlx::query_as(
        "SELECT s.name, s.email, s.language, s.school_id, sc.name AS school FROM staff s \
         JOIN schools sc ON sc.id = s.school_id WHERE s.id = $1",
    )
    .bind(staff_id)
    .fetch_one(&mut **tx)
    .await?;
    let lang = Lang::staff_from_code(&to.language).unwrap_or_default();
    let link = format!("{base_url}/password/set/{token}");
    let args = [
        ("name", to.name),
        ("school", to.school),
        ("link", link.clone()),
    ];
    let (subject, body) = purpose.mail_keys();
    let mail = Outgoing {
        to: to.email,
        subject: lang.tr(subject, &args),
        text: lang.tr(body, &args),
        lang,
        ics: None,
    };
    mail::enqueue(tx, Some(to.school_id), &mail).await?;
    Ok(link)
}

#[derive(sqlx::FromRow)]
pub struct FoundToken {
    pub staff_id: i64,
    #[sqlx(rename = "name")]
    pub staff_name: String,
    #[sqlx(try_from = "String")]
    pub purpose: TokenPurpose,
}

/// A link that is unused, unexpired and belongs to an enabled account.
pub async fn find_token(db: &Db, token: &str) -> Result<Option<FoundToken>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.staff_id, t.purpose, s.name FROM staff_tokens t JOIN staff s ON s.id = t.staff_id \
         WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND s.disabled_at IS NULL",
    )
    .bind(tokens::hash_token(token))
    .bind(now())
    .fetch_optional(db.read())
    .await
}

/// Uses a link up; false when it was used or expired in the meantime.
pub async fn use_token(tx: &mut Tx, token: &str) -> Result<bool, sqlx::Error> {
    let at = now();
    let done = sqlx::query(
        "UPDATE staff_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(at)
    .bind(tokens::hash_token(token))
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 1 {
        // Older links of the same person stop working too.
        sqlx::query(
            "UPDATE staff_tokens SET used_at = $1 WHERE used_at IS NULL AND staff_id = \
             (SELECT staff_id FROM staff_tokens WHERE token_hash = $2)",
        )
        .bind(at)
        .bind(tokens::hash_token(token))
        .execute(&mut **tx)
        .await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Links of a purpose sent in the last hour (limits reset mails to one address).
pub async fn recent_token_count(
    db: &Db,
    staff_id: i64,
    purpose: TokenPurpose,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM staff_tokens WHERE staff_id = $1 AND purpose = $2 AND created_at > $3",
    )
    .bind(staff_id)
    .bind(purpose.code())
    .bind(now() - 3600)
    .fetch_one(db.read())
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_read_back_and_last_as_long_as_promised() {
        for p in [TokenPurpose::Invite, TokenPurpose::Reset] {
            assert_eq!(TokenPurpose::from(p.code().to_string()), p);
        }
        assert_eq!(TokenPurpose::Invite.lifetime_seconds(), 7 * 86_400);
        assert_eq!(TokenPurpose::Reset.lifetime_seconds(), 3600);
    }
}
