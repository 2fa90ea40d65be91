//! Pupil pages: list and search, the pupil's page (guardians, siblings and the pupil's file),
//! create, edit, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::store::{self, NewPupil, Search, Sibling};
use super::{rules, visible_pupil, PupilRow};
use crate::auth::access::{self, Reach};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::is_unique_violation;
use crate::domain::dates::age_on;
use crate::domain::{
    AgreementStatus, LeavingReason, LogChannel, OppStatus, PersonName, RecordKind,
};
use crate::error::AppResult;
use crate::groups::{self, GroupOption};
use crate::guardians::{self, LinkedGuardian};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormErrors};
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/pupils", get(list))
        .route("/pupils/new", get(new_form).post(create))
        .route("/pupils/{id}", get(show))
        .route("/pupils/{id}/edit", get(edit_form).post(update))
        .route("/pupils/{id}/archive", post(archive))
        .route("/pupils/{id}/restore", post(restore))
}

/// Lists are paged so a school of 2,000 pupils stays quick.
const PAGE_SIZE: i64 = 100;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    group: Option<String>,
    archived: Option<String>,
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "pupils/list.html")]
struct ListPage {
    ctx: Ctx,
    q: String,
    group: Option<i64>,
    show_archived: bool,
    groups: Vec<GroupOption>,
    pupils: Vec<PupilRow>,
    total: i64,
    page: i64,
    pages: i64,
    may_edit: bool,
}

impl ListPage {
    fn is_selected(&self, id: &i64) -> bool {
        self.group == Some(*id)
    }

    fn page_href(&self, page: impl crate::web::ctx::Count) -> String {
        let page = page.count();
        let mut href = format!("/pupils?page={page}&q={}", crate::error::urlencode(&self.q));
        if let Some(g) = self.group {
            href.push_str(&format!("&group={g}"));
        }
        if self.show_archived {
            href.push_str("&archived=on");
        }
        href
    }
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let group = q.group.as_deref().and_then(|g| g.parse::<i64>().ok());
    let show_archived = forms::checked(&q.archived);
    let page = q.page.unwrap_or(1).max(1);
    let search = Search {
        text: &q.q,
        group,
        show_archived,
    };
    let (total, pupils) = store::search(
        &state.db,
        Reach::of(&me),
        &search,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    render(&ListPage {
        ctx,
        q: q.q,
        group,
        show_archived,
        groups,
        pupils,
        total,
        page,
        pages,
        may_edit: access::may_edit_school_data(&me),
    })
}

#[derive(Template)]
#[template(path = "pupils/show.html")]
struct ShowPage {
    ctx: Ctx,
    pupil: PupilRow,
    age: Option<i32>,
    guardians: Vec<LinkedGuardian>,
    siblings: Vec<Sibling>,
    may_edit: bool,
    file: crate::records::PupilFile,
    kinds: &'static [&'static str],
    log_channels: &'static [&'static str],
    statuses: &'static [&'static str],
    opp_statuses: &'static [&'static str],
    leaving_reasons: &'static [&'static str],
    history: crate::history::PupilHistory,
    /// A newcomer's first school day and the day their startgesprek is due (ISO).
    newcomer: Option<(String, String)>,
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let guardians = guardians::of_pupil(&state.db, id).await?;
    let siblings = store::siblings(&state.db, Reach::of(&me), id).await?;
    let age = timefmt::parse_iso(&pupil.date_of_birth).map(|d| age_on(d, timefmt::today()));
    let file = crate::records::pupil_file(&state.db, &me, id).await?;
    let current_group = pupil.group_id.map(|g| (g, pupil.group_name.clone()));
    let history = crate::history::of_pupil(&state.db, &me, id, current_group).await?;
    let newcomer = store::stored(&state.db, id)
        .await?
        .arrived_on
        .and_then(|arrived| {
            let due = rules::newcomer_start_due(timefmt::parse_iso(&arrived)?);
            Some((arrived, timefmt::iso(due)))
        });
    // Written before the page is served; no line, no page (ASVS 16.4.x).
    crate::audit::view(&state.db, &me, id, "pupil", Some(id)).await?;
    render(&ShowPage {
        ctx,
        pupil,
        age,
        guardians,
        siblings,
        may_edit: access::may_edit_school_data(&me),
        file,
        kinds: RecordKind::CODES,
        log_channels: LogChannel::CODES,
        statuses: AgreementStatus::CODES,
        opp_statuses: OppStatus::CODES,
        leaving_reasons: LeavingReason::CODES,
        history,
        newcomer,
    })
}

#[derive(Deserialize, Default, Clone)]
pub struct PupilForm {
    #[serde(default)]
    external_id: String,
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    name_prefix: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    group_id: String,
    /// A newcomer's first school day, d-m-yyyy (empty for pupils there from the start).
    #[serde(default)]
    arrived_on: String,
}

#[derive(Template)]
#[template(path = "pupils/form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<i64>,
    form: PupilForm,
    errors: FormErrors,
    groups: Vec<GroupOption>,
}

impl ShowPage {
    /// The shared agreement-row fields start empty on the pupil page.
    fn typed(&self, _n: impl std::fmt::Display, _field: &str) -> String {
        String::new()
    }
}

