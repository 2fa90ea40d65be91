//! The pupil's part: the per-grade setting (administrator, director), the mentor's page of a
//! round (slips, mail to parents, what a pupil wrote) and the pupil's own page from their link.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;

use super::rules::{self, Answers};
use super::store::{self, LinkRow, Prep, RoundPupil};
use super::Slip;
use crate::audit;
use crate::auth::access::Reach;
use crate::auth::{tokens, CurrentStaff, StaffUser};
use crate::db::now;
use crate::domain::SchoolType;
use crate::error::{AppError, AppResult};
use crate::rounds::{visible_round, Round};
use crate::state::AppState;
use crate::web::forms::FormData;
use crate::web::{no_referrer, render, see_other, Ctx, Routes};

pub fn router() -> Routes {
    Routes::new()
        .route(
            "/school/leerling-bij-gesprek",
            get(settings_page).post(save_settings),
        )
        .route("/rounds/{id}/voorbereiding", get(round_page))
        .route("/rounds/{id}/voorbereiding/slips", post(print_slips))
        .route("/rounds/{id}/voorbereiding/mail", post(mail_links))
        .route("/rounds/{id}/voorbereiding/{pupil}", get(pupil_page))
        .route("/leerling/{token}", get(own_page).post(save_own))
}

/// The setting is the school's: its administrator or director decides.
fn require_school_lead(me: &StaffUser) -> AppResult<()> {
    if me.roles.administrator || me.roles.director {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub struct GradeLine {
    pub school_type: SchoolType,
    pub grade: i64,
    pub attends: bool,
}

impl GradeLine {
    /// The checkbox's name: `attends_po_7`.
    pub fn field(&self) -> String {
        format!("attends_{}_{}", self.school_type, self.grade)
    }

    /// The key of "groep 7" (primary) or "leerjaar 3" (secondary).
    pub fn label_key(&self) -> String {
        format!("pupilprep-grade-{}", self.school_type)
    }
}

#[derive(Template)]
#[template(path = "pupilprep/settings.html")]
struct SettingsPage {
    ctx: Ctx,
    grades: Vec<GradeLine>,
    mail_parents: bool,
}

async fn grade_lines(state: &AppState, school_id: i64) -> AppResult<Vec<GradeLine>> {
    let types = store::school_types(&state.db, school_id).await?;
    let saved = store::grade_settings(&state.db, school_id).await?;
    Ok(rules::school_grades(&types)
        .into_iter()
        .map(|(school_type, grade)| GradeLine {
            school_type,
            grade,
            attends: saved
                .iter()
                .find(|s| s.school_type == school_type && s.grade == grade)
                .is_none_or(|s| s.attends),
        })
        .collect())
}

async fn settings_page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    require_school_lead(&me)?;
    render(&SettingsPage {
        ctx,
        grades: grade_lines(&state, me.school_id).await?,
        mail_parents: store::mail_parents(&state.db, me.school_id).await?,
    })
}

async fn save_settings(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    require_school_lead(&me)?;
    let data = FormData(data);
    let grades: Vec<(SchoolType, i64, bool)> = grade_lines(&state, me.school_id)
        .await?
        .into_iter()
        .map(|g| {
            let ticked = data.has(&g.field());
            (g.school_type, g.grade, ticked)
        })
        .collect();
    super::save_grade_settings(&state.db, &me, &grades, data.has("mail_parents")).await?;
    Ok(see_other("/school/leerling-bij-gesprek", Some("saved")))
}

/// A round whose pupils prepare, as this person may see it; otherwise Not Found.
async fn prep_round(state: &AppState, me: &StaffUser, id: i64) -> AppResult<Round> {
    let round = visible_round(&state.db, me, id).await?;
    if super::round_has_preparation(&round) {
        Ok(round)
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Template)]
#[template(path = "pupilprep/round.html")]
struct RoundPage {
    ctx: Ctx,
    round: Round,
    has_preparation: bool,
    pupils: Vec<RoundPupil>,
    mail_parents: bool,
    /// A round of a closed school year: readable, no slips or mails any more.
    history: bool,
}

impl RoundPage {
    fn prepared(&self) -> usize {
        self.pupils
            .iter()
            .filter(|p| p.prepared_at.is_some())
            .count()
    }
}

async fn round_page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    // A round without preparation says so (its pupils do not prepare), and lists nobody.
    let round = visible_round(&state.db, &me, id).await?;
    let has_preparation = super::round_has_preparation(&round);
    let pupils = if has_preparation {
        store::round_pupils(&state.db, &Reach::of(&me), id, None).await?
    } else {
        Vec::new()
    };
    let history = crate::rounds::closed_year_of(&state.db, round.id)
        .await?
        .is_some();
    render(&RoundPage {
        ctx,
        history,
        has_preparation,
        mail_parents: store::mail_parents(&state.db, me.school_id).await?,
        round,
        pupils,
    })
}

#[derive(Template)]
#[template(path = "pupilprep/slips.html")]
struct SlipsPage {
    ctx: Ctx,
    round: Round,
    slips: Vec<Slip>,
}

