//! Pages for records, agreements, the communication plan and the contact log. Every view and
//! change of a pupil's record is written to the audit log.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::{
    is_overdue, may_close, missing_answers, sections, Section, AGREEMENT_STATUSES, CHANNELS,
    LOG_CHANNELS, OPP_STATUSES, RECORD_KINDS,
};
use crate::audit;
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{now, Db, Tx};
use crate::error::{AppError, AppResult};
use crate::pupils::visible_pupil;
use crate::pupils::PupilRow;
use crate::school;
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/pupils/{id}/records/new",
            get(new_record).post(create_record),
        )
        .route("/records/{id}", get(show_record))
        .route("/records/{id}/edit", get(edit_record).post(update_record))
        .route("/pupils/{id}/plan", get(plan_form).post(save_plan))
        .route("/pupils/{id}/agreements", post(add_agreement))
        .route("/agreements/{id}/status", post(agreement_status))
        .route("/pupils/{id}/contacts", post(log_contact))
        .route("/moments/{id}/done", post(moment_done))
        .route("/moments/{id}/invite", post(moment_to_round))
        .route("/audit", get(audit_page))
        .route("/pupils/{id}/opp", post(record_opp))
}

// ---------- the pupil's file, shown on the pupil page ----------

pub struct AgreementRow {
    pub id: i64,
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    pub review_on: String,
    pub status: String,
    pub overdue: bool,
    /// What parents answered through their own page (confirmations and comments).
    pub responses: Vec<String>,
}

pub struct RecordRow {
    pub id: i64,
    pub kind: String,
    pub held_on: String,
    pub status: String,
    pub shared: bool,
}

pub struct MomentRow {
    pub id: i64,
    pub description: String,
    pub due_on: String,
    pub channel: String,
    pub with_pupil: bool,
    pub done: bool,
}

pub struct PlanView {
    pub channels: Vec<String>,
    pub reachable: String,
    pub response_time: String,
    pub pupil_arranges: bool,
    pub notes: String,
    pub moments: Vec<MomentRow>,
}

pub struct LogRow {
    pub happened_on: String,
    pub channel: String,
    pub positive: bool,
    pub summary: String,
    pub staff: String,
}

/// Everything about a pupil's conversations, for the pupil page.
pub struct OppRow {
    pub status: String,
    pub decided_on: String,
    pub guardian: String,
    pub note: String,
    pub recorded_by: String,
}

pub struct PupilFile {
    /// The OPP consent history, newest first (empty: no OPP).
    pub opp: Vec<OppRow>,
    pub plan: Option<PlanView>,
    pub agreements: Vec<AgreementRow>,
    pub records: Vec<RecordRow>,
    pub log: Vec<LogRow>,
    pub year_name: String,
}

