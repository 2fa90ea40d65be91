//! Leavers and the exit conversations: the director sees what families said, cell by cell of
//! the involvement matrix, keeps an action plan, and publishes a summary for the parents still
//! at school — with no personal data, and small numbers left out so nobody is recognisable.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use crate::auth::CurrentStaff;
use crate::db::{now, Db};
use crate::domain::names::full_name;
use crate::error::{AppError, AppResult};
use crate::pupils::visible_pupil;
use crate::records::{ACTION_STATUSES, LEAVING_REASONS, MATRIX_CELLS};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms;
use crate::web::{no_referrer, render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/pupils/{id}/leaving", post(mark_leaving))
        .route("/exit", get(overview))
        .route("/exit/actions", post(add_action))
        .route("/exit/actions/{id}/status", post(action_status))
        .route("/scholen/{id}/wat-we-hoorden", get(public_summary))
        .route("/records/{id}/send-report", post(send_report))
        .route("/exit/followups", post(send_followups))
        .route("/nazorg/{token}", get(followup_form).post(followup_answer))
}

/// The follow-up questionnaire goes to families this many days after the pupil left.
pub const FOLLOWUP_AFTER_DAYS: i64 = 182;
pub const ADVICE_ANSWERS: [&str; 3] = ["yes", "partly", "no"];

/// Fewer contributions than this are not shown on the public summary (nobody recognisable).
pub const MIN_REPORTED: i64 = 5;

/// A count for the public page, or None when it is too small to show.
pub fn reportable(count: i64) -> Option<i64> {
    (count >= MIN_REPORTED).then_some(count)
}

/// Responses per cell for every school year with exit conversations, newest first.
async fn by_year(db: &Db, school_id: i64) -> Result<Vec<(String, [i64; 12])>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT held_on, answers FROM records WHERE school_id = $1 AND kind = 'exit'",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut years: BTreeMap<String, Vec<BTreeMap<String, String>>> = BTreeMap::new();
    for (held_on, answers) in rows {
        if let Some(day) = timefmt::parse_iso(&held_on) {
            let name = crate::school::school_year_name(crate::school::school_year_of(day));
            years
                .entry(name)
                .or_default()
                .push(serde_json::from_str(&answers).unwrap_or_default());
        }
    }
    Ok(years
        .into_iter()
        .rev()
        .map(|(y, a)| (y, cell_counts(&a)))
        .collect())
}

/// How many exit conversations said something about each matrix cell.
pub fn cell_counts(answers: &[BTreeMap<String, String>]) -> [i64; 12] {
    let mut counts = [0; 12];
    for a in answers {
        for (i, cell) in MATRIX_CELLS.iter().enumerate() {
            if a.get(*cell).is_some_and(|t| !t.trim().is_empty()) {
                counts[i] += 1;
            }
        }
    }
    counts
}

#[derive(Deserialize)]
pub struct LeavingForm {
    #[serde(default)]
    leaving_on: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    destination: String,
}

/// Marks a pupil as leaving (or, with an empty date, as staying after all).
async fn mark_leaving(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<LeavingForm>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let day = if form.leaving_on.trim().is_empty() {
        None
    } else {
        match crate::domain::dates::parse_form_date(&form.leaving_on) {
            Some(d) => Some(timefmt::iso(d)),
            None => {
                return Ok(see_other(
                    &format!("/pupils/{id}"),
                    Some("problem-leaving-incomplete"),
                ))
            }
        }
    };
    let reason = if LEAVING_REASONS.contains(&form.reason.as_str()) {
        form.reason.clone()
    } else {
        String::new()
    };
    sqlx::query("UPDATE pupils SET leaving_on = $1, leaving_reason = $2, destination = $3, updated_at = $4 WHERE id = $5 AND school_id = $6")
        .bind(&day)
        .bind(if day.is_some() { reason } else { String::new() })
        .bind(if day.is_some() { forms::clean(&form.destination) } else { String::new() })
        .bind(now())
        .bind(id)
        .bind(me.school_id)
        .execute(state.db.write())
        .await?;
    crate::audit::record(
        &state.db,
        me.school_id,
        me.id,
        id,
        "update",
        "pupil",
        Some(id),
    )
    .await;
    Ok(see_other(&format!("/pupils/{id}"), Some("leaving-saved")))
}

