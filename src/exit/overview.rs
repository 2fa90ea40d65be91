//! The director's exit page: leavers, group sessions, what was said per matrix cell this year
//! and compared with earlier years, the advice, the follow-up questionnaire and the action plan.
//! Per school year (`?year=ID`, the current year without it): last year's leavers and what
//! they said stay readable after the switch.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;

use super::rules::{self, FollowupSummary, MATRIX_COLUMNS, MATRIX_ROWS};
use super::store::{self, ActionRow, Leaver, SchoolYear, SessionRow};
use crate::auth::CurrentStaff;
use crate::coverage::ChosenYear;
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

/// A cell of the 3 × 4 matrix grid: its responses in the chosen year and in earlier years.
pub struct GridCell {
    pub cell: &'static str,
    pub count: i64,
    /// (year name, responses), newest first.
    pub earlier: Vec<(String, i64)>,
}

/// A row of the grid: who turns to whom.
pub struct GridRow {
    pub label: &'static str,
    pub cells: Vec<GridCell>,
}

/// The grid from the chosen year's counts and the comparison rows (the chosen year first).
fn grid(counts: &[i64; 12], years: &[(String, [i64; 12])]) -> Vec<GridRow> {
    MATRIX_ROWS
        .iter()
        .enumerate()
        .map(|(r, label)| GridRow {
            label,
            cells: (0..MATRIX_COLUMNS.len())
                .map(|c| {
                    let i = r * MATRIX_COLUMNS.len() + c;
                    GridCell {
                        cell: rules::matrix_cell(r, c),
                        count: counts[i],
                        earlier: years
                            .iter()
                            .skip(1)
                            .map(|(name, n)| (name.clone(), n[i]))
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "exit/overview.html")]
struct Overview {
    ctx: Ctx,
    year: ChosenYear,
    grid: Vec<GridRow>,
    columns: &'static [&'static str],
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
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let db = &state.db;
    let school = me.school_id;
    let chosen = crate::coverage::chosen_year(&state, school, &query).await?;
    let start = if chosen.starts_on.is_empty() {
        rules::year_start(&chosen.name)
    } else {
        chosen.starts_on.clone()
    };
    // The current year stays open-ended: a leaving day planned after it is not lost.
    let year = SchoolYear {
        id: chosen.window.year_id,
        start,
        end: if chosen.window.past {
            chosen.ends_on.clone()
        } else {
            store::OPEN_END.to_string()
        },
    };
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
    let spans: Vec<rules::YearSpan> = chosen
        .years
        .iter()
        .map(|y| (y.name.clone(), y.starts_on.clone(), y.ends_on.clone()))
        .collect();
    let years = rules::by_school_year(
        &spans,
        &chosen.name,
        history.iter().map(|h| (h.held_on.as_str(), &h.answers)),
    );
    let grid = grid(&counts, &years);
    render(&Overview {
        leavers: store::leavers(db, school, &year.start, &year.end).await?,
        year: chosen,
        grid,
        columns: &MATRIX_COLUMNS,
        advice_school: rules::said_under(&answers, "advice-school"),
        advice_parents: rules::said_under(&answers, "advice-parents"),
        sessions: store::sessions(db, school, year.start_at(), year.end_at()).await?,
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
