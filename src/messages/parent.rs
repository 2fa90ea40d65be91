//! The parent's side: a message to the teacher about one of their own children, from their own
//! page, and the acknowledgement with the date the school promises to answer by.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use axum::Form;
use serde::Deserialize;

use super::rules::MESSAGE_MAX_CHARS;
use super::store::{self, ChildRow, OwnMessage};
use super::{Sent, Typed};
use crate::auth::parent_sessions::ParentSession;
use crate::auth::CurrentParent;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{content_language, no_referrer, render, see_other, Ctx, Routes};

pub fn router() -> Routes {
    Routes::new().route(
        "/ouders/kinderen/{id}/bericht",
        get(message_form).post(send),
    )
}

#[derive(Template)]
#[template(path = "messages/parent.html")]
struct MessagePage {
    ctx: Ctx,
    pupil_id: i64,
    child: String,
    body: String,
    call_back: bool,
    phone: String,
    /// Problem keys (parent texts), in the form's order.
    errors: Vec<&'static str>,
    messages: Vec<OwnMessage>,
    /// The message just sent: its acknowledgement is shown on top.
    received: Option<i64>,
}

impl MessagePage {
    fn has_error(&self, key: &str) -> bool {
        self.errors.contains(&key)
    }

    /// The acknowledged message's promised date (ISO), when it was just sent.
    fn received_due(&self) -> Option<&str> {
        let id = self.received?;
        self.messages
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.due_on.as_str())
    }
}

#[derive(Deserialize)]
struct SentQuery {
    ontvangen: Option<i64>,
}

/// Only one's own child; any other is a 404 before anything is read.
async fn own_child(state: &AppState, guardian_id: i64, pupil_id: i64) -> AppResult<ChildRow> {
    store::child_of_guardian(&state.db, guardian_id, pupil_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// What the form shows besides the guardian's messages: as typed, with its problems.
struct Shown {
    body: String,
    call_back: bool,
    phone: String,
    errors: Vec<&'static str>,
    received: Option<i64>,
}

/// The page in the guardian's own language, with their latest messages about the child.
async fn page(
    state: &AppState,
    ctx: Ctx,
    me: &ParentSession,
    child: &ChildRow,
    shown: Shown,
) -> AppResult<Response> {
    let messages = store::own_messages(&state.db, me.guardian_id, child.pupil_id).await?;
    let ctx = ctx.for_guardian(&me.language, "/ouders/taal".to_string());
    let lang = ctx.lang;
    let page = MessagePage {
        ctx,
        pupil_id: child.pupil_id,
        child: child.name.first_name.clone(),
        body: shown.body,
        call_back: shown.call_back,
        phone: shown.phone,
        errors: shown.errors,
        messages,
        received: shown.received,
    };
    Ok(content_language(no_referrer(render(&page)?), lang))
}

async fn message_form(
    State(state): State<AppState>,
    ctx: Ctx,
    CurrentParent(me): CurrentParent,
    Path(id): Path<i64>,
    Query(q): Query<SentQuery>,
) -> AppResult<Response> {
    let child = own_child(&state, me.guardian_id, id).await?;
    let shown = Shown {
        body: String::new(),
        call_back: false,
        phone: child.guardian_phone.clone(),
        errors: Vec::new(),
        received: q.ontvangen,
    };
    page(&state, ctx, &me, &child, shown).await
}

#[derive(Deserialize)]
struct MessageForm {
    #[serde(default)]
    body: String,
    call_back: Option<String>,
    #[serde(default)]
    phone: String,
}

/// Line breaks stay (a parent may write in paragraphs); other control characters go.
fn clean_body(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

async fn send(
    State(state): State<AppState>,
    ctx: Ctx,
    CurrentParent(me): CurrentParent,
    Path(id): Path<i64>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let child = own_child(&state, me.guardian_id, id).await?;
    let body = clean_body(&form.body);
    let call_back = crate::web::forms::checked(&form.call_back);
    let phone = crate::web::forms::clean(&form.phone);
    let mut errors = Vec::new();
    if body.is_empty() {
        errors.push("parent-messages-body-required");
    } else if body.chars().count() > MESSAGE_MAX_CHARS {
        errors.push("parent-messages-body-too-long");
    }
    if call_back && (phone.is_empty() || phone.chars().count() > 40) {
        errors.push("parent-messages-phone-required");
    }
    if errors.is_empty() {
        let typed = Typed {
            body: &body,
            call_back,
            phone: &phone,
        };
        match super::send(&state.db, &me, &child, &typed).await? {
            Sent::Done(message_id, _) => {
                return Ok(see_other(
                    &format!("/ouders/kinderen/{id}/bericht?ontvangen={message_id}"),
                    None,
                ));
            }
            Sent::Limit => errors.push("parent-messages-limit"),
        }
    }
    let shown = Shown {
        body: form.body,
        call_back,
        phone: form.phone,
        errors,
        received: None,
    };
    page(&state, ctx, &me, &child, shown).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_paragraphs() {
        assert_eq!(clean_body("  Hallo\n\nGroet\u{7} "), "Hallo\n\nGroet");
    }
}
