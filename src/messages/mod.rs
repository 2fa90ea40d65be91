//! Messages that get an answer (issue 12): a parent writes to the teacher about one child, from
//! their own page, and is told at once — on the page and by mail — by which date the school
//! answers. The date counts school days (weekends and the school year's holidays skipped) from
//! the response time in the child's communicatieplan, else the school's default. The teachers of
//! the child's group see what waits on their start page and in their inbox, and answer by mail
//! or by logging a phone call; open messages past their date show up for the care coordinator.
//! An answer closes the message, is audited and joins the pupil's contact log.
//!
//! Pages: `parent` (the parent's form), `routes` (inbox, answer, overdue list, settings,
//! holidays); mails in `mails`; SQL in `store`; pure decisions in `rules`.

mod mails;
mod parent;
mod routes;
pub mod rules;
mod store;

pub use store::{HolidayRow, MessageRow};

use time::{Date, Duration};

use crate::auth::access::Reach;
use crate::db::Db;
use crate::timefmt;
use crate::web::Routes;
use rules::Closed;

pub fn router() -> Routes {
    parent::router().merge(routes::router())
}

/// The date (ISO) by which a message about this pupil sent on `sent` is answered.
pub async fn due_date(db: &Db, school_id: i64, pupil_id: i64, sent: Date) -> sqlx::Result<Date> {
    let (plan, default) = store::response_days(db, school_id, pupil_id).await?;
    let days = rules::response_days(plan, default);
    let closed = closed_days(db, school_id, sent).await?;
    Ok(rules::due_date(sent, days, &closed))
}

/// The school's holidays from `from` on, parsed.
async fn closed_days(db: &Db, school_id: i64, from: Date) -> sqlx::Result<Vec<Closed>> {
    Ok(store::holidays_from(db, school_id, &timefmt::iso(from))
        .await?
        .iter()
        .filter_map(|h| {
            Some(Closed {
                from: timefmt::parse_iso(&h.starts_on)?,
                to: timefmt::parse_iso(&h.ends_on)?,
            })
        })
        .collect())
}

/// What the start page shows of waiting messages.
pub struct Waiting {
    /// Open messages about one's own pupils, oldest first (at most `SHOWN`).
    pub open: Vec<MessageRow>,
    /// For the care coordinator: the school's open messages past their date.
    pub overdue: Vec<MessageRow>,
    /// ISO today: a due date before it is overdue.
    pub today: String,
}

impl Waiting {
    pub fn is_empty(&self) -> bool {
        self.open.is_empty() && self.overdue.is_empty()
    }
}

/// At most this many messages are listed on the start page.
pub const SHOWN: i64 = 10;

/// The start page's section: one's own waiting messages, and the overdue ones for care
/// coordinators. Two bounded queries.
pub async fn waiting(db: &Db, staff: &crate::auth::StaffUser) -> sqlx::Result<Waiting> {
    let today = timefmt::iso(timefmt::today());
    let open = store::inbox(db, Reach::of(staff), SHOWN).await?;
    let overdue = if staff.roles.care_coordinator {
        store::overdue(db, staff.school_id, &today, SHOWN).await?
    } else {
        Vec::new()
    };
    Ok(Waiting {
        open,
        overdue,
        today,
    })
}

/// Parents' messages about a pupil, newest first (the pupil page's contact history).
pub async fn of_pupil(db: &Db, school_id: i64, pupil_id: i64) -> sqlx::Result<Vec<MessageRow>> {
    store::of_pupil(db, school_id, pupil_id, 20).await
}

/// A school year's holidays, for the school-year page.
pub async fn holidays_of_year(db: &Db, year_id: i64) -> sqlx::Result<Vec<HolidayRow>> {
    store::holidays_of_year(db, year_id).await
}

/// The school's default response time in school days (the settings page shows it).
pub async fn school_response_days(db: &Db, school_id: i64) -> sqlx::Result<ResponseSetting> {
    Ok(ResponseSetting {
        days: store::school_response_days(db, school_id).await?,
        holidays_missing: store::current_year_without_holidays(db, school_id)
            .await?
            .unwrap_or(false),
    })
}

/// The school's default response time, for the settings page, and whether the current school
/// year lacks holidays (due dates then count holiday weeks as school days).
pub struct ResponseSetting {
    pub days: i64,
    pub holidays_missing: bool,
}

impl std::fmt::Display for ResponseSetting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.days)
    }
}

