//! The rounds list, a new round, and a round's page (progress, availability, invitations).

use askama::Template;
use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;

use super::form::{self, RoundForm};
use super::store::{self, Block, Host, RoundSummary, TeacherLoad};
use super::{visible_round, Round};
use crate::auth::access::Reach;
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::Db;
use crate::domain::{ConversationForm, RoundKind};
use crate::error::{AppError, AppResult};
use crate::groups::{self, GroupOption};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

#[derive(Template)]
#[template(path = "rounds/list.html")]
struct ListPage {
    ctx: Ctx,
    rounds: Vec<RoundSummary>,
}

pub async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let rounds = store::visible_rounds(&state.db, &Reach::of(&me)).await?;
    render(&ListPage { ctx, rounds })
}

#[derive(Template)]
#[template(path = "rounds/form.html")]
struct FormPage {
    ctx: Ctx,
    form: RoundForm,
    errors: FormErrors,
    groups: Vec<GroupOption>,
    kinds: &'static [&'static str],
    forms: &'static [&'static str],
    /// Per group: whether its grade has the pupil attend (the school's setting).
    attends: Vec<(i64, bool)>,
}

impl FormPage {
    fn new(
        ctx: Ctx,
        form: RoundForm,
        errors: FormErrors,
        groups: Vec<GroupOption>,
        attends: Vec<(i64, bool)>,
    ) -> FormPage {
        FormPage {
            ctx,
            form,
            errors,
            groups,
            kinds: RoundKind::CODES,
            forms: ConversationForm::CODES,
            attends,
        }
    }

    fn has_group(&self, id: &i64) -> bool {
        self.form.group_ids.contains(id)
    }

    fn group_attends(&self, id: &i64) -> bool {
        self.attends.iter().any(|(g, a)| g == id && *a)
    }

    /// When the chosen groups' grades differ: which have the pupil attend and which not.
    fn mixed_note(&self) -> Option<String> {
        let names = |attending: bool| -> Vec<String> {
            self.groups
                .iter()
                .filter(|g| self.has_group(&g.id) && self.group_attends(&g.id) == attending)
                .map(|g| g.name.clone())
                .collect()
        };
        let (yes, no) = (names(true), names(false));
        (!yes.is_empty() && !no.is_empty()).then(|| {
            self.ctx.tr2(
                "pupilprep-round-mixed",
                "attending",
                yes.join(", "),
                "without",
                no.join(", "),
            )
        })
    }
}

/// The grade setting of each group in the pick list.
async fn attends_of(
    db: &Db,
    school_id: i64,
    groups: &[GroupOption],
) -> AppResult<Vec<(i64, bool)>> {
    let ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    Ok(crate::pupilprep::groups_attend(db, school_id, &ids).await?)
}

/// Groups a person may open a round for: the current groups they may see (for teachers,
/// their own).
async fn round_groups_for(db: &Db, me: &StaffUser) -> Result<Vec<GroupOption>, sqlx::Error> {
    let mut all = groups::options(db, me.school_id).await?;
    // A coming year's groups too: their teachers plan the startgesprekken before the switch.
    all.extend(crate::years::coming_group_options(db, me.school_id).await?);
    if me.roles.sees_whole_school() {
        return Ok(all);
    }
    let visible = store::visible_group_ids(db, &Reach::of(me)).await?;
    Ok(all
        .into_iter()
        .filter(|g| visible.contains(&g.id))
        .collect())
}

