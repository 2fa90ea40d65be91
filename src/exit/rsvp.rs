//! Families answer an invitation to a group session from their personal link: yes (with how
//! many people, and whether their child joins the return day) or no. The capacity holds under
//! concurrency (see `store::answer_invite`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::rules::people_coming;
use super::store::{self, InviteRow, Rsvp};
use crate::domain::SessionKind;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{
    content_language, forms, no_referrer, parent_lang, render, see_other, Ctx, LanguageForm,
};

#[derive(Template)]
#[template(path = "exit/rsvp.html")]
struct RsvpPage {
    ctx: Ctx,
    valid: bool,
    title: String,
    kind: SessionKind,
    starts_at: i64,
    minutes: i64,
    place: String,
    school: String,
    return_day: bool,
    answer: String,
    people: i64,
    full: bool,
}

impl RsvpPage {
    /// The page for an invitation, or the "link not valid" page for None.
    fn new(ctx: Ctx, invite: Option<&InviteRow>, full: bool) -> RsvpPage {
        let Some(i) = invite else {
            return RsvpPage {
                ctx,
                valid: false,
                title: String::new(),
                // Not shown: the page only says the link is not valid.
                kind: SessionKind::Workshop,
                starts_at: 0,
                minutes: 0,
                place: String::new(),
                school: String::new(),
                return_day: false,
                answer: String::new(),
                people: 0,
                full,
            };
        };
        RsvpPage {
            ctx,
            valid: true,
            title: i.title.clone(),
            kind: i.kind,
            starts_at: i.starts_at,
            minutes: i.minutes,
            place: i.place.clone(),
            school: i.school.clone(),
            return_day: i.return_day,
            answer: i.answer.clone(),
            people: i.people,
            full,
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

/// The language switch on the RSVP page: stored for this guardian.
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
    children_join: Option<String>,
}

/// Yes (with how many people) or no. A yes that would go over the capacity is refused with a
/// clear message.
pub async fn rsvp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<RsvpForm>,
) -> AppResult<Response> {
    let invite = store::invite_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let rsvp = if form.answer == "yes" {
        Rsvp::Yes {
            people: people_coming(&form.people),
            children_join: forms::checked(&form.children_join),
        }
    } else {
        Rsvp::No
    };
    if !store::answer_invite(&state.db, &invite, rsvp).await? {
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
