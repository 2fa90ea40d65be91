//! Staff pages for rounds: list, create, overview with availability, invitations, families
//! (who has not booked yet, reminders, contact attempts, booking on a family's behalf).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::invitations::{self, Invitee};
use super::{
    default_slot_minutes, round_from_row, Round, CONTACT_CHANNELS, FORMS, KINDS, ROUND_COLUMNS,
};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{now, Db};
use crate::domain::names::full_name;
use crate::error::{AppError, AppResult};
use crate::groups::{self, GroupOption};
use crate::school;
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/rounds", get(list))
        .route("/rounds/new", get(new_form).post(create))
        .route("/rounds/{id}", get(show))
        .route("/rounds/{id}/availability", post(add_availability))
        .route(
            "/rounds/{id}/availability/{block}/delete",
            post(remove_availability),
        )
        .route("/rounds/{id}/invite", post(send_invitations))
        .route("/rounds/{id}/families", get(families))
        .route("/rounds/{id}/remind", post(remind))
        .route("/rounds/{id}/pupils/{pupil}/attempts", post(log_attempt))
        .route("/rounds/{id}/pupils/{pupil}/book", post(book_for_family))
        .route("/rounds/{id}/guardians/{guardian}/resend", post(resend))
        .route("/rounds/{id}/guardians/{guardian}/revoke", post(revoke))
        .route("/rounds/{id}/timetable", post(make_timetable))
        .route(
            "/rounds/{id}/pupils/{pupil}/constraint",
            post(save_constraint),
        )
}

/// Rounds a person may see: their school's, and for teachers only rounds with their groups.
const ROUND_VISIBLE: &str = "r.school_id = $1 AND r.archived_at IS NULL AND ($3 = 1 OR r.id IN \
     (SELECT rg.round_id FROM round_groups rg JOIN group_staff gs ON gs.group_id = rg.group_id WHERE gs.staff_id = $2))";

pub async fn visible_round(db: &Db, me: &StaffUser, id: i64) -> AppResult<Round> {
    let (school, staff, whole) = crate::auth::access::scope(me);
    let cols = ROUND_COLUMNS
        .split(", ")
        .map(|c| format!("r.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let row = sqlx::query(&format!(
        "SELECT {cols} FROM rounds r WHERE {ROUND_VISIBLE} AND r.id = $4"
    ))
    .bind(school)
    .bind(staff)
    .bind(whole)
    .bind(id)
    .fetch_optional(db.read())
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(round_from_row(&row)?)
}

pub struct RoundRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub closes_at: i64,
    pub families: i64,
    pub booked: i64,
}

