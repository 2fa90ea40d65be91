//! The administrator's pages: the school years, creating the next one, looking at a year
//! (earlier years read-only), and preparing the coming year.

use std::collections::HashMap;

use askama::Template;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;

use super::rules;
use super::store::{self, NewYear, YearRow};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{is_unique_violation, Db};
use crate::domain::dates::parse_form_date;
use crate::error::{AppError, AppResult};
use crate::timefmt;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx, Routes};

pub fn router() -> Routes {
    Routes::new()
        .route("/years", get(list).post(create))
        .route("/years/{id}", get(show))
        .route("/years/{id}/first-day", post(save_first_day))
        .route(
            "/years/{id}/prepare",
            get(super::prepare::prepare_page).post(super::prepare::prepare_save),
        )
        .route(
            "/years/{id}/import",
            get(super::reimport::preview)
                .post(super::reimport::upload)
                .layer(DefaultBodyLimit::max(
                    crate::import::MAX_FILE_BYTES + 64 * 1024,
                )),
        )
        .route("/years/{id}/import/apply", post(super::reimport::apply))
        .route("/years/{id}/import/discard", post(super::reimport::discard))
}

/// The typed fields of the new-year form.
#[derive(Default, serde::Deserialize)]
struct YearForm {
    #[serde(default)]
    year_name: String,
    #[serde(default)]
    year_starts_on: String,
    #[serde(default)]
    year_first_day: String,
    #[serde(default)]
    year_ends_on: String,
}

#[derive(Template)]
#[template(path = "years/index.html")]
struct ListPage {
    ctx: Ctx,
    years: Vec<YearRow>,
    /// The new-year form, when no coming year exists yet.
    form: Option<YearForm>,
    errors: FormErrors,
}

async fn list_page(
    db: &Db,
    me: &StaffUser,
    ctx: Ctx,
    typed: Option<YearForm>,
    errors: FormErrors,
) -> AppResult<Response> {
    // Looking at the years is also a moment to switch when the first school day has come.
    super::switch_if_due(db, me.school_id).await?;
    let years = store::years(db, me.school_id).await?;
    let form = if years.iter().any(|y| !y.switched) {
        None
    } else {
        Some(typed.unwrap_or_else(|| defaults(&years)))
    };
    render(&ListPage {
        ctx,
        years,
        form,
        errors,
    })
}

/// The next year after the latest one, with the default dates.
fn defaults(years: &[YearRow]) -> YearForm {
    let start_year = years
        .first()
        .and_then(|y| timefmt::parse_iso(&y.starts_on))
        .map_or_else(|| timefmt::today().year(), time::Date::year);
    let (name, starts, first, ends) = rules::next_year_defaults(start_year);
    YearForm {
        year_name: name,
        year_starts_on: timefmt::iso(starts),
        year_first_day: timefmt::iso(first),
        year_ends_on: timefmt::iso(ends),
    }
}

async fn list(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    list_page(&db, &me, ctx, None, FormErrors::default()).await
}