pub async fn agreements_of(
    db: &Db,
    pupil_id: i64,
    only_open: bool,
) -> Result<Vec<AgreementRow>, sqlx::Error> {
    let mut rows = agreement_rows_of(db, pupil_id, only_open).await?;
    // What parents answered, in one query for all of the pupil's agreements.
    let responses = sqlx::query(
        "SELECT r.agreement_id, g.name, r.confirmed, r.comment FROM agreement_responses r JOIN agreements a ON a.id = r.agreement_id \
         JOIN guardians g ON g.id = r.guardian_id WHERE a.pupil_id = $1 ORDER BY r.id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await?;
    for r in responses {
        let agreement: i64 = r.try_get("agreement_id")?;
        if let Some(row) = rows.iter_mut().find(|a| a.id == agreement) {
            let mut line: String = r.try_get("name")?;
            if r.try_get::<i64, _>("confirmed")? == 1 {
                line.push_str(" ✓");
            }
            let comment: String = r.try_get("comment")?;
            if !comment.is_empty() {
                line.push_str(&format!(": {comment}"));
            }
            row.responses.push(line);
        }
    }
    Ok(rows)
}

async fn agreement_rows_of(
    db: &Db,
    pupil_id: i64,
    only_open: bool,
) -> Result<Vec<AgreementRow>, sqlx::Error> {
    let today = timefmt::iso(timefmt::today());
    let rows = sqlx::query(
        "SELECT id, topic, pupil_part, parents_part, school_part, COALESCE(review_on, '') AS review_on, status FROM agreements \
         WHERE pupil_id = $1 AND ($2 = 0 OR status = 'open') ORDER BY status = 'open' DESC, review_on, id",
    )
    .bind(pupil_id)
    .bind(i64::from(only_open))
    .fetch_all(db.read())
    .await?;
    rows.iter()
        .map(|r| {
            let status: String = r.try_get("status")?;
            let review_on: String = r.try_get("review_on")?;
            Ok(AgreementRow {
                responses: Vec::new(),
                id: r.try_get("id")?,
                topic: r.try_get("topic")?,
                pupil_part: r.try_get("pupil_part")?,
                parents_part: r.try_get("parents_part")?,
                school_part: r.try_get("school_part")?,
                overdue: is_overdue(&status, Some(&review_on), &today),
                review_on,
                status,
            })
        })
        .collect()
}

async fn plan_of(
    db: &Db,
    pupil_id: i64,
    year_id: i64,
) -> Result<Option<(i64, PlanView)>, sqlx::Error> {
    let Some(r) = sqlx::query("SELECT id, channels, reachable, response_time, pupil_arranges, notes FROM plans WHERE pupil_id = $1 AND school_year_id = $2")
        .bind(pupil_id)
        .bind(year_id)
        .fetch_optional(db.read())
        .await?
    else {
        return Ok(None);
    };
    let id: i64 = r.try_get("id")?;
    let moments = sqlx::query("SELECT id, description, COALESCE(due_on, '') AS due_on, channel, with_pupil, CASE WHEN done_at IS NULL THEN 0 ELSE 1 END AS done FROM contact_moments WHERE plan_id = $1 ORDER BY due_on, id")
        .bind(id)
        .fetch_all(db.read())
        .await?
        .iter()
        .map(|m| {
            Ok(MomentRow {
                id: m.try_get("id")?,
                description: m.try_get("description")?,
                due_on: m.try_get("due_on")?,
                channel: m.try_get("channel")?,
                with_pupil: m.try_get::<i64, _>("with_pupil")? == 1,
                done: m.try_get::<i64, _>("done")? == 1,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let channels: String = r.try_get("channels")?;
    Ok(Some((
        id,
        PlanView {
            channels: channels
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            reachable: r.try_get("reachable")?,
            response_time: r.try_get("response_time")?,
            pupil_arranges: r.try_get::<i64, _>("pupil_arranges")? == 1,
            notes: r.try_get("notes")?,
            moments,
        },
    )))
}

pub async fn pupil_file(db: &Db, me: &StaffUser, pupil_id: i64) -> Result<PupilFile, sqlx::Error> {
    let (year_id, year_name) = school::current_year(db, me.school_id)
        .await?
        .unwrap_or((0, String::new()));
    let plan = plan_of(db, pupil_id, year_id).await?.map(|(_, p)| p);
    let records = sqlx::query("SELECT id, kind, held_on, status, shared FROM records WHERE pupil_id = $1 ORDER BY held_on DESC, id DESC")
        .bind(pupil_id)
        .fetch_all(db.read())
        .await?
        .iter()
        .map(|r| {
            Ok(RecordRow {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                held_on: r.try_get("held_on")?,
                status: r.try_get("status")?,
                shared: r.try_get::<i64, _>("shared")? == 1,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let log = sqlx::query(
        "SELECT c.happened_on, c.channel, c.positive, c.summary, s.name FROM contact_log c JOIN staff s ON s.id = c.staff_id \
         WHERE c.pupil_id = $1 ORDER BY c.happened_on DESC, c.id DESC LIMIT 50",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await?
    .iter()
    .map(|r| {
        Ok(LogRow {
            happened_on: r.try_get("happened_on")?,
            channel: r.try_get("channel")?,
            positive: r.try_get::<i64, _>("positive")? == 1,
            summary: r.try_get("summary")?,
            staff: r.try_get("name")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let opp = sqlx::query(
        "SELECT o.status, o.decided_on, COALESCE(g.name, '') AS guardian, o.note, s.name AS recorded_by FROM opp_consents o \
         LEFT JOIN guardians g ON g.id = o.guardian_id JOIN staff s ON s.id = o.recorded_by WHERE o.pupil_id = $1 ORDER BY o.id DESC",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await?
    .iter()
    .map(|r| {
        Ok(OppRow {
            status: r.try_get("status")?,
            decided_on: r.try_get("decided_on")?,
            guardian: r.try_get("guardian")?,
            note: r.try_get("note")?,
            recorded_by: r.try_get("recorded_by")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(PupilFile {
        opp,
        plan,
        agreements: agreements_of(db, pupil_id, false).await?,
        records,
        log,
        year_name,
    })
}

// ---------- records ----------

#[derive(Deserialize)]
pub struct KindQuery {
    kind: Option<String>,
}

#[derive(Template)]
#[template(path = "records/form.html")]
struct RecordForm {
    ctx: Ctx,
    pupil_school: i64,
    pupil: PupilRow,
    kind: String,
    sections: &'static [Section],
    answers: BTreeMap<String, String>,
    held_on: String,
    form: String,
    pupil_present: bool,
    present: String,
    interpreter: String,
    shared: bool,
    earlier: Vec<AgreementRow>,
    expectations: Vec<(String, String)>,
    has_plan: bool,
    errors: FormErrors,
    agreement_rows: Vec<usize>,
    statuses: &'static [&'static str],
    forms: &'static [&'static str],
    typed: BTreeMap<String, String>,
    record: Option<i64>,
    action: String,
}

impl RecordForm {
    fn answer(&self, key: &&str) -> String {
        self.answers.get(*key).cloned().unwrap_or_default()
    }

    /// What was typed in an agreement row, so a refused form loses nothing.
    fn typed(&self, n: impl std::fmt::Display, field: &str) -> String {
        self.typed
            .get(&format!("ag{n}-{field}"))
            .cloned()
            .unwrap_or_default()
    }
}

/// For a closing talk: the family's expectations from the first startgesprek, shown beside it.
async fn first_start_expectations(
    db: &Db,
    pupil_id: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as("SELECT answers FROM records WHERE pupil_id = $1 AND kind = 'start' ORDER BY held_on, id LIMIT 1")
        .bind(pupil_id)
        .fetch_optional(db.read())
        .await?;
    let answers: BTreeMap<String, String> = row
        .and_then(|(a,)| serde_json::from_str(&a).ok())
        .unwrap_or_default();
    Ok(["ambition", "expect-parents", "expect-school", "work-on"]
        .iter()
        .filter_map(|k| {
            answers
                .get(*k)
                .filter(|v| !v.is_empty())
                .map(|v| (k.to_string(), v.clone()))
        })
        .collect())
}

async fn has_plan(db: &Db, me: &StaffUser, pupil_id: i64) -> Result<bool, sqlx::Error> {
    let year = school::current_year(db, me.school_id)
        .await?
        .map(|y| y.0)
        .unwrap_or(0);
    Ok(plan_of(db, pupil_id, year).await?.is_some())
}

/// What the record form holds: a new record, a draft being finished, or what was typed
/// before a refusal (nothing typed is ever lost).
struct Draft {
    kind: String,
    held_on: String,
    form: String,
    pupil_present: bool,
    present: String,
    interpreter: String,
    shared: bool,
    answers: BTreeMap<String, String>,
    /// The agreement inputs as typed (`ag1-topic`, ...).
    typed: BTreeMap<String, String>,
}

impl Draft {
    fn from_form(data: &FormData, kind: &str) -> Draft {
        let mut answers = BTreeMap::new();
        for prompt in sections(kind).iter().flat_map(|s| s.prompts.iter()) {
            let v: String = data
                .get(&format!("a-{}", prompt.key))
                .trim()
                .chars()
                .take(5000)
                .collect();
            if !v.is_empty() {
                answers.insert(prompt.key.to_string(), v);
            }
        }
        let typed = data
            .0
            .iter()
            .filter(|(k, _)| k.starts_with("ag"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Draft {
            kind: kind.to_string(),
            held_on: data.get("held_on").to_string(),
            form: data.get("form").to_string(),
            pupil_present: data.has("pupil_present"),
            present: data.get("present").to_string(),
            interpreter: data.get("interpreter").to_string(),
            shared: data.has("shared"),
            answers,
            typed,
        }
    }
}

async fn form_page(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    pupil: PupilRow,
    d: Draft,
    record: Option<i64>,
    errors: FormErrors,
) -> AppResult<Response> {
    let id = pupil.id;
    let action = match record {
        Some(r) => format!("/records/{r}/edit"),
        None => format!("/pupils/{id}/records/new"),
    };
    let page = RecordForm {
        pupil_school: me.school_id,
        sections: sections(&d.kind),
        earlier: if d.kind == "progress" {
            agreements_of(&state.db, id, true).await?
        } else {
            Vec::new()
        },
        expectations: if d.kind == "closing" || d.kind == "exit" {
            first_start_expectations(&state.db, id).await?
        } else {
            Vec::new()
        },
        has_plan: has_plan(&state.db, me, id).await?,
        ctx,
        pupil,
        kind: d.kind,
        answers: d.answers,
        held_on: d.held_on,
        form: d.form,
        pupil_present: d.pupil_present,
        present: d.present,
        interpreter: d.interpreter,
        shared: d.shared,
        typed: d.typed,
        record,
        action,
        errors,
        agreement_rows: vec![1, 2, 3],
        statuses: &AGREEMENT_STATUSES,
        forms: &crate::rounds::FORMS,
    };
    render(&page)
}

async fn new_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<KindQuery>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let kind = q
        .kind
        .filter(|k| RECORD_KINDS.contains(&k.as_str()))
        .unwrap_or_else(|| "start".into());
    let draft = Draft {
        kind,
        held_on: timefmt::iso(timefmt::today()),
        form: "school".into(),
        pupil_present: true,
        present: String::new(),
        interpreter: String::new(),
        shared: false,
        answers: BTreeMap::new(),
        typed: BTreeMap::new(),
    };
    form_page(&state, &me, ctx, pupil, draft, None, FormErrors::default()).await
}

/// A draft record of this school that the person may see: (pupil, draft).
async fn editable_draft(db: &Db, me: &StaffUser, id: i64) -> AppResult<(PupilRow, Draft)> {
    let r = sqlx::query(
        "SELECT pupil_id, kind, held_on, form, pupil_present, present, interpreter, answers, shared FROM records \
         WHERE id = $1 AND school_id = $2 AND status = 'draft'",
    )
    .bind(id)
    .bind(me.school_id)
    .fetch_optional(db.read())
    .await?
    .ok_or(AppError::NotFound)?;
    let pupil = visible_pupil(db, me, r.try_get("pupil_id")?).await?;
    let draft = Draft {
        kind: r.try_get("kind")?,
        held_on: r.try_get("held_on")?,
        form: r.try_get("form")?,
        pupil_present: r.try_get::<i64, _>("pupil_present")? == 1,
        present: r.try_get("present")?,
        interpreter: r.try_get("interpreter")?,
        shared: r.try_get::<i64, _>("shared")? == 1,
        answers: serde_json::from_str(&r.try_get::<String, _>("answers")?).unwrap_or_default(),
        typed: BTreeMap::new(),
    };
    Ok((pupil, draft))
}

async fn edit_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (pupil, draft) = editable_draft(&state.db, &me, id).await?;
    form_page(
        &state,
        &me,
        ctx,
        pupil,
        draft,
        Some(id),
        FormErrors::default(),
    )
    .await
}

async fn update_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (pupil, draft) = editable_draft(&state.db, &me, id).await?;
    save_record(
        &state,
        &me,
        ctx,
        pupil,
        &draft.kind.clone(),
        Some(id),
        FormData(data),
    )
    .await
}

async fn create_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let data = FormData(data);
    let kind = data.get("kind").to_string();
    if !RECORD_KINDS.contains(&kind.as_str()) {
        return Err(AppError::BadRequest);
    }
    save_record(&state, &me, ctx, pupil, &kind, None, data).await
}

/// Checks and stores a record (new, or a draft being continued) with its agreements and the
/// review of earlier agreements, as a draft or closed. A refusal shows the form again with
/// everything that was typed.
async fn save_record(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    pupil: PupilRow,
    kind: &str,
    existing: Option<i64>,
    data: FormData,
) -> AppResult<Response> {
    let id = pupil.id;
    let draft = Draft::from_form(&data, kind);
    let mut errors = FormErrors::default();
    if !missing_answers(kind, &draft.answers).is_empty() {
        errors.add("answers", "record-required-missing");
    }
    let held_on = crate::domain::dates::parse_form_date(&draft.held_on).map(timefmt::iso);
    if held_on.is_none() {
        errors.add("held_on", "round-moment-invalid");
    }
    let agreements = agreement_rows(&data, &mut errors);
    let closing = data.get("action") == "close";
    if closing {
        if let Err(key) = may_close(kind, has_plan(&state.db, me, id).await?) {
            errors.add("plan", key);
        }
    }
    if !errors.is_empty() {
        return form_page(state, me, ctx, pupil, draft, existing, errors).await;
    }
    let at = now();
    let form = if crate::rounds::FORMS.contains(&draft.form.as_str()) {
        draft.form.clone()
    } else {
        "school".into()
    };
    let answers = serde_json::to_string(&draft.answers).map_err(anyhow::Error::from)?;
    let status = if closing { "closed" } else { "draft" };
    let mut tx = state.db.begin().await?;
    let record_id = match existing {
        Some(record) => {
            sqlx::query(
                "UPDATE records SET held_on = $1, form = $2, pupil_present = $3, present = $4, interpreter = $5, answers = $6, \
                 shared = $7, status = $8, updated_at = $9, closed_at = $10 WHERE id = $11 AND status = 'draft'",
            )
            .bind(&held_on)
            .bind(&form)
            .bind(i64::from(draft.pupil_present))
            .bind(forms::clean(&draft.present))
            .bind(forms::clean(&draft.interpreter))
            .bind(&answers)
            .bind(i64::from(draft.shared))
            .bind(status)
            .bind(at)
            .bind(closing.then_some(at))
            .bind(record)
            .execute(&mut *tx)
            .await?;
            record
        }
        None => {
            let (record,): (i64,) = sqlx::query_as(
                "INSERT INTO records (school_id, pupil_id, kind, held_on, form, pupil_present, present, interpreter, answers, shared, status, \
                 created_by, created_at, updated_at, closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14) RETURNING id",
            )
            .bind(me.school_id)
            .bind(id)
            .bind(kind)
            .bind(&held_on)
            .bind(&form)
            .bind(i64::from(draft.pupil_present))
            .bind(forms::clean(&draft.present))
            .bind(forms::clean(&draft.interpreter))
            .bind(&answers)
            .bind(i64::from(draft.shared))
            .bind(status)
            .bind(me.id)
            .bind(at)
            .bind(closing.then_some(at))
            .fetch_one(&mut *tx)
            .await?;
            record
        }
    };
    for a in &agreements {
        insert_agreement(&mut tx, me, id, Some(record_id), a).await?;
    }
    // Earlier agreements reviewed in this conversation (progress talks list them at the top).
    for (key, value) in &data.0 {
        if let Some(agreement) = key
            .strip_prefix("review-")
            .and_then(|a| a.parse::<i64>().ok())
        {
            if AGREEMENT_STATUSES.contains(&value.as_str()) {
                sqlx::query("UPDATE agreements SET status = $1, updated_at = $2 WHERE id = $3 AND pupil_id = $4")
                    .bind(value)
                    .bind(at)
                    .bind(agreement)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    tx.commit().await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        id,
        if existing.is_some() {
            "update"
        } else {
            "create"
        },
        "record",
        Some(record_id),
    )
    .await;
    Ok(see_other(
        &format!("/records/{record_id}"),
        Some(if closing {
            "record-closed"
        } else {
            "record-saved"
        }),
    ))
}

struct NewAgreement {
    topic: String,
    pupil_part: String,
    parents_part: String,
    school_part: String,
    review_on: Option<String>,
}

/// Agreement rows `ag1-…` to `ag3-…` from the record form; empty rows are skipped.
fn agreement_rows(data: &FormData, errors: &mut FormErrors) -> Vec<NewAgreement> {
    let mut out = Vec::new();
    for n in 1..=3 {
        let get = |f: &str| {
            forms::clean(data.get(&format!("ag{n}-{f}")))
                .chars()
                .take(1000)
                .collect::<String>()
        };
        let (topic, pupil_part, parents_part, school_part) =
            (get("topic"), get("pupil"), get("parents"), get("school"));
        if topic.is_empty()
            && pupil_part.is_empty()
            && parents_part.is_empty()
            && school_part.is_empty()
        {
            continue;
        }
        let review = data.get(&format!("ag{n}-review"));
        let review_on = if review.trim().is_empty() {
            None
        } else {
            match crate::domain::dates::parse_form_date(review) {
                Some(d) => Some(timefmt::iso(d)),
                None => {
                    errors.add("agreements", "agreement-review-invalid");
                    None
                }
            }
        };
        out.push(NewAgreement {
            topic,
            pupil_part,
            parents_part,
            school_part,
            review_on,
        });
    }
    out
}

async fn insert_agreement(
    tx: &mut Tx,
    me: &StaffUser,
    pupil_id: i64,
    record_id: Option<i64>,
    a: &NewAgreement,
) -> Result<i64, sqlx::Error> {
    let at = now();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO agreements (school_id, pupil_id, record_id, topic, pupil_part, parents_part, school_part, review_on, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(me.school_id)
    .bind(pupil_id)
    .bind(record_id)
    .bind(&a.topic)
    .bind(&a.pupil_part)
    .bind(&a.parents_part)
    .bind(&a.school_part)
    .bind(&a.review_on)
    .bind(me.id)
    .bind(at)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

#[derive(Template)]
#[template(path = "records/show.html")]
struct RecordPage {
    ctx: Ctx,
    id: i64,
    report_sent_at: Option<i64>,
    pupil: PupilRow,
    kind: String,
    held_on: String,
    form: String,
    pupil_present: bool,
    present: String,
    interpreter: String,
    shared: bool,
    status: String,
    author: String,
    sections: &'static [Section],
    answers: BTreeMap<String, String>,
    agreements: Vec<AgreementRow>,
}

impl RecordPage {
    fn answer(&self, key: &&str) -> String {
        self.answers.get(*key).cloned().unwrap_or_default()
    }
}

async fn show_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let r = sqlx::query(
        "SELECT r.pupil_id, r.kind, r.held_on, r.form, r.pupil_present, r.present, r.interpreter, r.answers, r.shared, r.status, s.name, r.report_sent_at \
         FROM records r JOIN staff s ON s.id = r.created_by WHERE r.id = $1 AND r.school_id = $2",
    )
    .bind(id)
    .bind(me.school_id)
    .fetch_optional(state.db.read())
    .await?
    .ok_or(AppError::NotFound)?;
    let pupil_id: i64 = r.try_get("pupil_id")?;
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let kind: String = r.try_get("kind")?;
    // The agreements made in this conversation.
    let made_here: Vec<(i64,)> = sqlx::query_as("SELECT id FROM agreements WHERE record_id = $1")
        .bind(id)
        .fetch_all(state.db.read())
        .await?;
    let agreements = agreements_of(&state.db, pupil_id, false)
        .await?
        .into_iter()
        .filter(|a| made_here.iter().any(|(r,)| *r == a.id))
        .collect();
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        pupil_id,
        "view",
        "record",
        Some(id),
    )
    .await;
    render(&RecordPage {
        ctx,
        id,
        report_sent_at: r.try_get("report_sent_at")?,
        pupil,
        sections: sections(&kind),
        kind,
        held_on: r.try_get("held_on")?,
        form: r.try_get("form")?,
        pupil_present: r.try_get::<i64, _>("pupil_present")? == 1,
        present: r.try_get("present")?,
        interpreter: r.try_get("interpreter")?,
        shared: r.try_get::<i64, _>("shared")? == 1,
        status: r.try_get("status")?,
        author: r.try_get("name")?,
        answers: serde_json::from_str(&r.try_get::<String, _>("answers")?).unwrap_or_default(),
        agreements,
    })
}

// ---------- communication plan ----------

#[derive(Deserialize)]
pub struct BackQuery {
    back: Option<String>,
}

#[derive(Template)]
#[template(path = "records/plan.html")]
struct PlanPage {
    ctx: Ctx,
    back: String,
    pupil: PupilRow,
    plan: PlanView,
    year_name: String,
    channels: &'static [&'static str],
    errors: FormErrors,
}

impl PlanPage {
    fn has_channel(&self, c: &&str) -> bool {
        self.plan.channels.iter().any(|x| x == *c)
    }
}

async fn plan_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<BackQuery>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let (year_id, year_name) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let plan = plan_of(&state.db, id, year_id)
        .await?
        .map(|(_, p)| p)
        .unwrap_or(PlanView {
            channels: Vec::new(),
            reachable: String::new(),
            response_time: String::new(),
            pupil_arranges: false,
            notes: String::new(),
            moments: Vec::new(),
        });
    audit::record(&state.db, me.school_id, me.id, id, "view", "plan", None).await;
    render(&PlanPage {
        ctx,
        back: q.back.unwrap_or_default(),
        pupil,
        plan,
        year_name,
        channels: &CHANNELS,
        errors: FormErrors::default(),
    })
}

async fn save_plan(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let data = FormData(data);
    let (year_id, year_name) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let channels: Vec<String> = data
        .0
        .iter()
        .filter(|(k, v)| k == "channel" && CHANNELS.contains(&v.as_str()))
        .map(|(_, v)| v.clone())
        .collect();
    let mut errors = FormErrors::default();
    if channels.is_empty() && !data.has("pupil_arranges") {
        errors.add("channels", "plan-channel-required");
    }
    // New contact moments: a description with a date, or an anchor such as "week after report 1".
    let mut moments = Vec::new();
    for n in 1..=3 {
        let description = forms::clean(data.get(&format!("m{n}-description")));
        if description.is_empty() {
            continue;
        }
        let due = data.get(&format!("m{n}-due"));
        let due_on = if due.trim().is_empty() {
            None
        } else {
            match crate::domain::dates::parse_form_date(due) {
                Some(d) => Some(timefmt::iso(d)),
                None => {
                    errors.add("moments", "agreement-review-invalid");
                    None
                }
            }
        };
        moments.push((
            description,
            due_on,
            data.get(&format!("m{n}-channel")).to_string(),
            data.has(&format!("m{n}-with-pupil")),
        ));
    }
    if !errors.is_empty() {
        let plan = PlanView {
            channels,
            reachable: data.get("reachable").into(),
            response_time: data.get("response_time").into(),
            pupil_arranges: data.has("pupil_arranges"),
            notes: data.get("notes").into(),
            moments: Vec::new(),
        };
        return render(&PlanPage {
            ctx,
            back: data.get("back").to_string(),
            pupil,
            plan,
            year_name,
            channels: &CHANNELS,
            errors,
        });
    }
    let at = now();
    let mut tx = state.db.begin().await?;
    let (plan_id,): (i64,) = sqlx::query_as(
        "INSERT INTO plans (school_id, pupil_id, school_year_id, channels, reachable, response_time, pupil_arranges, notes, updated_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (pupil_id, school_year_id) DO UPDATE SET channels = excluded.channels, \
         reachable = excluded.reachable, response_time = excluded.response_time, pupil_arranges = excluded.pupil_arranges, notes = excluded.notes, \
         updated_by = excluded.updated_by, updated_at = excluded.updated_at RETURNING id",
    )
    .bind(me.school_id)
    .bind(id)
    .bind(year_id)
    .bind(channels.join(","))
    .bind(forms::clean(data.get("reachable")))
    .bind(forms::clean(data.get("response_time")))
    .bind(i64::from(data.has("pupil_arranges")))
    .bind(data.get("notes").trim().chars().take(3000).collect::<String>())
    .bind(me.id)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    for (description, due_on, channel, with_pupil) in moments {
        sqlx::query("INSERT INTO contact_moments (plan_id, description, due_on, channel, with_pupil) VALUES ($1, $2, $3, $4, $5)")
            .bind(plan_id)
            .bind(description)
            .bind(due_on)
            .bind(if CHANNELS.contains(&channel.as_str()) { channel } else { String::new() })
            .bind(i64::from(with_pupil))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        id,
        "update",
        "plan",
        Some(plan_id),
    )
    .await;
    // Back to where the teacher came from (a draft startgesprek), or the pupil's page.
    let back = data.get("back");
    let to = if back.starts_with("/records/") {
        forms::safe_next(Some(back))
    } else {
        format!("/pupils/{id}")
    };
    Ok(see_other(&to, Some("plan-saved")))
}

async fn moment_done(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (pupil_id,): (i64,) = sqlx::query_as("SELECT p.pupil_id FROM contact_moments m JOIN plans p ON p.id = m.plan_id WHERE m.id = $1 AND p.school_id = $2")
        .bind(id)
        .bind(me.school_id)
        .fetch_optional(state.db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    visible_pupil(&state.db, &me, pupil_id).await?;
    sqlx::query("UPDATE contact_moments SET done_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(state.db.write())
        .await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        pupil_id,
        "update",
        "contact_moment",
        Some(id),
    )
    .await;
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some("saved")))
}

// ---------- agreements and contact log ----------

async fn add_agreement(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let rows = agreement_rows(&FormData(data), &mut errors);
    if !errors.is_empty() || rows.is_empty() {
        return Ok(see_other(
            &format!("/pupils/{id}"),
            Some("problem-agreement-incomplete"),
        ));
    }
    let mut tx = state.db.begin().await?;
    for a in &rows {
        insert_agreement(&mut tx, &me, id, None, a).await?;
    }
    tx.commit().await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        id,
        "create",
        "agreement",
        None,
    )
    .await;
    Ok(see_other(&format!("/pupils/{id}"), Some("agreement-saved")))
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

async fn agreement_status(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let (pupil_id,): (i64,) =
        sqlx::query_as("SELECT pupil_id FROM agreements WHERE id = $1 AND school_id = $2")
            .bind(id)
            .bind(me.school_id)
            .fetch_optional(state.db.read())
            .await?
            .ok_or(AppError::NotFound)?;
    visible_pupil(&state.db, &me, pupil_id).await?;
    if !AGREEMENT_STATUSES.contains(&form.status.as_str()) {
        return Err(AppError::BadRequest);
    }
    sqlx::query("UPDATE agreements SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(&form.status)
        .bind(now())
        .bind(id)
        .execute(state.db.write())
        .await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        pupil_id,
        "update",
        "agreement",
        Some(id),
    )
    .await;
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some("saved")))
}

#[derive(Deserialize)]
pub struct ContactForm {
    channel: String,
    #[serde(default)]
    summary: String,
    positive: Option<String>,
    #[serde(default)]
    happened_on: String,
}

async fn log_contact(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let summary = forms::clean(&form.summary);
    if summary.is_empty() || !LOG_CHANNELS.contains(&form.channel.as_str()) {
        return Ok(see_other(
            &format!("/pupils/{id}"),
            Some("problem-contact-incomplete"),
        ));
    }
    let day =
        crate::domain::dates::parse_form_date(&form.happened_on).unwrap_or_else(timefmt::today);
    sqlx::query(
        "INSERT INTO contact_log (school_id, pupil_id, staff_id, channel, positive, summary, happened_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(me.school_id)
    .bind(id)
    .bind(me.id)
    .bind(&form.channel)
    .bind(i64::from(forms::checked(&form.positive)))
    .bind(summary.chars().take(2000).collect::<String>())
    .bind(timefmt::iso(day))
    .bind(now())
    .execute(state.db.write())
    .await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        id,
        "create",
        "contact",
        None,
    )
    .await;
    Ok(see_other(&format!("/pupils/{id}"), Some("contact-saved")))
}

// ---------- audit ----------

#[derive(Deserialize)]
pub struct AuditQuery {
    pupil: Option<i64>,
}

pub struct AuditRow {
    pub at: i64,
    pub staff: String,
    pub action: String,
    pub entity: String,
    pub pupil: String,
}

#[derive(Template)]
#[template(path = "records/audit.html")]
struct AuditPage {
    ctx: Ctx,
    rows: Vec<AuditRow>,
}

/// "Who looked at pupil X?" — for administrators.
async fn audit_page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    me.require_admin()?;
    let rows = sqlx::query(
        "SELECT a.at, COALESCE(s.name, '') AS staff, a.action, a.entity, COALESCE(p.first_name || ' ' || p.last_name, '') AS pupil \
         FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN pupils p ON p.id = a.pupil_id \
         WHERE a.school_id = $1 AND ($2 = 0 OR a.pupil_id = $2) ORDER BY a.at DESC, a.id DESC LIMIT 500",
    )
    .bind(me.school_id)
    .bind(q.pupil.unwrap_or(0))
    .fetch_all(state.db.read())
    .await?
    .iter()
    .map(|r| {
        Ok(AuditRow {
            at: r.try_get("at")?,
            staff: r.try_get("staff")?,
            action: r.try_get("action")?,
            entity: r.try_get("entity")?,
            pupil: r.try_get("pupil")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    render(&AuditPage { ctx, rows })
}

#[derive(Deserialize)]
pub struct OppForm {
    status: String,
    #[serde(default)]
    decided_on: String,
    guardian: Option<String>,
    #[serde(default)]
    note: String,
}

/// Records the parents' decision on the OPP's action part: asked, given, refused or withdrawn,
/// with the date and which parent. Without consent the school may not give the extra support.
async fn record_opp(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<OppForm>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let day = crate::domain::dates::parse_form_date(&form.decided_on);
    if !OPP_STATUSES.contains(&form.status.as_str()) || day.is_none() {
        return Ok(see_other(
            &format!("/pupils/{id}"),
            Some("problem-opp-incomplete"),
        ));
    }
    // Only a guardian of this pupil can be named as the one who decided.
    let guardian = match form.guardian.as_deref().and_then(|g| g.parse::<i64>().ok()) {
        Some(g) => {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM pupil_guardians WHERE pupil_id = $1 AND guardian_id = $2",
            )
            .bind(id)
            .bind(g)
            .fetch_one(state.db.read())
            .await?;
            (n > 0).then_some(g)
        }
        None => None,
    };
    sqlx::query(
        "INSERT INTO opp_consents (school_id, pupil_id, status, decided_on, guardian_id, note, recorded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(me.school_id)
    .bind(id)
    .bind(&form.status)
    .bind(day.map(timefmt::iso))
    .bind(guardian)
    .bind(forms::clean(&form.note).chars().take(1000).collect::<String>())
    .bind(me.id)
    .bind(now())
    .execute(state.db.write())
    .await?;
    audit::record(&state.db, me.school_id, me.id, id, "update", "opp", None).await;
    Ok(see_other(&format!("/pupils/{id}"), Some("opp-saved")))
}

/// Turns a contact moment of the plan into a booking invitation: a round for this one pupil,
/// in the moment's form, with the pupil present or not as agreed. The teacher then gives times
/// and sends the invitation as for any round.
async fn moment_to_round(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let row: Option<(i64, String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT p.pupil_id, m.description, m.due_on, m.channel, m.with_pupil FROM contact_moments m JOIN plans p ON p.id = m.plan_id \
         WHERE m.id = $1 AND p.school_id = $2",
    )
    .bind(id)
    .bind(me.school_id)
    .fetch_optional(state.db.read())
    .await?;
    let (pupil_id, description, due_on, channel, with_pupil) = row.ok_or(AppError::NotFound)?;
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let group = pupil.group_id.ok_or(AppError::NotFound)?;
    let form = match channel.as_str() {
        "phone" => "phone",
        "video" => "video",
        "home-visit" => "home",
        _ => "school",
    };
    let at = now();
    // Booking stays open until the moment's date (or two weeks when it has none).
    let closes = due_on
        .as_deref()
        .and_then(timefmt::parse_iso)
        .map(|d| timefmt::from_amsterdam(d, time::Time::MIDNIGHT))
        .filter(|c| *c > at)
        .unwrap_or(at + 14 * 86_400);
    let mut tx = state.db.begin().await?;
    let (round,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, form, pupil_expected, created_by, created_at) \
         VALUES ($1, 'other', $2, $3, $4, 20, 0, $5, $6, $7, $3) RETURNING id",
    )
    .bind(me.school_id)
    .bind(format!("{description}: {}", pupil.name))
    .bind(at)
    .bind(closes)
    .bind(form)
    .bind(with_pupil)
    .bind(me.id)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO round_groups (round_id, group_id, pupil_id) VALUES ($1, $2, $3)")
        .bind(round)
        .bind(group)
        .bind(pupil_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    audit::record(
        &state.db,
        me.school_id,
        me.id,
        pupil_id,
        "create",
        "contact_moment",
        Some(id),
    )
    .await;
    Ok(see_other(
        &format!("/rounds/{round}"),
        Some("moment-round-created"),
    ))
}
