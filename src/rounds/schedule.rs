//! The teacher's day schedule (printable), attendance, and the secret calendar feed.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::store::schedule::{self as store, FeedBooking, Parent, ScheduleSlot};
use super::store::Host;
use super::{visible_round, Round};
use crate::auth::{tokens, CurrentStaff};
use crate::db::now;
use crate::domain::Attendance;
use crate::error::{AppError, AppResult};
use crate::mail::ics::{self, Event};
use crate::state::AppState;
use crate::timefmt;
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

/// What can be recorded about a conversation (the `Attendance` codes).
pub const ATTENDANCE: [&str; 3] = ["held", "no-show", "cancelled-by-school"];

pub fn router() -> Routes {
    Routes::new()
        .route("/rounds/{id}/schedule", get(schedule))
        .route(
            "/rounds/{id}/bookings/{booking}/attendance",
            post(attendance),
        )
        .route("/calendar", get(feed_page).post(new_feed))
        .route("/calendar/{file}", get(feed))
}

pub struct ScheduleRow {
    pub booking_id: Option<i64>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub pupil: String,
    pub pupil_id: i64,
    pub group: String,
    pub parents: String,
    pub note: String,
    pub interpreter: bool,
    /// The language(s) an interpreter is needed for, named in the staff member's language.
    pub interpreter_language: String,
    pub attendance: String,
    pub orphaned: bool,
    pub changed_recently: bool,
    /// The pupil prepared the conversation through their own link (`pupilprep`).
    pub prepared: bool,
}

pub struct Day {
    pub label: String,
    pub rows: Vec<ScheduleRow>,
}

#[derive(Template)]
#[template(path = "rounds/schedule.html")]
struct SchedulePage {
    ctx: Ctx,
    round: Round,
    staff_name: String,
    staff_id: i64,
    hosts: Vec<Host>,
    days: Vec<Day>,
    attendance: &'static [&'static str],
}

impl SchedulePage {
    fn clock(&self, unix: &i64) -> String {
        timefmt::clock(*unix)
    }
}

#[derive(Deserialize)]
pub struct ScheduleQuery {
    staff: Option<i64>,
}

/// One teacher's conversations in a round, day by day, with the family's notes and needs.
async fn schedule(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ScheduleQuery>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let hosts = store::slot_hosts(&state.db, id).await?;
    let staff_id = q.staff.unwrap_or(me.id);
    if staff_id != me.id && !me.roles.sees_whole_school() {
        return Err(AppError::Forbidden);
    }
    let staff_name = hosts
        .iter()
        .find(|h| h.id == staff_id)
        .map(|h| h.name.clone())
        .unwrap_or_else(|| me.name.clone());
    let slots = store::schedule(&state.db, id, staff_id).await?;
    let pupil_ids: Vec<i64> = slots.iter().filter_map(|s| s.pupil_id).collect();
    // Parents of every booked pupil in one query; interpreter needs come from the guardian too.
    let parents = if pupil_ids.is_empty() {
        Vec::new()
    } else {
        store::parents(&state.db, &pupil_ids).await?
    };
    let mut days = days(&ctx, slots, &parents, now() - 48 * 3600);
    let prepared = crate::pupilprep::prepared_pupils(&state.db, id, &pupil_ids).await?;
    for row in days.iter_mut().flat_map(|d| d.rows.iter_mut()) {
        row.prepared = prepared.contains(&row.pupil_id);
    }
    render(&SchedulePage {
        ctx,
        round,
        staff_name,
        staff_id,
        hosts,
        days,
        attendance: Attendance::CODES,
    })
}

