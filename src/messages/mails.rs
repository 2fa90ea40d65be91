//! The two mails a parent gets about their message, in their own language: the acknowledgement
//! with the promised date, and the teacher's answer (the teacher's own words, wrapped).

use time::Date;

use crate::i18n::Lang;
use crate::mail::Outgoing;
use crate::timefmt;

/// "Received — you will hear from us by <date>".
pub fn acknowledgement(
    lang: Lang,
    to: &str,
    guardian: &str,
    child: &str,
    due: Date,
    body: &str,
    call_back: bool,
) -> Outgoing {
    let args = [
        ("name", guardian.to_string()),
        ("child", child.to_string()),
        ("date", timefmt::date_with_weekday(lang, due)),
        ("message", body.to_string()),
    ];
    let mut text = lang.tr("parent-messages-ack-body", &args);
    if call_back {
        text.push_str("\n\n");
        text.push_str(&lang.t("parent-messages-ack-call-back"));
    }
    Outgoing {
        to: to.to_string(),
        subject: lang.tr("parent-messages-ack-subject", &args),
        text,
        lang,
        ics: None,
    }
}

/// The teacher's answer by mail, with the parent's own message below it.
pub fn answer(
    lang: Lang,
    to: &str,
    guardian: &str,
    child: &str,
    teacher: &str,
    answer: &str,
    message: &str,
) -> Outgoing {
    let args = [
        ("name", guardian.to_string()),
        ("child", child.to_string()),
        ("teacher", teacher.to_string()),
        ("answer", answer.to_string()),
        ("message", message.to_string()),
    ];
    Outgoing {
        to: to.to_string(),
        subject: lang.tr("parent-messages-answer-subject", &args),
        text: lang.tr("parent-messages-answer-body", &args),
        lang,
        ics: None,
    }
}
