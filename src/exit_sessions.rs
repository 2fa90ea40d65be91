//! Group exit sessions: the director plans a workshop, parent panel or onderwijscafé for the
//! families who leave, invites them with a personal link, and families answer (with how many
//! people, and whether their child joins the return day). The capacity holds under concurrency.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use crate::auth::{tokens, CurrentStaff, StaffUser};
use crate::db::{now, Db};
use crate::error::{AppError, AppResult};
use crate::i18n::mail_lang;
use crate::mail::{self, Outgoing};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms;
use crate::web::{no_referrer, render, see_other, Ctx};

pub const SESSION_KINDS: [&str; 3] = ["workshop", "panel", "cafe"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exit/sessions", post(create))
        .route("/exit/sessions/{id}/invite", post(invite))
        .route("/rsvp/{token}", get(rsvp_page).post(rsvp))
        .route(
            "/exit/sessions/{id}/record",
            get(record_form).post(save_record),
        )
        .route("/exit/sessions/{id}/send-report", post(send_report))
}

pub struct SessionRow {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub starts_at: i64,
    pub place: String,
    pub capacity: i64,
    pub return_day: bool,
    pub invited: i64,
    pub yes_people: i64,
    pub no: i64,
}

/// The sessions of a school with their answers so far.
pub async fn sessions(db: &Db, school_id: i64) -> Result<Vec<SessionRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.id, s.kind, s.title, s.starts_at, s.place, s.capacity, s.return_day, \
         (SELECT COUNT(*) FROM session_invites i WHERE i.session_id = s.id) AS invited, \
         (SELECT COALESCE(CAST(SUM(i.people) AS BIGINT), 0) FROM session_invites i WHERE i.session_id = s.id AND i.answer = 'yes') AS yes_people, \
         (SELECT COUNT(*) FROM session_invites i WHERE i.session_id = s.id AND i.answer = 'no') AS no \
         FROM exit_sessions s WHERE s.school_id = $1 ORDER BY s.starts_at DESC",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(SessionRow {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                title: r.try_get("title")?,
                starts_at: r.try_get("starts_at")?,
                place: r.try_get("place")?,
                capacity: r.try_get("capacity")?,
                return_day: r.try_get::<i64, _>("return_day")? == 1,
                invited: r.try_get("invited")?,
                yes_people: r.try_get("yes_people")?,
                no: r.try_get("no")?,
            })
        })
        .collect()
}

#[derive(Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    capacity: String,
    return_day: Option<String>,
}

async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Form(form): Form<SessionForm>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let title = forms::clean(&form.title);
    let when = match (
        crate::domain::dates::parse_form_date(&form.day),
        timefmt::parse_clock(&form.time),
    ) {
        (Some(d), Some(t)) => Some(timefmt::from_amsterdam(d, t)),
        _ => None,
    };
    let capacity = form
        .capacity
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|c| (1..=1000).contains(c));
    let (Some(starts_at), Some(capacity)) = (when, capacity) else {
        return Ok(see_other("/exit", Some("problem-session-incomplete")));
    };
    if title.is_empty() || !SESSION_KINDS.contains(&form.kind.as_str()) {
        return Ok(see_other("/exit", Some("problem-session-incomplete")));
    }
    sqlx::query(
        "INSERT INTO exit_sessions (school_id, kind, title, starts_at, place, capacity, return_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(me.school_id)
    .bind(&form.kind)
    .bind(title)
    .bind(starts_at)
    .bind(forms::clean(&form.place))
    .bind(capacity)
    .bind(i64::from(forms::checked(&form.return_day)))
    .bind(now())
    .execute(state.db.write())
    .await?;
    Ok(see_other("/exit", Some("session-saved")))
}

