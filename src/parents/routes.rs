//! Parent pages: ask for a sign-in link, use it, see your own children, respond to agreements.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::family::{self, ChildView};
use crate::audit;
use crate::auth::parent_sessions;
use crate::auth::CurrentParent;
use crate::domain::Email;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::cookies::{self, PARENT_SESSION};
use crate::web::forms;
use crate::web::Routes;
use crate::web::{
    content_language, no_referrer, parent_lang, render, see_other, Ctx, LanguageForm,
};

pub fn router() -> Routes {
    Routes::new()
        .route("/ouders", get(ask_form).post(ask))
        .route("/ouders/link/{token}", get(link_page).post(use_link))
        .route("/ouders/link/{token}/taal", post(choose_link_language))
        .route("/ouders/kinderen", get(children))
        .route("/ouders/afspraken/{id}", post(respond))
        .route("/ouders/uitloggen", post(sign_out))
        .route("/ouders/taal", post(choose_language))
}

#[derive(Template)]
#[template(path = "parents/ask.html")]
struct AskPage {
    ctx: Ctx,
    sent: bool,
    error: bool,
}

async fn ask_form(ctx: Ctx) -> AppResult<Response> {
    render(&AskPage {
        ctx,
        sent: false,
        error: false,
    })
}

#[derive(Deserialize)]
pub struct AskForm {
    #[serde(default)]
    email: String,
}

async fn ask(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<AskForm>,
) -> AppResult<Response> {
    let Some(email) = Email::parse(&form.email) else {
        return render(&AskPage {
            ctx,
            sent: false,
            error: true,
        });
    };
    super::send_links(&state.db, &state.config.base_url, &email).await?;
    render(&AskPage {
        ctx,
        sent: true,
        error: false,
    })
}

#[derive(Template)]
#[template(path = "parents/link.html")]
struct LinkPage {
    ctx: Ctx,
    valid: bool,
}

/// Opening the link only shows a button: mail scanners that open links use nothing up.
async fn link_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((_, language)) = super::usable_link(&state.db, &token).await? else {
        return Ok(no_referrer(render(&LinkPage { ctx, valid: false })?));
    };
    let ctx = ctx.for_guardian(&language, format!("/ouders/link/{token}/taal"));
    let lang = ctx.lang;
    Ok(content_language(
        no_referrer(render(&LinkPage { ctx, valid: true })?),
        lang,
    ))
}

/// The language switch on the sign-in link's page: stored for the link's guardian; the link
/// itself is not used up.
async fn choose_link_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    let (guardian_id, _) = super::usable_link(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::guardians::language_chosen(&state, guardian_id, lang, &format!("/ouders/link/{token}"))
        .await
}

async fn use_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((session, _)) = super::sign_in(&state.db, &token).await? else {
        return Ok(no_referrer(render(&LinkPage { ctx, valid: false })?));
    };
    let mut response = Redirect::to("/ouders/kinderen").into_response();
    cookies::add(
        &mut response,
        &PARENT_SESSION.set(&session, state.config.secure_cookies()),
    );
    Ok(no_referrer(response))
}

#[derive(Template)]
#[template(path = "parents/children.html")]
struct ChildrenPage {
    ctx: Ctx,
    name: String,
    children: Vec<ChildView>,
    /// Per child (same order): the years as a timeline, limited to what was shared.
    histories: Vec<Vec<crate::history::YearEntry>>,
}

impl ChildrenPage {
    fn history_of(&self, index: &usize) -> &[crate::history::YearEntry] {
        self.histories.get(*index).map_or(&[], |h| h.as_slice())
    }
}

/// Only this guardian's own children, and of them only what the school shares. Every view is
/// in the audit log.
async fn children(
    State(state): State<AppState>,
    ctx: Ctx,
    CurrentParent(me): CurrentParent,
) -> AppResult<Response> {
    let children = family::children(&state.db, me.guardian_id).await?;
    let mut histories = Vec::with_capacity(children.len());
    for c in &children {
        histories.push(
            crate::history::for_parents(&state.db, c.school_id, c.pupil_id, c.authority).await?,
        );
    }
    // One line per child before the page is served (ASVS 16.2.1).
    let seen: Vec<(i64, i64)> = children.iter().map(|c| (c.school_id, c.pupil_id)).collect();
    audit::parent_views(&state.db, me.guardian_id, &seen, "pupil").await?;
    let ctx = ctx.for_guardian(&me.language, "/ouders/taal".to_string());
    let lang = ctx.lang;
    Ok(content_language(
        no_referrer(render(&ChildrenPage {
            ctx,
            name: me.name.clone(),
            children,
            histories,
        })?),
        lang,
    ))
}

/// The language switch on the parent's own pages: stored for the signed-in guardian (their
/// next mail follows it); without a session only the browser remembers it.
async fn choose_language(
    State(state): State<AppState>,
    parent: Option<CurrentParent>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    if let Some(CurrentParent(me)) = parent {
        crate::guardians::set_own_language(&state.db, me.guardian_id, lang.code()).await?;
    }
    let back = if form.back.starts_with("/ouders") {
        form.back.as_str()
    } else {
        "/ouders"
    };
    Ok(parent_lang::chosen(
        lang,
        back,
        state.config.secure_cookies(),
    ))
}

#[derive(Deserialize)]
pub struct RespondForm {
    confirm: Option<String>,
    #[serde(default)]
    comment: String,
}

/// A parent confirms an agreement about their own child, or leaves a comment for the teacher.
async fn respond(
    State(state): State<AppState>,
    CurrentParent(me): CurrentParent,
    Path(id): Path<i64>,
    Form(form): Form<RespondForm>,
) -> AppResult<Response> {
    let comment = forms::clean(&form.comment).chars().take(1000).collect();
    let confirmed = forms::checked(&form.confirm);
    if !super::respond(&state.db, me.guardian_id, id, confirmed, comment).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/ouders/kinderen", Some("parent-response-saved")))
}

/// The session layer has checked the form token; without a session there is nothing to end.
async fn sign_out(
    State(state): State<AppState>,
    parent: Option<CurrentParent>,
) -> AppResult<Response> {
    if let Some(CurrentParent(me)) = parent {
        parent_sessions::delete(&state.db, &me.token_hash).await?;
    }
    let mut response = see_other("/ouders", Some("signed-out"));
    cookies::add(
        &mut response,
        &PARENT_SESSION.clear(state.config.secure_cookies()),
    );
    Ok(response)
}
