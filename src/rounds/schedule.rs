//! The teacher's day schedule (printable), attendance, and the secret calendar feed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::visible_round;
use super::Round;
use crate::auth::{tokens, CurrentStaff};
use crate::db::now;
use crate::domain::names::full_name;
use crate::error::{AppError, AppResult};
use crate::mail::ics::{self, Event};
use crate::state::AppState;
use crate::timefmt;
use crate::web::{render, see_other, Ctx};

pub const ATTENDANCE: [&str; 3] = ["held", "no-show", "cancelled-by-school"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/rounds/{id}/schedule", get(schedule))
        .route(
            "/rounds/{id}/bookings/{booking}/attendance",
            post(attendance),
        )
        .route("/calendar", get(feed_page).post(new_feed))
        .route("/calendar/{file}", get(feed))
}

pub struct Row_ {
    pub booking_id: Option<i64>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub pupil: String,
    pub pupil_id: i64,
    pub group: String,
    pub parents: String,
    pub note: String,
    pub interpreter: bool,
    pub attendance: String,
    pub orphaned: bool,
    pub changed_recently: bool,
}

pub struct Day {
    pub label: String,
    pub rows: Vec<Row_>,
}

#[derive(Template)]
#[template(path = "rounds/schedule.html")]
struct SchedulePage {
    ctx: Ctx,
    round: Round,
    staff_name: String,
    staff_id: i64,
    hosts: Vec<(i64, String)>,
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
    let hosts: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT s.id, s.name FROM slots sl JOIN staff s ON s.id = sl.staff_id WHERE sl.round_id = $1 ORDER BY s.name",
    )
    .bind(id)
    .fetch_all(state.db.read())
    .await?;
    let staff_id = q.staff.unwrap_or(me.id);
    if staff_id != me.id && !me.roles.sees_whole_school() {
        return Err(AppError::Forbidden);
    }
    let staff_name = hosts
        .iter()
        .find(|(s, _)| *s == staff_id)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| me.name.clone());
    let rows = sqlx::query(
        "SELECT sl.starts_at, sl.ends_at, sl.orphaned, b.id AS booking_id, b.note, b.interpreter, COALESCE(b.attendance, '') AS attendance, \
         b.created_at AS booked_at, p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, g.name AS group_name \
         FROM slots sl LEFT JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' \
         LEFT JOIN pupils p ON p.id = b.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE sl.round_id = $1 AND sl.staff_id = $2 ORDER BY sl.starts_at",
    )
    .bind(id)
    .bind(staff_id)
    .fetch_all(state.db.read())
    .await?;
    let pupil_ids: Vec<i64> = rows
        .iter()
        .filter_map(|r| r.try_get::<Option<i64>, _>("pupil_id").ok().flatten())
        .collect();
    // Parents of every booked pupil in one query; interpreter needs come from the guardian too.
    let mut parents: std::collections::HashMap<i64, (Vec<String>, bool)> =
        std::collections::HashMap::new();
    if !pupil_ids.is_empty() {
        let list = pupil_ids
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let prow = sqlx::query(&format!(
            "SELECT l.pupil_id, gd.name, gd.language, gd.interpreter_needed FROM pupil_guardians l JOIN guardians gd ON gd.id = l.guardian_id \
             WHERE l.pupil_id IN ({list}) AND gd.archived_at IS NULL ORDER BY gd.name"
        ))
        .fetch_all(state.db.read())
        .await?;
        for r in prow {
            let e = parents.entry(r.try_get("pupil_id")?).or_default();
            let lang: String = r.try_get("language")?;
            let name: String = r.try_get("name")?;
            e.0.push(if lang == "nl" {
                name
            } else {
                format!("{name} ({})", ctx.code("language", &lang))
            });
            e.1 |= r.try_get::<i64, _>("interpreter_needed")? == 1;
        }
    }
    let recent = now() - 48 * 3600;
    let mut days: Vec<Day> = Vec::new();
    for r in &rows {
        let starts_at: i64 = r.try_get("starts_at")?;
        let label = timefmt::date_with_weekday(ctx.lang, timefmt::to_amsterdam(starts_at).date());
        let pupil_id: Option<i64> = r.try_get("pupil_id")?;
        let (pupil, group, parent_names, guardian_interpreter) = match pupil_id {
            Some(pid) => {
                let (names, interp) = parents.get(&pid).cloned().unwrap_or_default();
                (
                    full_name(
                        &r.try_get::<String, _>("first_name")?,
                        &r.try_get::<String, _>("name_prefix")?,
                        &r.try_get::<String, _>("last_name")?,
                    ),
                    r.try_get::<String, _>("group_name")?,
                    names.join(", "),
                    interp,
                )
            }
            None => (String::new(), String::new(), String::new(), false),
        };
        let row = Row_ {
            booking_id: r.try_get("booking_id")?,
            starts_at,
            ends_at: r.try_get("ends_at")?,
            pupil,
            pupil_id: pupil_id.unwrap_or(0),
            group,
            parents: parent_names,
            note: r.try_get::<Option<String>, _>("note")?.unwrap_or_default(),
            interpreter: r.try_get::<Option<i64>, _>("interpreter")?.unwrap_or(0) == 1
                || guardian_interpreter,
            attendance: r.try_get("attendance")?,
            orphaned: r.try_get::<i64, _>("orphaned")? == 1,
            changed_recently: r
                .try_get::<Option<i64>, _>("booked_at")?
                .is_some_and(|t| t > recent),
        };
        match days.last_mut() {
            Some(d) if d.label == label => d.rows.push(row),
            _ => days.push(Day {
                label,
                rows: vec![row],
            }),
        }
    }
    render(&SchedulePage {
        ctx,
        round,
        staff_name,
        staff_id,
        hosts,
        days,
        attendance: &ATTENDANCE,
    })
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
    if !ATTENDANCE.contains(&form.value.as_str()) {
        return Err(AppError::BadRequest);
    }
    // Only the host of the conversation, or the whole-school roles, record attendance.
    let done = sqlx::query(
        "UPDATE bookings SET attendance = $1 WHERE id = $2 AND round_id = $3 AND status = 'active' \
         AND ($4 = 1 OR slot_id IN (SELECT id FROM slots WHERE staff_id = $5))",
    )
    .bind(&form.value)
    .bind(booking)
    .bind(id)
    .bind(i64::from(me.roles.sees_whole_school()))
    .bind(me.id)
    .execute(state.db.write())
    .await?;
    if done.rows_affected() == 0 {
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
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM calendar_feeds WHERE staff_id = $1")
        .bind(me.id)
        .fetch_one(state.db.read())
        .await?;
    render(&FeedPage {
        ctx,
        has_feed: n > 0,
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
    sqlx::query(
        "INSERT INTO calendar_feeds (staff_id, token_hash, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (staff_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
    )
    .bind(me.id)
    .bind(tokens::hash_token(&token))
    .bind(now())
    .execute(state.db.write())
    .await?;
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
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT staff_id FROM calendar_feeds WHERE token_hash = $1")
            .bind(tokens::hash_token(token))
            .fetch_optional(state.db.read())
            .await?;
    let Some((staff_id,)) = row else {
        return Err(AppError::NotFound);
    };
    let rows = sqlx::query(
        "SELECT b.id, sl.starts_at, sl.ends_at, r.title, r.location, p.first_name, p.name_prefix, p.last_name, g.name AS group_name, b.note \
         FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN rounds r ON r.id = b.round_id \
         JOIN pupils p ON p.id = b.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE sl.staff_id = $1 AND b.status = 'active' AND sl.starts_at > $2 ORDER BY sl.starts_at",
    )
    .bind(staff_id)
    .bind(now() - 31 * 86_400)
    .fetch_all(state.db.read())
    .await?;
    let mut events = Vec::with_capacity(rows.len());
    for r in &rows {
        let pupil = full_name(
            &r.try_get::<String, _>("first_name")?,
            &r.try_get::<String, _>("name_prefix")?,
            &r.try_get::<String, _>("last_name")?,
        );
        events.push(Event {
            uid: format!("driehoek-booking-{}@driehoek", r.try_get::<i64, _>("id")?),
            starts_at: r.try_get("starts_at")?,
            ends_at: r.try_get("ends_at")?,
            summary: format!(
                "{}: {pupil} ({})",
                r.try_get::<String, _>("title")?,
                r.try_get::<Option<String>, _>("group_name")?
                    .unwrap_or_default()
            ),
            description: r.try_get("note")?,
            location: r.try_get("location")?,
            sequence: 0,
            cancelled: false,
        });
    }
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
