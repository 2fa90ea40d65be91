//! The start page per role, the language switch and the health check.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;
use time::{Date, Duration, Time};

use super::store::{self, Due, MyGroup, SchoolStats};
use super::week::{self, Newcomer, Planned, RoundProgress, Unreached};
use super::POSITIVE_NEWS_WEEKS;
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::db::{self, Db};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::school;
use crate::state::AppState;
use crate::timefmt::{from_amsterdam, iso, parse_iso, today};
use crate::web::cookies::{self, LANGUAGE};
use crate::web::forms::safe_next;
use crate::web::Routes;
use crate::web::{parent_lang, render, Ctx, LanguageForm};

pub fn router() -> Routes {
    Routes::new()
        .route("/", get(home))
        .route("/beheer", get(admin_index))
        .route("/healthz", get(healthz))
        .route("/lang/{code}", get(switch_language))
        .route("/taal", post(choose_parent_language))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    school_name: String,
    year_name: String,
    groups: Vec<MyGroup>,
    /// Groups of the coming school year one is linked to (before the switch).
    coming: Vec<crate::years::ComingGroup>,
    stats: Option<SchoolStats>,
    due: Due,
    positive_news_weeks: i64,
    /// ISO today: agreements reviewed before it are overdue.
    today: String,
    /// Conversations booked in the coming seven days.
    planned: Vec<Planned>,
    /// Open rounds of one's groups with their progress.
    rounds: Vec<RoundProgress>,
    /// In the first weeks of the school year: what the year asks for.
    start: Option<StartOfYear>,
    /// Pupils who joined during the year and still wait for their startgesprek.
    newcomers: Vec<Newcomer>,
    /// Parents' messages waiting for an answer (and, for care coordinators, overdue ones).
    messages: Option<crate::messages::Waiting>,
}

impl HomePage {
    /// The new-round form pre-filled for one's coming groups (HTML-escaped: numbers only).
    fn coming_plan_href(&self) -> String {
        plan_href(self.coming.iter().map(|g| g.id))
    }
}

/// The new-round form for startgesprekken with `groups` ticked, written as HTML (`&amp;`).
fn plan_href(groups: impl Iterator<Item = i64>) -> String {
    let ids: Vec<String> = groups.map(|id| id.to_string()).collect();
    format!("/rounds/new?kind=start&amp;groups={}", ids.join(","))
}

/// The start of the year on a teacher's page.
struct StartOfYear {
    /// No start round covers one's groups yet: the call to plan one.
    needs_round: bool,
    /// The new-round form pre-filled for one's groups (HTML-escaped).
    plan_href: String,
    unreached: Vec<Unreached>,
    /// The class receptions of one's groups this start of the year: (id, title, starts_at).
    receptions: Vec<(i64, String, i64)>,
}

/// Newcomers who arrived within this many weeks are followed up on the start page.
const NEWCOMERS_WEEKS: i64 = 8;

/// At most this many not-reached pupils are named.
const UNREACHED_SHOWN: i64 = 30;

async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let db = &state.db;
    let Some(me) = ctx.staff.clone() else {
        let to = if school::is_set_up(db).await? {
            "/sign-in"
        } else {
            "/setup"
        };
        return Ok(Redirect::to(to).into_response());
    };
    let reach = Reach::of(&me);
    let school_name = school::school_name(db, me.school_id).await?;
    let year = school::current_year(db, me.school_id).await?;
    let year_name = year.as_ref().map(|y| y.1.clone()).unwrap_or_default();
    // One's own groups and agenda; the whole-school roles see the figures too.
    let groups = store::own_groups(db, reach).await?;
    let coming = crate::years::own_coming_groups(db, reach).await?;
    let stats = if me.roles.sees_whole_school() {
        Some(store::school_stats(db, me.school_id).await?)
    } else {
        None
    };
    let day = today();
    let due = store::due(
        db,
        reach,
        &iso(day.saturating_add(Duration::days(AGREEMENTS_AHEAD_DAYS))),
        &iso(day.saturating_add(Duration::days(7))),
        &iso(day.saturating_sub(Duration::weeks(POSITIVE_NEWS_WEEKS))),
    )
    .await?;
    // This week: one's own groups only (whole-school roles read the overviews instead).
    let (planned, rounds, start, newcomers) = if groups.is_empty() {
        (Vec::new(), Vec::new(), None, Vec::new())
    } else {
        let from = from_amsterdam(day, Time::MIDNIGHT);
        let to = from_amsterdam(day.saturating_add(Duration::days(7)), Time::MIDNIGHT);
        let planned = week::planned(db, reach, from, to).await?;
        let rounds = week::open_rounds(db, reach, db::now()).await?;
        let start = match &year {
            Some((year_id, _)) => start_of_year(db, reach, *year_id, day, &groups).await?,
            None => None,
        };
        let newcomers = week::newcomers(
            db,
            reach,
            &iso(day.saturating_sub(Duration::weeks(NEWCOMERS_WEEKS))),
            UNREACHED_SHOWN,
        )
        .await?;
        (planned, rounds, start, newcomers)
    };
    let messages = Some(crate::messages::waiting(db, &me).await?);
    render(&HomePage {
        ctx,
        school_name,
        year_name,
        groups,
        coming,
        stats,
        due,
        positive_news_weeks: POSITIVE_NEWS_WEEKS,
        today: iso(day),
        planned,
        rounds,
        start,
        newcomers,
        messages,
    })
}

