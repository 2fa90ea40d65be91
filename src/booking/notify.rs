//! Mails to parents about their bookings, each with a calendar file. A child's conversation
//! keeps one calendar UID per guardian, so a change moves the event and a cancellation removes it.
//! Mails are queued inside the transaction of the change they report.

use super::store::{self, DueReminder, MailLine};
use super::Invitation;
use crate::clock::Clock;
use crate::db::{now, Db, Tx};
use crate::i18n::{mail_lang, Lang};
use crate::mail::ics::{self, Event};
use crate::mail::{self, Outgoing, Prepared};
use crate::rounds::invitations::{attendees, place};
use crate::rounds::Round;
use crate::timefmt;

async fn lines(tx: &mut Tx, ids: &[i64]) -> Result<Vec<MailLine>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    store::mail_lines(tx, ids).await
}

/// The calendar UID of one guardian's conversation about one child in one round.
pub fn uid(inv: &Invitation, pupil_id: i64) -> String {
    format!("driehoek-{}-{}-{}@driehoek", inv.round.id, inv.id, pupil_id)
}

/// Queues the mail for a booking, a change or a cancellation (inside the booking's transaction).
pub async fn booking_changed(
    tx: &mut Tx,
    inv: &Invitation,
    booked: &[i64],
    replaced: &[i64],
) -> Result<(), sqlx::Error> {
    if inv.guardian_email.is_none() {
        return Ok(());
    }
    let new = lines(tx, booked).await?;
    booking_changed_with(tx, inv, &new, replaced).await
}

/// As `booking_changed`, with the new conversations already read (earliest first).
pub async fn booking_changed_with(
    tx: &mut Tx,
    inv: &Invitation,
    new: &[MailLine],
    replaced: &[i64],
) -> Result<(), sqlx::Error> {
    if inv.guardian_email.is_none() {
        return Ok(());
    }
    let old = lines(tx, replaced).await?;
    let mail = prepare_change(inv, new, &old);
    enqueue_prepared(tx, inv, mail.as_ref()).await
}

/// The mail about new and replaced conversations, rendered; none when the guardian has no
/// e-mail address.
pub fn prepare_change(inv: &Invitation, new: &[MailLine], old: &[MailLine]) -> Option<Prepared> {
    let email = inv.guardian_email.as_deref()?;
    let lang = mail_lang(&inv.guardian_language);
    Some(change_mail(lang, inv, email, new, old, now()).prepare())
}

/// Queues a mail rendered by `prepare_change` (nothing when there is none).
pub async fn enqueue_prepared(
    tx: &mut Tx,
    inv: &Invitation,
    mail: Option<&Prepared>,
) -> Result<(), sqlx::Error> {
    if let Some(mail) = mail {
        mail::enqueue_prepared(tx, Some(inv.round.school_id), mail).await?;
    }
    Ok(())
}

/// The mail itself: a line per new conversation and per cancelled one, the practical details,
/// and a calendar file that adds or moves the new conversations or removes the cancelled ones.
fn change_mail(
    lang: Lang,
    inv: &Invitation,
    to: &str,
    new: &[MailLine],
    old: &[MailLine],
    sequence: i64,
) -> Outgoing {
    let round = &inv.round;
    let mut text = lang.tr(
        "booking-mail-greeting",
        &[("name", inv.guardian_name.clone())],
    );
    text.push_str("\n\n");
    let mut events = Vec::new();
    for l in new {
        text.push_str(&new_line(lang, l));
        text.push('\n');
        events.push(event(lang, inv, l, sequence, false));
    }
    // Replaced bookings of a child that got a new time are moved (same UID); the others are cancelled.
    for l in old
        .iter()
        .filter(|o| !new.iter().any(|n| n.pupil_id == o.pupil_id))
    {
        text.push_str(&lang.tr(
            "booking-mail-cancelled-line",
            &[
                ("child", l.child.full()),
                ("when", timefmt::datetime(lang, l.starts_at)),
            ],
        ));
        text.push('\n');
        events.push(event(lang, inv, l, sequence, true));
    }
    if !new.is_empty() {
        text.push('\n');
        text.push_str(&practical(lang, round));
    }
    text.push_str("\n\n");
    text.push_str(&lang.tr(
        "booking-mail-signature",
        &[("school", inv.school_name.clone())],
    ));
    let (subject_key, method) = match (new.is_empty(), old.is_empty()) {
        (false, true) => ("booking-mail-subject-booked", "PUBLISH"),
        (false, false) => ("booking-mail-subject-changed", "PUBLISH"),
        _ => ("booking-mail-subject-cancelled", "CANCEL"),
    };
    // A calendar file carries one method: cancellations of other children go in their own mail.
    let (request, cancel): (Vec<Event>, Vec<Event>) =
        events.into_iter().partition(|e| !e.cancelled);
    let ics_body = if method == "PUBLISH" {
        ics::calendar(Some("PUBLISH"), &request, "Driehoek")
    } else {
        ics::calendar(Some("CANCEL"), &cancel, "Driehoek")
    };
    Outgoing {
        to: to.to_string(),
        subject: lang.tr(subject_key, &[("title", round.title.clone())]),
        text,
        lang,
        ics: Some(ics_body),
    }
}