/// Invites every family of a pupil leaving this school year (one mail per guardian who
/// receives mail); families already invited are skipped, so pressing again is harmless.
async fn invite(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let session = sqlx::query("SELECT title, kind, starts_at, minutes, place, return_day FROM exit_sessions WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(me.school_id)
        .fetch_optional(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let year = crate::school::current_year(db, me.school_id)
        .await?
        .map(|y| y.1)
        .unwrap_or_default();
    let year_start = format!("{}-08-01", year.get(..4).unwrap_or("2000"));
    // The school's choice: invite for every leaving child, or only when the family's last child leaves.
    let (policy,): (String,) = sqlx::query_as("SELECT exit_policy FROM schools WHERE id = $1")
        .bind(me.school_id)
        .fetch_one(db.read())
        .await?;
    let guardians: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT DISTINCT g.id, g.name, g.email, g.language FROM pupils p JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN guardians g ON g.id = l.guardian_id WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on >= $2 \
         AND l.receives_invitations = 1 AND g.email IS NOT NULL AND g.archived_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM session_invites i WHERE i.session_id = $3 AND i.guardian_id = g.id) \
         AND ($4 = 'each' OR NOT EXISTS (SELECT 1 FROM pupil_guardians l2 JOIN pupils st ON st.id = l2.pupil_id \
              AND st.archived_at IS NULL AND st.leaving_on IS NULL WHERE l2.guardian_id = g.id))",
    )
    .bind(me.school_id)
    .bind(&year_start)
    .bind(id)
    .bind(policy)
    .fetch_all(db.read())
    .await?;
    let school = crate::school::school_name(db, me.school_id).await?;
    let (title, kind, starts_at, minutes, place, return_day): (
        String,
        String,
        i64,
        i64,
        String,
        i64,
    ) = (
        session.try_get("title")?,
        session.try_get("kind")?,
        session.try_get("starts_at")?,
        session.try_get("minutes")?,
        session.try_get("place")?,
        session.try_get("return_day")?,
    );
    let mut tx = db.begin().await?;
    for (guardian, name, email, language) in guardians {
        let token = tokens::new_token();
        sqlx::query(
            "INSERT INTO session_invites (session_id, guardian_id, token_hash) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(guardian)
        .bind(tokens::hash_token(&token))
        .execute(&mut *tx)
        .await?;
        let lang = mail_lang(&language);
        let args = [
            ("name", name),
            ("title", title.clone()),
            ("form", lang.t(&format!("session-kind-{kind}"))),
            ("when", timefmt::datetime(lang, starts_at)),
            ("minutes", minutes.to_string()),
            ("place", place.clone()),
            ("school", school.clone()),
            ("link", format!("{}/rsvp/{token}", state.config.base_url)),
        ];
        let mut text = lang.tr("session-invite-body", &args);
        if return_day == 1 {
            text.push_str(&format!("\n\n{}", lang.t("session-return-day")));
        }
        let mail = Outgoing {
            to: email,
            subject: lang.tr("session-invite-subject", &args),
            text,
            ics: None,
        };
        mail::enqueue(&mut tx, Some(me.school_id), &mail).await?;
    }
    tx.commit().await?;
    Ok(see_other("/exit", Some("session-invited")))
}

#[derive(Template)]
#[template(path = "exit/rsvp.html")]
struct RsvpPage {
    ctx: Ctx,
    valid: bool,
    title: String,
    kind: String,
    starts_at: i64,
    minutes: i64,
    place: String,
    school: String,
    return_day: bool,
    answer: String,
    people: i64,
    full: bool,
}

async fn page_for(
    state: &AppState,
    ctx: Ctx,
    token: &str,
    full: bool,
) -> AppResult<(Option<(i64, i64, i64)>, RsvpPage)> {
    let row = sqlx::query(
        "SELECT i.id AS invite_id, i.answer, i.people, s.id AS session_id, s.title, s.kind, s.starts_at, s.minutes, s.place, s.capacity, s.return_day, sc.name AS school \
         FROM session_invites i JOIN exit_sessions s ON s.id = i.session_id JOIN schools sc ON sc.id = s.school_id WHERE i.token_hash = $1",
    )
    .bind(tokens::hash_token(token))
    .fetch_optional(state.db.read())
    .await?;
    let Some(r) = row else {
        let page = RsvpPage {
            ctx,
            valid: false,
            title: String::new(),
            kind: String::new(),
            starts_at: 0,
            minutes: 0,
            place: String::new(),
            school: String::new(),
            return_day: false,
            answer: String::new(),
            people: 0,
            full,
        };
        return Ok((None, page));
    };
    let ids = (
        r.try_get("invite_id")?,
        r.try_get("session_id")?,
        r.try_get("capacity")?,
    );
    let page = RsvpPage {
        ctx,
        valid: true,
        title: r.try_get("title")?,
        kind: r.try_get("kind")?,
        starts_at: r.try_get("starts_at")?,
        minutes: r.try_get("minutes")?,
        place: r.try_get("place")?,
        school: r.try_get("school")?,
        return_day: r.try_get::<i64, _>("return_day")? == 1,
        answer: r.try_get("answer")?,
        people: r.try_get("people")?,
        full,
    };
    Ok((Some(ids), page))
}

/// The invitation from the personal link; opening it changes nothing.
async fn rsvp_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let (_, page) = page_for(&state, ctx, &token, false).await?;
    Ok(no_referrer(render(&page)?))
}