/// Agreements whose review date falls within this many days are listed (overdue ones too).
const AGREEMENTS_AHEAD_DAYS: i64 = 14;

/// What the year asks for, from the current year's first school day until `START_WEEKS` later.
async fn start_of_year(
    db: &Db,
    reach: Reach,
    year_id: i64,
    day: Date,
    groups: &[MyGroup],
) -> AppResult<Option<StartOfYear>> {
    let Some(first) = week::first_school_day(db, year_id)
        .await?
        .and_then(|d| parse_iso(&d))
    else {
        return Ok(None);
    };
    if day < first || day > first.saturating_add(Duration::weeks(week::START_WEEKS)) {
        return Ok(None);
    }
    // Start records made in the last weeks of the holiday count for the new year.
    let since_day = first.saturating_sub(Duration::weeks(6));
    let since = iso(since_day);
    let (has_round, unreached) = week::start_of_year(db, reach, &since, UNREACHED_SHOWN).await?;
    Ok(Some(StartOfYear {
        needs_round: !has_round,
        plan_href: plan_href(groups.iter().map(|g| g.id)),
        unreached,
        receptions: crate::gatherings::own_receptions(
            db,
            &reach,
            from_amsterdam(since_day, Time::MIDNIGHT),
            from_amsterdam(first.saturating_add(Duration::weeks(8)), Time::MIDNIGHT),
        )
        .await?,
    }))
}

/// A tool on the administrator's index page: where, its name (the menu's text) and a hint.
struct AdminTool {
    href: &'static str,
    label: &'static str,
    hint: &'static str,
}

/// Every administrator's tool, in the order a school needs them.
const ADMIN_TOOLS: &[AdminTool] = &[
    AdminTool {
        href: "/school",
        label: "nav-school",
        hint: "admin-school",
    },
    AdminTool {
        href: "/staff",
        label: "nav-staff",
        hint: "admin-staff",
    },
    AdminTool {
        href: "/import",
        label: "nav-import",
        hint: "admin-import",
    },
    AdminTool {
        href: "/years",
        label: "nav-years",
        hint: "admin-years",
    },
    AdminTool {
        href: "/gatherings",
        label: "nav-gatherings",
        hint: "admin-gatherings",
    },
    AdminTool {
        href: "/outbox",
        label: "nav-outbox",
        hint: "admin-outbox",
    },
    AdminTool {
        href: "/audit",
        label: "nav-audit",
        hint: "admin-audit",
    },
    AdminTool {
        href: "/retention",
        label: "nav-retention",
        hint: "admin-retention",
    },
];

#[derive(Template)]
#[template(path = "admin_index.html")]
struct AdminIndexPage {
    ctx: Ctx,
    tools: &'static [AdminTool],
}

/// The administrator's index of tools ("Beheer"); the menu links here instead of to each tool.
async fn admin_index(CurrentStaff(me): CurrentStaff, ctx: Ctx) -> AppResult<Response> {
    me.require_admin()?;
    render(&AdminIndexPage {
        ctx,
        tools: ADMIN_TOOLS,
    })
}

/// 200 when the database answers; 503 otherwise (for load balancers and the fresh-clone check).
async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct BackQuery {
    back: Option<String>,
}

/// The language switch is a plain link (works without JavaScript); it only sets a preference.
async fn switch_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<BackQuery>,
) -> Response {
    let lang = Lang::staff_from_code(&code).unwrap_or_default();
    let mut response = Redirect::to(&safe_next(q.back.as_deref())).into_response();
    cookies::add(
        &mut response,
        &LANGUAGE.set(lang.code(), state.config.secure_cookies()),
    );
    response
}

/// The language switch on parents' pages without a personal link (glossary, privacy notice,
/// sign-in page): remembered in the browser only, as there is no guardian to store it for.
async fn choose_parent_language(
    State(state): State<AppState>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    Ok(parent_lang::chosen(
        lang,
        &form.back,
        state.config.secure_cookies(),
    ))
}
