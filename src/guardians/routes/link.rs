//! How a guardian is linked to a pupil: relationship, parental authority, household and
//! invitations; and unlinking.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::visible_guardian;
use crate::auth::CurrentStaff;
use crate::domain::Relationship;
use crate::error::{AppError, AppResult};
use crate::guardians::store::{self, GuardianRow, Link};
use crate::pupils::{visible_pupil, PupilRow};
use crate::state::AppState;
use crate::web::forms;
use crate::web::{render, see_other, Ctx};

#[derive(Deserialize, Default)]
pub struct LinkForm {
    #[serde(default)]
    relationship: String,
    parental_authority: Option<String>,
    own_household: Option<String>,
    receives_invitations: Option<String>,
}

#[derive(Template)]
#[template(path = "guardians/link.html")]
struct LinkPage {
    ctx: Ctx,
    pupil: PupilRow,
    guardian: GuardianRow,
    /// None when the code is unknown: then no option is selected.
    relationship: Option<Relationship>,
    parental_authority: bool,
    own_household: bool,
    receives_invitations: bool,
    relationships: &'static [Relationship],
    error: Option<&'static str>,
}

impl LinkPage {
    fn is_relationship(&self, r: &Relationship) -> bool {
        self.relationship == Some(*r)
    }
}

pub(super) async fn link_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path((pupil_id, id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let guardian = visible_guardian(&state.db, &me, id).await?;
    let link = store::of_pupil(&state.db, pupil_id)
        .await?
        .into_iter()
        .find(|l| l.id == id)
        .ok_or(AppError::NotFound)?;
    render(&LinkPage {
        ctx,
        pupil,
        guardian,
        relationship: Relationship::parse(&link.relationship),
        parental_authority: link.parental_authority,
        own_household: link.own_household,
        receives_invitations: link.receives_invitations,
        relationships: Relationship::ALL,
        error: None,
    })
}

pub(super) async fn update_link(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path((pupil_id, id)): Path<(i64, i64)>,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let guardian = visible_guardian(&state.db, &me, id).await?;
    let parental_authority = forms::checked(&form.parental_authority);
    let own_household = forms::checked(&form.own_household);
    let receives_invitations = forms::checked(&form.receives_invitations);
    let Some(relationship) = Relationship::parse(&form.relationship) else {
        return render(&LinkPage {
            ctx,
            pupil,
            guardian,
            relationship: None,
            parental_authority,
            own_household,
            receives_invitations,
            relationships: Relationship::ALL,
            error: Some("form-choose-option"),
        });
    };
    let link = Link {
        relationship,
        parental_authority,
        own_household,
        receives_invitations,
    };
    if !store::update_link(&state.db, &me, pupil_id, id, &link).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some("saved")))
}

pub(super) async fn unlink(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((pupil_id, id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, pupil_id).await?;
    if !store::unlink(&state.db, &me, pupil_id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(
        &format!("/pupils/{pupil_id}"),
        Some("guardian-unlinked"),
    ))
}
