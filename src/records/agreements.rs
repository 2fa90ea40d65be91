//! Agreements made outside a conversation (on the pupil page), their status, and reading the
//! agreement rows of a form.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::store::{self, NewAgreement};
use crate::auth::CurrentStaff;
use crate::domain::dates::parse_form_date;
use crate::domain::AgreementStatus;
use crate::error::{AppError, AppResult};
use crate::pupils::visible_pupil;
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::see_other;

/// Agreement rows `ag1-…` to `ag3-…` of a form; empty rows are skipped, a review date that is
/// no date is an error.
pub(super) fn parse_agreements(data: &FormData, errors: &mut FormErrors) -> Vec<NewAgreement> {
    let mut out = Vec::new();
    for n in 1..=3 {
        let get = |f: &str| {
            forms::clean(data.get(&format!("ag{n}-{f}")))
                .chars()
                .take(1000)
                .collect::<String>()
        };
        let a = NewAgreement {
            topic: get("topic"),
            pupil_part: get("pupil"),
            parents_part: get("parents"),
            school_part: get("school"),
            review_on: None,
        };
        if [&a.topic, &a.pupil_part, &a.parents_part, &a.school_part]
            .iter()
            .all(|s| s.is_empty())
        {
            continue;
        }
        let review = data.get(&format!("ag{n}-review"));
        let review_on = if review.trim().is_empty() {
            None
        } else {
            let day = parse_form_date(review).map(timefmt::iso);
            if day.is_none() {
                errors.add("agreements", "agreement-review-invalid");
            }
            day
        };
        out.push(NewAgreement { review_on, ..a });
    }
    out
}

pub(super) async fn add_agreement(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let rows = parse_agreements(&FormData(data), &mut errors);
    let to = format!("/pupils/{id}");
    if !errors.is_empty() || rows.is_empty() {
        return Ok(see_other(&to, Some("problem-agreement-incomplete")));
    }
    store::add_agreements(&state.db, &me, id, &rows).await?;
    Ok(see_other(&to, Some("agreement-saved")))
}

#[derive(Deserialize)]
pub(super) struct StatusForm {
    status: String,
}

pub(super) async fn agreement_status(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let pupil_id = store::agreement_pupil(&state.db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    visible_pupil(&state.db, &me, pupil_id).await?;
    let status = AgreementStatus::parse(&form.status).ok_or(AppError::BadRequest)?;
    store::set_agreement_status(&state.db, &me, pupil_id, id, status).await?;
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some("saved")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_rows_are_skipped_and_bad_review_dates_refused() {
        let data = FormData(
            [
                ("ag1-topic", " Lezen  elke dag "),
                ("ag1-review", "2026-10-01"),
                ("ag2-topic", ""),
                ("ag2-review", "2026-10-01"),
                ("ag3-school", "Leesgroep"),
                ("ag3-review", "morgen"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        );
        let mut errors = FormErrors::default();
        let rows = parse_agreements(&data, &mut errors);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].topic, "Lezen elke dag");
        assert_eq!(rows[0].review_on.as_deref(), Some("2026-10-01"));
        assert_eq!(rows[1].school_part, "Leesgroep");
        assert_eq!(rows[1].review_on, None);
        assert_eq!(errors.get("agreements"), Some("agreement-review-invalid"));
    }
}