/// One new conversation: the child, the day and time, the teacher.
fn new_line(lang: Lang, l: &MailLine) -> String {
    let when = format!(
        "{}, {}–{}",
        timefmt::date_with_weekday(lang, timefmt::to_amsterdam(l.starts_at).date()),
        timefmt::clock(l.starts_at),
        timefmt::clock(l.ends_at)
    );
    lang.tr(
        "booking-mail-line",
        &[
            ("child", l.child.full()),
            ("when", when),
            ("teacher", l.teacher.clone()),
        ],
    )
}

/// Where, with whom, the deadline for changes, and whether the pupil comes along.
fn practical(lang: Lang, round: &Round) -> String {
    let mut text = lang.tr(
        "booking-mail-practical",
        &[
            ("place", place(lang, round)),
            ("attendees", attendees(lang, round)),
            ("deadline", timefmt::datetime(lang, round.closes_at)),
        ],
    );
    if round.pupil_expected {
        text.push(' ');
        text.push_str(&lang.t("invite-pupil-expected"));
    }
    text
}

/// The calendar event of one conversation; a cancelled one carries no description.
fn event(lang: Lang, inv: &Invitation, l: &MailLine, sequence: i64, cancelled: bool) -> Event {
    let round = &inv.round;
    Event {
        uid: uid(inv, l.pupil_id),
        starts_at: l.starts_at,
        ends_at: l.ends_at,
        summary: lang.tr(
            "booking-calendar-summary",
            &[("title", round.title.clone()), ("child", l.child.full())],
        ),
        description: if cancelled {
            String::new()
        } else {
            lang.tr(
                "booking-calendar-description",
                &[
                    ("teacher", l.teacher.clone()),
                    ("attendees", attendees(lang, round)),
                ],
            )
        },
        location: place(lang, round),
        sequence,
        cancelled,
    }
}

/// Queues the reminder for every booking that starts within its round's reminder window and
/// has not had one. The conditional update makes sure that, with several instances running,
/// each booking gets one reminder. Returns how many were queued.
pub async fn send_due_reminders(db: &Db) -> Result<usize, sqlx::Error> {
    let at = now();
    let mut queued = 0;
    for r in store::due_reminders(db, at).await? {
        let mut tx = db.begin().await?;
        if !store::claim_reminder(&mut tx, r.id, at).await? {
            continue;
        }
        mail::enqueue(&mut tx, Some(r.school_id), &reminder_mail(&r)).await?;
        tx.commit().await?;
        queued += 1;
    }
    Ok(queued)
}

