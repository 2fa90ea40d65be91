//! A family answers an invitation from their personal link: yes, maybe or no, with how many
//! people and what they need (an interpreter in their language, childcare); they may change the
//! answer later. The capacity holds under concurrency (see `store::answer_invite`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::rules::{Answer, INTERPRETER_LANGUAGES};
use super::store::{self, InviteRow};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{
    content_language, forms, no_referrer, parent_lang, render, see_other, Ctx, LanguageForm,
};

#[derive(Template)]
#[template(path = "gatherings/rsvp.html")]
struct RsvpPage<'a> {
    ctx: Ctx,
    invite: Option<&'a InviteRow>,
    full: bool,
    languages: &'static [(&'static str, &'static str)],
    /// The interpreter language preselected: the one asked for, else the guardian's own.
    interpreter_default: String,
}

impl RsvpPage<'_> {
    /// The page for an invitation, or the "link not valid" page for None.
    fn new(ctx: Ctx, invite: Option<&InviteRow>, full: bool) -> RsvpPage<'_> {
        let interpreter_default = invite
            .map(|i| {
                if i.interpreter.is_empty() {
                    i.language.clone()
                } else {
                    i.interpreter.clone()
                }
            })
            .unwrap_or_default();
        RsvpPage {
            ctx,
            invite,
            full,
            languages: &INTERPRETER_LANGUAGES,
            interpreter_default,
        }
    }
}

/// The invitation from the personal link; opening it changes nothing.
pub async fn rsvp_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let invite = store::invite_by_token(&state.db, &token).await?;
    let ctx = in_guardians_language(ctx, invite.as_ref(), &token);
    let lang = ctx.lang;
    Ok(content_language(
        no_referrer(render(&RsvpPage::new(ctx, invite.as_ref(), false))?),
        lang,
    ))
}

/// The page of a personal link is in the guardian's own language; its switch stores a choice.
fn in_guardians_language(ctx: Ctx, invite: Option<&InviteRow>, token: &str) -> Ctx {
    match invite {
        Some(i) => ctx.for_guardian(&i.language, format!("/rsvp/{token}/taal")),
        None => ctx,
    }
}

/// The language switch on the invitation page: stored for this guardian.
pub async fn choose_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    let invite = store::invite_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::guardians::set_own_language(&state.db, invite.guardian_id, lang.code()).await?;
    Ok(no_referrer(parent_lang::chosen(
        lang,
        &format!("/rsvp/{token}"),
        state.config.secure_cookies(),
    )))
}

#[derive(Deserialize)]
pub struct RsvpForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    people: String,
    interpreter: Option<String>,
    #[serde(default)]
    interpreter_lang: String,
    childcare: Option<String>,
    children_join: Option<String>,
}

/// Yes, maybe or no. A yes that would go over the capacity is refused with a clear message
/// and nothing is saved.
pub async fn rsvp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<RsvpForm>,
) -> AppResult<Response> {
    let invite = store::invite_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let answer = Answer::read(
        &form.answer,
        &form.people,
        forms::checked(&form.interpreter),
        &form.interpreter_lang,
        forms::checked(&form.childcare),
        forms::checked(&form.children_join),
    );
    if !store::answer_invite(&state.db, &invite, &answer).await? {
        let ctx = in_guardians_language(ctx, Some(&invite), &token);
        let mut response = render(&RsvpPage::new(ctx, Some(&invite), true))?;
        *response.status_mut() = StatusCode::CONFLICT;
        return Ok(no_referrer(response));
    }
    Ok(no_referrer(see_other(
        &format!("/rsvp/{token}"),
        Some("rsvp-saved"),
    )))
}