/// Adds the holidays of a year in one go (the demo school).
pub async fn add_holidays(
    db: &Db,
    me: &crate::auth::StaffUser,
    year_id: i64,
    periods: &[(&str, Date, Date)],
) -> sqlx::Result<()> {
    for (name, from, to) in periods {
        store::add_holiday(
            db,
            me,
            year_id,
            name,
            &timefmt::iso(*from),
            &timefmt::iso(*to),
        )
        .await?;
    }
    Ok(())
}

/// A day `n` days before `d` (the demo dates its messages back).
pub fn days_before(d: Date, n: i64) -> Date {
    d.saturating_sub(Duration::days(n))
}

/// The outcome of a parent's message.
pub enum Sent {
    /// Written, acknowledged by mail: (message id, promised date).
    Done(i64, Date),
    /// The guardian reached today's limit; nothing written.
    Limit,
}

/// A parent's message as typed, checked.
pub struct Typed<'a> {
    pub body: &'a str,
    pub call_back: bool,
    pub phone: &'a str,
}

/// Writes the message and queues the acknowledgement in the guardian's language, in one
/// transaction; the daily limit is counted in the same transaction.
pub async fn send(
    db: &Db,
    guardian: &crate::auth::parent_sessions::ParentSession,
    child: &store::ChildRow,
    typed: &Typed<'_>,
) -> sqlx::Result<Sent> {
    let at = crate::db::now();
    let today = timefmt::today();
    let due = due_date(db, child.school_id, child.pupil_id, today).await?;
    let due_on = timefmt::iso(due);
    let mut tx = db.begin().await?;
    let since = timefmt::from_amsterdam(today, time::Time::MIDNIGHT);
    if !rules::may_send(store::sent_since(db, &mut tx, guardian.guardian_id, since).await?) {
        return Ok(Sent::Limit);
    }
    let id = store::insert_message(
        &mut tx,
        &store::NewMessage {
            school_id: child.school_id,
            pupil_id: child.pupil_id,
            guardian_id: guardian.guardian_id,
            body: typed.body,
            call_back: typed.call_back,
            phone: typed.phone,
            sent_at: at,
            due_on: &due_on,
        },
    )
    .await?;
    if let Some(email) = child.guardian_email.as_deref().filter(|e| !e.is_empty()) {
        let mail = mails::acknowledgement(
            crate::i18n::mail_lang(&guardian.language),
            email,
            &guardian.name,
            &child.name.first_name,
            due,
            typed.body,
            typed.call_back,
        );
        crate::mail::enqueue(&mut tx, Some(child.school_id), &mail).await?;
    }
    let line = crate::audit::Line::new(Some(child.pupil_id), "create", "parent-message", Some(id));
    crate::audit::parent_change(&mut tx, child.school_id, guardian.guardian_id, line).await?;
    tx.commit().await?;
    Ok(Sent::Done(id, due))
}

/// Closes a message with the teacher's answer: by mail (queued to the guardian in their
/// language, in the same transaction) or as a logged phone call. False when it was already
/// answered.
pub async fn answer(
    db: &Db,
    me: &crate::auth::StaffUser,
    m: &MessageRow,
    how: rules::Answer,
    text: &str,
) -> sqlx::Result<bool> {
    let today = timefmt::iso(timefmt::today());
    // The contact log is the school's own record, kept in Dutch like the rest of the file.
    let nl = crate::i18n::Lang::Nl;
    let body: String = m.body.chars().take(600).collect();
    let summary = format!(
        "{} {}: {body}\n{}: {text}",
        nl.t("messages-log-from"),
        m.guardian_name,
        nl.t(match how {
            rules::Answer::Mail => "messages-log-mail",
            rules::Answer::Phone => "messages-log-phone",
        }),
    );
    let mut tx = db.begin().await?;
    if !store::answer(&mut tx, me, m, how, text, &summary, &today).await? {
        return Ok(false);
    }
    if how == rules::Answer::Mail {
        if let Some(email) = m.guardian_email.as_deref().filter(|e| !e.is_empty()) {
            let mail = mails::answer(
                crate::i18n::mail_lang(&m.guardian_language),
                email,
                &m.guardian_name,
                &m.name.first_name,
                &me.name,
                text,
                &m.body,
            );
            crate::mail::enqueue(&mut tx, Some(me.school_id), &mail).await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// Opens one message for a staff member who may see its pupil (else None: 404).
pub async fn find(
    db: &Db,
    me: &crate::auth::StaffUser,
    id: i64,
) -> sqlx::Result<Option<MessageRow>> {
    store::message(db, Reach::of(me), id).await
}
