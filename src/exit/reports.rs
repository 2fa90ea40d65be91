//! Exit reports: the director approves the report of an exit conversation or a group session;
//! it then goes by mail to the families, with what was said and, in main lines, what the school
//! does with what it heard (the action plan).

use axum::extract::{Path, State};
use axum::response::Response;

use super::rules::report_body;
use super::store::{self, ActionRow};
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::i18n::mail_lang;
use crate::mail::Outgoing;
use crate::state::AppState;
use crate::timefmt;
use crate::web::see_other;

/// The action plan as the report lists it: what, and its status code.
fn plan_lines(actions: &[ActionRow]) -> Vec<(String, String)> {
    actions
        .iter()
        .map(|a| (a.what.clone(), a.status.code().to_string()))
        .collect()
}

/// Sends an exit conversation's report to every parent of the pupil who receives mail.
pub async fn send_record_report(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !me.roles.director {
        return Err(AppError::Forbidden);
    }
    let db = &state.db;
    let record = store::record_for_report(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let child = store::visible_pupil(db, &Reach::of(&me), record.pupil_id)
        .await?
        .ok_or(AppError::NotFound)?
        .full();
    let year = store::current_year(db, me.school_id).await?;
    let plan = plan_lines(&store::actions(db, me.school_id, year.id).await?);
    let school = store::school_name(db, me.school_id).await?;
    let held_on = timefmt::parse_iso(&record.held_on);
    let mails: Vec<Outgoing> = store::pupil_recipients(db, record.pupil_id)
        .await?
        .into_iter()
        .map(|parent| {
            let lang = mail_lang(&parent.language);
            let mut text = lang.tr(
                "exit-report-intro",
                &[
                    ("name", parent.name),
                    ("child", child.clone()),
                    (
                        "date",
                        held_on.map(|d| timefmt::date(lang, d)).unwrap_or_default(),
                    ),
                ],
            );
            text.push_str(&report_body(lang, record.answers.map(), &plan, &school));
            Outgoing {
                to: parent.email,
                subject: lang.tr("exit-report-subject", &[("child", child.clone())]),
                text,
                lang,
                ics: None,
            }
        })
        .collect();
    store::send_record_report(db, &me, id, record.pupil_id, &mails).await?;
    Ok(see_other(
        &format!("/records/{id}"),
        Some("exit-report-sent"),
    ))
}

/// Sends a group session's report to every family that came.
pub async fn send_session_report(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !me.roles.director {
        return Err(AppError::Forbidden);
    }
    let db = &state.db;
    let session = store::session_for_report(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let school = store::school_name(db, me.school_id).await?;
    let year = store::current_year(db, me.school_id).await?;
    let plan = plan_lines(&store::actions(db, me.school_id, year.id).await?);
    let mails: Vec<Outgoing> = store::session_recipients(db, id)
        .await?
        .into_iter()
        .map(|parent| {
            let lang = mail_lang(&parent.language);
            let mut text = lang.tr(
                "session-report-intro",
                &[
                    ("name", parent.name),
                    ("title", session.title.clone()),
                    ("when", timefmt::datetime(lang, session.starts_at)),
                ],
            );
            text.push_str(&report_body(lang, session.answers.map(), &plan, &school));
            Outgoing {
                to: parent.email,
                subject: lang.tr(
                    "session-report-subject",
                    &[("title", session.title.clone())],
                ),
                text,
                lang,
                ics: None,
            }
        })
        .collect();
    store::send_session_report(db, me.school_id, id, &mails).await?;
    Ok(see_other(
        &format!("/exit/sessions/{id}/record"),
        Some("exit-report-sent"),
    ))
}