#[derive(Template)]
#[template(path = "rounds/list.html")]
struct ListPage {
    ctx: Ctx,
    rounds: Vec<RoundRow>,
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let (school, staff, whole) = crate::auth::access::scope(&me);
    let rows = sqlx::query(&format!(
        "SELECT r.id, r.title, r.kind, r.closes_at, \
         (SELECT COUNT(DISTINCT p.id) FROM round_groups rg JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND p.archived_at IS NULL WHERE rg.round_id = r.id) AS families, \
         (SELECT COUNT(DISTINCT b.pupil_id) FROM bookings b WHERE b.round_id = r.id AND b.status = 'active') AS booked \
         FROM rounds r WHERE {ROUND_VISIBLE} ORDER BY r.closes_at DESC"
    ))
    .bind(school)
    .bind(staff)
    .bind(whole)
    .fetch_all(state.db.read())
    .await?;
    let rounds = rows
        .iter()
        .map(|r| {
            Ok(RoundRow {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
                kind: r.try_get("kind")?,
                closes_at: r.try_get("closes_at")?,
                families: r.try_get("families")?,
                booked: r.try_get("booked")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    render(&ListPage { ctx, rounds })
}

#[derive(Default)]
pub struct RoundForm {
    kind: String,
    title: String,
    group_ids: Vec<i64>,
    opens_date: String,
    opens_time: String,
    closes_date: String,
    closes_time: String,
    slot_minutes: String,
    gap_minutes: String,
    form: String,
    location: String,
    pupil_expected: bool,
    attendees: String,
    invitation_text: String,
    reminder_hours: String,
}

#[derive(Template)]
#[template(path = "rounds/form.html")]
struct FormPage {
    ctx: Ctx,
    form: RoundForm,
    errors: FormErrors,
    groups: Vec<GroupOption>,
    kinds: &'static [&'static str],
    forms: &'static [&'static str],
}

impl FormPage {
    fn has_group(&self, id: &i64) -> bool {
        self.form.group_ids.contains(id)
    }
}

/// Groups a person may open a round for: directors and administrators all, teachers their own.
async fn round_groups_for(db: &Db, me: &StaffUser) -> Result<Vec<GroupOption>, sqlx::Error> {
    let all = groups::options(db, me.school_id).await?;
    if me.roles.sees_whole_school() {
        return Ok(all);
    }
    let own: Vec<(i64,)> = sqlx::query_as("SELECT group_id FROM group_staff WHERE staff_id = $1")
        .bind(me.id)
        .fetch_all(db.read())
        .await?;
    Ok(all
        .into_iter()
        .filter(|g| own.iter().any(|(o,)| *o == g.id))
        .collect())
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let groups = round_groups_for(&state.db, &me).await?;
    let today = timefmt::today();
    let form = RoundForm {
        kind: "start".into(),
        opens_date: timefmt::iso(today),
        opens_time: "08:00".into(),
        closes_date: timefmt::iso(today.saturating_add(time::Duration::days(14))),
        closes_time: "20:00".into(),
        slot_minutes: String::new(),
        gap_minutes: "5".into(),
        form: "school".into(),
        pupil_expected: true,
        reminder_hours: "24".into(),
        ..RoundForm::default()
    };
    render(&FormPage {
        ctx,
        form,
        errors: FormErrors::default(),
        groups,
        kinds: &KINDS,
        forms: &FORMS,
    })
}

fn parse_round_form(
    data: &FormData,
    allowed: &[GroupOption],
    errors: &mut FormErrors,
) -> (RoundForm, Option<(i64, i64, i64, i64, i64)>) {
    let kind = data.get("kind").to_string();
    if !KINDS.contains(&kind.as_str()) {
        errors.add("kind", "form-choose-option");
    }
    let title = forms::required(errors, "title", data.get("title"), 120);
    let group_ids: Vec<i64> = data
        .ids("group")
        .into_iter()
        .filter(|g| allowed.iter().any(|a| a.id == *g))
        .collect();
    if group_ids.is_empty() {
        errors.add("groups", "round-groups-required");
    }
    let moment =
        |errors: &mut FormErrors, field: &'static str, date: &str, clock: &str| -> Option<i64> {
            match (
                crate::domain::dates::parse_form_date(date),
                timefmt::parse_clock(clock),
            ) {
                (Some(d), Some(t)) => Some(timefmt::from_amsterdam(d, t)),
                _ => {
                    errors.add(field, "round-moment-invalid");
                    None
                }
            }
        };
    let opens = moment(
        errors,
        "opens_date",
        data.get("opens_date"),
        data.get("opens_time"),
    );
    let closes = moment(
        errors,
        "closes_date",
        data.get("closes_date"),
        data.get("closes_time"),
    );
    if let (Some(o), Some(c)) = (opens, closes) {
        if c <= o {
            errors.add("closes_date", "round-closes-before-opens");
        }
    }
    let number = |errors: &mut FormErrors,
                  field: &'static str,
                  v: &str,
                  default: i64,
                  range: std::ops::RangeInclusive<i64>|
     -> i64 {
        if v.trim().is_empty() {
            return default;
        }
        match v.trim().parse::<i64>() {
            Ok(n) if range.contains(&n) => n,
            _ => {
                errors.add(field, "round-number-invalid");
                default
            }
        }
    };
    let slot = number(
        errors,
        "slot_minutes",
        data.get("slot_minutes"),
        default_slot_minutes(&kind),
        5..=180,
    );
    let gap = number(errors, "gap_minutes", data.get("gap_minutes"), 5, 0..=60);
    let reminder = number(
        errors,
        "reminder_hours",
        data.get("reminder_hours"),
        24,
        0..=168,
    );
    let form = data.get("form").to_string();
    if !FORMS.contains(&form.as_str()) {
        errors.add("form", "form-choose-option");
    }
    let parsed = RoundForm {
        kind,
        title,
        group_ids,
        opens_date: data.get("opens_date").into(),
        opens_time: data.get("opens_time").into(),
        closes_date: data.get("closes_date").into(),
        closes_time: data.get("closes_time").into(),
        slot_minutes: data.get("slot_minutes").into(),
        gap_minutes: data.get("gap_minutes").into(),
        form,
        location: forms::optional(errors, "location", data.get("location"), 200),
        pupil_expected: data.has("pupil_expected"),
        attendees: forms::optional(errors, "attendees", data.get("attendees"), 300),
        invitation_text: data
            .get("invitation_text")
            .trim()
            .chars()
            .take(5000)
            .collect(),
        reminder_hours: data.get("reminder_hours").into(),
    };
    let numbers = match (opens, closes) {
        (Some(o), Some(c)) => Some((o, c, slot, gap, reminder)),
        _ => None,
    };
    (parsed, numbers)
}

async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let groups = round_groups_for(&state.db, &me).await?;
    if groups.is_empty() {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let (form, numbers) = parse_round_form(&FormData(data), &groups, &mut errors);
    let Some((opens, closes, slot, gap, reminder)) = numbers.filter(|_| errors.is_empty()) else {
        return render(&FormPage {
            ctx,
            form,
            errors,
            groups,
            kinds: &KINDS,
            forms: &FORMS,
        });
    };
    let mut tx = state.db.begin().await?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, form, location, \
         pupil_expected, attendees, invitation_text, reminder_hours, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(me.school_id)
    .bind(&form.kind)
    .bind(&form.title)
    .bind(opens)
    .bind(closes)
    .bind(slot)
    .bind(gap)
    .bind(&form.form)
    .bind(&form.location)
    .bind(i64::from(form.pupil_expected))
    .bind(&form.attendees)
    .bind(&form.invitation_text)
    .bind(reminder)
    .bind(me.id)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    for g in &form.group_ids {
        sqlx::query("INSERT INTO round_groups (round_id, group_id) VALUES ($1, $2)")
            .bind(id)
            .bind(g)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(see_other(&format!("/rounds/{id}"), Some("round-created")))
}

pub struct Block {
    pub id: i64,
    pub staff_name: String,
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub slots: i64,
    pub booked: i64,
}

pub struct Host {
    pub id: i64,
    pub name: String,
}

#[derive(Template)]
#[template(path = "rounds/show.html")]
struct ShowPage {
    ctx: Ctx,
    round: Round,
    group_names: String,
    blocks: Vec<Block>,
    hosts: Vec<Host>,
    me_id: i64,
    families: i64,
    booked: i64,
    invited: i64,
    orphaned: i64,
    errors: FormErrors,
    may_invite: bool,
}

impl ShowPage {
    fn percent(&self) -> i64 {
        if self.families == 0 {
            0
        } else {
            self.booked * 100 / self.families
        }
    }
}

/// Staff who may host conversations in a round: the teachers of its groups.
async fn hosts(db: &Db, round_id: i64) -> Result<Vec<Host>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT s.id, s.name FROM round_groups rg JOIN group_staff gs ON gs.group_id = rg.group_id \
         JOIN staff s ON s.id = gs.staff_id WHERE rg.round_id = $1 AND s.disabled_at IS NULL ORDER BY s.name",
    )
    .bind(round_id)
    .fetch_all(db.read())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Host { id, name })
        .collect())
}

