//! A family answers an invitation from their personal link: yes, maybe or no, with how many
//! people and what they need (an interpreter in their language, childcare); they may change the
//! answer later. The capacity holds under concurrency (see `store::answer_invite`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::rules::{interpreter_language_missing, listed_language, Answer, INTERPRETER_LANGUAGES};
use super::store::{self, InviteRow};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{content_language, forms, no_referrer, render, see_other, Ctx, LanguageForm};

#[derive(Template)]
#[template(path = "gatherings/rsvp.html")]
struct RsvpPage<'a> {
    ctx: Ctx,
    invite: Option<&'a InviteRow>,
    full: bool,
    /// The gathering has started: answers are closed.
    closed: bool,
    /// The interpreter box was ticked without a language.
    interpreter_error: bool,
    languages: &'static [(&'static str, &'static str)],
    /// What the form shows: the stored answer, or what was typed when it is shown again.
    shown: Shown,
}

/// The answer as the form shows it.
#[derive(Default)]
struct Shown {
    answer: String,
    people: String,
    interpreter: bool,
    /// A listed language code, "other", or "" (choose…).
    interpreter_choice: String,
    interpreter_other: String,
    childcare: bool,
    children_join: bool,
}

impl Shown {
    /// The stored answer; without an interpreter language yet, the guardian's own is preselected.
    fn stored(i: &InviteRow) -> Shown {
        let (interpreter_choice, interpreter_other) = if i.interpreter.is_empty() {
            let own = listed_language(&i.language).map_or("", |_| i.language.as_str());
            (own.to_string(), String::new())
        } else if listed_language(&i.interpreter).is_some() {
            (i.interpreter.clone(), String::new())
        } else {
            (OTHER.to_string(), i.interpreter.clone())
        };
        Shown {
            answer: i.answer.clone(),
            people: if i.people > 0 { i.people } else { 1 }.to_string(),
            interpreter: !i.interpreter.is_empty(),
            interpreter_choice,
            interpreter_other,
            childcare: i.childcare,
            children_join: i.children_join,
        }
    }

    fn typed(form: &RsvpForm) -> Shown {
        Shown {
            answer: form.answer.clone(),
            people: form.people.clone(),
            interpreter: forms::checked(&form.interpreter),
            interpreter_choice: form.interpreter_lang.clone(),
            interpreter_other: form.interpreter_other.clone(),
            childcare: forms::checked(&form.childcare),
            children_join: forms::checked(&form.children_join),
        }
    }

    /// The interpreter language as stored: a listed code, or the other language as typed.
    fn interpreter_language(&self) -> &str {
        if self.interpreter_choice == OTHER {
            &self.interpreter_other
        } else {
            &self.interpreter_choice
        }
    }
}

/// The choice in the language list that opens the free-text field.
const OTHER: &str = "other";

impl<'a> RsvpPage<'a> {
    /// The page for an invitation, or the "link not valid" page for None.
    fn new(ctx: Ctx, invite: Option<&'a InviteRow>, closed: bool) -> RsvpPage<'a> {
        RsvpPage {
            ctx,
            invite,
            full: false,
            closed,
            interpreter_error: false,
            languages: &INTERPRETER_LANGUAGES,
            shown: invite.map(Shown::stored).unwrap_or_default(),
        }
    }
}

/// Answers close when the gathering starts.
fn has_started(state: &AppState, invite: &InviteRow) -> bool {
    invite.starts_at <= state.clock.now()
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
    let closed = invite.as_ref().is_some_and(|i| has_started(&state, i));
    Ok(content_language(
        no_referrer(render(&RsvpPage::new(ctx, invite.as_ref(), closed))?),
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
    crate::guardians::language_chosen(&state, invite.guardian_id, lang, &format!("/rsvp/{token}"))
        .await
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
    #[serde(default)]
    interpreter_other: String,
    childcare: Option<String>,
    children_join: Option<String>,
}

/// Yes, maybe or no. Refused, with the page shown again in the guardian's language and nothing
/// saved: after the gathering started (409), an interpreter ticked without a language (422), a
/// yes that would go over the capacity (409, what was typed kept).
pub async fn rsvp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<RsvpForm>,
) -> AppResult<Response> {
    let invite = store::invite_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    if has_started(&state, &invite) {
        let ctx = in_guardians_language(ctx, Some(&invite), &token);
        return refused(
            RsvpPage::new(ctx, Some(&invite), true),
            StatusCode::CONFLICT,
        );
    }
    let shown = Shown::typed(&form);
    if interpreter_language_missing(
        &shown.answer,
        shown.interpreter,
        shown.interpreter_language(),
    ) {
        let ctx = in_guardians_language(ctx, Some(&invite), &token);
        let page = RsvpPage {
            interpreter_error: true,
            shown,
            ..RsvpPage::new(ctx, Some(&invite), false)
        };
        return refused(page, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let answer = Answer::read(
        &form.answer,
        &form.people,
        shown.interpreter,
        shown.interpreter_language(),
        shown.childcare,
        shown.children_join,
    );
    if !store::answer_invite(&state.db, &invite, &answer).await? {
        let ctx = in_guardians_language(ctx, Some(&invite), &token);
        let page = RsvpPage {
            full: true,
            shown,
            ..RsvpPage::new(ctx, Some(&invite), false)
        };
        return refused(page, StatusCode::CONFLICT);
    }
    Ok(no_referrer(see_other(
        &format!("/rsvp/{token}"),
        Some("rsvp-saved"),
    )))
}

/// The page shown again with a refusal.
fn refused(page: RsvpPage<'_>, status: StatusCode) -> AppResult<Response> {
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(no_referrer(response))
}