#[derive(Deserialize)]
pub struct RsvpForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    people: String,
    children_join: Option<String>,
}

/// Yes (with how many people) or no. A yes that would go over the capacity is refused with a
/// clear message; the check and the write happen in one transaction.
async fn rsvp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<RsvpForm>,
) -> AppResult<Response> {
    let (ids, _) = page_for(&state, ctx.clone(), &token, false).await?;
    let Some((invite, session, capacity)) = ids else {
        return Err(AppError::NotFound);
    };
    let yes = form.answer == "yes";
    let people = if yes {
        form.people
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=6).contains(p))
            .unwrap_or(1)
    } else {
        0
    };
    let mut tx = state.db.begin().await?;
    // On PostgreSQL two families could pass the capacity check at once: lock the session row.
    // (On SQLite every write transaction already runs alone.)
    if state.db.backend == crate::db::Backend::Postgres {
        sqlx::query("SELECT id FROM exit_sessions WHERE id = $1 FOR UPDATE")
            .bind(session)
            .execute(&mut *tx)
            .await?;
    }
    if yes {
        let (taken,): (i64,) = sqlx::query_as(
            "SELECT COALESCE(CAST(SUM(people) AS BIGINT), 0) FROM session_invites WHERE session_id = $1 AND answer = 'yes' AND id <> $2",
        )
        .bind(session)
        .bind(invite)
        .fetch_one(&mut *tx)
        .await?;
        if taken + people > capacity {
            drop(tx);
            let (_, page) = page_for(&state, ctx, &token, true).await?;
            let mut response = render(&page)?;
            *response.status_mut() = StatusCode::CONFLICT;
            return Ok(no_referrer(response));
        }
    }
    sqlx::query("UPDATE session_invites SET answer = $1, people = $2, children_join = $3, answered_at = $4 WHERE id = $5")
        .bind(if yes { "yes" } else { "no" })
        .bind(people)
        .bind(i64::from(yes && forms::checked(&form.children_join)))
        .bind(now())
        .bind(invite)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(no_referrer(see_other(
        &format!("/rsvp/{token}"),
        Some("rsvp-saved"),
    )))
}

#[derive(Template)]
#[template(path = "exit/session_record.html")]
struct SessionRecordPage {
    ctx: Ctx,
    id: i64,
    title: String,
    starts_at: i64,
    sections: &'static [crate::records::Section],
    answers: std::collections::BTreeMap<String, String>,
    report_sent_at: Option<i64>,
    coming: i64,
}

impl SessionRecordPage {
    fn answer(&self, key: &&str) -> String {
        self.answers.get(*key).cloned().unwrap_or_default()
    }
}

