//! Staff pages: the inbox of one's own pupils' messages, one message with its answer (by mail or
//! a logged phone call), the overdue list for the care coordinator, the school's default response
//! time and the holidays of a school year.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::rules::{self, Answer, ANSWER_MAX_CHARS};
use super::store::{self, MessageRow};
use crate::audit;
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::domain::dates::parse_form_date;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx, Routes};

/// The inbox lists at most this many open messages, and this many answered ones.
const INBOX_OPEN: i64 = 100;
const INBOX_ANSWERED: i64 = 20;

pub fn router() -> Routes {
    Routes::new()
        .route("/berichten", get(inbox))
        .route("/berichten/te-laat", get(overdue))
        .route("/berichten/{id}", get(show).post(answer))
        .route("/school/reactietermijn", post(save_response_days))
        .route("/years/{id}/vakanties", post(add_holiday))
        .route(
            "/years/{id}/vakanties/{holiday}/verwijderen",
            post(delete_holiday),
        )
}

#[derive(Template)]
#[template(path = "messages/inbox.html")]
struct InboxPage {
    ctx: Ctx,
    open: Vec<MessageRow>,
    answered: Vec<MessageRow>,
    today: String,
}

async fn inbox(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let reach = Reach::of(&me);
    let open = store::inbox(&state.db, reach, INBOX_OPEN).await?;
    let answered = store::answered(&state.db, reach, INBOX_ANSWERED).await?;
    render(&InboxPage {
        ctx,
        open,
        answered,
        today: timefmt::iso(timefmt::today()),
    })
}

#[derive(Template)]
#[template(path = "messages/overdue.html")]
struct OverduePage {
    ctx: Ctx,
    overdue: Vec<MessageRow>,
}

/// The care coordinator's (and other whole-school roles') list of open messages past their date.
async fn overdue(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let today = timefmt::iso(timefmt::today());
    let overdue = store::overdue(&state.db, me.school_id, &today, INBOX_OPEN).await?;
    render(&OverduePage { ctx, overdue })
}

#[derive(Template)]
#[template(path = "messages/show.html")]
struct ShowPage {
    ctx: Ctx,
    message: MessageRow,
    answer: String,
    errors: FormErrors,
    today: String,
}

fn show_page(
    ctx: Ctx,
    message: MessageRow,
    answer: String,
    errors: FormErrors,
) -> AppResult<Response> {
    render(&ShowPage {
        ctx,
        message,
        answer,
        errors,
        today: timefmt::iso(timefmt::today()),
    })
}

/// Another group's or another school's message is a 404, like its pupil.
async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let message = super::find(&state.db, &me, id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::view(&state.db, &me, message.pupil_id, "parent-message", Some(id)).await?;
    show_page(ctx, message, String::new(), FormErrors::default())
}

#[derive(Deserialize)]
struct AnswerForm {
    #[serde(default)]
    how: String,
    #[serde(default)]
    answer: String,
}

async fn answer(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let message = super::find(&state.db, &me, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let text = form.answer.trim().to_string();
    let mut errors = FormErrors::default();
    let how = Answer::parse(&form.how);
    match how {
        None => errors.add("answer", "form-choose-option"),
        Some(Answer::Mail) if text.is_empty() => errors.add("answer", "messages-answer-required"),
        Some(Answer::Mail) if message.guardian_email.as_deref().unwrap_or("").is_empty() => {
            errors.add("answer", "messages-no-email");
        }
        Some(Answer::Phone) if text.is_empty() => errors.add("answer", "messages-phone-summary"),
        _ => {}
    }
    if text.chars().count() > ANSWER_MAX_CHARS {
        errors.add("answer", "form-too-long");
    }
    if message.answered_at.is_some() {
        errors.add("answer", "messages-already-answered");
    }
    let Some(how) = how.filter(|_| errors.is_empty()) else {
        return show_page(ctx, message, form.answer, errors);
    };
    if !super::answer(&state.db, &me, &message, how, &text).await? {
        let message = super::find(&state.db, &me, id)
            .await?
            .ok_or(AppError::NotFound)?;
        errors.add("answer", "messages-already-answered");
        return show_page(ctx, message, form.answer, errors);
    }
    Ok(see_other("/berichten", Some("messages-answered")))
}

#[derive(Deserialize)]
struct DaysForm {
    #[serde(default)]
    response_days: String,
}

/// The response-time form again, with the error beside the field and the number as typed.
#[derive(Template)]
#[template(path = "messages/response_days_form.html")]
struct DaysPage {
    ctx: Ctx,
    response_days: String,
    errors: FormErrors,
}

/// The school's default response time (administrators, on the settings page).
async fn save_response_days(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<DaysForm>,
) -> AppResult<Response> {
    me.require_admin()?;
    match rules::parse_response_days(&form.response_days) {
        Ok(Some(days)) => {
            store::set_school_response_days(&state.db, &me, days).await?;
            Ok(see_other("/school", Some("saved")))
        }
        _ => {
            let mut errors = FormErrors::default();
            errors.add("response_days", "flash-problem-response-days");
            unprocessable(render(&DaysPage {
                ctx,
                response_days: form.response_days,
                errors,
            }))
        }
    }
}

/// A form sent back with its errors: 422, so the browser and the tests know nothing was saved.
fn unprocessable(page: AppResult<Response>) -> AppResult<Response> {
    let mut response = page?;
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

#[derive(Deserialize)]
struct HolidayForm {
    #[serde(default)]
    holiday_name: String,
    #[serde(default)]
    holiday_from: String,
    #[serde(default)]
    holiday_to: String,
}

/// The holiday form again, with the errors beside the fields and what was typed.
#[derive(Template)]
#[template(path = "messages/holiday_form.html")]
struct HolidayPage {
    ctx: Ctx,
    year_id: i64,
    form: HolidayForm,
    errors: FormErrors,
}

/// A holiday of a school year of one's own school (administrators).
async fn add_holiday(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(year_id): Path<i64>,
    Form(form): Form<HolidayForm>,
) -> AppResult<Response> {
    me.require_admin()?;
    if !store::year_of_school(&state.db, me.school_id, year_id).await? {
        return Err(AppError::NotFound);
    }
    let mut errors = FormErrors::default();
    let name = forms::clean(&form.holiday_name);
    if name.is_empty() {
        errors.add("holiday_name", "form-required");
    } else if name.chars().count() > 80 {
        errors.add("holiday_name", "form-too-long");
    }
    let from = parse_form_date(&form.holiday_from);
    let to = match form.holiday_to.trim() {
        "" => from,
        typed => parse_form_date(typed),
    };
    if from.is_none() {
        errors.add("holiday_from", "races-date-invalid");
    }
    match (from, to) {
        (_, None) => errors.add("holiday_to", "races-date-invalid"),
        (Some(from), Some(to)) if to < from => errors.add("holiday_to", "races-holiday-order"),
        _ => {}
    }
    match (from, to) {
        (Some(from), Some(to)) if errors.is_empty() => {
            let (from, to) = (timefmt::iso(from), timefmt::iso(to));
            store::add_holiday(&state.db, &me, year_id, &name, &from, &to).await?;
            Ok(see_other(&format!("/years/{year_id}"), Some("saved")))
        }
        _ => unprocessable(render(&HolidayPage {
            ctx,
            year_id,
            form,
            errors,
        })),
    }
}

async fn delete_holiday(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((year_id, holiday)): Path<(i64, i64)>,
) -> AppResult<Response> {
    me.require_admin()?;
    if !store::delete_holiday(&state.db, &me, holiday).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/years/{year_id}"), Some("saved")))
}