async fn show_page(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    round: Round,
    errors: FormErrors,
) -> AppResult<Response> {
    let db = &state.db;
    let names: Vec<(String,)> = sqlx::query_as("SELECT g.name FROM round_groups rg JOIN groups g ON g.id = rg.group_id WHERE rg.round_id = $1 ORDER BY g.grade, g.name")
        .bind(round.id)
        .fetch_all(db.read())
        .await?;
    let rows = sqlx::query(
        "SELECT a.id, s.name, a.day, a.starts, a.ends, \
         (SELECT COUNT(*) FROM slots sl WHERE sl.availability_id = a.id) AS slots, \
         (SELECT COUNT(*) FROM slots sl JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' WHERE sl.availability_id = a.id) AS booked \
         FROM availability a JOIN staff s ON s.id = a.staff_id WHERE a.round_id = $1 ORDER BY a.day, a.starts, s.name",
    )
    .bind(round.id)
    .fetch_all(db.read())
    .await?;
    let blocks = rows
        .iter()
        .map(|r| {
            Ok(Block {
                id: r.try_get("id")?,
                staff_name: r.try_get("name")?,
                day: r.try_get("day")?,
                starts: r.try_get("starts")?,
                ends: r.try_get("ends")?,
                slots: r.try_get("slots")?,
                booked: r.try_get("booked")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    let count = |sql: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(sql)
            .bind(round.id)
            .fetch_one(db.read())
            .await?;
        Ok::<i64, sqlx::Error>(n)
    };
    let families = count("SELECT COUNT(*) FROM round_groups rg JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND p.archived_at IS NULL WHERE rg.round_id = $1").await?;
    let booked = count(
        "SELECT COUNT(DISTINCT pupil_id) FROM bookings WHERE round_id = $1 AND status = 'active'",
    )
    .await?;
    let invited =
        count("SELECT COUNT(*) FROM invitations WHERE round_id = $1 AND revoked_at IS NULL AND sent_at IS NOT NULL")
            .await?;
    let orphaned = count("SELECT COUNT(*) FROM slots sl JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' WHERE sl.round_id = $1 AND sl.orphaned = 1").await?;
    let hosts = hosts(db, round.id).await?;
    render(&ShowPage {
        ctx,
        group_names: names
            .into_iter()
            .map(|(n,)| n)
            .collect::<Vec<_>>()
            .join(", "),
        blocks,
        hosts,
        me_id: me.id,
        families,
        booked,
        invited,
        orphaned,
        errors,
        may_invite: true,
        round,
    })
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    show_page(&state, &me, ctx, round, FormErrors::default()).await
}

/// Adds a block of availability and cuts it into slots. Slots that already exist (an
/// overlapping block) are kept as they are.
async fn add_availability(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let data = FormData(data);
    let hosts = hosts(&state.db, id).await?;
    let staff_id = data.get("staff").parse::<i64>().unwrap_or(me.id);
    // Teachers add their own time; directors and administrators may plan for the round's teachers.
    if !hosts.iter().any(|h| h.id == staff_id)
        || (staff_id != me.id && !me.roles.sees_whole_school())
    {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let day = crate::domain::dates::parse_form_date(data.get("day"));
    let (from, to) = (
        timefmt::parse_clock(data.get("starts")),
        timefmt::parse_clock(data.get("ends")),
    );
    if day.is_none() {
        errors.add("day", "round-moment-invalid");
    }
    if from.is_none() || to.is_none() || from >= to {
        errors.add("starts", "availability-times-invalid");
    }
    let (Some(day), Some(from), Some(to)) = (day, from, to) else {
        return show_page(&state, &me, ctx, round, errors).await;
    };
    if !errors.is_empty() {
        return show_page(&state, &me, ctx, round, errors).await;
    }
    let mut tx = state.db.begin().await?;
    super::add_block(&mut tx, &round, staff_id, day, from, to).await?;
    tx.commit().await?;
    Ok(see_other(
        &format!("/rounds/{id}"),
        Some("availability-added"),
    ))
}

/// Removes a block: its free slots go, booked ones stay (flagged for the teacher), so no
/// family silently loses its appointment.
async fn remove_availability(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, block)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    let owner: Option<(i64,)> =
        sqlx::query_as("SELECT staff_id FROM availability WHERE id = $1 AND round_id = $2")
            .bind(block)
            .bind(id)
            .fetch_optional(state.db.read())
            .await?;
    let Some((owner,)) = owner else {
        return Err(AppError::NotFound);
    };
    if owner != me.id && !me.roles.sees_whole_school() {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "DELETE FROM slots WHERE availability_id = $1 AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = slots.id)",
    )
    .bind(block)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE slots SET orphaned = 1, availability_id = NULL WHERE availability_id = $1")
        .bind(block)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM availability WHERE id = $1")
        .bind(block)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(see_other(
        &format!("/rounds/{id}"),
        Some("availability-removed"),
    ))
}

/// Sends the invitations that have not gone out yet (one per guardian); safe to press twice.
async fn send_invitations(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let school = school::school_name(&state.db, round.school_id).await?;
    let already: Vec<(i64,)> = sqlx::query_as(
        "SELECT guardian_id FROM invitations WHERE round_id = $1 AND revoked_at IS NULL AND sent_at IS NOT NULL",
    )
    .bind(id)
    .fetch_all(state.db.read())
    .await?;
    let todo: Vec<Invitee> = invitations::invitees(&state.db, id)
        .await?
        .into_iter()
        .filter(|i| !already.iter().any(|(g,)| *g == i.guardian_id))
        .collect();
    // In batches, so a large school's invitations do not hold the writer for long.
    for batch in todo.chunks(100) {
        let mut tx = state.db.begin().await?;
        for who in batch {
            invitations::invite(&mut tx, &round, &school, &state.config.base_url, who, false)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("invitations-sent"),
    ))
}

pub struct Family {
    pub pupil_id: i64,
    pub pupil: String,
    pub group: String,
    pub booked: Option<String>,
    pub proposed: bool,
    pub earliest: String,
    pub latest: String,
    pub guardians: Vec<FamilyGuardian>,
    pub attempts: Vec<String>,
}

pub struct FamilyGuardian {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub interpreter: bool,
    pub invited: bool,
    pub reminded: bool,
}

#[derive(Template)]
#[template(path = "rounds/families.html")]
struct FamiliesPage {
    ctx: Ctx,
    round: Round,
    families: Vec<Family>,
    open: i64,
    channels: &'static [&'static str],
    free_slots: HashMap<i64, Vec<(i64, String)>>,
}

impl FamiliesPage {
    fn slots_for(&self, pupil: &i64) -> Vec<(i64, String)> {
        self.free_slots.get(pupil).cloned().unwrap_or_default()
    }
}

/// Every family in the round, those without a booking first: the escalation ladder's list.
async fn families(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let db = &state.db;
    let (_, staff, whole) = crate::auth::access::scope(&me);
    let pupils = sqlx::query(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, g.name AS group_name, p.group_id \
         FROM round_groups rg JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND p.archived_at IS NULL JOIN groups g ON g.id = p.group_id \
         WHERE rg.round_id = $1 AND ($3 = 1 OR p.group_id IN (SELECT group_id FROM group_staff WHERE staff_id = $2)) \
         ORDER BY g.grade, g.name, p.last_name",
    )
    .bind(id)
    .bind(staff)
    .bind(whole)
    .fetch_all(db.read())
    .await?;
    let ids: Vec<i64> = pupils
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
    let bookings = crate::booking::bookings_for(db, id, &ids).await?;
    let guardian_rows = sqlx::query(
        "SELECT l.pupil_id, gd.id, gd.name, COALESCE(gd.email, '') AS email, gd.phone, gd.interpreter_needed, \
         CASE WHEN i.id IS NULL OR i.revoked_at IS NOT NULL OR i.sent_at IS NULL THEN 0 ELSE 1 END AS invited, \
         CASE WHEN i.reminded_at IS NULL THEN 0 ELSE 1 END AS reminded \
         FROM round_groups rg JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN guardians gd ON gd.id = l.guardian_id AND gd.archived_at IS NULL \
         LEFT JOIN invitations i ON i.guardian_id = gd.id AND i.round_id = rg.round_id \
         WHERE rg.round_id = $1 AND l.receives_invitations = 1 ORDER BY gd.name",
    )
    .bind(id)
    .fetch_all(db.read())
    .await?;
    let attempt_rows = sqlx::query(
        "SELECT a.pupil_id, a.channel, a.note, a.created_at, s.name FROM contact_attempts a JOIN staff s ON s.id = a.staff_id \
         WHERE a.round_id = $1 ORDER BY a.created_at",
    )
    .bind(id)
    .fetch_all(db.read())
    .await?;
    let constraints: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT pupil_id, earliest, latest FROM family_constraints WHERE round_id = $1",
    )
    .bind(id)
    .fetch_all(db.read())
    .await?;
    let lang = ctx.lang;
    let mut families = Vec::with_capacity(pupils.len());
    for r in &pupils {
        let pid: i64 = r.try_get("id")?;
        let booked = bookings.iter().find(|b| b.pupil_id == pid).map(|b| {
            format!(
                "{}, {} ({})",
                timefmt::datetime(lang, b.starts_at),
                b.staff_name,
                b.booked_by
            )
        });
        let mut guardians = Vec::new();
        for g in guardian_rows
            .iter()
            .filter(|g| g.try_get::<i64, _>("pupil_id").ok() == Some(pid))
        {
            guardians.push(FamilyGuardian {
                id: g.try_get("id")?,
                name: g.try_get("name")?,
                email: g.try_get("email")?,
                phone: g.try_get("phone")?,
                interpreter: g.try_get::<i64, _>("interpreter_needed")? == 1,
                invited: g.try_get::<i64, _>("invited")? == 1,
                reminded: g.try_get::<i64, _>("reminded")? == 1,
            });
        }
        let mut attempts = Vec::new();
        for a in attempt_rows
            .iter()
            .filter(|a| a.try_get::<i64, _>("pupil_id").ok() == Some(pid))
        {
            let channel: String = a.try_get("channel")?;
            let note: String = a.try_get("note")?;
            attempts.push(format!(
                "{} · {} · {}{}",
                timefmt::datetime(lang, a.try_get::<i64, _>("created_at")?),
                lang.t(&format!("channel-{channel}")),
                a.try_get::<String, _>("name")?,
                if note.is_empty() {
                    String::new()
                } else {
                    format!(": {note}")
                }
            ));
        }
        let constraint = constraints.iter().find(|(p, _, _)| *p == pid);
        families.push(Family {
            proposed: bookings.iter().any(|b| b.pupil_id == pid && b.proposed),
            earliest: constraint.map(|c| c.1.clone()).unwrap_or_default(),
            latest: constraint.map(|c| c.2.clone()).unwrap_or_default(),
            pupil_id: pid,
            pupil: full_name(
                &r.try_get::<String, _>("first_name")?,
                &r.try_get::<String, _>("name_prefix")?,
                &r.try_get::<String, _>("last_name")?,
            ),
            group: r.try_get("group_name")?,
            booked,
            guardians,
            attempts,
        });
    }
    families.sort_by_key(|f| f.booked.is_some());
    let open = families.iter().filter(|f| f.booked.is_none()).count() as i64;
    // Free slots of each open family's teachers, for booking on their behalf after a call.
    let free: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT sl.id, sl.staff_id, sl.starts_at FROM slots sl WHERE sl.round_id = $1 AND sl.orphaned = 0 AND sl.starts_at > $2 \
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = sl.id AND b.status = 'active') ORDER BY sl.starts_at",
    )
    .bind(id)
    .bind(now())
    .fetch_all(db.read())
    .await?;
    let teach: Vec<(i64, i64)> = sqlx::query_as("SELECT gs.group_id, gs.staff_id FROM group_staff gs JOIN round_groups rg ON rg.group_id = gs.group_id WHERE rg.round_id = $1")
        .bind(id)
        .fetch_all(db.read())
        .await?;
    let mut free_slots = HashMap::new();
    for r in &pupils {
        let pid: i64 = r.try_get("id")?;
        if families
            .iter()
            .any(|f| f.pupil_id == pid && f.booked.is_some())
        {
            continue;
        }
        let group: i64 = r.try_get("group_id")?;
        let options: Vec<(i64, String)> = free
            .iter()
            .filter(|(_, staff, _)| teach.iter().any(|(g, s)| *g == group && s == staff))
            .take(40)
            .map(|(sid, _, at)| (*sid, timefmt::datetime(lang, *at)))
            .collect();
        free_slots.insert(pid, options);
    }
    render(&FamiliesPage {
        ctx,
        round,
        families,
        open,
        channels: &CONTACT_CHANNELS,
        free_slots,
    })
}