/// The schedule's rows grouped by day; bookings made after `recent` are marked as new.
fn days(ctx: &Ctx, slots: Vec<ScheduleSlot>, parents: &[Parent], recent: i64) -> Vec<Day> {
    // Per pupil: "name (language)" of each guardian, whether any needs an interpreter, and the
    // languages other than Dutch (what an interpreter would be for).
    let mut families: HashMap<i64, (Vec<String>, bool, Vec<String>)> = HashMap::new();
    for p in parents {
        let e = families.entry(p.pupil_id).or_default();
        if p.language == "nl" {
            e.0.push(p.name.clone());
        } else {
            let language = ctx.code("language", &p.language);
            e.0.push(format!("{} ({language})", p.name));
            if !e.2.contains(&language) {
                e.2.push(language);
            }
        }
        e.1 |= p.interpreter_needed;
    }
    let mut days: Vec<Day> = Vec::new();
    for s in slots {
        let label = timefmt::date_with_weekday(ctx.lang, timefmt::to_amsterdam(s.starts_at).date());
        let (pupil, group, parent_names, guardian_interpreter, languages) = match s.pupil_id {
            Some(pid) => {
                let (names, interp, languages) = families.get(&pid).cloned().unwrap_or_default();
                let languages = languages.join(", ");
                (
                    s.pupil.full(),
                    s.group_name,
                    names.join(", "),
                    interp,
                    languages,
                )
            }
            None => Default::default(),
        };
        let row = ScheduleRow {
            booking_id: s.booking_id,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            pupil,
            pupil_id: s.pupil_id.unwrap_or(0),
            group,
            parents: parent_names,
            note: s.note,
            interpreter: s.interpreter || guardian_interpreter,
            interpreter_language: languages,
            attendance: s.attendance,
            orphaned: s.orphaned,
            changed_recently: s.booked_at.is_some_and(|t| t > recent),
            prepared: false,
        };
        match days.last_mut() {
            Some(d) if d.label == label => d.rows.push(row),
            _ => days.push(Day {
                label,
                rows: vec![row],
            }),
        }
    }
    days
}

#[derive(Deserialize)]
pub struct AttendanceForm {
    value: String,
    staff: Option<i64>,
}

async fn attendance(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, booking)): Path<(i64, i64)>,
    Form(form): Form<AttendanceForm>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    let value = Attendance::parse(&form.value).ok_or(AppError::BadRequest)?;
    // Only the host of the conversation, or the whole-school roles, record attendance.
    let any_host = me.roles.sees_whole_school();
    if !store::set_attendance(&state.db, id, booking, value, me.id, any_host).await? {
        return Err(AppError::NotFound);
    }
    let staff = form.staff.unwrap_or(me.id);
    Ok(see_other(
        &format!("/rounds/{id}/schedule?staff={staff}"),
        Some("saved"),
    ))
}

#[derive(Template)]
#[template(path = "rounds/calendar.html")]
struct FeedPage {
    ctx: Ctx,
    has_feed: bool,
    url: Option<String>,
}

async fn feed_page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let has_feed = store::has_feed(&state.db, me.id).await?;
    render(&FeedPage {
        ctx,
        has_feed,
        url: None,
    })
}

/// Makes a new secret feed address (the old one stops working). Shown once: only its hash is kept.
async fn new_feed(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let token = tokens::new_token();
    store::renew_feed(&state.db, me.id, &tokens::hash_token(&token), now()).await?;
    let url = format!("{}/calendar/{token}.ics", state.config.base_url);
    let mut response = render(&FeedPage {
        ctx,
        has_feed: true,
        url: Some(url),
    })?;
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    Ok(response)
}

/// The feed itself: every active booking of this staff member from a month ago on.
async fn feed(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let staff_id = store::feed_owner(&state.db, &tokens::hash_token(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let bookings = store::feed_bookings(&state.db, staff_id, now() - 31 * 86_400).await?;
    let events: Vec<Event> = bookings.into_iter().map(feed_event).collect();
    let body = ics::calendar(None, &events, "Driehoek");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            ),
        ],
        body,
    )
        .into_response())
}

fn feed_event(b: FeedBooking) -> Event {
    Event {
        uid: format!("driehoek-booking-{}@driehoek", b.id),
        starts_at: b.starts_at,
        ends_at: b.ends_at,
        summary: format!(
            "{}: {} ({})",
            b.title,
            b.pupil.full(),
            b.group_name.unwrap_or_default()
        ),
        description: b.note,
        location: b.location,
        sequence: 0,
        cancelled: false,
    }
}
