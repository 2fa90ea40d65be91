//! The mails families receive about a gathering, each in the guardian's own language: the
//! invitation and the reminder (both with a personal link).

use super::store::GatheringRow;
use crate::i18n::mail_lang;
use crate::mail::Outgoing;
use crate::timefmt;

/// One guardian's mail about a gathering; `keys` (subject, body): `INVITATION` or `REMINDER`.
pub fn gathering_mail(
    g: &GatheringRow,
    school: &str,
    to: &str,
    name: &str,
    language: &str,
    link: String,
    keys: (&str, &str),
) -> Outgoing {
    let lang = mail_lang(language);
    let args = [
        ("name", name.to_string()),
        ("title", g.title.clone()),
        ("form", lang.t(&format!("gathering-kind-{}", g.kind))),
        ("when", timefmt::datetime(lang, g.starts_at)),
        ("minutes", g.minutes.to_string()),
        ("place", g.place.clone()),
        ("school", school.to_string()),
        ("link", link),
    ];
    Outgoing {
        to: to.to_string(),
        subject: lang.tr(keys.0, &args),
        text: lang.tr(keys.1, &args),
        lang,
        ics: None,
    }
}

/// The invitation.
pub const INVITATION: (&str, &str) = ("gathering-invite-subject", "gathering-invite-body");
/// The reminder to those who have not answered.
pub const REMINDER: (&str, &str) = ("gathering-reminder-subject", "gathering-reminder-body");