/// One click: a reminder to every invited guardian of a family without a booking.
async fn remind(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let school = school::school_name(&state.db, round.school_id).await?;
    let waiting: Vec<(i64,)> = sqlx::query_as(
        "SELECT DISTINCT l.guardian_id FROM round_groups rg JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND p.archived_at IS NULL \
         JOIN pupil_guardians l ON l.pupil_id = p.id AND l.receives_invitations = 1 WHERE rg.round_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.pupil_id = p.id AND b.round_id = rg.round_id AND b.status = 'active')",
    )
    .bind(id)
    .fetch_all(state.db.read())
    .await?;
    let todo: Vec<Invitee> = invitations::invitees(&state.db, id)
        .await?
        .into_iter()
        .filter(|i| waiting.iter().any(|(g,)| *g == i.guardian_id))
        .collect();
    for batch in todo.chunks(100) {
        let mut tx = state.db.begin().await?;
        for who in batch {
            invitations::invite(&mut tx, &round, &school, &state.config.base_url, who, true)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("reminders-sent"),
    ))
}

async fn pupil_in_round(db: &Db, me: &StaffUser, round_id: i64, pupil_id: i64) -> AppResult<()> {
    let (_, staff, whole) = crate::auth::access::scope(me);
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM round_groups rg JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) WHERE rg.round_id = $1 AND p.id = $2 \
         AND ($4 = 1 OR p.group_id IN (SELECT group_id FROM group_staff WHERE staff_id = $3))",
    )
    .bind(round_id)
    .bind(pupil_id)
    .bind(staff)
    .bind(whole)
    .fetch_one(db.read())
    .await?;
    if n == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}

