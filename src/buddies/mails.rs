//! The mails to parents, each in the parent's own language. Before both agreed a mail names
//! only the parent's own topic, never anything of the other family.

use super::rules::language_name;
use crate::i18n::{mail_lang, Lang};
use crate::mail::Outgoing;

/// One parent of a pair as the mails need them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Contact {
    pub side_id: i64,
    pub pupil_id: i64,
    pub name: String,
    /// Empty without an address.
    pub email: String,
    pub phone: String,
    pub language: String,
    /// '', yes or no.
    pub answer: String,
}

/// The topic in the parent's words: "the language Türkçe", "being new in the Netherlands".
pub fn topic_text(lang: Lang, topic: &str, language: &str) -> String {
    lang.tr(
        &format!("parent-buddies-topic-{topic}"),
        &[("language", language_name(language).to_string())],
    )
}

fn mail(to: &Contact, key: &str, args: &[(&str, String)]) -> Outgoing {
    let lang = mail_lang(&to.language);
    Outgoing {
        to: to.email.clone(),
        subject: lang.tr(&format!("parent-buddies-{key}-subject"), args),
        text: lang.tr(&format!("parent-buddies-{key}-body"), args),
        lang,
        ics: None,
    }
}

/// "Would you like to get in touch with another parent?", with the personal link.
pub fn proposal(to: &Contact, topic: &str, language: &str, school: &str, link: &str) -> Outgoing {
    let lang = mail_lang(&to.language);
    mail(
        to,
        "proposal",
        &[
            ("name", to.name.clone()),
            ("topic", topic_text(lang, topic, language)),
            ("school", school.to_string()),
            ("link", link.to_string()),
        ],
    )
}

/// Both agreed: the other parent's name, e-mail and phone.
pub fn introduction(to: &Contact, other: &Contact, topic: &str, language: &str) -> Outgoing {
    let lang = mail_lang(&to.language);
    let dash = || "-".to_string();
    let or_dash = |s: &str| if s.is_empty() { dash() } else { s.to_string() };
    mail(
        to,
        "introduction",
        &[
            ("name", to.name.clone()),
            ("topic", topic_text(lang, topic, language)),
            ("other", other.name.clone()),
            ("email", or_dash(&other.email)),
            ("phone", or_dash(&other.phone)),
        ],
    )
}

/// A short notice without anything of the other family: `declined` (the other parent said no
/// after this one said yes) or `ended` (the other parent withdrew, or the school ended it).
pub fn notice(kind: &str, to: &Contact, topic: &str, language: &str) -> Outgoing {
    let lang = mail_lang(&to.language);
    mail(
        to,
        kind,
        &[
            ("name", to.name.clone()),
            ("topic", topic_text(lang, topic, language)),
        ],
    )
}
