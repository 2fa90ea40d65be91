//! The director's exit page: leavers, group sessions, what was said per matrix cell this year
//! and compared with earlier years, the advice, the follow-up questionnaire and the action plan.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::rules::{self, FollowupSummary};
use super::store::{self, ActionRow, Leaver, SessionRow};
use crate::auth::CurrentStaff;
use crate::db::Db;
use crate::domain::{ActionStatus, SessionKind};
use crate::error::AppResult;
use crate::records::MATRIX_CELLS;
use crate::state::AppState;
use crate::web::{render, Ctx};

/// One matrix cell: how many conversations said something about it, and what.
pub struct CellView {
    pub cell: &'static str,
    pub count: i64,
    pub texts: Vec<String>,
}

#[derive(Template)]
#[template(path = "exit/overview.html")]
struct Overview {
    ctx: Ctx,
    school_id: i64,
    leavers: Vec<Leaver>,
    cells: Vec<CellView>,
    conversations: i64,
    actions: Vec<ActionRow>,
    statuses: &'static [&'static str],
    cell_keys: &'static [&'static str],
    /// Responses per matrix cell in each school year, newest first, to compare years.
    years: Vec<(String, [i64; 12])>,
    followups: FollowupSummary,
    sessions: Vec<SessionRow>,
    /// Advice given in the conversations, to the school and to (new) parents.
    advice_school: Vec<String>,
    advice_parents: Vec<String>,
    session_kinds: &'static [&'static str],
}

pub async fn overview(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let school = me.school_id;
    let year = store::current_year(db, school).await?;
    let answers = store::answers_of_year(db, school, &year).await?;
    let counts = rules::cell_counts(&answers);
    let cells = MATRIX_CELLS
        .iter()
        .zip(counts)
        .map(|(cell, count)| CellView {
            cell,
            count,
            texts: rules::said_under(&answers, cell),
        })
        .collect();
    let history = store::all_exit_answers(db, school).await?;
    let years = rules::by_year(history.iter().map(|h| (h.held_on.as_str(), &h.answers)));
    render(&Overview {
        leavers: store::leavers(db, school, &year.start).await?,
        advice_school: rules::said_under(&answers, "advice-school"),
        advice_parents: rules::said_under(&answers, "advice-parents"),
        sessions: store::sessions(db, school).await?,
        session_kinds: SessionKind::CODES,
        years,
        followups: followup_summary(db, school).await?,
        ctx,
        school_id: school,
        cells,
        conversations: answers.len() as i64,
        actions: store::actions(db, school, year.id).await?,
        statuses: ActionStatus::CODES,
        cell_keys: &MATRIX_CELLS,
    })
}

/// The questionnaires sent, their replies, and how many families are due for one.
async fn followup_summary(db: &Db, school_id: i64) -> Result<FollowupSummary, sqlx::Error> {
    let due = store::due_followups(
        db,
        school_id,
        &rules::followup_left_by(crate::timefmt::today()),
    )
    .await?;
    let mut summary = FollowupSummary {
        due: due.len() as i64,
        ..FollowupSummary::default()
    };
    for r in store::followup_replies(db, school_id).await? {
        summary.add(r.answered_at.is_some(), &r.advice_right, &r.comment);
    }
    Ok(summary)
}
