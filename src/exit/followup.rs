//! The follow-up questionnaire: half a year after a pupil left, the family is asked by a
//! personal link how the child is doing and whether the school's advice was right.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::rules;
use super::store::{self, FollowupAnswer, NewFollowup};
use crate::auth::{tokens, CurrentStaff};
use crate::domain::AdviceAnswer;
use crate::error::{AppError, AppResult};
use crate::i18n::mail_lang;
use crate::mail::Outgoing;
use crate::state::AppState;
use crate::web::{content_language, no_referrer, render, see_other, Ctx, LanguageForm};

/// Sends the follow-up questionnaire to every family that is due for it.
pub async fn send_followups(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let school = store::school_name(db, me.school_id).await?;
    let left_by = rules::followup_left_by(crate::timefmt::today());
    let followups: Vec<NewFollowup> = store::due_followups(db, me.school_id, &left_by)
        .await?
        .into_iter()
        .map(|due| {
            let token = tokens::new_token();
            let lang = mail_lang(&due.language);
            let args = [
                ("name", due.name),
                ("child", due.child),
                ("school", school.clone()),
                ("link", format!("{}/nazorg/{token}", state.config.base_url)),
            ];
            let mail = Outgoing {
                to: due.email,
                subject: lang.tr("followup-subject", &args),
                text: lang.tr("followup-body", &args),
                lang,
                ics: None,
            };
            NewFollowup {
                pupil_id: due.pupil_id,
                guardian_id: due.guardian_id,
                token,
                mail,
            }
        })
        .collect();
    store::send_followups(db, me.school_id, &followups).await?;
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

impl FollowupPage {
    fn new(ctx: Ctx, link: Option<store::FollowupLink>) -> FollowupPage {
        let valid = link.is_some();
        let link = link.unwrap_or_default();
        FollowupPage {
            ctx,
            school: link.school,
            child: link.child,
            valid,
            answered: link.answered_at.is_some(),
            answers: AdviceAnswer::CODES,
        }
    }
}

/// The questionnaire from the personal link (opening it changes nothing).
pub async fn followup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let link = store::followup_by_token(&state.db, &token).await?;
    let ctx = in_guardians_language(ctx, link.as_ref(), &token);
    let lang = ctx.lang;
    Ok(content_language(
        no_referrer(render(&FollowupPage::new(ctx, link))?),
        lang,
    ))
}

/// The page of a personal link is in the guardian's own language; its switch stores a choice.
fn in_guardians_language(ctx: Ctx, link: Option<&store::FollowupLink>, token: &str) -> Ctx {
    match link {
        Some(l) => ctx.for_guardian(&l.language, format!("/nazorg/{token}/taal")),
        None => ctx,
    }
}

/// The language switch on the follow-up questionnaire: stored for this guardian.
pub async fn choose_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    let link = store::followup_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::guardians::language_chosen(&state, link.guardian_id, lang, &format!("/nazorg/{token}"))
        .await
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

/// Answering again replaces the earlier answer (a family may think of something more).
pub async fn followup_answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<FollowupForm>,
) -> AppResult<Response> {
    let link = store::followup_by_token(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let answer = FollowupAnswer {
        doing: form.doing.trim().chars().take(3000).collect(),
        advice: AdviceAnswer::parse(&form.advice).map_or("", AdviceAnswer::code),
        comment: form.comment.trim().chars().take(3000).collect(),
    };
    store::answer_followup(&state.db, link.id, answer).await?;
    let ctx = in_guardians_language(ctx, Some(&link), &token);
    let page = FollowupPage {
        answered: true,
        ..FollowupPage::new(ctx, Some(link))
    };
    Ok(no_referrer(render(&page)?))
}
