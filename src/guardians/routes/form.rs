//! Adding a guardian to a pupil, editing a guardian's details, archiving a guardian.
//! Teachers may do the first two for their own pupils (they hear about changes first).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::visible_guardian;
use crate::auth::access;
use crate::auth::CurrentStaff;
use crate::db::is_unique_violation;
use crate::domain::{Email, Relationship};
use crate::error::{AppError, AppResult};
use crate::guardians::store::{self, Added, Details, Link};
use crate::guardians::{rules, LANGUAGES};
use crate::pupils::{visible_pupil, PupilRow};
use crate::school;
use crate::state::AppState;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx};

/// The guardian form as typed (shown again when it has errors).
#[derive(Deserialize, Default, Clone)]
pub struct GuardianForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    language: String,
    interpreter_needed: Option<String>,
    // Link fields (only on the "add guardian to pupil" form).
    #[serde(default)]
    relationship: String,
    parental_authority: Option<String>,
    own_household: Option<String>,
    receives_invitations: Option<String>,
}

#[derive(Template)]
#[template(path = "guardians/form.html")]
struct FormPage {
    ctx: Ctx,
    /// Some(pupil) when adding a guardian to that pupil.
    pupil: Option<PupilRow>,
    id: Option<i64>,
    form: GuardianForm,
    errors: FormErrors,
    relationships: &'static [Relationship],
    languages: &'static [&'static str],
}

impl FormPage {
    fn new(
        ctx: Ctx,
        pupil: Option<PupilRow>,
        id: Option<i64>,
        form: GuardianForm,
        errors: FormErrors,
    ) -> FormPage {
        FormPage {
            ctx,
            pupil,
            id,
            form,
            errors,
            relationships: Relationship::ALL,
            languages: &LANGUAGES,
        }
    }

    fn checked(&self, v: &Option<String>) -> bool {
        forms::checked(v)
    }

    fn is_relationship(&self, r: &Relationship) -> bool {
        self.form.relationship == r.code()
    }
}

/// The guardian's own details; errors are added in the order the summary lists them.
fn validate(form: &GuardianForm, errors: &mut FormErrors) -> Details {
    let name = forms::required(errors, "name", &form.name, 120);
    let email = match form.email.trim() {
        "" => None,
        typed => {
            let email = Email::parse(typed);
            if email.is_none() {
                errors.add("email", "form-email-invalid");
            }
            email
        }
    };
    let phone = forms::optional(errors, "phone", &form.phone, 30);
    if !rules::phone_ok(&phone) {
        errors.add("phone", "guardian-phone-invalid");
    }
    let language = forms::optional(errors, "language", &form.language, 30);
    Details {
        name,
        email,
        phone,
        language: rules::language(&language),
        interpreter_needed: forms::checked(&form.interpreter_needed),
    }
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(pupil): Path<i64>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil).await?;
    let form = GuardianForm {
        language: "nl".into(),
        relationship: Relationship::Mother.code().into(),
        parental_authority: Some("on".into()),
        receives_invitations: Some("on".into()),
        ..GuardianForm::default()
    };
    let page = FormPage::new(ctx, Some(pupil), None, form, FormErrors::default());
    render(&page)
}

/// Adds a guardian to a pupil. A guardian already known by e-mail (a sibling's parent) is linked,
/// not created twice.
pub(super) async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(pupil_id): Path<i64>,
    Form(form): Form<GuardianForm>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let mut errors = FormErrors::default();
    let details = validate(&form, &mut errors);
    let relationship = Relationship::parse(&form.relationship);
    if relationship.is_none() {
        errors.add("relationship", "form-choose-option");
    }
    let Some(relationship) = relationship.filter(|_| errors.is_empty()) else {
        return render(&FormPage::new(ctx, Some(pupil), None, form, errors));
    };
    let link = Link {
        relationship,
        parental_authority: forms::checked(&form.parental_authority),
        own_household: forms::checked(&form.own_household),
        receives_invitations: forms::checked(&form.receives_invitations),
    };
    let flash = match store::add_to_pupil(&state.db, &me, pupil_id, &details, &link).await? {
        Added::Created => "saved",
        Added::Linked => "guardian-linked",
        Added::Refused => {
            errors.add("email", "guardian-email-known-elsewhere");
            return render(&FormPage::new(ctx, Some(pupil), None, form, errors));
        }
    };
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some(flash)))
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let g = visible_guardian(&state.db, &me, id).await?;
    // The form shows the guardian's address and phone: audited like their page.
    let children = crate::pupils::of_guardian(&state.db, &me, id).await?;
    let shown: Vec<i64> = children.iter().map(|c| c.id).collect();
    crate::audit::guardian_view(&state.db, &me, id, &shown).await?;
    let form = GuardianForm {
        name: g.name,
        email: g.email,
        phone: g.phone,
        language: g.language,
        interpreter_needed: g.interpreter_needed.then(|| "on".to_string()),
        ..GuardianForm::default()
    };
    render(&FormPage::new(
        ctx,
        None,
        Some(id),
        form,
        FormErrors::default(),
    ))
}

pub(super) async fn update(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<GuardianForm>,
) -> AppResult<Response> {
    let old = visible_guardian(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let details = validate(&form, &mut errors);
    let new_email = details.email.as_ref().map_or("", Email::as_str);
    let email_changed = new_email != old.email;
    // The address receives the parent sign-in link: changing it is for the roles the school
    // names (ASVS V8.2.1), or staff could take over a parent's view.
    if email_changed
        && errors.get("email").is_none()
        && !school::may_change_guardian_email(
            &me.roles,
            &school::guardian_email_roles(&state.db, me.school_id).await?,
        )
    {
        errors.add("email", "guardian-email-change-not-allowed");
    }
    if errors.is_empty() {
        let notice = (email_changed && !old.email.is_empty()).then(|| {
            crate::guardians::address_changed_notice(&old.name, &old.email, &old.language)
        });
        let update = store::Update {
            id,
            details: &details,
            old_email: &old.email,
            notice,
        };
        match store::update(&state.db, &me, update).await {
            Ok(true) => return Ok(see_other(&format!("/guardians/{id}"), Some("saved"))),
            Ok(false) => errors.add("email", "guardian-changed-meanwhile"),
            Err(e) if is_unique_violation(&e) => errors.add("email", "guardian-email-taken"),
            Err(e) => return Err(e.into()),
        }
    }
    render(&FormPage::new(ctx, None, Some(id), form, errors))
}

pub(super) async fn archive(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !access::may_edit_school_data(&me) {
        return Err(AppError::Forbidden);
    }
    visible_guardian(&state.db, &me, id).await?;
    store::archive(&state.db, &me, id).await?;
    Ok(see_other("/guardians", Some("archived")))
}