#[derive(Deserialize)]
pub struct AttemptForm {
    channel: String,
    #[serde(default)]
    note: String,
}

/// Logs an attempt to reach a family another way (phone, at the door, via the pupil, ...).
async fn log_attempt(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, pupil)): Path<(i64, i64)>,
    Form(form): Form<AttemptForm>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    pupil_in_round(&state.db, &me, id, pupil).await?;
    if !CONTACT_CHANNELS.contains(&form.channel.as_str()) {
        return Ok(see_other(
            &format!("/rounds/{id}/families"),
            Some("problem-choose-channel"),
        ));
    }
    sqlx::query("INSERT INTO contact_attempts (round_id, pupil_id, staff_id, channel, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(pupil)
        .bind(me.id)
        .bind(&form.channel)
        .bind(forms::clean(&form.note).chars().take(500).collect::<String>())
        .bind(now())
        .execute(state.db.write())
        .await?;
    Ok(see_other(
        &format!("/rounds/{id}/families#pupil-{pupil}"),
        Some("attempt-logged"),
    ))
}

#[derive(Deserialize)]
pub struct StaffBookForm {
    slot: Option<String>,
    guardian: Option<String>,
    #[serde(default)]
    note: String,
}

/// After a phone call, staff book a slot on a family's behalf (the family gets the confirmation
/// mail when it has an address).
async fn book_for_family(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, pupil)): Path<(i64, i64)>,
    Form(form): Form<StaffBookForm>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    pupil_in_round(&state.db, &me, id, pupil).await?;
    let (Some(slot), Some(guardian)) = (
        form.slot.as_deref().and_then(|s| s.parse::<i64>().ok()),
        form.guardian.as_deref().and_then(|s| s.parse::<i64>().ok()),
    ) else {
        return Ok(see_other(
            &format!("/rounds/{id}/families"),
            Some("problem-choose-slot-and-guardian"),
        ));
    };
    let school = school::school_name(&state.db, round.school_id).await?;
    // The booking hangs on the guardian's invitation (made now if the family had none, e.g. no e-mail).
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, guardian_id) DO NOTHING",
    )
    .bind(id)
    .bind(guardian)
    .bind(crate::auth::tokens::hash_token(&crate::auth::tokens::new_token()))
    .bind(now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let row = sqlx::query(
        "SELECT i.id, gd.name, gd.email, gd.language FROM invitations i JOIN guardians gd ON gd.id = i.guardian_id \
         JOIN pupil_guardians l ON l.guardian_id = gd.id AND l.pupil_id = $3 WHERE i.round_id = $1 AND i.guardian_id = $2",
    )
    .bind(id)
    .bind(guardian)
    .bind(pupil)
    .fetch_optional(state.db.read())
    .await?
    .ok_or(AppError::NotFound)?;
    let inv = crate::booking::Invitation {
        id: row.try_get("id")?,
        guardian_id: guardian,
        guardian_name: row.try_get("name")?,
        guardian_email: row.try_get("email")?,
        guardian_language: row.try_get("language")?,
        round,
        school_name: school,
        school_contact: String::new(),
    };
    let key = crate::auth::tokens::new_token();
    let note = forms::clean(&form.note);
    let outcome = crate::booking::book(
        &state.db,
        &inv,
        &[crate::booking::Request {
            pupil_id: pupil,
            slot_id: slot,
        }],
        &note,
        false,
        &key,
    )
    .await?;
    let flash = match outcome {
        crate::booking::Outcome::Booked { booked, .. } => {
            sqlx::query("UPDATE bookings SET booked_by_staff_id = $1 WHERE id = $2")
                .bind(me.id)
                .bind(booked[0])
                .execute(state.db.write())
                .await?;
            "booked-for-family"
        }
        crate::booking::Outcome::Taken => "problem-booking-just-taken",
        _ => "problem-booking-invalid-slot",
    };
    Ok(see_other(&format!("/rounds/{id}/families"), Some(flash)))
}

