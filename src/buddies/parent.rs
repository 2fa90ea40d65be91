//! A parent's personal link to a proposed introduction: the page explains in simple words that
//! another parent of the school who shares the topic would like to get in touch, without
//! anything of the other family; the parent agrees or declines. Only when both agreed does the
//! page show the other parent's name, e-mail and phone, and offer to end the contact.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::mails::{topic_text, Contact};
use super::store::{self, SideRow};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{content_language, no_referrer, render, see_other, Ctx, LanguageForm};

#[derive(Template)]
#[template(path = "buddies/parent.html")]
struct ParentPage {
    ctx: Ctx,
    valid: bool,
    school: String,
    topic: String,
    /// proposed, active, declined or ended.
    status: String,
    /// This parent's own answer: '', yes or no.
    answer: String,
    withdrawn: bool,
    /// Only for an active pair.
    other: Option<Contact>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let side = store::side_by_token(&state.db, &token).await?;
    let Some(side) = side else {
        let page = ParentPage {
            ctx,
            valid: false,
            school: String::new(),
            topic: String::new(),
            status: String::new(),
            answer: String::new(),
            withdrawn: false,
            other: None,
        };
        return Ok(no_referrer(render(&page)?));
    };
    let other = store::other_contact(&state.db, &side).await?;
    let ctx = ctx.for_guardian(&side.language, format!("/maatje/{token}/taal"));
    let lang = ctx.lang;
    let page = ParentPage {
        topic: topic_text(lang, &side.topic, &side.topic_language),
        ctx,
        valid: true,
        school: side.school.clone(),
        status: side.status.clone(),
        answer: side.answer.clone(),
        withdrawn: side.withdrawn_at.is_some(),
        other,
    };
    Ok(content_language(no_referrer(render(&page)?), lang))
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// yes / no while proposed; withdraw once active. Anything else changes nothing.
pub async fn answer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let side: SideRow = store::side_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let (done, flash) = match form.answer.as_str() {
        "yes" => (
            store::answer(&state.db, &side, true).await?,
            "buddies-agreed",
        ),
        "no" => (
            store::answer(&state.db, &side, false).await?,
            "buddies-declined",
        ),
        "withdraw" => (
            store::withdraw(&state.db, &side).await?,
            "buddies-withdrawn",
        ),
        _ => return Err(AppError::BadRequest),
    };
    let flash = if done {
        flash
    } else {
        "problem-buddies-closed"
    };
    Ok(no_referrer(see_other(
        &format!("/maatje/{token}"),
        Some(flash),
    )))
}

/// The language switch on the page: stored for this guardian.
pub async fn choose_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    let side = store::side_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::guardians::language_chosen(&state, side.guardian_id, lang, &format!("/maatje/{token}"))
        .await
}
