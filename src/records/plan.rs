//! The communicatieplan op maat: how and when school and family reach each other this school
//! year, with contact moments; a moment can be marked done or turned into a booking round for
//! this one pupil.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::file::{plan_of, PlanView};
use super::rules::{after_plan, invitation_closes, round_form};
use super::store::{self, NewMoment, PlanFields, SinglePupilRound};
use crate::audit;
use crate::auth::CurrentStaff;
use crate::db::now;
use crate::domain::dates::parse_form_date;
use crate::domain::PlanChannel;
use crate::error::{AppError, AppResult};
use crate::pupils::{visible_pupil, PupilRow};
use crate::school;
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

#[derive(Template)]
#[template(path = "records/plan.html")]
struct PlanPage {
    ctx: Ctx,
    /// Where to return after saving (a draft startgesprek), or "".
    back: String,
    pupil: PupilRow,
    plan: PlanView,
    year_name: String,
    channels: &'static [&'static str],
    errors: FormErrors,
    /// The form shows last year's plan as the starting point (this year has none yet).
    carried_over: bool,
}

impl PlanPage {
    fn has_channel(&self, c: &&str) -> bool {
        self.plan.channels.iter().any(|x| x == *c)
    }
}

#[derive(Deserialize)]
pub(super) struct BackQuery {
    back: Option<String>,
}

pub(super) async fn plan_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<BackQuery>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let (year_id, year_name) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut carried_over = false;
    let plan = match plan_of(&state.db, id, year_id).await? {
        Some(plan) => plan,
        // Last year's plan is the starting point; nothing is written until the teacher saves.
        None => match crate::history::previous_plan(&state.db, me.school_id, id, year_id).await? {
            Some(last) => {
                carried_over = true;
                PlanView {
                    channels: last.channels,
                    reachable: last.reachable,
                    response_time: last.response_time,
                    response_days: String::new(),
                    pupil_arranges: last.pupil_arranges,
                    notes: last.notes,
                    moments: Vec::new(),
                }
            }
            None => PlanView::empty(),
        },
    };
    audit::view(&state.db, &me, id, "plan", None).await?;
    render(&PlanPage {
        ctx,
        back: q.back.unwrap_or_default(),
        pupil,
        plan,
        year_name,
        channels: PlanChannel::CODES,
        errors: FormErrors::default(),
        carried_over,
    })
}

/// A posted plan form, parsed.
struct PlanSubmission {
    plan: PlanFields,
    moments: Vec<NewMoment>,
    errors: FormErrors,
}

impl PlanSubmission {
    fn parse(data: &FormData) -> PlanSubmission {
        let channels: Vec<PlanChannel> = data
            .0
            .iter()
            .filter(|(k, _)| k == "channel")
            .filter_map(|(_, v)| PlanChannel::parse(v))
            .collect();
        let mut errors = FormErrors::default();
        if channels.is_empty() && !data.has("pupil_arranges") {
            errors.add("channels", "plan-channel-required");
        }
        // New contact moments: a description with a date, or an anchor such as "week after
        // report 1" in the description and no date.
        let mut moments = Vec::new();
        for n in 1..=3 {
            let description = forms::clean(data.get(&format!("m{n}-description")));
            if description.is_empty() {
                continue;
            }
            let due = data.get(&format!("m{n}-due"));
            let due_on = if due.trim().is_empty() {
                None
            } else {
                let day = parse_form_date(due).map(timefmt::iso);
                if day.is_none() {
                    errors.add("moments", "agreement-review-invalid");
                }
                day
            };
            moments.push(NewMoment {
                description,
                due_on,
                channel: PlanChannel::parse(data.get(&format!("m{n}-channel"))),
                with_pupil: data.has(&format!("m{n}-with-pupil")),
            });
        }
        let response_days = crate::messages::rules::parse_response_days(data.get("response_days"))
            .unwrap_or_else(|_| {
                errors.add("response_days", "plan-response-days-invalid");
                None
            });
        PlanSubmission {
            plan: PlanFields {
                channels,
                reachable: forms::clean(data.get("reachable")),
                response_time: forms::clean(data.get("response_time")),
                response_days,
                pupil_arranges: data.has("pupil_arranges"),
                notes: data.get("notes").trim().chars().take(3000).collect(),
            },
            moments,
            errors,
        }
    }
}

pub(super) async fn save_plan(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let data = FormData(data);
    let (year_id, year_name) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let s = PlanSubmission::parse(&data);
    if !s.errors.is_empty() {
        // Shown again as typed; the moments already in the plan are not listed.
        let plan = PlanView {
            channels: s
                .plan
                .channels
                .iter()
                .map(|c| c.code().to_string())
                .collect(),
            reachable: data.get("reachable").into(),
            response_time: data.get("response_time").into(),
            response_days: data.get("response_days").into(),
            pupil_arranges: s.plan.pupil_arranges,
            notes: data.get("notes").into(),
            moments: Vec::new(),
        };
        audit::view(&state.db, &me, id, "plan", None).await?;
        return render(&PlanPage {
            ctx,
            back: data.get("back").to_string(),
            pupil,
            plan,
            year_name,
            channels: PlanChannel::CODES,
            errors: s.errors,
            carried_over: false,
        });
    }
    store::save_plan(&state.db, &me, id, year_id, &s.plan, &s.moments).await?;
    Ok(see_other(
        &after_plan(data.get("back"), id),
        Some("plan-saved"),
    ))
}

pub(super) async fn moment_done(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let moment = store::moment(&state.db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pupil_id = moment.pupil_id;
    visible_pupil(&state.db, &me, pupil_id).await?;
    store::mark_moment_done(&state.db, &me, pupil_id, id).await?;
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some("saved")))
}

/// Turns a contact moment of the plan into a booking invitation: a round for this one pupil,
/// in the moment's form, with the pupil present or not as agreed. The teacher then gives times
/// and sends the invitation as for any round.
pub(super) async fn moment_to_round(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let moment = store::moment(&state.db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pupil = visible_pupil(&state.db, &me, moment.pupil_id).await?;
    let group_id = pupil.group_id.ok_or(AppError::NotFound)?;
    let at = now();
    let round = SinglePupilRound {
        title: format!("{}: {}", moment.description, pupil.name),
        opens_at: at,
        closes_at: invitation_closes(moment.due_on.as_deref(), at),
        form: round_form(PlanChannel::parse(&moment.channel)),
        pupil_expected: moment.with_pupil,
        group_id,
        pupil_id: pupil.id,
    };
    let round_id = store::create_single_pupil_round(&state.db, &me, id, &round).await?;
    Ok(see_other(
        &format!("/rounds/{round_id}"),
        Some("moment-round-created"),
    ))
}