async fn session_page(db: &Db, me: &StaffUser, ctx: Ctx, id: i64) -> AppResult<Response> {
    let r = sqlx::query("SELECT title, starts_at, answers, report_sent_at FROM exit_sessions WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(me.school_id)
        .fetch_optional(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let (coming,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM session_invites WHERE session_id = $1 AND answer = 'yes'",
    )
    .bind(id)
    .fetch_one(db.read())
    .await?;
    render(&SessionRecordPage {
        ctx,
        id,
        title: r.try_get("title")?,
        starts_at: r.try_get("starts_at")?,
        sections: crate::records::sections("exit"),
        answers: serde_json::from_str(&r.try_get::<String, _>("answers")?).unwrap_or_default(),
        report_sent_at: r.try_get("report_sent_at")?,
        coming,
    })
}

async fn record_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    session_page(&state.db, &me, ctx, id).await
}

/// What was said in the session, along the same matrix and questions as an individual talk.
async fn save_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let data = crate::web::forms::FormData(data);
    let mut answers = std::collections::BTreeMap::new();
    for p in crate::records::sections("exit")
        .iter()
        .flat_map(|s| s.prompts.iter())
    {
        let v: String = data
            .get(&format!("a-{}", p.key))
            .trim()
            .chars()
            .take(5000)
            .collect();
        if !v.is_empty() {
            answers.insert(p.key.to_string(), v);
        }
    }
    let done = sqlx::query("UPDATE exit_sessions SET answers = $1 WHERE id = $2 AND school_id = $3 AND report_sent_at IS NULL")
        .bind(serde_json::to_string(&answers).map_err(anyhow::Error::from)?)
        .bind(id)
        .bind(me.school_id)
        .execute(state.db.write())
        .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other(
        &format!("/exit/sessions/{id}/record"),
        Some("saved"),
    ))
}

/// The director approves the session's report; every family that came receives it, with what
/// the school does with what it heard.
async fn send_report(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !me.roles.director {
        return Err(AppError::Forbidden);
    }
    let db = &state.db;
    let row: Option<(String, i64, String)> = sqlx::query_as(
        "SELECT title, starts_at, answers FROM exit_sessions WHERE id = $1 AND school_id = $2 AND report_sent_at IS NULL AND answers <> '{}'",
    )
    .bind(id)
    .bind(me.school_id)
    .fetch_optional(db.read())
    .await?;
    let Some((title, starts_at, answers)) = row else {
        return Err(AppError::NotFound);
    };
    let answers: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&answers).unwrap_or_default();
    let school = crate::school::school_name(db, me.school_id).await?;
    let year = crate::school::current_year(db, me.school_id)
        .await?
        .map(|y| y.0)
        .unwrap_or(0);
    let plan: Vec<(String, String)> = sqlx::query_as("SELECT what, status FROM exit_actions WHERE school_id = $1 AND school_year_id = $2 ORDER BY id")
        .bind(me.school_id)
        .bind(year)
        .fetch_all(db.read())
        .await?;
    let families: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT g.name, g.email, g.language FROM session_invites i JOIN guardians g ON g.id = i.guardian_id \
         WHERE i.session_id = $1 AND i.answer = 'yes' AND g.email IS NOT NULL",
    )
    .bind(id)
    .fetch_all(db.read())
    .await?;
    let mut tx = db.begin().await?;
    for (name, email, language) in families {
        let lang = mail_lang(&language);
        let mut text = lang.tr(
            "session-report-intro",
            &[
                ("name", name),
                ("title", title.clone()),
                ("when", timefmt::datetime(lang, starts_at)),
            ],
        );
        text.push_str(&crate::exit::report_body(lang, &answers, &plan, &school));
        let mail = Outgoing {
            to: email,
            subject: lang.tr("session-report-subject", &[("title", title.clone())]),
            text,
            ics: None,
        };
        mail::enqueue(&mut tx, Some(me.school_id), &mail).await?;
    }
    sqlx::query("UPDATE exit_sessions SET report_sent_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(see_other(
        &format!("/exit/sessions/{id}/record"),
        Some("exit-report-sent"),
    ))
}