/// A new link for one guardian (the old one stops working), mailed again.
async fn resend(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, guardian)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let school = school::school_name(&state.db, round.school_id).await?;
    let who = invitations::invitees(&state.db, id)
        .await?
        .into_iter()
        .find(|i| i.guardian_id == guardian)
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    invitations::invite(
        &mut tx,
        &round,
        &school,
        &state.config.base_url,
        &who,
        false,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("invitation-resent"),
    ))
}

/// Stops a guardian's link from working (e.g. a mail went to the wrong address).
async fn revoke(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, guardian)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE round_id = $2 AND guardian_id = $3")
        .bind(now())
        .bind(id)
        .bind(guardian)
        .execute(state.db.write())
        .await?;
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("invitation-revoked"),
    ))
}

/// The school makes the timetable: every family without an appointment gets a proposed time.
async fn make_timetable(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let (placed, left) = super::timetable::make(&state.db, &round).await?;
    tracing::info!(round = id, placed, left, "timetable made");
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("timetable-made"),
    ))
}

#[derive(Deserialize)]
pub struct ConstraintForm {
    #[serde(default)]
    earliest: String,
    #[serde(default)]
    latest: String,
}

/// Records what a family told the school about times that work for them.
async fn save_constraint(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, pupil)): Path<(i64, i64)>,
    Form(form): Form<ConstraintForm>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    pupil_in_round(&state.db, &me, id, pupil).await?;
    let clean = |v: &str| {
        timefmt::parse_clock(v)
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
            .unwrap_or_default()
    };
    sqlx::query(
        "INSERT INTO family_constraints (round_id, pupil_id, earliest, latest) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, pupil_id) DO UPDATE SET earliest = excluded.earliest, latest = excluded.latest",
    )
    .bind(id)
    .bind(pupil)
    .bind(clean(&form.earliest))
    .bind(clean(&form.latest))
    .execute(state.db.write())
    .await?;
    Ok(see_other(
        &format!("/rounds/{id}/families#pupil-{pupil}"),
        Some("constraint-saved"),
    ))
}
