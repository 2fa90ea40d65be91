//! Staff pages: the gatherings of a school year (with the startgesprek wishes per group), planning
//! one, inviting the families, reminding those who have not answered, keeping attendance and
//! printing the list. Teachers work for their own groups; director, care coordinator and
//! administrator for the whole school. A gathering out of reach is "not found".

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;

use super::mails;
use super::rules::{self, Audience, Kind};
use super::store::{self, GatheringRow, GroupChoice, GroupWishes, InviteLine, NewGathering};
use crate::auth::access::Reach;
use crate::auth::{tokens, CurrentStaff, StaffUser};
use crate::coverage::ChosenYear;
use crate::domain::dates::parse_form_date;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

/// A gathering with the names of its groups.
pub struct Listed {
    pub row: GatheringRow,
    pub groups: String,
}

async fn with_groups(state: &AppState, rows: Vec<GatheringRow>) -> AppResult<Vec<Listed>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let names = store::group_names(&state.db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let groups = names
                .iter()
                .filter(|(id, _)| *id == row.id)
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            Listed { row, groups }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "gatherings/list.html")]
struct ListPage {
    ctx: Ctx,
    year: ChosenYear,
    gatherings: Vec<Listed>,
    wishes: Vec<GroupWishes>,
}

impl ListPage {
    fn worth(&self, w: &GroupWishes) -> bool {
        rules::worth_an_evening(w.yes, w.maybe)
    }
}

pub async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let reach = Reach::of(&me);
    let year = crate::coverage::chosen_year(&state, me.school_id, &query).await?;
    let rows = store::list(&state.db, &reach, year.window.start_at, year.window.end_at).await?;
    let wishes = if year.window.past {
        Vec::new()
    } else {
        store::wishes_per_group(&state.db, &reach).await?
    };
    render(&ListPage {
        ctx,
        gatherings: with_groups(&state, rows).await?,
        year,
        wishes,
    })
}

/// What the planning form holds (kept as typed when something is wrong).
#[derive(Default)]
pub struct Draft {
    pub kind: String,
    pub audience: String,
    pub groups: Vec<i64>,
    pub grade: String,
    pub title: String,
    pub day: String,
    pub time: String,
    pub minutes: String,
    pub place: String,
    pub capacity: String,
}

impl Draft {
    fn read(data: &FormData) -> Draft {
        Draft {
            kind: data.get("kind").to_string(),
            audience: data.get("audience").to_string(),
            groups: data.ids("group"),
            grade: data.get("grade").to_string(),
            title: data.get("title").to_string(),
            day: data.get("day").to_string(),
            time: data.get("time").to_string(),
            minutes: data.get("minutes").to_string(),
            place: data.get("place").to_string(),
            capacity: data.get("capacity").to_string(),
        }
    }

