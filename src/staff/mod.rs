//! Staff accounts: creation, roles, one-time password links. Pages are in `routes`.

pub mod routes;

pub use routes::router;

use sqlx::Row;

use crate::auth::{tokens, Roles};
use crate::db::{flag, now, Db, Tx};
use crate::i18n::Lang;
use crate::mail::{self, Outgoing};

pub struct NewStaff {
    pub name: String,
    pub email: String,
    pub roles: Roles,
}

pub async fn insert(tx: &mut Tx, school_id: i64, s: &NewStaff) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO staff (school_id, name, email, is_teacher, is_care_coordinator, is_director, is_admin, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(school_id)
    .bind(&s.name)
    .bind(&s.email)
    .bind(flag(s.roles.teacher))
    .bind(flag(s.roles.care_coordinator))
    .bind(flag(s.roles.director))
    .bind(flag(s.roles.administrator))
    .bind(now())
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")
}

pub async fn set_password_hash(tx: &mut Tx, staff_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(staff_id)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

pub struct SignInAccount {
    pub id: i64,
    pub password_hash: Option<String>,
    pub enabled: bool,
}

pub async fn find_for_sign_in(db: &Db, email: &str) -> Result<Option<SignInAccount>, sqlx::Error> {
    let row = sqlx::query("SELECT id, password_hash, disabled_at FROM staff WHERE email = $1")
        .bind(email.trim().to_lowercase())
        .fetch_optional(db.read())
        .await?;
    row.map(|r| {
        Ok(SignInAccount {
            id: r.try_get("id")?,
            password_hash: r.try_get("password_hash")?,
            enabled: r.try_get::<Option<i64>, _>("disabled_at")?.is_none(),
        })
    })
    .transpose()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    Invite,
    Reset,
}

impl TokenPurpose {
    fn code(self) -> &'static str {
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
    sqlx::query("INSERT INTO staff_tokens (token_hash, staff_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(tokens::hash_token(&token))
        .bind(staff_id)
        .bind(purpose.code())
        .bind(at + purpose.lifetime_seconds())
        .bind(at)
        .execute(&mut **tx)
        .await?;
    let row = sqlx::query(
        "SELECT s.name, s.email, s.language, s.school_id, sc.name AS school FROM staff s \
         JOIN schools sc ON sc.id = s.school_id WHERE s.id = $1",
    )
    .bind(staff_id)
    .fetch_one(&mut **tx)
    .await?;
    let lang = Lang::from_code(&row.try_get::<String, _>("language")?).unwrap_or_default();
    let link = format!("{base_url}/password/set/{token}");
    let args = [
        ("name", row.try_get::<String, _>("name")?),
        ("school", row.try_get::<String, _>("school")?),
        ("link", link.clone()),
    ];
    let (subject, body) = match purpose {
        TokenPurpose::Invite => ("mail-invite-subject", "mail-invite-body"),
        TokenPurpose::Reset => ("mail-reset-subject", "mail-reset-body"),
    };
    let mail = Outgoing {
        to: row.try_get("email")?,
        subject: lang.tr(subject, &args),
        text: lang.tr(body, &args),
        ics: None,
    };
    mail::enqueue(tx, Some(row.try_get("school_id")?), &mail).await?;
    Ok(link)
}

pub struct FoundToken {
    pub staff_id: i64,
    pub staff_name: String,
    pub purpose: TokenPurpose,
}

/// A link that is unused, unexpired and belongs to an enabled account.
pub async fn find_token(db: &Db, token: &str) -> Result<Option<FoundToken>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT t.staff_id, t.purpose, s.name FROM staff_tokens t JOIN staff s ON s.id = t.staff_id \
         WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND s.disabled_at IS NULL",
    )
    .bind(tokens::hash_token(token))
    .bind(now())
    .fetch_optional(db.read())
    .await?;
    row.map(|r| {
        let purpose: String = r.try_get("purpose")?;
        Ok(FoundToken {
            staff_id: r.try_get("staff_id")?,
            staff_name: r.try_get("name")?,
            purpose: if purpose == "invite" {
                TokenPurpose::Invite
            } else {
                TokenPurpose::Reset
            },
        })
    })
    .transpose()
}