fn reminder_mail(r: &DueReminder) -> Outgoing {
    let lang = mail_lang(&r.language);
    let form = lang.t(&format!("round-form-{}", r.form));
    let place = if r.location.is_empty() {
        form
    } else {
        format!("{form}: {}", r.location)
    };
    let args = [
        ("name", r.guardian.clone()),
        ("child", r.child.full()),
        (
            "when",
            format!(
                "{}, {}",
                timefmt::date_with_weekday(lang, timefmt::to_amsterdam(r.starts_at).date()),
                timefmt::clock(r.starts_at)
            ),
        ),
        ("teacher", r.teacher.clone()),
        ("place", place),
        ("school", r.school.clone()),
        ("title", r.title.clone()),
    ];
    Outgoing {
        to: r.email.clone(),
        subject: lang.tr("booking-reminder-subject", &args),
        text: lang.tr("booking-reminder-body", &args),
        lang,
        ics: None,
    }
}

/// Runs the reminders every minute for as long as the server runs.
/// They run on the app's `clock`, so a test that moves the clock moves the reminders too.
pub fn spawn_reminders(db: Db, clock: Clock) -> tokio::task::JoinHandle<()> {
    tokio::spawn(clock.scope(async move {
        loop {
            if let Err(e) = send_due_reminders(&db).await {
                tracing::warn!(error = %e, "reminders failed; trying again in a minute");
            }
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    }))
}

/// The family, child and time behind a booking, for swap mails.
struct Party {
    inv: Invitation,
    child: String,
    starts_at: i64,
}

/// None when the school booked it (no link) or the link no longer works.
async fn booking_party(db: &Db, booking_id: i64) -> Result<Option<Party>, sqlx::Error> {
    let Some(row) = store::booking_party(db, booking_id).await? else {
        return Ok(None);
    };
    let Some(inv_id) = row.invitation_id else {
        return Ok(None);
    };
    let Some(inv) = super::invitation_by_id(db, inv_id).await? else {
        return Ok(None);
    };
    Ok(Some(Party {
        inv,
        child: row.child.full(),
        starts_at: row.starts_at,
    }))
}

/// Tells the asked family that another family would like to swap times.
pub async fn swap_requested(
    tx: &mut Tx,
    db: &Db,
    from_booking: i64,
    to_booking: i64,
) -> Result<(), sqlx::Error> {
    let (Some(asker), Some(them)) = (
        booking_party(db, from_booking).await?,
        booking_party(db, to_booking).await?,
    ) else {
        return Ok(());
    };
    let Some(email) = &them.inv.guardian_email else {
        return Ok(());
    };
    let lang = mail_lang(&them.inv.guardian_language);
    let args = [
        ("name", them.inv.guardian_name.clone()),
        ("child", them.child.clone()),
        ("yours", timefmt::datetime(lang, them.starts_at)),
        ("theirs", timefmt::datetime(lang, asker.starts_at)),
        ("school", them.inv.school_name.clone()),
        ("title", them.inv.round.title.clone()),
    ];
    let mail = Outgoing {
        to: email.clone(),
        subject: lang.tr("swap-request-subject", &args),
        text: lang.tr("swap-request-body", &args),
        lang,
        ics: None,
    };
    mail::enqueue(tx, Some(them.inv.round.school_id), &mail).await?;
    Ok(())
}

/// Tells the asking family that the other family prefers to keep its time.
pub async fn swap_declined(tx: &mut Tx, db: &Db, from_booking: i64) -> Result<(), sqlx::Error> {
    let Some(asker) = booking_party(db, from_booking).await? else {
        return Ok(());
    };
    let Some(email) = &asker.inv.guardian_email else {
        return Ok(());
    };
    let lang = mail_lang(&asker.inv.guardian_language);
    let args = [
        ("name", asker.inv.guardian_name.clone()),
        ("child", asker.child.clone()),
        ("yours", timefmt::datetime(lang, asker.starts_at)),
        ("school", asker.inv.school_name.clone()),
        ("title", asker.inv.round.title.clone()),
    ];
    let mail = Outgoing {
        to: email.clone(),
        subject: lang.tr("swap-declined-subject", &args),
        text: lang.tr("swap-declined-body", &args),
        lang,
        ics: None,
    };
    mail::enqueue(tx, Some(asker.inv.round.school_id), &mail).await?;
    Ok(())
}
