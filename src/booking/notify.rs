//! Mails to parents about their bookings, each with a calendar file. A child's conversation
//! keeps one calendar UID per guardian, so a change moves the event and a cancellation removes it.

use sqlx::Row;

use super::Invitation;
use crate::db::{now, Tx};
use crate::domain::names::full_name;
use crate::i18n::mail_lang;
use crate::mail::ics::{self, Event};
use crate::mail::{self, Outgoing};
use crate::rounds::invitations::{attendees, place};
use crate::timefmt;

struct Line {
    pupil_id: i64,
    child: String,
    starts_at: i64,
    ends_at: i64,
    teacher: String,
}

async fn lines(tx: &mut Tx, ids: &[i64]) -> Result<Vec<Line>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let rows = sqlx::query(&format!(
        "SELECT b.pupil_id, p.first_name, p.name_prefix, p.last_name, sl.starts_at, sl.ends_at, st.name AS teacher \
         FROM bookings b JOIN pupils p ON p.id = b.pupil_id JOIN slots sl ON sl.id = b.slot_id \
         JOIN staff st ON st.id = sl.staff_id WHERE b.id IN ({list}) ORDER BY sl.starts_at"
    ))
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Line {
                pupil_id: r.try_get("pupil_id")?,
                child: full_name(
                    &r.try_get::<String, _>("first_name")?,
                    &r.try_get::<String, _>("name_prefix")?,
                    &r.try_get::<String, _>("last_name")?,
                ),
                starts_at: r.try_get("starts_at")?,
                ends_at: r.try_get("ends_at")?,
                teacher: r.try_get("teacher")?,
            })
        })
        .collect()
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
    let Some(email) = &inv.guardian_email else {
        return Ok(());
    };
    let lang = mail_lang(&inv.guardian_language);
    let new = lines(tx, booked).await?;
    let old = lines(tx, replaced).await?;
    let round = &inv.round;
    let mut text = lang.tr(
        "booking-mail-greeting",
        &[("name", inv.guardian_name.clone())],
    );
    text.push_str("\n\n");
    let mut events = Vec::new();
    let sequence = now();
    for l in &new {
        text.push_str(&lang.tr(
            "booking-mail-line",
            &[
                ("child", l.child.clone()),
                (
                    "when",
                    format!(
                        "{}, {}–{}",
                        timefmt::date_with_weekday(lang, timefmt::to_amsterdam(l.starts_at).date()),
                        timefmt::clock(l.starts_at),
                        timefmt::clock(l.ends_at)
                    ),
                ),
                ("teacher", l.teacher.clone()),
            ],
        ));
        text.push('\n');
        events.push(Event {
            uid: uid(inv, l.pupil_id),
            starts_at: l.starts_at,
            ends_at: l.ends_at,
            summary: lang.tr(
                "booking-calendar-summary",
                &[("title", round.title.clone()), ("child", l.child.clone())],
            ),
            description: lang.tr(
                "booking-calendar-description",
                &[
                    ("teacher", l.teacher.clone()),
                    ("attendees", attendees(lang, round)),
                ],
            ),
            location: place(lang, round),
            sequence,
            cancelled: false,
        });
    }
    // Replaced bookings of a child that got a new time are moved (same UID); the others are cancelled.
    for l in old
        .iter()
        .filter(|o| !new.iter().any(|n| n.pupil_id == o.pupil_id))
    {
        text.push_str(&lang.tr(
            "booking-mail-cancelled-line",
            &[
                ("child", l.child.clone()),
                ("when", timefmt::datetime(lang, l.starts_at)),
            ],
        ));
        text.push('\n');
        events.push(Event {
            uid: uid(inv, l.pupil_id),
            starts_at: l.starts_at,
            ends_at: l.ends_at,
            summary: lang.tr(
                "booking-calendar-summary",
                &[("title", round.title.clone()), ("child", l.child.clone())],
            ),
            description: String::new(),
            location: place(lang, round),
            sequence,
            cancelled: true,
        });
    }
    if !new.is_empty() {
        text.push('\n');
        text.push_str(&lang.tr(
            "booking-mail-practical",
            &[
                ("place", place(lang, round)),
                ("attendees", attendees(lang, round)),
                ("deadline", timefmt::datetime(lang, round.closes_at)),
            ],
        ));
        if round.pupil_expected {
            text.push(' ');
            text.push_str(&lang.t("invite-pupil-expected"));
        }
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
    let subject = lang.tr(subject_key, &[("title", round.title.clone())]);
    mail::enqueue(
        tx,
        Some(round.school_id),
        &Outgoing {
            to: email.clone(),
            subject,
            text,
            ics: Some(ics_body),
        },
    )
    .await?;
    Ok(())
}

