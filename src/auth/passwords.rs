//! Password hashing with argon2id (m=19 MiB, t=2, p=1: the OWASP minimum, argon2's default).
//! Hashing takes tens of milliseconds of CPU, so it runs on the blocking pool.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

/// Why a new password is refused, as a translation key.
pub fn check_new_password(password: &str, confirm: &str) -> Option<&'static str> {
    let len = password.chars().count();
    if len < MIN_LENGTH {
        Some("password-too-short")
    } else if len > MAX_LENGTH {
        Some("password-too-long")
    } else if password != confirm {
        Some("password-mismatch")
    } else {
        None
    }
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// Verifies a password; with no stored hash it still spends the same time, so response
/// times do not reveal which e-mail addresses have accounts.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
            let salt = SaltString::generate(&mut rand::rngs::OsRng);
            Argon2::default()
                .hash_password(b"not-a-password", &salt)
                .expect("hash")
                .to_string()
        });
        let (hash, real) = match &stored {
            Some(h) => (h.as_str(), true),
            None => (DUMMY.as_str(), false),
        };
        let ok = PasswordHash::new(hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_argon2id_defaults() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify("wrong horse battery".into(), Some(h)).await);
        assert!(!verify("anything".into(), None).await);
    }

    #[test]
    fn new_password_rules() {
        assert_eq!(
            check_new_password("short", "short"),
            Some("password-too-short")
        );
        assert_eq!(
            check_new_password("long enough pw", "other"),
            Some("password-mismatch")
        );
        assert_eq!(check_new_password("long enough pw", "long enough pw"), None);
    }
}