    /// The gathering, or the errors per field.
    fn parse(&self) -> Result<NewGathering, FormErrors> {
        let mut errors = FormErrors::default();
        let kind = Kind::parse(&self.kind).filter(|k| *k != Kind::Exit);
        if kind.is_none() {
            errors.add("kind", "form-required");
        }
        let audience = Audience::parse(&self.audience).filter(|a| *a != Audience::Leavers);
        let grade = self.grade.trim().parse::<i64>().ok();
        match audience {
            None => errors.add("audience", "form-required"),
            Some(Audience::Groups) if self.groups.is_empty() => {
                errors.add("audience", "gathering-error-groups");
            }
            Some(Audience::Grade) if grade.is_none() => {
                errors.add("audience", "gathering-error-grade");
            }
            _ => {}
        }
        let title = forms::required(&mut errors, "title", &self.title, 200);
        let day = parse_form_date(&self.day);
        if day.is_none() {
            errors.add("day", "gathering-error-day");
        }
        let at = timefmt::parse_clock(&self.time);
        if at.is_none() {
            errors.add("time", "gathering-error-time");
        }
        let minutes = match self.minutes.trim() {
            "" => kind.map(Kind::usual_minutes).unwrap_or(60),
            typed => match typed.parse::<i64>().ok().filter(|m| (10..=480).contains(m)) {
                Some(m) => m,
                None => {
                    errors.add("minutes", "gathering-error-minutes");
                    60
                }
            },
        };
        let capacity = match self.capacity.trim() {
            "" => None,
            typed => {
                let c = typed.parse::<i64>().ok().filter(|c| (1..=2000).contains(c));
                if c.is_none() {
                    errors.add("capacity", "gathering-error-capacity");
                }
                c
            }
        };
        let place = forms::optional(&mut errors, "place", &self.place, 200);
        match (kind, audience, day, at) {
            (Some(kind), Some(audience), Some(day), Some(at)) if errors.is_empty() => {
                Ok(NewGathering {
                    kind: kind.code(),
                    audience: audience.code(),
                    grade: (audience == Audience::Grade).then_some(grade).flatten(),
                    title,
                    starts_at: timefmt::from_amsterdam(day, at),
                    minutes,
                    place,
                    capacity,
                    groups: if audience == Audience::Groups {
                        self.groups.clone()
                    } else {
                        Vec::new()
                    },
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Template)]
#[template(path = "gatherings/form.html")]
struct FormPage {
    ctx: Ctx,
    draft: Draft,
    errors: FormErrors,
    groups: Vec<GroupChoice>,
    grades: Vec<i64>,
    kinds: [&'static str; 3],
    whole_school: bool,
}

impl FormPage {
    fn chosen(&self, id: &i64) -> bool {
        self.draft.groups.contains(id)
    }

    /// The plain fields: (name, input type, value as typed).
    fn fields(&self) -> [(&'static str, &'static str, &str); 6] {
        let d = &self.draft;
        [
            ("title", "text", d.title.as_str()),
            ("day", "date", d.day.as_str()),
            ("time", "time", d.time.as_str()),
            ("minutes", "number", d.minutes.as_str()),
            ("place", "text", d.place.as_str()),
            ("capacity", "number", d.capacity.as_str()),
        ]
    }
}

async fn form_page(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    draft: Draft,
    errors: FormErrors,
) -> AppResult<Response> {
    let groups = store::plannable_groups(&state.db, &Reach::of(me)).await?;
    let mut grades: Vec<i64> = groups.iter().filter_map(|g| g.grade).collect();
    grades.dedup();
    let invalid = !errors.is_empty();
    let mut response = render(&FormPage {
        ctx,
        draft,
        errors,
        groups,
        grades,
        kinds: Kind::PLANNED_HERE,
        whole_school: me.roles.sees_whole_school(),
    })?;
    if invalid {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

/// The planning form; `?kind=info&group=ID` pre-fills an information evening for a group (from
/// the startgesprek wishes).
pub async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let kind = query
        .get("kind")
        .and_then(|k| Kind::parse(k))
        .filter(|k| *k != Kind::Exit)
        .unwrap_or(Kind::Reception);
    let group: Option<i64> = query.get("group").and_then(|g| g.parse().ok());
    let title = match kind {
        Kind::Reception => ctx.t("gathering-title-reception"),
        Kind::Info => ctx.t("gathering-title-info"),
        _ => String::new(),
    };
    let draft = Draft {
        kind: kind.code().to_string(),
        audience: if kind == Kind::Plenary {
            "school"
        } else {
            "groups"
        }
        .to_string(),
        groups: group.into_iter().collect(),
        title,
        time: "19:30".to_string(),
        minutes: kind.usual_minutes().to_string(),
        ..Draft::default()
    };
    form_page(&state, &me, ctx, draft, FormErrors::default()).await
}

pub async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let draft = Draft::read(&FormData(data));
    let new = match draft.parse() {
        Ok(new) => new,
        Err(errors) => return form_page(&state, &me, ctx, draft, errors).await,
    };
    let reach = Reach::of(&me);
    let own = store::plannable_groups(&state.db, &reach).await?;
    let all_own = new.groups.iter().all(|g| own.iter().any(|o| o.id == *g));
    let audience = Audience::parse(new.audience).unwrap_or(Audience::Leavers);
    if !rules::may_plan(reach.whole_school, audience, all_own) {
        return Err(AppError::Forbidden);
    }
    let id = store::create(&state.db, &me, &new).await?;
    Ok(see_other(
        &format!("/gatherings/{id}"),
        Some("gathering-saved"),
    ))
}

/// A gathering this person may see: a teacher's own groups' gatherings, and grade or
/// whole-school ones that include their groups; exit sessions for those who see the whole school
/// (planned and invited on the exit page, reminded, attended and printed here).
async fn visible(state: &AppState, me: &StaffUser, id: i64) -> AppResult<GatheringRow> {
    store::gathering(&state.db, &Reach::of(me), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether this person may invite, remind and keep attendance: those who see the whole school,
/// and a teacher for a gathering of chosen groups (their own families only). A grade or
/// whole-school gathering is read-only for a teacher.
fn may_act(me: &StaffUser, g: &GatheringRow) -> bool {
    me.roles.sees_whole_school() || g.audience == "groups"
}

/// A gathering this person may act on, or 403.
async fn actionable(state: &AppState, me: &StaffUser, id: i64) -> AppResult<GatheringRow> {
    let g = visible(state, me, id).await?;
    if may_act(me, &g) {
        Ok(g)
    } else {
        Err(AppError::Forbidden)
    }
}

/// An invited family on the list, with their children's first names.
pub struct Family {
    pub line: InviteLine,
    pub children: String,
    pub interpreter_name: String,
    /// A language from the list (its name carries a `lang` attribute), not one typed by the family.
    pub interpreter_listed: bool,
}

/// The invited families this person may see (a teacher: those of their own groups).
async fn families(state: &AppState, me: &StaffUser, id: i64) -> AppResult<Vec<Family>> {
    let reach = Reach::of(me);
    let children = store::invite_children(&state.db, &reach, id).await?;
    Ok(store::invite_lines(&state.db, &reach, id)
        .await?
        .into_iter()
        .map(|line| Family {
            children: children
                .iter()
                .filter(|(i, _)| *i == line.invite_id)
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            interpreter_name: rules::interpreter_name(&line.interpreter),
            interpreter_listed: rules::listed_language(&line.interpreter).is_some(),
            line,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "gatherings/detail.html")]
struct DetailPage {
    ctx: Ctx,
    g: Listed,
    families: Vec<Family>,
    /// Started already: attendance can be kept.
    started: bool,
    /// May invite, remind and keep attendance (else the page is read-only).
    may_act: bool,
    /// A refused action, shown in the page (message key).
    error: Option<&'static str>,
}

pub async fn detail(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    detail_page(&state, &me, ctx, id, None).await
}

/// The gathering's page; with an error the action was refused (409) and nothing changed.
async fn detail_page(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    id: i64,
    error: Option<&'static str>,
) -> AppResult<Response> {
    let (g, families) = with_families(state, me, id).await?;
    let started = g.row.starts_at <= state.clock.now();
    let mut response = render(&DetailPage {
        ctx,
        families,
        may_act: may_act(me, &g.row),
        g,
        started,
        error,
    })?;
    if error.is_some() {
        *response.status_mut() = axum::http::StatusCode::CONFLICT;
    }
    Ok(response)
}

/// A gathering in reach with its groups' names and the invited families.
async fn with_families(
    state: &AppState,
    me: &StaffUser,
    id: i64,
) -> AppResult<(Listed, Vec<Family>)> {
    let g = visible(state, me, id).await?;
    let families = families(state, me, id).await?;
    Ok((with_groups(state, vec![g]).await?.remove(0), families))
}

#[derive(Template)]
#[template(path = "gatherings/print.html")]
struct PrintPage {
    ctx: Ctx,
    g: Listed,
    families: Vec<Family>,
}

/// The list to print: who comes, with how many, and what they need.
pub async fn print(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (g, families) = with_families(&state, &me, id).await?;
    render(&PrintPage {
        ctx,
        families: families
            .into_iter()
            .filter(|f| f.line.answer != "no")
            .collect(),
        g,
    })
}

/// Invites the families the gathering is for (one mail per guardian who receives mail, in their
/// language); families already invited are skipped, so pressing again is harmless. Exit sessions
/// are invited from the exit page (their own rule: the leavers).
pub async fn invite(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let g = actionable(&state, &me, id).await?;
    if g.kind == "exit" {
        return Err(AppError::Forbidden);
    }
    super::invite_families(&state.db, &state.config.base_url, &me, &g).await?;
    Ok(back(id, "gathering-invited"))
}

/// Reminds the families who have not answered: once per invitation, ever; not once it started.
pub async fn remind(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let g = actionable(&state, &me, id).await?;
    if g.starts_at <= state.clock.now() {
        return detail_page(&state, &me, ctx, id, Some("gathering-error-remind-started")).await;
    }
    let db = &state.db;
    let school = crate::school::school_name(db, me.school_id).await?;
    let reminders: Vec<store::Reminder> = store::unanswered(db, &Reach::of(&me), id)
        .await?
        .into_iter()
        .map(|u| {
            let token = tokens::new_token();
            let link = super::link(&state.config.base_url, &token);
            store::Reminder {
                invite_id: u.invite_id,
                mail: mails::gathering_mail(
                    &g,
                    &school,
                    &u.email,
                    &u.name,
                    &u.language,
                    link,
                    mails::REMINDER,
                ),
                token,
            }
        })
        .collect();
    store::send_reminders(db, &me, id, &reminders).await?;
    Ok(back(id, "gathering-reminded"))
}

/// Back to the gathering's page with a message.
fn back(id: i64, flash: &str) -> Response {
    see_other(&format!("/gatherings/{id}"), Some(flash))
}

/// Who came: the ticked families (`came` = invitation ids); only once it started.
pub async fn attendance(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let g = actionable(&state, &me, id).await?;
    if g.starts_at > state.clock.now() {
        return detail_page(
            &state,
            &me,
            ctx,
            id,
            Some("gathering-error-attendance-early"),
        )
        .await;
    }
    store::set_attendance(&state.db, &me, id, &FormData(data).ids("came")).await?;
    Ok(back(id, "gathering-attendance-saved"))
}
