//! The small box on a startgesprek's record page: per guardian of the pupil, whether the parent
//! would like help or could offer it, and on which topic. Whoever may see the pupil (their
//! teacher, or the whole-school roles) may note and remove wishes.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::rules::{self, parse_wish, DIRECTIONS, TOPICS};
use super::store::{self, NewWish, RecordWish};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::Db;
use crate::domain::RecordKind;
use crate::error::{AppError, AppResult};
use crate::guardians::{self, LANGUAGES};
use crate::pupils::visible_pupil;
use crate::state::AppState;
use crate::web::forms;
use crate::web::see_other;

/// What the record page shows in the box (nothing for other kinds of conversation).
pub struct RecordBox {
    pub shown: bool,
    pub record_id: i64,
    /// The pupil's guardians: (id, name).
    pub guardians: Vec<(i64, String)>,
    pub wishes: Vec<RecordWish>,
    /// Care coordinators and the director get a link to the school-wide list.
    pub may_match: bool,
    pub directions: &'static [&'static str],
    pub topics: &'static [&'static str],
    pub languages: &'static [&'static str],
}

impl RecordBox {
    /// Loads the box for a record the caller already may see.
    pub async fn load(
        db: &Db,
        me: &StaffUser,
        record_id: i64,
        pupil_id: i64,
        kind: RecordKind,
    ) -> AppResult<RecordBox> {
        let shown = kind == RecordKind::Start;
        let (guardians, wishes) = if shown {
            let guardians = guardians::of_pupil(db, pupil_id)
                .await?
                .into_iter()
                .map(|g| (g.id, g.name))
                .collect();
            (guardians, store::wishes_of_record(db, record_id).await?)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok(RecordBox {
            shown,
            record_id,
            guardians,
            wishes,
            may_match: super::may_match(me),
            directions: &DIRECTIONS,
            topics: &TOPICS,
            languages: &LANGUAGES,
        })
    }

    pub fn language_name(&self, code: &str) -> &'static str {
        LANGUAGES
            .iter()
            .find(|l| **l == code)
            .map_or("", |l| rules::language_name(l))
    }
}

#[derive(Deserialize)]
pub struct WishForm {
    #[serde(default)]
    guardian_id: String,
    #[serde(default)]
    direction: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    detail: String,
}

/// Notes a wish for one guardian of the record's pupil.
pub async fn note_wish(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(record_id): Path<i64>,
    Form(form): Form<WishForm>,
) -> AppResult<Response> {
    let db = &state.db;
    let (pupil_id, kind) = store::record_pupil(db, me.school_id, record_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pupil = visible_pupil(db, &me, pupil_id).await?;
    if RecordKind::parse(&kind) != Some(RecordKind::Start) {
        return Err(AppError::NotFound);
    }
    let back = format!("/records/{record_id}");
    let guardian_id = forms::clean(&form.guardian_id).parse::<i64>().ok();
    let linked = guardians::of_pupil(db, pupil.id).await?;
    let Some(guardian_id) = guardian_id.filter(|id| linked.iter().any(|g| g.id == *id)) else {
        return Ok(see_other(&back, Some("problem-buddies-incomplete")));
    };
    let Some((direction, topic, language, detail)) = parse_wish(
        &form.direction,
        &form.topic,
        &form.language,
        &form.detail,
        &LANGUAGES,
    ) else {
        return Ok(see_other(&back, Some("problem-buddies-incomplete")));
    };
    let wish = NewWish {
        guardian_id,
        pupil_id: pupil.id,
        record_id: Some(record_id),
        direction,
        topic,
        language,
        detail,
    };
    store::insert_wish(db, &me, &wish).await?;
    Ok(see_other(&back, Some("buddies-noted")))
}

#[derive(Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    back: String,
}

/// Takes a wish off the list (from the record page or the school-wide list).
pub async fn close_wish(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<CloseForm>,
) -> AppResult<Response> {
    let db = &state.db;
    let pupil_id = store::wish_pupil(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    visible_pupil(db, &me, pupil_id).await?;
    store::close_wish(db, &me, id, pupil_id).await?;
    Ok(see_other(
        &forms::safe_next(Some(&form.back)),
        Some("buddies-removed"),
    ))
}
