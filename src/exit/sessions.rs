//! Group exit sessions: the director plans a workshop, parent panel or onderwijscafé for the
//! families who leave, invites them with a personal link (families answer in `rsvp`), and
//! writes down what was said, along the same matrix and questions as an individual talk.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::store::{self, NewSession};
use crate::auth::{tokens, CurrentStaff};
use crate::domain::dates::parse_form_date;
use crate::domain::Answers;
use crate::domain::SessionKind;
use crate::error::{AppError, AppResult};
use crate::gatherings::{self, NewInvite};
use crate::i18n::mail_lang;
use crate::mail::Outgoing;
use crate::records::Section;
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData};
use crate::web::{render, see_other, Ctx};

/// Longest answer kept per question.
const MAX_ANSWER_CHARS: usize = 5000;

#[derive(Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    capacity: String,
    return_day: Option<String>,
}

impl SessionForm {
    /// The session, or None when a field is missing or wrong.
    fn parse(&self) -> Option<NewSession> {
        let day = parse_form_date(&self.day)?;
        let at = timefmt::parse_clock(&self.time)?;
        let capacity = self
            .capacity
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|c| (1..=1000).contains(c))?;
        let title = forms::clean(&self.title);
        if title.is_empty() {
            return None;
        }
        Some(NewSession {
            kind: SessionKind::parse(&self.kind)?,
            title,
            starts_at: timefmt::from_amsterdam(day, at),
            place: forms::clean(&self.place),
            capacity,
            return_day: forms::checked(&self.return_day),
        })
    }
}

pub async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Form(form): Form<SessionForm>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let Some(session) = form.parse() else {
        return Ok(see_other("/exit", Some("problem-session-incomplete")));
    };
    store::create_session(&state.db, me.school_id, session).await?;
    Ok(see_other("/exit", Some("session-saved")))
}

/// Invites every family of a pupil leaving this school year (one mail per guardian who
/// receives mail); families already invited are skipped, so pressing again is harmless.
pub async fn invite(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let session = store::session(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let year = store::current_year(db, me.school_id).await?;
    let guardians = store::invitees(db, me.school_id, id, &year.start).await?;
    let school = store::school_name(db, me.school_id).await?;
    let invites: Vec<NewInvite> = guardians
        .into_iter()
        .map(|g| {
            let token = tokens::new_token();
            let lang = mail_lang(&g.language);
            let args = [
                ("name", g.name),
                ("title", session.title.clone()),
                ("form", lang.t(&format!("session-kind-{}", session.kind))),
                ("when", timefmt::datetime(lang, session.starts_at)),
                ("minutes", session.minutes.to_string()),
                ("place", session.place.clone()),
                ("school", school.clone()),
                ("link", gatherings::link(&state.config.base_url, &token)),
            ];
            let mut text = lang.tr("session-invite-body", &args);
            if session.return_day {
                text.push_str(&format!("\n\n{}", lang.t("session-return-day")));
            }
            let mail = Outgoing {
                to: g.email,
                subject: lang.tr("session-invite-subject", &args),
                text,
                lang,
                ics: None,
            };
            NewInvite {
                guardian_id: g.id,
                token,
                mail,
            }
        })
        .collect();
    gatherings::send_invites(db, &me, id, &invites).await?;
    Ok(see_other("/exit", Some("session-invited")))
}

#[derive(Template)]
#[template(path = "exit/session_record.html")]
struct SessionRecordPage {
    ctx: Ctx,
    id: i64,
    title: String,
    starts_at: i64,
    sections: &'static [Section],
    answers: Answers,
    report_sent_at: Option<i64>,
    coming: i64,
}

impl SessionRecordPage {
    fn answer(&self, key: &&str) -> String {
        self.answers.get(key)
    }
}

pub async fn record_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let record = store::session_record(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    render(&SessionRecordPage {
        ctx,
        id,
        title: record.title,
        starts_at: record.starts_at,
        sections: super::exit_sections(),
        answers: record.answers,
        report_sent_at: record.report_sent_at,
        coming: store::families_coming(db, id).await?,
    })
}

/// What was said in the session, along the same matrix and questions as an individual talk.
pub async fn save_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let data = FormData(data);
    let answers: Answers = super::exit_sections()
        .iter()
        .flat_map(|s| s.prompts.iter())
        .filter_map(|p| {
            let v: String = data
                .get(&format!("a-{}", p.key))
                .trim()
                .chars()
                .take(MAX_ANSWER_CHARS)
                .collect();
            (!v.is_empty()).then(|| (p.key.to_string(), v))
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into();
    if !store::save_session_answers(&state.db, me.school_id, id, &answers).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(
        &format!("/exit/sessions/{id}/record"),
        Some("saved"),
    ))
}