async fn create(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<YearForm>,
) -> AppResult<Response> {
    me.require_admin()?;
    let years = store::years(&db, me.school_id).await?;
    if years.iter().any(|y| !y.switched) {
        // One coming year at a time: prepare it first.
        return Ok(see_other("/years", Some("problem-years-coming-exists")));
    }
    let mut errors = FormErrors::default();
    let name = forms::required(&mut errors, "year_name", &form.year_name, 40);
    let mut date = |field: &'static str, raw: &str| {
        let parsed = parse_form_date(raw);
        if parsed.is_none() {
            errors.add(field, "years-error-date");
        }
        parsed
    };
    let starts = date("year_starts_on", &form.year_starts_on);
    let first = date("year_first_day", &form.year_first_day);
    let ends = date("year_ends_on", &form.year_ends_on);
    if let (Some(starts), Some(first), Some(ends)) = (starts, first, ends) {
        let latest_end = years
            .iter()
            .filter_map(|y| timefmt::parse_iso(&y.ends_on))
            .max();
        for (field, key) in rules::check_dates(starts, first, ends, latest_end) {
            errors.add(field, key);
        }
    }
    if !errors.is_empty() {
        return list_page(&db, &me, ctx, Some(form), errors).await;
    }
    let (Some(starts), Some(first), Some(ends)) = (starts, first, ends) else {
        return Err(AppError::BadRequest);
    };
    let year = NewYear {
        name,
        starts_on: timefmt::iso(starts),
        first_school_day: timefmt::iso(first),
        ends_on: timefmt::iso(ends),
    };
    match store::create(&db, &me, &year).await {
        Ok(id) => Ok(see_other(
            &format!("/years/{id}/prepare"),
            Some("years-created"),
        )),
        Err(e) if is_unique_violation(&e) => {
            let mut errors = FormErrors::default();
            errors.add("year_name", "years-error-name-taken");
            list_page(&db, &me, ctx, Some(form), errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A group of the year being looked at.
struct ViewGroup {
    name: String,
    staff: String,
    pupils: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "years/show.html")]
struct ShowPage {
    ctx: Ctx,
    year: YearRow,
    /// The first school day as typed (the form under the dates of the current or coming year).
    first_day: String,
    errors: FormErrors,
    groups: Vec<ViewGroup>,
    /// The year's holidays (school days skip them).
    holidays: Vec<crate::messages::HolidayRow>,
}

pub(super) async fn find_year(db: &Db, me: &StaffUser, id: i64) -> AppResult<YearRow> {
    me.require_admin()?;
    store::find(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn show(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let year = find_year(&db, &me, id).await?;
    let first_day = year.first_school_day.clone();
    show_page(&db, &me, ctx, year, first_day, FormErrors::default()).await
}

#[derive(serde::Deserialize)]
struct FirstDayForm {
    #[serde(default)]
    year_first_day: String,
}

/// The current or coming year's first school day, corrected. Years made before set-up asked for
/// it carry 1 August, and coverage counts the weeks from this day; a coming year's day is when
/// the switch happens.
async fn save_first_day(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<FirstDayForm>,
) -> AppResult<Response> {
    let year = find_year(&db, &me, id).await?;
    // An earlier year's day is history.
    if year.switched && !year.is_current {
        return Err(AppError::NotFound);
    }
    let mut errors = FormErrors::default();
    let range = timefmt::parse_iso(&year.starts_on).zip(timefmt::parse_iso(&year.ends_on));
    match (parse_form_date(&form.year_first_day), range) {
        (Some(day), Some(range)) => {
            let coming = !year.switched;
            match rules::check_first_day(day, range, coming, timefmt::today()) {
                Some(key) => errors.add("year_first_day", key),
                None => {
                    if !store::set_first_day(&db, &me, id, &timefmt::iso(day)).await? {
                        return Err(AppError::NotFound);
                    }
                    return Ok(see_other(
                        &format!("/years/{id}"),
                        Some("years-first-day-saved"),
                    ));
                }
            }
        }
        _ => errors.add("year_first_day", "years-error-date"),
    }
    show_page(&db, &me, ctx, year, form.year_first_day, errors).await
}

async fn show_page(
    db: &Db,
    me: &StaffUser,
    ctx: Ctx,
    year: YearRow,
    first_day: String,
    errors: FormErrors,
) -> AppResult<Response> {
    let id = year.id;
    let lines = store::year_view(db, me.school_id, id, year.is_current).await?;
    let mut staff: HashMap<i64, Vec<String>> = HashMap::new();
    for (group, name) in store::staff_names_of_year(db, me.school_id, id).await? {
        staff.entry(group).or_default().push(name);
    }
    let mut groups: Vec<ViewGroup> = Vec::new();
    let mut last_group = None;
    for line in lines {
        if last_group != Some(line.group_id) {
            last_group = Some(line.group_id);
            groups.push(ViewGroup {
                name: line.group_name.clone(),
                staff: staff
                    .get(&line.group_id)
                    .map(|s| s.join(", "))
                    .unwrap_or_default(),
                pupils: Vec::new(),
            });
        }
        if let (Some(pid), Some(group)) = (line.pupil_id, groups.last_mut()) {
            let name = crate::domain::names::sort_name(
                line.first_name.as_deref().unwrap_or(""),
                line.name_prefix.as_deref().unwrap_or(""),
                line.last_name.as_deref().unwrap_or(""),
            );
            group.pupils.push((pid, name));
        }
    }
    let holidays = crate::messages::holidays_of_year(db, id).await?;
    render(&ShowPage {
        ctx,
        year,
        first_day,
        errors,
        groups,
        holidays,
    })
}