/// Queues the reminder for every booking that starts within its round's reminder window and
/// has not had one. The conditional update makes sure that, with several instances running,
/// each booking gets one reminder. Returns how many were queued.
pub async fn send_due_reminders(db: &crate::db::Db) -> Result<usize, sqlx::Error> {
    let at = now();
    let rows = sqlx::query(
        "SELECT b.id, sl.starts_at, sl.ends_at, st.name AS teacher, p.first_name, p.name_prefix, p.last_name, \
         gd.name AS guardian, gd.email, gd.language, r.id AS round_id, r.title, r.school_id, r.form, r.location, \
         sc.name AS school \
         FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN rounds r ON r.id = b.round_id \
         JOIN staff st ON st.id = sl.staff_id JOIN pupils p ON p.id = b.pupil_id \
         JOIN invitations i ON i.id = b.invitation_id JOIN guardians gd ON gd.id = i.guardian_id \
         JOIN schools sc ON sc.id = r.school_id \
         WHERE b.status = 'active' AND b.reminder_sent_at IS NULL AND r.reminder_hours > 0 \
         AND sl.starts_at > $1 AND sl.starts_at <= $1 + r.reminder_hours * 3600 AND gd.email IS NOT NULL \
         ORDER BY sl.starts_at LIMIT 200",
    )
    .bind(at)
    .fetch_all(db.read())
    .await?;
    let mut queued = 0;
    for r in rows {
        let mut tx = db.begin().await?;
        let claimed = sqlx::query(
            "UPDATE bookings SET reminder_sent_at = $1 WHERE id = $2 AND reminder_sent_at IS NULL",
        )
        .bind(at)
        .bind(r.try_get::<i64, _>("id")?)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 0 {
            continue;
        }
        let lang = mail_lang(&r.try_get::<String, _>("language")?);
        let starts_at: i64 = r.try_get("starts_at")?;
        let child = full_name(
            &r.try_get::<String, _>("first_name")?,
            &r.try_get::<String, _>("name_prefix")?,
            &r.try_get::<String, _>("last_name")?,
        );
        let form: String = r.try_get("form")?;
        let location: String = r.try_get("location")?;
        let place = if location.is_empty() {
            lang.t(&format!("round-form-{form}"))
        } else {
            format!("{}: {location}", lang.t(&format!("round-form-{form}")))
        };
        let args = [
            ("name", r.try_get::<String, _>("guardian")?),
            ("child", child),
            (
                "when",
                format!(
                    "{}, {}",
                    timefmt::date_with_weekday(lang, timefmt::to_amsterdam(starts_at).date()),
                    timefmt::clock(starts_at)
                ),
            ),
            ("teacher", r.try_get::<String, _>("teacher")?),
            ("place", place),
            ("school", r.try_get::<String, _>("school")?),
            ("title", r.try_get::<String, _>("title")?),
        ];
        let mail = Outgoing {
            to: r.try_get("email")?,
            subject: lang.tr("booking-reminder-subject", &args),
            text: lang.tr("booking-reminder-body", &args),
            ics: None,
        };
        mail::enqueue(&mut tx, Some(r.try_get("school_id")?), &mail).await?;
        tx.commit().await?;
        queued += 1;
    }
    Ok(queued)
}

/// Runs the reminders every minute for as long as the server runs.
pub fn spawn_reminders(db: crate::db::Db) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = send_due_reminders(&db).await {
                tracing::warn!(error = %e, "reminders failed; trying again in a minute");
            }
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    })
}

/// The family and time behind a booking, for swap mails.
async fn booking_party(
    db: &crate::db::Db,
    booking_id: i64,
) -> Result<Option<(Invitation, String, i64)>, sqlx::Error> {
    let row: Option<(Option<i64>, String, String, String, i64)> = sqlx::query_as(
        "SELECT b.invitation_id, p.first_name, p.name_prefix, p.last_name, sl.starts_at FROM bookings b \
         JOIN pupils p ON p.id = b.pupil_id JOIN slots sl ON sl.id = b.slot_id WHERE b.id = $1",
    )
    .bind(booking_id)
    .fetch_optional(db.read())
    .await?;
    let Some((Some(inv_id), first, prefix, last, starts_at)) = row else {
        return Ok(None);
    };
    let Some(inv) = super::invitation_by_id(db, inv_id).await? else {
        return Ok(None);
    };
    Ok(Some((inv, full_name(&first, &prefix, &last), starts_at)))
}

/// Tells the asked family that another family would like to swap times.
pub async fn swap_requested(
    tx: &mut Tx,
    db: &crate::db::Db,
    from_booking: i64,
    to_booking: i64,
) -> Result<(), sqlx::Error> {
    let (Some((_, _, from_at)), Some((them, child, to_at))) = (
        booking_party(db, from_booking).await?,
        booking_party(db, to_booking).await?,
    ) else {
        return Ok(());
    };
    let Some(email) = &them.guardian_email else {
        return Ok(());
    };
    let lang = mail_lang(&them.guardian_language);
    let args = [
        ("name", them.guardian_name.clone()),
        ("child", child),
        ("yours", timefmt::datetime(lang, to_at)),
        ("theirs", timefmt::datetime(lang, from_at)),
        ("school", them.school_name.clone()),
        ("title", them.round.title.clone()),
    ];
    let mail = Outgoing {
        to: email.clone(),
        subject: lang.tr("swap-request-subject", &args),
        text: lang.tr("swap-request-body", &args),
        ics: None,
    };
    mail::enqueue(tx, Some(them.round.school_id), &mail).await?;
    Ok(())
}

/// Tells the asking family that the other family prefers to keep its time.
pub async fn swap_declined(
    tx: &mut Tx,
    db: &crate::db::Db,
    from_booking: i64,
) -> Result<(), sqlx::Error> {
    let Some((asker, child, at)) = booking_party(db, from_booking).await? else {
        return Ok(());
    };
    let Some(email) = &asker.guardian_email else {
        return Ok(());
    };
    let lang = mail_lang(&asker.guardian_language);
    let args = [
        ("name", asker.guardian_name.clone()),
        ("child", child),
        ("yours", timefmt::datetime(lang, at)),
        ("school", asker.school_name.clone()),
        ("title", asker.round.title.clone()),
    ];
    let mail = Outgoing {
        to: email.clone(),
        subject: lang.tr("swap-declined-subject", &args),
        text: lang.tr("swap-declined-body", &args),
        ics: None,
    };
    mail::enqueue(tx, Some(asker.round.school_id), &mail).await?;
    Ok(())
}
