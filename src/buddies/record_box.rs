//! The small box on a startgesprek's record page: per guardian of the pupil, whether the parent
//! would like help or could offer it, and on which topic. Whoever may see the pupil (their
//! teacher, or the whole-school roles) may note and remove wishes.

use askama::Template;
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
use crate::web::{render, see_other, Ctx};

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
    /// What the teacher typed, when the box comes back with an error (else empty).
    pub typed: WishForm,
    /// The field that needs another choice, and why (a translation key).
    pub error: Option<(&'static str, &'static str)>,
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
            typed: WishForm::default(),
            error: None,
        })
    }

    /// The error text for `field`, if that field needs another choice.
    pub fn error_for(&self, field: &str) -> Option<&'static str> {
        self.error.filter(|(f, _)| *f == field).map(|(_, key)| key)
    }

    pub fn language_name(&self, code: &str) -> &'static str {
        LANGUAGES
            .iter()
            .find(|l| **l == code)
            .map_or("", |l| rules::language_name(l))
    }
}

#[derive(Deserialize, Default)]
pub struct WishForm {
    #[serde(default)]
    pub guardian_id: String,
    #[serde(default)]
    pub direction: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub detail: String,
}

/// The box alone, back with what was typed and the error beside the field.
#[derive(Template)]
#[template(path = "buddies/wish_form.html")]
struct WishPage {
    ctx: Ctx,
    buddies: RecordBox,
}

/// Which field of a refused wish needs another choice.
fn wish_error(form: &WishForm, guardian_ok: bool) -> (&'static str, &'static str) {
    if !guardian_ok {
        ("guardian_id", "form-choose-option")
    } else if !DIRECTIONS.contains(&form.direction.as_str()) {
        ("direction", "form-choose-option")
    } else if !TOPICS.contains(&form.topic.as_str()) {
        ("topic", "form-choose-option")
    } else {
        ("language", "races-buddies-language-needed")
    }
}

/// Notes a wish for one guardian of the record's pupil.
pub async fn note_wish(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
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
    let guardian_id = guardian_id.filter(|id| linked.iter().any(|g| g.id == *id));
    let parsed = parse_wish(
        &form.direction,
        &form.topic,
        &form.language,
        &form.detail,
        &LANGUAGES,
    );
    let (Some(guardian_id), Some((direction, topic, language, detail))) = (guardian_id, parsed)
    else {
        let mut buddies = RecordBox::load(db, &me, record_id, pupil.id, RecordKind::Start).await?;
        buddies.error = Some(wish_error(&form, guardian_id.is_some()));
        buddies.typed = form;
        let mut response = render(&WishPage { ctx, buddies })?;
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
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
