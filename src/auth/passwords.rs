//! Password hashing with argon2id (m=19 MiB, t=2, p=1: the OWASP minimum, argon2's default).
//! Hashing takes tens of milliseconds of CPU, so it runs on the blocking pool.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

/// Why a new password is refused, as a translation key.
pub fn check_new_password(password: &str, confirm: &str) -> Option<&'static str> {
    check_new_password_for(password, confirm, &[])
}

/// Fewer estimated guesses than this (zxcvbn's score 3: 10^8) and a password is refused.
const MIN_GUESSES_LOG10: f64 = 8.0;

/// As `check_new_password`, also refusing passwords built from the person's own name, address
/// or school (`context`, ASVS 6.2.11) and passwords that are easy to guess: on the lists of
/// common and breached passwords zxcvbn carries, keyboard walks, repeats, dates (ASVS 6.2.4,
/// 6.2.12). No composition rules (ASVS 6.2.5): a long phrase of plain words is fine.
pub fn check_new_password_for(
    password: &str,
    confirm: &str,
    context: &[&str],
) -> Option<&'static str> {
    let len = password.chars().count();
    if len < MIN_LENGTH {
        Some("password-too-short")
    } else if len > MAX_LENGTH {
        Some("password-too-long")
    } else if password != confirm {
        Some("password-mismatch")
    } else if zxcvbn::zxcvbn(password, context).guesses_log10() < MIN_GUESSES_LOG10 {
        Some("password-common")
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
        assert_eq!(
            check_new_password(
                "correct horse battery staple",
                "correct horse battery staple"
            ),
            None
        );
        assert_eq!(
            check_new_password("a brand new passphrase", "a brand new passphrase"),
            None
        );
        for common in [
            "password1234",
            "qwertyuiop123",
            "123456789012",
            "iloveyou2020",
        ] {
            assert_eq!(
                check_new_password(common, common),
                Some("password-common"),
                "{common}"
            );
        }
        // Words of the person or the app repeated do not make a password.
        assert_eq!(
            check_new_password_for("driehoekdriehoek", "driehoekdriehoek", &["driehoek"]),
            Some("password-common")
        );
    }
}