/// Uses a link up; false when it was used or expired in the meantime.
pub async fn use_token(tx: &mut Tx, token: &str) -> Result<bool, sqlx::Error> {
    let at = now();
    let done = sqlx::query("UPDATE staff_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1")
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
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_tokens WHERE staff_id = $1 AND purpose = $2 AND created_at > $3")
        .bind(staff_id)
        .bind(purpose.code())
        .bind(now() - 3600)
        .fetch_one(db.read())
        .await?;
    Ok(n)
}

/// Headless set-up for `driehoek create-admin`: the school, its current year and the first
/// administrator, with a password or, without one, a printed one-time link to set it.
pub async fn create_first_admin(
    state: &crate::state::AppState,
    school: &str,
    name: &str,
    email: &str,
    password: Option<String>,
) -> anyhow::Result<String> {
    use crate::web::forms::clean;
    let email = crate::domain::Email::parse(email)
        .map(crate::domain::Email::into_string)
        .ok_or_else(|| anyhow::anyhow!("not a valid e-mail address: {email}"))?;
    let (school, name) = (clean(school), clean(name));
    anyhow::ensure!(
        !school.is_empty() && !name.is_empty(),
        "school and name must not be empty"
    );
    let hash = match &password {
        Some(p) => {
            if let Some(key) = crate::auth::passwords::check_new_password(p, p) {
                anyhow::bail!("{}", Lang::En.t(key));
            }
            Some(crate::auth::passwords::hash(p.clone()).await?)
        }
        None => None,
    };
    let mut tx = state.db.begin().await?;
    anyhow::ensure!(
        crate::school::mark_set_up(&mut tx).await?,
        "this installation has already been set up"
    );
    let (school_id, _) = crate::school::create_school(&mut tx, &school, "", "").await?;
    let roles = Roles {
        administrator: true,
        ..Roles::default()
    };
    let id = insert(
        &mut tx,
        school_id,
        &NewStaff {
            name,
            email: email.clone(),
            roles,
        },
    )
    .await?;
    let outcome = match hash {
        Some(h) => {
            set_password_hash(&mut tx, id, &h).await?;
            format!(
                "Administrator {email} created. Sign in at {}/sign-in",
                state.config.base_url
            )
        }
        None => {
            let link =
                send_password_link(&mut tx, &state.config.base_url, id, TokenPurpose::Invite)
                    .await?;
            format!("Administrator {email} created. Set the password within 7 days at:\n{link}")
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

/// Adds another school of the board to an installation that is already set up, with its first
/// administrator, who receives (and gets printed) a one-time link to set a password.
pub async fn add_school(
    state: &crate::state::AppState,
    school: &str,
    name: &str,
    email: &str,
) -> anyhow::Result<String> {
    use crate::web::forms::clean;
    let email = crate::domain::Email::parse(email)
        .map(crate::domain::Email::into_string)
        .ok_or_else(|| anyhow::anyhow!("not a valid e-mail address: {email}"))?;
    let (school, name) = (clean(school), clean(name));
    anyhow::ensure!(
        !school.is_empty() && !name.is_empty(),
        "school and name must not be empty"
    );
    anyhow::ensure!(
        crate::school::is_set_up(&state.db).await?,
        "set up the installation first (driehoek create-admin or the set-up page)"
    );
    let mut tx = state.db.begin().await?;
    let (school_id, _) = crate::school::create_school(&mut tx, &school, "", "").await?;
    let roles = Roles {
        administrator: true,
        ..Roles::default()
    };
    let id = insert(
        &mut tx,
        school_id,
        &NewStaff {
            name,
            email: email.clone(),
            roles,
        },
    )
    .await?;
    let link =
        send_password_link(&mut tx, &state.config.base_url, id, TokenPurpose::Invite).await?;
    tx.commit().await?;
    Ok(format!(
        "School {school} added; administrator {email} sets a password within 7 days at:\n{link}"
    ))
}