/// Slips for every pupil of the round within reach, or for one (`pupil`). Printing makes new
/// links, so it is a POST answered with the printable page itself.
async fn print_slips(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let round = prep_round(&state, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    if !link_works_for(&round, &state).await? {
        return Ok(see_other(
            &format!("/rounds/{id}/voorbereiding"),
            Some("problem-pupilprep-round-over"),
        ));
    }
    let only = FormData(data).get("pupil").parse::<i64>().ok();
    let slips = super::print_slips(
        &state.db,
        &me,
        &round,
        only,
        &state.config.base_url,
        ctx.lang,
    )
    .await?;
    if slips.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(no_referrer(render(&SlipsPage { ctx, round, slips })?))
}

/// Whether links of this round still work (the round is not over).
async fn link_works_for(round: &Round, state: &AppState) -> AppResult<bool> {
    let last_end = store::last_slot_end(&state.db, round.id).await?;
    Ok(rules::link_works(
        false,
        rules::round_over_at(round.closes_at, last_end),
        now(),
    ))
}

async fn mail_links(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = prep_round(&state, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    if !store::mail_parents(&state.db, me.school_id).await? {
        return Err(AppError::Forbidden);
    }
    let back = format!("/rounds/{id}/voorbereiding");
    if !link_works_for(&round, &state).await? {
        return Ok(see_other(&back, Some("problem-pupilprep-round-over")));
    }
    let sent = super::mail_links(&state.db, &me, &round, &state.config.base_url).await?;
    let flash = if sent == 0 {
        "problem-pupilprep-nobody-to-mail"
    } else {
        "pupilprep-mailed"
    };
    Ok(see_other(&back, Some(flash)))
}

#[derive(Template)]
#[template(path = "pupilprep/pupil.html")]
struct PupilPage {
    ctx: Ctx,
    round: Round,
    pupil: RoundPupil,
    pupil_prep: Option<Prep>,
}

/// What one pupil wrote, for a staff member who may see the pupil; the view is audited.
async fn pupil_page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path((id, pupil_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let pupil = store::round_pupils(&state.db, &Reach::of(&me), id, Some(pupil_id))
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let pupil_prep = store::prep(&state.db, id, pupil_id).await?;
    if let Some(p) = &pupil_prep {
        audit::view(&state.db, &me, pupil_id, "pupil-prep", Some(p.id)).await?;
    }
    render(&PupilPage {
        ctx,
        round,
        pupil,
        pupil_prep,
    })
}

#[derive(Template)]
#[template(path = "pupilprep/own.html")]
struct OwnPage {
    ctx: Ctx,
    /// None: the link is unknown; Some with `open` false: the round is over.
    link: Option<LinkRow>,
    open: bool,
    answers: Answers,
    saved_at: Option<i64>,
    problem: Option<&'static str>,
}

/// The link's row and whether it still works.
async fn own_link(state: &AppState, token: &str) -> AppResult<(Option<LinkRow>, bool)> {
    let link = store::link(&state.db, &tokens::hash_token(token)).await?;
    let open = link.as_ref().is_some_and(super::link_is_open);
    Ok((link, open))
}

fn own_response(page: OwnPage) -> AppResult<Response> {
    let status = match (&page.link, page.open, page.problem) {
        (None, _, _) => StatusCode::NOT_FOUND,
        (Some(_), false, _) => StatusCode::GONE,
        (Some(_), true, Some(_)) => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(no_referrer(response))
}

/// The pupil's own page: opening it changes nothing.
async fn own_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let (link, open) = own_link(&state, &token).await?;
    let prep = match (&link, open) {
        (Some(l), true) => store::prep(&state.db, l.round_id, l.pupil_id).await?,
        _ => None,
    };
    let answers = prep.as_ref().map(answers_of).unwrap_or_default();
    own_response(OwnPage {
        ctx,
        saved_at: prep.map(|p| p.updated_at),
        link,
        open,
        answers,
        problem: None,
    })
}

fn answers_of(p: &Prep) -> Answers {
    Answers {
        went_well: p.went_well.clone(),
        work_on: p.work_on.clone(),
        need_school: p.need_school.clone(),
        need_parents: p.need_parents.clone(),
        wants_to_lead: p.wants_to_lead,
    }
}

async fn save_own(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (link, open) = own_link(&state, &token).await?;
    let Some(row) = link.as_ref().filter(|_| open) else {
        return own_response(OwnPage {
            ctx,
            link,
            open,
            answers: Answers::default(),
            saved_at: None,
            problem: None,
        });
    };
    let data = FormData(data);
    let (answers, problem) = rules::check_answers(Answers {
        went_well: data.get("went_well").into(),
        work_on: data.get("work_on").into(),
        need_school: data.get("need_school").into(),
        need_parents: data.get("need_parents").into(),
        wants_to_lead: data.has("wants_to_lead"),
    });
    if let Some(problem) = problem {
        return own_response(OwnPage {
            ctx,
            link: link.clone(),
            open,
            answers,
            saved_at: None,
            problem: Some(problem.key()),
        });
    }
    store::save_prep(&state.db, row, &answers, now()).await?;
    Ok(no_referrer(see_other(
        &format!("/leerling/{token}"),
        Some("pupilprep-saved"),
    )))
}
