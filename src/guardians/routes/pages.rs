//! The guardian list (search) and a guardian's page with their children.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::visible_guardian;
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::error::AppResult;
use crate::guardians::store::{self, GuardianRow};
use crate::pupils::{self, PupilRow};
use crate::state::AppState;
use crate::web::{render, Ctx};

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "guardians/list.html")]
struct ListPage {
    ctx: Ctx,
    q: String,
    guardians: Vec<GuardianRow>,
    limited: bool,
}

/// The list shows this many; a note asks to search when there are more.
const LIST_LIMIT: usize = 200;

pub(super) async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let mut guardians = store::list(&state.db, Reach::of(&me), &q.q, LIST_LIMIT as i64 + 1).await?;
    let limited = guardians.len() > LIST_LIMIT;
    guardians.truncate(LIST_LIMIT);
    render(&ListPage {
        ctx,
        q: q.q,
        guardians,
        limited,
    })
}

#[derive(Template)]
#[template(path = "guardians/show.html")]
struct ShowPage {
    ctx: Ctx,
    guardian: GuardianRow,
    children: Vec<PupilRow>,
}

pub(super) async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let guardian = visible_guardian(&state.db, &me, id).await?;
    let children = pupils::of_guardian(&state.db, &me, id).await?;
    let shown: Vec<i64> = children.iter().map(|c| c.id).collect();
    crate::audit::guardian_view(&state.db, &me, id, &shown).await?;
    render(&ShowPage {
        ctx,
        guardian,
        children,
    })
}