/// A pre-filled new round (the start page's "plan the startgesprekken": `?kind=start&groups=1,2`).
#[derive(serde::Deserialize)]
pub struct Prefill {
    kind: Option<String>,
    groups: Option<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(prefill): Query<Prefill>,
) -> AppResult<Response> {
    let groups = round_groups_for(&state.db, &me).await?;
    let mut form = RoundForm::blank(timefmt::today());
    if let Some(kind) = prefill.kind.as_deref().and_then(RoundKind::parse) {
        form.kind = kind.code().into();
    }
    // Only groups one may open a round for are ticked; anything else in the link is ignored.
    form.group_ids = prefill
        .groups
        .unwrap_or_default()
        .split(',')
        .filter_map(|id| id.trim().parse::<i64>().ok())
        .filter(|id| groups.iter().any(|g| g.id == *id))
        .collect();
    let attends = attends_of(&state.db, me.school_id, &groups).await?;
    // Groups named in the link: the box is set as their grades say (left open when they differ).
    if !form.group_ids.is_empty() {
        let chosen: Vec<bool> = attends
            .iter()
            .filter(|(g, _)| form.group_ids.contains(g))
            .map(|(_, a)| *a)
            .collect();
        form.pupil_expected = match crate::pupilprep::rules::round_default(&chosen) {
            crate::pupilprep::RoundDefault::Attends => "yes",
            crate::pupilprep::RoundDefault::Without => "no",
            crate::pupilprep::RoundDefault::Mixed => "grade",
        }
        .into();
    }
    render(&FormPage::new(
        ctx,
        form,
        FormErrors::default(),
        groups,
        attends,
    ))
}

pub async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let groups = round_groups_for(&state.db, &me).await?;
    if groups.is_empty() {
        return Err(AppError::Forbidden);
    }
    let attends = attends_of(&state.db, me.school_id, &groups).await?;
    let (typed, errors, round) = form::parse(&FormData(data), &groups, &attends);
    let Some(round) = round else {
        return render(&FormPage::new(ctx, typed, errors, groups, attends));
    };
    let id = store::create_round(&state.db, me.school_id, me.id, &round).await?;
    Ok(see_other(&format!("/rounds/{id}"), Some("round-created")))
}

#[derive(Template)]
#[template(path = "rounds/show.html")]
struct ShowPage {
    ctx: Ctx,
    round: Round,
    group_names: String,
    /// Per teacher: blocks, slots and bookings.
    loads: Vec<TeacherLoad>,
    /// Whose blocks are listed in full (one teacher at a time, so the page stays small).
    details_for: Option<(i64, String)>,
    blocks: Vec<Block>,
    hosts: Vec<Host>,
    me_id: i64,
    families: i64,
    booked: i64,
    invited: i64,
    orphaned: i64,
    errors: FormErrors,
    may_invite: bool,
    /// The closed school year this round belongs to: the page is then read-only.
    closed_year: Option<String>,
}

impl ShowPage {
    fn is_details_for(&self, staff_id: &i64) -> bool {
        self.details_for
            .as_ref()
            .is_some_and(|(id, _)| id == staff_id)
    }

    fn percent(&self) -> i64 {
        if self.families == 0 {
            0
        } else {
            self.booked * 100 / self.families
        }
    }
}

/// The round's page; `errors` are those of the availability form below it. The availability
/// is summed up per teacher; the blocks of one teacher (`details_for`, or by default one's own)
/// are listed in full.
pub async fn show_page(
    db: &Db,
    me: &StaffUser,
    ctx: Ctx,
    round: Round,
    errors: FormErrors,
    details_for: Option<i64>,
) -> AppResult<Response> {
    let group_names = store::group_names(db, round.id).await?.join(", ");
    let loads = store::teacher_loads(db, round.id).await?;
    let wanted = details_for.unwrap_or(me.id);
    let details_for = loads
        .iter()
        .find(|l| l.staff_id == wanted)
        .map(|l| (l.staff_id, l.staff_name.clone()));
    let blocks = match &details_for {
        Some((staff_id, _)) => store::blocks_of(db, round.id, *staff_id).await?,
        None => Vec::new(),
    };
    let progress = store::progress(db, round.id).await?;
    let hosts = store::hosts(db, round.id).await?;
    let closed_year = store::closed_year_of(db, round.id).await?;
    render(&ShowPage {
        ctx,
        group_names,
        loads,
        details_for,
        blocks,
        hosts,
        me_id: me.id,
        families: progress.families,
        booked: progress.booked,
        invited: progress.invited,
        orphaned: progress.orphaned,
        errors,
        may_invite: true,
        closed_year,
        round,
    })
}

pub async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let teacher = query.get("teacher").and_then(|t| t.parse::<i64>().ok());
    show_page(&state.db, &me, ctx, round, FormErrors::default(), teacher).await
}