impl FormPage {
    fn is_group(&self, id: &i64) -> bool {
        self.form.group_id == id.to_string()
    }
}

/// Checks the form; errors are added in the order the summary lists them.
fn validate(form: &PupilForm, groups: &[GroupOption], errors: &mut FormErrors) -> NewPupil {
    let external_id = forms::required(errors, "external_id", &form.external_id, 20);
    if !rules::external_id_ok(&external_id) {
        errors.add("external_id", "pupil-external-id-invalid");
    }
    let date_of_birth =
        rules::birth_date(&form.date_of_birth, timefmt::today()).unwrap_or_else(|()| {
            errors.add("date_of_birth", "pupil-date-invalid");
            None
        });
    let group_id = form
        .group_id
        .parse::<i64>()
        .ok()
        .filter(|g| groups.iter().any(|o| o.id == *g));
    if group_id.is_none() && !form.group_id.is_empty() {
        errors.add("group_id", "form-choose-option");
    }
    let arrived_on = rules::arrival_date(&form.arrived_on, timefmt::today()).unwrap_or_else(|()| {
        errors.add("arrived_on", "pupil-date-invalid");
        None
    });
    NewPupil {
        external_id,
        name: PersonName {
            first_name: forms::required(errors, "first_name", &form.first_name, 100),
            name_prefix: forms::optional(errors, "name_prefix", &form.name_prefix, 30),
            last_name: forms::required(errors, "last_name", &form.last_name, 100),
        },
        date_of_birth,
        group_id,
        arrived_on,
    }
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_editor()?;
    let groups = groups::options(&state.db, me.school_id).await?;
    // Once the year's first weeks are over, a pupil added by hand is most likely a newcomer.
    let arrived_on = match crate::coverage::current_window(&state.db, me.school_id).await? {
        Some(year) if timefmt::iso(timefmt::today()) > year.first_weeks_end => {
            timefmt::short_date(timefmt::today())
        }
        _ => String::new(),
    };
    render(&FormPage {
        ctx,
        id: None,
        form: PupilForm {
            arrived_on,
            ..PupilForm::default()
        },
        errors: FormErrors::default(),
        groups,
    })
}

async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<PupilForm>,
) -> AppResult<Response> {
    me.require_editor()?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let mut errors = FormErrors::default();
    let p = validate(&form, &groups, &mut errors);
    if errors.is_empty() {
        match store::create(&state.db, me.school_id, &p).await {
            Ok(id) => return Ok(see_other(&format!("/pupils/{id}"), Some("saved"))),
            Err(e) if is_unique_violation(&e) => {
                errors.add("external_id", "pupil-external-id-taken");
            }
            Err(e) => return Err(e.into()),
        }
    }
    render(&FormPage {
        ctx,
        id: None,
        form,
        errors,
        groups,
    })
}

async fn edit_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_editor()?;
    visible_pupil(&state.db, &me, id).await?;
    let stored = store::stored(&state.db, id).await?;
    let form = PupilForm {
        external_id: stored.external_id,
        first_name: stored.name.first_name,
        name_prefix: stored.name.name_prefix,
        last_name: stored.name.last_name,
        date_of_birth: stored
            .date_of_birth
            .and_then(|d| timefmt::parse_iso(&d))
            .map(timefmt::short_date)
            .unwrap_or_default(),
        group_id: stored.group_id.map(|g| g.to_string()).unwrap_or_default(),
        arrived_on: stored
            .arrived_on
            .and_then(|d| timefmt::parse_iso(&d))
            .map(timefmt::short_date)
            .unwrap_or_default(),
    };
    let groups = groups::options(&state.db, me.school_id).await?;
    render(&FormPage {
        ctx,
        id: Some(id),
        form,
        errors: FormErrors::default(),
        groups,
    })
}

async fn update(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<PupilForm>,
) -> AppResult<Response> {
    me.require_editor()?;
    visible_pupil(&state.db, &me, id).await?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let mut errors = FormErrors::default();
    let p = validate(&form, &groups, &mut errors);
    if errors.is_empty() {
        match store::update(&state.db, me.school_id, id, &p).await {
            Ok(()) => return Ok(see_other(&format!("/pupils/{id}"), Some("saved"))),
            Err(e) if is_unique_violation(&e) => {
                errors.add("external_id", "pupil-external-id-taken");
            }
            Err(e) => return Err(e.into()),
        }
    }
    render(&FormPage {
        ctx,
        id: Some(id),
        form,
        errors,
        groups,
    })
}

async fn set_archived(state: &AppState, me: &StaffUser, id: i64, archived: bool) -> AppResult<()> {
    me.require_editor()?;
    visible_pupil(&state.db, me, id).await?;
    store::set_archived(&state.db, me.school_id, id, archived).await?;
    Ok(())
}

async fn archive(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    set_archived(&state, &me, id, true).await?;
    Ok(see_other(&format!("/pupils/{id}"), Some("archived")))
}

async fn restore(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    set_archived(&state, &me, id, false).await?;
    Ok(see_other(&format!("/pupils/{id}"), Some("restored")))
}
