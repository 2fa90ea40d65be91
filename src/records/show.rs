//! One conversation record, as its readers see it. Every view is written to the audit log.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::store::{self, Agreement, Record};
use super::{sections_of, Section};
use crate::audit;
use crate::auth::CurrentStaff;
use crate::domain::RecordKind;
use crate::error::{AppError, AppResult};
use crate::pupils::{visible_pupil, PupilRow};
use crate::state::AppState;
use crate::web::{render, Ctx};

#[derive(Template)]
#[template(path = "records/show.html")]
struct RecordPage {
    ctx: Ctx,
    id: i64,
    pupil: PupilRow,
    record: Record,
    sections: &'static [Section],
    /// The agreements made in this conversation.
    agreements: Vec<Agreement>,
    /// What the pupil wrote to prepare this (progress) conversation.
    pupil_prep: Option<crate::pupilprep::Prep>,
    /// The buddies box (shown on a startgesprek only).
    buddies: crate::buddies::RecordBox,
}

impl RecordPage {
    fn answer(&self, key: &&str) -> String {
        self.record.answers.get(key)
    }
}

pub(super) async fn show_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let record = store::record(&state.db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pupil = visible_pupil(&state.db, &me, record.pupil_id).await?;
    let agreements = store::agreements_of_record(&state.db, pupil.id, id).await?;
    audit::view(&state.db, &me, pupil.id, "record", Some(id)).await?;
    let pupil_prep = match record.kind {
        RecordKind::Progress => {
            let held_on = &record.held_on;
            crate::pupilprep::preparation_for_record(&state.db, &me, pupil.id, id, held_on).await?
        }
        _ => None,
    };
    let buddies =
        crate::buddies::RecordBox::load(&state.db, &me, id, pupil.id, record.kind).await?;
    render(&RecordPage {
        pupil_prep,
        ctx,
        id,
        pupil,
        sections: sections_of(record.kind),
        record,
        agreements,
        buddies,
    })
}