pub struct Leaver {
    pub pupil_id: i64,
    pub name: String,
    pub leaving_on: String,
    pub reason: String,
    pub destination: String,
    pub last_child: bool,
    pub exit_held: bool,
}

pub struct CellView {
    pub cell: &'static str,
    pub count: i64,
    pub texts: Vec<String>,
}

pub struct ActionRow {
    pub id: i64,
    pub what: String,
    pub owner: String,
    pub due_on: String,
    pub status: String,
    pub source: String,
}

#[derive(Template)]
#[template(path = "exit/overview.html")]
struct Overview {
    ctx: Ctx,
    school_id: i64,
    leavers: Vec<Leaver>,
    cells: Vec<CellView>,
    conversations: i64,
    actions: Vec<ActionRow>,
    statuses: &'static [&'static str],
    cell_keys: &'static [&'static str],
    /// Responses per matrix cell in each school year, newest first, to compare years.
    years: Vec<(String, [i64; 12])>,
    followups: FollowupSummary,
    sessions: Vec<crate::exit_sessions::SessionRow>,
    /// Advice given in the conversations, to the school and to (new) parents.
    advice_school: Vec<String>,
    advice_parents: Vec<String>,
    session_kinds: &'static [&'static str],
}

#[derive(Default)]
pub struct FollowupSummary {
    pub sent: i64,
    pub answered: i64,
    pub advice: [i64; 3],
    pub comments: Vec<String>,
    pub due: i64,
}

/// Exit records of the current school year (their answers only).
async fn exit_answers(
    db: &Db,
    school_id: i64,
    year_start: &str,
) -> Result<Vec<BTreeMap<String, String>>, sqlx::Error> {
    // Individual exit conversations and group sessions count alike.
    let session_start = timefmt::parse_iso(year_start)
        .map(|d| timefmt::from_amsterdam(d, time::Time::MIDNIGHT))
        .unwrap_or(0);
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT answers FROM records WHERE school_id = $1 AND kind = 'exit' AND held_on >= $2 \
         UNION ALL SELECT answers FROM exit_sessions WHERE school_id = $1 AND starts_at >= $3 AND answers <> '{}'",
    )
    .bind(school_id)
    .bind(year_start)
    .bind(session_start)
    .fetch_all(db.read())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(a,)| serde_json::from_str(&a).unwrap_or_default())
        .collect())
}

async fn year_of(db: &Db, school_id: i64) -> Result<(i64, String), sqlx::Error> {
    let (id, name) = crate::school::current_year(db, school_id)
        .await?
        .unwrap_or((0, String::new()));
    let start = format!("{}-08-01", name.get(..4).unwrap_or("2000"));
    Ok((id, start))
}

async fn actions(db: &Db, school_id: i64, year_id: i64) -> Result<Vec<ActionRow>, sqlx::Error> {
    let rows = sqlx::query("SELECT id, what, owner, COALESCE(due_on, '') AS due_on, status, source FROM exit_actions WHERE school_id = $1 AND school_year_id = $2 ORDER BY id")
        .bind(school_id)
        .bind(year_id)
        .fetch_all(db.read())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(ActionRow {
                id: r.try_get("id")?,
                what: r.try_get("what")?,
                owner: r.try_get("owner")?,
                due_on: r.try_get("due_on")?,
                status: r.try_get("status")?,
                source: r.try_get("source")?,
            })
        })
        .collect()
}

async fn overview(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let (year_id, year_start) = year_of(db, me.school_id).await?;
    let rows = sqlx::query(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, p.leaving_on, p.leaving_reason, p.destination, \
         (SELECT COUNT(*) FROM records r WHERE r.pupil_id = p.id AND r.kind = 'exit') AS exits, \
         (SELECT COUNT(*) FROM pupil_guardians l JOIN pupil_guardians l2 ON l2.guardian_id = l.guardian_id AND l2.pupil_id <> p.id \
          JOIN pupils s ON s.id = l2.pupil_id AND s.archived_at IS NULL AND s.leaving_on IS NULL WHERE l.pupil_id = p.id) AS staying_siblings \
         FROM pupils p WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on >= $2 ORDER BY p.leaving_on, p.last_name",
    )
    .bind(me.school_id)
    .bind(&year_start)
    .fetch_all(db.read())
    .await?;
    let leavers = rows
        .iter()
        .map(|r| {
            Ok(Leaver {
                pupil_id: r.try_get("id")?,
                name: full_name(
                    &r.try_get::<String, _>("first_name")?,
                    &r.try_get::<String, _>("name_prefix")?,
                    &r.try_get::<String, _>("last_name")?,
                ),
                leaving_on: r
                    .try_get::<Option<String>, _>("leaving_on")?
                    .unwrap_or_default(),
                reason: r.try_get("leaving_reason")?,
                destination: r.try_get("destination")?,
                last_child: r.try_get::<i64, _>("staying_siblings")? == 0,
                exit_held: r.try_get::<i64, _>("exits")? > 0,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let answers = exit_answers(db, me.school_id, &year_start).await?;
    let counts = cell_counts(&answers);
    let cells = MATRIX_CELLS
        .iter()
        .enumerate()
        .map(|(i, cell)| CellView {
            cell,
            count: counts[i],
            texts: answers
                .iter()
                .filter_map(|a| a.get(*cell).filter(|t| !t.trim().is_empty()).cloned())
                .collect(),
        })
        .collect();
    let actions = actions(db, me.school_id, year_id).await?;
    let years = by_year(db, me.school_id).await?;
    let followups = followup_summary(db, me.school_id).await?;
    let sessions = crate::exit_sessions::sessions(db, me.school_id).await?;
    let advice = |key: &str| {
        answers
            .iter()
            .filter_map(|a| a.get(key).filter(|t| !t.trim().is_empty()).cloned())
            .collect::<Vec<_>>()
    };
    let (advice_school, advice_parents) = (advice("advice-school"), advice("advice-parents"));
    render(&Overview {
        advice_school,
        advice_parents,
        sessions,
        session_kinds: &crate::exit_sessions::SESSION_KINDS,
        years,
        followups,
        ctx,
        school_id: me.school_id,
        leavers,
        cells,
        conversations: answers.len() as i64,
        actions,
        statuses: &ACTION_STATUSES,
        cell_keys: &MATRIX_CELLS,
    })
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    what: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    source: String,
}

async fn add_action(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let what = forms::clean(&form.what);
    if what.is_empty() {
        return Ok(see_other("/exit", Some("problem-action-incomplete")));
    }
    let (year_id, _) = year_of(&state.db, me.school_id).await?;
    let at = now();
    sqlx::query(
        "INSERT INTO exit_actions (school_id, school_year_id, what, owner, due_on, source, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(me.school_id)
    .bind(year_id)
    .bind(what.chars().take(500).collect::<String>())
    .bind(forms::clean(&form.owner))
    .bind(crate::domain::dates::parse_form_date(&form.due_on).map(timefmt::iso))
    .bind(if MATRIX_CELLS.contains(&form.source.as_str()) { form.source.clone() } else { String::new() })
    .bind(me.id)
    .bind(at)
    .execute(state.db.write())
    .await?;
    Ok(see_other("/exit", Some("action-saved")))
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

async fn action_status(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    if !ACTION_STATUSES.contains(&form.status.as_str()) {
        return Err(AppError::BadRequest);
    }
    let done = sqlx::query(
        "UPDATE exit_actions SET status = $1, updated_at = $2 WHERE id = $3 AND school_id = $4",
    )
    .bind(&form.status)
    .bind(now())
    .bind(id)
    .bind(me.school_id)
    .execute(state.db.write())
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/exit", Some("saved")))
}

pub struct PublicCell {
    pub cell: &'static str,
    pub count: Option<i64>,
}

#[derive(Template)]
#[template(path = "exit/summary.html")]
struct Summary {
    ctx: Ctx,
    school: String,
    conversations: Option<i64>,
    cells: Vec<PublicCell>,
    actions: Vec<ActionRow>,
}

/// "What we heard, what we do": public, for the parents still at school. Counts only, and only
/// when large enough; the actions without names.
async fn public_summary(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let school = crate::school::school_name(&state.db, id)
        .await
        .map_err(|_| AppError::NotFound)?;
    let (year_id, year_start) = year_of(&state.db, id).await?;
    let answers = exit_answers(&state.db, id, &year_start).await?;
    let counts = cell_counts(&answers);
    let cells = MATRIX_CELLS
        .iter()
        .enumerate()
        .map(|(i, cell)| PublicCell {
            cell,
            count: reportable(counts[i]),
        })
        .collect();
    let actions = actions(&state.db, id, year_id)
        .await?
        .into_iter()
        .map(|a| ActionRow {
            owner: String::new(),
            ..a
        })
        .collect();
    render(&Summary {
        ctx,
        school,
        conversations: reportable(answers.len() as i64),
        cells,
        actions,
    })
}

/// The body of an exit report (individual talk or group session): what was said per section,
/// then in main lines what the school does with it (the action plan), then the signature.
pub fn report_body(
    lang: crate::i18n::Lang,
    answers: &BTreeMap<String, String>,
    plan: &[(String, String)],
    school: &str,
) -> String {
    let mut text = String::new();
    for section in crate::records::sections("exit") {
        let lines: Vec<String> = section
            .prompts
            .iter()
            .filter_map(|p| {
                answers
                    .get(p.key)
                    .filter(|a| !a.trim().is_empty())
                    .map(|a| format!("- {}: {a}", lang.t(&format!("prompt-{}", p.key))))
            })
            .collect();
        if !lines.is_empty() {
            text.push_str(&format!(
                "\n\n{}\n{}",
                lang.t(&format!("section-{}", section.key)),
                lines.join("\n")
            ));
        }
    }
    text.push_str(&format!("\n\n{}", lang.t("exit-report-what-we-do")));
    if plan.is_empty() {
        text.push_str(&format!("\n{}", lang.t("exit-report-no-actions")));
    }
    for (what, status) in plan {
        text.push_str(&format!(
            "\n- {what} ({})",
            lang.t(&format!("action-status-{status}"))
        ));
    }
    text.push_str(&format!(
        "\n\n{}",
        lang.tr("exit-report-signature", &[("school", school.to_string())])
    ));
    text
}

/// The director approves an exit conversation's report; it then goes by mail to every parent
/// of the pupil who receives mail, with the record and, in main lines, what the school does with
/// what was heard (the action plan).
async fn send_report(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !me.roles.director {
        return Err(AppError::Forbidden);
    }
    let db = &state.db;
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT pupil_id, held_on, answers FROM records WHERE id = $1 AND school_id = $2 AND kind = 'exit' AND status = 'closed' AND report_sent_at IS NULL",
    )
    .bind(id)
    .bind(me.school_id)
    .fetch_optional(db.read())
    .await?;
    let Some((pupil_id, held_on, answers)) = row else {
        return Err(AppError::NotFound);
    };
    let pupil = visible_pupil(db, &me, pupil_id).await?;
    let answers: BTreeMap<String, String> = serde_json::from_str(&answers).unwrap_or_default();
    let (year_id, _) = year_of(db, me.school_id).await?;
    let plan = actions(db, me.school_id, year_id).await?;
    let school = crate::school::school_name(db, me.school_id).await?;
    let guardians: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT g.name, g.email, g.language FROM pupil_guardians l JOIN guardians g ON g.id = l.guardian_id \
         WHERE l.pupil_id = $1 AND l.receives_invitations = 1 AND g.email IS NOT NULL AND g.archived_at IS NULL",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await?;
    let mut tx = db.begin().await?;
    for (name, email, language) in &guardians {
        let lang = crate::i18n::mail_lang(language);
        let mut text = lang.tr(
            "exit-report-intro",
            &[
                ("name", name.clone()),
                ("child", pupil.name.clone()),
                (
                    "date",
                    crate::timefmt::parse_iso(&held_on)
                        .map(|d| timefmt::date(lang, d))
                        .unwrap_or_default(),
                ),
            ],
        );
        let plan: Vec<(String, String)> = plan
            .iter()
            .map(|a| (a.what.clone(), a.status.clone()))
            .collect();
        text.push_str(&report_body(lang, &answers, &plan, &school));
        let mail = crate::mail::Outgoing {
            to: email.clone(),
            subject: lang.tr("exit-report-subject", &[("child", pupil.name.clone())]),
            text,
            ics: None,
        };
        crate::mail::enqueue(&mut tx, Some(me.school_id), &mail).await?;
    }
    sqlx::query("UPDATE records SET report_sent_at = $1, report_approved_by = $2 WHERE id = $3")
        .bind(now())
        .bind(me.id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    crate::audit::record(
        db,
        me.school_id,
        me.id,
        pupil_id,
        "update",
        "record",
        Some(id),
    )
    .await;
    Ok(see_other(
        &format!("/records/{id}"),
        Some("exit-report-sent"),
    ))
}

/// Families of pupils who left at least half a year ago and have not been asked yet.
async fn due_followups(
    db: &Db,
    school_id: i64,
) -> Result<Vec<(i64, i64, String, String, String, String)>, sqlx::Error> {
    let cutoff =
        timefmt::iso(timefmt::today().saturating_sub(time::Duration::days(FOLLOWUP_AFTER_DAYS)));
    sqlx::query_as(
        "SELECT p.id, g.id, g.name, g.email, g.language, p.first_name FROM pupils p JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN guardians g ON g.id = l.guardian_id WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on <= $2 \
         AND l.receives_invitations = 1 AND g.email IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.pupil_id = p.id AND f.guardian_id = g.id)",
    )
    .bind(school_id)
    .bind(cutoff)
    .fetch_all(db.read())
    .await
}

async fn followup_summary(db: &Db, school_id: i64) -> Result<FollowupSummary, sqlx::Error> {
    let rows: Vec<(Option<i64>, String, String)> = sqlx::query_as(
        "SELECT answered_at, advice_right, comment FROM followups WHERE school_id = $1 ORDER BY id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut s = FollowupSummary {
        sent: rows.len() as i64,
        due: due_followups(db, school_id).await?.len() as i64,
        ..FollowupSummary::default()
    };
    for (answered, advice, comment) in rows {
        if answered.is_some() {
            s.answered += 1;
            if let Some(i) = ADVICE_ANSWERS.iter().position(|a| *a == advice) {
                s.advice[i] += 1;
            }
            if !comment.trim().is_empty() {
                s.comments.push(comment);
            }
        }
    }
    Ok(s)
}

/// Sends the follow-up questionnaire to every family that is due for it.
async fn send_followups(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let school = crate::school::school_name(db, me.school_id).await?;
    let due = due_followups(db, me.school_id).await?;
    let mut tx = db.begin().await?;
    for (pupil, guardian, name, email, language, child) in due {
        let token = crate::auth::tokens::new_token();
        sqlx::query("INSERT INTO followups (school_id, pupil_id, guardian_id, token_hash, sent_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(me.school_id)
            .bind(pupil)
            .bind(guardian)
            .bind(crate::auth::tokens::hash_token(&token))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        let lang = crate::i18n::mail_lang(&language);
        let args = [
            ("name", name),
            ("child", child),
            ("school", school.clone()),
            ("link", format!("{}/nazorg/{token}", state.config.base_url)),
        ];
        let mail = crate::mail::Outgoing {
            to: email,
            subject: lang.tr("followup-subject", &args),
            text: lang.tr("followup-body", &args),
            ics: None,
        };
        crate::mail::enqueue(&mut tx, Some(me.school_id), &mail).await?;
    }
    tx.commit().await?;
    Ok(see_other("/exit", Some("followups-sent")))
}

#[derive(Template)]
#[template(path = "exit/followup.html")]
struct FollowupPage {
    ctx: Ctx,
    school: String,
    child: String,
    valid: bool,
    answered: bool,
    answers: &'static [&'static str],
}

async fn followup_row(
    db: &Db,
    token: &str,
) -> Result<Option<(i64, String, String, bool)>, sqlx::Error> {
    let row: Option<(i64, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT f.id, s.name, p.first_name, f.answered_at FROM followups f JOIN schools s ON s.id = f.school_id JOIN pupils p ON p.id = f.pupil_id \
         WHERE f.token_hash = $1",
    )
    .bind(crate::auth::tokens::hash_token(token))
    .fetch_optional(db.read())
    .await?;
    Ok(row.map(|(id, school, child, answered)| (id, school, child, answered.is_some())))
}

/// The questionnaire from the personal link (opening it changes nothing).
async fn followup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let page = match followup_row(&state.db, &token).await? {
        Some((_, school, child, answered)) => FollowupPage {
            ctx,
            school,
            child,
            valid: true,
            answered,
            answers: &ADVICE_ANSWERS,
        },
        None => FollowupPage {
            ctx,
            school: String::new(),
            child: String::new(),
            valid: false,
            answered: false,
            answers: &ADVICE_ANSWERS,
        },
    };
    Ok(no_referrer(render(&page)?))
}

#[derive(Deserialize)]
pub struct FollowupForm {
    #[serde(default)]
    doing: String,
    #[serde(default)]
    advice: String,
    #[serde(default)]
    comment: String,
}

async fn followup_answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<FollowupForm>,
) -> AppResult<Response> {
    let Some((id, school, child, _)) = followup_row(&state.db, &token).await? else {
        return Err(AppError::NotFound);
    };
    let advice = if ADVICE_ANSWERS.contains(&form.advice.as_str()) {
        form.advice.clone()
    } else {
        String::new()
    };
    // Answering again replaces the earlier answer (a family may think of something more).
    sqlx::query("UPDATE followups SET answered_at = $1, doing = $2, advice_right = $3, comment = $4 WHERE id = $5")
        .bind(now())
        .bind(form.doing.trim().chars().take(3000).collect::<String>())
        .bind(advice)
        .bind(form.comment.trim().chars().take(3000).collect::<String>())
        .bind(id)
        .execute(state.db.write())
        .await?;
    Ok(no_referrer(render(&FollowupPage {
        ctx,
        school,
        child,
        valid: true,
        answered: true,
        answers: &ADVICE_ANSWERS,
    })?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_are_not_shown() {
        assert_eq!(reportable(4), None);
        assert_eq!(reportable(5), Some(5));
    }

    #[test]
    fn cells_are_counted_per_conversation() {
        let a = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>()
        };
        let counts = cell_counts(&[
            a(&[("cell-1", "Goed contact"), ("cell-9", "x")]),
            a(&[("cell-1", "Ja"), ("cell-2", "  ")]),
        ]);
        assert_eq!(counts[0], 2);
        assert_eq!(counts[1], 0, "blank answers do not count");
        assert_eq!(counts[8], 1);
    }
}
